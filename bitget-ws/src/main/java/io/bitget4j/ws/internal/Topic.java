package io.bitget4j.ws.internal;

/**
 * The kinds of stream channel the client subscribes, in terms of neither API version: each
 * {@link Grammar} names the ones it has (V2 {@code candle1m}, V3 {@code kline} with an
 * {@code interval}; V2 {@code positions} per product type, V3 {@code position} account-wide).
 * Adding a channel is one constant here and one table entry per version.
 */
public enum Topic {
  /** The 24-hour ticker of a symbol. */
  TICKER(false),
  /** The public trades of a symbol. */
  TRADES(false),
  /** The candles of a symbol at one interval. */
  CANDLES(false),
  /** The full order book of a symbol: a snapshot, then updates. */
  BOOKS(false),
  /** The best bid and ask of a symbol, each push a snapshot. */
  BOOKS1(false),
  /** The best 5 levels a side, each push a snapshot. */
  BOOKS5(false),
  /** The best 15 levels a side, each push a snapshot (V2; V3 serves it from {@link #BOOKS50}). */
  BOOKS15(false),
  /** The best 50 levels a side, each push a snapshot (V3 only). */
  BOOKS50(false),
  /** The forced liquidations of a product type (V3 only). */
  LIQUIDATIONS(false),
  /** The account's positions. */
  POSITIONS(true),
  /** The account's orders. */
  ORDERS(true),
  /** The account's balances. */
  ACCOUNT(true),
  /** The account's executions, with fee and role. */
  FILLS(true),
  /** The account's executions, sooner and without fee (V3 only). */
  FAST_FILLS(true),
  /** The account's conditional orders: take-profits, stop-losses, trigger orders, trailing stops. */
  CONDITIONAL_ORDERS(true);

  private final boolean privateTopic;

  Topic(boolean privateTopic) {
    this.privateTopic = privateTopic;
  }

  /** Whether the topic needs a logged-in (private) connection. */
  public boolean isPrivate() {
    return privateTopic;
  }
}
