package org.mtlworkbench.study;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.mtlworkbench.common.AtomicFiles;
import org.mtlworkbench.experiment.ExperimentFiles;

/**
 * Reads and writes study files ({@link StudySpec}) as strictly as experiment files, through the
 * same parser ({@link ExperimentFiles#parse(String, String, Class, String)}): unknown fields are
 * errors with their path, line and column; every problem is one line naming the file and field.
 */
public final class StudyFiles {
  private StudyFiles() {}

  /** Reads a study file. */
  public static StudySpec read(Path file) {
    return parse(ExperimentFiles.text(file), file.getFileName().toString());
  }

  public static StudySpec parse(String json, String source) {
    return ExperimentFiles.parse(json, source, StudySpec.class, "study");
  }

  /** Reads a study file and resolves it ({@link Study#resolve}): ready to plan, every combination checked. */
  public static Study load(Path file) {
    Path folder = file.toAbsolutePath().normalize().getParent();
    return Study.resolve(read(file), folder, file.getFileName().toString());
  }

  /** Writes a study file atomically. */
  public static void write(StudySpec spec, Path file) {
    AtomicFiles.writeString(file, json(spec));
  }

  /** The study file's text. */
  public static String json(StudySpec spec) {
    try {
      return ExperimentFiles.mapper().writeValueAsString(spec) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise a study", e);
    }
  }

  /**
   * Whether a JSON file holds a study rather than an experiment: its top level names an
   * {@code "experiment"}. A file that is not JSON is not a study (the experiment reader then
   * says what is wrong with it).
   */
  public static boolean isStudy(Path file) {
    try {
      JsonNode root = ExperimentFiles.mapper().readTree(file.toFile());
      return root != null && root.isObject() && root.has("experiment");
    } catch (java.io.IOException e) {
      return false;
    }
  }

  /**
   * The first field in which two studies differ, as "path: a → b", or empty when they are the
   * same study (field order and defaults left implicit do not matter).
   */
  public static Optional<String> difference(StudySpec a, StudySpec b) {
    JsonNode x = ExperimentFiles.mapper().valueToTree(a);
    JsonNode y = ExperimentFiles.mapper().valueToTree(b);
    return difference(x, y, "");
  }

  private static Optional<String> difference(JsonNode x, JsonNode y, String path) {
    if (x == null || y == null || x.isObject() != y.isObject() || x.isArray() != y.isArray()) {
      return x != null && x.equals(y) ? Optional.empty() : Optional.of(shown(path, x, y));
    }
    if (x.isObject()) {
      Set<String> names = new TreeSet<>();
      x.fieldNames().forEachRemaining(names::add);
      y.fieldNames().forEachRemaining(names::add);
      for (String n : names) {
        Optional<String> d = difference(x.get(n), y.get(n), path.isEmpty() ? n : path + "." + n);
        if (d.isPresent()) {
          return d;
        }
      }
      return Optional.empty();
    }
    if (x.isArray()) {
      for (int i = 0; i < Math.max(x.size(), y.size()); i++) {
        Optional<String> d = difference(x.get(i), y.get(i), path + "[" + i + "]");
        if (d.isPresent()) {
          return d;
        }
      }
      return Optional.empty();
    }
    return x.equals(y) ? Optional.empty() : Optional.of(shown(path, x, y));
  }

  private static String shown(String path, JsonNode x, JsonNode y) {
    return path + ": " + brief(x) + " → " + brief(y);
  }

  private static String brief(JsonNode n) {
    if (n == null) {
      return "(absent)";
    }
    String s = n.toString();
    return s.length() > 60 ? s.substring(0, 57) + "..." : s;
  }
}
