package io.bitget4j.rest;

import java.time.Duration;

/**
 * The rate-limit groups of Bitget's REST endpoints. Every request, retries included, draws a
 * permit of its group from the client's {@link io.bitget4j.core.util.RateBudget}: never more than
 * the group's limit in any rolling second, so the client does not provoke HTTP 429 itself, and an
 * HTTP 429 pauses the whole group. Bitget counts market data per public IP ({@link #perIp()}) and
 * everything else per account (UID). {@link RestConfig.Builder#rateLimit} changes a group's
 * limit. A unified account's V3 endpoints use {@link #MARKET} (20/s per IP), {@link #TRADE}
 * (place, modify, cancel: 10/s), {@link #BATCH_TRADE}, {@link #UNIFIED_READ} and
 * {@link #RESTRICTED} (leverage and hold mode).
 */
public enum EndpointGroup {
  /** Public market data (tickers, books, candles, contracts, server time): 20 requests/s. */
  MARKET(20),
  /** Placing, cancelling, modifying and closing: 10 requests/s. */
  TRADE(10),
  /** Private reads (account, one symbol's positions, order detail, lists, fills): 10 requests/s. */
  PRIVATE_READ(10),
  /** Leverage, margin mode, position mode and all positions: 5 requests/s. */
  RESTRICTED(5),
  /**
   * Unified accounts (V3): batch place and cancel (at most 20 orders each), cancel-all and
   * close-positions: 5 requests/s.
   */
  BATCH_TRADE(5),
  /**
   * Unified accounts (V3): order info, open and past orders, fills, positions, the wallet and the
   * settings: 20 requests/s.
   */
  UNIFIED_READ(20);

  private final int defaultPermitsPerSecond;

  EndpointGroup(int defaultPermitsPerSecond) {
    this.defaultPermitsPerSecond = defaultPermitsPerSecond;
  }

  /**
   * The default budget: this many requests per {@link #defaultPeriod()}.
   *
   * @return Bitget's published limit for the group, such as 10 for {@link #TRADE}
   */
  public int defaultPermits() {
    return defaultPermitsPerSecond;
  }

  /** {@return the period of the default budget, one second} */
  public Duration defaultPeriod() {
    return Duration.ofSeconds(1);
  }

  /**
   * Whether Bitget counts this group per public IP address (market data) rather than per account:
   * such a budget is shared by every client that names the same {@link RestConfig#ipScope()}.
   *
   * @return true for {@link #MARKET}, false for the groups counted per account
   */
  public boolean perIp() {
    return this == MARKET;
  }
}
