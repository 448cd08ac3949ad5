package io.bitget4j.testkit.internal;

import io.bitget4j.core.ProductType;
import io.bitget4j.core.Symbol;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The matching engine: validates and executes orders against the simulated price, and keeps
 * positions, margin and balance. It speaks no API version: orders arrive as
 * {@link OrderIntent}s and what it changes is pushed as engine events ({@code publishOrder},
 * {@code touch}) for each version to render. Every method runs under the {@link Exchange}'s
 * monitor.
 */
final class Trading {
  /** Open futures orders an account may hold across all symbols (Bitget's {@code maxProductOrderNum}). */
  static final int MAX_OPEN_ORDERS = 400;

  private final Exchange ex;

  Trading(Exchange ex) {
    this.ex = ex;
  }

  // ---- placing ------------------------------------------------------------------------------

  /** Validates and places one order, filling it at once when it is marketable. */
  Order place(Account a, OrderIntent intent, long now) {
    return submit(a, validate(a, intent, null), now);
  }

  /**
   * An order that passed every check, with what placing it needs; computing one changes nothing,
   * so a refused order leaves the account (margin mode included) as it was.
   */
  private record Plan(
      OrderIntent intent,
      String marginMode,
      String tradeSide,
      String posSide,
      boolean reduceOnly,
      boolean marketable,
      Position closing,
      int leverage,
      BigDecimal required,
      BigDecimal last) {}

  /**
   * Runs every check of an order without changing any state. {@code replacing} is a live order
   * about to be replaced or amended by this one (a modify): its frozen margin, reserved position
   * size and place among the open orders count as free.
   */
  private Plan validate(Account a, OrderIntent in, Order replacing) {
    Market m = in.market();
    Contract c = m.contract;
    BigDecimal size = in.size();
    BigDecimal price = in.price();
    if (size.signum() <= 0) {
      throw ApiError.invalid("size");
    }
    checkScale("size", size, c.volumePlace, c.minSize);
    if (price != null) {
      if (price.signum() <= 0) {
        throw ApiError.invalid("price");
      }
      checkScale("price", price, c.pricePlace, c.tickSize());
    }
    if (!in.clientOid().isEmpty() && a.clientOidTaken(in.clientOid())) {
      throw ApiError.duplicateClientOid();
    }
    Account.SymbolSettings settings = a.settings(c.symbol);
    String marginMode = in.marginMode() == null ? settings.marginMode : in.marginMode();
    if (!settings.marginMode.equals(marginMode) && a.hasPositionsOrOrders(c.symbol)) {
      throw ApiError.badRequest("40020", "Parameter marginMode error: the " + c.symbol.v2Symbol()
          + " positions and orders are " + settings.marginMode);
    }
    BigDecimal last = m.last();
    boolean market = price == null;
    BigDecimal refPrice = market ? last : price;
    if (size.multiply(refPrice).compareTo(Contract.MIN_NOTIONAL) < 0) {
      throw ApiError.belowMinimum(Contract.MIN_NOTIONAL);
    }
    boolean buy = in.isBuy();
    boolean marketable = market || (buy ? price.compareTo(last) >= 0 : price.compareTo(last) <= 0);
    boolean rests = !marketable && !in.force().equals("ioc") && !in.force().equals("fok");
    int open = a.live.size() - (replacing != null && replacing.isLive() ? 1 : 0);
    if (rests && open >= MAX_OPEN_ORDERS) {
      throw ApiError.tooManyOrders(MAX_OPEN_ORDERS);
    }

    boolean hedge = a.isHedge();
    boolean reduceOnly = !hedge && in.reduceOnly();
    String posSide;
    String tradeSide;
    String positionSide;
    BigDecimal openQty;
    Position closing = null;
    if (hedge) {
      if (in.posSide() == null) {
        throw ApiError.missing("posSide");
      }
      posSide = in.posSide();
      positionSide = posSide;
      if (in.closesHedgeSide()) {
        closing = a.position(c.symbol, posSide);
        requireClosable(closing, size, closable(closing, replacing));
        openQty = BigDecimal.ZERO;
        tradeSide = "close";
      } else {
        openQty = size;
        tradeSide = "open";
      }
    } else {
      posSide = "net";
      positionSide = buy ? "long" : "short";
      Position opposite = a.position(c.symbol, buy ? "short" : "long");
      BigDecimal closable = closable(opposite, replacing);
      if (reduceOnly) {
        requireClosable(opposite, size, closable);
        closing = opposite;
        openQty = BigDecimal.ZERO;
      } else {
        openQty = size.subtract(size.min(closable));
      }
      tradeSide = reduceOnly ? "close" : "open";
    }
    int leverage = settings.leverageFor(marginMode, closing != null ? closing.holdSide : positionSide);
    BigDecimal required = Num.money(openQty.multiply(refPrice).divide(BigDecimal.valueOf(leverage), Num.MC)
        .add(openQty.multiply(refPrice).multiply(Contract.TAKER_FEE)));
    BigDecimal freed = replacing == null ? BigDecimal.ZERO : replacing.lockedMargin;
    if (required.compareTo(a.available().add(freed)) > 0) {
      throw ApiError.insufficientBalance();
    }
    return new Plan(in, marginMode, tradeSide, posSide, reduceOnly, marketable, closing, leverage, required, last);
  }

