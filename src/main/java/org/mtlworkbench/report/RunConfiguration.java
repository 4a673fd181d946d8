package org.mtlworkbench.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.mtlworkbench.experiment.ExperimentFiles;
import org.mtlworkbench.experiment.ExperimentSpec;
import org.mtlworkbench.model.LayerSpec;
import org.mtlworkbench.model.TaskSpec;
import org.mtlworkbench.store.RunManifest;

/**
 * The run's configuration, last in the report as an appendix, in a reader's words ({@link
 * SettingLabels}): the data and its targets, the tasks, the architecture as layer chains, the
 * strategy, optimiser and training settings, and the versions.
 */
final class RunConfiguration {
  private RunConfiguration() {}

  static void write(ReportPage page, RunManifest m) {
    Xhtml x = page.x();
    page.section("configuration", "Appendix: configuration");
    ExperimentSpec spec = m.experiment();
    x.element("h3", "Data");
    Map<String, Object> data = m.data() == null ? Map.of() : m.data();
    Map<String, String> summary = SpecDiff.flatten(ExperimentFiles.mapper().valueToTree(data));
    summary.keySet().removeIf(k -> k.startsWith("targets["));
    if (spec != null) {
      summary.putAll(SpecDiff.flatten(ExperimentFiles.mapper().valueToTree(spec.data())));
      if (summary.get("source") != null && summary.get("source").equals(summary.get("csv"))) {
        summary.remove("source");
      }
    }
    settings(x, summary);
    targets(x, data.get("targets"));
    if (spec != null) {
      x.element("h3", "Tasks");
      List<List<String>> rows = new ArrayList<>();
      for (TaskSpec t : spec.tasks()) {
        rows.add(List.of(str(t.name()), str(t.target()), orDefault(t.type()), orDefault(t.loss()), orDefault(t.metric()),
            t.labelBudget() == null ? "all" : String.valueOf(t.labelBudget())));
      }
      x.table(List.of("task", "target", "type", "loss", "metric", "labels used"), rows);
      x.element("h3", "Architecture and sharing");
      Map<String, String> arch = new LinkedHashMap<>();
      arch.put("sharing", spec.model().sharing());
      arch.put("backbone (shared)", chain(spec.model().backbone()));
      arch.put("head (one per task)", chain(spec.model().head()));
      Map<String, String> model = RunReport.modelSettings(spec);
      model.keySet().removeIf(k -> k.startsWith("backbone") || k.startsWith("head") || k.equals("sharing"));
      model.forEach(arch::put);
      if (m.sharedLayers() != null) {
        arch.put("shared layers", m.sharedLayers().isEmpty() ? "none" : String.join(", ", m.sharedLayers()));
      }
      settings(x, arch);
      x.element("h3", "Balancing strategy");
      // under its own heading the strategy's "name" is the strategy, not the experiment's name
      Map<String, String> strategy = new LinkedHashMap<>();
      SpecDiff.flatten(ExperimentFiles.mapper().valueToTree(spec.strategy()))
          .forEach((k, v) -> strategy.put(k.equals("name") ? "strategy.name" : k, v));
      settings(x, strategy);
      x.element("h3", "Optimiser");
      settings(x, SpecDiff.flatten(ExperimentFiles.mapper().valueToTree(spec.optimizer())));
      x.element("h3", "Training");
      settings(x, SpecDiff.flatten(ExperimentFiles.mapper().valueToTree(spec.training())));
    }
    x.element("h3", "Versions");
    settings(x, m.versions() == null ? Map.of() : m.versions());
    page.endSection();
  }

  /** "dense 32 (relu) → dense 1 (none)". */
  static String chain(List<LayerSpec> layers) {
    if (layers == null || layers.isEmpty()) {
      return "none";
    }
    return layers.stream().map(RunConfiguration::layer).collect(Collectors.joining(" → "));
  }

  private static String layer(LayerSpec l) {
    String size = switch (l.type()) {
      case LayerSpec.DENSE -> " " + l.units();
      case LayerSpec.CONV -> " " + l.filters() + "@" + l.kernel() + "×" + l.kernel()
          + (l.stride() != null && l.stride() != 1 ? " stride " + l.stride() : "")
          + (l.padding() != null && l.padding() != 0 ? " pad " + l.padding() : "");
      case LayerSpec.MAXPOOL -> " " + l.pool() + "×" + l.pool();
      default -> "";
    };
    String extra = l.dropout() != null && l.dropout() > 0 ? ", dropout " + l.dropout() : "";
    return l.type() + size + " (" + l.activation() + extra + ")";
  }

  /** The targets of the data summary: type, classes and labels per split. */
  private static void targets(Xhtml x, Object targets) {
    if (!(targets instanceof List<?> list) || list.isEmpty()) {
      return;
    }
    List<List<String>> rows = new ArrayList<>();
    for (Object o : list) {
      if (o instanceof Map<?, ?> t) {
        Object classes = t.get("classes");
        rows.add(List.of(str(t.get("name")), SettingLabels.value(str(t.get("type"))),
            classes == null || "0".equals(String.valueOf(classes)) ? "" : String.valueOf(classes),
            str(t.get("trainLabels")), str(t.get("validationLabels")), str(t.get("testLabels"))));
      }
    }
    x.table(List.of("target", "type", "classes", "training labels", "validation labels", "test labels"), rows);
  }

  private static void settings(Xhtml x, Map<String, String> values) {
    if (values.isEmpty()) {
      x.element("p", "(none recorded)");
      return;
    }
    // two settings side by side per row: half the length on paper
    List<Map.Entry<String, String>> all = List.copyOf(values.entrySet());
    int half = (all.size() + 1) / 2;
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < half; i++) {
      List<String> row = new ArrayList<>(List.of(SettingLabels.label(all.get(i).getKey()), SettingLabels.value(all.get(i).getValue())));
      if (half + i < all.size()) {
        row.addAll(List.of(SettingLabels.label(all.get(half + i).getKey()), SettingLabels.value(all.get(half + i).getValue())));
      } else {
        row.addAll(List.of("", ""));
      }
      rows.add(row);
    }
    x.table(List.of("setting", "value", "setting", "value"), rows, "class", "settings");
  }

  private static String orDefault(Object o) {
    return o == null ? "default" : SettingLabels.value(o.toString());
  }

  private static String str(Object o) {
    return o == null ? "–" : o.toString();
  }
}
