package io.bitget4j.ws.testing.log;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Keeps each test's log to itself: clears {@link CapturedLog} before the test and, when the test
 * failed, prints what it logged to stderr, so a passing build stays quiet and a failing test
 * still shows its log. Registered for every bitget-ws test through
 * {@code META-INF/services/org.junit.jupiter.api.extension.Extension}.
 */
public final class LogCaptureExtension implements BeforeEachCallback, AfterEachCallback {

  @Override
  public void beforeEach(ExtensionContext context) {
    CapturedLog.clear();
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (context.getExecutionException().isPresent() && !CapturedLog.PRINT) {
      System.err.println("Log of the failed test " + context.getDisplayName() + ":");
      for (CapturedLog.Event event : CapturedLog.events()) {
        System.err.println(event.render());
      }
    }
    CapturedLog.clear();
  }
}
