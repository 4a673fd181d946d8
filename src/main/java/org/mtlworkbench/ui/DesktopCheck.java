package org.mtlworkbench.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Whether this machine can open the window, asked before JavaFX starts. On Linux JavaFX draws its
 * windows with GTK 3 ({@value #GTK3}), which every desktop has but a server or a fresh container
 * does not; without it JavaFX fails with its own error and a stack trace. This finds the library
 * the way the dynamic linker would (LD_LIBRARY_PATH, the folders of /etc/ld.so.conf, the usual
 * library folders) and, when it is missing or there is no display, gives one line that says what
 * to do instead.
 */
final class DesktopCheck {
  /** The library JavaFX's window toolkit loads on Linux. */
  static final String GTK3 = "libgtk-3.so.0";
  static final String NO_GTK = "the window needs GTK 3, which is not installed here: install it (Debian, Ubuntu: sudo apt-get"
      + " install libgtk-3-0; Fedora: sudo dnf install gtk3), or use the command line (mtl-workbench --help)";
  static final String NO_DISPLAY = "there is no display to open the window on (DISPLAY is not set): start it from a desktop"
      + " session, or use the command line (mtl-workbench --help)";

  private static final List<String> USUAL = List.of("/lib", "/usr/lib", "/lib64", "/usr/lib64", "/usr/local/lib",
      "/lib/x86_64-linux-gnu", "/usr/lib/x86_64-linux-gnu", "/lib/aarch64-linux-gnu", "/usr/lib/aarch64-linux-gnu");

  private DesktopCheck() {}

  /** The problem on this machine, if the window cannot open here. */
  static Optional<String> problem() {
    if (headless()) {
      return Optional.empty();
    }
    return problem(System.getProperty("os.name", ""), System.getenv(), libraryFolders(System.getenv(), Path.of("/etc/ld.so.conf")),
        Files::isRegularFile);
  }

  /**
   * @param os the operating system's name (only Linux is checked)
   * @param env the environment (DISPLAY, WAYLAND_DISPLAY)
   * @param folders where shared libraries are looked for, in order
   * @param exists whether a file exists
   */
  static Optional<String> problem(String os, Map<String, String> env, List<Path> folders, Predicate<Path> exists) {
    if (!os.toLowerCase(Locale.ROOT).contains("linux")) {
      return Optional.empty();
    }
    if (folders.stream().noneMatch(f -> exists.test(f.resolve(GTK3)))) {
      return Optional.of(NO_GTK);
    }
    if (blank(env.get("DISPLAY")) && blank(env.get("WAYLAND_DISPLAY"))) {
      return Optional.of(NO_DISPLAY);
    }
    return Optional.empty();
  }

  /**
   * The folders the dynamic linker searches: LD_LIBRARY_PATH, then those listed in {@code conf}
   * and the files it includes ({@code include /etc/ld.so.conf.d/*.conf}), then the usual ones.
   */
  static List<Path> libraryFolders(Map<String, String> env, Path conf) {
    Set<Path> out = new LinkedHashSet<>();
    String ld = env.get("LD_LIBRARY_PATH");
    if (!blank(ld)) {
      for (String d : ld.split(":")) {
        if (!d.isBlank()) {
          out.add(Path.of(d));
        }
      }
    }
    readConf(conf, out, 0);
    USUAL.forEach(d -> out.add(Path.of(d)));
    return new ArrayList<>(out);
  }

  private static void readConf(Path conf, Set<Path> out, int depth) {
    if (depth > 4 || !Files.isRegularFile(conf)) {
      return;
    }
    List<String> lines;
    try {
      lines = Files.readAllLines(conf);
    } catch (IOException | RuntimeException e) {
      return; // an unreadable list: the usual folders still count
    }
    for (String raw : lines) {
      String line = raw.replaceFirst("#.*", "").strip();
      if (line.startsWith("include ")) {
        include(conf, line.substring("include ".length()).strip(), out, depth);
      } else if (line.startsWith("/")) {
        out.add(Path.of(line));
      }
    }
  }

  /** {@code include /etc/ld.so.conf.d/*.conf}: every file the pattern names, in name order. */
  private static void include(Path conf, String pattern, Set<Path> out, int depth) {
    Path p = Path.of(pattern);
    Path dir = p.isAbsolute() ? p.getParent() : conf.resolveSibling(p).getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      return;
    }
    var matcher = dir.getFileSystem().getPathMatcher("glob:" + p.getFileName());
    try (Stream<Path> files = Files.list(dir)) {
      files.filter(f -> matcher.matches(f.getFileName())).sorted().forEach(f -> readConf(f, out, depth + 1));
    } catch (IOException e) {
      // as above
    }
  }

  /** Tests and screenshots run the window without a desktop (Monocle). */
  private static boolean headless() {
    return "Monocle".equalsIgnoreCase(System.getProperty("glass.platform")) || Boolean.getBoolean("testfx.headless");
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
