package org.mtlworkbench.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Every file under a folder with a digest of its bytes, to check that a refused input left what
 * was already saved exactly as it was. Folders and dangling links are recorded by kind.
 */
record Snapshot(Map<String, String> files) {
  static Snapshot of(Path root) {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> all = Files.walk(root)) {
      for (Path p : (Iterable<Path>) all::iterator) {
        String key = root.relativize(p).toString().replace('\\', '/');
        if (Files.isSymbolicLink(p) && !Files.exists(p)) {
          files.put(key, "dangling link");
        } else if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
          files.put(key, "folder");
        } else {
          byte[] b = Files.readAllBytes(p);
          files.put(key, b.length + ":" + Arrays.hashCode(b) + ":" + Files.getLastModifiedTime(p).toMillis());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Snapshot(files);
  }

  /** The same without the entry {@code top} and everything under it. */
  Snapshot without(String top) {
    Map<String, String> kept = new TreeMap<>(files);
    kept.keySet().removeIf(k -> k.equals(top) || k.startsWith(top + "/"));
    return new Snapshot(kept);
  }
}
