package org.mtlworkbench.data;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.mtlworkbench.common.InputException;

/**
 * Reads the IDX files of the MNIST family (LeCun et al., "THE MNIST DATABASE", file format
 * section; Fashion-MNIST uses the same files), plain or gzip-compressed.
 *
 * <p>Layout: a magic number of four bytes {@code 0x00 0x00 T N}, where {@code T} is the value type
 * ({@code 0x08} = unsigned byte, the only one these data sets use) and {@code N} the number of
 * dimensions; then N big-endian 32-bit sizes; then the values, last dimension fastest. Gzip is
 * recognised by its own magic bytes {@code 1f 8b}, not by the file name.
 *
 * <p>A wrong magic number, an unsupported type, a negative size, a truncated file or trailing
 * bytes are an {@link InputException} whose one-line message names the file.
 */
public final class IdxReader {
  /** Type code of unsigned bytes. */
  public static final int UNSIGNED_BYTE = 0x08;

  private IdxReader() {}

  public static IdxArray read(Path file) {
    try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      return read(maybeGunzip(raw, file), file);
    } catch (NoSuchFileException e) {
      throw new InputException(file + ": no such file");
    } catch (ZipException e) {
      throw new InputException(file + ": damaged gzip data (" + e.getMessage() + ")", e);
    } catch (EOFException e) {
      throw new InputException(file + ": truncated (the file ends inside the header or the gzip stream)", e);
    } catch (IOException e) {
      throw new InputException(file + ": cannot read (" + e.getMessage() + ")", e);
    }
  }

  private static InputStream maybeGunzip(InputStream in, Path file) throws IOException {
    in.mark(2);
    int b0 = in.read();
    int b1 = in.read();
    in.reset();
    if (b0 == 0x1f && b1 == 0x8b) {
      return new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16);
    }
    return in;
  }

  private static IdxArray read(InputStream in, Path file) throws IOException {
    DataInputStream data = new DataInputStream(in);
    int magic = data.readInt();
    int type = (magic >>> 8) & 0xFF;
    int rank = magic & 0xFF;
    if ((magic >>> 16) != 0 || rank == 0) {
      throw new InputException(String.format(
          "%s: not an IDX file (magic number 0x%08X; IDX files start with 00 00, a type and a rank)", file, magic));
    }
    if (type != UNSIGNED_BYTE) {
      throw new InputException(String.format(
          "%s: IDX value type 0x%02X is not supported (only 0x08, unsigned bytes)", file, type));
    }
    int[] dims = new int[rank];
    long count = 1;
    for (int i = 0; i < rank; i++) {
      dims[i] = data.readInt();
      if (dims[i] < 0) {
        throw new InputException(file + ": dimension " + i + " has a negative size " + dims[i]);
      }
      count *= dims[i];
      if (count > Integer.MAX_VALUE - 16) {
        throw new InputException(file + ": the header declares more than 2^31 values");
      }
    }
    byte[] values = new byte[(int) count];
    int read = data.readNBytes(values, 0, values.length);
    if (read < values.length) {
      throw new InputException(file + ": truncated: the header declares " + count + " values, the file holds " + read);
    }
    if (data.read() != -1) {
      throw new InputException(file + ": " + count + " values declared but the file goes on after them");
    }
    return new IdxArray(dims, values);
  }
}
