package io.bitget4j.testkit;

/**
 * The rate-limit groups of {@link FakeBitget}'s REST endpoints (the client's own groups are
 * {@code io.bitget4j.rest.EndpointGroup}). As on Bitget, the budget applies to each endpoint of
 * the group separately, per caller (per API key, or per IP for public data);
 * the defaults are Bitget's documented budgets. A request over budget gets HTTP 429 with
 * {@code {"code":"429","msg":"Too Many Requests",...}}.
 */
public enum RateLimitGroup {
  /** Public time and market data, 20 requests/s per endpoint per IP. */
  MARKET(20),
  /** Account and single-position queries, 10 requests/s per endpoint per key. */
  ACCOUNT(10),
  /** Placing, cancelling, modifying and querying orders, 10 requests/s per endpoint per key. */
  TRADE(10),
  /** Leverage, margin mode, position mode and all-positions, 5 requests/s per endpoint per key. */
  SETTINGS(5);

  private final int defaultPerSecond;

  RateLimitGroup(int defaultPerSecond) {
    this.defaultPerSecond = defaultPerSecond;
  }

  /** {@return the budget {@link FakeBitget} enforces unless configured otherwise} */
  public int defaultPerSecond() {
    return defaultPerSecond;
  }
}
