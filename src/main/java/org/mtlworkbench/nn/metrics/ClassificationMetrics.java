package org.mtlworkbench.nn.metrics;

import java.util.TreeSet;

/**
 * Classification metrics over the labelled rows, from predicted class indices; each is NaN when
 * no row is labelled.
 */
public final class ClassificationMetrics {
  private ClassificationMetrics() {}

  /**
   * Class per row: for one logit per row, class 1 when the logit is &gt; 0 (probability &gt; ½);
   * for {@code width} logits, the index of the largest (the first on ties).
   */
  public static int[] predictedClasses(double[] logits, int rows, int width) {
    int[] classes = new int[rows];
    for (int r = 0; r < rows; r++) {
      if (width == 1) {
        classes[r] = logits[r] > 0 ? 1 : 0;
      } else {
        int best = 0;
        for (int j = 1; j < width; j++) {
          if (logits[r * width + j] > logits[r * width + best]) {
            best = j;
          }
        }
        classes[r] = best;
      }
    }
    return classes;
  }

  /** Fraction of labelled rows whose predicted class equals the target. */
  public static double accuracy(int[] predicted, double[] target, double[] mask) {
    int correct = 0;
    int n = 0;
    for (int i = 0; i < target.length; i++) {
      if (RegressionMetrics.labelled(mask, i)) {
        n++;
        if (predicted[i] == (int) target[i]) {
          correct++;
        }
      }
    }
    return n == 0 ? Double.NaN : (double) correct / n;
  }

  /**
   * Unweighted mean over classes of {@code F1 = 2TP / (2TP + FP + FN)}. The classes averaged are
   * those that occur among the labelled rows as a target or as a prediction, as in
   * scikit-learn's {@code f1_score(average="macro")}; a class that occurs nowhere would have an
   * undefined F1 and is left out.
   */
  public static double macroF1(int[] predicted, double[] target, double[] mask) {
    TreeSet<Integer> classes = new TreeSet<>();
    for (int i = 0; i < target.length; i++) {
      if (RegressionMetrics.labelled(mask, i)) {
        classes.add((int) target[i]);
        classes.add(predicted[i]);
      }
    }
    if (classes.isEmpty()) {
      return Double.NaN;
    }
    double sum = 0;
    for (int c : classes) {
      int tp = 0;
      int fp = 0;
      int fn = 0;
      for (int i = 0; i < target.length; i++) {
        if (RegressionMetrics.labelled(mask, i)) {
          boolean isC = (int) target[i] == c;
          boolean saysC = predicted[i] == c;
          if (isC && saysC) {
            tp++;
          } else if (saysC) {
            fp++;
          } else if (isC) {
            fn++;
          }
        }
      }
      sum += 2.0 * tp / (2.0 * tp + fp + fn);
    }
    return sum / classes.size();
  }
}
