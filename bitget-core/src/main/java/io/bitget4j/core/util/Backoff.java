package io.bitget4j.core.util;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Decides how long to wait before retrying a failed operation: exponential growth from a base
 * delay up to a cap, with full jitter, for a limited number of attempts. It never waits itself.
 *
 * <pre>{@code
 * Backoff backoff = Backoff.exponential(Duration.ofSeconds(1), Duration.ofSeconds(30));
 * Backoff.Attempts attempts = backoff.start();
 * while (true) {
 *   try {
 *     return call();
 *   } catch (BitgetException e) {
 *     Optional<Duration> delay = e.isRetryable() ? attempts.nextDelay() : Optional.empty();
 *     if (delay.isEmpty()) {
 *       throw e;
 *     }
 *     sleeper.sleep(delay.get()); // the caller chooses how to wait
 *   }
 * }
 * }</pre>
 *
 * <p>The delay before retry number {@code attempt} (counted from 0) is a uniformly random
 * duration between zero and {@link #maxDelay maxDelay(attempt)} = {@code min(cap, base ×
 * factor^attempt)}. Instances are immutable and thread-safe if their random generator is.
 */
public interface Backoff {

  /**
   * Returns a backoff starting at {@code base} and doubling up to {@code cap}, for 5 attempts,
   * with full jitter.
   *
   * @param base the ceiling of the first retry's delay
   * @param cap the largest delay
   * @return the backoff
   */
  static Backoff exponential(Duration base, Duration cap) {
    return builder().base(base).cap(cap).build();
  }

  /**
   * Returns a builder with base 1 s, factor 2, cap 30 s, 5 attempts and full jitter.
   *
   * @return a new builder
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a jittered delay for retry {@code attempt}, between zero and
   * {@link #maxDelay(int) maxDelay(attempt)} inclusive. Draws from the random generator; keeps no
   * state. Ignores the attempt limit.
   *
   * @param attempt the retry number, 0 for the first retry
   * @return the delay to wait before that retry
   * @throws IllegalArgumentException if {@code attempt} is negative
   */
  Duration delay(int attempt);

  /**
   * Returns the upper bound of {@link #delay(int) delay(attempt)}: {@code min(cap, base ×
   * factor^attempt)}. Never negative, never above the cap, for any attempt.
   *
   * @param attempt the retry's number, 1 for the first retry
   * @return the ceiling of that retry's delay, before jitter
   * @throws IllegalArgumentException if {@code attempt} is negative
   */
  Duration maxDelay(int attempt);

  /**
   * Returns a fresh attempt counter for one operation.
   *
   * @return a new counter, at zero failed attempts
   */
  Attempts start();

  /**
   * Progress of one operation through a {@link Backoff}. Thread-safe, though it is meant for one
   * operation at a time.
   */
  interface Attempts {

    /**
     * Records that an attempt failed and returns how long to wait before the next one, or empty
     * when the failed attempt was the last one allowed. With {@code maxAttempts(5)} the first four
     * calls return a delay and the fifth returns empty. Once empty, it stays empty until
     * {@link #reset()}.
     *
     * @return the delay before the next attempt, or empty when no attempt is left
     */
    Optional<Duration> nextDelay();

    /**
     * Returns how many failed attempts {@link #nextDelay()} has recorded since the last reset.
     *
     * @return the failed attempts recorded since the last reset
     */
    int attempts();

    /** Forgets the failed attempts, after a success, so the next delay is the first one again. */
    void reset();
  }

  /** Configures a {@link Backoff}; every setting has a default. */
  final class Builder {
    Duration base = Duration.ofSeconds(1);
    double factor = 2.0;
    Duration cap = Duration.ofSeconds(30);
    int maxAttempts = 5;
    boolean unlimited;
    RandomGenerator random;

    private Builder() {}

    /**
     * Sets the ceiling of the first retry's delay; positive. Default 1 s.
     *
     * @param base the ceiling of the first retry's delay
     * @return this builder
     */
    public Builder base(Duration base) {
      Objects.requireNonNull(base, "base == null");
      if (base.isNegative() || base.isZero()) {
        throw new IllegalArgumentException("base must be positive but was " + base);
      }
      this.base = base;
      return this;
    }

    /**
     * Sets how much the ceiling grows per retry; finite and at least 1. Default 2.
     *
     * @param factor how much the ceiling grows per retry
     * @return this builder
     */
    public Builder factor(double factor) {
      if (!(factor >= 1.0) || Double.isInfinite(factor)) {
        throw new IllegalArgumentException(
            "factor must be finite and at least 1 but was " + factor);
      }
      this.factor = factor;
      return this;
    }

    /**
     * Sets the largest delay; not less than the base. Default 30 s.
     *
     * @param cap the largest delay
     * @return this builder
     */
    public Builder cap(Duration cap) {
      this.cap = Objects.requireNonNull(cap, "cap == null");
      return this;
    }

    /**
     * Sets how many attempts an operation gets in all, the first one included, so
     * {@code maxAttempts - 1} retries. At least 1. Default 5.
     *
     * @param maxAttempts how many attempts an operation gets in all, the first one included, so
     *     {@code maxAttempts - 1} retries
     * @return this builder
     */
    public Builder maxAttempts(int maxAttempts) {
      if (maxAttempts < 1) {
        throw new IllegalArgumentException("maxAttempts must be at least 1 but was " + maxAttempts);
      }
      this.maxAttempts = maxAttempts;
      this.unlimited = false;
      return this;
    }

    /**
     * Removes the attempt limit: {@link Attempts#nextDelay()} always returns a delay.
     *
     * @return this builder
     */
    public Builder unlimited() {
      this.unlimited = true;
      return this;
    }

    /**
     * Sets the source of jitter; it must be thread-safe if the backoff is shared between threads.
     * Defaults to {@link java.util.concurrent.ThreadLocalRandom} of the calling thread.
     *
     * @param random the source of jitter
     * @return this builder
     */
    public Builder random(RandomGenerator random) {
      this.random = Objects.requireNonNull(random, "random == null");
      return this;
    }

    /**
     * Returns the backoff.
     *
     * @return the backoff, immutable and thread-safe
     * @throws IllegalArgumentException if the cap is less than the base
     */
    public Backoff build() {
      if (cap.compareTo(base) < 0) {
        throw new IllegalArgumentException(
            "cap (" + cap + ") must not be less than base (" + base + ")");
      }
      return new ExponentialBackoff(this);
    }
  }
}
