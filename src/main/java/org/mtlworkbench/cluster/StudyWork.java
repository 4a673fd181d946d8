package org.mtlworkbench.cluster;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mtlworkbench.run.JobRunner;
import org.mtlworkbench.study.PlannedRun;
import org.mtlworkbench.study.PreparedStudy;
import org.mtlworkbench.study.RunKey;
import org.mtlworkbench.study.RunRecord;
import org.mtlworkbench.study.Study;
import org.mtlworkbench.study.StudyFiles;
import org.mtlworkbench.study.StudyRuns;
import org.mtlworkbench.study.TaskMetric;

/**
 * One planned run of a study as a Spark task runs it: the study (its file's JSON, the experiment
 * inline), what the driver's data told ({@link PreparedStudy}: tasks, metrics, feature columns)
 * and the run's key, all plain values; on the executor, {@link StudyRuns#run}, the very method
 * the in-process study calls, on the executor's copy of the data.
 *
 * @param key the run's label
 * @param dir its folder in the study directory
 * @param studyJson the study as a study file
 * @param tasks the tasks' names, in model order
 * @param metrics each task's metric
 * @param featureNames the feature columns of CSV data (null for generated data)
 * @param dataSha256 the CSV file's fingerprint (null for generated data)
 * @param strategy the run key's strategy (null for a baseline)
 * @param task the run key's task (null for a multi-task run)
 * @param sharing the run key's sharing scheme
 * @param seed the run key's seed
 * @param group the run key's group of tasks (null but for a grouped run)
 * @param driverStudyDir the study directory on the driver, for the paths the run records
 * @param dataFiles the data files, on the driver
 */
record StudyWork(String key, String dir, String studyJson, List<String> tasks, List<String> metrics, List<String> featureNames,
    String dataSha256, String strategy, String task, String sharing, long seed, List<String> group, String driverStudyDir,
    List<String> dataFiles)
    implements ClusterWork {

  /** The works of {@code runs}, each carrying the whole study (small: the experiment and lists). */
  static List<StudyWork> of(PreparedStudy study, List<PlannedRun> runs, Path studyDir) {
    String json = StudyFiles.json(study.study().toSpec());
    List<String> files = ShippedData.files(study.study().experiment(), null);
    List<String> names = study.tasks().stream().map(TaskMetric::task).toList();
    List<String> metrics = study.tasks().stream().map(TaskMetric::metric).toList();
    String driverDir = studyDir.toAbsolutePath().normalize().toString();
    List<StudyWork> works = new ArrayList<>();
    for (PlannedRun p : runs) {
      RunKey k = p.key();
      works.add(new StudyWork(k.label(), p.dir(), json, names, metrics, study.featureNames(), study.dataSha256(), k.strategy(),
          k.task(), k.sharing(), k.seed(), k.group() == null ? null : new ArrayList<>(k.group()), driverDir, files));
    }
    return works;
  }

  RunKey runKey() {
    return new RunKey(strategy, task, sharing, seed, group);
  }

  @Override
  public RunEnd run(Path studyDir, LocalData local, JobRunner runner) {
    String source = Path.of(driverStudyDir).getFileName() + "/study.json";
    Study study = Study.resolve(StudyFiles.parse(studyJson, source), studyDir, source);
    ShippedData.Placed placed = ShippedData.onExecutor(study.experiment(), dataFiles, local, studyDir);
    List<TaskMetric> taskMetrics = new ArrayList<>();
    for (int i = 0; i < tasks.size(); i++) {
      taskMetrics.add(new TaskMetric(tasks.get(i), metrics.get(i)));
    }
    PreparedStudy here = new PreparedStudy(study.withExperiment(placed.spec()), taskMetrics, featureNames, dataSha256);
    RunRecord r = StudyRuns.run(here, runKey(), studyDir, runner, List.of());
    placed.paths().add(studyDir.toAbsolutePath().normalize().toString(), driverStudyDir).restore(studyDir.resolve(dir));
    return new RunEnd(r.status(), r.message(), r.wallSeconds());
  }
}
