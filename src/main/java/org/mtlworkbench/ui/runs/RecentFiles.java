package org.mtlworkbench.ui.runs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The File → Open Recent list: the most recently used experiment first, each file once, at most
 * {@value #MAX} of them. Pure list logic; where the list is kept is the caller's business.
 */
public final class RecentFiles {
  public static final int MAX = 8;

  private RecentFiles() {}

  /** {@code recent} with {@code used} moved (or added) to the front, trimmed to {@value #MAX}. */
  public static List<Path> used(List<Path> recent, Path used) {
    Path key = used.toAbsolutePath().normalize();
    List<Path> out = new ArrayList<>(MAX);
    out.add(key);
    for (Path p : recent) {
      if (out.size() == MAX) {
        break;
      }
      if (!p.toAbsolutePath().normalize().equals(key)) {
        out.add(p);
      }
    }
    return List.copyOf(out);
  }

  /** One line per file, as kept in the preferences. */
  public static String join(List<Path> files) {
    return String.join("\n", files.stream().map(Path::toString).toList());
  }

  /** The list read back from {@link #join}; lines that are not paths are dropped. */
  public static List<Path> split(String lines) {
    List<Path> out = new ArrayList<>();
    if (lines == null) {
      return out;
    }
    for (String line : lines.split("\n")) {
      if (line.isBlank() || out.size() == MAX) {
        continue;
      }
      try {
        out.add(Path.of(line));
      } catch (java.nio.file.InvalidPathException e) {
        // a garbled entry costs only itself
      }
    }
    return out;
  }
}
