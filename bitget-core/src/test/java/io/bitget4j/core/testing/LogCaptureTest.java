package io.bitget4j.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

@Timeout(10)
class LogCaptureTest {
  private static final Logger LOG = LoggerFactory.getLogger("io.bitget4j.Probe");

  @Test
  void recordsDebugAndAboveWithArgumentsAndExceptions() {
    IllegalStateException boom = new IllegalStateException("boom", new IllegalArgumentException("root"));
    LOG.trace("not recorded");
    LOG.debug("request {} took {} ms", "GET /x", 5);
    LOG.warn("failed on {}", "POST /y", boom);

    assertThat(LogCapture.events()).extracting(LoggedEvent::level, LoggedEvent::message)
        .containsExactly(
            tuple(Level.DEBUG, "request GET /x took 5 ms"),
            tuple(Level.WARN, "failed on POST /y"));
    assertThat(LogCapture.events(Level.WARN)).singleElement().satisfies(event -> {
      assertThat(event.loggerName()).isEqualTo("io.bitget4j.Probe");
      assertThat(event.threadName()).isEqualTo(Thread.currentThread().getName());
      assertThat(event.throwable()).containsSame(boom);
    });
    assertThat(LogCapture.text()).isEqualTo("DEBUG io.bitget4j.Probe - request GET /x took 5 ms"
        + System.lineSeparator() + "WARN io.bitget4j.Probe - failed on POST /y"
        + System.lineSeparator() + "  caused by: java.lang.IllegalStateException: boom"
        + System.lineSeparator() + "  caused by: java.lang.IllegalArgumentException: root");
  }

  @Test
  void startsEveryTestEmpty() {
    assertThat(LogCapture.events()).isEmpty();
    LOG.error("left behind");
    LogCapture.clear();

    assertThat(LogCapture.events()).isEmpty();
  }
}
