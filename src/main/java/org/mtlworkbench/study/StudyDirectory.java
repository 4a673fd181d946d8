package org.mtlworkbench.study;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.mtlworkbench.common.InputException;

/**
 * A study directory: {@code study.json} (the study as run, its experiment inline), {@code
 * progress.json} ({@link StudyLedger}), the summaries, and one run directory per planned run
 * ({@link StudyPlan}). Every sweep directory is one, so a sweep can be resumed, reported and
 * opened like any study.
 */
public final class StudyDirectory {
  /** The study as run. */
  public static final String STUDY = "study.json";
  /** How each run ended ({@link StudyLedger}). */
  public static final String PROGRESS = "progress.json";
  /** The study's mean task affinity, when measured (long format). */
  public static final String AFFINITY = "affinity.csv";

  private StudyDirectory() {}

  /** Whether {@code dir} holds a study. */
  public static boolean isStudy(Path dir) {
    return Files.isRegularFile(dir.resolve(STUDY));
  }

  /**
   * Makes {@code dir} the directory of {@code study}: a new or empty folder becomes one; a folder
   * that already holds this very study is resumed. Returns its ledger (empty when new).
   *
   * @throws InputException one line, when the folder holds another study, anything else, or a
   *     study whose data file has changed since
   */
  public static StudyLedger open(Path dir, PreparedStudy study) {
    if (Files.isRegularFile(dir)) {
      throw new InputException(dir + ": is a file; give a folder for the study");
    }
    if (isStudy(dir)) {
      StudySpec before = StudyFiles.read(dir.resolve(STUDY));
      Optional<String> diff = StudyFiles.difference(before, study.study().toSpec());
      if (diff.isPresent()) {
        throw new InputException(dir + " holds another study (" + diff.get() + "); give a new folder, or the same study to resume it");
      }
      StudyLedger ledger = StudyLedger.read(dir.resolve(PROGRESS));
      if (ledger == null) {
        ledger = StudyLedger.start(study);
      } else if (ledger.dataSha256() != null && !ledger.dataSha256().equals(study.dataSha256())) {
        throw new InputException(dir + ": the data file " + study.study().experiment().data().csv()
            + " has changed since the study started; start the study again in a new folder");
      }
      return ledger;
    }
    if (Files.isDirectory(dir) && !empty(dir)) {
      throw new InputException(dir + ": the folder is not empty and holds no study (" + STUDY
          + "); choose a new folder so nothing in it is overwritten");
    }
    StudyLedger ledger = StudyLedger.start(study);
    StudyFiles.write(study.study().toSpec(), dir.resolve(STUDY));
    ledger.write(dir.resolve(PROGRESS));
    return ledger;
  }

  /**
   * The study of a study directory with what its data told when it started, read from its files
   * alone (no data is loaded): for reports, and for a process that only runs planned runs.
   */
  public static PreparedStudy prepared(Path dir) {
    Study study = Study.resolve(StudyFiles.read(dir.resolve(STUDY)), dir.toAbsolutePath().normalize(), dir.resolve(STUDY).toString());
    StudyLedger ledger = StudyLedger.read(dir.resolve(PROGRESS));
    if (ledger == null) {
      throw new InputException(dir.resolve(PROGRESS) + ": no such file (the study never started)");
    }
    return new PreparedStudy(study, ledger.tasks(), ledger.featureNames(), ledger.dataSha256());
  }

  private static boolean empty(Path dir) {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
    } catch (IOException e) {
      throw new InputException(dir + ": cannot read the folder: " + e.getMessage());
    }
  }
}
