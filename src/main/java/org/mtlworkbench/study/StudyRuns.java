package org.mtlworkbench.study;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.mtlworkbench.common.InputException;
import org.mtlworkbench.experiment.ExperimentFiles;
import org.mtlworkbench.experiment.ExperimentSpec;
import org.mtlworkbench.run.JobRunner;
import org.mtlworkbench.run.RecordedRun;
import org.mtlworkbench.run.RunRecorder;
import org.mtlworkbench.store.RunFiles;
import org.mtlworkbench.store.RunManifest;
import org.mtlworkbench.store.RunReader;
import org.mtlworkbench.train.RunStatus;
import org.mtlworkbench.train.TrainingListener;

/**
 * Runs ONE planned run of a study into its directory: the unit of work that an in-process study
 * runs one after another and that a cluster can run as one task each. Given the same study and
 * key, it writes the same {@code metrics.csv}, byte for byte, wherever it runs: the run's
 * experiment follows from the study and the key alone ({@link PreparedStudy#spec}), and training
 * is deterministic in its seed.
 *
 * <p>A run is trained in a hidden sibling folder ({@code .seed-5.partial}) and renamed into place
 * when it ends (finished, diverged or failed), so its directory exists only once it is whole: a
 * process killed mid-run, or a stopped run, leaves only the hidden folder, which the next attempt
 * replaces. Each run directory holds {@code experiment.json}, its own experiment, so that {@code
 * train} can repeat it alone.
 */
public final class StudyRuns {
  private StudyRuns() {}

  /**
   * @param study the study, with what its data told ({@link PreparedStudy})
   * @param key which run
   * @param studyDir the study directory (the run goes to its planned folder inside it)
   * @param runner how to run the training job
   * @param extra further listeners of the training (e.g. a live display), or none
   * @return how it ended; a failure before training (bad data) is a failed record, not an
   *     exception. Whatever the run's folder held before is replaced when the run ends (the
   *     caller decides which runs need running: {@link #onDisk} says which are complete).
   */
  public static RunRecord run(PreparedStudy study, RunKey key, Path studyDir, JobRunner runner, List<TrainingListener> extra) {
    PlannedRun planned = study.plan().find(key);
    Path target = studyDir.resolve(planned.dir());
    Path partial = partial(target);
    ExperimentSpec spec = study.spec(key);
    Path experimentFile = target.resolve(RunFiles.EXPERIMENT);
    String command = "mtl-workbench train " + experimentFile + " --out DIR";
    RecordedRun run;
    try {
      delete(partial);
      Files.createDirectories(partial);
      ExperimentFiles.write(spec, partial.resolve(RunFiles.EXPERIMENT));
      run = RunRecorder.record(spec, null, experimentFile, partial, command, runner, extra);
    } catch (InputException e) {
      deleteQuietly(partial);
      return new RunRecord(key, planned.dir(), RunStatus.FAILED.id(), oneLine(e.getMessage()), 0);
    } catch (IOException | RuntimeException e) {
      deleteQuietly(partial);
      return new RunRecord(key, planned.dir(), RunStatus.FAILED.id(), oneLine("could not run: " + e), 0);
    }
    RunStatus status = run.outcome().status();
    if (status != RunStatus.STOPPED) {
      try {
        delete(target);
        move(partial, target);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot move the run into " + target + ": " + e.getMessage(), e);
      }
    }
    return new RunRecord(key, planned.dir(), status.id(), oneLine(run.outcome().message()), run.outcome().wallSeconds());
  }

  /** How a planned run ended according to its directory, or empty when it has none (not run, or not whole). */
  public static Optional<RunRecord> onDisk(Path studyDir, PlannedRun planned) {
    Path dir = studyDir.resolve(planned.dir());
    if (!Files.isRegularFile(dir.resolve(RunFiles.MANIFEST))) {
      return Optional.empty();
    }
    try {
      RunManifest m = RunReader.manifest(dir);
      return Optional.of(new RunRecord(planned.key(), planned.dir(), m.status(), oneLine(m.message()), m.wallSeconds()));
    } catch (InputException e) {
      return Optional.empty();
    }
  }

  /** The hidden folder a run is trained in before it is moved into {@code target}. */
  static Path partial(Path target) {
    return target.resolveSibling("." + target.getFileName() + ".partial");
  }

  private static void move(Path from, Path to) throws IOException {
    Files.createDirectories(to.getParent());
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  /** Deletes a folder and everything in it (only folders this class creates: planned runs and their partial folders). */
  private static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  private static void deleteQuietly(Path dir) {
    try {
      delete(dir);
    } catch (IOException ignored) {
      // what is left is replaced by the next attempt
    }
  }

  static String oneLine(String s) {
    return s == null ? "" : s.replaceAll("\\s+", " ").strip();
  }
}
