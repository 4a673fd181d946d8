package org.mtlworkbench.ui.inspect;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.mtlworkbench.balance.StrategyCatalog;
import org.mtlworkbench.data.TaskType;
import org.mtlworkbench.model.LayerSpec;
import org.mtlworkbench.model.Task;
import org.mtlworkbench.model.TaskSpec;
import org.mtlworkbench.optim.OptimizerSpec;
import org.mtlworkbench.optim.ScheduleSpec;
import org.mtlworkbench.ui.edit.ExperimentDraft;
import org.mtlworkbench.ui.edit.ExperimentEditor;
import org.mtlworkbench.ui.edit.LayerLists;
import org.mtlworkbench.ui.edit.Selection;
import org.mtlworkbench.ui.edit.TargetInfo;

/** The inspector's rows for each kind of selection. */
final class InspectorItems {
  /**
   * The activations an experiment file accepts (the engine's list is not public; a name it does
   * not know is refused by {@link LayerSpec} with its own message).
   */
  static final List<String> ACTIVATIONS = List.of("relu", "leaky-relu", "tanh", "sigmoid", "none");

  static final String AUTO = "auto";

  private final ExperimentEditor editor;
  private final List<InspectorItem> items = new ArrayList<>();

  private InspectorItems(ExperimentEditor editor) {
    this.editor = editor;
  }

  static List<InspectorItem> of(ExperimentEditor editor, Selection selection) {
    InspectorItems b = new InspectorItems(editor);
    if (selection instanceof Selection.BackboneLayer l) {
      b.layer("Backbone layer " + (l.index() + 1), new LayerEdits(editor, true, l.index()));
    } else if (selection instanceof Selection.HeadLayer l) {
      b.layer("Head layer " + (l.index() + 1), new LayerEdits(editor, false, l.index()));
    } else if (selection instanceof Selection.Task t) {
      b.task(t.name());
    } else if (selection instanceof Selection.Scheme) {
      SchemeRows.add(editor, b.items);
    } else if (selection instanceof Selection.Optimizer) {
      b.optimizer();
    } else if (selection instanceof Selection.Strategy) {
      b.strategy();
    } else if (selection instanceof Selection.Training) {
      b.training();
    } else {
      b.experiment();
    }
    return b.items;
  }

  /** A few lines about the selected part, shown above its rows ("" for none). */
  static String about(ExperimentEditor editor, Selection selection) {
    if (selection instanceof Selection.Strategy && StrategyCatalog.NAMES.contains(editor.draft().strategy().name())) {
      return StrategyRows.about(editor.draft());
    }
    if (selection instanceof Selection.Scheme) {
      return SchemeRows.about(editor.draft().sharing());
    }
    return "";
  }

  private void add(String category, String name, String description, Class<?> type,
      Function<ExperimentDraft, Object> read, java.util.function.Predicate<Object> set, List<String> choices) {
    items.add(new InspectorItem(editor, category, name, description, type, read, set, choices));
  }

  private void experiment() {
    String c = "Experiment";
    add(c, "Name", "Shown in the title, run lists and reports", String.class, ExperimentDraft::name,
        v -> editor.setName((String) v), null);
    add(c, "Data", "Where the rows come from", String.class,
        d -> d.data().csv() != null ? d.data().csv() : d.data().generator().type() + " generator", null, null);
    add(c, "Split", "Train / validation / test fractions", String.class,
        d -> d.data().split().train() + " / " + d.data().split().validation() + " / " + d.data().split().test(), null, null);
  }

  /** The rows of the layer's type: conv filters, kernel, stride, padding; pool window, stride; dense units. */
  private void layer(String category, LayerEdits layer) {
    LayerSpec shown = layer.read(editor.draft());
    add(category, "Type", "conv, maxpool and flatten need an image input (model.inputShape)", String.class,
        d -> layer.read(d).type(), v -> layer.retype((String) v), LayerLists.TYPES);
    switch (shown.type()) {
      case LayerSpec.CONV -> {
        integer(category, "Filters", "Output channels (feature maps), ≥ 1", layer, "filters", LayerSpec::filters);
        integer(category, "Kernel", "Side k of the k×k window, ≥ 1", layer, "kernel", LayerSpec::kernel);
        integer(category, "Stride", "Step between windows, ≥ 1", layer, "stride", LayerSpec::stride);
        integer(category, "Padding", "Zeros added on every side, ≥ 0", layer, "padding", LayerSpec::padding);
      }
      case LayerSpec.MAXPOOL -> {
        integer(category, "Pool", "Side of the pooling window, ≥ 1", layer, "pool", LayerSpec::pool);
        integer(category, "Stride", "Step between windows, ≥ 1 (default: the window)", layer, "stride", LayerSpec::stride);
      }
      case LayerSpec.DENSE -> integer(category, "Units", "Width of the dense layer", layer, "units", LayerSpec::units);
      default -> { }
    }
    add(category, "Activation", "Applied after the layer", String.class, d -> layer.read(d).activation(),
        v -> layer.set("activation", v), ACTIVATIONS);
    add(category, "Dropout", "Drop probability in [0, 1)", Double.class, d -> layer.read(d).dropout(),
        v -> layer.set("dropout", v), null);
    add(category, "Output", "The shape the layer passes on", String.class, layer::output, null, null);
  }

