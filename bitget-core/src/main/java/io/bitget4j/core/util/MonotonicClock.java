package io.bitget4j.core.util;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock that never steps: it starts at the wall-clock time and then follows
 * {@link System#nanoTime()}, so a wall clock set back or forward by NTP or an operator cannot
 * free permits early or stall a limiter.
 */
final class MonotonicClock extends Clock {
  private final long startEpochNanos;
  private final long startNanoTime;
  private final ZoneId zone;

  MonotonicClock() {
    Instant now = Instant.now();
    this.startEpochNanos = now.getEpochSecond() * 1_000_000_000L + now.getNano();
    this.startNanoTime = System.nanoTime();
    this.zone = ZoneOffset.UTC;
  }

  private MonotonicClock(MonotonicClock base, ZoneId zone) {
    this.startEpochNanos = base.startEpochNanos;
    this.startNanoTime = base.startNanoTime;
    this.zone = zone;
  }

  @Override
  public long millis() {
    return (startEpochNanos + (System.nanoTime() - startNanoTime)) / 1_000_000L;
  }

  @Override
  public Instant instant() {
    long epochNanos = startEpochNanos + (System.nanoTime() - startNanoTime);
    return Instant.ofEpochSecond(Math.floorDiv(epochNanos, 1_000_000_000L), Math.floorMod(epochNanos, 1_000_000_000L));
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return new MonotonicClock(this, java.util.Objects.requireNonNull(zone, "zone == null"));
  }

  @Override
  public String toString() {
    return "MonotonicClock[" + zone + "]";
  }
}
