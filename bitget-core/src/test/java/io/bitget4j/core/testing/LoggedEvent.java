package io.bitget4j.core.testing;

import java.util.Objects;
import java.util.Optional;
import org.slf4j.event.Level;

/**
 * One event recorded by {@link CapturingLoggerProvider}.
 *
 * @param level the event's level, DEBUG or above
 * @param loggerName the logger, usually the class that logged
 * @param threadName the thread that logged
 * @param message the message with its arguments filled in
 * @param throwable the exception logged with it, if any
 */
public record LoggedEvent(Level level, String loggerName, String threadName, String message,
    Optional<Throwable> throwable) {

  /** Checks that no component is null. */
  public LoggedEvent {
    Objects.requireNonNull(level, "level == null");
    Objects.requireNonNull(loggerName, "loggerName == null");
    Objects.requireNonNull(threadName, "threadName == null");
    Objects.requireNonNull(message, "message == null");
    Objects.requireNonNull(throwable, "throwable == null");
  }

  /** {@code WARN io.bitget4j.Foo - message}, then {@code  caused by: exception} for each cause. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder().append(level).append(' ').append(loggerName).append(" - ").append(message);
    for (Throwable t = throwable.orElse(null); t != null; t = t.getCause()) {
      text.append(System.lineSeparator()).append("  caused by: ").append(t);
      if (t.getCause() == t) {
        break;
      }
    }
    return text.toString();
  }
}
