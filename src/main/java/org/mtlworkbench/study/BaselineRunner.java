package org.mtlworkbench.study;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.mtlworkbench.experiment.ExperimentFiles;
import org.mtlworkbench.experiment.ExperimentSpec;
import org.mtlworkbench.model.TaskSpec;
import org.mtlworkbench.run.JobRunner;
import org.mtlworkbench.run.RecordedRun;
import org.mtlworkbench.run.RunRecorder;
import org.mtlworkbench.store.BaselineRef;
import org.mtlworkbench.store.RunFiles;
import org.mtlworkbench.store.RunManifest;
import org.mtlworkbench.store.RunReader;

/**
 * Obtains the single-task baseline of one task for one seed: from the {@link BaselineCache} when a
 * finished baseline with the same key ({@link BaselineKey}: same spec, seed and data) is there,
 * otherwise by training it ({@link BaselineSpecs}) and adding it to the cache.
 */
public final class BaselineRunner {
  private final BaselineCache cache;
  private final JobRunner runner;
  private final Consumer<String> log;

  /**
   * @param cache where baselines are kept
   * @param runner how to run a training job
   * @param log receives one line per baseline ("baseline 'y1', seed 42: cached in ...")
   */
  public BaselineRunner(BaselineCache cache, JobRunner runner, Consumer<String> log) {
    this.cache = cache;
    this.runner = runner;
    this.log = log;
  }

  public BaselineCache cache() {
    return cache;
  }

  /**
   * @param mtl the multi-task experiment, with the seed to use
   * @param task index of the task
   * @param baseDir the experiment file's folder, or null
   * @param featureNames the features the multi-task run read
   */
  public Baseline obtain(ExperimentSpec mtl, int task, Path baseDir, List<String> featureNames) {
    ExperimentSpec stl = BaselineSpecs.forTask(mtl, task, baseDir, featureNames);
    TaskSpec t = mtl.tasks().get(task);
    long seed = stl.training().seed();
    String key = BaselineKey.of(stl);
    String name = BaselineCache.dirName(t.name(), seed, key);
    Optional<Path> hit = cache.find(name, key);
    if (hit.isPresent()) {
      RunManifest m = RunReader.manifest(hit.get());
      log.accept("baseline '" + t.name() + "', seed " + seed + ": cached in " + hit.get());
      return new Baseline(new BaselineRef(t.name(), seed, hit.get().toString(), true), m.status(), m.message(), m.finalMetrics());
    }
    Path finalDir = cache.root().resolve(name);
    Path tmp = cache.temporary(name);
    ExperimentFiles.write(stl, tmp.resolve(RunFiles.EXPERIMENT));
    Path experimentFile = finalDir.resolve(RunFiles.EXPERIMENT);
    String command = "mtl-workbench train " + experimentFile + " --out DIR";
    log.accept("baseline '" + t.name() + "', seed " + seed + ": training → " + finalDir);
    RecordedRun run = RunRecorder.record(stl, null, experimentFile, tmp, command, runner, List.of());
    RunManifest m = RunReader.manifest(tmp);
    if (!run.finished()) {
      return new Baseline(new BaselineRef(t.name(), seed, tmp.toString(), false), m.status(), m.message(), m.finalMetrics());
    }
    Path dir = cache.commit(tmp, name, key);
    return new Baseline(new BaselineRef(t.name(), seed, dir.toString(), false), m.status(), m.message(), m.finalMetrics());
  }
}
