package org.mtlworkbench.ui.canvas;

import java.util.List;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import org.controlsfx.control.SegmentedButton;
import org.mtlworkbench.model.Sharing;
import org.mtlworkbench.ui.edit.ExperimentEditor;

/** The segmented Hard / Soft control; one button per sharing scheme the engine offers. */
public final class SharingSelector extends SegmentedButton {
  /**
   * The schemes with a button. MTAN, CGC, PLE and DSelect-k (experiment files, train, sweep) get
   * theirs when the selector can hold eight names without widening the model pane; until then an
   * experiment that uses one opens and runs with no button selected.
   */
  private static final List<Sharing> BUTTONS = List.of(Sharing.HARD, Sharing.SOFT, Sharing.CROSS_STITCH, Sharing.MMOE);

  public SharingSelector(ExperimentEditor editor) {
    setId("sharingSelector");
    for (Sharing s : BUTTONS) {
      ToggleButton b = new ToggleButton(label(s));
      b.setId("sharing" + label(s));
      b.setUserData(s);
      b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // a scheme's name is never cut to "H…"
      b.setTooltip(new Tooltip(SharingTips.of(s)));
      b.disableProperty().bind(editor.lockedProperty());
      getButtons().add(b);
    }
    Runnable show = () -> {
      if (editor.draft() != null) {
        getButtons().forEach(b -> b.setSelected(b.getUserData() == editor.draft().sharing()));
      }
    };
    editor.draftProperty().addListener((obs, old, now) -> show.run());
    getToggleGroup().selectedToggleProperty().addListener((obs, old, now) -> {
      if (now == null) {
        show.run(); // a click on the selected button does not leave none selected
      } else if (editor.draft() != null && now.getUserData() != editor.draft().sharing()) {
        if (!editor.setSharing((Sharing) now.getUserData())) {
          show.run();
        }
      }
    });
    show.run();
  }

  private static String label(Sharing s) {
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
}
