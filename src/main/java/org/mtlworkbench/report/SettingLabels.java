package org.mtlworkbench.report;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Setting names and values as a reader says them: {@code optimizer.learningRate} is "learning
 * rate", {@code backbone[1].units} "layer 2 units", {@code REGRESSION} "regression". Paths with a
 * label of their own are listed here once; any other path is read word by word from its camel
 * case, so that a setting added later still reads as words rather than as JSON.
 */
final class SettingLabels {
  private static final Map<String, String> LABELS = new LinkedHashMap<>();
  private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");
  /** The sections of an experiment file, as a path's first component ("optimizer.learningRate"). */
  private static final Map<String, String> SECTIONS = Map.of("data", "data", "model", "model", "optimizer", "optimiser",
      "training", "training", "strategy", "strategy", "tasks", "tasks");

  static {
    LABELS.put("source", "data file");
    LABELS.put("trainRows", "training rows");
    LABELS.put("validationRows", "validation rows");
    LABELS.put("testRows", "test rows");
    LABELS.put("csv", "CSV file");
    LABELS.put("split.train", "training share");
    LABELS.put("split.validation", "validation share");
    LABELS.put("split.test", "test share");
    LABELS.put("impute", "missing feature values");
    LABELS.put("standardize", "standardise features");
    LABELS.put("generator.type", "generated data");
    LABELS.put("sharing", "sharing");
    LABELS.put("strategy.name", "strategy");
    LABELS.put("model.sharing", "sharing");
    LABELS.put("soft.lambda", "soft-sharing pull λ");
    LABELS.put("name", "experiment");
    LABELS.put("type", "kind");
    LABELS.put("learningRate", "learning rate");
    LABELS.put("weightDecay", "weight decay");
    LABELS.put("beta1", "β1");
    LABELS.put("beta2", "β2");
    LABELS.put("epsilon", "ε");
    LABELS.put("schedule.type", "learning-rate schedule");
    LABELS.put("schedule.stepEpochs", "schedule: epochs per step");
    LABELS.put("schedule.gamma", "schedule: factor per step");
    LABELS.put("schedule.minLearningRate", "schedule: lowest learning rate");
    LABELS.put("batchSize", "batch size");
    LABELS.put("diagnosticsEvery", "gradient diagnostics every (steps)");
    LABELS.put("affinityEvery", "task affinity every (steps)");
    LABELS.put("threads", "compute threads");
    LABELS.put("seed", "seed");
    LABELS.put("mtlWorkbench", "MTL Workbench");
    LABELS.put("nd4j", "ND4J");
    LABELS.put("java", "Java");
    LABELS.put("os", "operating system");
  }

  private SettingLabels() {}

  /**
   * The label of a flattened path: its own, its section's and the rest's ("optimizer.learningRate"
   * → "optimiser: learning rate"), or its words ("backbone[1].units" → "backbone layer 2 units").
   */
  static String label(String path) {
    String own = LABELS.get(path);
    if (own != null) {
      return own;
    }
    int dot = path.indexOf('.');
    if (dot > 0 && SECTIONS.containsKey(path.substring(0, dot))) {
      return SECTIONS.get(path.substring(0, dot)) + ": " + label(path.substring(dot + 1));
    }
    Matcher m = INDEX.matcher(path);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(b, " layer " + (Integer.parseInt(m.group(1)) + 1));
    }
    m.appendTail(b);
    return words(b.toString().replace('.', ' ')).replaceAll("\\s+", " ").trim();
  }

  /** A value as a reader says it: enum names in lower case ("REGRESSION" → "regression"), true/false as yes/no. */
  static String value(String v) {
    if (v == null) {
      return "–";
    }
    if (v.matches("[A-Z][A-Z_]+")) {
      return v.toLowerCase(Locale.ROOT).replace('_', ' ');
    }
    return switch (v) {
      case "true" -> "yes";
      case "false" -> "no";
      default -> v;
    };
  }

  /** "learningRate" → "learning rate". */
  private static String words(String camel) {
    return camel.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
  }
}
