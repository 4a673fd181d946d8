package org.mtlworkbench.train;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mtlworkbench.data.TaskType;
import org.mtlworkbench.model.Task;
import org.mtlworkbench.nn.HostBuffer;
import org.mtlworkbench.nn.metrics.Metric;
import org.mtlworkbench.nn.metrics.Metrics;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Collects one task's outputs, targets and masks over a split, then scores them once. */
final class PredictionBuffer {
  private final int width;
  private final double[] outputs;
  private final double[] targets;
  private final double[] mask;
  private int rows;

  PredictionBuffer(int width, int capacity) {
    this.width = width;
    this.outputs = new double[width * capacity];
    this.targets = new double[capacity];
    this.mask = new double[capacity];
  }

  void add(INDArray output, INDArray target, INDArray batchMask) {
    double[] o = HostBuffer.copyOf(output);
    double[] t = HostBuffer.copyOf(target);
    double[] m = HostBuffer.copyOf(batchMask);
    System.arraycopy(o, 0, outputs, rows * width, o.length);
    System.arraycopy(t, 0, targets, rows, t.length);
    System.arraycopy(m, 0, mask, rows, m.length);
    rows += t.length;
  }

  /** Every metric that fits the task's type, by name; NaN when the split has no label. */
  Map<String, Double> score(Task task) {
    List<Metric> metrics = task.type() == TaskType.REGRESSION ? Metrics.REGRESSION : Metrics.CLASSIFICATION;
    double[] o = java.util.Arrays.copyOf(outputs, rows * width);
    double[] t = java.util.Arrays.copyOf(targets, rows);
    double[] m = java.util.Arrays.copyOf(mask, rows);
    Map<String, Double> values = new LinkedHashMap<>();
    for (Metric metric : metrics) {
      values.put(metric.id(), metric.compute(o, width, t, m));
    }
    return values;
  }
}
