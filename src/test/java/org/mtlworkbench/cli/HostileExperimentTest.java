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
import org.mtlworkbench.experiment.ExperimentChecks;
import org.mtlworkbench.experiment.ExperimentFiles;
import org.mtlworkbench.experiment.ExperimentSpec;

/**
 * The hostile-input corpus, experiment part: broken experiment files fed to {@code train} and to
 * what the window does with File → Open (read the file, check the experiment). Each must be
 * answered with one plain line naming the file and, where one is at fault, the field; the file
 * and its data are left as they were. A few odd but valid files (a byte-order mark, Windows line
 * ends) must open.
 */
class HostileExperimentTest {
  @TempDir Path dir;

  /**
   * @param name what is wrong
   * @param json the experiment file's text (null: the case makes its own file)
   * @param names what the answer must name besides the file
   */
  record Case(String name, byte[] json, List<String> names) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** A valid experiment on a small CSV; each case changes one part of it. */
  static final String BASE = """
      {
        "schemaVersion": 1,
        "name": "hostile",
        "data": {"csv": "data.csv", "split": {"train": 0.8, "validation": 0.1, "test": 0.1}},
        "tasks": [{"target": "y1"}, {"target": "y2"}],
        "model": {"sharing": "hard", "backbone": [{"units": 8}], "head": [{"units": 4}], "soft": {"lambda": 0.01}},
        "optimizer": {"type": "adam", "learningRate": 0.001},
        "training": {"epochs": 1, "batchSize": 8, "seed": 3, "diagnosticsEvery": 1},
        "strategy": {"name": "equal"}
      }
      """;

  static Case edit(String name, String from, String to, String... names) {
    assertThat(BASE).as(name).contains(from);
    return new Case(name, BASE.replace(from, to).getBytes(StandardCharsets.UTF_8), List.of(names));
  }

  static Case text(String name, String json, String... names) {
    return new Case(name, json.getBytes(StandardCharsets.UTF_8), List.of(names));
  }

  static final String EPOCHS = "\"epochs\": 1";
  static final String SEED = "\"seed\": 3";
  static final String BATCH = "\"batchSize\": 8";
  static final String RATE = "\"learningRate\": 0.001";
  static final String UNITS = "\"units\": 8";
  static final String SHARING = "\"sharing\": \"hard\"";
  static final String STRATEGY = "\"strategy\": {\"name\": \"equal\"}";
  static final String TASKS = "\"tasks\": [{\"target\": \"y1\"}, {\"target\": \"y2\"}]";
  static final String CSV = "\"csv\": \"data.csv\"";
  static final String SPLIT = "\"split\": {\"train\": 0.8, \"validation\": 0.1, \"test\": 0.1}";

