package org.mtlworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mtlworkbench.common.InputException;
import org.mtlworkbench.experiment.ExperimentFiles;
import org.mtlworkbench.store.RunReader;
import org.mtlworkbench.store.StoredRun;
import org.mtlworkbench.store.Workspace;
import org.mtlworkbench.ui.runs.CompareViewModel;

/**
 * The hostile-input corpus, run-directory part: a real run directory, damaged one way per case
 * (run.json cut short or of the wrong shape, metrics and conflicts with bad lines, files that are
 * folders, ...), then read by {@code report}, by {@code runs}, and by what the window does (open a
 * run, list the workspace, compare). A damaged run is answered with one plain line naming the file
 * and the line or field; the run directory, the other runs and an earlier report are left as they
 * were. Damage a crash can do (a half-written last line, a missing conflicts file) is read past.
 */
class HostileRunDirectoryTest {
  @TempDir static Path made;
  private static Path base;

  @TempDir Path dir;

  /** One real run, trained once for the whole corpus. */
  @BeforeAll
  static void trainOneRun() throws IOException {
    Path exp = Experiments.write(made, "exp.json", Experiments.generated("{\"backbone\": [{\"units\": 8}]}",
        "{\"epochs\": 2, \"batchSize\": 64, \"seed\": 5}", ""));
    base = made.resolve("run");
    CliRunner.Result r = CliRunner.run("train", exp.toString(), "--out", base.toString(), "--quiet");
    assertThat(r.exitCode()).as(r.err()).isZero();
  }

  /**
   * @param name what is damaged
   * @param file the file at fault (run.json, metrics.csv, conflicts.csv), or "" for the folder
   * @param damage what is done to the copy of the run
   * @param names what the answer must name besides the file
   */
  record Case(String name, String file, Consumer<Path> damage, List<String> names) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Case json(String name, UnaryOperator<ObjectNode> edit, String... names) {
    return new Case(name, "run.json", d -> {
      try {
        ObjectNode tree = (ObjectNode) ExperimentFiles.mapper().readTree(Files.readString(d.resolve("run.json")));
        Files.writeString(d.resolve("run.json"), ExperimentFiles.mapper().writeValueAsString(edit.apply(tree)));
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }, List.of(names));
  }

