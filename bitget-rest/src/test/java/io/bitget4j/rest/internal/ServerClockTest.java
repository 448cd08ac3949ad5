package io.bitget4j.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.bitget4j.core.testing.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(5)
class ServerClockTest {
  private final ManualClock clock = ManualClock.startingAt(Instant.ofEpochMilli(1_000_000));
  private final AtomicInteger fetches = new AtomicInteger();

  @Test
  void correctsTheOffsetForHalfTheRoundTrip() {
    // Sent at 1,000,000, answered at 1,000,200: the server read its clock at about 1,000,100.
    ServerClock serverClock = new ServerClock(clock, () -> {
      fetches.incrementAndGet();
      return new ServerClock.Sample(1_000_000, 1_000_200, 1_060_100);
    });

    assertThat(serverClock.nowMillis()).isEqualTo(1_060_000);
    assertThat(serverClock.offsetMillis()).isEqualTo(60_000);
    clock.advance(Duration.ofSeconds(5));
    assertThat(serverClock.nowMillis()).isEqualTo(1_065_000);
    assertThat(fetches).hasValue(1);
  }

  @Test
  void measuresLazilyAndRemeasuresOnlyForTheCurrentGeneration() {
    ServerClock serverClock = new ServerClock(clock, () -> {
      int n = fetches.incrementAndGet();
      return new ServerClock.Sample(clock.millis(), clock.millis(), clock.millis() + n * 1_000L);
    });
    assertThat(fetches).hasValue(0);

    long generation = serverClock.generation();
    serverClock.remeasure(generation);
    serverClock.remeasure(generation); // a second caller with the same stale view: no new fetch

    assertThat(fetches).hasValue(2);
    assertThat(serverClock.offsetMillis()).isEqualTo(2_000);
  }
}
