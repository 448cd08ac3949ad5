package io.bitget4j.ws.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 10, unit = TimeUnit.SECONDS)
class SendWindowTest {
  private static final long MS = 1_000_000L;

  @Test
  void letsTheFirstFramesGoAtOnceThenWaitsForTheOldestToLeaveTheWindow() {
    SendWindow window = new SendWindow(3, Duration.ofSeconds(1));
    for (int i = 0; i < 3; i++) {
      assertThat(window.delayNanos(i * MS)).isZero();
      window.record(i * MS);
    }

    assertThat(window.delayNanos(500 * MS)).isEqualTo(500 * MS);
    assertThat(window.delayNanos(1000 * MS)).isZero();
    window.record(1000 * MS);
    assertThat(window.delayNanos(1000 * MS)).isEqualTo(1 * MS); // the second frame, sent at 1 ms
  }

  @Test
  void noWindowEverHoldsMoreThanItsPermitsWhenSendingAsFastAsAllowed() {
    SendWindow window = new SendWindow(10, Duration.ofSeconds(1));
    long[] sent = new long[100];
    long now = 0;
    for (int i = 0; i < sent.length; i++) {
      now += window.delayNanos(now);
      window.record(now);
      sent[i] = now;
      now += 7 * MS; // some frames are queued, some arrive later
    }

    for (int i = 10; i < sent.length; i++) {
      assertThat(sent[i] - sent[i - 10]).as("frames %d and %d", i - 10, i).isGreaterThanOrEqualTo(1000 * MS);
    }
  }

  @Test
  void countsTheEventsInTheWindowAndTellsWhenSeveralMayGoInARow() {
    SendWindow window = new SendWindow(4, Duration.ofSeconds(1));
    for (long at : new long[] {0, 100, 200}) {
      window.record(at * MS);
    }

    assertThat(window.count(500 * MS)).isEqualTo(3);
    assertThat(window.available(500 * MS)).isEqualTo(1);
    assertThat(window.delayNanos(500 * MS, 1)).isZero();
    assertThat(window.delayNanos(500 * MS, 2)).isEqualTo(500 * MS); // once the event at 0 left
    assertThat(window.delayNanos(500 * MS, 4)).isEqualTo(700 * MS); // once all three left
    assertThat(window.count(1150 * MS)).isEqualTo(1);
    assertThat(window.available(1150 * MS)).isEqualTo(3);
  }

  @Test
  void refusesNonsense() {
    assertThatThrownBy(() -> new SendWindow(0, Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("permits must be at least 1 but was 0");
    assertThatThrownBy(() -> new SendWindow(1, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("window must be positive but was PT0S");
  }
}