  /** Places a validated order: the first step that changes state. */
  private Order submit(Account a, Plan plan, long now) {
    OrderIntent in = plan.intent();
    a.settings(in.market().contract.symbol).marginMode = plan.marginMode();
    Order o = new Order(ex.newOrderId(), in.clientOid(), in.market(), in.side(), plan.tradeSide(), plan.posSide(),
        a.posMode, in.orderType(), in.force(), in.size(), in.price(), plan.reduceOnly(), plan.marginMode(),
        plan.leverage(), false, in.presets(), now);
    a.orders.put(o.orderId, o);
    if (!o.clientOid.isEmpty()) {
      a.byClientOid.put(o.clientOid, o);
    }
    activate(a, o, plan, now);
    return o;
  }

  /**
   * Starts a new or amended order: cancels a post-only order that would take and an IOC or FOK
   * order that cannot fill, fills a marketable one, and rests the rest with its margin and the
   * position size it closes reserved.
   */
  private void activate(Account a, Order o, Plan plan, long now) {
    boolean market = o.price == null;
    if (plan.marketable() && o.force.equals("post_only") && !market) {
      cancel(a, o, CancelReason.POST_ONLY, now);
      return;
    }
    if (!plan.marketable() && (o.force.equals("ioc") || o.force.equals("fok"))) {
      cancel(a, o, o.force.equals("ioc") ? CancelReason.IOC : CancelReason.FOK, now);
      return;
    }
    ex.hub.publishOrder(a, o, now);
    if (plan.marketable()) {
      execute(a, o, plan.last(), false, now);
      return;
    }
    o.lockedMargin = plan.required();
    Position closing = plan.closing();
    if (closing != null) {
      closing.locked = closing.locked.add(o.size);
      o.lockedSize = o.size;
      o.lockedHoldSide = closing.holdSide;
    }
    a.live.put(o.orderId, o);
    ex.touch(a);
  }

  static void checkScale(String name, BigDecimal value, int scale, BigDecimal step) {
    if (value.stripTrailingZeros().scale() > scale) {
      throw ApiError.scale(name, value, scale, step);
    }
  }

  /** The size of {@code p} not reserved by resting closing orders other than {@code replacing}. */
  private static BigDecimal closable(Position p, Order replacing) {
    if (p == null) {
      return BigDecimal.ZERO;
    }
    BigDecimal free = p.available();
    if (replacing != null && replacing.lockedSize.signum() > 0 && replacing.market == p.market
        && replacing.lockedHoldSide.equals(p.holdSide)) {
      free = free.add(replacing.lockedSize).min(p.size);
    }
    return free;
  }

  private static void requireClosable(Position p, BigDecimal size, BigDecimal closable) {
    if (p == null || p.size.signum() == 0) {
      throw ApiError.noPositionToClose();
    }
    if (size.compareTo(closable) > 0) {
      throw ApiError.notEnoughPosition();
    }
  }

  // ---- executing ----------------------------------------------------------------------------

