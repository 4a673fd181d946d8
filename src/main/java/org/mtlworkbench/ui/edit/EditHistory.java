package org.mtlworkbench.ui.edit;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;

/**
 * Undo and redo over immutable values: every edit pushes the value it replaced.
 *
 * <p>Edits that carry the same non-null coalescing key one after another (a slider dragged, a
 * number typed digit by digit) make one undo step: undo returns to the value before the first
 * of them. Any other edit, an undo or a redo ends the run of coalescing.
 *
 * @param <T> the edited value (immutable)
 */
public final class EditHistory<T> {
  /** Enough for a long session; the oldest steps fall off. */
  static final int LIMIT = 500;

  private final Deque<T> undo = new ArrayDeque<>();
  private final Deque<T> redo = new ArrayDeque<>();
  private String lastKey;

  /**
   * Records that {@code before} was replaced.
   *
   * @param before the value before the edit
   * @param key edits with the same key in a row coalesce; {@code null} never coalesces
   */
  public void recordEdit(T before, String key) {
    redo.clear();
    if (key != null && Objects.equals(key, lastKey) && !undo.isEmpty()) {
      return;
    }
    undo.push(before);
    if (undo.size() > LIMIT) {
      undo.removeLast();
    }
    lastKey = key;
  }

  /** The value to go back to from {@code current}, if there is one. */
  public Optional<T> undo(T current) {
    lastKey = null;
    if (undo.isEmpty()) {
      return Optional.empty();
    }
    redo.push(current);
    return Optional.of(undo.pop());
  }

  /** The value an undo left, if any. */
  public Optional<T> redo(T current) {
    lastKey = null;
    if (redo.isEmpty()) {
      return Optional.empty();
    }
    undo.push(current);
    return Optional.of(redo.pop());
  }

  /** Ends a run of coalescing edits: the next edit starts a new undo step. */
  public void seal() {
    lastKey = null;
  }

  public boolean canUndo() {
    return !undo.isEmpty();
  }

  public boolean canRedo() {
    return !redo.isEmpty();
  }

  public void clear() {
    undo.clear();
    redo.clear();
    lastKey = null;
  }
}
