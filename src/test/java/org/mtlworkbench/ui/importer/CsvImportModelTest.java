package org.mtlworkbench.ui.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtlworkbench.common.InputException;
import org.mtlworkbench.data.CsvDatasetLoader;
import org.mtlworkbench.data.Imputation;
import org.mtlworkbench.data.TaskType;

class CsvImportModelTest {
  @TempDir Path dir;

  private CsvImportModel model(String csv) throws Exception {
    Path file = dir.resolve("people.csv");
    Files.writeString(file, csv);
    return new CsvImportModel(CsvProfiler.read(file));
  }

  @Test
  void columnsAreProfiledOverTheWholeFileAndTheFirstRowsPreviewed() throws Exception {
    CsvImportModel m = model("age,height,y,kind,flag\n31,1.7,0.5,a,1\n40,,0.7,b,0\nunknown,1.6,,a,1\n");

    var file = m.file();
    assertThat(file.rows()).isEqualTo(3);
    assertThat(file.preview()).hasSize(3).first().isEqualTo(List.of("31", "1.7", "0.5", "a", "1"));
    ColumnProfile age = file.columns().get(0);
    assertThat(age.numbers()).isEqualTo(2);
    assertThat(age.texts()).isEqualTo(1);
    assertThat(age.firstTextRow()).isEqualTo(3);
    assertThat(age.firstText()).isEqualTo("unknown");
    assertThat(file.columns().get(1).missing()).isEqualTo(1);
    assertThat(file.columns().get(1).firstMissingRow()).isEqualTo(2);
    assertThat(file.columns().get(2).detectedType()).isEqualTo(TaskType.REGRESSION);
    assertThat(file.columns().get(3).detectedType()).isEqualTo(TaskType.BINARY);
    assertThat(file.columns().get(4).detectedType()).isEqualTo(TaskType.BINARY);
    assertThat(file.columns().get(4).summary()).isEqualTo("0/1");
  }

  @Test
  void rolesAreGuessedFromNamesAndContents() throws Exception {
    CsvImportModel m = model("age,note,y,label_b\n31,hello,0.5,a\n40,there,0.7,b\n2x,you,1,a\n");

    assertThat(m.columns()).extracting(c -> c.roleProperty().get())
        .containsExactly(ColumnRole.FEATURE, ColumnRole.IGNORE, ColumnRole.TARGET, ColumnRole.TARGET);
  }

  @Test
  void aTextCellInAFeatureIsNamedByColumnRowAndValueUntilTheColumnIsIgnored() throws Exception {
    CsvImportModel m = model("age,height,y\n31,1.7,0.5\n40,1.8,0.7\nunknown,1.6,0.2\n");

    String expected = "column 'age' has text in row 3 ('unknown'): a feature must be numeric; make it a target or ignore it";
    assertThat(m.problems()).containsExactly(expected);
    assertThat(m.problem("age")).contains(expected);
    assertThat(m.problem("height")).isEmpty();

    m.column("age").orElseThrow().roleProperty().set(ColumnRole.IGNORE);

    assertThat(m.problems()).isEmpty();
    assertThat(m.csvOptions().features()).containsExactly("height");
    assertThat(m.csvOptions().targets()).containsExactly("y");
  }

  @Test
  void missingFeatureValuesNeedImputationAndTargetTypesMustFitTheirValues() throws Exception {
    CsvImportModel m = model("a,b,y,k\n1,2,0.5,x\n3,,0.7,y\n5,6,0.1,z\n");
    m.column("k").orElseThrow().roleProperty().set(ColumnRole.TARGET);

    assertThat(m.problems()).containsExactly(
        "column 'b' has a missing value in row 2: fill missing features with the column mean, or ignore the column");
    m.imputeMeanProperty().set(true);
    assertThat(m.problems()).isEmpty();
    assertThat(m.csvOptions().impute()).isEqualTo(Imputation.MEAN);

    m.column("k").orElseThrow().typeProperty().set(TaskType.BINARY);
    assertThat(m.problems()).containsExactly("column 'k' has 3 distinct labels: a binary target needs exactly 2");
    m.column("k").orElseThrow().typeProperty().set(TaskType.REGRESSION);
    assertThat(m.problems()).containsExactly("column 'k' has text in row 1 ('x'): it cannot be a regression target");
  }

  @Test
  void withoutATargetOrAFeatureTheImportCannotGoAhead() throws Exception {
    CsvImportModel m = model("a,b\n1,2\n3,4\n");
    assertThat(m.problems()).containsExactly("Choose at least one target column (a task to learn).");
    m.column("a").orElseThrow().roleProperty().set(ColumnRole.TARGET);
    m.column("b").orElseThrow().roleProperty().set(ColumnRole.TARGET);
    assertThat(m.problems()).containsExactly("Choose at least one feature column (an input).");
  }

  @Test
  void theChosenOptionsLoadTheFileAsTheDialogDescribedIt() throws Exception {
    CsvImportModel m = model("a,b,y,k\n1,2,0.5,0\n3,4,0.7,1\n5,6,0.1,2\n");
    m.column("k").orElseThrow().roleProperty().set(ColumnRole.TARGET);
    m.column("k").orElseThrow().typeProperty().set(TaskType.MULTICLASS); // detected as regression

    var loaded = CsvDatasetLoader.load(m.file().file(), m.csvOptions());

    assertThat(loaded.featureNames()).containsExactly("a", "b");
    assertThat(loaded.target("k").type()).isEqualTo(TaskType.MULTICLASS);
    assertThat(loaded.target("y").type()).isEqualTo(TaskType.REGRESSION);
    assertThat(m.csvOptions().typeOverrides()).isEqualTo(Map.of("k", TaskType.MULTICLASS));
    assertThat(m.declaredType("k")).isEqualTo("multiclass");
    assertThat(m.declaredType("y")).isNull();
    assertThat(m.dataSpec().features()).containsExactly("a", "b");
    assertThat(Path.of(m.dataSpec().csv())).isAbsolute();
  }

  @Test
  void aRaggedRowIsAnErrorNamingItsLineWithTheRowsBeforeIt() throws Exception {
    Path file = dir.resolve("ragged.csv");
    Files.writeString(file, "a,b,y\n1,2,3\n4,5\n6,7,8\n");
    CsvProfiler.Result r = CsvProfiler.read(file);
    assertThat(r.error()).isEqualTo("ragged.csv, line 3: 2 values, but the header has 3 columns");
    assertThat(r.preview()).containsExactly(List.of("1", "2", "3"));
    CsvImportModel model = new CsvImportModel(r);
    assertThat(model.fileError()).contains(r.error());
    assertThat(model.problems()).first().isEqualTo(r.error());
  }

  @Test
  void numbersAreReadAsTheLoaderReadsThem() {
    assertThat(CsvProfiler.number("1.5e3")).isEqualTo(1500.0);
    assertThat(CsvProfiler.number("-2")).isEqualTo(-2.0);
    assertThat(CsvProfiler.number("Infinity")).isInfinite();
    assertThat(CsvProfiler.number("1f")).isNaN();
    assertThat(CsvProfiler.number("0x10")).isNaN();
    assertThat(CsvProfiler.number("abc")).isNaN();
  }
}
