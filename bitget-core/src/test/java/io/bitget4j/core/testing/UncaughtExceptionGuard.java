package io.bitget4j.core.testing;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.LoggerFactory;

/**
 * Fails a test when any thread died of an uncaught exception while it ran, such as a WebSocket
 * reader or a scheduler thread: such failures otherwise only print a stack trace and pass.
 *
 * <p>Registered for every module's tests through the {@code Extension} service file in core's
 * test-jar and {@code junit.jupiter.extensions.autodetection.enabled} in the parent POM.
 */
public final class UncaughtExceptionGuard implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback {
  private static final List<Throwable> UNCAUGHT = new ArrayList<>();
  private static volatile boolean installed;

  @Override
  public void beforeAll(ExtensionContext context) {
    install();
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    install();
    synchronized (UNCAUGHT) {
      UNCAUGHT.clear();
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    List<Throwable> seen;
    synchronized (UNCAUGHT) {
      seen = new ArrayList<>(UNCAUGHT);
      UNCAUGHT.clear();
    }
    if (!seen.isEmpty()) {
      AssertionError failure = new AssertionError(seen.size() + " uncaught exception(s) in background threads"
          + " during " + context.getDisplayName() + "; the first is the cause", seen.get(0));
      for (int i = 1; i < seen.size(); i++) {
        failure.addSuppressed(seen.get(i));
      }
      throw failure;
    }
  }

  private static synchronized void install() {
    if (installed) {
      return;
    }
    Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
    Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {
      synchronized (UNCAUGHT) {
        UNCAUGHT.add(new AssertionError("thread " + thread.getName() + " died", error));
      }
      if (previous != null) {
        previous.uncaughtException(thread, error);
      } else {
        // through the test logger: captured (and shown with a failing test) where a module captures logs
        LoggerFactory.getLogger(UncaughtExceptionGuard.class)
            .error("Uncaught exception in thread {}", thread.getName(), error);
      }
    });
    installed = true;
  }
}
