package org.mtlworkbench.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtlworkbench.common.InputException;

class CsvDatasetLoaderTest {
  @TempDir Path dir;

  private Path csv(String text) throws IOException {
    Path p = dir.resolve("data.csv");
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  private Dataset load(String text, CsvOptions options) throws IOException {
    return CsvDatasetLoader.load(csv(text), options);
  }

  private static float[] values(TargetColumn t) {
    return t.values();
  }

  @Test
  void readsFeaturesRowMajorAndEveryNonTargetColumnIsAFeature() throws IOException {
    Dataset d = load("a,y,b\n1,0.5,2\n3,1.5,4\n5,2.5,6\n", CsvOptions.targets("y"));
    assertThat(d.name()).isEqualTo("data.csv");
    assertThat(d.rows()).isEqualTo(3);
    assertThat(d.featureNames()).containsExactly("a", "b");
    assertThat(d.features()).containsExactly(1, 2, 3, 4, 5, 6);
    TargetColumn y = d.target("y");
    assertThat(y.type()).isEqualTo(TaskType.REGRESSION);
    assertThat(values(y)).containsExactly(0.5f, 1.5f, 2.5f);
    assertThat(y.classNames()).isEmpty();
  }

  @Test
  void explicitFeatureListPicksAndOrdersColumns() throws IOException {
    Dataset d = load("a,b,c,y\n1,2,3,9\n4,5,6,8\n",
        CsvOptions.targets("y").withFeatures("c", "a"));
    assertThat(d.featureNames()).containsExactly("c", "a");
    assertThat(d.features()).containsExactly(3, 1, 6, 4);
  }

  @Test
  void detectsBinaryFromZeroOneNumbers() throws IOException {
    Dataset d = load("x,y\n1,0\n2,1\n3,1.0\n4,0\n", CsvOptions.targets("y"));
    TargetColumn y = d.target("y");
    assertThat(y.type()).isEqualTo(TaskType.BINARY);
    assertThat(y.classNames()).containsExactly("0", "1");
    assertThat(values(y)).containsExactly(0, 1, 1, 0);
  }

  @Test
  void stringLabelsBecomeSortedClassIndices() throws IOException {
    Dataset d = load("x,animal,answer\n1,dog,yes\n2,cat,no\n3,emu,yes\n4,cat,yes\n",
        CsvOptions.targets("animal", "answer"));
    TargetColumn animal = d.target("animal");
    assertThat(animal.type()).isEqualTo(TaskType.MULTICLASS);
    assertThat(animal.classNames()).containsExactly("cat", "dog", "emu");
    assertThat(values(animal)).containsExactly(1, 0, 2, 0);
    TargetColumn answer = d.target("answer");
    assertThat(answer.type()).isEqualTo(TaskType.BINARY);
    assertThat(answer.classNames()).containsExactly("no", "yes");
    assertThat(values(answer)).containsExactly(1, 0, 1, 1);
  }

  @Test
  void classOrderDoesNotDependOnRowOrder() throws IOException {
    Dataset a = load("x,y\n1,b\n2,a\n3,c\n", CsvOptions.targets("y"));
    Dataset b = load("x,y\n1,c\n2,b\n3,a\n", CsvOptions.targets("y"));
    assertThat(a.target("y").classNames()).isEqualTo(b.target("y").classNames())
        .containsExactly("a", "b", "c");
  }

  @Test
  void numericLabelsOrderNumericallyAndBeforeText() throws IOException {
    Dataset d = load("x,y\n1,10\n2,2\n3,other\n4,1\n", CsvOptions.targets("y"));
    TargetColumn y = d.target("y");
    assertThat(y.type()).isEqualTo(TaskType.MULTICLASS);
    assertThat(y.classNames()).containsExactly("1", "2", "10", "other");
    assertThat(values(y)).containsExactly(2, 1, 3, 0);
  }

  @Test
  void integerLabelsDeclaredMulticlassMapToIndices() throws IOException {
    Dataset d = load("x,y\n1,3\n2,7\n3,5\n4,3.0\n",
        CsvOptions.targets("y").withType("y", TaskType.MULTICLASS));
    TargetColumn y = d.target("y");
    assertThat(y.type()).isEqualTo(TaskType.MULTICLASS);
    assertThat(y.classNames()).containsExactly("3", "5", "7");
    assertThat(values(y)).containsExactly(0, 2, 1, 0);
  }

  @Test
  void zeroOneColumnCanBeDeclaredRegression() throws IOException {
    Dataset d = load("x,y\n1,0\n2,1\n", CsvOptions.targets("y").withType("y", TaskType.REGRESSION));
    assertThat(d.target("y").type()).isEqualTo(TaskType.REGRESSION);
    assertThat(values(d.target("y"))).containsExactly(0, 1);
  }

  @Test
  void emptyOrNanTargetCellsAreMaskedNotErrors() throws IOException {
    Dataset d = load("x,y,c\n1,,a\n2,2.5,\n3,NaN,b\n4,4,a\n", CsvOptions.targets("y", "c"));
    TargetColumn y = d.target("y");
    assertThat(y.type()).isEqualTo(TaskType.REGRESSION);
    assertThat(y.isLabelled(0)).isFalse();
    assertThat(y.isLabelled(2)).isFalse();
    assertThat(values(y)[1]).isEqualTo(2.5f);
    assertThat(y.labelledCount()).isEqualTo(2);
    TargetColumn c = d.target("c");
    assertThat(c.type()).isEqualTo(TaskType.BINARY);
    assertThat(values(c)[0]).isEqualTo(0f);
    assertThat(c.isLabelled(1)).isFalse();
    assertThat(c.labelledCount()).isEqualTo(3);
  }

  @Test
  void quotedFieldsWithCommasAndLineBreaks() throws IOException {
    Dataset d = load("x,label\n1,\"big, red\"\n2,\"two\nlines\"\n3,\"big, red\"\n",
        CsvOptions.targets("label"));
    assertThat(d.rows()).isEqualTo(3);
    assertThat(d.target("label").classNames()).containsExactly("big, red", "two\nlines");
    assertThat(d.features()).containsExactly(1, 2, 3);
  }

  @Test
  void byteOrderMarkAndCrLfAreAccepted() throws IOException {
    Dataset d = load("\uFEFFx,y\r\n1,2\r\n3,4\r\n", CsvOptions.targets("y"));
    assertThat(d.featureNames()).containsExactly("x");
    assertThat(d.rows()).isEqualTo(2);
  }

  @Test
  void meanImputationUsesMeanOfPresentValues() throws IOException {
    // column a: present 1, 3, 8 → mean 4; column b: present 10, 20 → mean 15
    Dataset d = load("a,b,y\n1,,0.1\n,10,0.2\n3,20,0.3\n8,NaN,0.4\n",
        CsvOptions.targets("y").withImpute(Imputation.MEAN));
    assertThat(d.features()).containsExactly(1, 15, 4, 10, 3, 20, 8, 15);
  }

  // ---- errors: one line naming file, line and column ----

  @Test
  void nonNumericFeatureNamesFileLineAndColumn() throws IOException {
    Path p = csv("id,age,y\n1,30,0.5\n2,abc,0.7\n");
    assertThatThrownBy(() -> CsvDatasetLoader.load(p, CsvOptions.targets("y")))
        .isInstanceOf(InputException.class)
        .hasMessage("data.csv, line 3, column 'age': 'abc' is not a number");
  }

  @Test
  void lineNumbersCountBlankLinesAndMultiLineFields() throws IOException {
    Path p = csv("a,y\n1,\"x\ny\"\n\n2,z\nbad,z\n");
    assertThatThrownBy(() -> CsvDatasetLoader.load(p, CsvOptions.targets("y")))
        .hasMessage("data.csv, line 6, column 'a': 'bad' is not a number");
  }

  @Test
  void javaNumberSuffixesAreNotNumbers() throws IOException {
    Path p = csv("a,y\n1f,1\n");
    assertThatThrownBy(() -> CsvDatasetLoader.load(p, CsvOptions.targets("y")))
        .hasMessage("data.csv, line 2, column 'a': '1f' is not a number");
  }

  @Test
  void infiniteFeatureIsAnError() throws IOException {
    Path p = csv("a,y\n1,1\nInfinity,2\n");
    assertThatThrownBy(() -> CsvDatasetLoader.load(p, CsvOptions.targets("y")))
        .hasMessage("data.csv, line 3, column 'a': 'Infinity' is not a finite number");
  }

  @Test
  void targetBeyondFloatRangeIsAnError() throws IOException {
    Path p = csv("a,y\n1,1\n2,1e39\n");
    assertThatThrownBy(() -> CsvDatasetLoader.load(p, CsvOptions.targets("y")))
        .hasMessage("data.csv, line 3, column 'y': '1e39' is not a finite number");
  }

  @Test
  void raggedRowNamesLine() throws IOException {
    Path p = csv("a,b,y\n1,2,3\n4,5\n");
    assertThatThrownBy(() -> CsvDatasetLoader.load(p, CsvOptions.targets("y")))
        .isInstanceOf(InputException.class)
        .hasMessage("data.csv, line 3: 2 values, but the header has 3 columns");
  }

  @Test
  void unknownColumnListsTheColumns() throws IOException {
    Path p = csv("age,height,y\n1,2,3\n");
    assertThatThrownBy(() -> CsvDatasetLoader.load(p, CsvOptions.targets("y").withFeatures("agee")))
        .isInstanceOf(InputException.class)
        .hasMessage("data.csv has no column 'agee'; columns are: age, height, y");
    assertThatThrownBy(() -> CsvDatasetLoader.load(p, CsvOptions.targets("why")))
        .hasMessage("data.csv has no column 'why'; columns are: age, height, y");
  }

  @Test
  void duplicateHeaderIsAnError() throws IOException {
    Path p = csv("a,b,a,y\n1,2,3,4\n");
    assertThatThrownBy(() -> CsvDatasetLoader.load(p, CsvOptions.targets("y")))
        .hasMessage("data.csv, line 1: the header names column 'a' twice (columns 1 and 3)");
  }

  @Test
  void emptyHeaderNameIsAnError() throws IOException {
    Path p = csv("a,,y\n1,2,3\n");
    assertThatThrownBy(() -> CsvDatasetLoader.load(p, CsvOptions.targets("y")))
        .hasMessage("data.csv, line 1: column 2 has no name in the header");
  }

  @Test
  void emptyFileAndHeaderOnlyAreErrors() throws IOException {
    Path empty = csv("");
    assertThatThrownBy(() -> CsvDatasetLoader.load(empty, CsvOptions.targets("y")))
        .hasMessage("data.csv is empty: expected a header line and rows");
    Path blank = csv("\n\n");
    assertThatThrownBy(() -> CsvDatasetLoader.load(blank, CsvOptions.targets("y")))
        .hasMessage("data.csv is empty: expected a header line and rows");
    Path header = csv("a,y\n");
    assertThatThrownBy(() -> CsvDatasetLoader.load(header, CsvOptions.targets("y")))
        .hasMessage("data.csv has a header line but no rows");
  }

  @Test
  void missingFileIsAnInputException() {
    assertThatThrownBy(() -> CsvDatasetLoader.load(dir.resolve("nope.csv"), CsvOptions.targets("y")))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("nope.csv: no such file");
  }

  @Test
  void singleClassIsAnError() throws IOException {
    Path p = csv("x,y\n1,cat\n2,\n3,cat\n");
    assertThatThrownBy(() -> CsvDatasetLoader.load(p, CsvOptions.targets("y")))
        .hasMessage("data.csv, column 'y': a classification target needs at least two classes,"
            + " but every label is 'cat'");
  }

  @Test
  void declaredBinaryWithThreeClassesIsAnError() throws IOException {
    Path p = csv("x,y\n1,a\n2,b\n3,c\n");
    assertThatThrownBy(
            () -> CsvDatasetLoader.load(p, CsvOptions.targets("y").withType("y", TaskType.BINARY)))
        .hasMessage("data.csv, column 'y': the target is binary but has 3 classes: a, b, c");
  }

  @Test
  void declaredRegressionWithTextNamesTheCell() throws IOException {
    Path p = csv("x,y\n1,2.5\n2,high\n");
    assertThatThrownBy(
            () -> CsvDatasetLoader.load(p, CsvOptions.targets("y").withType("y", TaskType.REGRESSION)))
        .hasMessage("data.csv, line 3, column 'y': 'high' is not a number"
            + " (the target is a regression target)");
  }

  @Test
  void targetWithoutAnyLabelIsAnError() throws IOException {
    Path p = csv("x,y\n1,\n2,\n");
    assertThatThrownBy(() -> CsvDatasetLoader.load(p, CsvOptions.targets("y")))
        .hasMessage("data.csv, column 'y': the target has no labels (every cell is empty)");
  }

  @Test
  void missingFeatureWithoutImputationIsAnError() throws IOException {
    Path p = csv("a,b,y\n1,2,3\n4,,6\n");
    assertThatThrownBy(() -> CsvDatasetLoader.load(p, CsvOptions.targets("y")))
        .hasMessage("data.csv, line 3, column 'b': the value is missing (empty); set impute to"
            + " \"mean\" to fill missing values with the column mean");
    Path q = csv("a,b,y\n1,2,3\nnan,5,6\n");
    assertThatThrownBy(() -> CsvDatasetLoader.load(q, CsvOptions.targets("y")))
        .hasMessageStartingWith("data.csv, line 3, column 'a': the value is missing ('nan')");
  }

  @Test
  void columnWithNothingToAverageIsAnError() throws IOException {
    Path p = csv("a,b,y\n1,,3\n4,,6\n");
    assertThatThrownBy(
            () -> CsvDatasetLoader.load(p, CsvOptions.targets("y").withImpute(Imputation.MEAN)))
        .hasMessage("data.csv, column 'b': every value is missing: no mean to impute");
  }

  @Test
  void malformedQuotingIsAnInputException() throws IOException {
    Path p = csv("a,y\n1,\"x\"y\n");
    assertThatThrownBy(() -> CsvDatasetLoader.load(p, CsvOptions.targets("y")))
        .isInstanceOf(InputException.class)
        .hasMessage("data.csv, line 2: text follows the closing quote of a cell; put the whole cell in quotes and write a quote"
            + " inside it as two (\"\")");
  }

  @Test
  void nonUtf8TextIsAnInputException() throws IOException {
    Path p = dir.resolve("data.csv");
    Files.write(p, "a,y\n1,caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
    assertThatThrownBy(() -> CsvDatasetLoader.load(p, CsvOptions.targets("y")))
        .isInstanceOf(InputException.class)
        .hasMessage("data.csv: the file is not UTF-8 text; save it as UTF-8 (or plain ASCII)");
  }

  @Test
  void inconsistentOptionsAreErrors() throws IOException {
    Path p = csv("a,b,y\n1,2,3\n");
    assertThatThrownBy(() -> CsvDatasetLoader.load(p, CsvOptions.targets("y").withFeatures("a", "y")))
        .hasMessage("data.csv: column 'y' is both a target and a feature");
    assertThatThrownBy(() -> CsvDatasetLoader.load(p, CsvOptions.targets("y", "y")))
        .hasMessage("data.csv: target column 'y' is named twice");
    assertThatThrownBy(
            () -> CsvDatasetLoader.load(p, CsvOptions.targets("y").withType("a", TaskType.BINARY)))
        .hasMessage("data.csv: a type is given for 'a', which is not a target");
    assertThatThrownBy(() -> CsvDatasetLoader.load(p, CsvOptions.targets("a", "b", "y")))
        .hasMessage("data.csv: no feature columns are left besides the targets");
  }

  @Test
  void tooManyDistinctTextLabelsIsAnError() throws IOException {
    StringBuilder s = new StringBuilder("x,y\n");
    for (int i = 0; i <= TargetColumnCollector.MAX_CLASSES; i++) {
      s.append(i).append(",label").append(i).append('\n');
    }
    Path p = csv(s.toString());
    assertThatThrownBy(() -> CsvDatasetLoader.load(p, CsvOptions.targets("y")))
        .hasMessageStartingWith("data.csv, column 'y': more than 1000 distinct labels");
  }

  @Test
  void manyDistinctNumbersStayRegression() throws IOException {
    StringBuilder s = new StringBuilder("x,y\n");
    for (int i = 0; i < 3000; i++) {
      s.append(i).append(',').append(i * 0.5).append('\n');
    }
    Dataset d = load(s.toString(), CsvOptions.targets("y"));
    assertThat(d.rows()).isEqualTo(3000);
    assertThat(d.target("y").type()).isEqualTo(TaskType.REGRESSION);
    assertThat(d.target("y").values()[2999]).isEqualTo(1499.5f);
    assertThat(d.target("y").classNames()).isEqualTo(List.of());
  }
}
