package org.mtlworkbench.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.mtlworkbench.common.InputException;

/**
 * The folder where runs live, one directory per run named {@code yyyyMMdd-HHmmss-<name>}.
 * Folders whose names start with a dot hold caches (the single-task baselines in {@code
 * .baselines}) and are not runs.
 *
 * <p>Default location: the environment variable {@value #ENV}, else {@code
 * $XDG_DATA_HOME/mtl-workbench/runs}, else {@code ~/.local/share/mtl-workbench/runs}.
 */
public final class Workspace {
  /** How deep runs are looked for: a sweep's runs are three folders down. */
  static final int STUDY_DEPTH = 3;
  /** Environment variable that overrides the default location. */
  public static final String ENV = "MTL_WORKBENCH_WORKSPACE";

  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
  private static final int MAX_SUFFIX = 10_000;

  private final Path root;

  public Workspace(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  public static Workspace defaultWorkspace() {
    return new Workspace(defaultRoot(System.getenv(), System.getProperty("user.home")));
  }

  /** The default location for this environment and home folder (blank variables count as unset). */
  static Path defaultRoot(Map<String, String> env, String home) {
    String own = env.get(ENV);
    if (own != null && !own.isBlank()) {
      return Path.of(own);
    }
    String xdg = env.get("XDG_DATA_HOME");
    Path data = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".local", "share");
    return data.resolve("mtl-workbench").resolve("runs");
  }

  public Path root() {
    return root;
  }

  /**
   * Creates a new, empty run directory {@code root/yyyyMMdd-HHmmss-<safe name>}, adding {@code
   * -2}, {@code -3}, ... when that exists. Creation is atomic, so two processes starting at the
   * same second get different folders and an existing one is never reused.
   */
  public Path newRunDir(String experimentName) {
    String base = LocalDateTime.now().format(STAMP) + "-" + SafeNames.fileName(experimentName);
    if (Files.exists(root) && !Files.isDirectory(root)) {
      throw new InputException("workspace " + root + ": is a file, not a folder");
    }
    try {
      Files.createDirectories(root);
      for (int n = 1; n <= MAX_SUFFIX; n++) {
        Path dir = root.resolve(n == 1 ? base : base + "-" + n);
        try {
          return Files.createDirectory(dir);
        } catch (FileAlreadyExistsException e) {
          // taken: try the next suffix
        }
      }
    } catch (IOException e) {
      throw new InputException("workspace " + root + ": cannot create a run folder: " + e.getMessage());
    }
    throw new InputException("workspace " + root + ": more than " + MAX_SUFFIX + " runs named " + base);
  }

  /**
   * Every run directory directly under the root, newest first. Folders without a readable run.json
   * (a run being created, junk, caches in dot folders) are skipped; one bad run never hides the
   * others. Empty when the root does not exist.
   */
  public List<RunEntry> list() {
    return list(problem -> { });
  }

  /**
   * As {@link #list()}, telling {@code unreadable} of each run folder left out and why, in one
   * line that names its file ("…/run.json, line 3, column 9: …").
   */
  public List<RunEntry> list(java.util.function.Consumer<String> unreadable) {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    List<RunEntry> entries = new ArrayList<>();
    try {
      collect(root, 0, entries, unreadable);
    } catch (IOException | UncheckedIOException e) {
      throw new InputException("workspace " + root + ": cannot list: " + e.getMessage());
    }
    entries.sort(Comparator.comparing(RunEntry::startedAt, Comparator.nullsFirst(Comparator.<java.time.Instant>naturalOrder()))
        .thenComparing(e -> e.dir().getFileName().toString())
        .reversed());
    return entries;
  }

  /**
   * Adds the runs in {@code dir}: a folder with a run.json is a run (not looked into further), and
   * so is one with a metrics.csv, whose missing run.json is then reported;
   * any other folder may hold runs of a study ({@code train --seeds}: {@code study/seed-S/}) or of
   * a sweep ({@code sweep: sweep/strategy/seed-S/}), so folders are searched down to
   * {@value #STUDY_DEPTH} levels. Dot folders and baseline caches are skipped.
   */
  private static void collect(Path dir, int depth, List<RunEntry> entries, java.util.function.Consumer<String> unreadable)
      throws IOException {
    try (Stream<Path> children = Files.list(dir)) {
      for (Path child : (Iterable<Path>) children::iterator) {
        String name = child.getFileName().toString();
        if (name.startsWith(".") || name.equals("baselines") || !Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
          continue;
        }
        if (Files.exists(child.resolve(RunFiles.MANIFEST), LinkOption.NOFOLLOW_LINKS) || Files.isRegularFile(child.resolve(RunFiles.METRICS))) {
          try {
            entries.add(RunEntries.of(child));
          } catch (InputException e) {
            unreadable.accept(e.getMessage());
          } catch (RuntimeException e) {
            unreadable.accept(child.resolve(RunFiles.MANIFEST) + ": cannot be read as a run");
          }
        } else if (depth + 1 < STUDY_DEPTH) {
          collect(child, depth + 1, entries, unreadable);
        }
      }
    }
  }

  /**
   * Deletes a run directory with everything in it. Refused (InputException) for anything but a
   * directory inside the root that holds a run.json, and for a run still being written.
   */
  public void delete(Path runDir) {
    Path dir = runDir.toAbsolutePath().normalize();
    try {
      if (!Files.isDirectory(dir) || !Files.isDirectory(root)) {
        throw new InputException(runDir + ": not a run directory");
      }
      Path real = dir.toRealPath();
      Path realRoot = root.toRealPath();
      if (!real.startsWith(realRoot) || real.equals(realRoot) || !dir.startsWith(root)) {
        throw new InputException(runDir + ": not inside the workspace " + root + "; refusing to delete it");
      }
      if (!Files.isRegularFile(real.resolve(RunFiles.MANIFEST))) {
        throw new InputException(runDir + ": holds no run.json; refusing to delete a folder that is not a run");
      }
      if (RunLock.isHeld(real)) {
        throw new InputException(runDir + ": the run is still being written; stop it before deleting it");
      }
      Files.walkFileTree(real, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
          Files.delete(file);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
          if (e != null) {
            throw e;
          }
          Files.delete(d);
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      throw new InputException(runDir + ": cannot delete: " + e.getMessage());
    }
  }
}
