package org.mtlworkbench.cluster;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.mtlworkbench.common.AtomicFiles;
import org.mtlworkbench.experiment.ExperimentFiles;

/**
 * The driver's paths put back into a run directory an executor wrote: its {@code run.json} and
 * {@code experiment.json} name the data file, the study folder and the reproducing command as the
 * executor saw them (its copy of the data, its scratch folder). Replaced by the driver's, the run
 * directory reads as the same run trained in-process: its {@code experiment.json} repeats it with
 * {@code train} on the driver's machine, and comparing runs shows no difference of paths.
 *
 * <p>A JSON string that is exactly an executor's value becomes the driver's value (e.g. the
 * Multi-Fashion source "auto"); a path inside a longer string becomes the driver's path.
 */
final class DriverPaths {
  /** One replacement: a whole JSON string value, and the path that stands inside longer strings. */
  private record Swap(String executorValue, String driverValue, String executorPath, String driverPath) {}

  private final List<Swap> swaps = new ArrayList<>();

  /** {@code executorPath} was {@code driverValue} on the driver (and inside longer text, {@code driverPath}). */
  DriverPaths add(String executorPath, String driverValue, String driverPath) {
    swaps.add(new Swap(executorPath, driverValue, executorPath, driverPath));
    return this;
  }

  /** {@code executorPath} stands for {@code driverPath}, as a whole value and inside longer text. */
  DriverPaths add(String executorPath, String driverPath) {
    return add(executorPath, driverPath, driverPath);
  }

  /** Rewrites the JSON files of {@code runDir} (when it exists), each atomically. */
  void restore(Path runDir) {
    if (!Files.isDirectory(runDir)) {
      return;
    }
    try (Stream<Path> all = Files.walk(runDir)) {
      for (Path f : all.filter(p -> p.getFileName().toString().endsWith(".json")).toList()) {
        String text = Files.readString(f);
        String back = restore(text);
        if (!back.equals(text)) {
          AtomicFiles.writeString(f, back);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot rewrite the paths of " + runDir + ": " + e.getMessage(), e);
    }
  }

  String restore(String json) {
    String s = json;
    for (Swap w : swaps) {
      s = s.replace(quoted(w.executorValue()), quoted(w.driverValue()));
    }
    for (Swap w : swaps) {
      s = s.replace(escaped(w.executorPath()), escaped(w.driverPath()));
    }
    return s;
  }

  /** A string as Jackson writes it in a JSON file, quotes included. */
  private static String quoted(String s) {
    try {
      return ExperimentFiles.mapper().writeValueAsString(s);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String escaped(String s) {
    String q = quoted(s);
    return q.substring(1, q.length() - 1);
  }
}
