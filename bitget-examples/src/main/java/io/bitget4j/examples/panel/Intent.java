package io.bitget4j.examples.panel;

import io.bitget4j.core.Symbol;
import io.bitget4j.core.model.Side;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * What a trading key asks for, held in the confirmation prompt until the user presses {@code y}:
 * it says what it will send ({@link #describe}), may be adjusted there with the arrow keys
 * ({@link #adjust}), and is sent by {@link PanelTrader}. Each trading key builds one kind; a new
 * kind of action (setting a position's take-profit and stop-loss, say) is one more record here
 * with its key in {@link PanelController}.
 */
sealed interface Intent {

  /** The market the intent acts on. */
  Symbol symbol();

  /** The prompt's lines: what will be sent, with its notional value, then the keys that apply. */
  List<String> describe(Precision precision);

  /** This intent changed by {@code key} (an arrow, {@code +} or {@code -}), or itself. */
  default Intent adjust(Key key, Precision precision) {
    return this;
  }

  /**
   * Sends the intent and refreshes what it changed.
   *
   * @return what was done, for the status line
   * @throws RuntimeException when the exchange refuses or does not answer
   */
  String send(PanelTrader trader);

  /**
   * A market order.
   *
   * @param symbol the market
   * @param side buy or sell
   * @param size the order's size
   * @param reference the price it is expected to fill near (the best ask for a buy, the best bid for
   *     a sell), for the notional shown; empty before the first price
   * @param leverage the market's leverage, for the margin shown; empty while unknown
   */
  record MarketOrder(Symbol symbol, Side side, BigDecimal size, Optional<BigDecimal> reference,
      Optional<Integer> leverage) implements Intent {
    @Override
    public List<String> describe(Precision p) {
      String where = side == Side.BUY ? "ask" : "bid";
      return List.of(side + " " + p.size(size) + " " + symbol + " at market",
          reference.map(r -> "notional ≈ " + notional(p, size, r, symbol) + " at the " + where + " "
              + p.price(r) + margin(p, size, r, leverage, symbol)).orElse("notional unknown: no price yet"),
          "y send   n or Esc cancel");
    }

    @Override
    public String send(PanelTrader trader) {
      return trader.placeMarket(symbol, side, size);
    }
  }

  /**
   * A good-till-cancelled limit order, whose price the arrows move by ticks.
   *
   * @param symbol the market
   * @param side buy or sell
   * @param size the order's size
   * @param price the limit price
   * @param leverage the market's leverage, for the margin shown; empty while unknown
   */
  record LimitOrder(Symbol symbol, Side side, BigDecimal size, BigDecimal price, Optional<Integer> leverage)
      implements Intent {
    @Override
    public List<String> describe(Precision p) {
      return List.of(side + " LIMIT " + p.size(size) + " " + symbol + " @ " + p.price(price),
          "notional " + notional(p, size, price, symbol) + margin(p, size, price, leverage, symbol),
          "↑↓ price ±1 tick   ←→ ±10 ticks   y send   n or Esc cancel");
    }

    @Override
    public Intent adjust(Key key, Precision p) {
      int ticks = key.kind() == Key.Kind.UP ? 1 : key.kind() == Key.Kind.DOWN ? -1
          : key.kind() == Key.Kind.RIGHT ? 10 : key.kind() == Key.Kind.LEFT ? -10 : 0;
      return ticks == 0 ? this : new LimitOrder(symbol, side, size, p.stepPrice(price, ticks), leverage);
    }

    @Override
    public String send(PanelTrader trader) {
      return trader.placeLimit(symbol, side, size, price);
    }
  }

  /**
   * Cancels one open order.
   *
   * @param order the order, as the list shows it
   */
  record CancelOrder(OrderLine order) implements Intent {
    @Override
    public Symbol symbol() {
      return order.symbol();
    }

    @Override
    public List<String> describe(Precision p) {
      return List.of("CANCEL " + order.side() + " " + order.kind() + " " + p.size(order.size())
              + order.price().map(x -> " @ " + p.price(x)).orElse("") + " " + order.symbol(),
          "order " + order.orderId(),
          "y cancel it   n or Esc keep it");
    }

    @Override
    public String send(PanelTrader trader) {
      return trader.cancel(order);
    }
  }

  /**
   * Cancels every open order of the market.
   *
   * @param symbol the market
   * @param count how many open orders the list shows
   */
  record CancelAll(Symbol symbol, int count) implements Intent {
    @Override
    public List<String> describe(Precision p) {
      return List.of("CANCEL ALL " + count + " open order" + (count == 1 ? "" : "s") + " of " + symbol,
          "y cancel them   n or Esc keep them");
    }

    @Override
    public String send(PanelTrader trader) {
      return trader.cancelAll(symbol);
    }
  }

  /**
   * Closes the market's position at market.
   *
   * @param symbol the market
   * @param side the position's side, or both sides of a hedge-mode market ({@code LONG+SHORT})
   * @param size the size closed, worth about {@code size × mark}
   * @param mark the mark price, for the notional shown; empty before the first price
   */
  record ClosePosition(Symbol symbol, String side, BigDecimal size, Optional<BigDecimal> mark) implements Intent {
    @Override
    public List<String> describe(Precision p) {
      return List.of("CLOSE " + side + " " + p.size(size) + " " + symbol + " at market",
          mark.map(m -> "notional ≈ " + notional(p, size, m, symbol) + " at the mark " + p.price(m))
              .orElse("notional unknown: no mark price yet"),
          "y close it   n or Esc keep it");
    }

    @Override
    public String send(PanelTrader trader) {
      return trader.close(symbol);
    }
  }

  /**
   * Sets the market's leverage.
   *
   * @param symbol the market
   * @param current the leverage now; empty while unknown
   * @param target the leverage to set, which the arrows and {@code +}/{@code -} move
   * @param min the contract's lowest leverage
   * @param max the contract's highest leverage
   */
  record SetLeverage(Symbol symbol, Optional<Integer> current, int target, int min, int max) implements Intent {
    @Override
    public List<String> describe(Precision p) {
      return List.of("LEVERAGE of " + symbol + ": " + current.map(c -> c + "x").orElse("unknown") + " → " + target
              + "x",
          "changes the margin of the open position and of new orders",
          "↑↓ or +/- change   y apply   n or Esc cancel");
    }

    @Override
    public Intent adjust(Key key, Precision p) {
      int step = key.kind() == Key.Kind.UP || key.is('+') || key.is('=') ? 1
          : key.kind() == Key.Kind.DOWN || key.is('-') ? -1 : 0;
      int next = Math.max(min, Math.min(max, target + step));
      return next == target ? this : new SetLeverage(symbol, current, next, min, max);
    }

    @Override
    public String send(PanelTrader trader) {
      return trader.setLeverage(symbol, target);
    }
  }

  /** The order's value in the quote coin, {@code size × price}, to the cent. */
  private static String notional(Precision p, BigDecimal size, BigDecimal price, Symbol symbol) {
    return size.multiply(price).setScale(2, RoundingMode.HALF_UP).toPlainString() + " " + symbol.quote();
  }

  /** The initial margin of a linear contract's order at {@code leverage}; nothing when unknown. */
  private static String margin(Precision p, BigDecimal size, BigDecimal price, Optional<Integer> leverage,
      Symbol symbol) {
    if (symbol.productType().isCoinMargined()) {
      return "";
    }
    return leverage.filter(l -> l > 0)
        .map(l -> ", margin ≈ " + p.amount(size.multiply(price).divide(BigDecimal.valueOf(l), 8,
            RoundingMode.HALF_UP)) + " " + symbol.marginCoin() + " at " + l + "x")
        .orElse("");
  }
}
