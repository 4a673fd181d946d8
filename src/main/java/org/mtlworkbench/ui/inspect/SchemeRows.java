package org.mtlworkbench.ui.inspect;

import java.util.Arrays;
import java.util.List;
import org.mtlworkbench.model.BackboneBlocks;
import org.mtlworkbench.model.CgcSpec;
import org.mtlworkbench.model.CrossStitchSpec;
import org.mtlworkbench.model.DSelectKSpec;
import org.mtlworkbench.model.MmoeSpec;
import org.mtlworkbench.model.PleSpec;
import org.mtlworkbench.model.Sharing;
import org.mtlworkbench.model.SoftSharingSpec;
import org.mtlworkbench.ui.canvas.SharingTips;
import org.mtlworkbench.ui.edit.ExperimentEditor;

/**
 * The inspector's rows for the sharing scheme ({@link org.mtlworkbench.ui.edit.Selection.Scheme}):
 * the scheme, and the settings of its own — λ and the penalty (soft), the units' start α_kk
 * (cross-stitch), the number of experts (MMoE), the shared and per-task experts (CGC, and PLE
 * with its levels), n, k, γ and the entropy weight (DSelect-k); MTAN has none of its own and
 * shows its stages and attention modules, read only. The spec records check each value and say why one
 * is refused; every change is one undo step. The switch has no default: a new scheme does not
 * compile until its rows are written here.
 */
final class SchemeRows {
  static final List<String> PENALTIES = List.of(SoftSharingSpec.L2, SoftSharingSpec.TRACE_NORM);

  private SchemeRows() {}

