package io.bitget4j.ws.testing.log;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.event.Level;

/**
 * Every log line bitget-ws writes during a test, kept in memory instead of printed: the tests'
 * SLF4J backend ({@link CapturingServiceProvider}) records INFO and above here, and
 * {@link LogCaptureExtension} clears it before each test and prints it only when the test fails.
 *
 * <p>Set {@code -Dbitget4j.test.log=print} to also print every line as it is logged.
 */
public final class CapturedLog {
  /** Lines beyond this are counted but not kept, so a runaway logger cannot fill the heap. */
  private static final int MAX_EVENTS = 10_000;
  private static final List<Event> EVENTS = new ArrayList<>();
  static final boolean PRINT = "print".equals(System.getProperty("bitget4j.test.log"));
  private static volatile boolean debug;

  private CapturedLog() {
  }

  /**
   * One log line.
   *
   * @param level its level
   * @param logger the logger's name, such as {@code io.bitget4j.ws.internal.Mailbox}
   * @param message the formatted message
   * @param thrown the throwable logged with it, if any
   * @param thread the name of the logging thread
   */
  public record Event(Level level, String logger, String message, Optional<Throwable> thrown, String thread) {
    /** The line as it would be printed, with the throwable's stack trace. */
    public String render() {
      StringBuilder text = new StringBuilder()
          .append('[').append(thread).append("] ").append(level).append(' ')
          .append(logger).append(" - ").append(message);
      thrown.ifPresent(t -> {
        StringWriter trace = new StringWriter();
        t.printStackTrace(new PrintWriter(trace));
        text.append(System.lineSeparator()).append(trace);
      });
      return text.toString();
    }
  }

  static void record(Event event) {
    if (PRINT) {
      System.err.println(event.render());
    }
    synchronized (EVENTS) {
      if (EVENTS.size() < MAX_EVENTS) {
        EVENTS.add(event);
      }
    }
  }

  /** Forgets every line recorded so far, and records DEBUG lines no longer. */
  public static void clear() {
    debug = false;
    synchronized (EVENTS) {
      EVENTS.clear();
    }
  }

  /** Records DEBUG lines too, until the test ends: for a test that checks what they say. */
  public static void captureDebug() {
    debug = true;
  }

  static boolean debugEnabled() {
    return debug || PRINT;
  }

  /** The lines recorded since the test started, in order. */
  public static List<Event> events() {
    synchronized (EVENTS) {
      return List.copyOf(EVENTS);
    }
  }

  /** The lines of {@code level} recorded since the test started. */
  public static List<Event> events(Level level) {
    return events().stream().filter(e -> e.level() == level).toList();
  }

  /** The messages of the WARN lines recorded since the test started. */
  public static List<String> warnings() {
    return events(Level.WARN).stream().map(Event::message).toList();
  }

  /** The messages of the ERROR lines recorded since the test started. */
  public static List<String> errors() {
    return events(Level.ERROR).stream().map(Event::message).toList();
  }
}
