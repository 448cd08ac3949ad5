package io.bitget4j.testkit.internal;

import io.bitget4j.core.AccountMode;
import io.bitget4j.core.Symbol;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The futures account of one API key; mutable, guarded by the {@link Exchange}. Its
 * {@linkplain #mode mode} decides which private API it speaks (V2 classic or V3 unified) and
 * the clientOid rule its orders follow; the engine's state is the same in both.
 */
final class Account {
  /** Per-symbol margin mode and leverage. */
  static final class SymbolSettings {
    String marginMode = "isolated";
    int longLeverage = 10;
    int shortLeverage = 10;
    int crossLeverage = 10;

    int leverageFor(String holdSide) {
      return leverageFor(marginMode, holdSide);
    }

    /** The leverage a {@code holdSide} position would have in {@code mode}. */
    int leverageFor(String mode, String holdSide) {
      if ("crossed".equals(mode)) {
        return crossLeverage;
      }
      return "short".equals(holdSide) ? shortLeverage : longLeverage;
    }
  }

  final String apiKey;
  final String secretKey;
  final String passphrase;
  /** The user id V3 reports, stable per key. */
  final String uid;
  /** Whether this is a demo-trading key, whose private REST calls must carry {@code paptrading: 1}. */
  final boolean demo;
  /** Classic (V2) or unified (V3); written under the exchange's monitor, read by request threads. */
  volatile AccountMode mode;
  /** Wallet balance: deposits plus realised PnL minus fees. */
  BigDecimal balance;
  String posMode = "one_way_mode";
  final Map<Symbol, SymbolSettings> settings = new HashMap<>();
  final Map<String, Order> orders = new LinkedHashMap<>();
  /** The newest order under each clientOid (a unified account may reuse an id once its order ended). */
  final Map<String, Order> byClientOid = new HashMap<>();
  /** Resting orders, oldest first. */
  final Map<String, Order> live = new LinkedHashMap<>();
  /** Open positions keyed by symbol and hold side. */
  final Map<String, Position> positions = new LinkedHashMap<>();
  final List<Fill> fills = new ArrayList<>();
  /** Every conditional order, oldest first. */
  final Map<String, Conditional> conditionals = new LinkedHashMap<>();
  /** The newest conditional order under each clientOid. */
  final Map<String, Conditional> conditionalByClientOid = new HashMap<>();
  /** Conditional orders waiting for their trigger, oldest first. */
  final Map<String, Conditional> liveConditionals = new LinkedHashMap<>();
  /** Triggered conditional orders whose order rests, by that order's id. */
  final Map<String, Conditional> conditionalByExecutedOrder = new HashMap<>();
  /** Positions closed by trading, oldest first. */
  final List<ClosedPosition> closedPositions = new ArrayList<>();

  Account(String apiKey, String secretKey, String passphrase, BigDecimal balance, AccountMode mode,
      boolean demo) {
    this.apiKey = apiKey;
    this.demo = demo;
    this.secretKey = secretKey;
    this.passphrase = passphrase;
    this.balance = balance;
    this.mode = mode;
    this.uid = Long.toString(8_000_000_000L + Math.floorMod(apiKey.hashCode(), 1_000_000_000L));
  }

  /** Forgets every order, fill, position and setting, and restores the balance and mode. */
  void reset(BigDecimal initialBalance, AccountMode initialMode) {
    balance = initialBalance;
    mode = initialMode;
    posMode = "one_way_mode";
    settings.clear();
    orders.clear();
    byClientOid.clear();
    live.clear();
    positions.clear();
    fills.clear();
    closedPositions.clear();
    conditionals.clear();
    conditionalByClientOid.clear();
    liveConditionals.clear();
    conditionalByExecutedOrder.clear();
  }

  boolean isUnified() {
    return mode == AccountMode.UNIFIED;
  }

  /**
   * Whether a new order may not use {@code clientOid}: a classic account never reuses one, a
   * unified account refuses it only while the order holding it is pending.
   */
  boolean clientOidTaken(String clientOid) {
    Order holder = byClientOid.get(clientOid);
    return holder != null && (!isUnified() || holder.isLive());
  }

  /** As {@link #clientOidTaken}, for conditional orders, which have ids of their own. */
  boolean conditionalClientOidTaken(String clientOid) {
    Conditional holder = conditionalByClientOid.get(clientOid);
    return holder != null && (!isUnified() || holder.isLive());
  }

  SymbolSettings settings(Symbol symbol) {
    return settings.computeIfAbsent(symbol, s -> new SymbolSettings());
  }

  boolean isHedge() {
    return "hedge_mode".equals(posMode);
  }

  static String positionKey(Symbol symbol, String holdSide) {
    return symbol + "|" + holdSide;
  }

  Position position(Symbol symbol, String holdSide) {
    return positions.get(positionKey(symbol, holdSide));
  }

  BigDecimal unrealizedPnl() {
    BigDecimal sum = BigDecimal.ZERO;
    for (Position p : positions.values()) {
      sum = sum.add(p.unrealizedPnl());
    }
    return sum;
  }

  BigDecimal unrealizedPnl(String marginMode) {
    BigDecimal sum = BigDecimal.ZERO;
    for (Position p : positions.values()) {
      if (marginMode.equals(p.marginMode)) {
        sum = sum.add(p.unrealizedPnl());
      }
    }
    return sum;
  }

  BigDecimal positionMargin() {
    BigDecimal sum = BigDecimal.ZERO;
    for (Position p : positions.values()) {
      sum = sum.add(p.margin());
    }
    return sum;
  }

  /** Margin frozen by resting orders. */
  BigDecimal locked() {
    BigDecimal sum = BigDecimal.ZERO;
    for (Order o : live.values()) {
      sum = sum.add(o.lockedMargin);
    }
    return sum;
  }

  BigDecimal equity() {
    return Num.money(balance.add(unrealizedPnl()));
  }

  /** Equity less position margin and frozen order margin; moves with the price. */
  BigDecimal available() {
    return Num.money(equity().subtract(positionMargin()).subtract(locked()));
  }

  BigDecimal maintenanceMargin(String marginMode) {
    BigDecimal sum = BigDecimal.ZERO;
    for (Position p : positions.values()) {
      if (marginMode.equals(p.marginMode)) {
        sum = sum.add(p.size.multiply(p.market.mark()).multiply(Contract.KEEP_MARGIN_RATE));
      }
    }
    return sum;
  }

  boolean hasPositionsOrOrders(Symbol symbolOrNull) {
    for (Position p : positions.values()) {
      if (symbolOrNull == null || p.market.contract.symbol.equals(symbolOrNull)) {
        return true;
      }
    }
    for (Order o : live.values()) {
      if (symbolOrNull == null || o.market.contract.symbol.equals(symbolOrNull)) {
        return true;
      }
    }
    for (Conditional c : liveConditionals.values()) {
      if (symbolOrNull == null || c.market.contract.symbol.equals(symbolOrNull)) {
        return true;
      }
    }
    return false;
  }
}
