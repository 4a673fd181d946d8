package org.mtlworkbench.train;

import java.util.ArrayList;
import java.util.List;
import org.mtlworkbench.data.Batch;
import org.mtlworkbench.data.BatchLoader;
import org.mtlworkbench.model.MtlModel;
import org.mtlworkbench.model.Task;

/**
 * Scores every task on a split: the mean loss over its labelled rows and its metrics, with the
 * model in evaluation mode (no dropout) and nothing learned.
 */
final class Evaluator {
  private final MtlModel model;

  Evaluator(MtlModel model) {
    this.model = model;
  }

  EpochRecord evaluate(BatchLoader loader, String split, long step, int epoch) {
    List<Task> tasks = model.tasks();
    int k = tasks.size();
    double[] lossSum = new double[k];
    int[] labelled = new int[k];
    List<PredictionBuffer> predictions = new ArrayList<>();
    for (Task t : tasks) {
      predictions.add(new PredictionBuffer(t.outputWidth(), loader.rows()));
    }
    for (Batch batch : loader.epochReusingArrays(0, 0, false)) {
      double[] losses = model.forward(batch, false);
      for (int t = 0; t < k; t++) {
        lossSum[t] += losses[t] * batch.labelled()[t];
        labelled[t] += batch.labelled()[t];
        predictions.get(t).add(model.output(t), batch.targets()[t], batch.masks()[t]);
      }
    }
    List<TaskEvaluation> out = new ArrayList<>();
    for (int t = 0; t < k; t++) {
      double loss = labelled[t] == 0 ? Double.NaN : lossSum[t] / labelled[t];
      out.add(new TaskEvaluation(loss, predictions.get(t).score(tasks.get(t)), labelled[t]));
    }
    return new EpochRecord(step, epoch, split, out);
  }
}
