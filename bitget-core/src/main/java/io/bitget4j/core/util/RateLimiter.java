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

/**
 * Rolling-window limits, one per key, that keep requests or frames within an exchange's rate
 * limits: never more than {@code permits} in any rolling {@code period}.
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
 * <p>A key starts with all its permits free. A permit is due once the permit {@code permits}
 * places before it is a whole period old, so an emptied 20-per-second key issues its next permit
 * one second after the first of the twenty, never sooner. Unlike a token bucket that starts full
 * and refills continuously, it never lets a burst and the refill that follows share one period.
 *
 * <p>Decide, then wait elsewhere: {@link #tryAcquire}, {@link #delayUntilAvailable} and
 * {@link #tryReserve} never block. Only {@link #acquire} waits, through the injected
 * {@link Sleeper}. A single-threaded caller that paces frames reserves a slot and schedules the
 * send after the returned delay:
 *
 * <pre>{@code
 * Optional<Duration> wait = limits.tryReserve("frames", 1, Duration.ofSeconds(5));
 * wait.ifPresent(delay -> scheduler.schedule(send, delay.toNanos(), TimeUnit.NANOSECONDS));
 * }</pre>
 *
 * <p>Thread-safe: each key's log is guarded by its own short lock, so concurrent callers never
 * receive more permits than the limit allows. Time has millisecond resolution, read from the
 * injected {@link Clock}. If the clock steps backwards, the limiter holds the latest time it saw
 * until the clock passes it again; no permit is issued twice.
 *
 * <p>Every key must be configured: any other key is rejected with an
 * {@link IllegalArgumentException} naming the key and the configured ones, since a typo would
 * otherwise go unlimited.
 */
public final class RateLimiter {
  /** Longest period: keeps the arithmetic on due times far from overflow. */
  private static final Duration MAX_PERIOD = Duration.ofDays(366);

  private final Map<String, RollingWindow> windows;
  private final Set<String> keys;
  private final Clock clock;
  private final Sleeper sleeper;

  private RateLimiter(Builder builder) {
    this.clock = builder.clock;
    this.sleeper = builder.sleeper;
    Map<String, RollingWindow> created = new LinkedHashMap<>();
    builder.limits.forEach((key, limit) -> created.put(key, new RollingWindow(limit.permits, limit.periodMillis)));
    this.windows = Map.copyOf(created);
    this.keys = Collections.unmodifiableSet(new TreeSet<>(created.keySet()));
  }

  /** {@return a builder without limits; add at least one with {@link Builder#limit}} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the configured keys, sorted; the only keys the other methods accept} */
  public Set<String> keys() {
    return keys;
  }

  /**
   * Takes one permit for {@code key} if one is available now; never waits.
   *
   * @param key a configured key, such as {@code "trade"}
   * @return true if the permit was taken, false if none is free now (nothing is taken then)
   * @throws IllegalArgumentException if the key is not configured
   */
  public boolean tryAcquire(String key) {
    return tryAcquire(key, 1);
  }

  /**
   * Takes {@code permits} permits for {@code key} if they are all available now; otherwise takes
   * none. Never waits.
   *
   * @param key a configured key, such as {@code "trade"}
   * @param permits how many permits, from 1 to the key's limit (a batch order counts its orders)
   * @return true if all the permits were taken, false if they are not all free now
   * @throws IllegalArgumentException if the key is unknown or {@code permits} is not between 1 and
   *     the key's limit
   */
  public boolean tryAcquire(String key, int permits) {
    RollingWindow window = window(key, permits);
    return window.reserve(clock.millis(), permits, 0) == 0;
  }

  /**
   * Returns how many permits {@code key} could issue now without waiting; takes none.
   *
   * @param key a configured key
   * @return from 0 to the key's limit
   * @throws IllegalArgumentException if the key is not configured
   */
  public int availablePermits(String key) {
    return window(key).available(clock.millis());
  }

  /**
   * Returns how long until one permit for {@code key} is available, assuming no one else takes
   * any; takes nothing.
   *
   * @param key a configured key
   * @return the wait, in whole milliseconds; zero if a permit is free now
   * @throws IllegalArgumentException if the key is not configured
   */
  public Duration delayUntilAvailable(String key) {
    return delayUntilAvailable(key, 1);
  }

  /**
   * Returns how long until {@code permits} permits for {@code key} are available, assuming no one
   * else takes any; zero if they are available now. Takes nothing: to hold permits while waiting
   * use {@link #tryReserve}.
   *
   * @param key a configured key
   * @param permits how many permits, from 1 to the key's limit
   * @return the wait, in whole milliseconds; zero if the permits are free now
   * @throws IllegalArgumentException if the key is unknown or {@code permits} is not between 1 and
   *     the key's limit
   */
  public Duration delayUntilAvailable(String key, int permits) {
    RollingWindow window = window(key, permits);
    return Duration.ofMillis(window.delay(clock.millis(), permits));
  }

