package org.mtlworkbench.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtlworkbench.common.InputException;
import org.mtlworkbench.model.Sharing;

/**
 * Study files: the schema-1 fixtures keep their meaning, a study survives being written and read
 * back, and every mistake is refused with one line naming the file and the field.
 */
class StudyFilesTest {
  static final Path FIXTURES = Path.of("src/test/resources/fixtures");

  @TempDir Path dir;

  @Test
  void schemaOneKeepsTheMeaningOfEveryField() {
    Study s = StudyFiles.load(FIXTURES.resolve("study-schema-1.json"));
    assertThat(s.name()).isEqualTo("Study schema 1 fixture: every field set");
    assertThat(s.experiment().name()).isEqualTo("fixture experiment");
    assertThat(s.experiment().tasks().get(1).labelBudget()).isEqualTo(200);
    assertThat(s.strategies()).containsExactly("equal", "gradnorm", "pcgrad");
    assertThat(s.sharings()).containsExactly(Sharing.HARD, Sharing.CROSS_STITCH);
    assertThat(s.seeds()).containsExactly(11L, 12L);
    assertThat(s.baselines()).isFalse();
    assertThat(s.affinity()).isTrue();
    // the experiment's own strategy options travel with its name, not to the other strategies
    assertThat(s.multiTask("gradnorm", Sharing.HARD, 11).strategy().options()).containsEntry("alpha", 1.5);
    assertThat(s.multiTask("pcgrad", Sharing.HARD, 11).strategy().options()).isEmpty();
    assertThat(s.multiTask("pcgrad", Sharing.CROSS_STITCH, 12).training().seed()).isEqualTo(12L);
    assertThat(s.multiTask("equal", Sharing.HARD, 11).training().affinityEvery()).isEqualTo(Study.DEFAULT_AFFINITY_EVERY);
  }

  @Test
  void anExperimentByPathIsReadRelativeToTheStudyFileAndItsCsvMadeAbsolute() {
    Study s = StudyFiles.load(FIXTURES.resolve("study-schema-1-path.json"));
    assertThat(s.name()).isEqualTo("Schema version 1 fixture");
    assertThat(s.sharings()).containsExactly(Sharing.SOFT);
    assertThat(s.seeds()).containsExactly(7L, 8L, 9L); // default count 3, from the experiment's seed
    assertThat(s.baselines()).isTrue();
    assertThat(s.affinity()).isFalse();
    assertThat(Path.of(s.experiment().data().csv())).isEqualTo(FIXTURES.resolve("customers.csv").toAbsolutePath().normalize());
  }

  @Test
  void theSampleStudyAsksWhatItsReadmeSays() {
    Study s = StudyFiles.load(Path.of("sample-datasets/imbalanced/study.json"));
    assertThat(s.strategies()).containsExactly("equal", "uncertainty", "gradnorm", "dwa", "imtl-l", "pcgrad");
    assertThat(s.seeds()).containsExactly(42L, 43L, 44L);
    assertThat(s.baselines()).isTrue();
    assertThat(s.affinity()).isTrue();
    assertThat(s.experiment().tasks()).hasSize(3);
    assertThat(StudyPlan.of(s).baselineRuns()).hasSize(3 * 3);
    assertThat(StudyPlan.of(s).multiTaskRuns()).hasSize(6 * 3);
  }

  @Test
  void theSampleGroupingStudyPlansTheGroupOfTwoAndTheBaselinesItNeeds() {
    Study s = StudyFiles.load(Path.of("sample-datasets/imbalanced/grouping-study.json"));
    assertThat(s.groups()).containsExactly(List.of("y1", "y2"), List.of("y3"));
    StudyPlan plan = StudyPlan.of(s);
    // 2 strategies × 3 seeds: one run of all three tasks and one of the group {y1, y2} each; y3 alone is its baseline
    assertThat(plan.multiTaskRuns()).hasSize(2 * 3);
    assertThat(plan.groupRuns()).hasSize(2 * 3);
    assertThat(plan.baselineRuns()).hasSize(3 * 3);
  }

  @Test
  void aStudyRoundTripsThroughItsFile() {
    StudySpec read = StudyFiles.read(FIXTURES.resolve("study-schema-1.json"));
    Path copy = dir.resolve("copy.json");
    StudyFiles.write(read, copy);
    assertThat(StudyFiles.read(copy)).isEqualTo(read);
    // resolved, written inline as study.json is, and resolved again: the same study
    Study s = StudyFiles.load(FIXTURES.resolve("study-schema-1-path.json"));
    Path inline = dir.resolve("inline.json");
    StudyFiles.write(s.toSpec(), inline);
    assertThat(StudyFiles.load(inline)).isEqualTo(s);
    assertThat(StudyFiles.difference(StudyFiles.read(inline), s.toSpec())).isEmpty();
    assertThat(StudyFiles.isStudy(inline)).isTrue();
    assertThat(StudyFiles.isStudy(FIXTURES.resolve("experiment-schema-1.json"))).isFalse();
  }

  @Test
  void theFirstDifferenceBetweenTwoStudiesIsNamed() {
    StudySpec a = StudyFiles.read(FIXTURES.resolve("study-schema-1.json"));
    StudySpec b = new StudySpec(1, a.name(), a.experiment(), List.of("equal", "mgda", "pcgrad"), a.sharing(), a.seeds(), a.baselines(),
        a.affinity(), a.groups());
    assertThat(StudyFiles.difference(a, b)).contains("strategies[1]: \"gradnorm\" → \"mgda\"");
  }

