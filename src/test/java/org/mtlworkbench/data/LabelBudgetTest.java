package org.mtlworkbench.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.mtlworkbench.common.InputException;

class LabelBudgetTest {

  @Test
  void keepsTheFirstNLabelledRowsInRowOrder() {
    // target "c" is labelled on even rows 0, 2, 4, 6, 8 (5 labels in 10 rows)
    Dataset d = TestData.indexed(10);
    Dataset b = LabelBudget.apply(d, "c", 2);
    TargetColumn c = b.target("c");
    assertThat(c.labelledCount()).isEqualTo(2);
    assertThat(c.isLabelled(0)).isTrue();
    assertThat(c.isLabelled(2)).isTrue();
    assertThat(c.isLabelled(4)).isFalse();
    assertThat(c.isLabelled(8)).isFalse();
    assertThat(c.values()[2]).isEqualTo(1f);
    // the other target and the original are untouched
    assertThat(b.target("y").labelledCount()).isEqualTo(10);
    assertThat(d.target("c").labelledCount()).isEqualTo(5);
  }

  @Test
  void followsTheRowOrderOfTheSplitGiven() {
    Dataset d = TestData.indexed(10).select(new int[] {8, 3, 6, 0, 4});
    TargetColumn c = LabelBudget.apply(d, "c", 2).target("c");
    // labelled rows in this order: 8 (position 0), 6 (position 2), 0, 4 → keep positions 0 and 2
    assertThat(c.isLabelled(0)).isTrue();
    assertThat(c.isLabelled(2)).isTrue();
    assertThat(c.isLabelled(3)).isFalse();
    assertThat(c.isLabelled(4)).isFalse();
  }

  @Test
  void zeroMasksEverything() {
    assertThat(LabelBudget.apply(TestData.indexed(10), "y", 0).target("y").labelledCount()).isZero();
  }

  @Test
  void budgetAboveAvailableOrNullChangesNothing() {
    Dataset d = TestData.indexed(10);
    assertThat(LabelBudget.apply(d, "c", 5)).isSameAs(d);
    assertThat(LabelBudget.apply(d, "c", 500)).isSameAs(d);
    assertThat(LabelBudget.apply(d, "c", null)).isSameAs(d);
  }

  @Test
  void negativeBudgetAndUnknownTargetAreErrors() {
    Dataset d = TestData.indexed(10);
    assertThatThrownBy(() -> LabelBudget.apply(d, "c", -1))
        .isInstanceOf(InputException.class)
        .hasMessage("target 'c': labelBudget must be 0 or more, got -1");
    assertThatThrownBy(() -> LabelBudget.apply(d, "z", 3))
        .isInstanceOf(InputException.class)
        .hasMessage("label budget: no target named 'z'");
  }
}
