package org.mtlworkbench.ui.help;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.mtlworkbench.balance.StrategyCatalog;
import org.mtlworkbench.balance.StrategyInfo;
import org.mtlworkbench.diagnostics.Finding;
import org.mtlworkbench.model.Sharing;
import org.mtlworkbench.ui.canvas.SharingTips;
import org.mtlworkbench.ui.inspect.StrategyFamily;

/**
 * The words of the workbench, each with a short explanation, for Help → Glossary: the basics
 * (task, backbone, head …), each sharing scheme, each family of balancing strategies with its
 * members, and each kind of finding with what to try next. What the window says elsewhere is not
 * restated: a scheme's sentence comes from {@link SharingTips}, a family's from {@link
 * StrategyFamily}, a strategy's title from its {@link StrategyInfo}. The findings follow
 * docs/findings.md (how each is measured and calibrated).
 */
public final class Glossary {
  /** One entry. @param section the heading it is listed under */
  public record Entry(String section, String term, String text) {}

  public static final String BASICS = "Basics";
  public static final String SHARING = "Sharing schemes";
  public static final String STRATEGIES = "Balancing strategies";
  public static final String FINDINGS = "Findings";

  private Glossary() {}

  /** Every entry, section by section, in reading order. */
  public static List<Entry> entries() {
    List<Entry> out = new ArrayList<>();
    basics(out);
    for (Sharing s : Sharing.values()) {
      out.add(new Entry(SHARING, SharingTips.label(s), SharingTips.of(s) + ". " + whenToUse(s)));
    }
    Map<StrategyFamily, List<String>> members = StrategyCatalog.ALL.stream().collect(Collectors.groupingBy(
        StrategyFamily::of, () -> new java.util.EnumMap<>(StrategyFamily.class),
        Collectors.mapping(StrategyInfo::title, Collectors.toList())));
    for (StrategyFamily f : StrategyFamily.values()) {
      out.add(new Entry(STRATEGIES, f.title(), "A strategy of this family " + f.description() + ". "
          + String.join(", ", members.getOrDefault(f, List.of())) + ". The Strategy section of the inspector shows each"
          + " one's summary, paper and options."));
    }
    FINDING_TEXT.forEach((kind, text) -> out.add(new Entry(FINDINGS, kind, text)));
    return out;
  }

  private static void basics(List<Entry> out) {
    String b = BASICS;
    out.add(new Entry(b, "Task", "One target column of the dataset that the model learns to predict (regression, binary"
        + " or multi-class), with its own loss and metric. Drag a card onto the backbone to make it a task."));
    out.add(new Entry(b, "Backbone", "The layers the tasks share. Under hard sharing there is one backbone; under the"
        + " other schemes each tower or expert is a copy of the backbone layers."));
    out.add(new Entry(b, "Head", "The layers of one task on top of what is shared, ending in the task's output. Every"
        + " head has the same hidden layers (Head layers); MMoE's paper calls them towers."));
    out.add(new Entry(b, "Tower", "A task's own copy of the backbone (soft sharing, cross-stitch)."));
    out.add(new Entry(b, "Label budget", "Keeps only the first N labelled training rows of a task (the slider on its"
        + " card), to stage a task with little data next to tasks with much."));
    out.add(new Entry(b, "Baseline", "The same experiment with one task only, same data, budget, epochs and seed: what"
        + " the task reaches alone. Tick Baselines to train them after a run."));
    out.add(new Entry(b, "Δ (relative delta)", "How much better the multi-task model is than the task's baseline,"
        + " relative to the baseline; positive means training together helped. Δm is the mean over the tasks."));
    out.add(new Entry(b, "Gradient norm ‖g‖", "The size of a task's gradient on the shared parameters: a task whose"
        + " norm is far larger than the others' drowns them out (imbalance)."));
    out.add(new Entry(b, "Gradient cosine", "The cosine between two tasks' gradients on the shared parameters: below"
        + " 0 they pull the shared layers apart (conflict), above 0 the same way."));
    out.add(new Entry(b, "Task weight", "The factor a strategy puts on a task's loss or gradient at each step."));
  }

