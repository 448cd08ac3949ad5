package io.bitget4j.testkit.internal;

import java.math.BigDecimal;

/**
 * One order of the simulated account; mutable, guarded by the {@link Exchange}. Fields use the
 * engine's own vocabulary, which each API version renders in its words: {@code side} is the
 * direction of the trade, {@code posSide} the position side in hedge mode ({@code net} in
 * one-way mode), {@code tradeSide} whether it opens or closes.
 */
final class Order {
  final String orderId;
  final String clientOid;
  final Market market;
  /** {@code buy} or {@code sell}: the direction of the trade. */
  final String side;
  /** {@code open} or {@code close}. */
  final String tradeSide;
  /** {@code long} or {@code short} in hedge mode, {@code net} in one-way mode. */
  final String posSide;
  final String posMode;
  final String orderType;
  final String force;
  /** The quantity; a V3 modify changes it in place. */
  BigDecimal size;
  /** The limit price, or null for a market order; a V3 modify changes it in place. */
  BigDecimal price;
  final boolean reduceOnly;
  final String marginMode;
  final int leverage;
  /** Whether the engine placed it to liquidate a position. */
  final boolean liquidation;
  Presets presets;
  final long cTime;

  String status = "live";
  BigDecimal filled = BigDecimal.ZERO;
  BigDecimal priceAvg;
  /** Fees paid, as a negative number (Bitget's V2 sign). */
  BigDecimal fee = BigDecimal.ZERO;
  BigDecimal pnl = BigDecimal.ZERO;
  long uTime;
  /** Why it was cancelled, or null while it was not. */
  CancelReason cancelReason;
  /** Margin frozen while the order rests. */
  BigDecimal lockedMargin = BigDecimal.ZERO;
  /** Position size reserved while a closing order rests. */
  BigDecimal lockedSize = BigDecimal.ZERO;
  String lockedHoldSide = "";
  Fill lastFill;

  Order(String orderId, String clientOid, Market market, String side, String tradeSide, String posSide,
      String posMode, String orderType, String force, BigDecimal size, BigDecimal price, boolean reduceOnly,
      String marginMode, int leverage, boolean liquidation, Presets presets, long cTime) {
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
    this.liquidation = liquidation;
    this.presets = presets;
    this.cTime = cTime;
    this.uTime = cTime;
  }

  boolean isLive() {
    return "live".equals(status) || "partially_filled".equals(status);
  }

  boolean isHedge() {
    return !"net".equals(posSide);
  }

  /** The side of the position this order opens or closes: {@code long} or {@code short}. */
  String positionSide() {
    if (isHedge()) {
      return posSide;
    }
    boolean buy = side.equals("buy");
    return reduceOnly ? (buy ? "short" : "long") : (buy ? "long" : "short");
  }

  /** V2's {@code side}: in hedge mode the position's direction ({@code buy} closes a long), else the trade's. */
  String v2Side() {
    return isHedge() ? (posSide.equals("long") ? "buy" : "sell") : side;
  }
}
