package org.mtlworkbench.ui.canvas;

import org.mtlworkbench.model.Sharing;

/** One sentence per sharing scheme, with its paper, for the sharing selector's buttons. */
final class SharingTips {
  private SharingTips() {}

  /** What the scheme does, for its button's tooltip. */
  static String of(Sharing s) {
    return switch (s) {
      case HARD -> "Hard sharing: one backbone for all tasks, one head per task";
      case SOFT -> "Soft sharing: one tower per task, pulled together by a penalty λ·Σ‖θi − θj‖²";
      case CROSS_STITCH -> "Cross-stitch (Misra et al. 2016): one tower per task, mixed after every layer by learned"
          + " cross-stitch units";
      case MMOE -> "MMoE (Ma et al. 2018): expert networks shared by all tasks, one softmax gate per task mixing them";
      case MTAN -> "MTAN (Liu et al. 2019): one conv backbone, each task's own attention mask after every conv stage";
      case CGC -> "CGC (Tang et al. 2020): shared experts and each task's own experts, one softmax gate per task";
      case PLE -> "PLE (Tang et al. 2020): CGC stacked over the backbone's layers, with a shared gate between levels";
      case DSELECT_K -> "DSelect-k (Hazimeh et al. 2021): shared experts, each task choosing at most k of them by a"
          + " smooth-step gate";
    };
  }
}
