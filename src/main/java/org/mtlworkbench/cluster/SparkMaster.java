package org.mtlworkbench.cluster;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.mtlworkbench.common.InputException;

/**
 * Checks a Spark master URL before Spark starts, so that a mistake is one line at once instead of
 * Spark's stack trace, or a minute of retries against a standalone master that is not there.
 * Touches no Spark class.
 */
public final class SparkMaster {
  /** How long a standalone master may take to accept a connection before it counts as unreachable. */
  static final int CONNECT_MILLIS = 5000;
  private static final Pattern LOCAL = Pattern.compile("local(\\[(\\*|\\d+)(,\\d+)?])?");
  private static final Pattern LOCAL_CLUSTER = Pattern.compile("local-cluster\\[\\d+,\\d+,\\d+]");
  private static final Pattern STANDALONE = Pattern.compile("spark://([^,/]+:\\d+)(,[^,/]+:\\d+)*");

  private SparkMaster() {}

  /** Whether Spark runs inside this JVM, or in JVMs it starts on this machine. */
  public static boolean local(String master) {
    return LOCAL.matcher(master).matches() || LOCAL_CLUSTER.matcher(master).matches();
  }

  /**
   * @throws InputException naming the master when it is not a URL Spark knows, or when it is a
   *     standalone master that does not answer
   */
  public static void check(String master) {
    checkUrl(master);
    if (master.startsWith("spark://")) {
      reachable(master);
    }
  }

  /**
   * @throws InputException naming the master when it is not a URL Spark knows (without trying to
   *     reach it: for a study exported to run elsewhere)
   */
  public static void checkUrl(String master) {
    if (master == null || master.isBlank()) {
      throw new InputException("Spark master: empty; give e.g. local[2], spark://host:7077 or k8s://https://host:443");
    }
    if (local(master) || master.startsWith("k8s://") || master.equals("yarn")) {
      return;
    }
    if (master.startsWith("spark://")) {
      if (!STANDALONE.matcher(master).matches()) {
        throw new InputException("Spark master " + master + ": expected spark://host:port (or spark://h1:port,h2:port)");
      }
      return;
    }
    throw new InputException("Spark master " + master + ": not a master URL; give local[N], local[*], spark://host:port,"
        + " k8s://https://host:port or yarn");
  }

  /** One of a standalone URL's masters must accept a connection. */
  private static void reachable(String master) {
    List<String> problems = new ArrayList<>();
    for (String hostPort : master.substring("spark://".length()).split(",")) {
      int colon = hostPort.lastIndexOf(':');
      String host = hostPort.substring(0, colon);
      int port = Integer.parseInt(hostPort.substring(colon + 1));
      try (Socket s = new Socket()) {
        s.connect(new InetSocketAddress(host, port), CONNECT_MILLIS);
        return;
      } catch (IOException | IllegalArgumentException e) {
        problems.add(hostPort + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
      }
    }
    throw new InputException("Spark master " + master + ": cannot reach it (" + String.join("; ", problems) + ")");
  }
}