  static void add(ExperimentEditor editor, List<InspectorItem> rows) {
    Sharing sharing = editor.draft().sharing();
    String c = "Sharing · " + SharingTips.label(sharing);
    rows.add(new InspectorItem(editor, c, "Sharing", "How the tasks share parameters", String.class, d -> d.sharing().id(),
        v -> editor.setSharing(Sharing.parse((String) v)), Arrays.stream(Sharing.values()).map(Sharing::id).toList()));
    switch (sharing) {
      case HARD -> { }
      case SOFT -> {
        rows.add(new InspectorItem(editor, c, "Tie strength λ", "Penalty strength between the towers, ≥ 0 (0: independent"
            + " models)", Double.class, d -> d.lambda(), v -> {
              boolean done = editor.setLambda((Double) v);
              editor.sealEdit();
              return done;
            }, null));
        rows.add(new InspectorItem(editor, c, "Penalty", "l2: λ·Σ‖θi − θj‖² (Duong et al. 2015); trace-norm: λ·Σ‖W‖* over each"
            + " layer's towers (Yang & Hospedales 2017)", String.class, d -> d.schemeSettings().soft().penalty(),
            v -> editor.setSchemes(m -> m.withSoft(new SoftSharingSpec(m.soft().lambda(), (String) v))), PENALTIES));
      }
      case CROSS_STITCH -> rows.add(new InspectorItem(editor, c, "Self weight", "Each unit starts with α_kk = this and"
          + " α_kj = (1 − this)/(K − 1): near 1, the towers start almost independent; in [0, 1]", Double.class,
          d -> d.schemeSettings().crossStitch().selfWeight(),
          v -> editor.setSchemes(m -> m.withCrossStitch(new CrossStitchSpec((Double) v))), null));
      case MMOE -> rows.add(new InspectorItem(editor, c, "Experts", "How many expert networks (each a copy of the backbone"
          + " layers) the gates mix, 1 to 64", Integer.class, d -> d.schemeSettings().mmoe().experts(),
          v -> editor.setSchemes(m -> m.withMmoe(new MmoeSpec((Integer) v))), null));
      case MTAN -> {
        rows.add(new InspectorItem(editor, c, "Stages", "Conv stages (a conv layer and the pooling after it) before the"
            + " first dense or flatten layer; change them in the backbone", Integer.class,
            d -> BackboneBlocks.convStages(d.backbone()).stages().size(), null, null));
        rows.add(new InspectorItem(editor, c, "Attention modules", "One per task at every stage: two 1×1 convolutions"
            + " whose sigmoid mask multiplies the stage's feature maps", Integer.class,
            d -> BackboneBlocks.convStages(d.backbone()).stages().size() * d.tasks().size(), null, null));
      }
      case CGC -> {
        rows.add(new InspectorItem(editor, c, "Shared experts", SHARED, Integer.class,
            d -> d.schemeSettings().cgc().sharedExperts(),
            v -> editor.setSchemes(m -> m.withCgc(new CgcSpec((Integer) v, m.cgc().taskExperts()))), null));
        rows.add(new InspectorItem(editor, c, "Experts per task", OWN, Integer.class,
            d -> d.schemeSettings().cgc().taskExperts(),
            v -> editor.setSchemes(m -> m.withCgc(new CgcSpec(m.cgc().sharedExperts(), (Integer) v))), null));
      }
      case PLE -> {
        rows.add(new InspectorItem(editor, c, "Shared experts", SHARED + ", at every level", Integer.class,
            d -> d.schemeSettings().ple().sharedExperts(), v -> editor.setSchemes(m -> m.withPle(
                new PleSpec((Integer) v, m.ple().taskExperts(), m.ple().levels()))), null));
        rows.add(new InspectorItem(editor, c, "Experts per task", OWN + ", at every level", Integer.class,
            d -> d.schemeSettings().ple().taskExperts(), v -> editor.setSchemes(m -> m.withPle(
                new PleSpec(m.ple().sharedExperts(), (Integer) v, m.ple().levels()))), null));
        rows.add(new InspectorItem(editor, c, "Levels", "Extraction levels, 1 to the backbone's dense and conv layers: the"
            + " backbone is cut before each of them and the pieces grouped into this many levels", Integer.class,
            d -> d.schemeSettings().ple().levelsFor(BackboneBlocks.weightedLayers(d.backbone())), v -> editor.setSchemes(
                m -> m.withPle(new PleSpec(m.ple().sharedExperts(), m.ple().taskExperts(), (Integer) v))), null));
      }
      case DSELECT_K -> {
        rows.add(new InspectorItem(editor, c, "Experts", "Experts n shared by all tasks (each a copy of the backbone"
            + " layers), 2 to 64", Integer.class, d -> d.schemeSettings().dselectK().experts(),
            v -> editor.setSchemes(m -> m.withDSelectK(dselect(m.dselectK(), (Integer) v, null, null, null))), null));
        rows.add(new InspectorItem(editor, c, "k", "Each task weights at most k experts per example, 1 to n", Integer.class,
            d -> d.schemeSettings().dselectK().k(),
            v -> editor.setSchemes(m -> m.withDSelectK(dselect(m.dselectK(), null, (Integer) v, null, null))), null));
        rows.add(new InspectorItem(editor, c, "Gamma γ", "Width of the smooth step's cubic part, > 0", Double.class,
            d -> d.schemeSettings().dselectK().gamma(),
            v -> editor.setSchemes(m -> m.withDSelectK(dselect(m.dselectK(), null, null, (Double) v, null))), null));
        rows.add(new InspectorItem(editor, c, "Entropy weight", "Weight ≥ 0 of the regulariser that drives each selector"
            + " to a single expert (the authors' code leaves it at 0)", Double.class,
            d -> d.schemeSettings().dselectK().entropy(),
            v -> editor.setSchemes(m -> m.withDSelectK(dselect(m.dselectK(), null, null, null, (Double) v))), null));
      }
    }
  }

  private static final String SHARED = "Experts every task's gate reads (each a copy of the layers), 1 to 64";
  private static final String OWN = "Experts of each task's own, which only its gate reads, 0 to 64 (0: MMoE)";

  /** {@code d} with the values given changed ({@code null}: kept). */
  private static DSelectKSpec dselect(DSelectKSpec d, Integer experts, Integer k, Double gamma, Double entropy) {
    return new DSelectKSpec(experts != null ? experts : d.experts(), k != null ? k : d.k(),
        gamma != null ? gamma : d.gamma(), entropy != null ? entropy : d.entropy());
  }

  /** The scheme in one sentence, with its paper. */
  static String about(Sharing sharing) {
    return SharingTips.of(sharing) + ".";
  }
}
