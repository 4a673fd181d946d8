package org.mtlworkbench.train;

/**
 * Where a run is.
 *
 * @param step steps done
 * @param totalSteps steps planned
 * @param stepsPerSecond recent rate (0 before there is one)
 * @param etaSeconds estimated seconds left (NaN before there is a rate)
 */
public record Progress(long step, long totalSteps, double stepsPerSecond, double etaSeconds) {
  public double fraction() {
    return totalSteps == 0 ? 0 : (double) step / totalSteps;
  }
}
