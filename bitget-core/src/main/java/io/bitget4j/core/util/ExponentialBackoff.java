package io.bitget4j.core.util;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.DoubleSupplier;

/** The {@link Backoff} built by {@link Backoff.Builder}: exponential with full jitter. */
final class ExponentialBackoff implements Backoff {
  private final long baseNanos;
  private final double factor;
  private final long capNanos;
  private final int maxAttempts;
  private final boolean unlimited;
  private final DoubleSupplier random;

  ExponentialBackoff(Backoff.Builder builder) {
    this.baseNanos = Durations.toNanosSaturated(builder.base);
    this.factor = builder.factor;
    this.capNanos = Durations.toNanosSaturated(builder.cap);
    this.maxAttempts = builder.maxAttempts;
    this.unlimited = builder.unlimited;
    this.random = builder.random != null
        ? builder.random::nextDouble
        : () -> ThreadLocalRandom.current().nextDouble();
  }

  @Override
  public Duration delay(int attempt) {
    long ceilingNanos = maxDelayNanos(attempt);
    // Clamped because a double product may round past the ceiling, or a stub generator return 1.
    long nanos = (long) (random.getAsDouble() * ceilingNanos);
    return Duration.ofNanos(Math.max(0, Math.min(ceilingNanos, nanos)));
  }

  @Override
  public Duration maxDelay(int attempt) {
    return Duration.ofNanos(maxDelayNanos(attempt));
  }

  @Override
  public Attempts start() {
    return new Counter();
  }

  private long maxDelayNanos(int attempt) {
    if (attempt < 0) {
      throw new IllegalArgumentException("attempt must not be negative but was " + attempt);
    }
    // Infinity for huge attempts, which the comparison turns into the cap.
    double nanos = baseNanos * Math.pow(factor, attempt);
    return nanos >= capNanos ? capNanos : (long) nanos;
  }

  @Override
  public String toString() {
    return "ExponentialBackoff{base=" + Duration.ofNanos(baseNanos)
        + ", factor=" + factor
        + ", cap=" + Duration.ofNanos(capNanos)
        + ", maxAttempts=" + (unlimited ? "unlimited" : Integer.toString(maxAttempts))
        + "}";
  }

  private final class Counter implements Attempts {
    private final AtomicInteger failed = new AtomicInteger();

    @Override
    public Optional<Duration> nextDelay() {
      while (true) {
        int before = failed.get();
        if (!unlimited && before >= maxAttempts) {
          return Optional.empty();
        }
        int after = before == Integer.MAX_VALUE ? before : before + 1;
        if (failed.compareAndSet(before, after)) {
          return !unlimited && after >= maxAttempts
              ? Optional.empty()
              : Optional.of(delay(before));
        }
      }
    }

    @Override
    public int attempts() {
      return failed.get();
    }

    @Override
    public void reset() {
      failed.set(0);
    }

    @Override
    public String toString() {
      return "Attempts{failed=" + failed.get() + ", backoff=" + ExponentialBackoff.this + "}";
    }
  }
}
