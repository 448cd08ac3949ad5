package io.bitget4j.core.util;

import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Token buckets, one per endpoint group, that keep requests within the exchange's rate limits.
 *
 * <pre>{@code
 * RateLimiter limits = RateLimiter.builder()
 *     .limit("market", 20, Duration.ofSeconds(1))
 *     .limit("trade", 10, Duration.ofSeconds(1))
 *     .clock(clock)
 *     .build();
 * if (limits.tryAcquire("trade")) { ... }
 * }</pre>
 *
 * <p>A bucket holds up to {@code permits} permits and starts full. It refills continuously at
 * {@code permits} per {@code period}, computed exactly from the elapsed milliseconds with the
 * fraction of a permit carried over, so an emptied 20-per-second bucket issues exactly 20 permits
 * in the following second, one every 50 ms.
 *
 * <p>Decide, then wait elsewhere: {@link #tryAcquire}, {@link #delayUntilAvailable} and
 * {@link #tryReserve} never block. Only {@link #acquire} waits, through the injected
 * {@link Sleeper}.
 *
 * <p>Thread-safe and lock-free: each bucket is an immutable state swapped by compare-and-set, so
 * concurrent callers never receive more permits than the bucket holds. Time has millisecond
 * resolution. If the clock steps backwards, refilling pauses until it passes the last time seen;
 * no permits are issued twice.
 *
 * <p>Every key must be configured: any other key is rejected with an
 * {@link IllegalArgumentException} naming the key and the configured ones, since a typo would
 * otherwise go unlimited.
 */
public final class RateLimiter {
  /** Bucket arithmetic stays below this, so sums of two amounts never overflow. */
  private static final long MAX_UNITS = Long.MAX_VALUE / 4;

  private final Map<String, Bucket> buckets;
  private final Set<String> keys;
  private final Clock clock;
  private final Sleeper sleeper;

  private RateLimiter(Builder builder) {
    this.clock = builder.clock;
    this.sleeper = builder.sleeper;
    long now = clock.millis();
    Map<String, Bucket> created = new LinkedHashMap<>();
    builder.limits.forEach((key, limit) -> created.put(key, new Bucket(key, limit, now)));
    this.buckets = Map.copyOf(created);
    this.keys = Collections.unmodifiableSet(new TreeSet<>(created.keySet()));
  }

  /** Returns a builder; add at least one {@link Builder#limit}. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the configured keys, sorted. */
  public Set<String> keys() {
    return keys;
  }

  /** Takes one permit for {@code key} if one is available now; never waits. */
  public boolean tryAcquire(String key) {
    return tryAcquire(key, 1);
  }

  /**
   * Takes {@code permits} permits for {@code key} if they are all available now; otherwise takes
   * none. Never waits.
   *
   * @throws IllegalArgumentException if the key is unknown or {@code permits} is not between 1 and
   *     the bucket's capacity
   */
  public boolean tryAcquire(String key, int permits) {
    Bucket bucket = bucket(key);
    return bucket.tryAcquire(bucket.cost(permits), clock.millis());
  }

  /** Returns how many whole permits {@code key} has now. */
  public int availablePermits(String key) {
    return bucket(key).available(clock.millis());
  }

  /** Returns how long until one permit for {@code key} is available; zero if one is now. */
  public Duration delayUntilAvailable(String key) {
    return delayUntilAvailable(key, 1);
  }

  /**
   * Returns how long until {@code permits} permits for {@code key} are available, assuming no one
   * else takes any; zero if they are available now. Takes nothing: to hold permits while waiting
   * use {@link #tryReserve}.
   */
  public Duration delayUntilAvailable(String key, int permits) {
    Bucket bucket = bucket(key);
    return Duration.ofMillis(bucket.waitMillis(bucket.cost(permits), clock.millis()));
  }

  /**
   * Takes {@code permits} permits for {@code key} now, before they have refilled, if they will
   * be available within {@code maxWait}, and returns how long the caller must wait before using
   * them. Later callers queue behind this reservation. Returns empty, taking nothing, if the wait
   * would be longer than {@code maxWait}. Never waits itself.
   */
  public Optional<Duration> tryReserve(String key, int permits, Duration maxWait) {
    Bucket bucket = bucket(key);
    long cost = bucket.cost(permits);
    Durations.requireNonNegative(maxWait, "maxWait");
    long waitMillis = bucket.reserve(cost, Durations.toMillisSaturated(maxWait), clock.millis());
    return waitMillis < 0 ? Optional.empty() : Optional.of(Duration.ofMillis(waitMillis));
  }

  /**
   * Takes one permit for {@code key}, waiting for it if it arrives within {@code timeout}.
   *
   * @see #acquire(String, int, Duration)
   */
  public boolean acquire(String key, Duration timeout) throws InterruptedException {
    return acquire(key, 1, timeout);
  }

  /**
   * Takes {@code permits} permits for {@code key}, waiting with the {@link Sleeper} until they
   * are available. Decides first: if they will not be available within {@code timeout} it returns
   * false at once, taking nothing and without waiting.
   *
   * @return true once the permits are taken and due
   * @throws InterruptedException if interrupted while waiting; the permits stay taken
   */
  public boolean acquire(String key, int permits, Duration timeout) throws InterruptedException {
    Optional<Duration> wait = tryReserve(key, permits, timeout);
    if (wait.isEmpty()) {
      return false;
    }
    if (!wait.get().isZero()) {
      sleeper.sleep(wait.get());
    }
    return true;
  }

  @Override
  public String toString() {
    StringBuilder result = new StringBuilder("RateLimiter{");
    String separator = "";
    for (String key : keys) {
      Bucket bucket = buckets.get(key);
      result.append(separator).append(key).append('=').append(bucket.capacity)
          .append('/').append(Duration.ofMillis(bucket.periodMillis));
      separator = ", ";
    }
    return result.append('}').toString();
  }

  private Bucket bucket(String key) {
    Objects.requireNonNull(key, "key == null");
    Bucket bucket = buckets.get(key);
    if (bucket == null) {
      throw unknownKey(key);
    }
    return bucket;
  }

  private IllegalArgumentException unknownKey(String key) {
    return new IllegalArgumentException("Unknown rate limit key \"" + key + "\"; known keys are "
        + keys + ". Add .limit(\"" + key + "\", permits, period) to the RateLimiter builder.");
  }

  /**
   * One token bucket. Amounts are kept in units: a permit is {@code periodMillis} units and every
   * millisecond adds {@code capacity} units, so refilling is exact integer arithmetic.
   */
  private static final class Bucket {
    final String key;
    final int capacity;
    final long periodMillis;
    final long fullUnits;
    final AtomicReference<State> state;

    Bucket(String key, Limit limit, long nowMillis) {
      this.key = key;
      this.capacity = limit.permits;
      this.periodMillis = limit.periodMillis;
      this.fullUnits = limit.permits * limit.periodMillis;
      this.state = new AtomicReference<>(new State(fullUnits, nowMillis));
    }

    long cost(int permits) {
      if (permits < 1 || permits > capacity) {
        throw new IllegalArgumentException("permits must be between 1 and " + capacity
            + " (the capacity of \"" + key + "\") but was " + permits);
      }
      return permits * periodMillis;
    }

    boolean tryAcquire(long cost, long nowMillis) {
      while (true) {
        State current = state.get();
        State refilled = refilled(current, nowMillis);
        if (refilled.units < cost) {
          return false;
        }
        if (state.compareAndSet(current, new State(refilled.units - cost, refilled.atMillis))) {
          return true;
        }
      }
    }

    /** Returns the wait in milliseconds for the reserved permits, or -1 if over the limit. */
    long reserve(long cost, long maxWaitMillis, long nowMillis) {
      long allowedWaitMillis = Math.min(maxWaitMillis, MAX_UNITS / capacity);
      while (true) {
        State current = state.get();
        State refilled = refilled(current, nowMillis);
        long waitMillis = waitMillis(refilled, cost);
        if (waitMillis > allowedWaitMillis) {
          return -1;
        }
        if (state.compareAndSet(current, new State(refilled.units - cost, refilled.atMillis))) {
          return waitMillis;
        }
      }
    }

    long waitMillis(long cost, long nowMillis) {
      return waitMillis(refilled(state.get(), nowMillis), cost);
    }

    int available(long nowMillis) {
      long units = refilled(state.get(), nowMillis).units;
      return units <= 0 ? 0 : (int) (units / periodMillis);
    }

    private long waitMillis(State refilled, long cost) {
      long deficit = cost - refilled.units;
      return deficit <= 0 ? 0 : -Math.floorDiv(-deficit, capacity); // rounded up
    }

    private State refilled(State current, long nowMillis) {
      if (nowMillis <= current.atMillis) {
        return current;
      }
      long elapsed = nowMillis - current.atMillis;
      long room = fullUnits - current.units; // more than fullUnits while permits are reserved
      long elapsedToFill = -Math.floorDiv(-room, capacity);
      long units = elapsed < 0 || elapsed >= elapsedToFill
          ? fullUnits
          : current.units + elapsed * capacity;
      return new State(units, nowMillis);
    }
  }

  /** A bucket's content at a time; negative while permits are reserved ahead. */
  private static final class State {
    final long units;
    final long atMillis;

    State(long units, long atMillis) {
      this.units = units;
      this.atMillis = atMillis;
    }
  }

  private static final class Limit {
    final int permits;
    final long periodMillis;

    Limit(int permits, long periodMillis) {
      this.permits = permits;
      this.periodMillis = periodMillis;
    }
  }

  /** Configures a {@link RateLimiter}: one {@link #limit} per key, and optionally time. */
  public static final class Builder {
    private final Map<String, Limit> limits = new LinkedHashMap<>();
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper = Sleeper.system();

    private Builder() {}

    /**
     * Allows {@code permits} requests per {@code period} for {@code key}, with bursts of up to
     * {@code permits}.
     *
     * @param period at least one millisecond; finer precision is ignored
     * @throws IllegalArgumentException if {@code key} already has a limit, {@code permits} is not
     *     positive or the period is too short or too long
     */
    public Builder limit(String key, int permits, Duration period) {
      Objects.requireNonNull(key, "key == null");
      Durations.requireAtLeastOneMilli(period, "period");
      if (permits < 1) {
        throw new IllegalArgumentException(
            "permits must be at least 1 but was " + permits + " for \"" + key + "\"");
      }
      long periodMillis = Durations.toMillisSaturated(period);
      if (periodMillis > MAX_UNITS / permits) {
        throw new IllegalArgumentException(
            "period " + period + " is too long for " + permits + " permits on \"" + key + "\"");
      }
      if (limits.containsKey(key)) {
        throw new IllegalArgumentException("Duplicate limit for key \"" + key + "\"");
      }
      limits.put(key, new Limit(permits, periodMillis));
      return this;
    }

    /** Sets the clock that measures refilling. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock == null");
      return this;
    }

    /** Sets how {@link RateLimiter#acquire} waits; defaults to {@link Sleeper#system()}. */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper == null");
      return this;
    }

    /**
     * Returns a rate limiter whose buckets start full now.
     *
     * @throws IllegalStateException if no limit was added
     */
    public RateLimiter build() {
      if (limits.isEmpty()) {
        throw new IllegalStateException(
            "No limits configured; call limit(key, permits, period) at least once");
      }
      return new RateLimiter(this);
    }
  }
}
