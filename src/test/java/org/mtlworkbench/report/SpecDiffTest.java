package org.mtlworkbench.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mtlworkbench.experiment.ExperimentFiles;
import org.mtlworkbench.experiment.ExperimentSpec;

class SpecDiffTest {
  private static ExperimentSpec spec(String units, String lr, long seed) {
    return ExperimentFiles.parse("""
        {"schemaVersion": 1, "name": "x",
         "data": {"generator": {"type": "correlated-regression", "rows": 100, "features": 4, "tasks": 2, "seed": 1}},
         "tasks": [{"target": "y1"}, {"target": "y2"}],
         "model": {"backbone": [{"units": %s}]},
         "optimizer": {"learningRate": %s},
         "training": {"seed": %d}}
        """.formatted(units, lr, seed), "test");
  }

  @Test
  void listsOnlyThePathsWhoseValuesDiffer() {
    List<SpecDiff.Row> rows = SpecDiff.of(List.of(spec("8", "0.01", 1), spec("16", "0.01", 2), spec("8", "0.01", 3)));
    assertThat(rows).extracting(SpecDiff.Row::path).containsExactly("model.backbone[0].units", "training.seed");
    assertThat(rows.get(0).values()).containsExactly("8", "16", "8");
    assertThat(rows.get(1).values()).containsExactly("1", "2", "3");
  }

  @Test
  void identicalSpecsHaveNoDifferences() {
    assertThat(SpecDiff.of(List.of(spec("8", "0.5", 1), spec("8", "0.5", 1)))).isEmpty();
  }

  @Test
  void flattensNestedObjectsAndArraysAndMarksMissingPaths() throws Exception {
    var tree = new ObjectMapper().readTree("{\"a\": {\"b\": [1, {\"c\": \"x\"}], \"n\": null}, \"e\": []}");
    assertThat(SpecDiff.flatten(tree)).containsExactly(
        java.util.Map.entry("a.b[0]", "1"), java.util.Map.entry("a.b[1].c", "x"), java.util.Map.entry("e", "[]"));
  }
}
