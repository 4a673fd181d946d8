package org.mtlworkbench.ui.inspect;

import org.mtlworkbench.model.LayerSpec;
import org.mtlworkbench.model.TaskSpec;
import org.mtlworkbench.optim.OptimizerSpec;
import org.mtlworkbench.optim.ScheduleSpec;
import org.mtlworkbench.train.TrainingSpec;

/**
 * Copies of the spec records with one field changed, by the field's JSON name. The records
 * validate themselves, so a bad value is refused with the engine's own message.
 */
final class SpecFields {
  private SpecFields() {}

  static LayerSpec layer(LayerSpec l, String field, Object v) {
    return switch (field) {
      case "units" -> new LayerSpec((Integer) v, l.activation(), l.dropout());
      case "activation" -> new LayerSpec(l.units(), (String) v, l.dropout());
      case "dropout" -> new LayerSpec(l.units(), l.activation(), (Double) v);
      default -> throw new IllegalArgumentException(field);
    };
  }

  static TaskSpec task(TaskSpec t, String field, Object v) {
    return switch (field) {
      case "type" -> new TaskSpec(t.name(), t.target(), (String) v, t.loss(), null, t.labelBudget());
      case "metric" -> new TaskSpec(t.name(), t.target(), t.type(), t.loss(), (String) v, t.labelBudget());
      case "labelBudget" -> new TaskSpec(t.name(), t.target(), t.type(), t.loss(), t.metric(), (Integer) v);
      default -> throw new IllegalArgumentException(field);
    };
  }

  static OptimizerSpec optimizer(OptimizerSpec o, String field, Object v) {
    return new OptimizerSpec(
        field.equals("type") ? (String) v : o.type(),
        field.equals("learningRate") ? (Double) v : o.learningRate(),
        field.equals("momentum") ? (Double) v : o.momentum(),
        field.equals("nesterov") ? (Boolean) v : o.nesterov(),
        field.equals("beta1") ? (Double) v : o.beta1(),
        field.equals("beta2") ? (Double) v : o.beta2(),
        field.equals("epsilon") ? (Double) v : o.epsilon(),
        field.equals("weightDecay") ? (Double) v : o.weightDecay(),
        field.equals("schedule") ? new ScheduleSpec((String) v, o.schedule().stepEpochs(), o.schedule().gamma(),
            o.schedule().minLearningRate()) : o.schedule());
  }

  static TrainingSpec training(TrainingSpec t, String field, Object v) {
    return new TrainingSpec(
        field.equals("epochs") ? (Integer) v : t.epochs(),
        field.equals("batchSize") ? (Integer) v : t.batchSize(),
        field.equals("seed") ? (Long) v : t.seed(),
        field.equals("diagnosticsEvery") ? (Integer) v : t.diagnosticsEvery(),
        field.equals("threads") ? (Integer) v : t.threads());
  }
}
