package org.mtlworkbench.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.mtlworkbench.common.InputException;

/**
 * Writes a seeded random subset of Fashion-MNIST's training and test files as gzip IDX files with
 * the original names, small enough to ship with the repository (the sample the {@code
 * multi-fashion} generator falls back to). Items keep their original relative order.
 */
public final class FashionSubset {
  private FashionSubset() {}

  /**
   * @param source folder with the four Fashion-MNIST files
   * @param train how many training items to keep
   * @param test how many t10k items to keep
   * @param seed picks the items
   * @param out folder to write into (created if missing)
   */
  public static void write(Path source, int train, int test, long seed, Path out) throws IOException {
    FashionMnistFiles.Items trainItems = FashionMnistFiles.loadPair(source, "train");
    FashionMnistFiles.Items testItems = FashionMnistFiles.loadPair(source, "t10k");
    Files.createDirectories(out);
    writePair(pick(trainItems, train, seed, "--train"), out, "train");
    writePair(pick(testItems, test, Shuffle.mix(seed, 1), "--test"), out, "t10k");
  }

  static FashionMnistFiles.Items pick(FashionMnistFiles.Items items, int count, long seed, String field) {
    if (count < 1 || count > items.count()) {
      throw new InputException(field + ": must be between 1 and " + items.count() + ", got " + count);
    }
    int[] chosen = Arrays.copyOf(Shuffle.permutation(items.count(), seed), count);
    Arrays.sort(chosen);
    int size = items.images().itemSize();
    byte[] pixels = new byte[count * size];
    byte[] labels = new byte[count];
    for (int k = 0; k < count; k++) {
      System.arraycopy(items.images().values(), chosen[k] * size, pixels, k * size, size);
      labels[k] = items.labels()[chosen[k]];
    }
    int[] dims = items.images().dimensions();
    dims[0] = count;
    return new FashionMnistFiles.Items(new IdxArray(dims, pixels), labels);
  }

  private static void writePair(FashionMnistFiles.Items items, Path out, String prefix) throws IOException {
    IdxWriter.write(items.images(), out.resolve(prefix + "-images-idx3-ubyte.gz"));
    IdxWriter.write(new IdxArray(new int[] {items.count()}, items.labels()), out.resolve(prefix + "-labels-idx1-ubyte.gz"));
  }
}
