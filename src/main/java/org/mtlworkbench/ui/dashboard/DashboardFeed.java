package org.mtlworkbench.ui.dashboard;

import java.util.List;
import org.mtlworkbench.diagnostics.GradientStatistics;
import org.mtlworkbench.train.MetricsLog;

/**
 * What the dashboard's charts draw, pulled from the run's metrics log: per task its loss,
 * gradient norm on the shared parameters (whole, or one layer on demand) and weight, each at full
 * resolution and smoothed. The UI thread calls {@link #pull()} once per frame; it copies only the
 * steps added since the last call.
 */
public final class DashboardFeed {
  /** The gradient of the whole shared part rather than of one layer. */
  public static final int WHOLE = -1;

  private MetricsLog log;
  private int seen;
  private double smoothing;
  private int layer = WHOLE;
  private boolean weighted;
  private float[] weights = new float[4096];
  private SmoothedSeries[] loss = new SmoothedSeries[0];
  private SmoothedSeries[] grad = new SmoothedSeries[0];
  private SmoothedSeries[] weight = new SmoothedSeries[0];
  private float[] scratch = new float[4096];

  public DashboardFeed(double smoothing) {
    this.smoothing = smoothing;
  }

  /** Follows another run (or none); the series start empty. */
  public void follow(MetricsLog newLog) {
    log = newLog;
    seen = 0;
    int k = newLog == null ? 0 : newLog.taskNames().size();
    loss = fresh(k, smoothing);
    grad = fresh(k, smoothing);
    weight = fresh(k, 0);
  }

  private static SmoothedSeries[] fresh(int k, double w) {
    SmoothedSeries[] s = new SmoothedSeries[k];
    for (int i = 0; i < k; i++) {
      s[i] = new SmoothedSeries(w);
    }
    return s;
  }

  public MetricsLog log() {
    return log;
  }

  public List<String> tasks() {
    return log == null ? List.of() : log.taskNames();
  }

  /** Copies the steps recorded since the last pull; true when there were any. */
  public boolean pull() {
    if (log == null) {
      return false;
    }
    int n = log.size();
    if (n == seen) {
      return false;
    }
    int count = n - seen;
    if (scratch.length < count) {
      scratch = new float[Math.max(count, scratch.length * 2)];
    }
    for (int t = 0; t < loss.length; t++) {
      log.copy(MetricsLog.Series.LOSS, t, seen, n, scratch);
      loss[t].append(scratch, count);
      copyGradient(t, seen, n);
      grad[t].append(scratch, count);
      log.copy(MetricsLog.Series.WEIGHT, t, seen, n, scratch);
      weight[t].append(scratch, count);
    }
    seen = n;
    return true;
  }

  private void copyGradient(int task, int from, int to) {
    if (layer == WHOLE) {
      log.copy(MetricsLog.Series.GRAD_NORM, task, from, to, scratch);
    } else {
      log.copyLayerNorms(task, layer, from, to, scratch);
    }
    if (weighted) {
      if (weights.length < to - from) {
        weights = new float[Math.max(to - from, weights.length * 2)];
      }
      log.copy(MetricsLog.Series.WEIGHT, task, from, to, weights);
      for (int i = 0; i < to - from; i++) {
        scratch[i] = (float) GradientStatistics.weightedNorm(scratch[i], weights[i]);
      }
    }
  }

  /** Shows the gradient of one shared layer ({@link #WHOLE} for all): its series are read again. */
  public void selectLayer(int newLayer) {
    if (newLayer == layer || log == null) {
      layer = newLayer;
      return;
    }
    layer = newLayer;
    rereadGradients();
  }

  /**
   * Gradient norms weighted by the strategy's task weights, |w_k|·‖g_k‖ ({@link
   * GradientStatistics#weightedNorm}), or raw ‖g_k‖: the series are read again.
   */
  public void setWeighted(boolean weightedNorms) {
    if (weightedNorms == weighted) {
      return;
    }
    weighted = weightedNorms;
    if (log != null) {
      rereadGradients();
    }
  }

  public boolean weighted() {
    return weighted;
  }

  private void rereadGradients() {
    grad = fresh(loss.length, smoothing);
    if (seen > 0) {
      if (scratch.length < seen) {
        scratch = new float[seen];
      }
      for (int t = 0; t < grad.length; t++) {
        copyGradient(t, 0, seen);
        grad[t].append(scratch, seen);
      }
    }
  }

  public int layer() {
    return layer;
  }

  /** The debiased-EMA weight of the loss and gradient curves. */
  public void setSmoothing(double w) {
    smoothing = w;
    for (SmoothedSeries s : loss) {
      s.setWeight(w);
    }
    for (SmoothedSeries s : grad) {
      s.setWeight(w);
    }
  }

  public double smoothing() {
    return smoothing;
  }

  public SmoothedSeries loss(int task) {
    return loss[task];
  }

  public SmoothedSeries gradient(int task) {
    return grad[task];
  }

  public SmoothedSeries weight(int task) {
    return weight[task];
  }

  /** Steps copied so far. */
  public int size() {
    return seen;
  }
}
