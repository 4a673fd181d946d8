package org.mtlworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import javafx.application.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The guard every UI test runs under: an exception on the FX thread fails the test it happened in. */
class FxThreadExceptionsTest {
  private static ExtensionContext named(String name) {
    return (ExtensionContext) Proxy.newProxyInstance(ExtensionContext.class.getClassLoader(),
        new Class<?>[] {ExtensionContext.class}, (proxy, method, args) -> {
          if (method.getName().equals("getDisplayName")) {
            return name;
          }
          throw new UnsupportedOperationException(method.getName());
        });
  }

  @Test
  void anExceptionThrownByAnFxRunnableFailsTheTestNamingIt() throws Exception {
    FxToolkit.registerPrimaryStage();
    Platform.runLater(() -> {
      throw new IllegalStateException("thrown on purpose by the test");
    });
    WaitForAsyncUtils.waitForFxEvents();

    java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
    java.io.PrintStream before = FxThreadExceptions.report;
    FxThreadExceptions.report = new java.io.PrintStream(printed, true, java.nio.charset.StandardCharsets.UTF_8);
    try {
      assertThatThrownBy(() -> new FxThreadExceptions().afterEach(named("aWindowTest()")))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("1 uncaught exception(s) on the JavaFX Application Thread during aWindowTest()")
          .hasMessageContaining("thrown on purpose by the test");
    } finally {
      FxThreadExceptions.report = before;
    }
    assertThat(printed.toString(java.nio.charset.StandardCharsets.UTF_8))
        .startsWith("Uncaught on the FX thread during aWindowTest() (fails the test): java.lang.IllegalStateException: thrown on purpose");
    assertThat(FxThreadExceptions.take()).isEmpty(); // reported once, not again in the next test
  }

  @Test
  void takeHandsAnExpectedExceptionToTheTestInstead() throws Exception {
    FxToolkit.registerPrimaryStage();
    Platform.runLater(() -> {
      throw new IllegalArgumentException("expected");
    });
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(FxThreadExceptions.take()).singleElement().extracting(Throwable::getMessage).isEqualTo("expected");
    new FxThreadExceptions().afterEach(named("aWindowTest()")); // nothing left to fail on
  }
}
