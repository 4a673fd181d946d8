package org.mtlworkbench.ui;

import java.util.HashMap;
import java.util.Map;
import java.util.prefs.AbstractPreferences;

/** A preferences tree held in memory, so that tests never read or write the user's settings. */
final class InMemoryPreferences extends AbstractPreferences {
  private final Map<String, String> values = new HashMap<>();
  private final Map<String, InMemoryPreferences> children = new HashMap<>();
  private int flushes;

  InMemoryPreferences() {
    this(null, "");
  }

  private InMemoryPreferences(InMemoryPreferences parent, String name) {
    super(parent, name);
  }

  /** How often {@link #flush()} reached this node: the app is meant to write through at once. */
  int flushes() {
    return flushes;
  }

  @Override
  protected void putSpi(String key, String value) {
    values.put(key, value);
  }

  @Override
  protected String getSpi(String key) {
    return values.get(key);
  }

  @Override
  protected void removeSpi(String key) {
    values.remove(key);
  }

  @Override
  protected void removeNodeSpi() {
    values.clear();
  }

  @Override
  protected String[] keysSpi() {
    return values.keySet().toArray(String[]::new);
  }

  @Override
  protected String[] childrenNamesSpi() {
    return children.keySet().toArray(String[]::new);
  }

  @Override
  protected AbstractPreferences childSpi(String name) {
    return children.computeIfAbsent(name, n -> new InMemoryPreferences(this, n));
  }

  @Override
  protected void syncSpi() {}

  @Override
  protected void flushSpi() {
    flushes++;
  }
}
