package org.mtlworkbench.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.mtlworkbench.common.InputException;
import org.mtlworkbench.model.Sharing;
import org.mtlworkbench.nn.NativeThreads;
import org.mtlworkbench.train.EngineBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bench}: the engine's steps per second on the reference configurations of BENCH.md. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Measure training steps per second on a reference configuration (see PERFORMANCE.md).",
      "The last line is steps_per_second=<median over rounds>."
    })
public final class BenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--config", required = true, paramLabel = "B1|B2|B3", description = "B1 (784-256-128, 2×10 CE, batch 256), B2 (100-512-512-256, 4×1 MSE, batch 512) or B3 (Multi-LeNet on 1×28×28, 2×10 CE, batch 256).")
  String config;

  @Option(names = "--mode", defaultValue = "plain", paramLabel = "plain|diag|pcgrad", description = "plain, diag (per-task gradients, norms, cosines) or pcgrad. Default: ${DEFAULT-VALUE}.")
  String mode;

  @Option(names = "--strategy", paramLabel = "NAME", description = "Balance with this strategy (default options) instead of the mode's, to measure its cost against equal.")
  String strategy;

  @Option(names = "--sharing", defaultValue = "hard", paramLabel = "NAME", completionCandidates = SharingNames.class,
      description = "The configuration's model under this sharing scheme (its default settings): ${COMPLETION-CANDIDATES}."
          + " Default: ${DEFAULT-VALUE}.")
  String sharing;

  @Option(names = "--threads", defaultValue = "1", paramLabel = "N", description = "Native compute threads. Default: ${DEFAULT-VALUE}.")
  int threads;

  @Option(names = "--gemm-threading", defaultValue = "split", paramLabel = "split|openblas", description = "How matrix products use the threads: split (bands over single-threaded OpenBLAS) or openblas (its own threads). Default: ${DEFAULT-VALUE}.")
  String gemmThreading;

  @Option(names = "--seconds", defaultValue = "5", paramLabel = "S", description = "Timed seconds (split into rounds). Default: ${DEFAULT-VALUE}.")
  double seconds;

  @Option(names = "--rounds", defaultValue = "5", paramLabel = "R", description = "Timed rounds; the median is reported. Default: ${DEFAULT-VALUE}.")
  int rounds;

  @Override
  public Integer call() {
    EngineBenchmark.Config c;
    try {
      c = EngineBenchmark.Config.valueOf(config.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InputException("--config must be B1, B2 or B3, got '" + config + "'");
    }
    EngineBenchmark.Mode m = EngineBenchmark.Mode.parse(mode);
    if (threads < 1 || seconds <= 0 || rounds < 1) {
      throw new InputException("--threads and --rounds must be ≥ 1 and --seconds > 0");
    }
    NativeThreads.GemmThreading threading;
    try {
      threading = NativeThreads.GemmThreading.parse(gemmThreading);
    } catch (IllegalArgumentException e) {
      throw new InputException("--gemm-threading must be split or openblas, got '" + gemmThreading + "'");
    }
    PrintWriter out = spec.commandLine().getOut();
    NativeThreads.configure(threads, threading);
    out.printf(Locale.ROOT, "config=%s mode=%s sharing=%s threads=%d (%s)%n", c, m.name().toLowerCase(Locale.ROOT), sharing, threads,
        NativeThreads.current());
    out.flush();
    Sharing scheme = Sharing.parse(sharing);
    EngineBenchmark bench = new EngineBenchmark(c, m, strategy, scheme);
    EngineBenchmark.Result r = bench.measure(Math.min(2.0, seconds / 2), rounds, seconds / rounds, line -> {
      out.println(line);
      out.flush();
    });
    out.printf(Locale.ROOT, "steps_per_second=%.2f%n", r.median());
    out.flush();
    return 0;
  }
}
