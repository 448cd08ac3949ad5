package io.bitget4j.core.testing;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

/**
 * What the library logged during the current test, recorded by {@link CapturingLoggerProvider}:
 *
 * <pre>{@code
 * client.orders().place(request);
 * assertThat(LogCapture.events(Level.WARN)).singleElement().extracting(LoggedEvent::message)
 *     .asString().contains("may or may not have been placed");
 * }</pre>
 *
 * <p>As a JUnit extension (registered for every module's tests through the {@code Extension}
 * service file in core's test-jar) it forgets the events before each test and, when a test fails,
 * prints the events it saw to standard output, where surefire keeps them with the failure.
 * Events logged by background threads between two tests count for the later one.
 */
public final class LogCapture implements BeforeEachCallback, AfterEachCallback {
  /** Bounds the memory of a test that logs in a loop; the oldest events go first. */
  private static final int MAX_EVENTS = 50_000;
  private static final ArrayDeque<LoggedEvent> EVENTS = new ArrayDeque<>();
  private static final Level ECHO = echoLevel(System.getProperty("bitget4j.test.log"));
  private static volatile boolean active;

  @Override
  public void beforeEach(ExtensionContext context) {
    clear();
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (active && context.getExecutionException().isPresent()) {
      List<LoggedEvent> seen = events();
      if (!seen.isEmpty()) {
        System.out.println("Log of " + context.getDisplayName() + " (" + seen.size() + " events):"
            + System.lineSeparator() + text());
      }
    }
  }

  /** Every event since the current test started, oldest first. */
  public static List<LoggedEvent> events() {
    requireActive();
    synchronized (EVENTS) {
      return List.copyOf(EVENTS);
    }
  }

  /** The events at {@code level} or more severe, oldest first. */
  public static List<LoggedEvent> events(Level level) {
    return events().stream().filter(e -> e.level().toInt() >= level.toInt()).collect(Collectors.toList());
  }

  /** The events as text, one {@link LoggedEvent#toString()} per line. */
  public static String text() {
    return events().stream().map(LoggedEvent::toString).collect(Collectors.joining(System.lineSeparator()));
  }

  /** Forgets every event recorded so far. */
  public static void clear() {
    synchronized (EVENTS) {
      EVENTS.clear();
    }
  }

  static void activate() {
    active = true;
  }

  static void record(LoggedEvent event) {
    synchronized (EVENTS) {
      if (EVENTS.size() == MAX_EVENTS) {
        EVENTS.removeFirst();
      }
      EVENTS.addLast(event);
    }
    if (ECHO != null && event.level().toInt() >= ECHO.toInt()) {
      System.err.println("[" + event.threadName() + "] " + event);
    }
  }

  private static void requireActive() {
    LoggerFactory.getILoggerFactory(); // initializes SLF4J, and with it our provider, if not yet done
    if (!active) {
      throw new IllegalStateException("logs are not captured: set <test.slf4j.provider>"
          + CapturingLoggerProvider.class.getName() + "</test.slf4j.provider> in the module's pom");
    }
  }

  private static Level echoLevel(String name) {
    return name == null || name.isBlank() ? null : Level.valueOf(name.strip().toUpperCase(Locale.ROOT));
  }
}