  private void integer(String category, String name, String description, LayerEdits layer, String field,
      Function<LayerSpec, Integer> read) {
    add(category, name, description, Integer.class, d -> read.apply(layer.read(d)), v -> layer.set(field, v), null);
  }

  private void task(String name) {
    String c = "Task " + name;
    Function<ExperimentDraft, TaskSpec> task = d -> d.task(name).orElseThrow();
    TargetInfo info = editor.datasetProperty().get() == null ? null
        : editor.datasetProperty().get().target(task.apply(editor.draft()).target()).orElse(null);
    add(c, "Target", "The dataset column the task predicts", String.class, d -> task.apply(d).target(), null, null);
    add(c, "Type", "auto = as detected in the data" + (info == null ? "" : " (" + info.typeId() + ")"), String.class,
        d -> orAuto(task.apply(d).type()), v -> editor.updateTask(name, t -> SpecFields.task(t, "type", fromAuto(v))),
        withAuto(TaskSpec.TYPES));
    TaskType type = effectiveType(task.apply(editor.draft()), info);
    List<String> metrics = withAuto(Task.metrics(type));
    add(c, "Metric", "Scores the task on the validation split", String.class, d -> orAuto(task.apply(d).metric()),
        v -> editor.updateTask(name, t -> SpecFields.task(t, "metric", fromAuto(v))), metrics);
    int labelled = info == null ? Integer.MAX_VALUE : info.labelled();
    add(c, "Label budget", "Keep only the first N labelled training rows (all: " + (info == null ? "?" : labelled) + ")",
        Integer.class, d -> task.apply(d).labelBudget() == null ? (info == null ? null : labelled) : task.apply(d).labelBudget(),
        v -> editor.setLabelBudget(name, (Integer) v >= labelled ? null : (Integer) v), null);
  }

  private void optimizer() {
    String c = "Optimiser";
    OptimizerSpec o = editor.draft().optimizer();
    add(c, "Optimiser", "sgd, adam or adamw", String.class, d -> d.optimizer().type(), v -> opt("type", v), OptimizerSpec.TYPES);
    add(c, "Learning rate", "Base rate η", Double.class, d -> d.optimizer().learningRate(), v -> opt("learningRate", v), null);
    if (o.type().equals("sgd")) {
      add(c, "Momentum", "μ in [0, 1)", Double.class, d -> d.optimizer().momentum(), v -> opt("momentum", v), null);
      add(c, "Nesterov", "Nesterov momentum (needs μ > 0)", Boolean.class, d -> d.optimizer().nesterov(),
          v -> opt("nesterov", v), null);
    } else {
      add(c, "Beta1", "First-moment decay", Double.class, d -> d.optimizer().beta1(), v -> opt("beta1", v), null);
      add(c, "Beta2", "Second-moment decay", Double.class, d -> d.optimizer().beta2(), v -> opt("beta2", v), null);
    }
    add(c, "Weight decay", "L2 (sgd, adam) or decoupled (adamw)", Double.class, d -> d.optimizer().weightDecay(),
        v -> opt("weightDecay", v), null);
    add(c, "Schedule", "How the learning rate changes over the run", String.class, d -> d.optimizer().schedule().type(),
        v -> opt("schedule", v), ScheduleSpec.TYPES);
  }

  private boolean opt(String field, Object v) {
    return editor.setOptimizer(o -> SpecFields.optimizer(o, field, v));
  }

  private void strategy() {
    StrategyRows.add(editor, items);
  }

  private void training() {
    String c = "Training";
    add(c, "Epochs", "Passes over the training split", Integer.class, d -> d.training().epochs(), v -> train("epochs", v), null);
    add(c, "Batch size", "Rows per step", Integer.class, d -> d.training().batchSize(), v -> train("batchSize", v), null);
    add(c, "Seed", "Seeds split, initialisation, batch order and dropout", Long.class, d -> d.training().seed(),
        v -> train("seed", v), null);
    add(c, "Diagnostics every", "Per-task gradients every N steps (0 = never)", Integer.class,
        d -> d.training().diagnosticsEvery(), v -> train("diagnosticsEvery", v), null);
    add(c, "Threads", "Native compute threads", Integer.class, d -> d.training().threads(), v -> train("threads", v), null);
  }

  private boolean train(String field, Object v) {
    return editor.setTraining(t -> SpecFields.training(t, field, v));
  }

  private static String orAuto(String v) {
    return v == null ? AUTO : v;
  }

  private static List<String> withAuto(List<String> choices) {
    List<String> all = new ArrayList<>(List.of(AUTO));
    all.addAll(choices);
    return all;
  }

  private static String fromAuto(Object v) {
    return AUTO.equals(v) ? null : (String) v;
  }

  private static TaskType effectiveType(TaskSpec t, TargetInfo info) {
    if (t.declaredType() != null) {
      return t.declaredType();
    }
    return info == null ? TaskType.REGRESSION : info.type();
  }
}
