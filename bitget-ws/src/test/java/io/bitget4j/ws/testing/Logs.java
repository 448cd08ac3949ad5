package io.bitget4j.ws.testing;

import io.bitget4j.core.testing.LogCapture;
import io.bitget4j.core.testing.LoggedEvent;
import java.util.List;
import org.slf4j.event.Level;

/** The messages of one level that the current test logged, from core's {@link LogCapture}. */
public final class Logs {
  private Logs() {
  }

  /** The messages of the WARN events (not ERROR) since the test started, in order. */
  public static List<String> warnings() {
    return messages(Level.WARN);
  }

  /** The messages of the ERROR events since the test started, in order. */
  public static List<String> errors() {
    return messages(Level.ERROR);
  }

  private static List<String> messages(Level level) {
    return LogCapture.events().stream().filter(e -> e.level() == level).map(LoggedEvent::message).toList();
  }
}
