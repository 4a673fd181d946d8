package org.mtlworkbench.nn;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** nn and optim sit near the bottom of the house: they must not reach up into the engine. */
class NnDependenciesTest {
  private static final String[] ABOVE = {
    "org.mtlworkbench.model..", "org.mtlworkbench.balance..", "org.mtlworkbench.diagnostics..",
    "org.mtlworkbench.train..", "org.mtlworkbench.experiment..", "org.mtlworkbench.store..",
    "org.mtlworkbench.run..", "org.mtlworkbench.study..", "org.mtlworkbench.report..",
    "org.mtlworkbench.cli..", "org.mtlworkbench.ui..", "javafx..", "org.jfree.."
  };

  private final JavaClasses classes = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
      .importPackages("org.mtlworkbench.nn", "org.mtlworkbench.optim");

  @Test
  void nnDependsOnNothingAboveIt() {
    noClasses().that().resideInAPackage("org.mtlworkbench.nn..")
        .should().dependOnClassesThat().resideInAnyPackage(ABOVE)
        .orShould().dependOnClassesThat().resideInAPackage("org.mtlworkbench.optim..")
        .because("nn is below optim and knows nothing of tasks or training")
        .check(classes);
  }

  @Test
  void optimDependsOnNothingAboveIt() {
    noClasses().that().resideInAPackage("org.mtlworkbench.optim..")
        .should().dependOnClassesThat().resideInAnyPackage(ABOVE)
        .because("optim is below model and knows nothing of tasks or training")
        .check(classes);
  }
}
