package org.mtlworkbench.ui.canvas;

import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.mtlworkbench.model.Sharing;
import org.mtlworkbench.ui.edit.ExperimentEditor;

/**
 * The strength λ of the soft-sharing tie, shown only under soft sharing: a slider on a log scale
 * from {@value #MIN_EXPONENT} to {@value #MAX_EXPONENT} decades (λ = 0, independent towers, is
 * typed into the field), one undo step per drag.
 */
public final class LambdaControl extends HBox {
  static final double MIN_EXPONENT = -4;
  static final double MAX_EXPONENT = 1;

  private final Slider slider = new Slider(MIN_EXPONENT, MAX_EXPONENT, -2);
  private final TextField field = new TextField();
  private boolean showing;

  public LambdaControl(ExperimentEditor editor) {
    super(8);
    setId("lambdaControl");
    getStyleClass().add("lambda-control");
    setAlignment(Pos.CENTER_LEFT);
    managedProperty().bind(visibleProperty());
    Label label = new Label("Tie strength λ");
    label.setMinWidth(Region.USE_PREF_SIZE); // the slider gives way, not the words ("Tie strengt…")
    label.setTooltip(new Tooltip("Penalty λ·Σ‖θi − θj‖² between the towers: 0 = independent models, large = close to hard sharing"));
    slider.setId("lambdaSlider");
    HBox.setHgrow(slider, Priority.ALWAYS);
    field.setId("lambdaField");
    field.setPrefColumnCount(6);
    getChildren().addAll(label, slider, field);
    disableProperty().bind(editor.lockedProperty());

    slider.valueProperty().addListener((obs, old, now) -> {
      if (!showing) {
        editor.setLambda(Double.parseDouble(format(Math.pow(10, now.doubleValue()))));
      }
    });
    slider.valueChangingProperty().addListener((obs, was, now) -> {
      if (!now) {
        editor.sealEdit();
      }
    });
    field.setOnAction(e -> {
      try {
        double v = Double.parseDouble(field.getText().strip());
        if (!(v >= 0) || Double.isInfinite(v)) {
          throw new NumberFormatException();
        }
        editor.setLambda(v);
        editor.sealEdit();
      } catch (NumberFormatException ex) {
        field.setText(format(editor.draft().lambda()));
      }
    });
    Runnable show = () -> {
      if (editor.draft() == null) {
        return;
      }
      setVisible(editor.draft().sharing() == Sharing.SOFT);
      double lambda = editor.draft().lambda();
      showing = true;
      if (!slider.isValueChanging() && lambda > 0) {
        slider.setValue(Math.max(MIN_EXPONENT, Math.min(MAX_EXPONENT, Math.log10(lambda))));
      }
      showing = false;
      field.setText(format(lambda));
    };
    editor.draftProperty().addListener((obs, old, now) -> show.run());
    show.run();
  }

  /** Two significant digits without trailing zeros (0.01, 0.9, 2): λ and the other scheme knobs are settings, not measurements. */
  static String format(double lambda) {
    return lambda == 0 ? "0" : String.format(Locale.ROOT, "%.2g", lambda).replaceAll("\\.?0+(e|$)", "$1");
  }
}
