package io.bitget4j.testkit.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;

/**
 * The conditional-order engine: validates take-profits, stop-losses, trigger orders and trailing
 * stops as Bitget does, watches the chosen price (last or mark) of their market on every tick and
 * {@code setPrice}, and fires them through {@link Trading}: a TP/SL closes its position reduce-only
 * (the whole position: whatever size it has when it fires), a trigger order places its limit or
 * market order, a trailing stop follows the best price since activation and closes at market on the
 * callback pullback. Every state change is recorded as a {@link ConditionalEvent}. Speaks no API
 * version; runs under the {@link Exchange}'s monitor.
 */
final class Conditionals {
  /** The largest trailing callback ratio, in percent. */
  static final BigDecimal MAX_CALLBACK_RATIO = BigDecimal.TEN;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final Exchange ex;
  private final Trading trading;

  Conditionals(Exchange ex, Trading trading) {
    this.ex = ex;
    this.trading = trading;
  }

  // ---- placing and changing -----------------------------------------------------------------

  /** Validates and registers a new conditional order. */
  Conditional place(Account a, ConditionalIntent in, long now) {
    if (!in.clientOid().isEmpty() && a.conditionalClientOidTaken(in.clientOid())) {
      throw ApiError.duplicateClientOid();
    }
    Conditional c = new Conditional(ex.newOrderId(), in.clientOid(), in.market(), in.kind(), in.posSide(), in.side(),
        in.closes(), in.hedge(), in.marginMode(), in.tpslFamily(), in.presets(), now);
    c.takeProfit = in.takeProfit();
    c.stopLoss = in.stopLoss();
    c.trigger = in.trigger();
    c.size = in.size();
    c.callbackRatio = in.callbackRatio();
    validate(a, c);
    a.conditionals.put(c.orderId, c);
    a.liveConditionals.put(c.orderId, c);
    if (!c.clientOid.isEmpty()) {
      a.conditionalByClientOid.put(c.clientOid, c);
    }
    record(a, c, now);
    return c;
  }

  /**
   * Changes a live order's legs, size and callback ratio: {@code change} edits a copy, which is
   * checked as a new order would be; only then does the order take it. Returns the order.
   */
  Conditional modify(Account a, Conditional c, java.util.function.Consumer<Conditional> change, long now) {
    if (!c.isLive()) {
      throw ApiError.conditionalNotFound();
    }
    Conditional edited = c.snapshot();
    change.accept(edited);
    validate(a, edited);
    c.takeProfit = edited.takeProfit;
    c.stopLoss = edited.stopLoss;
    c.trigger = edited.trigger;
    c.size = edited.size;
    c.callbackRatio = edited.callbackRatio;
    c.fireAbove = edited.fireAbove;
    c.armed = edited.armed;
    c.best = edited.best;
    c.uTime = now;
    record(a, c, now);
    return c;
  }

  void cancel(Account a, Conditional c, String reason, long now) {
    if (!c.isLive()) {
      return;
    }
    a.liveConditionals.remove(c.orderId);
    c.status = Conditional.Status.CANCELLED;
    c.reason = reason;
    c.uTime = now;
    record(a, c, now);
  }

