package org.mtlworkbench.nn;

import java.util.function.ToDoubleFunction;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Compares an analytic gradient with central finite differences {@code (f(θ + εe_i) − f(θ −
 * εe_i)) / 2ε}, in double precision, one coordinate at a time.
 *
 * <p>The relative error of a coordinate is {@code |a − n| / max(|a|, |n|, floor)}. Far from zero
 * it is the usual relative error (as in CS231n's gradient-check notes); for gradients smaller
 * than {@code floor} it becomes an absolute error divided by {@code floor}, because there the
 * finite difference itself is only accurate to about {@code ε² f''' + 1e-16·|f|/ε} in absolute
 * terms and a relative comparison would flag noise (e.g. a dead ReLU unit whose true gradient
 * is exactly 0).
 */
public final class GradientCheck {
  /** Step used by {@link #check(INDArray, INDArray, ToDoubleFunction)}. */
  public static final double DEFAULT_EPSILON = 1e-6;
  /** Floor used by {@link #check(INDArray, INDArray, ToDoubleFunction)}. */
  public static final double DEFAULT_FLOOR = 1e-3;

  private GradientCheck() {}

  /**
   * Outcome of a check.
   *
   * @param maxRelativeError largest relative error over all coordinates
   * @param worstIndex coordinate where it occurred
   * @param analytic analytic gradient there
   * @param numeric finite-difference gradient there
   */
  public record Result(double maxRelativeError, long worstIndex, double analytic, double numeric) {}

  /** {@link #check(INDArray, INDArray, ToDoubleFunction, double, double)} with the defaults. */
  public static Result check(INDArray parameters, INDArray analyticGradient, ToDoubleFunction<INDArray> f) {
    return check(parameters, analyticGradient, f, DEFAULT_EPSILON, DEFAULT_FLOOR);
  }

  /**
   * Checks {@code analyticGradient} against finite differences of {@code f} at {@code
   * parameters}.
   *
   * @param parameters double array perturbed in place (and restored) one element at a time
   * @param analyticGradient same length, row-major element order as {@code parameters}
   * @param f evaluates the scalar function; it receives {@code parameters} and must read them
   */
  public static Result check(
      INDArray parameters, INDArray analyticGradient, ToDoubleFunction<INDArray> f,
      double epsilon, double floor) {
    if (parameters.dataType() != DataType.DOUBLE) {
      throw new IllegalArgumentException("gradient checks need DOUBLE parameters, got " + parameters.dataType());
    }
    if (analyticGradient.length() != parameters.length()) {
      throw new IllegalArgumentException("gradient has " + analyticGradient.length()
          + " elements, parameters " + parameters.length());
    }
    double[] analytic = HostBuffer.copyOf(analyticGradient);
    long[] shape = parameters.shape();
    Result worst = new Result(0, -1, 0, 0);
    for (long i = 0; i < parameters.length(); i++) {
      long[] at = org.nd4j.linalg.api.shape.Shape.ind2subC(shape, i);
      double original = parameters.getDouble(at);
      parameters.putScalar(at, original + epsilon);
      double plus = f.applyAsDouble(parameters);
      parameters.putScalar(at, original - epsilon);
      double minus = f.applyAsDouble(parameters);
      parameters.putScalar(at, original);
      double numeric = (plus - minus) / (2 * epsilon);
      double error = relativeError(analytic[(int) i], numeric, floor);
      if (!Double.isNaN(worst.maxRelativeError()) && !(error <= worst.maxRelativeError())) {
        worst = new Result(error, i, analytic[(int) i], numeric);
      }
    }
    return worst;
  }

  /** {@code |a − n| / max(|a|, |n|, floor)}; NaN if either is NaN. */
  public static double relativeError(double a, double n, double floor) {
    if (Double.isNaN(a) || Double.isNaN(n)) {
      return Double.NaN;
    }
    return Math.abs(a - n) / Math.max(Math.max(Math.abs(a), Math.abs(n)), floor);
  }
}
