package org.mtlworkbench.ui.canvas;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.mtlworkbench.model.LayerSpec;
import org.mtlworkbench.nn.ImageShape;
import org.mtlworkbench.ui.edit.DatasetInfo;
import org.mtlworkbench.ui.edit.ExperimentDraft;

/**
 * Follows the shape of a row through the drawn model — input, every backbone layer, every head
 * layer — so that each block can show what it passes on and a layer that does not fit its input
 * is flagged where it is, not only in the run's error. Unlike the engine's check (which stops at
 * the first misfit), it keeps going, marking later shapes unknown.
 *
 * <p>The arithmetic is the engine's ({@code Conv2D}, {@code MaxPool2D}): a {@code k×k} window with
 * stride {@code s} and padding {@code p} over {@code n} pixels gives {@code ⌊(n + 2p − k)/s⌋ + 1}
 * positions; a dense layer after an image flattens it to {@code C·H·W} values.
 */
public final class ShapeFlow {
  private final Tensor input;
  private final String inputProblem;
  private final List<ShapeStep> backbone;
  private final List<ShapeStep> head;

  private ShapeFlow(Tensor input, String inputProblem, List<ShapeStep> backbone, List<ShapeStep> head) {
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
    Tensor input = null;
    String problem = null;
    if (inputShape != null) {
      input = Tensor.of(new ImageShape(inputShape.get(0), inputShape.get(1), inputShape.get(2)));
      if (features != null && input.width() != features) {
        problem = "input " + input + " holds " + input.width() + " values but the data has " + features + " features";
      }
    } else if (features != null) {
      input = Tensor.flat(features);
    }
    List<ShapeStep> b = follow(problem == null ? input : null, backbone, inputShape == null);
    Tensor representation = b.isEmpty() ? (problem == null ? input : null) : b.get(b.size() - 1).output();
    List<ShapeStep> h = follow(representation, head, inputShape == null && representation == null);
    return new ShapeFlow(input, problem, b, h);
  }

  /** The model's input, {@code null} when not known yet (flat rows of a dataset still being read). */
  public Tensor input() {
    return input;
  }

  /** Why the input shape does not fit the data, or {@code null}. */
  public String inputProblem() {
    return inputProblem;
  }

  public List<ShapeStep> backbone() {
    return backbone;
  }

  public List<ShapeStep> head() {
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

  private static Stream<String> numbered(String where, List<ShapeStep> steps) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < steps.size(); i++) {
      if (!steps.get(i).fits()) {
        out.add(where + (i + 1) + ": " + steps.get(i).problem());
      }
    }
    return out.stream();
  }

  /**
   * @param flatInput the rows are flat for sure (no input shape), so a conv layer misfits even
   *     while the width is unknown
   */
  private static List<ShapeStep> follow(Tensor start, List<LayerSpec> layers, boolean flatInput) {
    List<ShapeStep> out = new ArrayList<>();
    Tensor shape = start;
    boolean flat = flatInput;
    for (LayerSpec layer : layers) {
      String problem = null;
      Tensor next = null;
      boolean spatial = layer.type().equals(LayerSpec.CONV) || layer.type().equals(LayerSpec.MAXPOOL);
      if (spatial && (flat || (shape != null && !shape.isImage()))) {
        problem = "a " + kind(layer) + " layer needs an image but receives "
            + (shape == null ? "flat values" : shape.width() + " flat values");
      } else if (shape != null) {
        problem = spatial ? fit(layer, shape.image()) : null;
        next = problem == null ? output(layer, shape) : null;
      }
      out.add(new ShapeStep(layer, shape, next, problem));
      shape = next;
      flat = flat || layer.type().equals(LayerSpec.DENSE) || layer.type().equals(LayerSpec.FLATTEN);
    }
    return out;
  }

  private static String fit(LayerSpec layer, ImageShape in) {
    int window = layer.type().equals(LayerSpec.CONV) ? layer.kernel() : layer.pool();
    int pad = layer.type().equals(LayerSpec.CONV) ? layer.padding() : 0;
    if (in.height() + 2 * pad < window || in.width() + 2 * pad < window) {
      return "a " + window + "×" + window + " " + (pad > 0 ? "window with padding " + pad : "window")
          + " does not fit its " + in + " input";
    }
    return null;
  }

  private static Tensor output(LayerSpec layer, Tensor in) {
    return switch (layer.type()) {
      case LayerSpec.DENSE -> Tensor.flat(layer.units());
      case LayerSpec.FLATTEN -> Tensor.flat(in.width());
      case LayerSpec.CONV -> Tensor.of(new ImageShape(layer.filters(),
          positions(in.image().height(), layer.kernel(), layer.stride(), layer.padding()),
          positions(in.image().width(), layer.kernel(), layer.stride(), layer.padding())));
      case LayerSpec.MAXPOOL -> Tensor.of(new ImageShape(in.image().channels(),
          positions(in.image().height(), layer.pool(), layer.stride(), 0),
          positions(in.image().width(), layer.pool(), layer.stride(), 0)));
      default -> null;
    };
  }

  /** Window positions along one side: ⌊(n + 2p − k)/s⌋ + 1. */
  private static int positions(int n, int k, int s, int p) {
    return (n + 2 * p - k) / s + 1;
  }

  private static String kind(LayerSpec layer) {
    return layer.type().equals(LayerSpec.MAXPOOL) ? "pooling" : layer.type();
  }
}
