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

  /**
   * A layer of the same type with one field changed. A pooling layer whose stride was its window
   * (the default) keeps that tie when the window changes.
   */
  static LayerSpec layer(LayerSpec l, String field, Object v) {
    Integer stride = l.stride();
    if (field.equals("pool") && l.stride() != null && l.stride().equals(l.pool())) {
      stride = (Integer) v;
    }
    return new LayerSpec(
        l.type(),
        field.equals("units") ? (Integer) v : l.units(),
        field.equals("filters") ? (Integer) v : l.filters(),
        field.equals("kernel") ? (Integer) v : l.kernel(),
        field.equals("stride") ? (Integer) v : stride,
        field.equals("padding") ? (Integer) v : l.padding(),
        field.equals("pool") ? (Integer) v : l.pool(),
        field.equals("activation") ? (String) v : l.activation(),
        field.equals("dropout") ? (Double) v : l.dropout());
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
