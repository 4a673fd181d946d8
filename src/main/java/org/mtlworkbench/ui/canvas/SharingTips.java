package org.mtlworkbench.ui.canvas;

import org.mtlworkbench.model.Sharing;

/**
 * The words the window uses for each sharing scheme: its short name (on its button, in the
 * inspector, in the glossary) and one sentence with its paper (tooltip, inspector, glossary).
 */
public final class SharingTips {
  private SharingTips() {}

  /** The scheme's name on its button: "Hard", "Cross-stitch", "MMoE". */
  public static String label(Sharing s) {
    return switch (s) {
      case HARD -> "Hard";
      case SOFT -> "Soft";
      case CROSS_STITCH -> "Cross-stitch";
      case MMOE -> "MMoE";
      case MTAN -> "MTAN";
      case CGC -> "CGC";
      case PLE -> "PLE";
      case DSELECT_K -> "DSelect-k";
    };
  }

  /** What the scheme does, with its paper. */
  public static String of(Sharing s) {
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
