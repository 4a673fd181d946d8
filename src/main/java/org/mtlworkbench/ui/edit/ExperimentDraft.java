package org.mtlworkbench.ui.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.mtlworkbench.balance.StrategySpec;
import org.mtlworkbench.data.DataSpec;
import org.mtlworkbench.experiment.ExperimentSpec;
import org.mtlworkbench.model.LayerSpec;
import org.mtlworkbench.model.ModelSpec;
import org.mtlworkbench.model.Sharing;
import org.mtlworkbench.model.TaskSpec;
import org.mtlworkbench.optim.OptimizerSpec;
import org.mtlworkbench.train.TrainingSpec;

/**
 * The experiment as it stands in the editor: one immutable value per edit, so that undo is a
 * matter of keeping the previous value (see {@link EditHistory}).
 *
 * <p>Unlike {@link ExperimentSpec} it may be incomplete while the user builds it (no tasks yet,
 * every backbone layer removed); {@link DraftValidator} says what is missing, and {@link #toSpec}
 * refuses an incomplete draft. Defaults are not restated here: they come from the spec records.
 *
 * @param name the experiment's name
 * @param data where the rows come from, as in the experiment file
 * @param tasks the tasks on the model, in head order
 * @param sharing hard or soft
 * @param backbone the backbone's hidden layers (each tower's, under soft sharing)
 * @param head the hidden layers of every head
 * @param lambda soft-sharing penalty strength
 * @param optimizer optimiser and schedule
 * @param strategy balancing strategy
 * @param training epochs, batch size, seed, diagnostics interval, threads
 * @param inputShape {@code [channels, height, width]} when the rows are images (conv and pooling
 *     layers need it), {@code null} for flat rows; kept so that a convolutional experiment survives
 *     the round trip through the editor
 * @param schemes the settings of the sharing schemes that the draft does not hold in fields of
 *     its own — the soft-sharing penalty, the cross-stitch units' start, the number of MMoE
 *     experts, CGC's and PLE's experts and levels, DSelect-k's n, k, γ and entropy weight — read
 *     from the file and edited in the inspector, so that opening and running or saving an
 *     experiment keeps them; {@code null} for their defaults. Its sharing, layers, input shape and
 *     λ are not read (the draft's own fields are): they are reset to hard sharing over the default
 *     backbone, so that a setting is checked on its own here and against the draft's layers by
 *     {@link #model()}.
 */
