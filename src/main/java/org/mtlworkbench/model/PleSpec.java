package org.mtlworkbench.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.mtlworkbench.common.InputException;

/**
 * Progressive layered extraction settings (Tang, Liu, Zhao &amp; Gong 2020, "Progressive Layered
 * Extraction (PLE)", §4.3): the backbone's layers are cut into {@code levels} extraction levels
 * ({@link BackboneBlocks#levels}); at each level every task has {@code taskExperts} experts of its
 * own and all tasks share {@code sharedExperts}, each expert a copy of that level's layers.
 *
 * @param sharedExperts shared experts per level, 1 to 64, default 2
 * @param taskExperts experts of each task's own per level, 0 to 64, default 1
 * @param levels extraction levels, at least 1 and at most the backbone's layers with weights;
 *     absent: one level per backbone layer with weights (dense or conv)
 */
public record PleSpec(Integer sharedExperts, Integer taskExperts, @JsonInclude(JsonInclude.Include.NON_NULL) Integer levels) {
  public PleSpec {
    sharedExperts = ExpertCounts.shared("model.ple", sharedExperts, CgcSpec.DEFAULT_SHARED_EXPERTS);
    taskExperts = ExpertCounts.perTask("model.ple", taskExperts, CgcSpec.DEFAULT_TASK_EXPERTS);
    if (levels != null && levels < 1) {
      throw new InputException("model.ple.levels must be at least 1, got " + levels);
    }
  }

  /** The number of levels for {@code weightedLayers} backbone layers with weights. */
  public int levelsFor(int weightedLayers) {
    return levels == null ? weightedLayers : levels;
  }
}
