package io.bitget4j.core.util;

import java.time.Duration;
import java.util.Objects;

/** Saturating conversions and argument checks for durations, shared by this package. */
final class Durations {
  private static final Duration ONE_MILLI = Duration.ofMillis(1);
  private static final Duration MAX_MILLIS = Duration.ofMillis(Long.MAX_VALUE);
  private static final Duration MAX_NANOS = Duration.ofNanos(Long.MAX_VALUE);

  private Durations() {}

  /** Returns {@code duration} in whole milliseconds, or {@code Long.MAX_VALUE} if it is longer. */
  static long toMillisSaturated(Duration duration) {
    return duration.compareTo(MAX_MILLIS) >= 0 ? Long.MAX_VALUE : duration.toMillis();
  }

  /** Returns {@code duration} in nanoseconds, or {@code Long.MAX_VALUE} if it is longer. */
  static long toNanosSaturated(Duration duration) {
    return duration.compareTo(MAX_NANOS) >= 0 ? Long.MAX_VALUE : duration.toNanos();
  }

  /** Returns {@code a + b} for a non-negative {@code b}, or {@code Long.MAX_VALUE} on overflow. */
  static long addSaturated(long a, long b) {
    long sum = a + b;
    return sum < a ? Long.MAX_VALUE : sum;
  }

  /** Checks that {@code duration} is at least one millisecond, the resolution of this package. */
  static Duration requireAtLeastOneMilli(Duration duration, String name) {
    Objects.requireNonNull(duration, () -> name + " == null");
    if (duration.compareTo(ONE_MILLI) < 0) {
      throw new IllegalArgumentException(name + " must be at least 1 ms but was " + duration);
    }
    return duration;
  }

  /** Checks that {@code duration} is not negative. */
  static Duration requireNonNegative(Duration duration, String name) {
    Objects.requireNonNull(duration, () -> name + " == null");
    if (duration.isNegative()) {
      throw new IllegalArgumentException(name + " must not be negative but was " + duration);
    }
    return duration;
  }
}
