package io.bitget4j.testkit.internal;

import java.math.BigDecimal;

/** One order of the simulated account; mutable, guarded by the {@link Exchange}. */
final class Order {
  final String orderId;
  final String clientOid;
  final Market market;
  final String side;
  /** {@code open} or {@code close}. */
  final String tradeSide;
  /** {@code long} or {@code short} in hedge mode, {@code net} in one-way mode. */
  final String posSide;
  final String posMode;
  final String orderType;
  final String force;
  final BigDecimal size;
  /** The limit price, or null for a market order. */
  final BigDecimal price;
  final boolean reduceOnly;
  final String marginMode;
  final int leverage;
  String presetStopSurplusPrice;
  String presetStopLossPrice;
  final long cTime;

  String status = "live";
  BigDecimal filled = BigDecimal.ZERO;
  BigDecimal priceAvg;
  /** Fees paid, as a negative number (Bitget's sign). */
  BigDecimal fee = BigDecimal.ZERO;
  BigDecimal pnl = BigDecimal.ZERO;
  long uTime;
  String cancelReason = "";
  /** Margin frozen while the order rests. */
  BigDecimal lockedMargin = BigDecimal.ZERO;
  /** Position size reserved while a closing order rests. */
  BigDecimal lockedSize = BigDecimal.ZERO;
  String lockedHoldSide = "";
  Fill lastFill;

  Order(String orderId, String clientOid, Market market, String side, String tradeSide, String posSide,
      String posMode, String orderType, String force, BigDecimal size, BigDecimal price, boolean reduceOnly,
      String marginMode, int leverage, String presetStopSurplusPrice, String presetStopLossPrice, long cTime) {
    this.orderId = orderId;
    this.clientOid = clientOid;
    this.market = market;
    this.side = side;
    this.tradeSide = tradeSide;
    this.posSide = posSide;
    this.posMode = posMode;
    this.orderType = orderType;
    this.force = force;
    this.size = size;
    this.price = price;
    this.reduceOnly = reduceOnly;
    this.marginMode = marginMode;
    this.leverage = leverage;
    this.presetStopSurplusPrice = presetStopSurplusPrice;
    this.presetStopLossPrice = presetStopLossPrice;
    this.cTime = cTime;
    this.uTime = cTime;
  }

  boolean isLive() {
    return "live".equals(status) || "partially_filled".equals(status);
  }
}
