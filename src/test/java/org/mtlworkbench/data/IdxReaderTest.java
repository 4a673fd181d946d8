package org.mtlworkbench.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtlworkbench.common.InputException;

class IdxReaderTest {
  @TempDir Path dir;

  /** 00 00 08 03 | 2 | 2 | 3 | twelve bytes: two 2×3 "images". */
  private static final byte[] IMAGES = {
    0, 0, 8, 3, 0, 0, 0, 2, 0, 0, 0, 2, 0, 0, 0, 3,
    1, 2, 3, 4, 5, 6, (byte) 200, (byte) 255, 0, 7, 8, 9
  };

  @Test
  void readsPlainFileWithDimensionsAndUnsignedValues() throws IOException {
    IdxArray a = IdxReader.read(write("images-idx3-ubyte", IMAGES));
    assertThat(a.dimensions()).containsExactly(2, 2, 3);
    assertThat(a.items()).isEqualTo(2);
    assertThat(a.itemSize()).isEqualTo(6);
    assertThat(a.unsigned(0)).isEqualTo(1);
    assertThat(a.unsigned(6)).isEqualTo(200);
    assertThat(a.unsigned(7)).isEqualTo(255);
    assertThat(a.unsigned(11)).isEqualTo(9);
  }

  @Test
  void readsGzipRecognisedByContentNotName() throws IOException {
    IdxArray a = IdxReader.read(write("no-extension", gzip(IMAGES)));
    assertThat(a.dimensions()).containsExactly(2, 2, 3);
    assertThat(a.unsigned(7)).isEqualTo(255);
  }

  @Test
  void readsLabelFile() throws IOException {
    byte[] labels = {0, 0, 8, 1, 0, 0, 0, 4, 9, 0, 3, 1};
    IdxArray a = IdxReader.read(write("labels.gz", gzip(labels)));
    assertThat(a.dimensions()).containsExactly(4);
    assertThat(new int[] {a.unsigned(0), a.unsigned(1), a.unsigned(2), a.unsigned(3)}).containsExactly(9, 0, 3, 1);
  }

  @Test
  void badMagicNumberNamesFile() throws IOException {
    Path f = write("photo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 0});
    assertThatThrownBy(() -> IdxReader.read(f))
        .isInstanceOf(InputException.class)
        .hasMessageContaining(f.toString())
        .hasMessageContaining("not an IDX file")
        .hasMessageContaining("0x89504E47")
        .hasMessageNotContaining("\n");
  }

  @Test
  void unsupportedValueTypeIsNamed() throws IOException {
    Path f = write("floats", new byte[] {0, 0, 0x0D, 1, 0, 0, 0, 1, 0, 0, 0, 0});
    assertThatThrownBy(() -> IdxReader.read(f))
        .isInstanceOf(InputException.class)
        .hasMessageContaining(f.toString())
        .hasMessageContaining("0x0D");
  }

  @Test
  void truncatedValuesNameFileAndCounts() throws IOException {
    Path f = write("short", Arrays.copyOf(IMAGES, IMAGES.length - 2));
    assertThatThrownBy(() -> IdxReader.read(f))
        .isInstanceOf(InputException.class)
        .hasMessage(f + ": truncated: the header declares 12 values, the file holds 10");
  }

  @Test
  void truncatedHeaderAndTruncatedGzipAreInputErrors() throws IOException {
    Path header = write("header", Arrays.copyOf(IMAGES, 10));
    assertThatThrownBy(() -> IdxReader.read(header))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith(header + ": truncated");
    byte[] gz = gzip(IMAGES);
    Path cut = write("cut.gz", Arrays.copyOf(gz, gz.length - 12));
    assertThatThrownBy(() -> IdxReader.read(cut))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith(cut.toString());
  }

  @Test
  void trailingBytesAndMissingFileAreInputErrors() throws IOException {
    byte[] longer = Arrays.copyOf(IMAGES, IMAGES.length + 1);
    Path f = write("long", longer);
    assertThatThrownBy(() -> IdxReader.read(f))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("goes on after them");
    Path missing = dir.resolve("absent");
    assertThatThrownBy(() -> IdxReader.read(missing))
        .isInstanceOf(InputException.class)
        .hasMessage(missing + ": no such file");
  }

  private Path write(String name, byte[] bytes) throws IOException {
    Path f = dir.resolve(name);
    Files.write(f, bytes);
    return f;
  }

  static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }
}
