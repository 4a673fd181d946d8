package org.mtlworkbench.balance;

/**
 * A gradient-combination strategy that reads the task gradients only through their Gram matrix,
 * rescaled by {@link Grams#normalized} so that its tolerances do not depend on the gradients'
 * scale (CAGrad, IMTL-G, Aligned-MTL). A Gram matrix with a non-finite entry makes the step
 * undefined ({@link Grams#undefined}): the trainer then reports the run as diverged.
 */
abstract class NormalizedGramStrategy implements BalancingStrategy {
  @Override
  public final boolean needsTaskGradients() {
    return true;
  }

  @Override
  public final Combination combine(StepContext context) {
    double[][] gram = context.gradients().gram();
    // checked before normalising: a NaN diagonal would make the scale NaN and every entry 0
    if (!Grams.allFinite(gram)) {
      return Grams.undefined(gram);
    }
    return combineNormalized(Grams.normalized(gram), context);
  }

  /**
   * @param m the normalised K × K Gram matrix, all entries finite
   * @param context the step (for the gradients' precision and the losses)
   */
  protected abstract Combination combineNormalized(double[][] m, StepContext context);
}
