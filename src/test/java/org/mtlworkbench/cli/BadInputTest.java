package org.mtlworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user's mistake gets exit code 2 and one line naming where it is — never a stack trace. */
class BadInputTest {
  @TempDir Path dir;

  private CliRunner.Result train(Path exp) {
    return CliRunner.run("train", exp.toString(), "--out", dir.resolve("run").toString(), "--quiet");
  }

  private static void assertOneLineError(CliRunner.Result r, String... fragments) {
    assertThat(r.exitCode()).isEqualTo(MtlCommand.EXIT_BAD_INPUT);
    assertThat(r.err().strip()).doesNotContain("\n").doesNotContain("Exception").startsWith("error: ");
    assertThat(r.err()).contains(fragments);
  }

  @Test
  void unknownFieldIsNamedWithItsPath() throws Exception {
    String json = Experiments.generated("{\"backbone\": [{\"unit\": 16}]}", "{}", "");
    CliRunner.Result r = train(Experiments.write(dir, "exp.json", json));
    assertOneLineError(r, "exp.json", "unknown field 'model.backbone[0].unit'", "line 6, column 27", "units");
  }

  @Test
  void malformedJsonNamesLineAndColumn() throws Exception {
    CliRunner.Result r = train(Experiments.write(dir, "exp.json", "{\"schemaVersion\": 1,\n  \"name\": oops}"));
    assertOneLineError(r, "exp.json, line 2, column 11: 'oops' is not a JSON value (text must be in double quotes)");
  }

  @Test
  void wrongSchemaVersionAndMissingParts() throws Exception {
    assertOneLineError(train(Experiments.write(dir, "a.json", "{\"schemaVersion\": 7}")), "schemaVersion 7 is not supported");
    assertOneLineError(train(Experiments.write(dir, "b.json", "{\"name\": \"x\"}")), "missing \"schemaVersion\"");
    assertOneLineError(train(Experiments.write(dir, "c.json", "")), "c.json: the file is empty");
  }

  @Test
  void invalidValueNamesTheField() throws Exception {
    String json = Experiments.generated("{}", "{\"epochs\": 0}", "");
    assertOneLineError(train(Experiments.write(dir, "exp.json", json)), "training.epochs must be ≥ 1");
  }

  @Test
  void unknownTargetAndStrategy() throws Exception {
    String json = Experiments.generated("{}", "{}", "").replace("\"y2\"", "\"y9\"");
    assertOneLineError(train(Experiments.write(dir, "a.json", json)), "y9");
    String strat = Experiments.generated("{}", "{}", ",\n \"strategy\": {\"name\": \"gradnrom\"}");
    assertOneLineError(train(Experiments.write(dir, "b.json", strat)), "unknown strategy 'gradnrom'");
  }

  @Test
  void corruptedCsvNamesFileLineAndColumn() throws Exception {
    Files.writeString(dir.resolve("data.csv"), "a,b,y\n1,2,3\n4,oops,5\n6,7,8\n");
    String json = """
        {"schemaVersion": 1, "data": {"csv": "data.csv"}, "tasks": [{"target": "y"}]}
        """;
    CliRunner.Result r = train(Experiments.write(dir, "exp.json", json));
    assertOneLineError(r, "data.csv", "line 3", "'b'", "oops");
  }

  @Test
  void missingExperimentFileAndBadOption() {
    assertOneLineError(CliRunner.run("train", dir.resolve("nope.json").toString(), "--out", dir.resolve("r").toString()), "nope.json: no such file");
    CliRunner.Result r = CliRunner.run("train", "x.json", "--out", "r", "--epochs", "many");
    assertThat(r.exitCode()).isEqualTo(MtlCommand.EXIT_BAD_INPUT);
    assertThat(r.err()).contains("--epochs").doesNotContain("Exception");
  }

  @Test
  void softSharingRejectsGradientCombiningStrategies() throws Exception {
    String json = Experiments.generated("{\"sharing\": \"soft\"}", "{}", ",\n \"strategy\": {\"name\": \"pcgrad\"}");
    assertOneLineError(train(Experiments.write(dir, "exp.json", json)), "pcgrad", "hard sharing");
  }

  @Test
  void helpListsTheCommands() {
    CliRunner.Result r = CliRunner.run("--help");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("train").contains("bench").contains("generate");
  }
}
