package org.mtlworkbench.model;

import java.util.List;
import org.mtlworkbench.data.Batch;
import org.mtlworkbench.nn.FlatViews;
import org.mtlworkbench.nn.ParameterSegment;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Soft sharing whose towers are tied by the trace norm ({@link TraceNormPenalty}, Yang &amp;
 * Hospedales 2017) instead of the L2 distance: a soft-sharing model without penalty, plus the
 * trace norm in {@link #addRegularization()}. Everything else — towers, rows, segments — is soft
 * sharing's.
 */
final class TraceNormSoftSharingModel implements MtlModel {
  private final MtlModel towers;
  private final TraceNormPenalty penalty;
  private final INDArray towerParameters;
  private final INDArray towerGradients;

  /** @param unpenalised a soft-sharing model with λ = 0 */
  TraceNormSoftSharingModel(MtlModel unpenalised, double lambda) {
    this.towers = unpenalised;
    this.penalty = new TraceNormPenalty(lambda, unpenalised.sharedSegments());
    int k = unpenalised.tasks().size();
    long p = unpenalised.sharedParameterCount();
    this.towerParameters = FlatViews.matrix(unpenalised.parameters(), 0, k, p);
    this.towerGradients = FlatViews.matrix(unpenalised.gradient(), 0, k, p);
  }

  @Override
  public double addRegularization() {
    return penalty.apply(towerParameters, towerGradients);
  }

  @Override
  public List<Task> tasks() {
    return towers.tasks();
  }

  @Override
  public Sharing sharing() {
    return towers.sharing();
  }

  @Override
  public long sharedParameterCount() {
    return towers.sharedParameterCount();
  }

  @Override
  public List<ParameterSegment> sharedSegments() {
    return towers.sharedSegments();
  }

  @Override
  public INDArray parameters() {
    return towers.parameters();
  }

  @Override
  public INDArray gradient() {
    return towers.gradient();
  }

  @Override
  public INDArray taskGradients() {
    return towers.taskGradients();
  }

  @Override
  public double[] forward(Batch batch, boolean training) {
    return towers.forward(batch, training);
  }

  @Override
  public void backwardPerTask() {
    towers.backwardPerTask();
  }

  @Override
  public void backwardCombined(double[] weights) {
    towers.backwardCombined(weights);
  }

  @Override
  public void combineTaskGradients(double[] headWeights, double[] coefficients) {
    towers.combineTaskGradients(headWeights, coefficients);
  }

  @Override
  public INDArray output(int task) {
    return towers.output(task);
  }

  @Override
  public INDArray[] predict(INDArray features) {
    return towers.predict(features);
  }
}
