package org.mtlworkbench.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtlworkbench.common.InputException;

class FashionMnistFilesTest {
  @TempDir Path dir;

  /** Writes items 0..n-1 (constant images, see MultiFashionGeneratorTest) under the given prefix. */
  private void writeItems(String prefix, int n, boolean gzip) throws IOException {
    FashionMnistFiles.Items items = MultiFashionGeneratorTest.constantItems(n);
    String gz = gzip ? ".gz" : "";
    IdxWriter.write(items.images(), dir.resolve(prefix + "-images-idx3-ubyte" + gz));
    IdxWriter.write(new IdxArray(new int[] {n}, items.labels()), dir.resolve(prefix + "-labels-idx1-ubyte" + gz));
  }

  @Test
  void loadsTrainingThenTestItemsPlainOrGzip() throws IOException {
    writeItems("train", 3, true);
    writeItems("t10k", 2, false);
    FashionMnistFiles.Items items = FashionMnistFiles.load(FashionMnistFiles.locate(dir.toString()));
    assertThat(items.count()).isEqualTo(5);
    // training items 0..2 (pixel values 10, 20, 30) then test items 0..1 (10, 20)
    assertThat(new int[] {items.images().unsigned(0), items.images().unsigned(784), items.images().unsigned(2 * 784),
          items.images().unsigned(3 * 784), items.images().unsigned(4 * 784)})
        .containsExactly(10, 20, 30, 10, 20);
    assertThat(items.labels()).containsExactly(0, 1, 2, 0, 1);
  }

  @Test
  void writtenGzipIsByteForByteReproducible() throws IOException {
    writeItems("train", 2, true);
    byte[] first = Files.readAllBytes(dir.resolve("train-images-idx3-ubyte.gz"));
    writeItems("train", 2, true);
    assertThat(Files.readAllBytes(dir.resolve("train-images-idx3-ubyte.gz"))).isEqualTo(first);
  }

  @Test
  void folderWithoutFilesOrWithMismatchedLabelsIsAnInputError() throws IOException {
    assertThatThrownBy(() -> FashionMnistFiles.locate(dir.toString()))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("source: ")
        .hasMessageContaining("train-images-idx3-ubyte");
    assertThatThrownBy(() -> FashionMnistFiles.locate(dir.resolve("nope").toString()))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("is not a folder");
    writeItems("train", 3, true);
    IdxWriter.write(new IdxArray(new int[] {2}, new byte[] {1, 2}), dir.resolve("train-labels-idx1-ubyte.gz"));
    assertThatThrownBy(() -> FashionMnistFiles.load(dir))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("train-labels-idx1-ubyte.gz")
        .hasMessageContaining("expected 3 labels");
    IdxWriter.write(new IdxArray(new int[] {3}, new byte[] {1, 12, 2}), dir.resolve("train-labels-idx1-ubyte.gz"));
    assertThatThrownBy(() -> FashionMnistFiles.load(dir))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("label 12 of item 1");
  }

  @Test
  void subsetKeepsChosenItemsInOrderWithTheirLabels() {
    FashionMnistFiles.Items items = MultiFashionGeneratorTest.constantItems(10);
    FashionMnistFiles.Items sub = FashionSubset.pick(items, 4, 7, "--train");
    assertThat(sub.count()).isEqualTo(4);
    int previous = -1;
    for (int k = 0; k < 4; k++) {
      int item = sub.images().unsigned(k * 784) / 10 - 1;
      assertThat(item).isGreaterThan(previous);
      assertThat(sub.labels()[k]).isEqualTo((byte) (item % 10));
      previous = item;
    }
    assertThatThrownBy(() -> FashionSubset.pick(items, 11, 7, "--train"))
        .isInstanceOf(InputException.class)
        .hasMessage("--train: must be between 1 and 10, got 11");
  }

  @Test
  void specFromJsonGeneratesLeftAndRightTasksWithDefaults() throws IOException {
    writeItems("train", 8, true);
    String json = "{\"type\": \"multi-fashion\", \"source\": \"" + dir.toString().replace("\\", "\\\\") + "\"}";
    GeneratorSpec spec = new ObjectMapper().readValue(json, GeneratorSpec.class);
    assertThat(spec).isEqualTo(new MultiFashionSpec(dir.toString(), 0, "disjoint", "nearest", 1L));
    Dataset d = spec.generate();
    assertThat(d.rows()).isEqualTo(4);
    assertThat(d.targets()).extracting(TargetColumn::name).containsExactly("left", "right");
  }

  @Test
  void specRejectsUnknownPairingAndResize() {
    assertThatThrownBy(() -> new MultiFashionSpec(null, null, "zip", null, null))
        .isInstanceOf(InputException.class)
        .hasMessage("pairing: must be \"disjoint\" or \"random\", got \"zip\"");
    assertThatThrownBy(() -> new MultiFashionSpec(null, null, null, "cubic", null))
        .isInstanceOf(InputException.class)
        .hasMessage("resize: must be \"nearest\" or \"area\", got \"cubic\"");
  }

  @Test
  void shippedSampleIsFoundFromTheRepository() {
    Path sample = FashionMnistFiles.locate(FashionMnistFiles.SAMPLE);
    assertThat(sample.toString()).endsWith(FashionMnistFiles.SAMPLE_FOLDER);
    assertThat(FashionMnistFiles.load(sample).count()).isEqualTo(7000);
  }
}