  /** Fills every resting limit order of {@code a} on {@code m} that the price has crossed. */
  void matchResting(Account a, Market m, long now) {
    if (a.live.isEmpty()) {
      return;
    }
    BigDecimal last = m.last();
    for (Order o : new ArrayList<>(a.live.values())) {
      if (o.market != m || o.price == null) {
        continue;
      }
      boolean crossed = o.side.equals("buy") ? last.compareTo(o.price) <= 0 : last.compareTo(o.price) >= 0;
      if (crossed) {
        execute(a, o, o.price, true, now);
      }
    }
  }

  /** Closes positions of {@code a} on {@code m} whose mark price reached the liquidation price. */
  void liquidate(Account a, Market m, long now) {
    for (Position p : new ArrayList<>(a.positions.values())) {
      if (p.market != m) {
        continue;
      }
      BigDecimal liq = p.liquidationPrice();
      boolean hit = p.isLong() ? m.mark().compareTo(liq) <= 0 : m.mark().compareTo(liq) >= 0;
      if (!hit) {
        continue;
      }
      ex.hub.publishLiquidation(m, p, liq, now);
      Order o = closingOrder(a, p, true, now);
      execute(a, o, liq, false, now);
    }
  }

  /** A market order of the engine's own that closes all of {@code p}, registered with the account. */
  private Order closingOrder(Account a, Position p, boolean liquidation, long now) {
    boolean hedge = a.isHedge();
    Order o = new Order(ex.newOrderId(), "", p.market, p.isLong() ? "sell" : "buy", "close",
        hedge ? p.holdSide : "net", a.posMode, "market", "gtc", p.size, null, !hedge, p.marginMode, p.leverage,
        liquidation, Presets.NONE, now);
    a.orders.put(o.orderId, o);
    return o;
  }

  /** Fills the rest of {@code o} at {@code price}, moving positions and balance. */
  void execute(Account a, Order o, BigDecimal price, boolean maker, long now) {
    releaseReservations(a, o);
    Symbol symbol = o.market.contract.symbol;
    boolean buy = o.side.equals("buy");
    BigDecimal qty = o.size.subtract(o.filled);
    BigDecimal rate = maker ? Contract.MAKER_FEE : Contract.TAKER_FEE;
    BigDecimal pnl = BigDecimal.ZERO;
    BigDecimal done = BigDecimal.ZERO;
    if (o.isHedge()) {
      String hold = o.posSide;
      if (o.tradeSide.equals("close")) {
        Position p = a.position(symbol, hold);
        BigDecimal q = p == null ? BigDecimal.ZERO : qty.min(p.size);
        if (q.signum() > 0) {
          pnl = reduce(a, p, q, price, fee(q, price, rate), now);
          done = q;
        }
      } else {
        increase(a, o.market, hold, qty, price, fee(qty, price, rate), now);
        done = qty;
      }
    } else {
      Position opposite = a.position(symbol, buy ? "short" : "long");
      BigDecimal closeQty = opposite == null ? BigDecimal.ZERO : qty.min(opposite.size);
      if (closeQty.signum() > 0) {
        pnl = reduce(a, opposite, closeQty, price, fee(closeQty, price, rate), now);
      }
      BigDecimal openQty = o.reduceOnly ? BigDecimal.ZERO : qty.subtract(closeQty);
      if (openQty.signum() > 0) {
        increase(a, o.market, buy ? "long" : "short", openQty, price, fee(openQty, price, rate), now);
      }
      done = closeQty.add(openQty);
    }
    a.live.remove(o.orderId);
    if (done.signum() == 0) {
      cancel(a, o, CancelReason.NOTHING_TO_CLOSE, now);
      return;
    }
    BigDecimal fee = fee(done, price, rate);
    a.balance = Num.money(a.balance.subtract(fee).add(pnl));
    o.filled = o.filled.add(done);
    o.priceAvg = price;
    o.fee = o.fee.subtract(fee);
    o.pnl = o.pnl.add(pnl);
    o.status = "filled";
    o.uTime = now;
    Fill fill = new Fill(ex.newTradeId(), o, price, done, fee.negate(), pnl, maker, now);
    a.fills.add(fill);
    o.lastFill = fill;
    ex.hub.publishFill(a, fill, now);
    ex.hub.publishOrder(a, o, now);
    ex.touch(a);
    ex.conditionals.orderFilled(a, o, now);
  }

