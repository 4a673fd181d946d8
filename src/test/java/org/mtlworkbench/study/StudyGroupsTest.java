package org.mtlworkbench.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtlworkbench.common.InputException;
import org.mtlworkbench.experiment.ExperimentSpec;
import org.mtlworkbench.model.Sharing;
import org.mtlworkbench.model.TaskSpec;

/**
 * A study's grouping ({@code "groups"}): the fixture keeps its meaning and survives a round trip,
 * every malformed grouping is one line naming the field, and the plan trains each group of two or
 * more tasks with each strategy and seed in its own folder, a group of one by its baseline.
 */
class StudyGroupsTest {
  private static final Path FIXTURE = StudyFilesTest.FIXTURES.resolve("study-schema-1-groups.json");

  @TempDir Path dir;

  @Test
  void theFixtureReadsWritesAndReadsBackWithItsGrouping() {
    Study s = StudyFiles.load(FIXTURE);
    assertThat(s.groups()).containsExactly(List.of("y1", "y3"), List.of("y2"));
    assertThat(s.grouped()).isTrue();
    StudySpec read = StudyFiles.read(FIXTURE);
    Path copy = dir.resolve("copy.json");
    StudyFiles.write(read, copy);
    assertThat(StudyFiles.read(copy)).isEqualTo(read);
    Path inline = dir.resolve("inline.json");
    StudyFiles.write(s.toSpec(), inline);
    assertThat(StudyFiles.load(inline)).isEqualTo(s);
    // a study without a grouping writes no "groups"; another grouping is another study
    assertThat(StudyFiles.json(s.withGroups(List.of()).toSpec())).doesNotContain("groups");
    assertThat(StudyFiles.difference(s.toSpec(), s.withGroups(List.of(List.of("y1"), List.of("y2", "y3"))).toSpec()))
        .contains("groups[0][1]: \"y3\" → (absent)");
  }

  private String bad(String groups) throws Exception {
    String json = Files.readString(FIXTURE).replace("[[\"y1\", \"y3\"], [\"y2\"]]", groups);
    Path f = dir.resolve("g.json");
    Files.writeString(f, json);
    Throwable t = catchThrowable(() -> StudyFiles.load(f));
    assertThat(t).as(groups).isInstanceOf(InputException.class);
    assertThat(t.getMessage()).as("one line").doesNotContain("\n");
    return t.getMessage();
  }

  @Test
  void aMalformedGroupingIsOneLineNamingTheField() throws Exception {
    assertThat(bad("[[\"y1\", \"y9\"], [\"y2\", \"y3\"]]"))
        .isEqualTo("g.json, in 'groups[0][1]': unknown task 'y9'; the experiment's tasks are y1, y2, y3");
    assertThat(bad("[[\"y1\", \"y2\"], [\"y2\", \"y3\"]]"))
        .isEqualTo("g.json, in 'groups[1][0]': task 'y2' is already in groups[0]; each task goes in one group");
    assertThat(bad("[[\"y1\"], [\"y2\"]]"))
        .isEqualTo("g.json, in 'groups': task 'y3' is in no group; every task of the experiment goes in exactly one");
    assertThat(bad("[[\"y1\", \"y2\", \"y3\"], []]")).isEqualTo("g.json, in 'groups[1]': the group is empty; list one task or more,"
        + " or leave the group out");
    assertThat(bad("[[\"y1\", \"y2\", \"y3\"]]")).startsWith("g.json, in 'groups': a grouping needs 2 groups or more, got 1");
    assertThat(bad("[]")).startsWith("g.json, in 'groups': a grouping needs 2 groups or more, got 0");
    assertThat(bad("[[\"y1\", \"\"], [\"y2\", \"y3\"]]")).isEqualTo("g.json, in 'groups[0][1]': the task name is empty");
    // the parser's own checks: a value of the wrong kind, an unknown field next to it
    assertThat(bad("\"y1,y2;y3\"")).isEqualTo("g.json, line 16, column 13, field 'groups': expected a list [ … ], got text \"y1,y2;y3\"");
    assertThat(bad("[[\"y1\", \"y3\"], [\"y2\"]], \"group\": 1")).startsWith("g.json, line 16, column 37: unknown field 'group'");
  }

  @Test
  void theCommandLineSpellingParsesToTheSameGrouping() {
    assertThat(TaskGroups.parse("y1,y3;y2")).isEqualTo(StudyFiles.load(FIXTURE).groups());
    assertThat(TaskGroups.parse(" y1 , y3 ; y2 ")).isEqualTo(StudyFiles.load(FIXTURE).groups());
    assertThat(TaskGroups.parse("y1,y2;")).containsExactly(List.of("y1", "y2"), List.of());
    assertThat(TaskGroups.option(StudyFiles.load(FIXTURE).groups())).isEqualTo("y1,y3;y2");
    assertThat(TaskGroups.label(StudyFiles.load(FIXTURE).groups())).isEqualTo("y1+y3 | y2");
    Study s = StudyFiles.load(FIXTURE);
    Throwable t = catchThrowable(() -> s.withGroups(TaskGroups.parse("y1,y2;")));
    assertThat(t).isInstanceOf(InputException.class).hasMessage("groups[1]: the group is empty; list one task or more, or leave the"
        + " group out");
  }

