package org.mtlworkbench.common;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/** Versions of the app and of what it runs on, recorded in every run for provenance. */
public final class Versions {
  private static final Properties BUILD = load();

  private Versions() {}

  public static String app() {
    return BUILD.getProperty("app.version", "dev");
  }

  /** App, numerics library, Java and OS versions, in a stable order. */
  public static Map<String, String> all() {
    Map<String, String> v = new LinkedHashMap<>();
    v.put("mtlWorkbench", app());
    v.put("nd4j", BUILD.getProperty("nd4j.version", "unknown"));
    v.put("java", System.getProperty("java.version"));
    v.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
    return v;
  }

  private static Properties load() {
    Properties p = new Properties();
    try (InputStream in = Versions.class.getResourceAsStream("/org/mtlworkbench/version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      // versions are informative only
    }
    return p;
  }
}