  private static BigDecimal fee(BigDecimal qty, BigDecimal price, BigDecimal rate) {
    return Num.money(qty.multiply(price).multiply(rate));
  }

  private void increase(Account a, Market m, String hold, BigDecimal qty, BigDecimal price, BigDecimal fee,
      long now) {
    Symbol symbol = m.contract.symbol;
    Position p = a.position(symbol, hold);
    if (p == null) {
      Account.SymbolSettings s = a.settings(symbol);
      p = new Position(ex.newPosId(), m, hold, s.marginMode, s.leverageFor(hold), now);
      a.positions.put(Account.positionKey(symbol, hold), p);
    }
    BigDecimal newSize = p.size.add(qty);
    p.entry = p.entry.multiply(p.size).add(price.multiply(qty)).divide(newSize, Num.MC);
    p.size = newSize;
    p.openedTotal = p.openedTotal.add(qty);
    p.openFee = p.openFee.subtract(fee);
    p.uTime = now;
  }

  private BigDecimal reduce(Account a, Position p, BigDecimal qty, BigDecimal price, BigDecimal fee, long now) {
    BigDecimal diff = price.subtract(p.entry);
    BigDecimal pnl = Num.money(p.isLong() ? diff.multiply(qty) : diff.negate().multiply(qty));
    BigDecimal before = p.size;
    p.size = p.size.subtract(qty);
    p.achievedProfits = p.achievedProfits.add(pnl);
    p.closeFee = p.closeFee.subtract(fee);
    p.closedTotal = p.closedTotal.add(qty);
    p.closedValue = p.closedValue.add(qty.multiply(price));
    p.addedMargin = Num.money(p.addedMargin.multiply(p.size).divide(before, Num.MC));
    p.locked = p.locked.min(p.size);
    p.uTime = now;
    if (p.size.signum() == 0) {
      a.positions.remove(Account.positionKey(p.market.contract.symbol, p.holdSide));
      a.closedPositions.add(new ClosedPosition(p.posId, p.market, p.holdSide, a.posMode, p.marginMode, p.entry,
          p.closedValue.divide(p.closedTotal, Num.MC), p.openedTotal, p.closedTotal, p.achievedProfits, p.openFee,
          p.closeFee, p.cTime, now));
      ex.conditionals.positionClosed(a, p, now);
    }
    return pnl;
  }

  private static void releaseReservations(Account a, Order o) {
    o.lockedMargin = BigDecimal.ZERO;
    if (o.lockedSize.signum() > 0) {
      Position p = a.position(o.market.contract.symbol, o.lockedHoldSide);
      if (p != null) {
        p.locked = p.locked.subtract(o.lockedSize).max(BigDecimal.ZERO);
      }
      o.lockedSize = BigDecimal.ZERO;
    }
  }

  // ---- cancelling and modifying -------------------------------------------------------------

  void cancel(Account a, Order o, CancelReason reason, long now) {
    releaseReservations(a, o);
    a.live.remove(o.orderId);
    o.status = "canceled";
    o.cancelReason = reason;
    o.uTime = now;
    ex.hub.publishOrder(a, o, now);
    ex.touch(a);
  }

  /**
   * Replaces a resting limit order with a new one, as V2's modify does: the replacement is
   * validated first with the original's reservations counting as free, so a refused replacement
   * leaves the original live; then the original is cancelled and the replacement placed.
   */
  Order replace(Account a, Order o, OrderIntent replacement, long now) {
    Plan plan = validate(a, replacement, o);
    cancel(a, o, CancelReason.MODIFIED, now);
    return submit(a, plan, now);
  }

  /**
   * Changes the quantity and price of a resting limit order in place, as V3's modify does: the
   * order keeps its ids, is checked like a new order with its own reservations counting as free,
   * and fills at once when its new price is marketable. A refused amendment changes nothing.
   */
  void amend(Account a, Order o, BigDecimal size, BigDecimal price, Presets presets, long now) {
    OrderIntent intent = new OrderIntent(o.market, o.marginMode, size, price, o.side,
        o.isHedge() ? o.posSide : null, o.reduceOnly, o.orderType, o.force, "", o.presets.with(presets));
    Plan plan = validate(a, intent, o);
    releaseReservations(a, o);
    a.live.remove(o.orderId);
    o.size = size;
    o.price = price;
    o.presets = intent.presets();
    o.uTime = now;
    activate(a, o, plan, now);
  }

