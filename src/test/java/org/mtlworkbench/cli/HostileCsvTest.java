package org.mtlworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mtlworkbench.common.InputException;
import org.mtlworkbench.data.CsvDatasetLoader;
import org.mtlworkbench.data.Dataset;
import org.mtlworkbench.ui.importer.ColumnRole;
import org.mtlworkbench.ui.importer.CsvImportModel;
import org.mtlworkbench.ui.importer.CsvProfiler;

/**
 * The hostile-input corpus, CSV part: broken data files fed to {@code train} and to the window's
 * import (profile, column check, load). Each must be answered with one plain line naming the file
 * and the line or column, and must leave every input file as it was. Files that are merely odd
 * (a byte-order mark, Windows line ends, unicode names) must load with the right values.
 */
class HostileCsvTest {
  @TempDir Path dir;

  /**
   * A broken data file.
   *
   * @param name what is wrong
   * @param data the file's bytes (null: the case makes its own file)
   * @param tasks the experiment's tasks
   * @param cli what the command line's line must name besides the file
   * @param window what the window's answer must name
   */
  record Case(String name, byte[] data, String tasks, List<String> cli, List<String> window) {
    @Override
    public String toString() {
      return name;
    }
  }

  static final String Y = "[{\"target\": \"y\"}]";
  static final String HEADER = "a,b,y\n";

  /** Twenty good rows "i,2i,3i+0.5"; row {@code bad} (1-based, line bad+1) replaced by {@code replacement}. */
  static String rows(int bad, String replacement) {
    StringBuilder b = new StringBuilder();
    for (int i = 1; i <= 20; i++) {
      b.append(i == bad ? replacement : i + "," + (2 * i) + "," + (3 * i + 0.5)).append('\n');
    }
    return b.toString();
  }

  static String good() {
    return HEADER + rows(0, null);
  }

  static Case c(String name, String text, List<String> cli, List<String> window) {
    return new Case(name, text.getBytes(StandardCharsets.UTF_8), Y, cli, window);
  }

  static Case c(String name, String text, String tasks, List<String> cli, List<String> window) {
    return new Case(name, text.getBytes(StandardCharsets.UTF_8), tasks, cli, window);
  }

  static Case bytes(String name, byte[] data, List<String> cli) {
    return new Case(name, data, Y, cli, cli);
  }

