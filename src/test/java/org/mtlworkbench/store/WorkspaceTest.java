package org.mtlworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtlworkbench.common.InputException;

class WorkspaceTest {
  @TempDir Path tmp;

  @Test
  void theDefaultLocationFollowsTheEnvironment() {
    assertThat(Workspace.defaultRoot(Map.of(Workspace.ENV, "/data/runs", "XDG_DATA_HOME", "/x"), "/home/u")).isEqualTo(Path.of("/data/runs"));
    assertThat(Workspace.defaultRoot(Map.of("XDG_DATA_HOME", "/x"), "/home/u")).isEqualTo(Path.of("/x/mtl-workbench/runs"));
    assertThat(Workspace.defaultRoot(Map.of(Workspace.ENV, " ", "XDG_DATA_HOME", ""), "/home/u"))
        .isEqualTo(Path.of("/home/u/.local/share/mtl-workbench/runs"));
  }

  @Test
  void newRunDirNeverCollidesAndNeverReusesAFolder() throws Exception {
    Workspace ws = new Workspace(tmp.resolve("ws"));
    // folders that already hold something, named as this second's and the next second's run would be
    LocalDateTime now = LocalDateTime.now();
    DateTimeFormatter f = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    for (LocalDateTime t : List.of(now, now.plusSeconds(1))) {
      Path taken = ws.root().resolve(t.format(f) + "-same");
      Files.createDirectories(taken);
      Files.writeString(taken.resolve("marker"), "earlier run");
    }
    Set<Path> made = new HashSet<>();
    for (int i = 0; i < 6; i++) {
      Path d = ws.newRunDir("same");
      assertThat(d.getParent()).isEqualTo(ws.root());
      assertThat(d.getFileName().toString()).matches("\\d{8}-\\d{6}-same(-\\d+)?");
      assertThat(d).isEmptyDirectory();
      made.add(d);
    }
    assertThat(made).hasSize(6);
    assertThat(ws.newRunDir("../../etc").getFileName().toString()).matches("\\d{8}-\\d{6}-etc(-\\d+)?");
  }

  @Test
  void listShowsRunsNewestFirstAndSkipsJunkAndDotFolders() throws Exception {
    Path root = tmp.resolve("ws");
    Workspace ws = new Workspace(root);
    assertThat(ws.list()).as("no folder yet").isEmpty();
    StoredRuns.run(root.resolve("b-oldest"), "oldest", "finished", "2026-01-01T10:00:00Z");
    StoredRuns.run(root.resolve("a-newest"), "newest", "stopped", "2026-03-01T10:00:00Z");
    StoredRuns.run(root.resolve("c-middle"), "middle", "running", "2026-02-01T10:00:00Z");
    StoredRuns.run(root.resolve(".baselines").resolve("x"), "baseline", "finished", "2026-04-01T10:00:00Z");
    StoredRuns.run(root.resolve(".hidden-run"), "hidden", "finished", "2026-04-01T10:00:00Z");
    Files.createDirectories(root.resolve("empty-folder"));
    Files.createDirectories(root.resolve("broken"));
    Files.writeString(root.resolve("broken/run.json"), "{\"formatVersion\": 1, \"name\": ");
    StoredRuns.run(root.resolve("bad-status"), "bad status", "exploded", "2026-05-01T10:00:00Z");
    Files.writeString(root.resolve("notes.txt"), "not a run");

    List<RunEntry> runs = ws.list();
    assertThat(runs).extracting(RunEntry::experiment).containsExactly("newest", "middle", "oldest");
    RunEntry newest = runs.get(0);
    assertThat(newest.dir()).isEqualTo(root.resolve("a-newest"));
    assertThat(newest.startedAt()).isEqualTo(Instant.parse("2026-03-01T10:00:00Z"));
    assertThat(newest.status()).isEqualTo(StoredStatus.STOPPED);
    assertThat(newest.dataset()).isEqualTo("generated");
    assertThat(newest.sharing()).isEqualTo("hard");
    assertThat(newest.strategy()).isEqualTo("equal");
    assertThat(newest.seed()).isEqualTo(5);
    assertThat(newest.steps()).isEqualTo(30);
    assertThat(newest.finalMetrics()).as("test split preferred").isEqualTo(Map.of("y1", Map.of("loss", 0.25)));
    // "running" in run.json, but nobody holds its lock
    assertThat(runs.get(1).status()).isEqualTo(StoredStatus.CRASHED);
    // the folders left out are named, one line each, with what is wrong
    List<String> unreadable = new java.util.ArrayList<>();
    ws.list(unreadable::add);
    assertThat(unreadable).hasSize(2);
    assertThat(unreadable).anySatisfy(m -> assertThat(m).contains("broken", "run.json", "line 1"));
    assertThat(unreadable).anySatisfy(m -> assertThat(m).contains("bad-status", "run.json", "'status'", "'exploded'"));
    assertThat(unreadable).allSatisfy(m -> assertThat(m).doesNotContain("\n"));
  }

