package org.mtlworkbench.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files replaced in one step keep what a new file would get, and a failed write leaves the old file. */
class AtomicFilesTest {
  @TempDir Path dir;

  @Test
  void aWrittenFileHasThePermissionsOfAnyNewFileNotOwnerOnly() throws IOException {
    Path plain = Files.createFile(dir.resolve("plain.txt"));
    Path written = dir.resolve("run.json");
    AtomicFiles.writeString(written, "{}\n");
    assertThat(Files.readString(written)).isEqualTo("{}\n");
    assertThat(Files.getPosixFilePermissions(written)).isEqualTo(Files.getPosixFilePermissions(plain));
  }

  @Test
  void aBodyThatFailsLeavesTheEarlierFileAndNoTemporaryFile() throws IOException {
    Path target = dir.resolve("report.html");
    AtomicFiles.writeString(target, "good");
    assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
      out.write("half".getBytes());
      throw new IOException("disk full");
    })).hasMessageContaining("disk full");
    assertThat(Files.readString(target)).isEqualTo("good");
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("report.html");
    }
  }
}