  @Test
  void eachGroupOfTwoOrMoreTasksIsPlannedPerStrategyAndSeedAndAGroupOfOneByItsBaseline() {
    Study s = StudyFiles.load(FIXTURE);
    StudyPlan plan = StudyPlan.of(s);
    // baselines are off, but y2 alone is its own model: its baseline is planned
    assertThat(plan.runs()).extracting(PlannedRun::dir).containsExactly("baselines/y2/seed-5", "baselines/y2/seed-6",
        "static/seed-5", "static/seed-6", "groups/static/y1+y3/seed-5", "groups/static/y1+y3/seed-6",
        "pcgrad/seed-5", "pcgrad/seed-6", "groups/pcgrad/y1+y3/seed-5", "groups/pcgrad/y1+y3/seed-6");
    assertThat(plan.multiTaskRuns()).hasSize(4);
    assertThat(plan.groupRuns()).extracting(PlannedRun::key)
        .containsExactly(RunKey.group("static", List.of("y1", "y3"), Sharing.HARD, 5), RunKey.group("static", List.of("y1", "y3"),
            Sharing.HARD, 6), RunKey.group("pcgrad", List.of("y1", "y3"), Sharing.HARD, 5), RunKey.group("pcgrad",
            List.of("y1", "y3"), Sharing.HARD, 6));
    assertThat(plan.groupRuns().get(2).key().label()).isEqualTo("pcgrad on y1+y3 · hard · seed 5");
    assertThat(plan.find(RunKey.multiTask("pcgrad", Sharing.HARD, 5)).dir()).isEqualTo("pcgrad/seed-5");

    // with baselines and two sharing schemes: every baseline, the scheme after the strategy
    Study two = new Study(s.name(), s.experiment(), List.of("pcgrad"), List.of(Sharing.HARD, Sharing.CROSS_STITCH), s.seeds().subList(0, 1),
        true, false, s.groups());
    assertThat(StudyPlan.of(two).runs()).extracting(PlannedRun::dir).containsExactly("baselines/y1@hard/seed-5",
        "baselines/y2@hard/seed-5", "baselines/y3@hard/seed-5", "baselines/y1@cross-stitch/seed-5", "baselines/y2@cross-stitch/seed-5",
        "baselines/y3@cross-stitch/seed-5", "pcgrad@hard/seed-5", "groups/pcgrad@hard/y1+y3/seed-5", "pcgrad@cross-stitch/seed-5",
        "groups/pcgrad@cross-stitch/y1+y3/seed-5");
    // no grouping: the plan of before
    assertThat(StudyPlan.of(s.withGroups(List.of())).runs()).extracting(PlannedRun::dir).containsExactly("static/seed-5",
        "static/seed-6", "pcgrad/seed-5", "pcgrad/seed-6");
  }

  @Test
  void aGroupRunIsTheWholeRunRestrictedToTheGroupsTasks() {
    Study s = StudyFiles.load(FIXTURE).withGroups(List.of(List.of("y3", "y1"), List.of("y2")));
    PreparedStudy p = PreparedStudy.of(s, null);
    ExperimentSpec whole = s.multiTask("static", Sharing.HARD, 6);
    ExperimentSpec group = p.spec(RunKey.group("static", List.of("y3", "y1"), Sharing.HARD, 6));
    // the group's tasks in the grouping's order, the strategy with its weights for those tasks only
    assertThat(group.tasks()).extracting(TaskSpec::name).containsExactly("y3", "y1");
    assertThat(group.strategy().name()).isEqualTo("static");
    assertThat(group.strategy().weights()).isEqualTo(Map.of("y1", 2.0, "y3", 0.5));
    assertThat(group.name()).isEqualTo(whole.name() + " · group y3+y1");
    // the rest as the whole run has it: data, model, optimiser, training with its seed and diagnostics
    assertThat(group.data()).isEqualTo(whole.data());
    assertThat(group.model()).isEqualTo(whole.model());
    assertThat(group.optimizer()).isEqualTo(whole.optimizer());
    assertThat(group.training()).isEqualTo(whole.training());
    assertThat(group.training().seed()).isEqualTo(6L);
    // a weight of a task left out of the group is dropped (the static strategy refuses unknown names)
    Study other = s.withGroups(List.of(List.of("y1", "y2"), List.of("y3")));
    ExperimentSpec y12 = PreparedStudy.of(other, null).spec(RunKey.group("static", List.of("y1", "y2"), Sharing.HARD, 5));
    assertThat(y12.strategy().weights()).isEqualTo(Map.of("y1", 2.0));
    // the baseline of a group of one is the study's baseline, as before
    assertThat(p.spec(RunKey.baseline("y2", Sharing.HARD, 5)).tasks()).extracting(TaskSpec::name).containsExactly("y2");
    assertThat(p.spec(RunKey.baseline("y2", Sharing.HARD, 5)).strategy().name()).isEqualTo("equal");
  }

  @Test
  void aCsvGroupRunReadsTheWholeRunsFeatureColumnsAlone() {
    ExperimentSpec whole = StudyFiles.load(StudyFilesTest.FIXTURES.resolve("study-schema-1-path.json")).experiment();
    List<String> features = List.of("a", "b");
    ExperimentSpec sub = TaskSubset.of(whole, List.of(0), null, features);
    assertThat(sub.data().features()).isEqualTo(features);
    assertThat(Path.of(sub.data().csv())).isAbsolute();
    assertThat(sub.tasks()).containsExactly(whole.tasks().get(0));
  }
}