  private String bad(String name, String json) throws Exception {
    Path f = dir.resolve(name);
    Files.writeString(f, json);
    Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> PreparedStudy.of(StudyFiles.load(f), name));
    assertThat(t).as(json).isInstanceOf(InputException.class);
    assertThat(t.getMessage()).as("one line").doesNotContain("\n");
    return t.getMessage();
  }

  private static final String EXPERIMENT = """
      {"schemaVersion": 1, "data": {"generator": {"type": "correlated-regression", "rows": 200, "features": 4, "tasks": 2,
       "correlation": 0.5, "seed": 3}}, "tasks": [{"target": "y1"}, {"target": "y2"}],
       "model": {"backbone": [{"units": 4}]}, "training": {"epochs": 1}}""";

  @Test
  void badStudyFilesAreRefusedWithOneLineNamingTheField() throws Exception {
    assertThat(bad("a.json", "{\"schemaVersion\": 1,\n \"experiment\": " + EXPERIMENT + ",\n \"stratgies\": [\"equal\"]}"))
        .startsWith("a.json, line 5, column 2: unknown field 'stratgies'; known fields here: affinity, baselines, experiment,");
    assertThat(bad("b.json", "{\"schemaVersion\": 1, \"strategies\": [\"equal\"],\n \"experiment\": "
        + EXPERIMENT.replace("\"units\": 4", "\"unit\": 4") + "}"))
        .startsWith("b.json, line 4, column 26: unknown field 'experiment.model.backbone[0].unit'");
    assertThat(bad("c.json", "{\"schemaVersion\": 1, \"experiment\": " + EXPERIMENT + ", \"strategies\": [\"equal\", \"gradnrom\"]}"))
        .startsWith("c.json, in 'strategies[1]': unknown strategy 'gradnrom'; known: equal,");
    assertThat(bad("d.json", "{\"schemaVersion\": 1, \"experiment\": " + EXPERIMENT
        + ", \"strategies\": [\"equal\"], \"seeds\": {\"count\": 0}}"))
        .isEqualTo("d.json: seeds.count must be 1 or more, got 0");
    assertThat(bad("e.json", "{\"schemaVersion\": 1, \"experiment\": \"missing.json\", \"strategies\": [\"equal\"]}"))
        .startsWith("e.json, in 'experiment': ").endsWith("missing.json: no such file");
    assertThat(bad("f.json", "{\"schemaVersion\": 1, \"experiment\": " + EXPERIMENT
        + ", \"strategies\": [\"equal\", \"upgrad\"], \"sharing\": [\"hard\", \"soft\"]}"))
        .startsWith("f.json, in 'strategies[1]': strategy 'upgrad' does not work with soft sharing:");
    assertThat(bad("g.json", "{\"schemaVersion\": 1, \"experiment\": " + EXPERIMENT + "}"))
        .startsWith("g.json: missing \"strategies\"");
    assertThat(bad("h.json", "{\"schemaVersion\": 2, \"experiment\": " + EXPERIMENT + ", \"strategies\": [\"equal\"]}"))
        .startsWith("h.json: schemaVersion 2 is not supported");
    assertThat(bad("i.json", "{\"schemaVersion\": 1, \"experiment\": " + EXPERIMENT + ", \"strategies\": [\"equal\", \"equal\"]}"))
        .isEqualTo("i.json: strategies: a name is listed twice");
    assertThat(bad("j.json", "{\"schemaVersion\": 1, \"experiment\": " + EXPERIMENT
        + ", \"strategies\": [\"equal\"], \"sharing\": [\"hrad\"]}"))
        .startsWith("j.json, in 'sharing[0]': sharing must be 'hard', 'soft', 'cross-stitch', 'mmoe', 'mtan', 'cgc', 'ple' or 'dselect-k', got 'hrad'");
    // the experiment parses but its data do not load: refused before any run
    assertThat(bad("k.json", "{\"schemaVersion\": 1, \"strategies\": [\"equal\"], \"experiment\": {\"schemaVersion\": 1,"
        + " \"data\": {\"csv\": \"nowhere.csv\"}, \"tasks\": [{\"target\": \"y\"}]}}"))
        .startsWith("k.json, in 'experiment': ").contains("nowhere.csv");
  }

  @Test
  void aStudyCannotBeResumedInAFolderHoldingAnotherStudy() throws Exception {
    Path f = dir.resolve("s.json");
    Files.writeString(f, "{\"schemaVersion\": 1, \"experiment\": " + EXPERIMENT + ", \"strategies\": [\"equal\"]}");
    PreparedStudy one = PreparedStudy.of(StudyFiles.load(f), "s.json");
    Path out = dir.resolve("out");
    StudyDirectory.open(out, one);
    assertThat(out.resolve(StudyDirectory.STUDY)).exists();
    StudyDirectory.open(out, one); // the same study: opened again to resume
    Files.writeString(f, "{\"schemaVersion\": 1, \"experiment\": " + EXPERIMENT + ", \"strategies\": [\"equal\", \"mgda\"]}");
    PreparedStudy two = PreparedStudy.of(StudyFiles.load(f), "s.json");
    assertThatThrownBy(() -> StudyDirectory.open(out, two)).isInstanceOf(InputException.class)
        .hasMessage(out + " holds another study (strategies[1]: (absent) → \"mgda\"); give a new folder, or the same study to resume it");
    Path other = dir.resolve("other");
    Files.createDirectories(other.resolve("something"));
    assertThatThrownBy(() -> StudyDirectory.open(other, one)).isInstanceOf(InputException.class)
        .hasMessageContaining("the folder is not empty and holds no study");
  }
}
