package org.mtlworkbench.store;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * conflicts.csv ({@code step,task_a,task_b,cosine[,lagged_cosine]}) as one growing series per
 * unordered pair; the lagged cosine is NaN in files written before it existed.
 */
final class ConflictTable {
  /** Steps and cosines of one pair. */
  static final class Pair {
    int size;
    long[] steps = new long[64];
    float[] cosines = new float[64];
    float[] lagged = new float[64];

    void add(long step, float cosine, float laggedCosine) {
      if (size == steps.length) {
        steps = Arrays.copyOf(steps, size * 2);
        cosines = Arrays.copyOf(cosines, size * 2);
        lagged = Arrays.copyOf(lagged, size * 2);
      }
      steps[size] = step;
      cosines[size] = cosine;
      lagged[size] = laggedCosine;
      size++;
    }
  }

  final Map<String, Pair> pairs = new LinkedHashMap<>();

  static ConflictTable read(Path file) {
    ConflictTable t = new ConflictTable();
    CsvRows.read(file, RunFiles.CONFLICTS_KEY, header -> {
      int lagged = header.indexOf(RunFiles.LAGGED_COSINE);
      return row -> {
        String a = row.text(1);
        String b = row.text(2);
        if (a.equals(b)) {
          throw row.error(2, "a task paired with itself ('" + a + "')");
        }
        t.pairs.computeIfAbsent(key(a, b), k -> new Pair())
            .add(row.integer(0), (float) row.number(3), lagged < 0 ? Float.NaN : (float) row.number(lagged));
      };
    });
    return t;
  }

  /** The same key for (a, b) and (b, a). */
  static String key(String a, String b) {
    return a.compareTo(b) <= 0 ? a + '\u0000' + b : b + '\u0000' + a;
  }

  Pair pair(String a, String b) {
    return pairs.get(key(a, b));
  }
}
