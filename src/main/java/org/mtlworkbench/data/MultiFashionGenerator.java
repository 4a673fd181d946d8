package org.mtlworkbench.data;

import java.util.List;
import java.util.Random;

/**
 * Multi-Fashion (Lin et al. 2019, "Pareto Multi-Task Learning", NeurIPS), built from Fashion-MNIST
 * the way Sener & Koltun 2018 built MultiMNIST: two items overlaid on one image ({@link
 * OverlayComposer}); task {@code left} is the class of the item at the top left, task {@code
 * right} the class of the item at the bottom right.
 *
 * <p>Features are the 784 pixels {@code x1..x784} (row-major), scaled to [0, 1].
 *
 * <p>Pairing, from a seeded permutation π of the n items:
 *
 * <ul>
 *   <li>{@code disjoint} (default): row m pairs π(2m) with π(2m+1), so every item appears in one
 *       row only and n/2 rows are made. A random train/validation/test split of the rows then never
 *       shows a test item during training;
 *   <li>{@code random}: as in Sener & Koltun's loader, row m has π(m) at the top left and a
 *       uniformly drawn other item at the bottom right, n rows in all. An item then appears in two
 *       rows on average, so a random split of these rows lets test items be seen in training (at
 *       the other position): use it with care.
 * </ul>
 *
 * <p>{@code rows} &gt; 0 keeps the first {@code rows} rows of the pairing.
 */
public final class MultiFashionGenerator {
  /** The two task (target) names. */
  public static final String LEFT = "left";
  public static final String RIGHT = "right";
  private static final int PIXELS = OverlayComposer.SIZE * OverlayComposer.SIZE;

  /** How items are paired. */
  public enum Pairing {
    DISJOINT("disjoint"),
    RANDOM("random");

    private final String id;

    Pairing(String id) {
      this.id = id;
    }

    public String id() {
      return id;
    }

    public static Pairing parse(String name, String field) {
      for (Pairing p : values()) {
        if (p.id.equals(name)) {
          return p;
        }
      }
      throw new org.mtlworkbench.common.InputException(
          field + ": must be \"disjoint\" or \"random\", got \"" + name + "\"");
    }
  }

  private final Pairing pairing;
  private final OverlayComposer.Resampling resampling;
  private final long seed;

  public MultiFashionGenerator(Pairing pairing, OverlayComposer.Resampling resampling, long seed) {
    this.pairing = pairing;
    this.resampling = resampling;
    this.seed = seed;
  }

  /**
   * @param items the source images (N × 28 × 28, 0..255) and their labels 0..9
   * @param rows how many rows to keep; 0 = all the pairing gives
   * @param name shown to the user
   */
  public Dataset generate(FashionMnistFiles.Items items, int rows, String name) {
    int n = items.count();
    if (n < 2) {
      throw new org.mtlworkbench.common.InputException("source: needs at least 2 images, found " + n);
    }
    int available = pairing == Pairing.DISJOINT ? n / 2 : n;
    if (rows < 0) {
      throw new org.mtlworkbench.common.InputException("rows: must be 0 (all) or more, got " + rows);
    }
    int count = rows == 0 ? available : Math.min(rows, available);
    int[][] pairs = pairs(n, count);
    OverlayComposer composer = new OverlayComposer(resampling);
    float[] features = new float[count * PIXELS];
    float[] left = new float[count];
    float[] right = new float[count];
    float[] a = new float[PIXELS];
    float[] b = new float[PIXELS];
    byte[] pixels = items.images().values();
    for (int m = 0; m < count; m++) {
      int i = pairs[m][0];
      int j = pairs[m][1];
      for (int p = 0; p < PIXELS; p++) {
        a[p] = pixels[i * PIXELS + p] & 0xFF;
        b[p] = pixels[j * PIXELS + p] & 0xFF;
      }
      composer.compose(a, b, 1f / 255f, features, m * PIXELS);
      left[m] = items.labels()[i] & 0xFF;
      right[m] = items.labels()[j] & 0xFF;
    }
    List<String> classes = FashionMnistFiles.CLASS_NAMES;
    return new Dataset(name, SyntheticNames.numbered("x", PIXELS), features, count, List.of(
        new TargetColumn(LEFT, TaskType.MULTICLASS, left, classes),
        new TargetColumn(RIGHT, TaskType.MULTICLASS, right, classes)));
  }

  /** {first, second} item index of each of the first {@code count} rows. */
  int[][] pairs(int n, int count) {
    int[] perm = Shuffle.permutation(n, seed);
    int[][] pairs = new int[count][];
    if (pairing == Pairing.DISJOINT) {
      for (int m = 0; m < count; m++) {
        pairs[m] = new int[] {perm[2 * m], perm[2 * m + 1]};
      }
    } else {
      Random rng = new Random(Shuffle.mix(seed, 2));
      for (int m = 0; m < count; m++) {
        int i = perm[m];
        int j = rng.nextInt(n - 1);
        pairs[m] = new int[] {i, j >= i ? j + 1 : j};
      }
    }
    return pairs;
  }
}
