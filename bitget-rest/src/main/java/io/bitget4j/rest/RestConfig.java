package io.bitget4j.rest;

import io.bitget4j.core.util.Backoff;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Tuning for {@link BitgetRestClient}: client-side rate limits per {@link EndpointGroup}, retry
 * backoff, and the contract cache used to check orders before they are sent. The defaults suit
 * Bitget's published limits; most users never change them.
 *
 * <pre>{@code
 * RestConfig config = RestConfig.builder()
 *     .rateLimit(EndpointGroup.MARKET, 10, Duration.ofSeconds(1))
 *     .backoff(Backoff.builder().base(Duration.ofMillis(100)).cap(Duration.ofSeconds(2)).maxAttempts(3).build())
 *     .build();
 * }</pre>
 */
public final class RestConfig {
  /** The default retry backoff: 200 ms doubling to 5 s, 4 attempts in all, full jitter. */
  public static final Backoff DEFAULT_BACKOFF = Backoff.builder()
      .base(Duration.ofMillis(200)).cap(Duration.ofSeconds(5)).maxAttempts(4).build();

  private static final RestConfig DEFAULTS = builder().build();

  private final Map<EndpointGroup, Limit> rateLimits;
  private final Duration maxRateLimitWait;
  private final Backoff backoff;
  private final Duration contractCacheTtl;
  private final boolean checkOrdersAgainstContracts;

  private RestConfig(Builder b) {
    this.rateLimits = Collections.unmodifiableMap(new EnumMap<>(b.rateLimits));
    this.maxRateLimitWait = b.maxRateLimitWait;
    this.backoff = b.backoff;
    this.contractCacheTtl = b.contractCacheTtl;
    this.checkOrdersAgainstContracts = b.checkOrdersAgainstContracts;
  }

  /** Bitget's published limits, {@link #DEFAULT_BACKOFF}, 5-minute contract cache. */
  public static RestConfig defaults() {
    return DEFAULTS;
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from this configuration. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.rateLimits.putAll(rateLimits);
    b.maxRateLimitWait = maxRateLimitWait;
    b.backoff = backoff;
    b.contractCacheTtl = contractCacheTtl;
    b.checkOrdersAgainstContracts = checkOrdersAgainstContracts;
    return b;
  }

  /** The number of requests a group may send per {@link #ratePeriod(EndpointGroup)}. */
  public int ratePermits(EndpointGroup group) {
    return rateLimits.get(group).permits;
  }

  /** The period of a group's budget. */
  public Duration ratePeriod(EndpointGroup group) {
    return rateLimits.get(group).period;
  }

  /** The longest a request waits for a rate-limit permit before failing instead. */
  public Duration maxRateLimitWait() {
    return maxRateLimitWait;
  }

  /** The backoff between retries; its attempt limit bounds every retry loop. */
  public Backoff backoff() {
    return backoff;
  }

  /** How long contract metadata is cached. */
  public Duration contractCacheTtl() {
    return contractCacheTtl;
  }

  /** Whether orders are checked against the symbol's size and price steps before sending. */
  public boolean checkOrdersAgainstContracts() {
    return checkOrdersAgainstContracts;
  }

  @Override
  public String toString() {
    return "RestConfig{rateLimits=" + rateLimits + ", maxRateLimitWait=" + maxRateLimitWait
        + ", backoff=" + backoff + ", contractCacheTtl=" + contractCacheTtl
        + ", checkOrdersAgainstContracts=" + checkOrdersAgainstContracts + "}";
  }

  private static final class Limit {
    final int permits;
    final Duration period;

    Limit(int permits, Duration period) {
      this.permits = permits;
      this.period = period;
    }

    @Override
    public String toString() {
      return permits + "/" + period;
    }
  }

  /** Builds a {@link RestConfig}; unset values keep their defaults. */
  public static final class Builder {
    private final Map<EndpointGroup, Limit> rateLimits = new EnumMap<>(EndpointGroup.class);
    private Duration maxRateLimitWait = Duration.ofSeconds(30);
    private Backoff backoff = DEFAULT_BACKOFF;
    private Duration contractCacheTtl = Duration.ofMinutes(5);
    private boolean checkOrdersAgainstContracts = true;

    private Builder() {
      for (EndpointGroup group : EndpointGroup.values()) {
        rateLimits.put(group, new Limit(group.defaultPermits(), group.defaultPeriod()));
      }
    }

    /** Allows {@code permits} requests of {@code group} per {@code period}. */
    public Builder rateLimit(EndpointGroup group, int permits, Duration period) {
      Objects.requireNonNull(group, "group == null");
      Objects.requireNonNull(period, "period == null");
      if (permits < 1) {
        throw new IllegalArgumentException("permits must be at least 1 but was " + permits);
      }
      if (period.toMillis() < 1) {
        throw new IllegalArgumentException("period must be at least 1 ms but was " + period);
      }
      rateLimits.put(group, new Limit(permits, period));
      return this;
    }

    /** The longest a request may wait for a rate-limit permit; default 30 s. */
    public Builder maxRateLimitWait(Duration maxRateLimitWait) {
      Objects.requireNonNull(maxRateLimitWait, "maxRateLimitWait == null");
      if (maxRateLimitWait.isNegative()) {
        throw new IllegalArgumentException("maxRateLimitWait must not be negative");
      }
      this.maxRateLimitWait = maxRateLimitWait;
      return this;
    }

    /** The backoff between retries, whose attempt limit bounds retries. */
    public Builder backoff(Backoff backoff) {
      this.backoff = Objects.requireNonNull(backoff, "backoff == null");
      return this;
    }

    /** How long contract metadata is cached; default 5 minutes. */
    public Builder contractCacheTtl(Duration ttl) {
      Objects.requireNonNull(ttl, "ttl == null");
      if (ttl.toMillis() < 1) {
        throw new IllegalArgumentException("contractCacheTtl must be at least 1 ms but was " + ttl);
      }
      this.contractCacheTtl = ttl;
      return this;
    }

    /**
     * Whether to check each order's size and price against the symbol's contract (minimum size,
     * size step, price tick) before sending; default true. The check loads contracts once per
     * cache period.
     */
    public Builder checkOrdersAgainstContracts(boolean check) {
      this.checkOrdersAgainstContracts = check;
      return this;
    }

    /** The configuration with the values set and defaults for the rest. */
    public RestConfig build() {
      return new RestConfig(this);
    }
  }
}