  private static String whenToUse(Sharing s) {
    return switch (s) {
      case HARD -> "The strongest sharing and the smallest model: start here when the tasks are related.";
      case SOFT -> "Each task may go its own way as far as λ allows: useful when hard sharing shows conflict or"
          + " negative transfer; λ = 0 gives independent models, a large λ comes close to hard sharing.";
      case CROSS_STITCH -> "The model learns how much each task takes from the others at every layer; selfWeight"
          + " sets where the mixing starts.";
      case MMOE -> "Each task learns its own mixture of shared experts: suited to tasks that are related only in part;"
          + " more experts give the gates more to choose from.";
      case MTAN -> "Image tasks that need different parts of the same feature maps: each task learns where to look"
          + " in the shared convolutional features.";
      case CGC -> "Like MMoE, with experts of each task's own beside the shared ones: when tasks conflict, the own"
          + " experts keep what only one task needs out of the shared ones.";
      case PLE -> "CGC in several levels: the separation of shared and task-specific experts is refined layer by"
          + " layer, for tasks that share early features but not late ones.";
      case DSELECT_K -> "Like MMoE, but each task uses at most k experts: sparse, and the chosen experts show which"
          + " tasks share what.";
    };
  }

  /** Each kind of finding: what it says, and what to try next. Keyed by {@link Finding#kind()}. */
  static final Map<String, String> FINDING_TEXT = findings();

  private static Map<String, String> findings() {
    Map<String, String> f = new java.util.LinkedHashMap<>();
    f.put(Finding.IMBALANCE, "One task's share of the shared update is far larger than another's, beyond noise"
        + " and beyond the minimum ratio a finding needs: it dominates the shared layers. Next: a strategy that balances gradient sizes (GradNorm,"
        + " IMTL, Nash-MTL, DB-MTL) or learns loss scales (uncertainty); a regression target on a large scale may"
        + " just need standardising.");
    f.put(Finding.IMBALANCE_COMPENSATED, "The tasks' own gradients differ that much, but the strategy's weights"
        + " even out their share of the update: nothing to fix, the weights do their job.");
    f.put(Finding.CONFLICT, "Two tasks' true gradients point apart beyond the noise floor (their denoised cosine is"
        + " clearly negative in some window): they pull the shared layers in opposite directions. Next: see whether a task"
        + " is harmed (harm, negative transfer); try a gradient-combination strategy (PCGrad, CAGrad, MGDA,"
        + " Aligned-MTL), a wider backbone, or less sharing (soft sharing, cross-stitch, MMoE).");
    f.put("gradient-agreement", "Two tasks' true gradients point the same way beyond noise: each step on one helps"
        + " the other. Keep them together; hard sharing suits them.");
    f.put("no-conflict", "Looked for and not found: no conflict or agreement beyond noise between two tasks, with"
        + " the numbers. Nothing to fix; a longer run narrows the interval.");
    f.put("harm", "The updates pushed a task back: its training loss rose beyond noise during a window while the"
        + " shared layers moved. Next: compare with its baseline (is it worse in the end?); try a strategy that"
        + " protects every task (MGDA, CAGrad, Nash-MTL, FairGrad), more capacity, or less sharing.");
    f.put("no-harm", "Looked for and not found: no task's loss was pushed up beyond noise. Nothing to fix.");
    f.put("gradient-note", "What the gradient findings could not assess and why: too few measured steps, a task"
        + " without labels in the window, a run recorded before a measure existed. Next: train longer, or measure"
        + " more often (Training → Diagnostics every).");
    f.put(Finding.NEGATIVE_TRANSFER, "The task is worse trained with the others than alone, beyond seed noise"
        + " (Welch's test over seeds on the test split). Next: look for the conflict or imbalance behind it; try a"
        + " balancing strategy, less sharing (soft, MMoE), or train the task with the tasks it has affinity with.");
    f.put(Finding.POSITIVE_TRANSFER, "The task is better trained with the others than alone, beyond seed noise:"
        + " multi-task learning pays off for it.");
    f.put(Finding.NO_SIGNIFICANT_DIFFERENCE, "Looked for and not found: with the others or alone, the difference is"
        + " within seed noise. More seeds can resolve a small effect.");
    f.put(Finding.TRANSFER_ONE_SEED, "A difference from the baseline on one seed, not tested against seed noise."
        + " Next: repeat over seeds (train --seeds N --baselines) for a verdict.");
    f.put(Finding.TRANSFER_OVERALL, "Δm, the mean relative difference from the baselines over all tasks: positive"
        + " means the multi-task model is better on average.");
    f.put(Finding.AFFINITY_HURTS, "A step on one task alone raises another task's loss on average (lookahead"
        + " affinity, Fifty et al. 2021). Next: consider training the two in separate groups.");
    f.put(Finding.AFFINITY_GROUPING, "The split of the tasks into groups that help each other most, by lookahead"
        + " affinity. Next: train each group as its own experiment and compare with the baselines.");
    return java.util.Collections.unmodifiableMap(f);
  }
}
