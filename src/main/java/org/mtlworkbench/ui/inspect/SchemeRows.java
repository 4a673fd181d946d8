package org.mtlworkbench.ui.inspect;

import java.util.Arrays;
import java.util.List;
import org.mtlworkbench.model.CrossStitchSpec;
import org.mtlworkbench.model.MmoeSpec;
import org.mtlworkbench.model.Sharing;
import org.mtlworkbench.model.SoftSharingSpec;
import org.mtlworkbench.ui.canvas.SharingTips;
import org.mtlworkbench.ui.edit.ExperimentEditor;

/**
 * The inspector's rows for the sharing scheme ({@link org.mtlworkbench.ui.edit.Selection.Scheme}):
 * the scheme, and the settings of its own — λ and the penalty (soft), the units' start α_kk
 * (cross-stitch), the number of experts (MMoE). The spec records check each value and say why one
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
    }
  }

  /** The scheme in one sentence, with its paper. */
  static String about(Sharing sharing) {
    return SharingTips.of(sharing) + ".";
  }
}