  /** Changes the take-profit and stop-loss presets of an order without touching it otherwise. */
  void updatePresets(Account a, Order o, Presets presets, long now) {
    o.presets = o.presets.with(presets);
    o.uTime = now;
    ex.hub.publishOrder(a, o, now);
  }

  /**
   * Closes positions at market: all of a product type, one symbol's ({@code onlyOrNull}), or one
   * side of it ({@code holdSideOrNull}, in hedge mode). Resting orders reserved to close them are
   * cancelled first. Returns the closing orders, empty when there was nothing to close.
   */
  List<Order> closePositions(Account a, ProductType type, Market onlyOrNull, String holdSideOrNull, long now) {
    List<Order> closed = new ArrayList<>();
    for (Position pos : new ArrayList<>(a.positions.values())) {
      if (pos.market.contract.symbol.productType() != type || (onlyOrNull != null && pos.market != onlyOrNull)) {
        continue;
      }
      if (a.isHedge() && holdSideOrNull != null && !holdSideOrNull.equals(pos.holdSide)) {
        continue;
      }
      for (Order o : new ArrayList<>(a.live.values())) {
        if (o.market == pos.market && o.lockedHoldSide.equals(pos.holdSide)) {
          cancel(a, o, CancelReason.POSITION_CLOSED, now);
        }
      }
      Order o = closingOrder(a, pos, false, now);
      ex.hub.publishOrder(a, o, now);
      execute(a, o, pos.market.last(), false, now);
      closed.add(o);
    }
    return closed;
  }

  // ---- settings -----------------------------------------------------------------------------

  /**
   * Sets leverage on {@code m}: {@code both} for the side named by {@code holdSideOrNull} (both
   * sides when null) and the cross leverage in crossed mode, then {@code longLeverage} and
   * {@code shortLeverage} (null when not given) on top; open positions take the new leverage.
   */
  void setLeverage(Account a, Market m, Integer both, Integer longLeverage, Integer shortLeverage,
      String holdSideOrNull, long now) {
    Account.SymbolSettings s = a.settings(m.contract.symbol);
    if (both == null && longLeverage == null && shortLeverage == null) {
      throw ApiError.missing("leverage");
    }
    if (both != null) {
      if ("crossed".equals(s.marginMode)) {
        s.crossLeverage = both;
      }
      if (holdSideOrNull == null || holdSideOrNull.equals("long")) {
        s.longLeverage = both;
      }
      if (holdSideOrNull == null || holdSideOrNull.equals("short")) {
        s.shortLeverage = both;
      }
    }
    if (longLeverage != null) {
      s.longLeverage = longLeverage;
    }
    if (shortLeverage != null) {
      s.shortLeverage = shortLeverage;
    }
    for (Position pos : a.positions.values()) {
      if (pos.market == m) {
        pos.leverage = s.leverageFor(pos.holdSide);
        pos.uTime = now;
      }
    }
    ex.touch(a);
  }

  void setMarginMode(Account a, Market m, String marginMode, long now) {
    Account.SymbolSettings s = a.settings(m.contract.symbol);
    if (!s.marginMode.equals(marginMode) && a.hasPositionsOrOrders(m.contract.symbol)) {
      throw ApiError.marginModeLocked();
    }
    s.marginMode = marginMode;
    ex.touch(a);
  }

  void setPositionMode(Account a, String posMode, long now) {
    if (!a.posMode.equals(posMode) && a.hasPositionsOrOrders(null)) {
      throw ApiError.holdModeLocked();
    }
    a.posMode = posMode;
    ex.touch(a);
  }

