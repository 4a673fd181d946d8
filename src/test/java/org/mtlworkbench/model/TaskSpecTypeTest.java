package org.mtlworkbench.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.mtlworkbench.common.InputException;
import org.mtlworkbench.data.TaskType;

/** The task type's spelling in experiment files, read and written in one place, and the metrics of each type. */
class TaskSpecTypeTest {
  private static TaskSpec typed(String type) {
    return new TaskSpec("price", "price", type, null, null, null);
  }

  @Test
  void typesAreSpelledAsInTheSchemaAndReadInAnyCase() {
    assertThat(TaskSpec.TYPES).containsExactly("regression", "binary", "multiclass");
    assertThat(TaskSpec.typeId(TaskType.MULTICLASS)).isEqualTo("multiclass");
    assertThat(typed("binary").declaredType()).isEqualTo(TaskType.BINARY);
    assertThat(typed("Regression").declaredType()).isEqualTo(TaskType.REGRESSION);
    assertThat(typed(null).declaredType()).isNull();
    assertThatThrownBy(() -> typed("ordinal").declaredType()).isInstanceOf(InputException.class)
        .hasMessage("task 'price': type must be regression, binary or multiclass, got 'ordinal'");
  }

  @Test
  void eachTypeOffersTheMetricsThatFitIt() {
    assertThat(Task.metrics(TaskType.REGRESSION)).containsExactly("mse", "mae", "r2");
    assertThat(Task.metrics(TaskType.BINARY)).containsExactly("accuracy", "macro-f1");
    assertThat(Task.metrics(TaskType.MULTICLASS)).containsExactly("accuracy", "macro-f1");
  }
}
