package org.mtlworkbench.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtlworkbench.common.InputException;
import org.mtlworkbench.experiment.ExperimentFiles;
import org.mtlworkbench.run.JobRunner;
import org.mtlworkbench.store.RunFiles;
import org.mtlworkbench.study.PreparedStudy;
import org.mtlworkbench.study.Study;
import org.mtlworkbench.study.StudyFiles;
import org.mtlworkbench.study.StudyListener;
import org.mtlworkbench.study.StudyRunner;

class ClusterExportTest {
  @TempDir Path dir;

  private Study study() throws IOException {
    Path data = dir.resolve("mine");
    Files.createDirectories(data);
    Files.writeString(data.resolve("rows.csv"), SparkStudyExecutorTest.csv(120));
    var e = ExperimentFiles.parse("""
        {"schemaVersion": 1, "name": "export test", "data": {"csv": "rows.csv"},
         "tasks": [{"target": "y1"}, {"target": "y2"}], "model": {"backbone": [{"units": 4}]},
         "training": {"epochs": 1, "batchSize": 32, "seed": 3}}""", "exp.json");
    return Study.of(e, data, List.of("equal"), List.of(), 1, false, false);
  }

  @Test
  void theFolderHoldsTheStudyItsDataAndTheCommandAndTheStudyRunsFromThere() throws Exception {
    Study study = study();
    Path out = dir.resolve("export");
    Path cluster = dir.resolve("build/cluster");
    Files.createDirectories(cluster);
    Files.writeString(cluster.resolve(SubmitCommand.CLUSTER_JAR), "a jar");

    List<Path> written = ClusterExport.write(study, out, "spark://head:7077", cluster);

    assertThat(written).containsExactly(out.resolve("study.json"), out.resolve("data/rows.csv"), out.resolve("submit.sh"),
        out.resolve("README.txt"));
    assertThat(out.resolve("data/rows.csv")).hasSameBinaryContentAs(dir.resolve("mine/rows.csv"));
    assertThat(Files.readString(out.resolve("study.json"))).contains("\"data/rows.csv\"").doesNotContain(dir.resolve("mine").toString());
    // the study file reads its data from beside it, wherever the folder is carried
    Path carried = dir.resolve("elsewhere/export");
    Files.createDirectories(carried.getParent());
    Files.move(out, carried);
    Study back = StudyFiles.load(carried.resolve("study.json"));
    assertThat(back.experiment().data().csv()).isEqualTo(carried.resolve("data/rows.csv").toString());
    assertThat(back.toSpec()).isEqualTo(StudyFiles.load(carried.resolve("study.json")).toSpec());
    var outcome = new StudyRunner(PreparedStudy.of(back, "study.json"), carried.resolve("results"), JobRunner.waiting(),
        new StudyListener() {}).run();
    assertThat(outcome.allFinished()).isTrue();
    assertThat(carried.resolve("results/equal/seed-3").resolve(RunFiles.METRICS)).isRegularFile();

    // the script: spark-submit called with SubmitCommand's words, MASTER and CLUSTER defaulted or set
    Path script = carried.resolve("submit.sh");
    assertThat(Files.isExecutable(script)).isTrue();
    Path fake = dir.resolve("fake-spark-submit");
    Files.writeString(fake, "#!/bin/sh\nfor a in \"$@\"; do echo \"$a\"; done\n");
    fake.toFile().setExecutable(true);
    ProcessBuilder pb = new ProcessBuilder("sh", script.toString()).redirectErrorStream(true);
    pb.environment().put("SPARK_SUBMIT", fake.toString());
    pb.environment().remove("MASTER");
    pb.environment().remove("CLUSTER");
    Process p = pb.start();
    List<String> words = new String(p.getInputStream().readAllBytes()).lines().toList();
    assertThat(p.waitFor()).isZero();
    assertThat(words).isEqualTo(SubmitCommand.words(fake.toString(), "spark://head:7077", cluster.toString(), "study.json", "results")
        .subList(1, 16));
  }

  @Test
  void aFolderInUseOrABadMasterIsRefusedInOneLine() throws IOException {
    Study study = study();
    Files.createDirectories(dir.resolve("used"));
    Files.writeString(dir.resolve("used/x"), "");
    assertThatThrownBy(() -> ClusterExport.write(study, dir.resolve("used"), "local[2]", null)).isInstanceOf(InputException.class)
        .hasMessageContaining("give a new or empty folder");
    assertThatThrownBy(() -> ClusterExport.write(study, dir.resolve("new"), "sparc://head:7077", null)).isInstanceOf(InputException.class)
        .hasMessageStartingWith("Spark master sparc://head:7077: not a master URL");
    assertThat(dir.resolve("new")).doesNotExist();
  }

  @Test
  void withoutAKnownClusterFolderTheScriptAsksForOne() throws Exception {
    Path out = dir.resolve("export");
    ClusterExport.write(study(), out, "local[2]", null);
    ProcessBuilder pb = new ProcessBuilder("sh", out.resolve("submit.sh").toString()).redirectErrorStream(true);
    pb.environment().remove("CLUSTER");
    Process p = pb.start();
    String said = new String(p.getInputStream().readAllBytes());
    assertThat(p.waitFor()).isEqualTo(2);
    assertThat(said.strip()).isEqualTo("submit.sh: set CLUSTER to the folder of mtl-workbench-cluster.jar (mtl-workbench's build: target/cluster)");
  }
}
