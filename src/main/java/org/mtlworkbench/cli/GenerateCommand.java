package org.mtlworkbench.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.mtlworkbench.common.InputException;
import org.mtlworkbench.data.CorrelatedRegressionSpec;
import org.mtlworkbench.data.CsvDatasetWriter;
import org.mtlworkbench.data.Dataset;
import org.mtlworkbench.data.FashionMnistFiles;
import org.mtlworkbench.data.FashionSubset;
import org.mtlworkbench.data.GeneratorSpec;
import org.mtlworkbench.data.CompetingRegressionSpec;
import org.mtlworkbench.data.ImbalancedRegressionSpec;
import org.mtlworkbench.data.MultiFashionSpec;
import org.mtlworkbench.data.TargetColumn;
import picocli.CommandLine.Command;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code generate}: writes synthetic multi-task data to a CSV file (header x1..xd, y1..yK) that
 * an experiment can then load, e.g.
 *
 * <pre>
 * generate correlated-regression --rows 8000 --features 100 --tasks 2 --correlation 0.9 \
 *     --seed 7 --out file.csv
 * generate imbalanced-regression --rows 8000 --features 250 --scales 1,10,100 --seed 7 \
 *     --out file.csv
 * generate competing-regression --rows 4000 --features 100 --scales 1,1.25 --seed 7 --out file.csv
 * generate multi-fashion --source auto --pairing disjoint --resize nearest --seed 1 --out file.csv
 * generate fashion-subset --source /usr/share/datasets/fashion-mnist --train 6000 --test 1000 \
 *     --seed 1 --out folder
 * </pre>
 *
 * <p>Option defaults are read from the generator spec records (their compact constructors are
 * the one place where defaults live), so the help text and the experiment files agree. Bad
 * values throw {@link InputException}, for the root command to print as one line.
 */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = "Write synthetic or image-based multi-task data to a CSV file.")
