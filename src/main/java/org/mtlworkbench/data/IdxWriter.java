package org.mtlworkbench.data;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/**
 * Writes an {@link IdxArray} in the IDX layout {@link IdxReader} reads, gzip-compressed when the
 * file name ends in {@code .gz}. The gzip header carries no time stamp, so the same array always
 * gives the same bytes (a regenerated sample subset does not show up as changed).
 */
public final class IdxWriter {
  private IdxWriter() {}

  public static void write(IdxArray array, Path file) throws IOException {
    try (OutputStream raw = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      OutputStream out = file.getFileName().toString().endsWith(".gz") ? new GZIPOutputStream(raw, 1 << 16) : raw;
      DataOutputStream data = new DataOutputStream(out);
      int[] dims = array.dimensions();
      data.writeInt((IdxReader.UNSIGNED_BYTE << 8) | dims.length);
      for (int d : dims) {
        data.writeInt(d);
      }
      data.write(array.values());
      data.flush();
      if (out instanceof GZIPOutputStream gz) {
        gz.finish();
      }
    }
  }
}
