package org.mtlworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafeNamesTest {
  @TempDir Path dir;

  @Test
  void hostileNamesBecomeOneHarmlessPathComponent() throws Exception {
    List<String> hostile = new ArrayList<>(List.of("../../etc/passwd", "a/b\\c", "CON", "con.txt", "  ", "", ".hidden", "..", ".",
        "x".repeat(300), "tab\there\u0000nul\u001fbell\u0007", "<script>alert(1)</script>", "C:\\Windows\\system32", "-rf",
        "Übung 1 — Größe", "日本語".repeat(60), "a\nb\rc", "name?*|\":<>", "~/x", "$HOME"));
    hostile.add(null);
    for (String name : hostile) {
      String safe = SafeNames.fileName(name);
      assertThat(safe).as("from %s", name).isNotBlank().doesNotContain("/", "\\", "\0").isNotIn(".", "..")
          .doesNotStartWith(".").doesNotStartWith("-");
      assertThat(safe.chars()).as("from %s", name).noneMatch(Character::isISOControl);
      assertThat(safe.getBytes(StandardCharsets.UTF_8).length).as("from %s", name).isLessThanOrEqualTo(SafeNames.MAX_BYTES);
      Path p = dir.resolve(safe);
      assertThat(p.getParent()).isEqualTo(dir);
      assertThat(Path.of(safe).getNameCount()).isEqualTo(1);
      Files.createDirectory(p);
      Files.delete(p);
    }
  }

  @Test
  void readableNamesStayReadable() {
    assertThat(SafeNames.fileName("../../etc/passwd")).isEqualTo("etc-passwd");
    assertThat(SafeNames.fileName("a/b\\c")).isEqualTo("a-b-c");
    assertThat(SafeNames.fileName("CON")).isEqualTo("_CON");
    assertThat(SafeNames.fileName("lpt1.csv")).isEqualTo("_lpt1.csv");
    assertThat(SafeNames.fileName("  ")).isEqualTo(SafeNames.FALLBACK);
    assertThat(SafeNames.fileName(".hidden")).isEqualTo("hidden");
    assertThat(SafeNames.fileName("<script>")).isEqualTo("script");
    assertThat(SafeNames.fileName("x".repeat(300))).isEqualTo("x".repeat(SafeNames.MAX_BYTES - 1));
    assertThat(SafeNames.fileName("Übung 1: Größe")).isEqualTo("Übung-1-Größe");
    assertThat(SafeNames.fileName("Correlated regression, p = 0.9")).isEqualTo("Correlated-regression-p-0.9");
    // "ü" as u + combining diaeresis is composed first, not cut into "u-"
    assertThat(SafeNames.fileName("mu\u0308sli")).isEqualTo("müsli");
  }
}