  @Test
  void theRunsOfASeedStudyAndOfASweepAreListedButNotTheirBaselines() throws Exception {
    Path root = tmp.resolve("ws");
    Workspace ws = new Workspace(root);
    // train --seeds 2: study/seed-S/run.json, study/summary.json
    StoredRuns.run(root.resolve("study/seed-1"), "study s1", "finished", "2026-01-01T10:00:00Z");
    StoredRuns.run(root.resolve("study/seed-2"), "study s2", "finished", "2026-01-01T11:00:00Z");
    Files.writeString(root.resolve("study/summary.json"), "{}");
    // sweep: sweep/strategy/seed-S/run.json and sweep/baselines/<baseline run>/run.json
    StoredRuns.run(root.resolve("sweep/pcgrad/seed-1"), "sweep pcgrad", "finished", "2026-02-01T10:00:00Z");
    StoredRuns.run(root.resolve("sweep/baselines/y1-seed1"), "baseline", "finished", "2026-02-01T09:00:00Z");
    // four levels down is not looked at
    StoredRuns.run(root.resolve("a/b/c/d"), "too deep", "finished", "2026-03-01T10:00:00Z");

    assertThat(ws.list()).extracting(RunEntry::experiment).containsExactly("sweep pcgrad", "study s2", "study s1");
  }

  @Test
  void aRunWhoseWriterHoldsTheLockIsRunningAndCannotBeDeleted() throws Exception {
    Workspace ws = new Workspace(tmp);
    Path run = StoredRuns.run(tmp.resolve("live"), "live", "running", "2026-01-01T10:00:00Z");
    Path alias = Files.createSymbolicLink(tmp.resolve("alias"), run);
    try (RunLock lock = RunLock.acquire(run)) {
      assertThat(RunLock.isHeld(run)).isTrue();
      // another spelling of the same folder is the same run (and is not probed through a second channel)
      assertThat(RunLock.isHeld(alias)).isTrue();
      assertThatThrownBy(() -> RunLock.acquire(alias)).isInstanceOf(IllegalStateException.class);
      assertThat(RunReader.read(run).status()).isEqualTo(StoredStatus.RUNNING);
      assertThatThrownBy(() -> RunLock.acquire(run)).isInstanceOf(IllegalStateException.class);
      assertThatThrownBy(() -> ws.delete(run)).isInstanceOf(InputException.class).hasMessageContaining("still being written");
    }
    assertThat(run.resolve(RunLock.FILE)).doesNotExist();
    assertThat(RunLock.isHeld(run)).isFalse();
    assertThat(RunReader.read(run).status()).isEqualTo(StoredStatus.CRASHED);
  }

  @Test
  void deleteRemovesARunAndRefusesEverythingElse() throws Exception {
    Path root = tmp.resolve("ws");
    Workspace ws = new Workspace(root);
    Path run = StoredRuns.run(root.resolve("r1"), "r1", "finished", "2026-01-01T10:00:00Z");
    Files.writeString(run.resolve("metrics.csv"), "step,epoch,task,split\n");
    Files.createDirectories(run.resolve("sub"));
    Files.writeString(run.resolve("sub/file"), "x");
    Path outside = StoredRuns.run(tmp.resolve("elsewhere"), "outside", "finished", "2026-01-01T10:00:00Z");
    Path notARun = Files.createDirectories(root.resolve("not-a-run"));
    Path link = Files.createSymbolicLink(root.resolve("link"), outside);

    for (Path refused : List.of(outside, root, root.resolve("../elsewhere"), root.resolve("r1/../../elsewhere"), link, notARun,
        root.resolve("missing"))) {
      assertThatThrownBy(() -> ws.delete(refused)).as(refused.toString()).isInstanceOf(InputException.class);
    }
    assertThat(outside.resolve("run.json")).exists();
    assertThat(notARun).exists();
    assertThat(link).exists();

    ws.delete(run);
    assertThat(run).doesNotExist();
    assertThat(root).exists();
    assertThat(outside.resolve("run.json")).exists();
  }
}
