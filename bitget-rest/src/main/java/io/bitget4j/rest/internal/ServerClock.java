package io.bitget4j.rest.internal;

import java.time.Clock;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The exchange's clock as seen from here: the local clock plus a measured offset. The offset is
 * measured lazily, before the first signed request, and again when the exchange refuses a
 * timestamp; each measurement corrects for the round trip by assuming the server read its clock
 * half-way between sending and receiving.
 *
 * <p>Thread-safe. Concurrent callers that all saw the same stale offset trigger one measurement.
 */
public final class ServerClock {
  private static final Logger logger = LoggerFactory.getLogger(ServerClock.class);

  /** Reads the server's time once and says when the request left and the answer arrived. */
  @FunctionalInterface
  public interface Source {
    /** Fetches the server time; throws the request's exception when it fails. */
    Sample fetch();
  }

  /** One measurement: local send and receive times around the server's reading, all epoch ms. */
  public static final class Sample {
    final long sentAtMillis;
    final long receivedAtMillis;
    final long serverMillis;

    public Sample(long sentAtMillis, long receivedAtMillis, long serverMillis) {
      this.sentAtMillis = sentAtMillis;
      this.receivedAtMillis = receivedAtMillis;
      this.serverMillis = serverMillis;
    }
  }

  private final Clock clock;
  private final Source source;
  private final Object lock = new Object();
  private volatile long offsetMillis;
  private volatile long generation; // 0 until the first measurement

  public ServerClock(Clock clock, Source source) {
    this.clock = Objects.requireNonNull(clock, "clock == null");
    this.source = Objects.requireNonNull(source, "source == null");
  }

  /** The generation of the offset in use: pass it to {@link #remeasure} after a clock error. */
  public long generation() {
    ensureMeasured();
    return generation;
  }

  /** The server's current time in epoch milliseconds, measuring the offset first if needed. */
  public long nowMillis() {
    ensureMeasured();
    return clock.millis() + offsetMillis;
  }

  /** The measured offset (server minus local), in milliseconds; 0 before the first measurement. */
  public long offsetMillis() {
    return offsetMillis;
  }

  /**
   * Measures the offset again, unless another thread already did since {@code staleGeneration}
   * was read.
   */
  public void remeasure(long staleGeneration) {
    synchronized (lock) {
      if (generation != staleGeneration) {
        return;
      }
      measure();
    }
  }

  private void ensureMeasured() {
    if (generation != 0) {
      return;
    }
    synchronized (lock) {
      if (generation == 0) {
        measure();
      }
    }
  }

  private void measure() {
    Sample sample = source.fetch();
    long roundTrip = Math.max(0, sample.receivedAtMillis - sample.sentAtMillis);
    long localAtServerReading = sample.sentAtMillis + roundTrip / 2;
    offsetMillis = sample.serverMillis - localAtServerReading;
    generation++;
    logger.debug("Measured server clock offset {} ms (round trip {} ms)", offsetMillis, roundTrip);
  }
}
