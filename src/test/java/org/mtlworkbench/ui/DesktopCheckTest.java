package org.mtlworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The check made before JavaFX starts: a bare Linux machine gets one line naming what to install. */
class DesktopCheckTest {
  @TempDir Path dir;

  private static final Map<String, String> X11 = Map.of("DISPLAY", ":0");

  @Test
  void withoutGtk3OnLinuxTheAnswerIsOneLineNamingThePackage() {
    var problem = DesktopCheck.problem("Linux", X11, List.of(dir.resolve("lib"), dir.resolve("usr/lib")), Files::isRegularFile);
    assertThat(problem).contains(DesktopCheck.NO_GTK);
    assertThat(problem.get()).contains("GTK 3", "libgtk-3-0", "gtk3").doesNotContain("\n");
  }

  @Test
  void gtk3InAnyFolderTheLinkerSearchesIsEnough() throws Exception {
    Path lib = Files.createDirectories(dir.resolve("usr/lib/x86_64-linux-gnu"));
    Files.writeString(lib.resolve(DesktopCheck.GTK3), "");
    assertThat(DesktopCheck.problem("Linux", X11, List.of(dir.resolve("lib"), lib), Files::isRegularFile)).isEmpty();
    // a folder named like the library is not the library
    Path other = Files.createDirectories(dir.resolve("other/" + DesktopCheck.GTK3));
    assertThat(DesktopCheck.problem("Linux", X11, List.of(other.getParent()), Files::isRegularFile)).contains(DesktopCheck.NO_GTK);
  }

  @Test
  void gtk3ButNoDisplayIsSaidTooAndOtherSystemsAreNotChecked() {
    Path lib = dir.resolve("lib");
    assertThat(DesktopCheck.problem("Linux", Map.of(), List.of(lib), p -> true)).contains(DesktopCheck.NO_DISPLAY);
    assertThat(DesktopCheck.problem("Linux", Map.of("WAYLAND_DISPLAY", "wayland-0"), List.of(lib), p -> true)).isEmpty();
    assertThat(DesktopCheck.problem("Windows 11", Map.of(), List.of(), p -> false)).isEmpty();
    assertThat(DesktopCheck.problem("Mac OS X", Map.of(), List.of(), p -> false)).isEmpty();
  }

  @Test
  void theFoldersAreLdLibraryPathThenLdSoConfWithItsIncludesThenTheUsualOnes() throws Exception {
    Path confDir = Files.createDirectories(dir.resolve("ld.so.conf.d"));
    Files.writeString(confDir.resolve("a.conf"), "# comment\n/opt/gtk/lib\n");
    Files.writeString(confDir.resolve("b.conf"), "/opt/more/lib # trailing comment\n");
    Files.writeString(confDir.resolve("ignored.txt"), "/opt/not/this\n");
    Path conf = dir.resolve("ld.so.conf");
    Files.writeString(conf, "include " + confDir + "/*.conf\n/opt/top\n");

    List<Path> folders = DesktopCheck.libraryFolders(Map.of("LD_LIBRARY_PATH", "/my/lib::/other/lib"), conf);

    assertThat(folders).startsWith(Path.of("/my/lib"), Path.of("/other/lib"), Path.of("/opt/gtk/lib"), Path.of("/opt/more/lib"),
        Path.of("/opt/top"));
    assertThat(folders).contains(Path.of("/usr/lib/x86_64-linux-gnu"), Path.of("/usr/lib64")).doesNotContain(Path.of("/opt/not/this"));
    // no ld.so.conf at all: the usual folders still count
    assertThat(DesktopCheck.libraryFolders(Map.of(), dir.resolve("missing.conf"))).contains(Path.of("/usr/lib"));
  }
}
