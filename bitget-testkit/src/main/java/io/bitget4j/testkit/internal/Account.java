package io.bitget4j.testkit.internal;

import io.bitget4j.core.Symbol;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The futures account of one API key; mutable, guarded by the {@link Exchange}. */
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
  /** Wallet balance: deposits plus realised PnL minus fees. */
  BigDecimal balance;
  String posMode = "one_way_mode";
  final Map<Symbol, SymbolSettings> settings = new HashMap<>();
  final Map<String, Order> orders = new LinkedHashMap<>();
  final Map<String, Order> byClientOid = new HashMap<>();
  /** Resting orders, oldest first. */
  final Map<String, Order> live = new LinkedHashMap<>();
  /** Open positions keyed by symbol and hold side. */
  final Map<String, Position> positions = new LinkedHashMap<>();
  final List<Fill> fills = new ArrayList<>();

  Account(String apiKey, String secretKey, String passphrase, BigDecimal balance) {
    this.apiKey = apiKey;
    this.secretKey = secretKey;
    this.passphrase = passphrase;
    this.balance = balance;
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
    return false;
  }
}