  /**
   * Adds margin to an isolated position ({@code delta} positive) or takes back margin added
   * before (negative): more margin moves the liquidation price away. Only margin added beyond
   * notional / leverage can be taken back, and only what is available can be added.
   */
  void adjustMargin(Account a, Position p, BigDecimal delta, long now) {
    if (!"isolated".equals(p.marginMode)) {
      throw ApiError.badRequest("25240", "crossed margin mode does not support this operation");
    }
    if (delta.signum() > 0 && delta.compareTo(a.available()) > 0) {
      throw ApiError.badRequest("25202", "Insufficient balance");
    }
    if (delta.signum() < 0 && delta.negate().compareTo(p.addedMargin) > 0) {
      throw ApiError.badRequest("25242", "The maximum reducible amount is " + Num.str(p.addedMargin)
          + p.market.contract.symbol.marginCoin() + ".");
    }
    p.addedMargin = p.addedMargin.add(delta);
    p.uTime = now;
    ex.touch(a);
  }

  // ---- setup --------------------------------------------------------------------------------

  /**
   * Opens or replaces the position of {@code m} on the side of {@code signedSize} (positive long,
   * negative short) at {@code entry}, as a test control: no order, fill or fee, the balance
   * unchanged. The position takes the symbol's margin mode, and {@code leverage} becomes that
   * side's leverage (the cross leverage in crossed mode), so margin, PnL and liquidation price
   * follow as for a filled order. In one-way mode the opposite side is removed; resting closing
   * orders of a replaced side keep their reservation, capped at the new size.
   */
  void setPosition(Account a, Market m, BigDecimal signedSize, BigDecimal entry, int leverage, long now) {
    Symbol symbol = m.contract.symbol;
    String hold = signedSize.signum() > 0 ? "long" : "short";
    if (!a.isHedge()) {
      removePosition(a, a.position(symbol, hold.equals("long") ? "short" : "long"), now);
    }
    Account.SymbolSettings s = a.settings(symbol);
    if ("crossed".equals(s.marginMode)) {
      s.crossLeverage = leverage;
    } else if (hold.equals("long")) {
      s.longLeverage = leverage;
    } else {
      s.shortLeverage = leverage;
    }
    Position old = a.position(symbol, hold);
    Position p = new Position(ex.newPosId(), m, hold, s.marginMode, leverage, now);
    p.size = signedSize.abs();
    p.openedTotal = p.size;
    p.entry = entry;
    if (old != null) {
      p.locked = old.locked.min(p.size);
    }
    a.positions.put(Account.positionKey(symbol, hold), p);
    for (Position other : a.positions.values()) {
      if (other.market == m && other != p) {
        other.leverage = s.leverageFor(other.holdSide);
        other.uTime = now;
      }
    }
    ex.touch(a);
  }

  /**
   * Removes, as a test control, every position of {@code a} (of {@code onlyOrNull} when given)
   * without trading: no fill, fee or realised PnL. Resting orders reserved to close them are
   * cancelled, as {@code close-positions} does.
   */
  void clearPositions(Account a, Market onlyOrNull, long now) {
    for (Position p : new ArrayList<>(a.positions.values())) {
      if (onlyOrNull == null || p.market == onlyOrNull) {
        removePosition(a, p, now);
      }
    }
  }

  private void removePosition(Account a, Position p, long now) {
    if (p == null) {
      return;
    }
    for (Order o : new ArrayList<>(a.live.values())) {
      if (o.market == p.market && o.lockedHoldSide.equals(p.holdSide)) {
        cancel(a, o, CancelReason.POSITION_CLOSED, now);
      }
    }
    a.positions.remove(Account.positionKey(p.market.contract.symbol, p.holdSide));
    ex.conditionals.positionClosed(a, p, now);
    ex.touch(a);
  }

  void openInitial(Account a, Market m, Settings.InitialPosition ip, long now) {
    Account.SymbolSettings s = a.settings(m.contract.symbol);
    s.longLeverage = ip.leverage();
    s.shortLeverage = ip.leverage();
    s.crossLeverage = ip.leverage();
    String hold = ip.signedSize().signum() > 0 ? "long" : "short";
    Position p = new Position(ex.newPosId(), m, hold, s.marginMode, ip.leverage(), now);
    p.size = ip.signedSize().abs();
    p.openedTotal = p.size;
    p.entry = ip.entryPrice();
    a.positions.put(Account.positionKey(m.contract.symbol, hold), p);
  }
}