  static Case text(String name, String file, UnaryOperator<String> edit, String... names) {
    return new Case(name, file, d -> {
      try {
        Files.writeString(d.resolve(file), edit.apply(Files.readString(d.resolve(file))));
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }, List.of(names));
  }

  static Case bytes(String name, String file, byte[] content, String... names) {
    return new Case(name, file, d -> {
      try {
        Files.write(d.resolve(file), content);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }, List.of(names));
  }

  static Case folder(String name, String file, String... names) {
    return new Case(name, file, d -> {
      try {
        Files.delete(d.resolve(file));
        Files.createDirectories(d.resolve(file));
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }, List.of(names));
  }

  /** Line {@code n} (1-based) of a text replaced by {@code by}. */
  static UnaryOperator<String> line(int n, UnaryOperator<String> by) {
    return t -> {
      List<String> lines = new ArrayList<>(List.of(t.split("\n", -1)));
      lines.set(n - 1, by.apply(lines.get(n - 1)));
      return String.join("\n", lines);
    };
  }

  static JsonNode node(String json) {
    try {
      return ExperimentFiles.mapper().readTree(json);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static List<Case> broken() {
    List<Case> cases = new ArrayList<>();
    // run.json that is not a run
    cases.add(new Case("no run.json", "run.json", d -> delete(d.resolve("run.json")), List.of("no such file")));
    cases.add(bytes("run.json empty", "run.json", new byte[0], "empty"));
    cases.add(text("run.json only spaces", "run.json", t -> "  \n\n", "empty"));
    cases.add(text("run.json cut in half", "run.json", t -> t.substring(0, t.length() / 2), "line"));
    cases.add(text("run.json cut after one byte", "run.json", t -> t.substring(0, 1), "line 1"));
    cases.add(text("run.json null", "run.json", t -> "null", "null"));
    cases.add(text("run.json a list", "run.json", t -> "[]", "expected an object"));
    cases.add(text("run.json a string", "run.json", t -> "\"run\"", "expected an object"));
    cases.add(text("run.json a number", "run.json", t -> "42", "expected an object"));
    cases.add(text("run.json two objects", "run.json", t -> t + t, "more follows"));
    cases.add(text("run.json trailing garbage", "run.json", t -> t + "}", "line"));
    cases.add(text("run.json comment", "run.json", t -> "// saved\n" + t, "line 1", "comments"));
    cases.add(text("run.json control character", "run.json", t -> t.replaceFirst("\"name\" : \"", "\"name\" : \"\u0007"), "line 3"));
    cases.add(text("run.json nested 3000 deep", "run.json", t -> t.replaceFirst("\"data\" : \\{", "\"data\" : {\"x\": "
        + "[".repeat(3000) + "]".repeat(3000) + ", "), "nested"));
    cases.add(text("run.json 3000-digit number", "run.json", t -> t.replaceFirst("\"wallSeconds\" : [0-9.eE-]+",
        "\"wallSeconds\" : 1" + "0".repeat(3000)), "digits"));
    cases.add(bytes("run.json NUL bytes", "run.json", new byte[] {0, 0, 0}, "line 1"));
    cases.add(bytes("run.json Latin-1", "run.json", "{\"name\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1), "UTF-8"));
    cases.add(bytes("run.json UTF-16", "run.json", "{\"name\": 1}".getBytes(StandardCharsets.UTF_16), "UTF-8"));
    cases.add(folder("run.json a folder", "run.json", "folder"));
    // fields of the wrong kind
    cases.add(json("status unknown", t -> t.put("status", "exploded"), "'status'", "exploded"));
    cases.add(json("status missing", t -> (ObjectNode) t.without("status"), "'status'"));
    cases.add(json("status a number", t -> t.put("status", 5), "status"));
    cases.add(json("status crashed (never written)", t -> t.put("status", "crashed"), "'status'", "crashed"));
    cases.add(json("status null", t -> t.putNull("status"), "'status'"));
    cases.add(json("steps as text", t -> t.put("steps", "many"), "steps", "many"));
    cases.add(json("steps 1.5", t -> t.put("steps", 1.5), "steps", "1.5"));
    cases.add(json("steps 1e30", t -> t.put("steps", 1e30), "steps"));
    cases.add(json("seed as text", t -> t.put("seed", "abc"), "seed", "abc"));
    cases.add(json("totalSteps a list", t -> t.set("totalSteps", node("[1]")), "totalSteps"));
    cases.add(json("tasks a string", t -> t.put("tasks", "y1"), "tasks"));
    cases.add(json("tasks of numbers", t -> t.set("tasks", node("[1, 2]")), "tasks[0]"));
    cases.add(json("experiment a string", t -> t.put("experiment", "x"), "experiment"));
    cases.add(json("experiment with an unknown field", t -> {
      ((ObjectNode) t.get("experiment")).put("bogus", 1);
      return t;
    }, "experiment.bogus"));
    cases.add(json("experiment with epochs 0", t -> {
      ((ObjectNode) t.get("experiment").get("training")).put("epochs", 0);
      return t;
    }, "epochs"));
    cases.add(json("experiment of schema 9", t -> {
      ((ObjectNode) t.get("experiment")).put("schemaVersion", 9);
      return t;
    }, "schemaVersion"));
    cases.add(json("finalMetrics a list", t -> t.set("finalMetrics", node("[]")), "finalMetrics"));
    cases.add(json("final metric as text", t -> {
      ((ObjectNode) t.get("finalMetrics").get("test").get("y1")).put("loss", "low");
      return t;
    }, "finalMetrics.test.y1.loss", "low"));
    cases.add(json("findings an object", t -> t.set("findings", node("{}")), "findings"));
    cases.add(json("unknown field", t -> t.put("bogus", 1), "bogus"));
    cases.add(text("a field given twice", "run.json", t -> t.replaceFirst("\"steps\" :", "\"steps\" : 1, \"steps\" :"), "steps",
        "twice"));
    cases.add(json("startedAt a number", t -> t.put("startedAt", 5), "startedAt"));
    cases.add(json("versions a list", t -> t.set("versions", node("[]")), "versions"));
    cases.add(json("data a string", t -> t.put("data", "x"), "data"));
    cases.add(json("name a list", t -> t.set("name", node("[\"a\"]")), "name"));
    cases.add(json("formatVersion as text", t -> t.put("formatVersion", "one"), "formatVersion"));
    cases.add(json("wallSeconds as a word", t -> t.put("wallSeconds", "slow"), "wallSeconds", "slow"));
    // metrics.csv with bad lines before its last
    cases.add(text("step as text", "metrics.csv", line(3, l -> "abc" + l.substring(l.indexOf(','))), "line 3", "'step'", "abc"));
    cases.add(text("step 1.5", "metrics.csv", line(3, l -> "1.5" + l.substring(l.indexOf(','))), "line 3", "'step'"));
    cases.add(text("step 1e30", "metrics.csv", line(3, l -> "1e30" + l.substring(l.indexOf(','))), "line 3", "'step'"));
    cases.add(text("step beyond long", "metrics.csv", line(3, l -> "99999999999999999999" + l.substring(l.indexOf(','))), "line 3"));
    cases.add(text("loss as text", "metrics.csv", line(4, l -> l.replaceFirst("(^[^,]*,[^,]*,[^,]*,train,)[^,]*", "$1low")), "line 4",
        "'loss'", "low"));
    cases.add(text("epoch as text", "metrics.csv", line(4, l -> l.replaceFirst("^([^,]*,)[^,]*", "$1first")), "line 4", "'epoch'"));
    cases.add(text("too few cells", "metrics.csv", line(5, l -> l.substring(0, l.lastIndexOf(','))), "line 5"));
    cases.add(text("too many cells", "metrics.csv", line(5, l -> l + ",1"), "line 5"));
    cases.add(text("decimal comma in a loss", "metrics.csv", line(5, l -> l.replaceFirst("\\.", ",")), "line 5"));
    cases.add(text("steps going back", "metrics.csv", line(8, l -> "0" + l.substring(l.indexOf(','))), "line 8", "step"));
    cases.add(text("NUL in a loss", "metrics.csv", line(4, l -> l.replaceFirst("(^[^,]*,[^,]*,[^,]*,train,)[^,]*", "$1\u0000")),
        "line 4"));
    cases.add(text("unclosed quote", "metrics.csv", line(4, l -> l.replaceFirst(",train,", ",\"train,")), "line 4"));
    cases.add(text("text after a quote", "metrics.csv", line(4, l -> l.replaceFirst(",train,", ",\"train\"x,")), "line 4"));
    cases.add(text("header of another file", "metrics.csv", line(1, l -> "epoch,step,task,split,loss"), "line 1", "step"));
    cases.add(text("header missing", "metrics.csv", t -> t.substring(t.indexOf('\n') + 1), "line 1"));
    cases.add(bytes("a PNG image", "metrics.csv", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 'x', '\n'}, "line 1"));
    cases.add(folder("metrics.csv a folder", "metrics.csv", "folder"));
    // conflicts.csv
    // the fourth field: conflicts.csv may end with lagged_cosine since the lagged measurement came in
    cases.add(text("cosine as text", "conflicts.csv", line(3, l -> String.join(",", withField(l.split(",", -1), 3, "high"))),
        "line 3", "'cosine'", "high"));
    cases.add(text("conflict step as text", "conflicts.csv", line(3, l -> "x" + l.substring(l.indexOf(','))), "line 3", "'step'"));
    cases.add(text("a task paired with itself", "conflicts.csv", line(3, l -> l.replace("y2", "y1")), "line 3", "itself"));
    cases.add(text("conflicts header of another file", "conflicts.csv", line(1, l -> "a,b,c,d"), "line 1"));
    cases.add(folder("conflicts.csv a folder", "conflicts.csv", "folder"));
    return cases;
  }

  static List<Case> tolerated() {
    List<Case> cases = new ArrayList<>();
    cases.add(new Case("no metrics.csv", "metrics.csv", d -> delete(d.resolve("metrics.csv")), List.of()));
    cases.add(bytes("metrics.csv empty", "metrics.csv", new byte[0]));
    cases.add(text("metrics.csv header only", "metrics.csv", t -> t.substring(0, t.indexOf('\n') + 1)));
    cases.add(text("last metrics line cut short", "metrics.csv", t -> t + "99,1,y1,tra"));
    cases.add(text("last metrics line cut inside a quote", "metrics.csv", t -> t + "99,1,\"y1"));
    cases.add(new Case("no conflicts.csv", "conflicts.csv", d -> delete(d.resolve("conflicts.csv")), List.of()));
    cases.add(text("last conflicts line cut short", "conflicts.csv", t -> t + "99,y1"));
    cases.add(text("run.json with a byte-order mark", "run.json", t -> "\uFEFF" + t));
    cases.add(text("run.json with CRLF", "run.json", t -> t.replace("\n", "\r\n")));
    cases.add(text("metrics.csv with a byte-order mark", "metrics.csv", t -> "\uFEFF" + t));
    cases.add(text("metrics.csv with CRLF", "metrics.csv", t -> t.replace("\n", "\r\n")));
    cases.add(json("a crashed run", t -> t.put("status", "running").put("steps", 0).put("wallSeconds", 0.0)));
    cases.add(json("unicode and emoji in the name", t -> t.put("name", "Größe 日本 😀, hard sharing")));
    cases.add(json("wallSeconds not a number", t -> t.put("wallSeconds", "NaN")));
    return cases;
  }

  private static void delete(Path p) {
    try {
      Files.delete(p);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** ws/good (an intact copy) and ws/damaged (the case's); returns the damaged one. */
  private Path setUp(Case k) throws IOException {
    copy(base, dir.resolve("ws/good"));
    Path damaged = copy(base, dir.resolve("ws/damaged"));
    k.damage().accept(damaged);
    Files.createDirectories(dir.resolve("out"));
    Files.writeString(dir.resolve("out/report.html"), "an earlier report");
    return damaged;
  }

  private static Path copy(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (Stream<Path> files = Files.list(from)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        if (Files.isRegularFile(f) && !f.getFileName().toString().equals("run.lock")) {
          Files.copy(f, to.resolve(f.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
    return to;
  }

  static Stream<Arguments> brokenCases() {
    return broken().stream().map(Arguments::of);
  }

  static Stream<Arguments> toleratedCases() {
    return tolerated().stream().map(Arguments::of);
  }

  private String[] names(Case k) {
    List<String> n = new ArrayList<>(k.names());
    n.add(0, k.file());
    n.add(0, "damaged");
    return n.toArray(String[]::new);
  }

  @ParameterizedTest(name = "report: {0}")
  @MethodSource("brokenCases")
  void reportAnswersADamagedRunWithOnePlainLineAndKeepsTheEarlierReport(Case k) throws IOException {
    Path damaged = setUp(k);
    Snapshot before = Snapshot.of(dir);
    CliRunner.Result r = CliRunner.run("report", damaged.toString(), "--html", dir.resolve("out/report.html").toString());
    PlainMessage.assertPlain(PlainMessage.cliError(r), names(k));
    assertThat(Snapshot.of(dir)).as("the runs and the earlier report are left as they were").isEqualTo(before);
    assertThat(Files.readString(dir.resolve("out/report.html"))).isEqualTo("an earlier report");
  }

  @ParameterizedTest(name = "runs: {0}")
  @MethodSource("brokenCases")
  void runsListsTheOthersAndNamesADamagedRunJsonInOneLine(Case k) throws IOException {
    setUp(k);
    Snapshot before = Snapshot.of(dir);
    CliRunner.Result r = CliRunner.run("runs", "--workspace", dir.resolve("ws").toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("good · finished · ");
    if (k.file().equals("run.json")) {
      String err = r.err().strip();
      assertThat(err).startsWith("skipped: ").doesNotContain("\n");
      PlainMessage.assertPlain(err.substring("skipped: ".length()), names(k));
      assertThat(r.out()).doesNotContain("damaged");
    } else {
      // the list reads run.json (and a crashed run's last metrics line): the run is listed
      assertThat(r.err()).isEmpty();
      assertThat(r.out()).contains("damaged · finished · ");
    }
    assertThat(Snapshot.of(dir)).isEqualTo(before);
  }

  @ParameterizedTest(name = "window: {0}")
  @MethodSource("brokenCases")
  void theWindowAnswersADamagedRunWithOnePlainLine(Case k) throws IOException {
    Path damaged = setUp(k);
    Path good = dir.resolve("ws/good");
    Snapshot before = Snapshot.of(dir);
    // Runs → Open
    Throwable open = catchThrowable(() -> RunReader.read(damaged));
    assertThat(open).as("a plain refusal, not a crash").isInstanceOf(InputException.class);
    PlainMessage.assertPlain(open.getMessage(), names(k));
    // Runs → Compare
    Throwable compare = catchThrowable(() -> CompareViewModel.read(List.of(good, damaged)));
    assertThat(compare).isInstanceOf(InputException.class);
    PlainMessage.assertPlain(compare.getMessage(), names(k));
    // the Runs list: the intact run stays listed; a run.json that cannot be read is named
    List<String> unreadable = new ArrayList<>();
    var listed = new Workspace(dir.resolve("ws")).list(unreadable::add);
    assertThat(listed).anySatisfy(e -> assertThat(e.dir().getFileName()).hasToString("good"));
    if (k.file().equals("run.json")) {
      assertThat(unreadable).singleElement().satisfies(m -> PlainMessage.assertPlain(m, names(k)));
    } else {
      assertThat(unreadable).isEmpty();
    }
    assertThat(Snapshot.of(dir)).isEqualTo(before);
  }

  @ParameterizedTest(name = "reads: {0}")
  @MethodSource("toleratedCases")
  void damageACrashCanDoIsReadPast(Case k) throws IOException {
    Path damaged = setUp(k);
    StoredRun run = RunReader.read(damaged);
    assertThat(run.manifest().tasks()).containsExactly("y1", "y2");
    CliRunner.Result r = CliRunner.run("report", damaged.toString(), "--html", dir.resolve("out/report.html").toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(Files.readString(dir.resolve("out/report.html"))).contains("<svg");
    CliRunner.Result list = CliRunner.run("runs", "--workspace", dir.resolve("ws").toString());
    assertThat(list.err()).isEmpty();
    assertThat(list.out()).contains("damaged · ");
    if (k.name().equals("a crashed run")) {
      assertThat(run.progress().steps()).as("where it stopped, from metrics.csv").isEqualTo(run.manifest().totalSteps());
      assertThat(list.out()).contains("damaged · crashed · " + org.mtlworkbench.common.text.Numbers.count(run.progress().steps()) + " of ");
    }
  }

  private static String[] withField(String[] fields, int index, String value) {
    fields[index] = value;
    return fields;
  }
}
