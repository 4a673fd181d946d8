package org.mtlworkbench.ui.canvas;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.mtlworkbench.model.FeatureShape;
import org.mtlworkbench.model.LayerShapes;
import org.mtlworkbench.model.LayerSpec;
import org.mtlworkbench.nn.ImageShape;
import org.mtlworkbench.ui.edit.DatasetInfo;
import org.mtlworkbench.ui.edit.ExperimentDraft;

/**
 * The shape of a row through the drawn model — input, every backbone layer, every head layer — so
 * that each block can show what it passes on and a layer that does not fit its input is flagged
 * where it is, not only in the run's error. The shapes and misfits are the model's own ({@link
 * LayerShapes}), followed past a misfit with the later shapes unknown; this class adds the input
 * (which may not be known yet while the dataset is read) and where each misfit is.
 */
public final class ShapeFlow {
  private final FeatureShape input;
  private final String inputProblem;
  private final List<LayerShapes.Step> backbone;
  private final List<LayerShapes.Step> head;

  private ShapeFlow(FeatureShape input, String inputProblem, List<LayerShapes.Step> backbone, List<LayerShapes.Step> head) {
    this.input = input;
    this.inputProblem = inputProblem;
    this.backbone = backbone;
    this.head = head;
  }

  /**
   * @param draft the model being edited
   * @param dataset the dataset (its feature count is the flat input width), or {@code null} while
   *     it is being read
   */
  public static ShapeFlow of(ExperimentDraft draft, DatasetInfo dataset) {
    Long features = dataset == null ? null : (long) dataset.featureNames().size();
    return of(draft.inputShape(), features, draft.backbone(), draft.head());
  }

  /**
   * @param inputShape {@code [C, H, W]} of an image input, or {@code null} for flat rows
   * @param features the data's feature count, or {@code null} when unknown
   */
  public static ShapeFlow of(List<Integer> inputShape, Long features, List<LayerSpec> backbone, List<LayerSpec> head) {
    FeatureShape input = null;
    String problem = null;
    if (inputShape != null) {
      input = FeatureShape.of(new ImageShape(inputShape.get(0), inputShape.get(1), inputShape.get(2)));
      if (features != null && input.width() != features) {
        problem = "input " + input + " holds " + input.width() + " values but the data has " + features + " features";
      }
    } else if (features != null) {
      input = FeatureShape.flat(features);
    }
    List<LayerShapes.Step> b = LayerShapes.follow(problem == null ? input : null, inputShape == null, backbone);
    FeatureShape representation = b.isEmpty() ? (problem == null ? input : null) : b.get(b.size() - 1).output();
    List<LayerShapes.Step> h = LayerShapes.follow(representation, inputShape == null && representation == null, head);
    return new ShapeFlow(input, problem, b, h);
  }

  /** The model's input, {@code null} when not known yet (flat rows of a dataset still being read). */
  public FeatureShape input() {
    return input;
  }

  /** Why the input shape does not fit the data, or {@code null}. */
  public String inputProblem() {
    return inputProblem;
  }

  public List<LayerShapes.Step> backbone() {
    return backbone;
  }

  public List<LayerShapes.Step> head() {
    return head;
  }

  /** The first misfit, input first, then backbone, then head, with where it is. */
  public Optional<String> firstProblem() {
    if (inputProblem != null) {
      return Optional.of(inputProblem);
    }
    return Stream.concat(
            numbered("backbone layer ", backbone), numbered("head layer ", head))
        .findFirst();
  }

  private static Stream<String> numbered(String where, List<LayerShapes.Step> steps) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < steps.size(); i++) {
      if (!steps.get(i).fits()) {
        out.add(where + (i + 1) + ": " + steps.get(i).problem());
      }
    }
    return out.stream();
  }
}
