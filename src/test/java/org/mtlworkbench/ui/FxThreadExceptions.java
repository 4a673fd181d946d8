package org.mtlworkbench.ui;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Fails a test when an exception escaped to the JavaFX Application Thread while it ran: an event
 * handler, a listener, a layout pass or a {@code Platform.runLater} that threw. JavaFX only prints
 * such an exception and carries on, so without this a window test passes while the window is
 * broken.
 *
 * <p>Registered for every test through JUnit's extension auto-detection ({@code
 * META-INF/services/org.junit.jupiter.api.extension.Extension} and {@code
 * junit-platform.properties} in the test resources), so a new UI test is covered without doing
 * anything. An exception on the FX thread ends up in the thread's uncaught-exception handler
 * (glass reports it there); the thread has none of its own, so it reaches the JVM's default
 * handler, which this extension replaces once by a recorder. The application's own handler
 * ({@link UncaughtErrors}) hands every exception on to the previous one after showing it, so it
 * is recorded too. Exceptions on other threads go to the handler that was there before.
 *
 * <p>A test that provokes an exception on purpose takes it with {@link #take()}.
 */
public final class FxThreadExceptions implements BeforeEachCallback, AfterEachCallback {
  private static final List<Throwable> RECORDED = new ArrayList<>();
  private static Thread.UncaughtExceptionHandler recorder;
  /** Where a test's unexpected FX-thread exceptions are printed (the build's output; a test of this class captures it). */
  static java.io.PrintStream report = System.err;

  @Override
  public void beforeEach(ExtensionContext context) {
    install();
  }

  /**
   * Puts the recorder in place as the default handler, after TestFX's: {@link WaitForAsyncUtils}
   * installs its own when its class is first used, which queues an exception and throws it into
   * whichever later test happens to call {@code asyncFx} or {@code waitFor}. FX-thread exceptions
   * are taken from that queue (failed, and printed, in the test that caused them unless it takes them); others go on to
   * TestFX's handler as before.
   */
  private static synchronized void install() {
    initialise(WaitForAsyncUtils.class); // TestFX's handler first, so that ours comes after it
    Thread.UncaughtExceptionHandler current = Thread.getDefaultUncaughtExceptionHandler();
    if (current == recorder && recorder != null) {
      return;
    }
    Thread.UncaughtExceptionHandler previous = current;
    recorder = (thread, error) -> {
      if (isFxThread(thread)) {
        synchronized (RECORDED) {
          RECORDED.add(error);
        }
        // printed when the test ends without taking it (afterEach): a test that provokes one on
        // purpose and takes it leaves nothing in the build's output to be mistaken for a failure
      } else if (previous != null) {
        previous.uncaughtException(thread, error);
      } else {
        System.err.print("Exception in thread \"" + thread.getName() + "\" ");
        error.printStackTrace();
      }
    };
    Thread.setDefaultUncaughtExceptionHandler(recorder);
  }

  private static void initialise(Class<?> type) {
    try {
      Class.forName(type.getName(), true, type.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  static boolean isFxThread(Thread thread) {
    return "JavaFX Application Thread".equals(thread.getName());
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (FxToolkit.isFXApplicationThreadRunning()) {
      WaitForAsyncUtils.waitForFxEvents(); // what the test set in motion has run
    }
    List<Throwable> thrown = take();
    if (!thrown.isEmpty()) {
      for (Throwable t : thrown) {
        report.print("Uncaught on the FX thread during " + context.getDisplayName() + " (fails the test): ");
        t.printStackTrace(report);
      }
      AssertionError failure = new AssertionError(thrown.size() + " uncaught exception(s) on the JavaFX Application Thread"
          + " during " + context.getDisplayName() + "; the first: " + thrown.get(0), thrown.get(0));
      thrown.stream().skip(1).forEach(failure::addSuppressed);
      throw failure;
    }
  }

  /** The FX-thread exceptions recorded since the last call, which then no longer fail the test. */
  public static List<Throwable> take() {
    synchronized (RECORDED) {
      List<Throwable> out = new ArrayList<>(RECORDED);
      RECORDED.clear();
      return out;
    }
  }
}
