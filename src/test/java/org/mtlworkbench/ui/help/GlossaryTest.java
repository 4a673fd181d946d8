package org.mtlworkbench.ui.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mtlworkbench.balance.StrategyCatalog;
import org.mtlworkbench.balance.StrategyInfo;
import org.mtlworkbench.diagnostics.Finding;
import org.mtlworkbench.model.Sharing;
import org.mtlworkbench.ui.canvas.SharingTips;
import org.mtlworkbench.ui.inspect.StrategyFamily;

/** The glossary covers every scheme, every strategy (through its family) and every kind of finding. */
class GlossaryTest {
  private static List<Glossary.Entry> in(String section) {
    return Glossary.entries().stream().filter(e -> e.section().equals(section)).toList();
  }

  @Test
  void theBasicsExplainTaskBackboneAndHead() {
    assertThat(in(Glossary.BASICS)).extracting(Glossary.Entry::term).contains("Task", "Backbone", "Head", "Tower");
  }

  @Test
  void everySharingSchemeHasItsEntryWithTheSentenceTheWindowUses() {
    for (Sharing s : Sharing.values()) {
      assertThat(in(Glossary.SHARING)).as(s.id()).anySatisfy(e -> {
        assertThat(e.term()).isEqualTo(SharingTips.label(s));
        assertThat(e.text()).startsWith(SharingTips.of(s));
      });
    }
  }

  @Test
  void everyStrategyIsNamedUnderItsFamily() {
    List<Glossary.Entry> families = in(Glossary.STRATEGIES);
    assertThat(families).extracting(Glossary.Entry::term)
        .containsExactly(Arrays.stream(StrategyFamily.values()).map(StrategyFamily::title).toArray(String[]::new));
    for (StrategyInfo info : StrategyCatalog.ALL) {
      Glossary.Entry family = families.stream().filter(e -> e.term().equals(StrategyFamily.of(info).title())).findFirst()
          .orElseThrow();
      assertThat(family.text()).as(info.name()).contains(info.title());
    }
    assertThat(StrategyFamily.of(StrategyCatalog.info("gradnorm"))).isEqualTo(StrategyFamily.LOSS_WEIGHTING);
    assertThat(StrategyFamily.of(StrategyCatalog.info("pcgrad"))).isEqualTo(StrategyFamily.GRADIENT_COMBINATION);
  }

  @Test
  void everyKindOfFindingTheEngineMakesIsExplainedWithWhatToTryNext() throws Exception {
    List<String> kinds = new java.util.ArrayList<>();
    for (Field f : Finding.class.getFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
        kinds.add((String) f.get(null));
      }
    }
    assertThat(kinds).contains("imbalance", "conflict", "negative-transfer");
    List<String> explained = in(Glossary.FINDINGS).stream().map(Glossary.Entry::term).toList();
    assertThat(explained).containsAll(kinds);
    for (String claim : List.of("imbalance", "conflict", "harm", "negative-transfer", "gradient-note")) {
      assertThat(Glossary.FINDING_TEXT.get(claim)).as(claim).contains("Next:");
    }
  }
}
