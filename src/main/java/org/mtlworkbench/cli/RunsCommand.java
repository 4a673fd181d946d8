package org.mtlworkbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.mtlworkbench.common.text.Numbers;
import org.mtlworkbench.store.RunEntry;
import org.mtlworkbench.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code runs [--workspace DIR]}: the runs in the workspace, newest first, as the window's Runs
 * list shows them: folder, status, how far each got and how long it ran (a crashed run: until its
 * last write), what it ran, and each task's final metric. A folder whose run.json cannot be read
 * is named on stderr, one line each, and the others are still listed.
 */
@Command(
    name = "runs",
    mixinStandardHelpOptions = true,
    description = "List the runs in the workspace: status, steps done and time, what each ran, and each task's final metric.")
public final class RunsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin WorkspaceOption workspace;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Workspace ws = workspace.workspace();
    List<String> unreadable = new ArrayList<>();
    List<RunEntry> entries = ws.list(unreadable::add);
    for (RunEntry e : entries) {
      out.println(line(ws.root(), e));
    }
    out.println(entries.size() + (entries.size() == 1 ? " run in " : " runs in ") + ws.root());
    out.flush();
    for (String u : unreadable) {
      err.println("skipped: " + u);
    }
    err.flush();
    return 0;
  }

  /** "20261203-022852-… · crashed · 2,046 of 15,000 steps · 0:11 · Correlated regression · hard · equal · seed 42 · y1 mse 0.68". */
  static String line(Path root, RunEntry e) {
    List<String> parts = new ArrayList<>();
    Path dir = e.dir().toAbsolutePath().normalize();
    parts.add(dir.startsWith(root) ? root.relativize(dir).toString() : dir.toString());
    parts.add(e.status().id());
    parts.add(e.progress().describe());
    parts.add(e.name());
    List<String> metrics = new ArrayList<>();
    for (Map.Entry<String, String> t : e.taskMetrics().entrySet()) {
      Double v = e.finalMetrics().getOrDefault(t.getKey(), Map.of()).get(t.getValue());
      if (v != null) {
        metrics.add(t.getKey() + " " + t.getValue() + " " + Numbers.number(v));
      }
    }
    if (!metrics.isEmpty()) {
      parts.add(String.join(", ", metrics) + " (" + e.finalSplit() + ")");
    }
    return String.join(" · ", parts);
  }
}
