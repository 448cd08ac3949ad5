package io.bitget4j.testkit.internal;

import io.bitget4j.core.ProductType;
import io.bitget4j.core.Symbol;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The matching engine: validates and executes orders against the simulated price, and keeps
 * positions, margin and balance. Every method runs under the {@link Exchange}'s monitor.
 */
final class Trading {
  private static final int MAX_CLIENT_OID = 50;

  private final Exchange ex;

  Trading(Exchange ex) {
    this.ex = ex;
  }

  // ---- placing ------------------------------------------------------------------------------

  /** Validates and places one order, filling it at once when it is marketable. */
  Order place(Account a, Params p, long now) {
    return submit(a, validate(a, p, null), now);
  }

  /**
   * An order that passed every check, with what placing it needs; computing one changes nothing,
   * so a refused order leaves the account (margin mode included) as it was.
   */
  private record Plan(
      Market market,
      String marginMode,
      BigDecimal size,
      BigDecimal price,
      String side,
      String tradeSide,
      String posSide,
      String orderType,
      String force,
      boolean reduceOnly,
      String clientOid,
      Position closing,
      int leverage,
      BigDecimal required,
      BigDecimal last,
      String presetStopSurplusPrice,
      String presetStopLossPrice) {}

  /**
   * Runs every check of an order without changing any state. {@code replacing} is a live order
   * about to be cancelled in favour of this one (a modify): its frozen margin and reserved
   * position size count as free.
   */
  private Plan validate(Account a, Params p, Order replacing) {
    String productType = p.required("productType");
    String v2Symbol = p.required("symbol");
    Market m = ex.market(v2Symbol, productType);
    Contract c = m.contract;
    String marginCoin = p.required("marginCoin");
    if (!marginCoin.equalsIgnoreCase(c.symbol.marginCoin())) {
      throw ApiError.invalid("marginCoin");
    }
    String marginMode = p.requiredOneOf("marginMode", "isolated", "crossed");
    BigDecimal size = p.requiredDecimal("size");
    String side = p.requiredOneOf("side", "buy", "sell");
    String orderType = p.requiredOneOf("orderType", "limit", "market");
    String force = p.oneOf("force", "gtc", "ioc", "fok", "post_only").orElse("gtc");
    boolean market = orderType.equals("market");
    BigDecimal price = market ? null : p.requiredDecimal("price");
    String clientOid = p.get("clientOid", "");
    if (clientOid.length() > MAX_CLIENT_OID) {
      throw ApiError.badRequest("40305", "The clientOid length cannot be greater than " + MAX_CLIENT_OID);
    }
    boolean hedge = a.isHedge();
    String tradeSide = hedge
        ? p.requiredOneOf("tradeSide", "open", "close")
        : null;
    boolean reduceOnly = !hedge && p.oneOf("reduceOnly", "yes", "no").orElse("no").equals("yes");
    checkScale("size", size, c.volumePlace);
    if (size.signum() <= 0) {
      throw ApiError.invalid("size");
    }
    if (price != null) {
      checkScale("price", price, c.pricePlace);
      if (price.signum() <= 0) {
        throw ApiError.invalid("price");
      }
    }
    if (!clientOid.isEmpty() && a.byClientOid.containsKey(clientOid)) {
      throw ApiError.duplicateClientOid();
    }
    Account.SymbolSettings settings = a.settings(c.symbol);
    if (!settings.marginMode.equals(marginMode) && a.hasPositionsOrOrders(c.symbol)) {
      throw ApiError.badRequest("40020", "Parameter marginMode error: the " + c.symbol.v2Symbol()
          + " positions and orders are " + settings.marginMode);
    }
    BigDecimal last = m.last();
    BigDecimal refPrice = market ? last : price;
    if (size.multiply(refPrice).compareTo(Contract.MIN_NOTIONAL) < 0) {
      throw ApiError.badRequest("45110", "less than the minimum amount " + Contract.MIN_NOTIONAL + " USDT");
    }

    boolean buy = side.equals("buy");
    String holdSide = buy ? "long" : "short";
    BigDecimal openQty;
    Position closing = null;
    if (hedge) {
      if (tradeSide.equals("close")) {
        closing = a.position(c.symbol, holdSide);
        requireClosable(closing, size, closable(closing, replacing));
        openQty = BigDecimal.ZERO;
      } else {
        openQty = size;
      }
    } else {
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
    int leverage = settings.leverageFor(marginMode, closing != null ? closing.holdSide : holdSide);
    BigDecimal required = Num.money(openQty.multiply(refPrice).divide(BigDecimal.valueOf(leverage), Num.MC)
        .add(openQty.multiply(refPrice).multiply(Contract.TAKER_FEE)));
    BigDecimal freed = replacing == null ? BigDecimal.ZERO : replacing.lockedMargin;
    if (required.compareTo(a.available().add(freed)) > 0) {
      throw ApiError.insufficientBalance();
    }
    return new Plan(m, marginMode, size, price, side, tradeSide, hedge ? holdSide : "net", orderType, force,
        reduceOnly, clientOid, closing, leverage, required, last,
        p.get("presetStopSurplusPrice", ""), p.get("presetStopLossPrice", ""));
  }

  /** Places a validated order: the first step that changes state. */
  private Order submit(Account a, Plan plan, long now) {
    a.settings(plan.market().contract.symbol).marginMode = plan.marginMode();
    Order o = new Order(ex.newOrderId(), plan.clientOid(), plan.market(), plan.side(), plan.tradeSide(),
        plan.posSide(), a.posMode, plan.orderType(), plan.force(), plan.size(), plan.price(), plan.reduceOnly(),
        plan.marginMode(), plan.leverage(), plan.presetStopSurplusPrice(), plan.presetStopLossPrice(), now);
    a.orders.put(o.orderId, o);
    if (!o.clientOid.isEmpty()) {
      a.byClientOid.put(o.clientOid, o);
    }
    boolean market = o.price == null;
    BigDecimal last = plan.last();
    boolean marketable = market
        || (o.side.equals("buy") ? o.price.compareTo(last) >= 0 : o.price.compareTo(last) <= 0);
    if (marketable && o.force.equals("post_only") && !market) {
      cancel(a, o, "post_only order would take liquidity", now);
      return o;
    }
    if (!marketable && (o.force.equals("ioc") || o.force.equals("fok"))) {
      cancel(a, o, o.force + " order could not fill", now);
      return o;
    }
    ex.hub.publishOrder(a, o, now);
    if (marketable) {
      execute(a, o, last, false, now);
    } else {
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
    return o;
  }

  private static void checkScale(String name, BigDecimal value, int scale) {
    if (value.stripTrailingZeros().scale() > scale) {
      throw ApiError.badRequest("40808", "Parameter verification exception " + name + " checkBDScale error value="
          + value.toPlainString() + " checkScale=" + scale);
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
      throw ApiError.badRequest("22002", "No position to close");
    }
    if (size.compareTo(closable) > 0) {
      throw ApiError.badRequest("40757", "Not enough position is available.");
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
      String side = a.isHedge() ? (p.isLong() ? "buy" : "sell") : (p.isLong() ? "sell" : "buy");
      Order o = new Order(ex.newOrderId(), "", m, side, "close", a.isHedge() ? p.holdSide : "net", a.posMode,
          "market", "gtc", p.size, null, !a.isHedge(), p.marginMode, p.leverage, "", "", now);
      a.orders.put(o.orderId, o);
      execute(a, o, liq, false, now);
    }
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
    if (a.isHedge()) {
      String hold = buy ? "long" : "short";
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
      cancel(a, o, "no position to close", now);
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
    ex.hub.publishOrder(a, o, now);
    ex.touch(a);
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
    p.totalFee = p.totalFee.subtract(fee);
    p.uTime = now;
  }

  private BigDecimal reduce(Account a, Position p, BigDecimal qty, BigDecimal price, BigDecimal fee, long now) {
    BigDecimal diff = price.subtract(p.entry);
    BigDecimal pnl = Num.money(p.isLong() ? diff.multiply(qty) : diff.negate().multiply(qty));
    p.size = p.size.subtract(qty);
    p.achievedProfits = p.achievedProfits.add(pnl);
    p.totalFee = p.totalFee.subtract(fee);
    p.locked = p.locked.min(p.size);
    p.uTime = now;
    if (p.size.signum() == 0) {
      a.positions.remove(Account.positionKey(p.market.contract.symbol, p.holdSide));
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

  void cancel(Account a, Order o, String reason, long now) {
    releaseReservations(a, o);
    a.live.remove(o.orderId);
    o.status = "canceled";
    o.cancelReason = reason;
    o.uTime = now;
    ex.hub.publishOrder(a, o, now);
    ex.touch(a);
  }

  /** Finds an order by orderId, else by clientOid, within one market. */
  Order find(Account a, Market m, Params p) {
    Order o = null;
    if (p.has("orderId")) {
      o = a.orders.get(p.required("orderId"));
    } else if (p.has("clientOid")) {
      o = a.byClientOid.get(p.required("clientOid"));
    } else {
      throw ApiError.badRequest("40019", "Parameter orderId or clientOid cannot be empty");
    }
    if (o == null || o.market != m) {
      throw ApiError.orderNotFound();
    }
    return o;
  }

  Order cancel(Account a, Params p, long now) {
    Market m = ex.market(p.required("symbol"), p.required("productType"));
    Order o = find(a, m, p);
    if (!o.isLive()) {
      throw ApiError.badRequest("22001", "No order to cancel");
    }
    cancel(a, o, "user cancel", now);
    return o;
  }

  /**
   * Modifies a resting limit order: new presets alone update it in place; a new size and price
   * cancel it and place a replacement (under {@code newClientOid}), as Bitget does. The
   * replacement is validated first, so a refused modify leaves the original order live.
   */
  Order modify(Account a, Params p, long now) {
    Market m = ex.market(p.required("symbol"), p.required("productType"));
    Order o = find(a, m, p);
    if (!o.isLive() || o.price == null) {
      throw ApiError.badRequest("22001", "No order to modify");
    }
    boolean hasSize = p.has("newSize");
    boolean hasPrice = p.has("newPrice");
    if (hasSize != hasPrice) {
      throw ApiError.missing(hasSize ? "newPrice" : "newSize");
    }
    if (!hasSize) {
      o.presetStopSurplusPrice = p.get("newPresetStopSurplusPrice", o.presetStopSurplusPrice);
      o.presetStopLossPrice = p.get("newPresetStopLossPrice", o.presetStopLossPrice);
      o.uTime = now;
      ex.hub.publishOrder(a, o, now);
      return o;
    }
    String newClientOid = p.get("newClientOid", "");
    if (!newClientOid.isEmpty() && a.byClientOid.containsKey(newClientOid)) {
      throw ApiError.duplicateClientOid();
    }
    Map<String, Object> replacement = new LinkedHashMap<>();
    replacement.put("symbol", m.contract.symbol.v2Symbol());
    replacement.put("productType", m.contract.symbol.productType().v2Name());
    replacement.put("marginCoin", m.contract.symbol.marginCoin());
    replacement.put("marginMode", o.marginMode);
    replacement.put("size", p.required("newSize"));
    replacement.put("price", p.required("newPrice"));
    replacement.put("side", o.side);
    replacement.put("tradeSide", o.tradeSide);
    replacement.put("orderType", "limit");
    replacement.put("force", o.force);
    replacement.put("reduceOnly", o.reduceOnly ? "YES" : "NO");
    replacement.put("clientOid", newClientOid);
    replacement.put("presetStopSurplusPrice", p.get("newPresetStopSurplusPrice", o.presetStopSurplusPrice));
    replacement.put("presetStopLossPrice", p.get("newPresetStopLossPrice", o.presetStopLossPrice));
    Plan plan = validate(a, new Params(replacement), o);
    cancel(a, o, "modified", now);
    return submit(a, plan, now);
  }

  /** Closes positions at market: all of a product type, one symbol's, or one side of it. */
  List<Order> closePositions(Account a, Params p, long now) {
    ProductType type = Exchange.productType(p.required("productType"));
    Market only = p.has("symbol") ? ex.market(p.required("symbol"), type.v2Name()) : null;
    String holdSide = p.oneOf("holdSide", "long", "short").orElse(null);
    List<Order> closed = new ArrayList<>();
    for (Position pos : new ArrayList<>(a.positions.values())) {
      if (pos.market.contract.symbol.productType() != type || (only != null && pos.market != only)) {
        continue;
      }
      if (a.isHedge() && holdSide != null && !holdSide.equals(pos.holdSide)) {
        continue;
      }
      for (Order o : new ArrayList<>(a.live.values())) {
        if (o.market == pos.market && o.lockedHoldSide.equals(pos.holdSide)) {
          cancel(a, o, "position closed", now);
        }
      }
      String side = a.isHedge() ? (pos.isLong() ? "buy" : "sell") : (pos.isLong() ? "sell" : "buy");
      Order o = new Order(ex.newOrderId(), "", pos.market, side, "close", a.isHedge() ? pos.holdSide : "net",
          a.posMode, "market", "gtc", pos.size, null, !a.isHedge(), pos.marginMode, pos.leverage, "", "", now);
      a.orders.put(o.orderId, o);
      ex.hub.publishOrder(a, o, now);
      execute(a, o, pos.market.last(), false, now);
      closed.add(o);
    }
    if (closed.isEmpty()) {
      throw ApiError.badRequest("22002", "No position to close");
    }
    return closed;
  }

  // ---- settings -----------------------------------------------------------------------------

  void setLeverage(Account a, Market m, Params p, long now) {
    Account.SymbolSettings s = a.settings(m.contract.symbol);
    Integer both = leverage(p, "leverage");
    Integer longLev = leverage(p, "longLeverage");
    Integer shortLev = leverage(p, "shortLeverage");
    if (both == null && longLev == null && shortLev == null) {
      throw ApiError.missing("leverage");
    }
    String holdSide = p.oneOf("holdSide", "long", "short").orElse(null);
    if (both != null) {
      if ("crossed".equals(s.marginMode)) {
        s.crossLeverage = both;
      }
      if (holdSide == null || holdSide.equals("long")) {
        s.longLeverage = both;
      }
      if (holdSide == null || holdSide.equals("short")) {
        s.shortLeverage = both;
      }
    }
    if (longLev != null) {
      s.longLeverage = longLev;
    }
    if (shortLev != null) {
      s.shortLeverage = shortLev;
    }
    for (Position pos : a.positions.values()) {
      if (pos.market == m) {
        pos.leverage = s.leverageFor(pos.holdSide);
        pos.uTime = now;
      }
    }
    ex.touch(a);
  }

  private static Integer leverage(Params p, String name) {
    Optional<BigDecimal> v = p.decimal(name);
    if (v.isEmpty()) {
      return null;
    }
    BigDecimal lev = v.get();
    if (lev.stripTrailingZeros().scale() > 0 || lev.compareTo(BigDecimal.ONE) < 0) {
      throw ApiError.invalid(name);
    }
    if (lev.compareTo(BigDecimal.valueOf(Contract.MAX_LEVER)) > 0) {
      throw ApiError.badRequest("40797", "Exceeded the maximum settable leverage");
    }
    return lev.intValueExact();
  }

  void setMarginMode(Account a, Market m, String marginMode, long now) {
    Account.SymbolSettings s = a.settings(m.contract.symbol);
    if (!s.marginMode.equals(marginMode) && a.hasPositionsOrOrders(m.contract.symbol)) {
      throw ApiError.badRequest("45117",
          "Currently holding positions or orders, the margin mode cannot be adjusted");
    }
    s.marginMode = marginMode;
    ex.touch(a);
  }

  void setPositionMode(Account a, String posMode, long now) {
    if (!a.posMode.equals(posMode) && a.hasPositionsOrOrders(null)) {
      throw ApiError.badRequest("40920", "Position or order exists, the position mode cannot be switched");
    }
    a.posMode = posMode;
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
        cancel(a, o, "position closed", now);
      }
    }
    a.positions.remove(Account.positionKey(p.market.contract.symbol, p.holdSide));
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
    p.entry = ip.entryPrice();
    a.positions.put(Account.positionKey(m.contract.symbol, hold), p);
  }
}
