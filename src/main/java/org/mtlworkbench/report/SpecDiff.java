package org.mtlworkbench.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.mtlworkbench.experiment.ExperimentFiles;
import org.mtlworkbench.experiment.ExperimentSpec;

/**
 * What differs between the experiments of several runs: each spec is turned into its JSON tree
 * (as in the experiment file) and flattened to {@code path → value} ({@code
 * optimizer.learningRate}, {@code model.backbone[0].units}); the paths whose values are not the
 * same in every run are the differences. A path one spec lacks counts as the value "–".
 */
public final class SpecDiff {
  /** Shown for a path a spec does not have. */
  public static final String ABSENT = "–";

  private SpecDiff() {}

  /**
   * One differing setting.
   *
   * @param path dotted JSON path
   * @param values its value in each run, in the order the specs were given
   */
  public record Row(String path, List<String> values) {}

  /** The settings that differ between {@code specs}, in the order they appear in the first spec. */
  public static List<Row> of(List<ExperimentSpec> specs) {
    List<Map<String, String>> flat = new ArrayList<>();
    Set<String> paths = new LinkedHashSet<>();
    for (ExperimentSpec s : specs) {
      Map<String, String> m = flatten(ExperimentFiles.mapper().valueToTree(s));
      flat.add(m);
      paths.addAll(m.keySet());
    }
    List<Row> rows = new ArrayList<>();
    for (String path : paths) {
      List<String> values = flat.stream().map(m -> m.getOrDefault(path, ABSENT)).toList();
      if (values.stream().distinct().count() > 1) {
        rows.add(new Row(path, values));
      }
    }
    return rows;
  }

  /** The leaves of a JSON tree by dotted path; null leaves are left out (they mean "default"). */
  public static Map<String, String> flatten(JsonNode node) {
    Map<String, String> out = new LinkedHashMap<>();
    flatten("", node, out);
    return out;
  }

  private static void flatten(String path, JsonNode node, Map<String, String> out) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return;
    }
    if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> f = fields.next();
        flatten(path.isEmpty() ? f.getKey() : path + "." + f.getKey(), f.getValue(), out);
      }
    } else if (node.isArray()) {
      if (node.isEmpty()) {
        out.put(path, "[]");
      }
      for (int i = 0; i < node.size(); i++) {
        flatten(path + "[" + i + "]", node.get(i), out);
      }
    } else {
      out.put(path, Objects.toString(node.asText()));
    }
  }
}
