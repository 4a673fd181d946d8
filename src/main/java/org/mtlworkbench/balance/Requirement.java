package org.mtlworkbench.balance;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.mtlworkbench.model.Sharing;

/**
 * What a strategy needs from the model, which decides the sharing schemes it is defined for
 * ({@link StrategyCompatibility}). The per-task gradient rows are defined by each scheme (see the
 * schema documentation): under every scheme but soft sharing every row lives on one parameter set
 * common to all tasks; under soft sharing (L2 or trace-norm penalty) row k is task
 * k's own tower, so two rows lie on different parameters.
 */
public enum Requirement {
  /** Only the per-task losses: defined for every scheme. */
  LOSSES(EnumSet.allOf(Sharing.class), ""),
  /**
   * Each task's gradient on the parameters it trains, read for its size only (the update is still
   * a weighting of the losses): every scheme, under soft sharing each task's own tower.
   */
  TASK_GRADIENTS(EnumSet.allOf(Sharing.class), ""),
  /**
   * The gradients on the last layer that every task's loss passes through (GradNorm): the last
   * backbone layer (hard), each task's own last tower layer (soft), the last cross-stitch unit,
   * MTAN's last shared layer (the backbone's last layer, which runs on every task's attended
   * features). Not the mixtures of experts (MMoE, CGC, PLE, DSelect-k): their experts run side by
   * side, each task mixing them through its own gate, so no one layer carries every task.
   */
  LAST_SHARED_LAYER(EnumSet.of(Sharing.HARD, Sharing.SOFT, Sharing.CROSS_STITCH, Sharing.MTAN),
      "it balances gradient norms on the last layer every task passes through, and a mixture of experts (mmoe, cgc, ple,"
          + " dselect-k) has none: its experts run side by side, each task mixing them through its own gate"),
  /**
   * A shared update Σ_k c_k g_k (or any function of several tasks' rows together): needs rows on
   * one common parameter set — every scheme but soft sharing.
   */
  SHARED_PARAMETERS(EnumSet.complementOf(EnumSet.of(Sharing.SOFT)),
      "it combines the tasks' gradients on parameters all tasks share, and soft sharing has none (each task has its own"
          + " tower)"),
  /**
   * The gradients with respect to one representation Z that every task reads (MGDA-UB): only hard
   * sharing has a single Z (under MTAN each task reads its own attended features).
   */
  SHARED_REPRESENTATION(EnumSet.of(Sharing.HARD),
      "it balances on the gradients of the one representation all tasks read, which only hard sharing has");

  private final Set<Sharing> supported;
  private final String whyNot;

  Requirement(Set<Sharing> supported, String whyNot) {
    this.supported = Collections.unmodifiableSet(supported);
    this.whyNot = whyNot;
  }

  /** Whether a strategy with this requirement is defined under {@code sharing}. */
  public boolean supports(Sharing sharing) {
    return supported.contains(sharing);
  }

  /** Why not, as the end of a sentence ("it combines ..."); empty when every scheme is supported. */
  public String whyNot() {
    return whyNot;
  }
}
