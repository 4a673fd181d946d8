package org.mtlworkbench.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.Deflater;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A run directory packed at each level a Spark task uses comes back file for file, the lock left out. */
class RunFolderZipTest {

  @ParameterizedTest(name = "level {0}")
  @ValueSource(ints = {Deflater.NO_COMPRESSION, Deflater.BEST_SPEED})
  void packedRunComesBackWhole(int level, @TempDir Path tmp) throws Exception {
    Path run = Files.createDirectories(tmp.resolve("run"));
    StringBuilder csv = new StringBuilder("step,task,loss\n");
    for (int i = 0; i < 5000; i++) {
      csv.append(i).append(",y1,").append(1.0 / (i + 1)).append('\n');
    }
    Files.writeString(run.resolve("metrics.csv"), csv);
    Files.writeString(Files.createDirectories(run.resolve("sub")).resolve("a.txt"), "é\n");
    Files.writeString(run.resolve(org.mtlworkbench.store.RunFiles.LOCK), "lock");

    byte[] zip = RunFolderZip.pack(run, level);
    Path back = tmp.resolve("back");
    Files.createDirectories(back);
    Files.writeString(back.resolve("stale.txt"), "from an earlier attempt");
    RunFolderZip.unpack(zip, back);

    assertThat(Files.readString(back.resolve("metrics.csv"))).isEqualTo(csv.toString());
    assertThat(Files.readString(back.resolve("sub/a.txt"), StandardCharsets.UTF_8)).isEqualTo("é\n");
    assertThat(back.resolve(org.mtlworkbench.store.RunFiles.LOCK)).doesNotExist();
    assertThat(back.resolve("stale.txt")).doesNotExist();
    long raw = csv.length() + 3;
    if (level == Deflater.NO_COMPRESSION) {
      assertThat((long) zip.length).isGreaterThan(raw);
    } else {
      assertThat((long) zip.length).isLessThan(raw / 2);
    }
  }

  @Test
  void anAdoptedFolderReplacesTheOldOneAndItsScratchFolderGoes(@TempDir Path tmp) throws Exception {
    Path scratch = Files.createDirectories(tmp.resolve("study/.spark-runs/run-1"));
    Path folder = Files.createDirectories(scratch.resolve("pcgrad/seed-2"));
    Files.writeString(folder.resolve("metrics.csv"), "step,loss\n0,1\n");
    Files.writeString(folder.resolve(org.mtlworkbench.store.RunFiles.LOCK), "lock");
    Path target = Files.createDirectories(tmp.resolve("study/pcgrad/seed-2"));
    Files.writeString(target.resolve("stale.txt"), "from an earlier attempt");

    RunFolderZip.adopt(folder, "pcgrad/seed-2", target);

    assertThat(Files.readString(target.resolve("metrics.csv"))).isEqualTo("step,loss\n0,1\n");
    assertThat(target.resolve("stale.txt")).doesNotExist();
    assertThat(target.resolve(org.mtlworkbench.store.RunFiles.LOCK)).doesNotExist();
    assertThat(scratch).doesNotExist();
    assertThat(tmp.resolve("study/pcgrad/.seed-2.replaced")).doesNotExist();
  }
}