  /**
   * Bitget's checks of a new or changed order: prices and size on the contract's steps, a callback
   * ratio of at most 10 %, the position a TP/SL protects present and large enough, and each leg on
   * the right side of the price it watches. Decides a trigger order's direction and arms a trailing
   * stop whose activation price the price has already reached.
   */
  private void validate(Account a, Conditional c) {
    Market m = c.market;
    Contract contract = m.contract;
    if (c.size != null) {
      if (c.size.signum() <= 0) {
        throw ApiError.invalid("size");
      }
      Trading.checkScale("size", c.size, contract.volumePlace, contract.minSize);
    }
    for (Conditional.Leg leg : new Conditional.Leg[] {c.takeProfit, c.stopLoss, c.trigger}) {
      if (leg == null) {
        continue;
      }
      if (leg.price().signum() <= 0) {
        throw ApiError.invalid("triggerPrice");
      }
      Trading.checkScale("price", leg.price(), contract.pricePlace, contract.tickSize());
      if (leg.limitPrice() != null) {
        Trading.checkScale("price", leg.limitPrice(), contract.pricePlace, contract.tickSize());
      }
    }
    if (c.kind == Conditional.Kind.TRAILING) {
      if (c.callbackRatio == null || c.callbackRatio.signum() <= 0
          || c.callbackRatio.compareTo(MAX_CALLBACK_RATIO) > 0) {
        throw ApiError.invalid("callbackRatio", "must be more than 0 and at most 10");
      }
    }
    if (c.protectsPosition()) {
      Position p = a.position(contract.symbol, c.posSide);
      if (p == null || p.size.signum() == 0) {
        throw ApiError.noPositionForTpsl();
      }
      if (c.size != null && c.size.compareTo(p.size) > 0) {
        throw ApiError.tpslExceedsPosition();
      }
    }
    boolean isLong = "long".equals(c.posSide);
    if (c.takeProfit != null) {
      BigDecimal now = watched(m, c.takeProfit);
      if (isLong ? c.takeProfit.price().compareTo(now) <= 0 : c.takeProfit.price().compareTo(now) >= 0) {
        throw ApiError.tpslWrongSide(true, isLong, "mark".equals(c.takeProfit.by()), now);
      }
    }
    if (c.stopLoss != null) {
      BigDecimal now = watched(m, c.stopLoss);
      if (isLong ? c.stopLoss.price().compareTo(now) >= 0 : c.stopLoss.price().compareTo(now) <= 0) {
        throw ApiError.tpslWrongSide(false, isLong, "mark".equals(c.stopLoss.by()), now);
      }
    }
    if (c.kind == Conditional.Kind.TRIGGER) {
      int compared = c.trigger.price().compareTo(watched(m, c.trigger));
      if (compared == 0) {
        throw ApiError.invalid("triggerPrice", "must differ from the current price");
      }
      c.fireAbove = compared > 0;
    }
    if (c.kind == Conditional.Kind.TRAILING && !c.armed) {
      arm(c, watched(m, c.trigger));
    }
  }

  private static BigDecimal watched(Market m, Conditional.Leg leg) {
    return "mark".equals(leg.by()) ? m.mark() : m.last();
  }

  /** Arms a trailing stop once the price reaches its activation price: a sell stop from below, a buy stop from above. */
  private static void arm(Conditional c, BigDecimal price) {
    boolean sells = c.side.equals("sell");
    if (sells ? price.compareTo(c.trigger.price()) >= 0 : price.compareTo(c.trigger.price()) <= 0) {
      c.armed = true;
      c.best = price;
    }
  }

  // ---- firing -------------------------------------------------------------------------------

  /** Fires every live conditional order of {@code a} on {@code m} whose trigger the price has reached. */
  void onPrice(Account a, Market m, long now) {
    if (a.liveConditionals.isEmpty()) {
      return;
    }
    for (Conditional c : new ArrayList<>(a.liveConditionals.values())) {
      if (!c.isLive() || c.market != m) {
        continue; // an earlier one's fill may have closed this one's position
      }
      switch (c.kind) {
        case TPSL:
          boolean isLong = "long".equals(c.posSide);
          if (c.takeProfit != null && reached(watched(m, c.takeProfit), c.takeProfit.price(), isLong)) {
            fire(a, c, c.takeProfit, "takeProfit", now);
          } else if (c.stopLoss != null && reached(watched(m, c.stopLoss), c.stopLoss.price(), !isLong)) {
            fire(a, c, c.stopLoss, "stopLoss", now);
          }
          break;
        case TRIGGER:
          if (reached(watched(m, c.trigger), c.trigger.price(), c.fireAbove)) {
            fire(a, c, c.trigger, "trigger", now);
          }
          break;
        default:
          trail(a, c, watched(m, c.trigger), now);
          break;
      }
    }
  }

  private static boolean reached(BigDecimal price, BigDecimal trigger, boolean fromBelow) {
    return fromBelow ? price.compareTo(trigger) >= 0 : price.compareTo(trigger) <= 0;
  }