  static byte[] concat(byte[]... parts) {
    int n = 0;
    for (byte[] p : parts) {
      n += p.length;
    }
    byte[] out = new byte[n];
    int at = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, out, at, p.length);
      at += p.length;
    }
    return out;
  }

  static List<Case> broken() {
    List<Case> cases = new ArrayList<>();
    // empty and header-only files
    cases.add(c("empty file", "", List.of("empty"), List.of("empty")));
    cases.add(c("only blank lines", "\n\n\n", List.of("empty"), List.of("empty")));
    cases.add(c("only CRLF blank lines", "\r\n\r\n", List.of("empty"), List.of("empty")));
    cases.add(c("header only", HEADER, List.of("no rows"), List.of("no rows")));
    cases.add(c("header only, CRLF", "a,b,y\r\n", List.of("no rows"), List.of("no rows")));
    cases.add(c("header only with a byte-order mark", "\uFEFFa,b,y\n", List.of("no rows"), List.of("no rows")));
    cases.add(c("header only, no line break", "a,b,y", List.of("no rows"), List.of("no rows")));
    cases.add(c("header and blank lines", "a,b,y\n\n\n", List.of("no rows"), List.of("no rows")));
    cases.add(c("a byte-order mark alone", "\uFEFF", List.of(), List.of()));
    // ragged rows
    cases.add(c("too few values", HEADER + rows(5, "5,10"), List.of("line 6", "2 values", "3 columns"), List.of("line 6")));
    cases.add(c("too many values", HEADER + rows(5, "5,10,15,20"), List.of("line 6", "4 values"), List.of("line 6")));
    cases.add(c("ragged last row", HEADER + rows(20, "20"), List.of("line 21"), List.of("line 21")));
    cases.add(c("ragged row, CRLF", (HEADER + rows(7, "7,14")).replace("\n", "\r\n"), List.of("line 8"), List.of("line 8")));
    cases.add(c("ragged row after a byte-order mark", "\uFEFF" + HEADER + rows(3, "1"), List.of("line 4"), List.of("line 4")));
    cases.add(c("thousands separator splits a row", HEADER + rows(4, "4,1,000,12"), List.of("line 5", "4 values"), List.of("line 5")));
    cases.add(c("ragged row, CR line ends", (HEADER + rows(2, "2")).replace("\n", "\r"), List.of("line 3"), List.of("line 3")));
    // cells that are not numbers
    cases.add(c("text in a feature", HEADER + rows(5, "5,abc,15"), List.of("line 6", "'b'", "abc"), List.of("'b'", "abc")));
    cases.add(c("missing feature", HEADER + rows(5, "5,,15"), List.of("line 6", "'b'"), List.of("'b'")));
    cases.add(c("NaN feature", HEADER + rows(5, "5,NaN,15"), List.of("line 6", "'b'"), List.of("'b'")));
    cases.add(c("quoted empty feature", HEADER + rows(5, "5,\"\",15"), List.of("line 6", "'b'"), List.of("'b'")));
    cases.add(c("row of commas", HEADER + rows(5, ",,"), List.of("line 6"), List.of("'a'")));
    cases.add(c("infinite feature 'inf'", HEADER + rows(5, "5,inf,15"), List.of("line 6", "'b'"), List.of("'b'")));
    cases.add(c("infinite feature 'Infinity'", HEADER + rows(5, "5,Infinity,15"), List.of("line 6", "'b'"), List.of("'b'")));
    cases.add(c("infinite feature '-Infinity'", HEADER + rows(5, "5,-Infinity,15"), List.of("line 6", "'b'"), List.of("'b'")));
    cases.add(c("feature beyond double (1e400)", HEADER + rows(5, "5,1e400,15"), List.of("line 6", "'b'"), List.of("'b'")));
    cases.add(c("feature beyond float (1e39)", HEADER + rows(5, "5,1e39,15"), List.of("line 6", "'b'"), List.of("'b'")));
    cases.add(c("feature beyond float (-3.5e38)", HEADER + rows(5, "5,-3.5e38,15"), List.of("line 6", "'b'"), List.of("'b'")));
    cases.add(c("hex feature", HEADER + rows(5, "5,0x10,15"), List.of("line 6", "'b'"), List.of("'b'")));
    cases.add(c("hex float feature", HEADER + rows(5, "5,0x1p3,15"), List.of("line 6", "'b'"), List.of("'b'")));
    cases.add(c("Java float suffix", HEADER + rows(5, "5,1f,15"), List.of("line 6", "'b'"), List.of("'b'")));
    cases.add(c("Java double suffix", HEADER + rows(5, "5,2.5d,15"), List.of("line 6", "'b'"), List.of("'b'")));
    cases.add(c("decimal comma, quoted", HEADER + rows(5, "5,\"1,5\",15"), List.of("line 6", "'b'"), List.of("'b'")));
    cases.add(c("underscore digits", HEADER + rows(5, "5,1_000,15"), List.of("line 6", "'b'"), List.of("'b'")));
    cases.add(c("quote inside a cell", HEADER + rows(5, "5,2\"x,15"), List.of("line 6"), List.of("'b'")));
    cases.add(c("header repeated as a row", HEADER + rows(5, "a,b,y"), List.of("line 6", "'a'"), List.of("'a'")));
    cases.add(c("NUL byte in a feature", HEADER + rows(5, "5,\u0000,15"), List.of("line 6", "'b'"), List.of("'b'")));
    cases.add(c("control character in a feature", HEADER + rows(5, "5,\u0007\u001b[31m,15"), List.of("line 6", "'b'"), List.of("'b'")));
    cases.add(c("a megabyte of text in a feature", HEADER + rows(5, "5," + "x".repeat(1 << 20) + ",15"), List.of("line 6", "'b'"),
        List.of("'b'")));
    cases.add(c("emoji in a feature", HEADER + rows(5, "5,\uD83D\uDE00,15"), List.of("line 6", "'b'"), List.of("'b'")));
    cases.add(c("right-to-left text in a feature", HEADER + rows(5, "5,\u202Eabc,15"), List.of("line 6", "'b'"), List.of("'b'")));
    // quoting
    cases.add(c("unclosed quote", HEADER + rows(5, "5,\"10,15"), List.of(), List.of()));
    cases.add(c("unclosed quote on the last line", HEADER + rows(20, "20,40,\"60"), List.of(), List.of()));
    cases.add(c("text after a closing quote", HEADER + rows(5, "5,\"10\"x,15"), List.of("line 6"), List.of("line 6")));
    cases.add(c("header name with a line break", "\"a\nb\",c,y\n" + rows(3, "x,6,9.5"), List.of("a b", "line 5"), List.of("a b")));
    // the header
    cases.add(c("duplicate column", "a,a,y\n" + rows(0, null), List.of("line 1", "'a'", "twice"), List.of("'a'", "twice")));
    cases.add(c("empty column name", "a,,y\n" + rows(0, null), List.of("line 1", "column 2"), List.of("line 1", "column 2")));
    cases.add(c("trailing comma in the header", "a,b,y,\n" + rows(0, null), List.of("line 1", "column 4"), List.of("column 4")));
    cases.add(c("blank header names", "  ,  ,  \n" + rows(0, null), List.of("line 1", "column 1"), List.of("column 1")));
    cases.add(c("no target column", "a,b,z\n" + rows(0, null), List.of("'y'", "a, b, z"), List.of()));
    cases.add(c("tab-separated", (HEADER + rows(0, null)).replace(',', '\t'), List.of("'y'"), List.of()));
    cases.add(c("semicolon-separated", (HEADER + rows(0, null)).replace(',', ';'), List.of("'y'", "a;b;y"), List.of()));
    cases.add(c("header with a tab in a name", "a,\"b\tc\",y\n" + rows(5, "5,x,15"), List.of("line 6", "'b c'"), List.of("'b c'")));
    cases.add(c("no feature left", "y\n1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n", List.of("no feature"), List.of("feature")));
    // targets
    cases.add(c("every label empty", HEADER + rows(0, null).replaceAll(",[0-9.]+\n", ",\n"), List.of("'y'"), List.of("'y'")));
    cases.add(c("text label of a regression target", HEADER + rows(5, "5,10,high"), "[{\"target\": \"y\", \"type\": \"regression\"}]",
        List.of("line 6", "'y'", "high"), List.of("'y'", "high")));
    cases.add(c("binary target with three labels", HEADER + rows(0, null).replaceAll(",([0-9.]+)\n", ",a\n").replaceFirst(",a\n", ",b\n")
        .replaceFirst(",a\n", ",c\n"), "[{\"target\": \"y\", \"type\": \"binary\"}]", List.of("'y'"), List.of("'y'")));
    cases.add(c("classification target with one label", HEADER + rows(0, null).replaceAll(",[0-9.]+\n", ",a\n"),
        "[{\"target\": \"y\", \"type\": \"multiclass\"}]", List.of("'y'"), List.of("'y'")));
    cases.add(c("infinite label", HEADER + rows(5, "5,10,inf"), List.of("line 6", "'y'"), List.of("'y'")));
    cases.add(c("label beyond double", HEADER + rows(5, "5,10,1e999"), List.of("line 6", "'y'"), List.of("'y'")));
    cases.add(c("too many classes", HEADER + manyClasses(), "[{\"target\": \"y\", \"type\": \"multiclass\"}]", List.of("'y'"),
        List.of("'y'")));
    // encodings
    cases.add(bytes("Latin-1 byte", concat(HEADER.getBytes(StandardCharsets.UTF_8), "1,caf".getBytes(StandardCharsets.UTF_8),
        new byte[] {(byte) 0xE9}, ",3\n".getBytes(StandardCharsets.UTF_8)), List.of("UTF-8")));
    cases.add(bytes("UTF-16 with a byte-order mark", concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, good().getBytes(StandardCharsets.UTF_16LE)),
        List.of()));
    cases.add(bytes("a PNG image", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', (byte) 0xFF,
        (byte) 0xD8}, List.of()));
    cases.add(bytes("a lone surrogate half", concat("a,b,y\n1,".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xED, (byte) 0xA0,
        (byte) 0x80}, ",3\n".getBytes(StandardCharsets.UTF_8)), List.of("UTF-8")));
    cases.add(bytes("gzip-compressed CSV", new byte[] {0x1F, (byte) 0x8B, 0x08, 0, 0, 0, 0, 0, 0, 3, (byte) 0xF3, (byte) 0xC9}, List.of()));
    // what is not a file
    cases.add(new Case("a folder named data.csv", null, Y, List.of("folder"), List.of("folder")));
    cases.add(new Case("no such file", null, Y, List.of("no such file"), List.of("no such file")));
    cases.add(new Case("a link to nothing", null, Y, List.of(), List.of()));
    return cases;
  }

  private static String manyClasses() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 1100; i++) {
      b.append(i).append(',').append(i % 7).append(",class").append(i).append('\n');
    }
    return b.toString();
  }

  /** Writes the case's data.csv (or what stands in its place) and the experiment beside it. */
  private Path setUp(Case k) throws IOException {
    Path csv = dir.resolve("data.csv");
    switch (k.name()) {
      case "a folder named data.csv" -> Files.createDirectories(csv);
      case "no such file" -> { }
      case "a link to nothing" -> Files.createSymbolicLink(csv, dir.resolve("gone.csv"));
      default -> Files.write(csv, k.data());
    }
    Path exp = dir.resolve("exp.json");
    Files.writeString(exp, """
        {"schemaVersion": 1, "name": "hostile", "data": {"csv": "data.csv"}, "tasks": %s,
         "model": {"backbone": [{"units": 4}], "head": []}, "training": {"epochs": 1, "batchSize": 4, "seed": 1}}
        """.formatted(k.tasks()));
    return exp;
  }

  static Stream<Arguments> brokenCases() {
    return broken().stream().map(Arguments::of);
  }

  @ParameterizedTest(name = "train: {0}")
  @MethodSource("brokenCases")
  void trainAnswersABrokenCsvWithOnePlainLine(Case k) throws IOException {
    Path exp = setUp(k);
    Snapshot before = Snapshot.of(dir);
    Path out = dir.resolve("run");
    CliRunner.Result r = CliRunner.run("train", exp.toString(), "--out", out.toString(), "--quiet");
    String line = PlainMessage.cliError(r);
    List<String> names = new ArrayList<>(k.cli());
    names.add(0, "data.csv");
    PlainMessage.assertPlain(line, names.toArray(String[]::new));
    assertThat(Snapshot.of(dir).without("run")).as("the inputs are left as they were").isEqualTo(before);
  }

  @ParameterizedTest(name = "import: {0}")
  @MethodSource("brokenCases")
  void theImportAnswersABrokenCsvWithOnePlainLine(Case k) throws IOException {
    setUp(k);
    Snapshot before = Snapshot.of(dir);
    String answer = windowImport(dir.resolve("data.csv"), k.tasks().contains("\"type\"")
        ? k.tasks().replaceAll(".*\"type\": \"(\\w+)\".*", "$1") : null);
    assertThat(answer).as("the import refuses the file").isNotNull();
    PlainMessage.assertPlain(answer, k.window().toArray(String[]::new));
    assertThat(Snapshot.of(dir)).as("the file is left as it was").isEqualTo(before);
  }

  /**
   * What the import dialog would show for {@code file} with column y as the target (of {@code
   * type} when given): the profiler's error, the first column problem, or the loader's error; null
   * when the file imports.
   */
  static String windowImport(Path file, String type) {
    CsvProfiler.Result profile;
    try {
      profile = CsvProfiler.read(file);
    } catch (InputException e) {
      return e.getMessage();
    }
    if (profile.error() != null) {
      return profile.error();
    }
    CsvImportModel model = new CsvImportModel(profile);
    model.column("y").ifPresent(y -> {
      y.roleProperty().set(ColumnRole.TARGET);
      if (type != null) {
        y.typeProperty().set(org.mtlworkbench.model.TaskSpec.typeOf(type));
      }
    });
    if (!model.problems().isEmpty()) {
      return model.problems().get(0);
    }
    Throwable t = catchThrowable(() -> CsvDatasetLoader.load(file, model.csvOptions()));
    if (t == null) {
      return null;
    }
    assertThat(t).as("a plain refusal, not a crash").isInstanceOf(InputException.class);
    return t.getMessage();
  }

  // --- files that are odd but fine ---

  record Fine(String name, byte[] data, List<String> features, double firstY) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Arguments> fineCases() {
    String g = good();
    return Stream.of(
        new Fine("byte-order mark", ("\uFEFF" + g).getBytes(StandardCharsets.UTF_8), List.of("a", "b"), 3.5),
        new Fine("CRLF line ends", g.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8), List.of("a", "b"), 3.5),
        new Fine("CR line ends", g.replace("\n", "\r").getBytes(StandardCharsets.UTF_8), List.of("a", "b"), 3.5),
        new Fine("byte-order mark and CRLF", ("\uFEFF" + g.replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8), List.of("a", "b"), 3.5),
        new Fine("no final line break", g.strip().getBytes(StandardCharsets.UTF_8), List.of("a", "b"), 3.5),
        new Fine("blank lines between rows", g.replace("\n2,", "\n\n\n2,").getBytes(StandardCharsets.UTF_8), List.of("a", "b"), 3.5),
        new Fine("spaces around numbers", g.replace("1,2,3.5", " 1 , 2 , 3.5 ").getBytes(StandardCharsets.UTF_8), List.of("a", "b"), 3.5),
        new Fine("unicode column names", g.replaceFirst("a,b,y", "größe,日本,y").getBytes(StandardCharsets.UTF_8), List.of("größe", "日本"),
            3.5),
        new Fine("quoted numbers", g.replace("1,2,3.5", "\"1\",\"2\",\"3.5\"").getBytes(StandardCharsets.UTF_8), List.of("a", "b"), 3.5),
        new Fine("exponents and signs", g.replace("1,2,3.5", "+1,2E0,3.5e0").getBytes(StandardCharsets.UTF_8), List.of("a", "b"), 3.5),
        new Fine("a missing label", g.replace("1,2,3.5", "1,2,").getBytes(StandardCharsets.UTF_8), List.of("a", "b"), Double.NaN))
        .map(Arguments::of);
  }

  @ParameterizedTest(name = "loads: {0}")
  @MethodSource("fineCases")
  void oddButValidFilesLoadWithTheirValues(Fine k) throws IOException {
    Path csv = dir.resolve("data.csv");
    Files.write(csv, k.data());
    assertThat(windowImport(csv, null)).as("the import takes it").isNull();
    Dataset d = CsvDatasetLoader.load(csv, new org.mtlworkbench.data.CsvOptions(List.of("y"), null,
        org.mtlworkbench.data.Imputation.NONE, java.util.Map.of()));
    assertThat(d.rows()).isEqualTo(20);
    assertThat(d.featureNames()).isEqualTo(k.features());
    assertThat(d.features()[0]).isEqualTo(1f);
    assertThat(d.features()[1]).isEqualTo(2f);
    double y0 = d.targets().get(0).values()[0];
    if (Double.isNaN(k.firstY())) {
      assertThat(d.targets().get(0).labelledCount()).isEqualTo(19);
    } else {
      assertThat(y0).isEqualTo(k.firstY());
    }
  }
}
