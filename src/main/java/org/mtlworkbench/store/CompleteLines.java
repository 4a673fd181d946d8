package org.mtlworkbench.store;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A file's text up to its last line break, as it was when opened. A run's CSV files are appended
 * while we read them and may have been cut by a crash: whatever follows the last '\n' is a line
 * being written (or never finished), so it is left out, and rows appended after opening are not
 * read half-way.
 */
final class CompleteLines {
  private CompleteLines() {}

  /** A reader over the complete lines of {@code file}; the caller closes it. */
  static Reader open(Path file) throws IOException {
    FileChannel ch = FileChannel.open(file, StandardOpenOption.READ);
    try {
      long end = lastLineBreak(ch, ch.size()) + 1;
      ch.position(0);
      return new InputStreamReader(new Limited(Channels.newInputStream(ch), end), StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      ch.close();
      throw e;
    }
  }

  /**
   * The last complete line of {@code file} (without its line break), read from the end, so a long
   * file costs no more than a short one; empty when the file has no complete line.
   */
  static java.util.Optional<String> last(Path file) throws IOException {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      long end = lastLineBreak(ch, ch.size());
      if (end < 0) {
        return java.util.Optional.empty();
      }
      long start = lastLineBreak(ch, end) + 1;
      if (end - start > 1 << 20) {
        return java.util.Optional.empty(); // not a line of ours
      }
      ByteBuffer buf = ByteBuffer.allocate((int) (end - start));
      while (buf.hasRemaining() && ch.read(buf, start + buf.position()) >= 0) {
        // read on
      }
      String line = new String(buf.array(), 0, buf.position(), StandardCharsets.UTF_8);
      return java.util.Optional.of(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
    }
  }

  /** Offset of the last '\n' before {@code size}, or -1. */
  private static long lastLineBreak(FileChannel ch, long size) throws IOException {
    ByteBuffer buf = ByteBuffer.allocate(8192);
    long pos = size;
    while (pos > 0) {
      int n = (int) Math.min(buf.capacity(), pos);
      pos -= n;
      buf.clear().limit(n);
      while (buf.hasRemaining()) {
        if (ch.read(buf, pos + buf.position()) < 0) {
          break;
        }
      }
      for (int i = buf.position() - 1; i >= 0; i--) {
        if (buf.get(i) == '\n') {
          return pos + i;
        }
      }
    }
    return -1;
  }

  /** Reads at most {@code limit} bytes. */
  private static final class Limited extends FilterInputStream {
    private long left;

    Limited(InputStream in, long limit) {
      super(in);
      this.left = limit;
    }

    @Override
    public int read() throws IOException {
      if (left <= 0) {
        return -1;
      }
      int b = super.read();
      if (b >= 0) {
        left--;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (left <= 0) {
        return -1;
      }
      int n = super.read(b, off, (int) Math.min(len, left));
      if (n > 0) {
        left -= n;
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long s = super.skip(Math.min(n, left));
      left -= s;
      return s;
    }

    @Override
    public int available() throws IOException {
      return (int) Math.min(super.available(), left);
    }
  }
}
