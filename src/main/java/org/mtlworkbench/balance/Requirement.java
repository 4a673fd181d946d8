package org.mtlworkbench.balance;

import org.mtlworkbench.model.Sharing;

/**
 * What a strategy needs from the model, which decides the sharing schemes it is defined for
 * ({@link StrategyCompatibility}). The per-task gradient rows are defined by each scheme (see the
 * schema documentation): under hard sharing, cross-stitch and MMoE every row lives on one
 * parameter set common to all tasks; under soft sharing (L2 or trace-norm penalty) row k is task
 * k's own tower, so two rows lie on different parameters.
 */
public enum Requirement {
  /** Only the per-task losses: defined for every scheme. */
  LOSSES(true, true, true, true, ""),
  /**
   * Each task's gradient on the parameters it trains, read for its size only (the update is still
   * a weighting of the losses): every scheme, under soft sharing each task's own tower.
   */
  TASK_GRADIENTS(true, true, true, true, ""),
  /**
   * The gradients on the last layer that every task's loss passes through (GradNorm): the last
   * backbone layer (hard), each task's own last tower layer (soft), the last cross-stitch unit. Not
   * MMoE: its experts run side by side and its last shared segment is one task's own gate, which
   * the other tasks' gradients never reach.
   */
  LAST_SHARED_LAYER(true, true, true, false,
      "it balances gradient norms on the last layer every task passes through, and mmoe has none (its experts run side by"
          + " side and each task has its own gate)"),
  /**
   * A shared update Σ_k c_k g_k (or any function of several tasks' rows together): needs rows on
   * one common parameter set — hard sharing, cross-stitch, MMoE.
   */
  SHARED_PARAMETERS(true, false, true, true,
      "it combines the tasks' gradients on parameters all tasks share, and soft sharing has none (each task has its own"
          + " tower)"),
  /**
   * The gradients with respect to one representation Z that every task reads (MGDA-UB): only hard
   * sharing has a single Z.
   */
  SHARED_REPRESENTATION(true, false, false, false,
      "it balances on the gradients of the one representation all tasks read, which only hard sharing has");

  private final boolean hard;
  private final boolean soft;
  private final boolean crossStitch;
  private final boolean mmoe;
  private final String whyNot;

  Requirement(boolean hard, boolean soft, boolean crossStitch, boolean mmoe, String whyNot) {
    this.hard = hard;
    this.soft = soft;
    this.crossStitch = crossStitch;
    this.mmoe = mmoe;
    this.whyNot = whyNot;
  }

  /** Whether a strategy with this requirement is defined under {@code sharing}. */
  public boolean supports(Sharing sharing) {
    return switch (sharing) {
      case HARD -> hard;
      case SOFT -> soft;
      case CROSS_STITCH -> crossStitch;
      case MMOE -> mmoe;
    };
  }

  /** Why not, as the end of a sentence ("it combines ..."); empty when every scheme is supported. */
  public String whyNot() {
    return whyNot;
  }
}