public record ExperimentDraft(
    String name,
    DataSpec data,
    List<TaskSpec> tasks,
    Sharing sharing,
    List<LayerSpec> backbone,
    List<LayerSpec> head,
    double lambda,
    OptimizerSpec optimizer,
    StrategySpec strategy,
    TrainingSpec training,
    List<Integer> inputShape,
    ModelSpec schemes) {

  public ExperimentDraft {
    inputShape = inputShape == null ? null : List.copyOf(inputShape);
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(data, "data");
    tasks = List.copyOf(tasks);
    Objects.requireNonNull(sharing, "sharing");
    backbone = List.copyOf(backbone);
    head = List.copyOf(head);
    Objects.requireNonNull(optimizer, "optimizer");
    Objects.requireNonNull(strategy, "strategy");
    Objects.requireNonNull(training, "training");
    schemes = schemes == null ? null : new ModelSpec(null, null, null, schemes.soft(), null, schemes.crossStitch(),
        schemes.mmoe(), schemes.cgc(), schemes.ple(), schemes.dselectK());
  }

  /** A draft on flat input rows. */
  public ExperimentDraft(String name, DataSpec data, List<TaskSpec> tasks, Sharing sharing, List<LayerSpec> backbone,
      List<LayerSpec> head, double lambda, OptimizerSpec optimizer, StrategySpec strategy, TrainingSpec training) {
    this(name, data, tasks, sharing, backbone, head, lambda, optimizer, strategy, training, null, null);
  }

  /** The name of a new experiment until the user gives it one. */
  public static final String UNTITLED = "Untitled experiment";

  /**
   * A new experiment on {@code data}: no task yet, every other setting at the default of its spec
   * record.
   *
   * @param inputShape {@code [C, H, W]} when the rows are images, else {@code null}
   */
  public static ExperimentDraft fresh(String name, DataSpec data, List<Integer> inputShape) {
    ModelSpec m = new ModelSpec(null, null, null, null);
    return new ExperimentDraft(name, data, List.of(), Sharing.HARD, m.backbone(), m.head(), m.soft().lambda(),
        new OptimizerSpec(null, null, null, null, null, null, null, null, null), new StrategySpec(null, null),
        new TrainingSpec(null, null, null, null, null), inputShape, null);
  }

  /** The draft of a complete experiment. */
  public static ExperimentDraft fromSpec(ExperimentSpec spec) {
    ModelSpec m = spec.model();
    return new ExperimentDraft(
        spec.name(), spec.data(), spec.tasks(), m.sharingMode(), m.backbone(), m.head(), m.soft().lambda(),
        spec.optimizer(), spec.strategy(), spec.training(), m.inputShape(), m);
  }

  /**
   * The experiment this draft describes.
   *
   * @param data the data section to write (the editor may name the feature columns explicitly,
   *     see {@link ExperimentEditor#toSpec()})
   * @throws org.mtlworkbench.common.InputException when the draft is incomplete
   */
  public ExperimentSpec toSpec(DataSpec data) {
    return new ExperimentSpec(ExperimentSpec.SCHEMA_VERSION, name, data, tasks, model(), optimizer, training, strategy);
  }

  /**
   * The model this draft describes: the draft's sharing, layers, input shape and λ applied onto
   * {@link #schemeSettings()}, so that every scheme's settings read from the file are kept.
   *
   * @throws org.mtlworkbench.common.InputException when the settings do not fit the layers (more
   *     PLE levels than layers with weights, MTAN without conv layers, no backbone layer)
   */
  public ModelSpec model() {
    return schemeSettings().withEdits(sharing, backbone, head, lambda, inputShape);
  }

  /** {@link #schemes}, or the defaults when the draft has none. */
  public ModelSpec schemeSettings() {
    return schemes != null ? schemes : new ModelSpec(null, null, null, null);
  }

  /** The draft with other scheme settings ({@link #schemes}). */
  public ExperimentDraft withSchemes(ModelSpec s) {
    return new ExperimentDraft(name, data, tasks, sharing, backbone, head, lambda, optimizer, strategy, training, inputShape, s);
  }

  public Optional<TaskSpec> task(String taskName) {
    return tasks.stream().filter(t -> t.name().equals(taskName)).findFirst();
  }

  /** Whether some task predicts {@code target}. */
  public boolean hasTarget(String target) {
    return tasks.stream().anyMatch(t -> t.target().equals(target));
  }

  public ExperimentDraft withName(String n) {
    return new ExperimentDraft(n, data, tasks, sharing, backbone, head, lambda, optimizer, strategy, training, inputShape, schemes);
  }

  public ExperimentDraft withTasks(List<TaskSpec> t) {
    return new ExperimentDraft(name, data, t, sharing, backbone, head, lambda, optimizer, strategy, training, inputShape, schemes);
  }

  /** Replaces the task named {@code taskName} by what {@code change} makes of it. */
  public ExperimentDraft withTask(String taskName, UnaryOperator<TaskSpec> change) {
    List<TaskSpec> out = new ArrayList<>(tasks);
    out.replaceAll(t -> t.name().equals(taskName) ? change.apply(t) : t);
    return withTasks(out);
  }

  public ExperimentDraft withSharing(Sharing s) {
    return new ExperimentDraft(name, data, tasks, s, backbone, head, lambda, optimizer, strategy, training, inputShape, schemes);
  }

  public ExperimentDraft withBackbone(List<LayerSpec> b) {
    return new ExperimentDraft(name, data, tasks, sharing, b, head, lambda, optimizer, strategy, training, inputShape, schemes);
  }

  public ExperimentDraft withHead(List<LayerSpec> h) {
    return new ExperimentDraft(name, data, tasks, sharing, backbone, h, lambda, optimizer, strategy, training, inputShape, schemes);
  }

  public ExperimentDraft withLambda(double l) {
    return new ExperimentDraft(name, data, tasks, sharing, backbone, head, l, optimizer, strategy, training, inputShape, schemes);
  }

  public ExperimentDraft withOptimizer(OptimizerSpec o) {
    return new ExperimentDraft(name, data, tasks, sharing, backbone, head, lambda, o, strategy, training, inputShape, schemes);
  }

  public ExperimentDraft withStrategy(StrategySpec s) {
    return new ExperimentDraft(name, data, tasks, sharing, backbone, head, lambda, optimizer, s, training, inputShape, schemes);
  }

  public ExperimentDraft withTraining(TrainingSpec t) {
    return new ExperimentDraft(name, data, tasks, sharing, backbone, head, lambda, optimizer, strategy, t, inputShape, schemes);
  }
}
