package org.mtlworkbench.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mtlworkbench.common.InputException;

class DataSpecTest {
  private final ObjectMapper json =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private DataSpec read(String text) throws Exception {
    return json.readValue(text.replace('\'', '"'), DataSpec.class);
  }

  @Test
  void csvWithDefaults() throws Exception {
    DataSpec s = read("{'csv': 'data/x.csv'}");
    assertThat(s.csv()).isEqualTo("data/x.csv");
    assertThat(s.generator()).isNull();
    assertThat(s.features()).isNull();
    assertThat(s.impute()).isEqualTo("none");
    assertThat(s.imputation()).isEqualTo(Imputation.NONE);
    assertThat(s.split()).isEqualTo(new SplitSpec(0.8, 0.1, 0.1));
    assertThat(s.standardize()).isTrue();
  }

  @Test
  void fullCsvSpec() throws Exception {
    DataSpec s = read("{'csv': 'x.csv', 'features': ['a', 'b'], 'impute': 'mean',"
        + " 'split': {'train': 0.6, 'validation': 0.2, 'test': 0.2}, 'standardize': false}");
    assertThat(s.features()).containsExactly("a", "b");
    assertThat(s.imputation()).isEqualTo(Imputation.MEAN);
    assertThat(s.split().train()).isEqualTo(0.6);
    assertThat(s.standardize()).isFalse();
  }

  @Test
  void generatorsByType() throws Exception {
    DataSpec c = read("{'generator': {'type': 'correlated-regression', 'rows': 10000,"
        + " 'features': 100, 'tasks': 2, 'correlation': 0.9, 'seed': 7}}");
    assertThat(c.generator()).isEqualTo(new CorrelatedRegressionSpec(10000, 100, 2, 0.9, 7L));
    DataSpec i = read("{'generator': {'type': 'imbalanced-regression', 'rows': 500,"
        + " 'features': 250, 'scales': [1, 10, 100], 'seed': 7}}");
    assertThat(i.generator()).isEqualTo(
        new ImbalancedRegressionSpec(500, 250, List.of(1.0, 10.0, 100.0), 100, 7L));
    assertThat(i.generator().type()).isEqualTo("imbalanced-regression");
  }

  @Test
  void generatorDefaults() throws Exception {
    DataSpec s = read("{'generator': {'type': 'correlated-regression'}}");
    assertThat(s.generator()).isEqualTo(new CorrelatedRegressionSpec(10000, 100, 2, 0.5, 1L));
    DataSpec t = read("{'generator': {'type': 'imbalanced-regression'}}");
    assertThat(t.generator()).isEqualTo(
        new ImbalancedRegressionSpec(10000, 250, List.of(1.0, 10.0, 100.0), 100, 1L));
  }

  @Test
  void roundTripsThroughJson() throws Exception {
    DataSpec s = new DataSpec(null, new ImbalancedRegressionSpec(100, 5, List.of(1.0, 3.0), 7, 2L),
        null, "mean", new SplitSpec(0.5, 0.25, 0.25), false);
    String text = json.writeValueAsString(s);
    assertThat(text).contains("\"type\":\"imbalanced-regression\"");
    assertThat(json.readValue(text, DataSpec.class)).isEqualTo(s);
  }

  @Test
  void unknownGeneratorTypeNamesTheKnownOnes() {
    assertThatThrownBy(() -> read("{'generator': {'type': 'spiral', 'rows': 10}}"))
        .isInstanceOf(InvalidTypeIdException.class)
        .hasMessageContaining("'spiral'")
        .hasMessageContaining("[competing-regression, correlated-regression, imbalanced-regression, multi-fashion]");
  }

  @Test
  void unknownFieldsAreErrors() {
    assertThatThrownBy(() -> read("{'csv': 'x.csv', 'standardise': true}"))
        .isInstanceOf(UnrecognizedPropertyException.class)
        .hasMessageContaining("standardise");
    assertThatThrownBy(() -> read("{'generator': {'type': 'correlated-regression', 'corr': 1}}"))
        .isInstanceOf(UnrecognizedPropertyException.class)
        .hasMessageContaining("corr");
  }

  @Test
  void invalidCombinationsAreInputExceptions() {
    assertThatThrownBy(() -> read("{'impute': 'mean'}"))
        .isInstanceOf(ValueInstantiationException.class)
        .cause().isInstanceOf(InputException.class)
        .hasMessage("data: give exactly one of \"csv\" and \"generator\"");
    assertThatThrownBy(() -> read("{'csv': 'x.csv', 'generator': {'type': 'correlated-regression'}}"))
        .cause().hasMessage("data: give exactly one of \"csv\" and \"generator\"");
    assertThatThrownBy(() -> read("{'csv': 'x.csv', 'impute': 'median'}"))
        .cause().isInstanceOf(InputException.class)
        .hasMessage("data.impute: 'median' is not one of none, mean");
    assertThatThrownBy(() -> read("{'generator': {'type': 'correlated-regression'}, 'features': ['a']}"))
        .cause().hasMessage("data.features: only for csv data; generated features are named x1..xd");
    assertThatThrownBy(() -> read("{'csv': 'x.csv', 'features': ['a', null]}"))
        .cause().isInstanceOf(InputException.class)
        .hasMessage("data.features: a feature name is empty");
    assertThatThrownBy(() -> read("{'csv': 'x.csv', 'split': {'train': 0.9}}"))
        .cause().isInstanceOf(InputException.class)
        .hasMessageStartingWith("data.split: train + validation + test must be 1");
  }
}
