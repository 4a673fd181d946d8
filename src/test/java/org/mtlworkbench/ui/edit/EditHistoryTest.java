package org.mtlworkbench.ui.edit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EditHistoryTest {
  private final EditHistory<String> history = new EditHistory<>();

  @Test
  void undoWalksBackAndRedoForward() {
    history.recordEdit("a", null); // a -> b
    history.recordEdit("b", null); // b -> c

    assertThat(history.undo("c")).hasValue("b");
    assertThat(history.undo("b")).hasValue("a");
    assertThat(history.undo("a")).isEmpty();
    assertThat(history.redo("a")).hasValue("b");
    assertThat(history.redo("b")).hasValue("c");
    assertThat(history.redo("c")).isEmpty();
  }

  @Test
  void sameKeyEditsCoalesceUntilAnotherKeyASealOrAnUndo() {
    history.recordEdit("0", "slider"); // 0 -> 1
    history.recordEdit("1", "slider"); // 1 -> 2, same step
    history.recordEdit("2", "other"); // 2 -> 3
    history.recordEdit("3", "slider"); // 3 -> 4, a new step: another key came between

    assertThat(history.undo("4")).hasValue("3");
    assertThat(history.undo("3")).hasValue("2");
    assertThat(history.undo("2")).hasValue("0");

    history.clear();
    history.recordEdit("0", "k");
    history.seal();
    history.recordEdit("1", "k");
    assertThat(history.undo("2")).hasValue("1");
  }

  @Test
  void theOldestStepsFallOffBeyondTheLimit() {
    for (int i = 0; i < EditHistory.LIMIT + 10; i++) {
      history.recordEdit(Integer.toString(i), null);
    }
    int undone = 0;
    String current = "end";
    var previous = history.undo(current);
    while (previous.isPresent()) {
      undone++;
      current = previous.get();
      previous = history.undo(current);
    }
    assertThat(undone).isEqualTo(EditHistory.LIMIT);
    assertThat(current).isEqualTo("10");
  }
}