  /**
   * Takes {@code permits} permits for {@code key} now, due at the earliest time the limit allows,
   * if that is within {@code maxWait}, and returns how long the caller must wait before using
   * them. Later callers queue behind this reservation. Returns empty, taking nothing, if the wait
   * would be longer than {@code maxWait}. Never waits itself.
   *
   * @param key a configured key
   * @param permits how many permits, from 1 to the key's limit
   * @param maxWait the longest wait the caller accepts; zero takes only permits that are free now
   * @return how long to wait before using the permits (zero if they are free now), or empty if the
   *     wait would exceed {@code maxWait}
   * @throws IllegalArgumentException if the key is unknown, {@code permits} is not between 1 and
   *     the key's limit, or {@code maxWait} is negative
   */
  public Optional<Duration> tryReserve(String key, int permits, Duration maxWait) {
    RollingWindow window = window(key, permits);
    Durations.requireNonNegative(maxWait, "maxWait");
    long waitMillis = window.reserve(clock.millis(), permits, Durations.toMillisSaturated(maxWait));
    return waitMillis < 0 ? Optional.empty() : Optional.of(Duration.ofMillis(waitMillis));
  }

  /**
   * Takes one permit for {@code key}, waiting for it if it arrives within {@code timeout}.
   *
   * @param key a configured key
   * @param timeout the longest wait accepted; if the permit is due later, returns false at once
   * @return true once the permit is taken and due; false, without waiting, if it is due too late
   * @throws InterruptedException if interrupted while waiting; the permit stays taken
   * @throws IllegalArgumentException if the key is not configured or {@code timeout} is negative
   * @see #acquire(String, int, Duration)
   */
  public boolean acquire(String key, Duration timeout) throws InterruptedException {
    return acquire(key, 1, timeout);
  }

  /**
   * Takes {@code permits} permits for {@code key}, waiting with the {@link Sleeper} until they
   * are due. Decides first: if they will not be due within {@code timeout} it returns false at
   * once, taking nothing and without waiting.
   *
   * @param key a configured key
   * @param permits how many permits, from 1 to the key's limit
   * @param timeout the longest wait accepted
   * @return true once the permits are taken and due; false if they would be due after
   *     {@code timeout}
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

  /**
   * Issues no permit for {@code key} that is due before {@code pause} from now, for example after
   * the exchange answered HTTP 429. Permits reserved before stay as they were; a longer pause
   * already in force is kept.
   *
   * @param key a configured key
   * @param pause how long to issue nothing new, such as the exchange's back-off hint; not negative
   * @throws IllegalArgumentException if the key is not configured or {@code pause} is negative
   */
  public void pause(String key, Duration pause) {
    RollingWindow window = window(key);
    Durations.requireNonNegative(pause, "pause");
    window.pause(clock.millis(), Durations.toMillisSaturated(pause));
  }

  @Override
  public String toString() {
    StringBuilder result = new StringBuilder("RateLimiter{");
    String separator = "";
    for (String key : keys) {
      RollingWindow window = windows.get(key);
      result.append(separator).append(key).append('=').append(window.permits())
          .append('/').append(Duration.ofMillis(window.windowMillis()));
      separator = ", ";
    }
    return result.append('}').toString();
  }

  private RollingWindow window(String key, int permits) {
    RollingWindow window = window(key);
    if (permits < 1 || permits > window.permits()) {
      throw new IllegalArgumentException("permits must be between 1 and " + window.permits()
          + " (the limit of \"" + key + "\") but was " + permits);
    }
    return window;
  }

  private RollingWindow window(String key) {
    Objects.requireNonNull(key, "key == null");
    RollingWindow window = windows.get(key);
    if (window == null) {
      throw unknownKey(key);
    }
    return window;
  }

  private IllegalArgumentException unknownKey(String key) {
    return new IllegalArgumentException("Unknown rate limit key \"" + key + "\"; known keys are "
        + keys + ". Add .limit(\"" + key + "\", permits, period) to the RateLimiter builder.");
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
    private Clock clock = new MonotonicClock();
    private Sleeper sleeper = Sleeper.system();

    private Builder() {}

    /**
     * Allows at most {@code permits} permits for {@code key} in any rolling {@code period}.
     *
     * @param key the name callers pass, such as {@code "trade"}; each key is limited on its own
     * @param permits the most permits in any one period, at least 1
     * @param period at least one millisecond and at most 366 days; finer precision is ignored
     * @return this builder
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
      if (period.compareTo(MAX_PERIOD) > 0) {
        throw new IllegalArgumentException(
            "period must be at most " + MAX_PERIOD + " but was " + period + " for \"" + key + "\"");
      }
      if (limits.containsKey(key)) {
        throw new IllegalArgumentException("Duplicate limit for key \"" + key + "\"");
      }
      limits.put(key, new Limit(permits, period.toMillis()));
      return this;
    }

    /**
     * Sets the clock that times the windows. The default follows {@link System#nanoTime()}, so
     * that setting the wall clock neither frees permits early nor stalls the limiter; a clock that
     * steps backwards pauses the limiter until it passes the latest time seen.
     *
     * @param clock read in milliseconds; tests pass a manual clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock == null");
      return this;
    }

    /**
     * Sets how {@link RateLimiter#acquire} waits; defaults to {@link Sleeper#system()}.
     *
     * @param sleeper waits out the delay {@code acquire} decided on; tests pass one that advances a
     *     manual clock instead of sleeping
     * @return this builder
     */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper == null");
      return this;
    }

    /**
     * Returns a rate limiter whose keys have all their permits free now.
     *
     * @return a new, thread-safe limiter
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
