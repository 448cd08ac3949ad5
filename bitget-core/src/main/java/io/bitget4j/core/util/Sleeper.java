package io.bitget4j.core.util;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Waits for a duration on behalf of a blocking call such as
 * {@link RateLimiter#acquire(String, Duration)}. Production code uses {@link #system()}; tests
 * inject one that advances a manual clock instead of waiting.
 */
@FunctionalInterface
public interface Sleeper {

  /**
   * Blocks the calling thread for {@code duration}, which is never negative.
   *
   * @param duration how long to wait; never negative
   * @throws InterruptedException if the thread is interrupted while waiting
   */
  void sleep(Duration duration) throws InterruptedException;

  /**
   * Returns a sleeper that blocks the calling thread with {@link TimeUnit#sleep}.
   *
   * @return a sleeper that blocks the calling thread
   */
  static Sleeper system() {
    return duration -> TimeUnit.NANOSECONDS.sleep(Durations.toNanosSaturated(duration));
  }
}