  /**
   * A trailing stop: before activation, arms once the price reaches the activation price; after, keeps
   * the best price (the highest for a stop that sells, the lowest for one that buys) and fires when the
   * price pulls back from it by the callback ratio.
   */
  private void trail(Account a, Conditional c, BigDecimal price, long now) {
    if (!c.armed) {
      arm(c, price);
      return;
    }
    boolean sells = c.side.equals("sell");
    c.best = sells ? c.best.max(price) : c.best.min(price);
    BigDecimal pullback = c.best.multiply(c.callbackRatio).divide(HUNDRED, c.market.contract.pricePlace + 4,
        RoundingMode.HALF_UP);
    BigDecimal firesAt = sells ? c.best.subtract(pullback) : c.best.add(pullback);
    if (sells ? price.compareTo(firesAt) <= 0 : price.compareTo(firesAt) >= 0) {
      fire(a, c, new Conditional.Leg(c.trigger.price(), c.trigger.by(), null), "trigger", now);
    }
  }

  /**
   * Fires {@code c}: records it triggered, then places its order through the matching engine, which
   * fills a market order at once. A TP/SL or closing trailing stop closes reduce-only, the whole
   * position's size as it is now, or its own size capped at the position. A refusal fails the order.
   */
  private void fire(Account a, Conditional c, Conditional.Leg leg, String legName, long now) {
    a.liveConditionals.remove(c.orderId);
    c.status = Conditional.Status.TRIGGERED;
    c.firedLeg = legName;
    c.uTime = now;
    record(a, c, now);
    BigDecimal size = c.size;
    if (c.protectsPosition()) {
      Position p = a.position(c.market.contract.symbol, c.posSide);
      if (p == null || p.size.signum() == 0) {
        fail(a, c, "no position to close", now);
        return;
      }
      size = size == null ? p.size : size.min(p.size);
    }
    OrderIntent intent = new OrderIntent(c.market, c.marginMode, size, leg.limitPrice(), c.side,
        c.hedge ? c.posSide : null, !c.hedge && c.closes, leg.isMarket() ? "market" : "limit", "gtc", "", c.presets);
    Order o;
    try {
      o = trading.place(a, intent, now);
    } catch (ApiError e) {
      fail(a, c, e.message(ApiVersion.V2), now);
      return;
    }
    c.executedOrderId = o.orderId;
    if (o.status.equals("filled")) {
      filled(a, c, o, now);
    } else if (o.isLive()) {
      a.conditionalByExecutedOrder.put(o.orderId, c);
    } else {
      fail(a, c, o.cancelReason == null ? "order cancelled" : o.cancelReason.v2Text, now);
    }
  }

  private void fail(Account a, Conditional c, String reason, long now) {
    c.status = Conditional.Status.FAILED;
    c.reason = reason;
    c.uTime = now;
    record(a, c, now);
  }

  private void filled(Account a, Conditional c, Order o, long now) {
    c.status = Conditional.Status.FILLED;
    c.fillPrice = o.priceAvg;
    c.filledSize = o.filled;
    c.uTime = now;
    record(a, c, now);
  }

  /** Called by the matching engine when an order fills: the resting order of a triggered conditional order. */
  void orderFilled(Account a, Order o, long now) {
    Conditional c = a.conditionalByExecutedOrder.remove(o.orderId);
    if (c != null && c.status == Conditional.Status.TRIGGERED) {
      filled(a, c, o, now);
    }
  }

  /** Called when a position is gone: the TP/SL orders and closing trailing stops that protected it are cancelled. */
  void positionClosed(Account a, Position p, long now) {
    for (Conditional c : new ArrayList<>(a.liveConditionals.values())) {
      if (c.protectsPosition() && c.market == p.market && p.holdSide.equals(c.posSide)) {
        cancel(a, c, "position closed", now);
      }
    }
  }

  private void record(Account a, Conditional c, long now) {
    ex.recordConditional(new ConditionalEvent(a, c.snapshot(), now));
  }
}
