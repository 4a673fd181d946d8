package org.mtlworkbench.ui.canvas;

import java.util.Arrays;
import java.util.List;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import org.mtlworkbench.model.Sharing;
import org.mtlworkbench.ui.edit.ExperimentEditor;

/**
 * One toggle button per sharing scheme the engine offers, named in full. The buttons wrap onto a
 * further line when the pane is too narrow for all of them, so that a name is never cut ("Cross-s…")
 * however many schemes there are; the selected one is drawn in the accent colour in both themes.
 */
public final class SharingSelector extends FlowPane {
  /** Longer than any line of buttons: the selector asks for all of them on one line. */
  static final double PREFERRED_LINE = 5000;
  private final ToggleGroup group = new ToggleGroup();

  public SharingSelector(ExperimentEditor editor) {
    this(editor, Arrays.asList(Sharing.values()));
  }

  /** @param schemes the buttons, in order (the engine's schemes; a test may pass others) */
  SharingSelector(ExperimentEditor editor, List<Sharing> schemes) {
    super(4, 4);
    setId("sharingSelector");
    getStyleClass().add("sharing-selector");
    setPrefWrapLength(PREFERRED_LINE); // prefers one line; given less width, it wraps
    setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
    for (Sharing s : schemes) {
      add(button(SharingTips.label(s), SharingTips.of(s), s), editor);
    }
    Runnable show = () -> {
      if (editor.draft() != null) {
        group.getToggles().forEach(b -> b.setSelected(b.getUserData() == editor.draft().sharing()));
      }
    };
    editor.draftProperty().addListener((obs, old, now) -> show.run());
    group.selectedToggleProperty().addListener((obs, old, now) -> {
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

  /** A button named {@code label}; its id is "sharing" + the label without spaces ("sharingCross-stitch"). */
  static ToggleButton button(String label, String tip, Object scheme) {
    ToggleButton b = new ToggleButton(label);
    b.setId("sharing" + label.replace(" ", ""));
    b.setUserData(scheme);
    b.getStyleClass().add("sharing-button");
    b.setMinWidth(Region.USE_PREF_SIZE); // a scheme's name is never cut to "H…"
    b.setTooltip(new Tooltip(tip));
    b.setFocusTraversable(false);
    return b;
  }

  private void add(ToggleButton b, ExperimentEditor editor) {
    b.setToggleGroup(group);
    b.disableProperty().bind(editor.lockedProperty());
    getChildren().add(b);
  }
}
