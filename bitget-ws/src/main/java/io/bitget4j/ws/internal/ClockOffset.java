package io.bitget4j.ws.internal;

import io.bitget4j.ws.ServerTimeSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The offset between the local clock and Bitget's, added to login timestamps. Supplied up front,
 * or measured through a {@link ServerTimeSource} when a login is refused for clock skew.
 * Thread-safe.
 */
public final class ClockOffset {
  private static final Logger logger = LoggerFactory.getLogger(ClockOffset.class);

  private final Clock clock;
  private final ServerTimeSource source;
  private volatile long offsetMillis;

  /**
   * Creates the offset.
   *
   * @param source measures the server time, or null when only the supplied offset is known
   */
  public ClockOffset(Clock clock, Duration initial, ServerTimeSource source) {
    this.clock = clock;
    this.offsetMillis = initial.toMillis();
    this.source = source;
  }

  /** Server time by the local clock and the offset, epoch milliseconds. */
  public long serverMillis() {
    return clock.millis() + offsetMillis;
  }

  /** The current offset: server time minus local time. */
  public Duration offset() {
    return Duration.ofMillis(offsetMillis);
  }

  /** Whether {@link #measure()} can measure. */
  public boolean canMeasure() {
    return source != null;
  }

  /**
   * Measures the offset against the server time source, assuming the answer was taken halfway
   * through the call. Blocks for the source's call.
   *
   * @return the new offset, or empty if there is no source or it failed
   */
  public Optional<Duration> measure() {
    if (source == null) {
      return Optional.empty();
    }
    try {
      long before = clock.millis();
      Instant server = source.serverTime();
      long after = clock.millis();
      long offset = server.toEpochMilli() - (before + (after - before) / 2);
      offsetMillis = offset;
      logger.info("Measured the clock offset to Bitget: {} ms", offset);
      return Optional.of(Duration.ofMillis(offset));
    } catch (Throwable e) { // the source is user code, which may throw anything
      Throwables.rethrowIfFatal(e);
      logger.warn("Could not measure the clock offset to Bitget; keeping {} ms", offsetMillis, e);
      return Optional.empty();
    }
  }
}
