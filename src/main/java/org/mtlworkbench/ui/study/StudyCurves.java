package org.mtlworkbench.ui.study;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mtlworkbench.report.chart.SeedBandChart;
import org.mtlworkbench.report.series.SeedBand;
import org.mtlworkbench.store.Series;
import org.mtlworkbench.study.RunRecord;
import org.mtlworkbench.study.StudyResults;

/**
 * The seed bands of a study's curves, built up as its runs finish: each finished multi-task run is
 * read once ({@link #toRead} says which are new; the caller reads them off the window's thread) and
 * kept as its small {@link RunCurves}; a strategy's band at a step is the mean over its finished
 * seeds with ± one sample standard deviation ({@link SeedBand}). Used on the window's thread only.
 */
final class StudyCurves {
  private Path dir;
  private final Map<String, RunCurves> runs = new HashMap<>();
  private final Set<String> asked = new HashSet<>();

  /**
   * The finished multi-task runs of {@code results} (directories relative to {@code studyDir}) not
   * asked for before; from now on they count as asked for. Another study directory starts afresh.
   */
  List<String> toRead(Path studyDir, StudyResults results) {
    if (!studyDir.equals(dir)) {
      dir = studyDir;
      runs.clear();
      asked.clear();
    }
    List<String> out = new ArrayList<>();
    for (StudyResults.Group g : results.groups()) {
      for (RunRecord r : g.runs()) {
        if (r.finished() && asked.add(r.dir())) {
          out.add(r.dir());
        }
      }
    }
    return out;
  }

  /** A run has been read (ignored when the study shown has changed since). */
  void add(Path studyDir, String run, RunCurves curves) {
    if (studyDir.equals(dir)) {
      runs.put(run, curves);
    }
  }

  /** A run could not be read: it is asked for again with the next results. */
  void failed(Path studyDir, String run) {
    if (studyDir.equals(dir)) {
      asked.remove(run);
    }
  }

  /** How many runs are kept. */
  int size() {
    return runs.size();
  }

  /**
   * One band per strategy (× sharing) with a finished run read, in plan order: the strategy's
   * place in the plan is its colour, drawn dashed on the second round of a palette of {@code
   * colours}.
   */
  List<SeedBandChart.Band> bands(StudyResults results, String task, CurveKind kind, int colours) {
    List<SeedBandChart.Band> out = new ArrayList<>();
    for (int g = 0; g < results.groups().size(); g++) {
      StudyResults.Group group = results.groups().get(g);
      List<long[]> steps = new ArrayList<>();
      List<double[]> values = new ArrayList<>();
      for (RunRecord r : group.runs()) {
        RunCurves c = r.finished() ? runs.get(r.dir()) : null;
        Series s = c == null ? null : c.curve(task, kind);
        if (s != null && s.size() > 0) {
          steps.add(s.steps());
          values.add(s.values());
        }
      }
      if (!steps.isEmpty()) {
        out.add(new SeedBandChart.Band(SeedBandChart.name(group.label(), steps.size()), SeedBand.of(steps, values), g,
            g / Math.max(1, colours) % 2 == 1));
      }
    }
    return out;
  }
}
