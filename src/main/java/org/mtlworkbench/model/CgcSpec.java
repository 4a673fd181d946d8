package org.mtlworkbench.model;


/**
 * Customized gate control settings (Tang, Liu, Zhao &amp; Gong 2020, "Progressive Layered
 * Extraction (PLE)", §4.2): how many experts (each a copy of the backbone layers) all tasks share,
 * and how many each task has for itself. Task k's gate mixes its own experts and the shared ones.
 * With 0 task experts CGC is MMoE with {@code sharedExperts} experts. The defaults give a two-task
 * model MMoE's default of 4 experts.
 *
 * @param sharedExperts experts every task's gate reads, 1 to 64, default 2
 * @param taskExperts experts of each task's own, 0 to 64, default 1
 */
public record CgcSpec(Integer sharedExperts, Integer taskExperts) {
  public static final int DEFAULT_SHARED_EXPERTS = 2;
  public static final int DEFAULT_TASK_EXPERTS = 1;

  public CgcSpec {
    sharedExperts = ExpertCounts.shared("model.cgc", sharedExperts, DEFAULT_SHARED_EXPERTS);
    taskExperts = ExpertCounts.perTask("model.cgc", taskExperts, DEFAULT_TASK_EXPERTS);
  }
}
