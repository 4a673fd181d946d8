package org.mtlworkbench.cli;

import java.io.PrintWriter;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.mtlworkbench.common.text.Numbers;
import org.mtlworkbench.train.Progress;
import org.mtlworkbench.train.RunOutcome;
import org.mtlworkbench.train.TrainingRun;

/** A one-line progress bar on a terminal, redrawn a few times a second until the run ends. */
final class TerminalProgress {
  private static final int WIDTH = 30;
  private final PrintWriter out;

  TerminalProgress(PrintWriter out) {
    this.out = out;
  }

  RunOutcome follow(TrainingRun run) throws InterruptedException, ExecutionException {
    while (true) {
      try {
        RunOutcome outcome = run.outcome().get(250, TimeUnit.MILLISECONDS);
        draw(run.progress());
        out.println();
        out.flush();
        return outcome;
      } catch (TimeoutException e) {
        draw(run.progress());
      }
    }
  }

  private void draw(Progress p) {
    out.print("\r" + line(p));
    out.flush();
  }

  static String line(Progress p) {
    int filled = (int) Math.round(p.fraction() * WIDTH);
    String bar = "#".repeat(filled) + " ".repeat(WIDTH - filled);
    String eta = Numbers.duration(p.etaSeconds());
    return String.format(
        "[%s] %3d%%  step %d/%d  %.0f steps/s  ETA %s ",
        bar, Math.round(p.fraction() * 100), p.step(), p.totalSteps(), p.stepsPerSecond(), eta);
  }
}
