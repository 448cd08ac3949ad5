package io.bitget4j.testkit;

/**
 * The rate-limit groups of {@link FakeBitget}'s REST endpoints (the client's own groups are
 * {@code io.bitget4j.rest.EndpointGroup}). As on Bitget, the budget applies to each endpoint of
 * the group separately, per caller (per API key, or per IP for public data);
 * the defaults are Bitget's documented budgets (V2 and V3 endpoints are in separate groups where
 * their budgets differ). A request over budget gets HTTP 429 with
 * {@code {"code":"429","msg":"Too Many Requests",...}}.
 */
public enum RateLimitGroup {
  /** Public time and market data (V2 and V3, tickers included), 20 requests/s per endpoint per IP. */
  MARKET(20),
  /**
   * Account and single-position queries (V2), and V3's {@code set-leverage},
   * {@code set-hold-mode} and {@code set-margin}: 10 requests/s per endpoint per key.
   */
  ACCOUNT(10),
  /**
   * Placing, cancelling, modifying and (on V2) querying orders, 10 requests/s per endpoint per
   * key.
   */
  TRADE(10),
  /** Leverage, margin mode, position mode and all-positions (V2), 5 requests/s per endpoint per key. */
  SETTINGS(5),
  /**
   * V3's batch endpoints and those acting on many orders or positions at once:
   * {@code place-batch}, {@code cancel-batch}, {@code cancel-symbol-order} and
   * {@code close-positions}, 5 requests/s per endpoint per key.
   */
  BATCH(5),
  /**
   * V3's queries: {@code order-info}, {@code unfilled-orders}, {@code history-orders},
   * {@code fills}, {@code current-position}, {@code history-position}, {@code assets} and
   * {@code settings}, 20 requests/s per endpoint per key.
   */
  QUERY(20);

  private final int defaultPerSecond;

  RateLimitGroup(int defaultPerSecond) {
    this.defaultPerSecond = defaultPerSecond;
  }

  /** {@return the budget {@link FakeBitget} enforces unless configured otherwise} */
  public int defaultPerSecond() {
    return defaultPerSecond;
  }
}
