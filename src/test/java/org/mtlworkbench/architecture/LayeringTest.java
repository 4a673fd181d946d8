package org.mtlworkbench.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import java.util.Arrays;
import java.util.List;
import org.mtlworkbench.Main;

/**
 * The layering rules of the design ("Layers of the house"), checked on the production classes.
 *
 * <p>Exceptions: {@code org.mtlworkbench.Main} is the one class allowed to reach {@code ui} and
 * {@code cli}, because it chooses between them from the command-line arguments. There are no
 * others; one that is needed gets its own {@code ignoreDependency} with a comment saying why.
 */
@AnalyzeClasses(packages = "org.mtlworkbench", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {
  private static final String BASE = "org.mtlworkbench.";

  /**
   * Top to bottom; a layer may use only the layers below it (and {@code common}). Why each sits
   * where it does:
   *
   * <ul>
   *   <li>{@code ui}: the desktop window, one way in among several.
   *   <li>{@code cli}: the commands, a thin shell over study, run and report.
   *   <li>{@code cluster}: a study's runs as the tasks of a cluster (Apache Spark), a way to run
   *       a study beside the in-process one; the window uses it to export a study for a cluster.
   *   <li>{@code report}: HTML, PDF, CSV and charts of stored runs; it reads run directories and
   *       never trains.
   *   <li>{@code study}: several runs answering one question (seeds, baselines, sweeps); it
   *       starts single runs, so it sits above {@code run}.
   *   <li>{@code run}: one experiment assembled and trained while its directory is written; it
   *       writes through {@code store}.
   *   <li>{@code store}: the run directory format, written and read in one place, and the
   *       workspace of run directories; {@code run.json} embeds the experiment, so it sits above
   *       {@code experiment}, and it knows nothing of how a run is executed.
   *   <li>{@code experiment}: the experiment spec and its JSON file, checked before anything runs.
   *   <li>{@code train}, {@code diagnostics}, {@code balance}, {@code model}, {@code optim},
   *       {@code nn}, {@code data}: the engine, from the training loop down to the data.
   * </ul>
   */
  private static final List<String> LAYERS =
      List.of(
          "ui", "cli", "cluster", "report", "study", "run", "store", "experiment", "train", "diagnostics",
          "balance", "model", "optim", "nn", "data");

  private static final String COMMON = "common";

  @ArchTest
  static final ArchRule onlyUiUsesJavaFx =
      noClasses()
          .that()
          .resideOutsideOfPackage(BASE + "ui..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("javafx..")
          .because(
              "the engine, the command line and the reports must run on a machine without a"
                  + " display, and a view must be replaceable without touching what it shows");

  @ArchTest
  static final ArchRule engineUsesNeitherJavaFxNorJFreeChart =
      noClasses()
          .that()
          .resideInAnyPackage(
              packages("nn", "data", "optim", "model", "balance", "train", "diagnostics"))
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("javafx..", "org.jfree..")
          .because(
              "training and its diagnostics publish numbers; drawing them is the business of"
                  + " report and ui, so that a headless run pulls in no drawing code");

  @ArchTest
  static final ArchRule seriesDrawNothing =
      noClasses()
          .that()
          .resideInAPackage(BASE + "report.series..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(BASE + "report.chart..", "org.jfree..", "java.awt..", "javafx..")
          .because(
              "decimation, smoothing, seed bands and Pareto fronts are computations on numbers that"
                  + " the window, the report and the command line share; drawing them is"
                  + " report.chart's and ui's business");

  @ArchTest
  static final ArchRule nothingButMainUsesUi =
      noClasses()
          .that()
          .resideOutsideOfPackage(BASE + "ui..")
          .and(belongToAnyOf(Main.class).negate())
          .should()
          .dependOnClassesThat()
          .resideInAPackage(BASE + "ui..")
          .because(
              "the desktop app is one way in among several (command line, scripts); only Main"
                  + " decides to open it");

  @ArchTest
  static final ArchRule nothingButMainUsesCli =
      noClasses()
          .that()
          .resideOutsideOfPackage(BASE + "cli..")
          .and(belongToAnyOf(Main.class).negate())
          .should()
          .dependOnClassesThat()
          .resideInAPackage(BASE + "cli..")
          .because(
              "commands are a thin shell over study, run and report; the desktop app calls"
                  + " those directly, never a command, and only Main dispatches to the cli");

  @ArchTest
  static final ArchRule onlyClusterUsesSpark =
      noClasses()
          .that()
          .resideOutsideOfPackage(BASE + "cluster..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.apache.spark..", "scala..")
          .because(
              "Spark is not part of the desktop app (a cluster brings its own): every other package"
                  + " must load and run without it");

  @ArchTest
  static final ArchRule layersDependOnlyDownwards = downwardLayers();

  private static ArchRule downwardLayers() {
    LayeredArchitecture architecture =
        layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            // A layer with no classes yet is not an error: the layers are filled in one by one.
            .withOptionalLayers(true)
            .layer(COMMON)
            .definedBy(BASE + COMMON + "..");
    for (String layer : LAYERS) {
      architecture = architecture.layer(layer).definedBy(BASE + layer + "..");
    }
    for (int i = 0; i < LAYERS.size(); i++) {
      List<String> below = LAYERS.subList(i + 1, LAYERS.size());
      String[] allowed = concat(below, COMMON);
      architecture = architecture.whereLayer(LAYERS.get(i)).mayOnlyAccessLayers(allowed);
    }
    architecture = architecture.whereLayer(COMMON).mayNotAccessAnyLayer();
    return architecture.because(
        "arrows point downwards only (ui → cli → report → study → run → store → experiment →"
            + " train → diagnostics → balance → model → optim → nn → data, common under all), so"
            + " that each layer can be built, tested and reused without the ones above it");
  }

  private static String[] packages(String... layers) {
    return Arrays.stream(layers).map(layer -> BASE + layer + "..").toArray(String[]::new);
  }

  private static String[] concat(List<String> layers, String extra) {
    String[] all = layers.toArray(new String[layers.size() + 1]);
    all[layers.size()] = extra;
    return all;
  }
}
