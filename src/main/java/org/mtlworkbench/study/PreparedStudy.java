package org.mtlworkbench.study;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mtlworkbench.common.InputException;
import org.mtlworkbench.experiment.ExperimentSpec;
import org.mtlworkbench.model.Sharing;
import org.mtlworkbench.model.TaskSpec;
import org.mtlworkbench.run.AssembledRun;
import org.mtlworkbench.run.ExperimentAssembler;

/**
 * A study together with what only its data can tell: the tasks' metrics (an experiment may leave
 * them to the task type, detected from the data), the feature columns a single-task baseline must
 * read (the multi-task run's, pinned, so that the other tasks' targets do not become features),
 * and the data file's fingerprint (so that a study is never resumed on changed data).
 *
 * <p>{@link #of} loads the data and builds the model once per sharing scheme: an experiment that
 * does not load is refused before any run starts. A process that only runs planned runs (a
 * cluster's executor) can rebuild this record from the study directory's files instead
 * ({@link StudyDirectory#prepared}).
 *
 * @param study the study
 * @param tasks the tasks and their metrics, in model order
 * @param featureNames the feature columns of CSV data, in order (null for generated data)
 * @param dataSha256 SHA-256 of the CSV file (null for generated data)
 */
public record PreparedStudy(Study study, List<TaskMetric> tasks, List<String> featureNames, String dataSha256) {

  public PreparedStudy {
    tasks = List.copyOf(tasks);
    featureNames = featureNames == null ? null : List.copyOf(featureNames);
  }

  /**
   * @param source names the study (file) in messages
   * @throws InputException one line, when the experiment does not load under one of the sharing
   *     schemes
   */
  public static PreparedStudy of(Study study, String source) {
    List<TaskMetric> tasks = null;
    List<String> features = null;
    for (Sharing sharing : study.sharings()) {
      AssembledRun a;
      try {
        a = ExperimentAssembler.assemble(study.multiTask(study.strategies().get(0), sharing, study.seeds().get(0)), null);
      } catch (InputException e) {
        throw new InputException((source == null ? "" : source + ", in 'experiment': ") + e.getMessage(), e);
      }
      if (tasks == null) {
        tasks = TaskMetric.of(a.job().model().tasks());
        features = a.data().train().featureNames();
      }
    }
    String csv = study.experiment().data().csv();
    return new PreparedStudy(study, tasks, csv == null ? null : features, csv == null ? null : BaselineKey.fileHash(Path.of(csv)));
  }

  public StudyPlan plan() {
    return StudyPlan.of(study);
  }

  /** The experiment of a planned run, exactly as it will run. */
  public ExperimentSpec spec(RunKey key) {
    Sharing sharing = key.sharingMode();
    List<String> features = featureNames == null ? new ArrayList<>() : featureNames;
    if (key.grouped()) {
      ExperimentSpec mtl = study.multiTask(key.strategy(), sharing, key.seed());
      return TaskSubset.of(mtl, TaskSubset.indices(mtl, key.group()), null, features)
          .withName(mtl.name() + " · group " + TaskGroups.joined(key.group()));
    }
    if (!key.baseline()) {
      return study.multiTask(key.strategy(), sharing, key.seed());
    }
    List<String> names = study.experiment().tasks().stream().map(TaskSpec::name).toList();
    int k = names.indexOf(key.task());
    if (k < 0) {
      throw new IllegalArgumentException("the study has no task '" + key.task() + "'");
    }
    ExperimentSpec mtl = study.multiTask(study.strategies().get(0), sharing, key.seed());
    return BaselineSpecs.forTask(mtl, k, null, features);
  }
}
