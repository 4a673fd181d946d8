package org.mtlworkbench.store;

import java.util.List;
import java.util.Map;

/**
 * The negative-transfer verdict of a run or a set of seeds, as written to {@code run.json} or
 * {@code summary.json}.
 *
 * @param verdictSplit the split whose metrics decide the verdicts ("test"; "validation" when the
 *     experiment has no test rows)
 * @param test the statistical test, in words
 * @param alpha its significance level
 * @param seeds the seeds compared, in order (the per-seed lists below follow it)
 * @param splits split name → the comparison on that split ("test" and "validation")
 * @param baselines the baseline runs used
 */
public record TransferReport(
    String verdictSplit,
    String test,
    double alpha,
    List<Long> seeds,
    Map<String, TransferTable> splits,
    List<BaselineRef> baselines) {

  /** The table of the verdict split. */
  public TransferTable verdictTable() {
    return splits.get(verdictSplit);
  }
}
