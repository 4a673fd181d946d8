package org.mtlworkbench.cli;

import java.util.Iterator;
import org.mtlworkbench.balance.StrategyCatalog;

/** The strategy names for picocli's help ({@code ${COMPLETION-CANDIDATES}}) and shell completion, from the catalog. */
final class StrategyNames implements Iterable<String> {
  @Override
  public Iterator<String> iterator() {
    return StrategyCatalog.NAMES.iterator();
  }
}
