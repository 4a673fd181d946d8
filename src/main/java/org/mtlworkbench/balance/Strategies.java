package org.mtlworkbench.balance;

import java.util.List;
import java.util.Map;
import org.mtlworkbench.common.InputException;
import org.mtlworkbench.nn.ParameterSegment;

/** Creates strategies by name. */
public final class Strategies {
  /** Every strategy name, loss weighting first, then gradient combination. */
  public static final List<String> NAMES =
      List.of(
          EqualWeighting.NAME, StaticWeighting.NAME, UncertaintyWeighting.NAME, GradNorm.NAME,
          DynamicWeightAverage.NAME, RandomLossWeighting.NAME, PcGrad.NAME, Mgda.NAME, CaGrad.NAME,
          ImtlG.NAME, NashMtl.NAME, AlignedMtl.NAME);

  private Strategies() {}

  /**
   * @param spec the strategy as written in the experiment
   * @param setup what the run knows about its tasks and shared layers
   * @throws InputException for an unknown name, option or task, or a strategy the model cannot
   *     serve
   */
  public static BalancingStrategy create(StrategySpec spec, StrategySetup setup) {
    if (!NAMES.contains(spec.name())) {
      throw new InputException("unknown strategy '" + spec.name() + "'; known: " + String.join(", ", NAMES));
    }
    Map<String, Double> o = StrategyOptions.resolve(spec.name(), spec.options(), setup.learningRate());
    int k = setup.taskCount();
    return switch (spec.name()) {
      case StaticWeighting.NAME -> new StaticWeighting(staticWeights(spec, setup.taskNames()));
      case UncertaintyWeighting.NAME -> new UncertaintyWeighting(setup.taskTypes(), o.get("learningRate"));
      case GradNorm.NAME -> new GradNorm(k, lastSharedLayer(setup), o.get("alpha"), o.get("learningRate"));
      case DynamicWeightAverage.NAME -> new DynamicWeightAverage(k, o.get("temperature"));
      case RandomLossWeighting.NAME -> new RandomLossWeighting(k, setup.seed());
      case PcGrad.NAME -> new PcGrad(setup.seed());
      case Mgda.NAME -> new Mgda(o.get("upperBound") == 1.0);
      case CaGrad.NAME -> new CaGrad(o.get("c"));
      case ImtlG.NAME -> new ImtlG();
      case NashMtl.NAME -> new NashMtl();
      case AlignedMtl.NAME -> new AlignedMtl();
      default -> new EqualWeighting(k);
    };
  }

  private static ParameterSegment lastSharedLayer(StrategySetup setup) {
    if (setup.sharedSegments().isEmpty()) {
      throw new InputException(
          "strategy 'gradnorm' balances gradient norms on the last shared layer, and this model has no"
              + " shared layer with parameters: give model.backbone at least one layer");
    }
    return setup.sharedSegments().get(setup.sharedSegments().size() - 1);
  }

  private static double[] staticWeights(StrategySpec spec, List<String> taskNames) {
    for (String named : spec.weights().keySet()) {
      if (!taskNames.contains(named)) {
        throw new InputException(
            "strategy.weights names task '" + named + "', which the experiment does not have; tasks are: "
                + String.join(", ", taskNames));
      }
    }
    double[] w = new double[taskNames.size()];
    for (int k = 0; k < w.length; k++) {
      Double v = spec.weights().get(taskNames.get(k));
      w[k] = v == null ? 1.0 : v;
      if (!(w[k] >= 0) || Double.isInfinite(w[k])) {
        throw new InputException("strategy.weights." + taskNames.get(k) + " must be a finite number ≥ 0, got " + v);
      }
    }
    return w;
  }
}
