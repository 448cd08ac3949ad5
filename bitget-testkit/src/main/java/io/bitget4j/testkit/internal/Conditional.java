package io.bitget4j.testkit.internal;

import java.math.BigDecimal;

/**
 * One conditional order of the simulated account: a take-profit and/or stop-loss on a position, a
 * trigger order, or a trailing stop; mutable, guarded by the {@link Exchange}. Like {@link Order} it
 * speaks the engine's vocabulary, which each API version renders in its words.
 */
final class Conditional {
  /** What the order does when it fires. */
  enum Kind {
    /** Closes a position on its take-profit and/or stop-loss leg. */
    TPSL,
    /** Places an order when the price crosses the trigger. */
    TRIGGER,
    /** Follows the best price from the activation price on and closes on the pullback. */
    TRAILING
  }

  /** Where the order is in its life. */
  enum Status {
    LIVE("live", "live", "pending"),
    TRIGGERED("triggered", "executed", "success"),
    FILLED("filled", "executed", "success"),
    CANCELLED("cancelled", "cancelled", "cancelled"),
    FAILED("failed", "fail_execute", "failed");

    final String engineName;
    /** V2's {@code planStatus}. */
    final String v2;
    /** V3's {@code status}. */
    final String v3;

    Status(String engineName, String v2, String v3) {
      this.engineName = engineName;
      this.v2 = v2;
      this.v3 = v3;
    }
  }

  /**
   * One trigger: its price, the price watched ({@code last} or {@code mark}), and the limit price of
   * the order it places (null for market).
   */
  record Leg(BigDecimal price, String by, BigDecimal limitPrice) {
    boolean isMarket() {
      return limitPrice == null;
    }
  }

  final String orderId;
  final String clientOid;
  final Market market;
  final Kind kind;
  /**
   * {@code long}/{@code short}: the position a TP/SL or closing trailing stop protects, or the
   * hedge-mode position a trigger order opens or closes; null for a one-way trigger order.
   */
  final String posSide;
  /** {@code buy} or {@code sell}: the direction of the order placed on firing. */
  final String side;
  /** Whether that order closes (hedge {@code close}, one-way reduce-only). */
  final boolean closes;
  /** Whether the account was in hedge mode when the order was placed. */
  final boolean hedge;
  /** The margin mode named with the order (V2 plan orders), or null for the symbol's. */
  final String marginMode;
  /** A trailing stop placed as a position TP/SL ({@code moving_plan}) rather than a plan order ({@code track_plan}). */
  final boolean tpslFamily;
  /** The take-profit and stop-loss a trigger order attaches to the order it places. */
  final Presets presets;
  final long cTime;

  Leg takeProfit;
  Leg stopLoss;
  /** A trigger order's trigger, a trailing stop's activation. */
  Leg trigger;
  /** The size, or null for the whole position (TP/SL only). */
  BigDecimal size;
  /** A trailing stop's pullback in percent. */
  BigDecimal callbackRatio;
  /** A trigger order fires when the price rises to its trigger (else when it falls to it), as decided when placed. */
  boolean fireAbove;
  /** Whether a trailing stop has reached its activation price, and the best price since. */
  boolean armed;
  BigDecimal best;

  Status status = Status.LIVE;
  /** Which leg of a TP/SL fired: {@code takeProfit} or {@code stopLoss}. */
  String firedLeg;
  String executedOrderId;
  BigDecimal fillPrice;
  BigDecimal filledSize;
  String reason;
  long uTime;

  Conditional(String orderId, String clientOid, Market market, Kind kind, String posSide, String side, boolean closes,
      boolean hedge, String marginMode, boolean tpslFamily, Presets presets, long cTime) {
    this.orderId = orderId;
    this.clientOid = clientOid;
    this.market = market;
    this.kind = kind;
    this.posSide = posSide;
    this.side = side;
    this.closes = closes;
    this.hedge = hedge;
    this.marginMode = marginMode;
    this.tpslFamily = tpslFamily;
    this.presets = presets;
    this.cTime = cTime;
    this.uTime = cTime;
  }

  boolean isLive() {
    return status == Status.LIVE;
  }

  /** Whether it closes the position it protects: a TP/SL, or a closing trailing stop. */
  boolean protectsPosition() {
    return kind == Kind.TPSL || (kind == Kind.TRAILING && closes);
  }

  boolean wholePosition() {
    return size == null;
  }

  /** The leg that fires it: the trigger, else the take-profit, else the stop-loss. */
  Leg primaryLeg() {
    return trigger != null ? trigger : takeProfit != null ? takeProfit : stopLoss;
  }

  /** A copy of its state now, for an event that must not change with the order. */
  Conditional snapshot() {
    Conditional c = new Conditional(orderId, clientOid, market, kind, posSide, side, closes, hedge, marginMode,
        tpslFamily, presets, cTime);
    c.takeProfit = takeProfit;
    c.stopLoss = stopLoss;
    c.trigger = trigger;
    c.size = size;
    c.callbackRatio = callbackRatio;
    c.fireAbove = fireAbove;
    c.armed = armed;
    c.best = best;
    c.status = status;
    c.firedLeg = firedLeg;
    c.executedOrderId = executedOrderId;
    c.fillPrice = fillPrice;
    c.filledSize = filledSize;
    c.reason = reason;
    c.uTime = uTime;
    return c;
  }

  /** V2's plan type. */
  String v2PlanType() {
    switch (kind) {
      case TRIGGER:
        return "normal_plan";
      case TRAILING:
        return tpslFamily ? "moving_plan" : "track_plan";
      default:
        if (takeProfit != null) {
          return wholePosition() ? "pos_profit" : "profit_plan";
        }
        return wholePosition() ? "pos_loss" : "loss_plan";
    }
  }

  /** V2's list family: {@code normal_plan}, {@code track_plan} or {@code profit_loss}. */
  String v2Family() {
    if (kind == Kind.TRIGGER) {
      return "normal_plan";
    }
    return kind == Kind.TRAILING && !tpslFamily ? "track_plan" : "profit_loss";
  }

  /** V3's strategy type. */
  String v3Type() {
    return kind == Kind.TPSL ? "tpsl" : "trigger";
  }
}
