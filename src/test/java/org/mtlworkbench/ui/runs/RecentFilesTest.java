package org.mtlworkbench.ui.runs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecentFilesTest {
  private static Path p(String name) {
    return Path.of("/tmp/exp", name).toAbsolutePath();
  }

  @Test
  void theFileUsedLastComesFirstAndAppearsOnce() {
    List<Path> recent = List.of(p("a.json"), p("b.json"), p("c.json"));
    assertThat(RecentFiles.used(recent, p("b.json"))).containsExactly(p("b.json"), p("a.json"), p("c.json"));
    assertThat(RecentFiles.used(recent, Path.of("/tmp/exp/./c.json"))).containsExactly(p("c.json"), p("a.json"), p("b.json"));
    assertThat(RecentFiles.used(recent, p("d.json"))).containsExactly(p("d.json"), p("a.json"), p("b.json"), p("c.json"));
  }

  @Test
  void theListKeepsEightFilesDroppingTheOldest() {
    List<Path> recent = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      recent = RecentFiles.used(recent, p(i + ".json"));
    }
    assertThat(recent).hasSize(8).startsWith(p("9.json")).endsWith(p("2.json")).doesNotContain(p("1.json"));
  }

  @Test
  void theListSurvivesTheTripThroughOneStringAndIgnoresBlankLines() {
    List<Path> recent = List.of(p("a b.json"), p("c.json"));
    assertThat(RecentFiles.split(RecentFiles.join(recent))).containsExactlyElementsOf(recent);
    assertThat(RecentFiles.split("\n\n" + p("x.json") + "\n")).containsExactly(p("x.json"));
    assertThat(RecentFiles.split(null)).isEmpty();
  }
}