  static List<Case> broken() {
    List<Case> cases = new ArrayList<>();
    // not an experiment at all
    cases.add(text("empty file", "", "empty"));
    cases.add(text("only white space", "  \n\t\n", "empty"));
    cases.add(text("null", "null"));
    cases.add(text("a list", "[1, 2]"));
    cases.add(text("an empty list", "[]"));
    cases.add(text("a string", "\"experiment\""));
    cases.add(text("a number", "42"));
    cases.add(text("true", "true"));
    cases.add(text("an empty object", "{}", "schemaVersion"));
    cases.add(text("cut short", BASE.substring(0, BASE.length() / 2)));
    cases.add(text("missing closing brace", BASE.strip().substring(0, BASE.strip().length() - 1)));
    cases.add(text("two objects", BASE + BASE));
    cases.add(text("trailing garbage", BASE + "x"));
    cases.add(text("comment", "// my experiment\n" + BASE, "line 1"));
    cases.add(text("single quotes", BASE.replace("\"name\": \"hostile\"", "'name': 'hostile'"), "line 3"));
    cases.add(text("trailing comma", BASE.replace("\"name\": \"equal\"}", "\"name\": \"equal\",}")));
    cases.add(text("unquoted field name", BASE.replace("\"name\": \"hostile\"", "name: \"hostile\""), "line 3"));
    cases.add(text("NaN literal", BASE.replace(RATE, "\"learningRate\": NaN"), "line 7"));
    cases.add(text("Infinity literal", BASE.replace(RATE, "\"learningRate\": Infinity"), "line 7"));
    cases.add(text("unescaped control character in a string", BASE.replace("\"hostile\"", "\"host\u0001ile\""), "line 3"));
    cases.add(text("unescaped line break in a string", BASE.replace("\"hostile\"", "\"host\nile\""), "line 3"));
    cases.add(text("bad escape", BASE.replace("\"hostile\"", "\"host\\qile\""), "line 3"));
    cases.add(text("nesting 5000 deep", "[".repeat(5000)));
    cases.add(text("a 2000-digit number", BASE.replace(EPOCHS, "\"epochs\": 1" + "0".repeat(2000))));
    cases.add(text("duplicate field", BASE.replace(EPOCHS, "\"epochs\": 1, \"epochs\": 50"), "epochs"));
    cases.add(new Case("Latin-1 byte", concat(BASE.replace("\"hostile\"", "\"caf").getBytes(StandardCharsets.UTF_8),
        new byte[] {(byte) 0xE9}, "\"".getBytes(StandardCharsets.UTF_8)), List.of("UTF-8")));
    cases.add(new Case("UTF-16", concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, BASE.getBytes(StandardCharsets.UTF_16LE)), List.of()));
    cases.add(new Case("a PNG image", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0}, List.of()));
    cases.add(new Case("NUL bytes", new byte[] {0, 0, 0, 0}, List.of()));
    // schema version
    cases.add(edit("schemaVersion missing", "\"schemaVersion\": 1,", "", "schemaVersion"));
    cases.add(edit("schemaVersion 2", "\"schemaVersion\": 1", "\"schemaVersion\": 2", "schemaVersion"));
    cases.add(edit("schemaVersion as text", "\"schemaVersion\": 1", "\"schemaVersion\": \"1\"", "schemaVersion"));
    cases.add(edit("schemaVersion 1.5", "\"schemaVersion\": 1", "\"schemaVersion\": 1.5", "schemaVersion"));
    cases.add(edit("schemaVersion null", "\"schemaVersion\": 1", "\"schemaVersion\": null", "schemaVersion"));
    // wrong types and values in training
    cases.add(edit("epochs 1.5", EPOCHS, "\"epochs\": 1.5", "training.epochs", "1.5"));
    cases.add(edit("epochs 2.0", EPOCHS, "\"epochs\": 2.0", "training.epochs"));
    cases.add(edit("epochs 1e3", EPOCHS, "\"epochs\": 1e3", "training.epochs"));
    cases.add(edit("epochs as text", EPOCHS, "\"epochs\": \"5\"", "training.epochs"));
    cases.add(edit("epochs as a word", EPOCHS, "\"epochs\": \"many\"", "training.epochs", "many"));
    cases.add(edit("epochs true", EPOCHS, "\"epochs\": true", "training.epochs"));
    cases.add(edit("epochs a list", EPOCHS, "\"epochs\": [5]", "training.epochs"));
    cases.add(edit("epochs an object", EPOCHS, "\"epochs\": {\"n\": 5}", "training.epochs"));
    cases.add(edit("epochs 0", EPOCHS, "\"epochs\": 0", "training.epochs"));
    cases.add(edit("epochs negative", EPOCHS, "\"epochs\": -3", "training.epochs"));
    cases.add(edit("epochs beyond int", EPOCHS, "\"epochs\": 3000000000", "training.epochs"));
    cases.add(edit("epochs beyond long", EPOCHS, "\"epochs\": 99999999999999999999999", "training.epochs"));
    cases.add(edit("seed as text", SEED, "\"seed\": \"abc\"", "training.seed", "abc"));
    cases.add(edit("seed 1.5", SEED, "\"seed\": 1.5", "training.seed"));
    cases.add(edit("seed beyond long", SEED, "\"seed\": 99999999999999999999999", "training.seed"));
    cases.add(edit("seed 1e30", SEED, "\"seed\": 1e30", "training.seed"));
    cases.add(edit("seed a list", SEED, "\"seed\": [1, 2]", "training.seed"));
    cases.add(edit("batch size 0", BATCH, "\"batchSize\": 0", "training.batchSize"));
    cases.add(edit("batch size negative", BATCH, "\"batchSize\": -8", "training.batchSize"));
    cases.add(edit("batch size 0.5", BATCH, "\"batchSize\": 0.5", "training.batchSize"));
    cases.add(edit("diagnosticsEvery negative", "\"diagnosticsEvery\": 1", "\"diagnosticsEvery\": -1", "training.diagnosticsEvery"));
    cases.add(edit("threads 0", SEED, SEED + ", \"threads\": 0", "training.threads"));
    cases.add(edit("threads 1000", SEED, SEED + ", \"threads\": 1000", "training.threads"));
    cases.add(edit("unknown training field", SEED, SEED + ", \"epoch\": 3", "training.epoch"));
    cases.add(text("training a list", BASE.replace("\"training\": {", "\"training\": [{").replace("\"diagnosticsEvery\": 1}",
        "\"diagnosticsEvery\": 1}]"), "training", "a list"));
    cases.add(edit("training a number", "\"training\": {\"epochs\": 1, \"batchSize\": 8, \"seed\": 3, \"diagnosticsEvery\": 1}",
        "\"training\": 7", "training"));
    // optimiser
    cases.add(edit("learning rate negative", RATE, "\"learningRate\": -0.1", "learningRate"));
    cases.add(edit("learning rate 0", RATE, "\"learningRate\": 0", "learningRate"));
    cases.add(edit("learning rate as a word", RATE, "\"learningRate\": \"fast\"", "optimizer.learningRate", "fast"));
    cases.add(edit("learning rate beyond double", RATE, "\"learningRate\": 1e999", "learningRate"));
    cases.add(edit("learning rate a list", RATE, "\"learningRate\": [0.1]", "optimizer.learningRate"));
    cases.add(edit("unknown optimiser", "\"type\": \"adam\"", "\"type\": \"adamx\"", "optimizer.type", "adamx"));
    cases.add(edit("optimiser type a number", "\"type\": \"adam\"", "\"type\": 3", "optimizer.type"));
    cases.add(edit("unknown optimiser field", RATE, RATE + ", \"learnignRate\": 0.1", "optimizer.learnignRate"));
    cases.add(edit("momentum 2", "\"type\": \"adam\"", "\"type\": \"sgd\", \"momentum\": 2", "momentum"));
    cases.add(edit("weight decay negative", RATE, RATE + ", \"weightDecay\": -1", "weightDecay"));
    cases.add(edit("unknown schedule", RATE, RATE + ", \"schedule\": {\"type\": \"zigzag\"}", "schedule", "zigzag"));
    cases.add(edit("schedule a string", RATE, RATE + ", \"schedule\": \"cosine\"", "optimizer.schedule"));
    // model
    cases.add(edit("unknown sharing", SHARING, "\"sharing\": \"medium\"", "sharing", "medium"));
    cases.add(edit("sharing a number", SHARING, "\"sharing\": 2", "sharing"));
    cases.add(edit("sharing a list", SHARING, "\"sharing\": [\"hard\"]", "model.sharing"));
    cases.add(edit("units 0", UNITS, "\"units\": 0", "units"));
    cases.add(edit("units negative", UNITS, "\"units\": -4", "units"));
    cases.add(edit("units 1.5", UNITS, "\"units\": 1.5", "model.backbone[0].units"));
    cases.add(edit("units as text", UNITS, "\"units\": \"eight\"", "model.backbone[0].units", "eight"));
    cases.add(edit("units beyond int", UNITS, "\"units\": 1e12", "model.backbone[0].units"));
    cases.add(edit("units misspelt", UNITS, "\"unit\": 8", "model.backbone[0].unit"));
    cases.add(edit("backbone a string", "\"backbone\": [{\"units\": 8}]", "\"backbone\": \"big\"", "model.backbone"));
    cases.add(edit("backbone an object", "\"backbone\": [{\"units\": 8}]", "\"backbone\": {\"units\": 8}", "model.backbone"));
    cases.add(edit("backbone of numbers", "\"backbone\": [{\"units\": 8}]", "\"backbone\": [8, 4]", "model.backbone[0]"));
    cases.add(edit("unknown activation", UNITS, UNITS + ", \"activation\": \"relux\"", "activation", "relux"));
    cases.add(edit("dropout 1.5", UNITS, UNITS + ", \"dropout\": 1.5", "dropout"));
    cases.add(edit("dropout negative", UNITS, UNITS + ", \"dropout\": -0.1", "dropout"));
    cases.add(edit("dropout as a word", UNITS, UNITS + ", \"dropout\": \"x\"", "model.backbone[0].dropout"));
    cases.add(edit("unknown layer type", UNITS, UNITS + ", \"type\": \"lstm\"", "lstm"));
    cases.add(edit("soft lambda negative", "\"lambda\": 0.01", "\"lambda\": -1", "lambda"));
    cases.add(edit("soft lambda as text", "\"lambda\": 0.01", "\"lambda\": \"strong\"", "model.soft.lambda"));
    cases.add(edit("unknown model field", SHARING, SHARING + ", \"experts\": 4", "model.experts"));
    cases.add(edit("mmoe experts 0", SHARING, "\"sharing\": \"mmoe\", \"mmoe\": {\"experts\": 0}", "experts"));
    cases.add(edit("mmoe experts as text", SHARING, "\"sharing\": \"mmoe\", \"mmoe\": {\"experts\": \"four\"}", "model.mmoe.experts"));
    cases.add(edit("cross-stitch selfWeight 2", SHARING, "\"sharing\": \"cross-stitch\", \"crossStitch\": {\"selfWeight\": 2}",
        "selfWeight"));
    cases.add(edit("cross-stitch selfWeight negative", SHARING, "\"sharing\": \"cross-stitch\", \"crossStitch\": {\"selfWeight\": -0.5}",
        "selfWeight"));
    // tasks
    cases.add(edit("tasks empty", TASKS, "\"tasks\": []", "tasks"));
    cases.add(edit("tasks null", TASKS, "\"tasks\": null", "tasks"));
    cases.add(edit("tasks an object", TASKS, "\"tasks\": {\"target\": \"y1\"}", "tasks"));
    cases.add(edit("tasks of strings", TASKS, "\"tasks\": [\"y1\", \"y2\"]", "tasks[0]"));
    cases.add(edit("tasks of numbers", TASKS, "\"tasks\": [1, 2]", "tasks[0]"));
    cases.add(edit("task without target", TASKS, "\"tasks\": [{}, {\"target\": \"y2\"}]", "tasks[0]"));
    cases.add(edit("task target a number", TASKS, "\"tasks\": [{\"target\": 1}]", "tasks[0].target"));
    cases.add(edit("task target empty", TASKS, "\"tasks\": [{\"target\": \"\"}]", "tasks[0]"));
    cases.add(edit("same task twice", TASKS, "\"tasks\": [{\"target\": \"y1\"}, {\"target\": \"y1\"}]", "y1"));
    cases.add(edit("unknown task type", TASKS, "\"tasks\": [{\"target\": \"y1\", \"type\": \"regresion\"}]", "regresion"));
    cases.add(edit("unknown metric", TASKS, "\"tasks\": [{\"target\": \"y1\", \"metric\": \"acc\"}]", "acc"));
    cases.add(edit("accuracy for a regression task", TASKS, "\"tasks\": [{\"target\": \"y1\", \"type\": \"regression\", \"metric\": \"accuracy\"}]",
        "accuracy"));
    cases.add(edit("unknown loss", TASKS, "\"tasks\": [{\"target\": \"y1\", \"loss\": \"hinge\"}]", "hinge"));
    cases.add(edit("label budget negative", TASKS, "\"tasks\": [{\"target\": \"y1\", \"labelBudget\": -1}]", "labelBudget"));
    cases.add(edit("label budget 1.5", TASKS, "\"tasks\": [{\"target\": \"y1\", \"labelBudget\": 1.5}]", "tasks[0].labelBudget"));
    cases.add(edit("unknown task field", TASKS, "\"tasks\": [{\"target\": \"y1\", \"weight\": 2}]", "tasks[0].weight"));
    // strategy
    cases.add(edit("unknown strategy", STRATEGY, "\"strategy\": {\"name\": \"gradnrom\"}", "gradnrom"));
    cases.add(edit("strategy a string", STRATEGY, "\"strategy\": \"pcgrad\"", "strategy"));
    cases.add(edit("strategy name a number", STRATEGY, "\"strategy\": {\"name\": 4}", "strategy.name"));
    cases.add(edit("static weights too few", STRATEGY, "\"strategy\": {\"name\": \"static\", \"weights\": [1]}", "weights"));
    cases.add(edit("static weights negative", STRATEGY, "\"strategy\": {\"name\": \"static\", \"weights\": [1, -1]}", "weights"));
    cases.add(edit("static weights as text", STRATEGY, "\"strategy\": {\"name\": \"static\", \"weights\": [\"a\", \"b\"]}",
        "strategy.weights"));
    cases.add(edit("unknown strategy option", STRATEGY, "\"strategy\": {\"name\": \"gradnorm\", \"options\": {\"alpa\": 1}}", "alpa"));
    cases.add(edit("strategy option as text", STRATEGY, "\"strategy\": {\"name\": \"gradnorm\", \"options\": {\"alpha\": \"high\"}}",
        "alpha"));
    cases.add(edit("cagrad c negative", STRATEGY, "\"strategy\": {\"name\": \"cagrad\", \"options\": {\"c\": -1}}", "c"));
    // data
    cases.add(edit("data empty", "\"data\": {" + CSV + ", " + SPLIT + "}", "\"data\": {}", "data"));
    cases.add(edit("data a string", "\"data\": {" + CSV + ", " + SPLIT + "}", "\"data\": \"data.csv\"", "data"));
    cases.add(edit("data csv a number", CSV, "\"csv\": 5", "data.csv"));
    cases.add(edit("data csv empty", CSV, "\"csv\": \"\"", "data.csv"));
    cases.add(edit("data csv and generator", CSV, CSV + ", \"generator\": {\"type\": \"correlated-regression\"}", "data"));
    cases.add(edit("data csv missing", CSV, "\"csv\": \"nope.csv\"", "nope.csv", "no such file"));
    cases.add(edit("data csv a folder", CSV, "\"csv\": \"folder.csv\"", "folder.csv", "folder"));
    cases.add(edit("data csv not a path", CSV, "\"csv\": \"a\\u0000b.csv\"", "csv path"));
    cases.add(edit("split above one", SPLIT, "\"split\": {\"train\": 0.9, \"validation\": 0.2, \"test\": 0.1}", "split"));
    cases.add(edit("split negative", SPLIT, "\"split\": {\"train\": 1.2, \"validation\": -0.1, \"test\": -0.1}", "split"));
    cases.add(edit("split as text", SPLIT, "\"split\": {\"train\": \"most\"}", "data.split.train"));
    cases.add(edit("no training rows", SPLIT, "\"split\": {\"train\": 0, \"validation\": 0.5, \"test\": 0.5}", "split"));
    cases.add(edit("unknown impute", CSV, CSV + ", \"impute\": \"median\"", "impute", "median"));
    cases.add(edit("unknown data field", CSV, CSV + ", \"file\": \"x.csv\"", "data.file"));
    cases.add(edit("features not a list", CSV, CSV + ", \"features\": \"x1\"", "data.features"));
    cases.add(edit("a feature that is a target", CSV, CSV + ", \"features\": [\"x1\", \"y1\"]", "y1"));
    cases.add(edit("a feature that does not exist", CSV, CSV + ", \"features\": [\"x9\"]", "x9"));
    cases.add(edit("a target the data lacks", TASKS, "\"tasks\": [{\"target\": \"y9\"}]", "y9"));
    cases.add(edit("unknown generator", CSV, "\"generator\": {\"type\": \"spiral\"}", "spiral"));
    cases.add(edit("generator rows negative", CSV, "\"generator\": {\"type\": \"correlated-regression\", \"rows\": -5}", "rows"));
    cases.add(edit("generator rows as text", CSV, "\"generator\": {\"type\": \"correlated-regression\", \"rows\": \"many\"}", "rows"));
    cases.add(edit("generator correlation 2", CSV, "\"generator\": {\"type\": \"correlated-regression\", \"correlation\": 2}", "correlation"));
    // names and other top-level fields
    cases.add(edit("name a number", "\"name\": \"hostile\"", "\"name\": 5", "name"));
    cases.add(edit("name a list", "\"name\": \"hostile\"", "\"name\": [\"a\"]", "name"));
    cases.add(edit("unknown top-level field", "\"name\": \"hostile\"", "\"name\": \"hostile\", \"nmae\": \"x\"", "nmae"));
    // what is not a file
    cases.add(new Case("a folder named exp.json", null, List.of("folder")));
    cases.add(new Case("no such experiment file", null, List.of("no such file")));
    cases.add(new Case("a link to nothing", null, List.of()));
    return cases;
  }

  static byte[] concat(byte[]... parts) {
    return HostileCsvTest.concat(parts);
  }

  /** A small CSV for the experiment: features x1, x2, targets y1, y2 (and a folder named folder.csv). */
  private Path setUp(Case k) throws IOException {
    StringBuilder csv = new StringBuilder("x1,x2,y1,y2\n");
    for (int i = 0; i < 40; i++) {
      csv.append(i).append(',').append(i % 7).append(',').append(i * 0.5).append(',').append(i % 3 * 1.5).append('\n');
    }
    Files.writeString(dir.resolve("data.csv"), csv);
    Files.createDirectories(dir.resolve("folder.csv"));
    Path exp = dir.resolve("exp.json");
    switch (k.name()) {
      case "a folder named exp.json" -> Files.createDirectories(exp);
      case "no such experiment file" -> { }
      case "a link to nothing" -> Files.createSymbolicLink(exp, dir.resolve("gone.json"));
      default -> Files.write(exp, k.json());
    }
    return exp;
  }

  static Stream<Arguments> brokenCases() {
    return broken().stream().map(Arguments::of);
  }

  @ParameterizedTest(name = "train: {0}")
  @MethodSource("brokenCases")
  void trainAnswersABrokenExperimentWithOnePlainLine(Case k) throws IOException {
    Path exp = setUp(k);
    Snapshot before = Snapshot.of(dir);
    CliRunner.Result r = CliRunner.run("train", exp.toString(), "--out", dir.resolve("run").toString(), "--quiet");
    String line = PlainMessage.cliError(r);
    List<String> names = new ArrayList<>(k.names());
    if (!names.contains("nope.csv") && !names.contains("folder.csv") && !k.names().contains("y9") && !k.names().contains("x9")) {
      names.add(0, "exp.json");
    }
    PlainMessage.assertPlain(line, names.toArray(String[]::new));
    assertThat(Snapshot.of(dir).without("run")).as("the inputs are left as they were").isEqualTo(before);
  }

  @ParameterizedTest(name = "open: {0}")
  @MethodSource("brokenCases")
  void openingABrokenExperimentInTheWindowAnswersWithOnePlainLine(Case k) throws IOException {
    Path exp = setUp(k);
    Snapshot before = Snapshot.of(dir);
    Throwable t = catchThrowable(() -> {
      ExperimentSpec spec = ExperimentFiles.read(exp);
      ExperimentChecks.check(spec, "exp.json");
    });
    if (t == null) {
      // refused only once the data is read (a target or feature the data lacks, a path that is no file)
      assertThat(k.names()).as("only problems found when the data are read pass the file check").containsAnyOf("nope.csv",
          "folder.csv", "y9", "x9", "csv path", "split", "rows", "correlation");
      return;
    }
    assertThat(t).as("a plain refusal, not a crash").isInstanceOf(InputException.class);
    List<String> names = new ArrayList<>(k.names());
    names.add(0, "exp.json");
    PlainMessage.assertPlain(t.getMessage(), names.toArray(String[]::new));
    assertThat(Snapshot.of(dir)).as("the files are left as they were").isEqualTo(before);
  }

  // --- odd but valid ---

  static Stream<Arguments> fineCases() {
    return Stream.of(
        Arguments.of("byte-order mark", ("\uFEFF" + BASE).getBytes(StandardCharsets.UTF_8)),
        Arguments.of("CRLF line ends", BASE.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)),
        Arguments.of("unicode name", BASE.replace("\"hostile\"", "\"Größe 日本 😀\"").getBytes(StandardCharsets.UTF_8)),
        Arguments.of("escaped unicode name", BASE.replace("\"hostile\"", "\"Gr\\u00f6\\u00dfe\"").getBytes(StandardCharsets.UTF_8)),
        Arguments.of("fields in another order", ("{\"strategy\": {\"name\": \"equal\"}, " + BASE.replace(",\n  " + STRATEGY, "")
            .strip().substring(1)).getBytes(StandardCharsets.UTF_8)),
        Arguments.of("null for a default", BASE.replace(BATCH, "\"batchSize\": null").getBytes(StandardCharsets.UTF_8)));
  }

  @ParameterizedTest(name = "opens: {0}")
  @MethodSource("fineCases")
  void oddButValidExperimentsOpen(String name, byte[] json) throws IOException {
    Path exp = dir.resolve("exp.json");
    Files.write(exp, json);
    ExperimentSpec spec = ExperimentFiles.read(exp);
    ExperimentChecks.check(spec);
    assertThat(spec.training().epochs()).isEqualTo(1);
    assertThat(spec.training().seed()).isEqualTo(3L);
    assertThat(spec.tasks()).hasSize(2);
  }
}
