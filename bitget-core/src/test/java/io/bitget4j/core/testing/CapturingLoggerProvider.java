package io.bitget4j.core.testing;

import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Logger;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.helpers.NOPMDCAdapter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * A test-scope SLF4J provider that records every event at DEBUG and above into {@link LogCapture}
 * and prints nothing, so that tests provoking faults keep the build output clean and can assert on
 * what the library logged.
 *
 * <p>A module opts in by naming it in the {@code test.slf4j.provider} property of its pom, which
 * the parent pom passes to surefire as the {@code slf4j.provider} system property (SLF4J then
 * ignores other providers such as slf4j-simple on the classpath). Run a build with
 * {@code -Dbitget4j.test.log=debug} (or {@code info}, {@code warn}, {@code error}) to see the
 * events at that level and above as they happen.
 */
public final class CapturingLoggerProvider implements SLF4JServiceProvider {
  private final ILoggerFactory loggers = new Loggers();
  private final IMarkerFactory markers = new BasicMarkerFactory();
  private final MDCAdapter mdc = new NOPMDCAdapter();

  @Override
  public ILoggerFactory getLoggerFactory() {
    return loggers;
  }

  @Override
  public IMarkerFactory getMarkerFactory() {
    return markers;
  }

  @Override
  public MDCAdapter getMDCAdapter() {
    return mdc;
  }

  @Override
  public String getRequestedApiVersion() {
    return "2.0.99";
  }

  @Override
  public void initialize() {
    LogCapture.activate();
  }

  private static final class Loggers implements ILoggerFactory {
    private final ConcurrentHashMap<String, Logger> byName = new ConcurrentHashMap<>();

    @Override
    public Logger getLogger(String name) {
      return byName.computeIfAbsent(name, CapturingLogger::new);
    }
  }

  private static final class CapturingLogger extends LegacyAbstractLogger {
    private static final long serialVersionUID = 1L;

    CapturingLogger(String name) {
      this.name = name;
    }

    @Override
    public boolean isTraceEnabled() {
      return false;
    }

    @Override
    public boolean isDebugEnabled() {
      return true;
    }

    @Override
    public boolean isInfoEnabled() {
      return true;
    }

    @Override
    public boolean isWarnEnabled() {
      return true;
    }

    @Override
    public boolean isErrorEnabled() {
      return true;
    }

    @Override
    protected String getFullyQualifiedCallerName() {
      return null;
    }

    @Override
    protected void handleNormalizedLoggingCall(Level level, Marker marker, String messagePattern, Object[] arguments,
        Throwable throwable) {
      if (level == Level.TRACE) {
        return;
      }
      String message = MessageFormatter.basicArrayFormat(messagePattern, arguments);
      LogCapture.record(new LoggedEvent(level, name, Thread.currentThread().getName(), message,
          java.util.Optional.ofNullable(throwable)));
    }
  }
}
