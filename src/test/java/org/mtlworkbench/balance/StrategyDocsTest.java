package org.mtlworkbench.balance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.mtlworkbench.model.Sharing;

/**
 * The experiment-schema document lists every strategy with its paper, its options (default and
 * range) and where it runs, as the code says: a change in one without the other fails here.
 */
class StrategyDocsTest {
  private static final Path SCHEMA = Path.of("docs/experiment-schema.md");
  private static final Path README = Path.of("README.md");
  /** Column order of the compatibility table; both soft columns are {@link Sharing#SOFT}. */
  private static final Sharing[] COLUMNS = {Sharing.HARD, Sharing.SOFT, Sharing.SOFT, Sharing.CROSS_STITCH, Sharing.MMOE,
    Sharing.MTAN, Sharing.CGC, Sharing.PLE, Sharing.DSELECT_K};

  private static String strategySection() throws Exception {
    String doc = Files.readString(SCHEMA);
    return doc.substring(doc.indexOf("## `strategy`"));
  }

  /** How the document writes an option: `name` (default; rule). */
  static String cell(OptionInfo o) {
    String def = o.defaultValue() == null ? "the optimiser's" : OptionInfo.number(o.defaultValue());
    return "`" + o.name() + "` (" + def + "; " + o.rule() + ")";
  }

  @Test
  void everyStrategyHasARowWithItsPaperAndItsOptions() throws Exception {
    String section = strategySection();
    List<String> problems = new ArrayList<>();
    for (StrategyInfo info : StrategyCatalog.ALL) {
      Matcher m = Pattern.compile("^\\| `" + Pattern.quote(info.name()) + "` \\|(.*)$", Pattern.MULTILINE).matcher(section);
      if (!m.find()) {
        problems.add("no row for " + info.name());
        continue;
      }
      String row = m.group(1);
      String firstAuthor = info.citation().authors().split("[ ,&]")[0];
      if (!row.contains(firstAuthor) || !row.contains(String.valueOf(info.citation().year()))) {
        problems.add(info.name() + ": the row should cite " + firstAuthor + " " + info.citation().year());
      }
      String options = info.options().isEmpty() ? "—" : info.options().stream().map(StrategyDocsTest::cell).collect(Collectors.joining(", "));
      if (!row.endsWith("| " + options + " |")) {
        problems.add(info.name() + ": the options column should read: " + options);
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void theCompatibilityTableIsWhatTheCheckEnforces() throws Exception {
    String section = strategySection();
    String table = section.substring(section.indexOf("| strategy | hard | soft (L2) | soft (trace norm) | cross-stitch | mmoe | mtan | cgc | ple | dselect-k |"));
    Map<String, String> expected = new java.util.LinkedHashMap<>();
    for (StrategyInfo info : StrategyCatalog.ALL) {
      expected.put("`" + info.name() + "`", marks(StrategySpec.named(info.name())));
    }
    expected.put("`mgda` with `upperBound: 1` (MGDA-UB)", marks(new StrategySpec("mgda", null, Map.of("upperBound", 1.0))));
    Map<String, String> documented = new java.util.LinkedHashMap<>();
    for (String line : table.lines().skip(2).takeWhile(l -> l.startsWith("|")).toList()) {
      String[] cells = line.split("\\|");
      String row = cells[1].strip();
      StringBuilder marks = new StringBuilder();
      assertThat(cells).as(line).hasSize(2 + COLUMNS.length);
      for (int c = 2; c < cells.length; c++) {
        char mark = cells[c].strip().charAt(0);
        assertThat(mark).as(line).isIn('✓', '—');
        marks.append(mark);
      }
      if (row.startsWith("`mgda` with")) {
        documented.put(row, marks.toString());
      } else {
        for (String name : row.split(", ")) {
          documented.put(name, marks.toString());
        }
      }
    }
    assertThat(documented).containsExactlyInAnyOrderEntriesOf(expected);
  }

  @Test
  void theReadmeNamesEveryStrategy() throws Exception {
    String readme = Files.readString(README);
    for (StrategyInfo info : StrategyCatalog.ALL) {
      Matcher m = Pattern.compile("^\\| `" + Pattern.quote(info.name()) + "` \\|(.*)$", Pattern.MULTILINE).matcher(readme);
      assertThat(m.find()).as("README row for " + info.name()).isTrue();
      assertThat(m.group(1)).as(info.name()).contains(info.citation().authors().split("[ ,&]")[0])
          .contains(String.valueOf(info.citation().year()));
    }
  }

  private static String marks(StrategySpec spec) {
    StringBuilder b = new StringBuilder();
    for (Sharing s : COLUMNS) {
      b.append(StrategyCompatibility.problem(spec, s).isEmpty() ? '✓' : '—');
    }
    return b.toString();
  }
}
