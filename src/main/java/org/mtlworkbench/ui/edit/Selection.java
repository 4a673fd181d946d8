package org.mtlworkbench.ui.edit;

/** What the inspector shows: one part of the experiment. */
public sealed interface Selection {
  /** The experiment as a whole: name, data split. */
  record Experiment() implements Selection {}

  /** A hidden layer of the backbone (of every tower, under soft sharing). */
  record BackboneLayer(int index) implements Selection {}

  /** A hidden layer of the heads (every head has the same hidden layers). */
  record HeadLayer(int index) implements Selection {}

  /** One task: its head and how it is scored. */
  record Task(String name) implements Selection {}

  /**
   * The sharing scheme and its own settings: λ and penalty (soft), the cross-stitch units' start,
   * the number of MMoE experts, CGC's and PLE's experts (and PLE's levels), DSelect-k's n, k, γ
   * and entropy weight, MTAN's stages (read only); selected by clicking a stitch unit, a gate, a
   * selector, an attention module, an expert's, a group's, a level's or a tower's title.
   */
  record Scheme() implements Selection {}

  record Optimizer() implements Selection {}

  record Strategy() implements Selection {}

  record Training() implements Selection {}

  /** Whether this selection still names a part of {@code draft} (an undo may have removed it). */
  default boolean existsIn(ExperimentDraft draft) {
    if (this instanceof BackboneLayer l) {
      return l.index() < draft.backbone().size();
    }
    if (this instanceof HeadLayer l) {
      return l.index() < draft.head().size();
    }
    if (this instanceof Task t) {
      return draft.task(t.name()).isPresent();
    }
    return true;
  }
}
