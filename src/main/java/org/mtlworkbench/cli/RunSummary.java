package org.mtlworkbench.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mtlworkbench.common.text.Numbers;
import org.mtlworkbench.model.Task;
import org.mtlworkbench.train.EpochRecord;
import org.mtlworkbench.train.RunOutcome;
import org.mtlworkbench.train.TaskEvaluation;

/** The few lines printed when a headless run ends: status and each task's final metrics. */
final class RunSummary {
  private final RunOutcome outcome;
  private final List<Task> tasks;

  RunSummary(RunOutcome outcome, List<Task> tasks) {
    this.outcome = outcome;
    this.tasks = tasks;
  }

  void print(PrintWriter out) {
    out.printf("%s: %s (%d steps, %.1f s)%n", outcome.status().id(), outcome.message(), outcome.steps(), outcome.wallSeconds());
    print(out, outcome.validation());
    print(out, outcome.test());
  }

  private void print(PrintWriter out, EpochRecord r) {
    if (r == null) {
      return;
    }
    for (int k = 0; k < tasks.size(); k++) {
      TaskEvaluation ev = r.tasks().get(k);
      StringBuilder b = new StringBuilder();
      b.append(String.format(Locale.ROOT, "  %-10s %-16s loss %s", r.split(), tasks.get(k).name(), Numbers.number(ev.loss())));
      for (Map.Entry<String, Double> m : ev.metrics().entrySet()) {
        b.append("  ").append(m.getKey()).append(' ').append(Numbers.number(m.getValue()));
      }
      out.println(b);
    }
  }
}
