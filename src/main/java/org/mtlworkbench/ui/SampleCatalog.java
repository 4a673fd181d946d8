package org.mtlworkbench.ui;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.mtlworkbench.common.InputException;
import org.mtlworkbench.experiment.ExperimentFiles;

/**
 * The sample experiments shipped in {@code sample-datasets/}: found next to the working directory
 * (a source checkout, {@code mvn javafx:run}) or above the application jar ({@code target/app/}).
 */
final class SampleCatalog {
  static final String FOLDER = "sample-datasets";

  /**
   * One sample experiment.
   *
   * @param file its experiment file
   * @param title its name, as the picker shows it
   */
  record Sample(Path file, String title) {
    @Override
    public String toString() {
      return title;
    }
  }

  private SampleCatalog() {}

  /** The samples, ordered by folder and file name; empty when the folder cannot be found. */
  static List<Sample> find() {
    return folder().map(SampleCatalog::list).orElse(List.of());
  }

  static List<Sample> list(Path folder) {
    List<Sample> out = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(folder)) {
      for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
        try (Stream<Path> files = Files.list(dir)) {
          for (Path f : files.filter(p -> p.getFileName().toString().matches("experiment.*\\.json")).sorted(
              Comparator.comparing(Path::toString)).toList()) {
            title(f).ifPresent(t -> out.add(new Sample(f.toAbsolutePath().normalize(), t)));
          }
        }
      }
    } catch (IOException e) {
      return List.of();
    }
    return out;
  }

  private static Optional<String> title(Path file) {
    try {
      return Optional.of(ExperimentFiles.read(file).name());
    } catch (InputException e) {
      return Optional.empty();
    }
  }

  static Optional<Path> folder() {
    List<Path> candidates = new ArrayList<>();
    candidates.add(Path.of("").toAbsolutePath().resolve(FOLDER));
    try {
      Path code = Path.of(SampleCatalog.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      for (Path p = code.getParent(); p != null; p = p.getParent()) {
        candidates.add(p.resolve(FOLDER));
      }
    } catch (URISyntaxException | RuntimeException e) {
      // no code source (unusual class loaders): the working directory is the only place to look
    }
    return candidates.stream().filter(Files::isDirectory).findFirst();
  }
}
