package org.mtlworkbench.ui.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mtlworkbench.balance.Strategies;
import org.mtlworkbench.balance.StrategyCompatibility;
import org.mtlworkbench.common.InputException;
import org.mtlworkbench.model.TaskSpec;

/**
 * Says, in sentences a user can act on, what keeps a draft from running. An empty list means the
 * draft can be turned into an experiment (the engine may still refuse it for reasons only the
 * data reveal, such as a metric that does not fit a task's type; those arrive when the run starts).
 */
public final class DraftValidator {
  static final String NO_TASKS = "Drag at least one task card onto the backbone.";
  static final String NO_BACKBONE = "The backbone needs at least one layer.";

  private DraftValidator() {}

  /**
   * @param draft the draft
   * @param dataset the dataset's description, or {@code null} while it is being read
   */
  public static List<String> problems(ExperimentDraft draft, DatasetInfo dataset) {
    List<String> out = new ArrayList<>();
    if (draft.tasks().isEmpty()) {
      out.add(NO_TASKS);
    }
    if (draft.backbone().isEmpty()) {
      out.add(NO_BACKBONE);
    }
    if (dataset != null) {
      for (TaskSpec t : draft.tasks()) {
        var target = dataset.target(t.target());
        if (target.isEmpty()) {
          out.add("Task '" + t.name() + "': the dataset has no target column '" + t.target() + "'.");
        } else if (t.labelBudget() != null && t.labelBudget() == 0) {
          out.add("Task '" + t.name() + "' has a label budget of 0: it would never learn.");
        }
      }
    }
    String strategy = draft.strategy().name();
    if (!Strategies.NAMES.contains(strategy)) {
      out.add("Unknown strategy '" + strategy + "'; choose one of " + String.join(", ", Strategies.NAMES) + ".");
    } else if (!draft.tasks().isEmpty()) {
      compatibility(draft).ifPresent(out::add);
    }
    if (out.isEmpty()) {
      try {
        draft.toSpec(draft.data());
      } catch (InputException e) {
        out.add(e.getMessage());
      }
    }
    return out;
  }

  /** The one compatibility rule of the engine, as a sentence. */
  private static Optional<String> compatibility(ExperimentDraft draft) {
    try {
      return StrategyCompatibility.problem(draft.strategy(), draft.sharing())
          .map(p -> Character.toUpperCase(p.charAt(0)) + p.substring(1) + ".");
    } catch (InputException e) {
      return Optional.empty(); // an invalid option: reported by the spec check below
    }
  }
}
