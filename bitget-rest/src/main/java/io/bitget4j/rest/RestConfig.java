package io.bitget4j.rest;

import io.bitget4j.core.util.Backoff;
import io.bitget4j.core.util.RateBudget;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Tuning for {@link BitgetRestClient}: Bitget's rate limits per {@link EndpointGroup}, retry
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

  /** The {@link #ipScope()} unless configured: every client sharing a budget counts as one IP. */
  public static final String DEFAULT_IP_SCOPE = "default";

  private static final RestConfig DEFAULTS = builder().build();

  private final Map<EndpointGroup, Limit> rateLimits;
  private final String ipScope;
  private final Duration maxRateLimitWait;
  private final Backoff backoff;
  private final Duration contractCacheTtl;
  private final boolean checkOrdersAgainstContracts;

  private RestConfig(Builder b) {
    this.rateLimits = Collections.unmodifiableMap(new EnumMap<>(b.rateLimits));
    this.ipScope = b.ipScope;
    this.maxRateLimitWait = b.maxRateLimitWait;
    this.backoff = b.backoff;
    this.contractCacheTtl = b.contractCacheTtl;
    this.checkOrdersAgainstContracts = b.checkOrdersAgainstContracts;
  }

  /**
   * Bitget's published limits, {@link #DEFAULT_BACKOFF}, 5-minute contract cache.
   *
   * @return the shared default configuration
   */
  public static RestConfig defaults() {
    return DEFAULTS;
  }

  /** {@return a builder starting from the defaults} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder starting from this configuration, to derive a variant} */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.rateLimits.putAll(rateLimits);
    b.ipScope = ipScope;
    b.maxRateLimitWait = maxRateLimitWait;
    b.backoff = backoff;
    b.contractCacheTtl = contractCacheTtl;
    b.checkOrdersAgainstContracts = checkOrdersAgainstContracts;
    return b;
  }

  /**
   * The number of requests a group may send per {@link #ratePeriod(EndpointGroup)}.
   *
   * @param group the endpoint group
   * @return the permits per period, at least 1
   */
  public int ratePermits(EndpointGroup group) {
    return rateLimits.get(group).permits;
  }

  /**
   * The period of a group's budget.
   *
   * @param group the endpoint group
   * @return the rolling period, at least 1 ms; one second unless configured
   */
  public Duration ratePeriod(EndpointGroup group) {
    return rateLimits.get(group).period;
  }

  /**
   * The name of the public IP address this client sends from, under which its per-IP budgets
   * ({@link EndpointGroup#perIp()}) are kept; default {@value #DEFAULT_IP_SCOPE}.
   *
   * @return the IP scope name
   */
  public String ipScope() {
    return ipScope;
  }

  /**
   * The longest a request waits for a rate-limit permit before failing instead.
   *
   * @return the wait; a request that would wait longer fails at once with a client-side
   *     {@link io.bitget4j.core.RateLimitException}
   */
  public Duration maxRateLimitWait() {
    return maxRateLimitWait;
  }

  /** {@return the backoff between retries; its attempt limit bounds every retry loop} */
  public Backoff backoff() {
    return backoff;
  }

  /**
   * {@return how long contract metadata (size and price steps) is cached before it is fetched again}
   */
  public Duration contractCacheTtl() {
    return contractCacheTtl;
  }

  /**
   * Whether orders are checked against the symbol's size and price steps before sending.
   *
   * @return true (the default) to refuse a misfit order before any I/O
   */
  public boolean checkOrdersAgainstContracts() {
    return checkOrdersAgainstContracts;
  }

  @Override
  public String toString() {
    return "RestConfig{rateLimits=" + rateLimits + ", ipScope=" + ipScope + ", maxRateLimitWait=" + maxRateLimitWait
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
    private String ipScope = DEFAULT_IP_SCOPE;
    private Duration maxRateLimitWait = Duration.ofSeconds(30);
    private Backoff backoff = DEFAULT_BACKOFF;
    private Duration contractCacheTtl = Duration.ofMinutes(5);
    private boolean checkOrdersAgainstContracts = true;

    private Builder() {
      for (EndpointGroup group : EndpointGroup.values()) {
        rateLimits.put(group, new Limit(group.defaultPermits(), group.defaultPeriod()));
      }
    }

    /**
     * Bitget's limit for {@code group}: {@code permits} requests per {@code period}. The client
     * sends no more than that in any rolling period, retries included.
     *
     * @param group the endpoint group
     * @param permits requests per period, at least 1
     * @param period the rolling period, at least 1 ms
     * @return this builder
     * @throws IllegalArgumentException if {@code permits} or {@code period} is too small
     */
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

    /**
     * Names the public IP address this client's requests leave from, such as {@code 203.0.113.7} or
     * {@code office-nat}. Clients that share a {@link io.bitget4j.core.util.RateBudget} and name
     * the same IP share its per-IP budgets (market data); with a budget shared across machines,
     * give each egress address its own name. Default {@value #DEFAULT_IP_SCOPE}: all clients of a
     * budget count as one IP, which is safe, and stricter than needed when they send from several
     * addresses.
     *
     * @param name the IP's name
     * @return this builder
     * @throws IllegalArgumentException unless 1 to 61 letters, digits or {@code . _ : -}
     */
    public Builder ipScope(String name) {
      Objects.requireNonNull(name, "name == null");
      try {
        RateBudget.Key.perIp(name, EndpointGroup.MARKET.name(), 1, Duration.ofSeconds(1));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "ipScope \"" + name + "\" must be 1 to 61 letters, digits or . _ : -", e);
      }
      this.ipScope = name;
      return this;
    }

    /**
     * The longest a request may wait for a rate-limit permit; default 30 s.
     *
     * @param maxRateLimitWait not negative; zero fails at once whenever no permit is free
     * @return this builder
     * @throws IllegalArgumentException if negative
     */
    public Builder maxRateLimitWait(Duration maxRateLimitWait) {
      Objects.requireNonNull(maxRateLimitWait, "maxRateLimitWait == null");
      if (maxRateLimitWait.isNegative()) {
        throw new IllegalArgumentException("maxRateLimitWait must not be negative");
      }
      this.maxRateLimitWait = maxRateLimitWait;
      return this;
    }

    /**
     * The backoff between retries, whose attempt limit bounds retries.
     *
     * @param backoff such as {@code Backoff.builder().maxAttempts(1).build()} to never retry
     * @return this builder
     */
    public Builder backoff(Backoff backoff) {
      this.backoff = Objects.requireNonNull(backoff, "backoff == null");
      return this;
    }

    /**
     * How long contract metadata is cached; default 5 minutes.
     *
     * @param ttl at least 1 ms; a shorter time fetches contracts more often
     * @return this builder
     * @throws IllegalArgumentException if shorter than 1 ms
     */
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
     * size step, price tick) before sending; default true. The check loads contracts once per cache
     * period.
     *
     * @param check false to leave the checks to the exchange
     * @return this builder
     */
    public Builder checkOrdersAgainstContracts(boolean check) {
      this.checkOrdersAgainstContracts = check;
      return this;
    }

    /** {@return the configuration with the values set and defaults for the rest} */
    public RestConfig build() {
      return new RestConfig(this);
    }
  }
}