public final class GenerateCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  public GenerateCommand() {}

  /** Without a subcommand: show which generators there are. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return 2;
  }

  @Command(
      name = CorrelatedRegressionSpec.TYPE,
      mixinStandardHelpOptions = true,
      defaultValueProvider = GenerateCommand.SpecDefaults.class,
      description = {
        "Regression tasks with a set task correlation.",
        "After Ma et al. 2018 (MMoE), section 3.2:",
        "  y_k = w_k·x + Σ_i sin(α_i w_k·x + β_i) + ε,  cos(w_i, w_j) = correlation"
      })
  int correlatedRegression(
      @Mixin RegressionOptions regression,
      @Option(names = "--tasks", paramLabel = "K",
              description = "number of tasks (default ${DEFAULT-VALUE})")
          Integer tasks,
      @Option(names = "--correlation", paramLabel = "P",
              description = "cosine between task weight vectors, -1..1 (default ${DEFAULT-VALUE})")
          Double correlation,
      @Mixin CsvOutputOptions csv) {
    GeneratorSpec generator =
        new CorrelatedRegressionSpec(regression.rows, regression.features, tasks, correlation, regression.seed);
    return write(generator, csv);
  }

  @Command(
      name = ImbalancedRegressionSpec.TYPE,
      mixinStandardHelpOptions = true,
      defaultValueProvider = GenerateCommand.SpecDefaults.class,
      description = {
        "Regression tasks whose outputs differ in scale.",
        "After Chen et al. 2018 (GradNorm), toy example:",
        "  y_i = σ_i/√P · Σ_p tanh(((B + ε_i)·x)_p),  σ_i from --scales"
      })
  int imbalancedRegression(
      @Mixin RegressionOptions regression,
      @Option(names = "--scales", split = ",", paramLabel = "S",
              description = "one output scale per task (default ${DEFAULT-VALUE})")
          List<Double> scales,
      @Option(names = "--outputs", paramLabel = "P",
              description = "tanh units summed per target (default ${DEFAULT-VALUE})")
          Integer outputs,
      @Mixin CsvOutputOptions csv) {
    return write(new ImbalancedRegressionSpec(regression.rows, regression.features, scales, outputs, regression.seed), csv);
  }

  @Command(
      name = CompetingRegressionSpec.TYPE,
      mixinStandardHelpOptions = true,
      defaultValueProvider = GenerateCommand.SpecDefaults.class,
      description = {
        "Tasks that each read their own direction of x: they compete for a too-narrow shared layer.",
        "  y_k = σ_k (u_k·x + ε),  u_k orthonormal,  σ_k from --scales"
      })
  int competingRegression(
      @Mixin RegressionOptions regression,
      @Option(names = "--scales", split = ",", paramLabel = "S",
              description = "one output scale per task (default ${DEFAULT-VALUE})")
          List<Double> scales,
      @Mixin CsvOutputOptions csv) {
    return write(new CompetingRegressionSpec(regression.rows, regression.features, scales, regression.seed), csv);
  }

  @Command(
      name = MultiFashionSpec.TYPE,
      mixinStandardHelpOptions = true,
      defaultValueProvider = GenerateCommand.SpecDefaults.class,
      description = {
        "Two Fashion-MNIST items on one 28x28 image; tasks left and right (their classes).",
        "As Sener & Koltun 2018 built MultiMNIST: 36x36 canvas, first item at [0,28),",
        "second at [6,34), overlap = max, resized to 28x28. Pixels x1..x784 in [0, 1]."
      })
  int multiFashion(
      @Option(names = "--source", paramLabel = "DIR",
              description = "auto, sample or a folder of Fashion-MNIST IDX files (default ${DEFAULT-VALUE};"
                  + " auto = " + FashionMnistFiles.DEBIAN_FOLDER + " when installed, else the shipped subset)")
          String source,
      @Option(names = "--rows", paramLabel = "N", description = "rows to keep, 0 = all (default ${DEFAULT-VALUE})")
          Integer rows,
      @Option(names = "--pairing", paramLabel = "P",
              description = "disjoint (each item in one row) or random (default ${DEFAULT-VALUE})")
          String pairing,
      @Option(names = "--resize", paramLabel = "R", description = "nearest or area (default ${DEFAULT-VALUE})")
          String resize,
      @Option(names = "--seed", paramLabel = "S", description = "pairing seed (default ${DEFAULT-VALUE})")
          Long seed,
      @Mixin CsvOutputOptions csv) {
    GeneratorSpec generator;
    try {
      generator = new MultiFashionSpec(source, rows, pairing, resize, seed);
    } catch (InputException e) {
      throw new InputException("--" + e.getMessage(), e);
    }
    return write(generator, csv);
  }

  @Command(
      name = "fashion-subset",
      mixinStandardHelpOptions = true,
      description = {
        "Write a seeded random subset of Fashion-MNIST as gzip IDX files with the original names",
        "(how sample-datasets/multi-fashion/fashion-mnist-subset was made)."
      })
  int fashionSubset(
      @Option(names = "--source", required = true, paramLabel = "DIR",
              description = "folder with the four Fashion-MNIST files, e.g. " + FashionMnistFiles.DEBIAN_FOLDER)
          Path source,
      @Option(names = "--train", defaultValue = "6000", paramLabel = "N",
              description = "training items to keep (default ${DEFAULT-VALUE})")
          int train,
      @Option(names = "--test", defaultValue = "1000", paramLabel = "N",
              description = "test (t10k) items to keep (default ${DEFAULT-VALUE})")
          int test,
      @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "seed (default ${DEFAULT-VALUE})")
          long seed,
      @Option(names = "--out", required = true, paramLabel = "DIR", description = "folder to write") Path out) {
    try {
      FashionSubset.write(source, train, test, seed, out);
    } catch (IOException e) {
      throw new InputException("--out: cannot write " + out + " (" + e.getMessage() + ")", e);
    }
    spec.commandLine().getOut().println("wrote " + train + " training and " + test + " test items to " + out);
    spec.commandLine().getOut().flush();
    return 0;
  }

  private int write(GeneratorSpec generator, CsvOutputOptions csv) {
    Path out = csv.out;
    int significant = csv.digits == null ? CsvDatasetWriter.DEFAULT_DIGITS : csv.digits;
    if (significant < 1 || significant > 9) {
      throw new InputException("--digits: must be between 1 and 9, got " + significant);
    }
    Dataset data;
    try {
      data = generator.generate();
    } catch (InputException e) {
      throw new InputException("--" + e.getMessage(), e);
    }
    try {
      Path parent = out.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      CsvDatasetWriter.write(data, out, significant);
    } catch (IOException e) {
      throw new InputException("--out: cannot write " + out + " (" + e.getMessage() + ")", e);
    }
    spec.commandLine().getOut().println("wrote " + data.rows() + " rows, " + data.featureCount()
        + " features, targets "
        + data.targets().stream().map(TargetColumn::name).collect(Collectors.joining(", "))
        + " to " + out);
    spec.commandLine().getOut().flush();
    return 0;
  }

  /** Supplies option defaults from the spec records built with every field missing. */
  public static final class SpecDefaults implements IDefaultValueProvider {
    private static final Map<String, Map<String, Object>> DEFAULTS =
        Map.of(
            CorrelatedRegressionSpec.TYPE,
            defaults(new CorrelatedRegressionSpec(null, null, null, null, null)),
            ImbalancedRegressionSpec.TYPE,
            defaults(new ImbalancedRegressionSpec(null, null, null, null, null)),
            CompetingRegressionSpec.TYPE,
            defaults(new CompetingRegressionSpec(null, null, null, null)),
            MultiFashionSpec.TYPE,
            defaults(new MultiFashionSpec(null, null, null, null, null)));

    private static Map<String, Object> defaults(GeneratorSpec s) {
      Map<String, Object> m = new java.util.HashMap<>();
      m.put("--rows", s.rows());
      m.put("--seed", s.seed());
      m.put("--digits", CsvDatasetWriter.DEFAULT_DIGITS);
      if (s instanceof CorrelatedRegressionSpec c) {
        m.put("--features", c.features());
        m.put("--tasks", c.tasks());
        m.put("--correlation", c.correlation());
      } else if (s instanceof ImbalancedRegressionSpec i) {
        m.put("--features", i.features());
        m.put("--outputs", i.outputs());
        m.put("--scales",
            i.scales().stream().map(String::valueOf).collect(Collectors.joining(",")));
      } else if (s instanceof CompetingRegressionSpec c) {
        m.put("--features", c.features());
        m.put("--scales", c.scales().stream().map(String::valueOf).collect(Collectors.joining(",")));
      } else if (s instanceof MultiFashionSpec f) {
        m.put("--source", f.source());
        m.put("--pairing", f.pairing());
        m.put("--resize", f.resize());
      }
      return m;
    }

    @Override
    public String defaultValue(ArgSpec arg) {
      if (!(arg instanceof OptionSpec option) || arg.command() == null) {
        return null;
      }
      Map<String, Object> forCommand = DEFAULTS.get(arg.command().name());
      Object v = forCommand == null ? null : forCommand.get(option.longestName());
      return v == null ? null : v.toString();
    }
  }
}
