package org.mtlworkbench.balance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** MGDA-UB (Sener & Koltun 2018, §3.3): the min-norm weights come from the representation gradients. */
class MgdaUpperBoundTest {

  @Test
  void weightsComeFromTheRepresentationGradientsNotTheParameterGradients() {
    // parameter gradients that agree (exact MGDA would give (0.5, 0.5) by symmetry) ...
    TaskGradients parameters = TaskGradients.of(new double[][] {{1, 0, 1}, {0, 1, 1}});
    // ... and representation gradients J = [[-4, 1, 1], [6, 1, 1]], whose min-norm weights are
    // (0.6, 0.4) (the published example): α1 = ((g2 − g1)·g2)/||g2 − g1||² = (10·6)/100 = 0.6
    TaskGradients representation = TaskGradients.of(new double[][] {{-4, 1, 1}, {6, 1, 1}});
    StepContext context = new StepContext(0, 0, new double[2], parameters, representation);
    Combination ub = new Mgda(true).combine(context);
    assertThat(ub.weights()).containsExactly(new double[] {0.6, 0.4}, within(1e-12));
    assertThat(ub.coefficients()).containsExactly(new double[] {0.6, 0.4}, within(1e-12));
    assertThat(ub.headWeights()).containsExactly(1.0, 1.0);
    Combination exact = new Mgda(false).combine(context);
    assertThat(exact.weights()).containsExactly(new double[] {0.5, 0.5}, within(1e-12));
  }

  @Test
  void theOptionIsReadFromTheExperiment() {
    StrategySetup setup = Setups.regression(java.util.List.of("a", "b"));
    BalancingStrategy s =
        Strategies.create(new StrategySpec("mgda", null, java.util.Map.of("upperBound", 1.0)), setup);
    assertThat(((Mgda) s).upperBound()).isTrue();
    assertThat(((Mgda) Strategies.create(StrategySpec.named("mgda"), setup)).upperBound()).isFalse();
  }
}
