package io.bitget4j.examples.panel;

import io.bitget4j.core.Symbol;
import io.bitget4j.core.model.ConditionalOrderKind;
import io.bitget4j.core.model.HoldSide;
import io.bitget4j.core.model.Position;
import io.bitget4j.core.model.Side;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What a trading key asks for, held in the confirmation prompt until the user presses {@code y}:
 * it says what it will send ({@link #describe}), may be adjusted there with the arrow keys
 * ({@link #adjust}), and is sent by {@link PanelTrader}. Each trading key builds one kind; a new
 * kind of action is one more record here with its key in {@link PanelController}.
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
   * Cancels one open order, plain or conditional.
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
      return List.of("CANCEL " + order.describe(p) + " " + order.symbol(),
          (order.isConditional() ? "conditional order " : "order ") + order.orderId(),
          "y cancel it   n or Esc keep it");
    }

    @Override
    public String send(PanelTrader trader) {
      return trader.cancel(order);
    }
  }

  /**
   * Cancels every open order of the market: the plain ones, and the conditional ones when the list
   * shows any.
   *
   * @param symbol the market
   * @param count how many plain open orders the list shows
   * @param conditional how many conditional orders (TP/SL, trigger orders) the list shows
   */
  record CancelAll(Symbol symbol, int count, int conditional) implements Intent {
    @Override
    public List<String> describe(Precision p) {
      String plain = count + " open order" + (count == 1 ? "" : "s");
      String waiting = conditional + " TP/SL or trigger order" + (conditional == 1 ? "" : "s");
      return List.of("CANCEL ALL " + (conditional == 0 ? plain : count == 0 ? waiting : plain + " and " + waiting)
              + " of " + symbol,
          "y cancel them   n or Esc keep them");
    }

    @Override
    public String send(PanelTrader trader) {
      return trader.cancelAll(symbol, count > 0, conditional > 0);
    }
  }

  /**
   * Sets or moves the take-profit or stop-loss of one of the market's positions: an order that
   * closes the whole position at market when the mark price reaches {@code price}. The arrows move
   * the price by ticks; Tab picks the other position of a hedge-mode market.
   *
   * @param symbol the market
   * @param kind {@code TAKE_PROFIT} or {@code STOP_LOSS}
   * @param targets the market's positions, each with its take-profit or stop-loss when it has one
   * @param index the position it is for, in {@code targets}
   * @param price the trigger price (mark)
   * @param mark the mark price now, which the trigger price is shown against
   */
  record SetTrigger(Symbol symbol, ConditionalOrderKind kind, List<Target> targets, int index, BigDecimal price,
      BigDecimal mark) implements Intent {
    /** How far from the mark a new take-profit or stop-loss starts: 1 %. */
    private static final BigDecimal START = new BigDecimal("0.01");

    /**
     * One position the trigger may be for.
     *
     * @param position the position
     * @param existing its whole-position take-profit or stop-loss order, which the intent moves
     */
    record Target(Position position, Optional<OrderLine> existing) {
      /** Validates that no component is null. */
      public Target {
        Objects.requireNonNull(position, "position == null");
        Objects.requireNonNull(existing, "existing == null");
      }

      /** The trigger price of its existing order of {@code kind}, if it has one. */
      Optional<BigDecimal> current(ConditionalOrderKind kind) {
        return existing.flatMap(o -> o.triggers().stream().filter(t -> t.role() == kind).findFirst())
            .map(OrderLine.Trigger::price);
      }

      /** Whether its order of {@code kind} fires above the mark: a long's take-profit, a short's stop-loss. */
      boolean firesAbove(ConditionalOrderKind kind) {
        return (kind == ConditionalOrderKind.TAKE_PROFIT) == (position.holdSide() == HoldSide.LONG);
      }
    }

    /** Copies the targets. */
    public SetTrigger {
      targets = List.copyOf(targets);
    }

    /**
     * The intent for {@code targets.get(index)}, starting at its order's trigger price, or else 1 %
     * from the mark on the side where it would fire (below for a long's stop-loss), on the tick.
     */
    static SetTrigger start(Symbol symbol, ConditionalOrderKind kind, List<Target> targets, int index,
        BigDecimal mark, Precision p) {
      Target target = targets.get(index);
      boolean above = target.firesAbove(kind);
      BigDecimal price = target.current(kind).orElseGet(() -> p.onTick(
          mark.multiply(above ? BigDecimal.ONE.add(START) : BigDecimal.ONE.subtract(START)),
          above ? RoundingMode.CEILING : RoundingMode.FLOOR));
      return new SetTrigger(symbol, kind, targets, index, price, mark);
    }

    @Override
    public List<String> describe(Precision p) {
      Target target = targets.get(index);
      Position position = target.position();
      String name = OrderLine.name(kind).toUpperCase(Locale.ROOT);
      BigDecimal away = price.subtract(mark).multiply(BigDecimal.valueOf(100)).divide(mark, 8, RoundingMode.HALF_UP);
      String pnl = PositionFigures.pnlAt(position, price, position.size())
          .map(x -> ", PnL ≈ " + p.signedAmount(x) + " " + symbol.marginCoin()).orElse("");
      String was = target.current(kind).map(c -> "was " + p.price(c) + "; ").orElse("");
      return List.of((target.existing().isPresent() ? "MOVE " : "SET ") + name + " of " + position.holdSide() + " "
              + p.size(position.size()) + " " + symbol + ": mark " + (target.firesAbove(kind) ? "≥ " : "≤ ")
              + p.price(price) + " (" + Precision.signedPercent(away) + ")",
          was + "closes all at market: notional ≈ " + notional(p, position.size(), price, symbol) + pnl,
          "↑↓ ±1 tick   ←→ ±10 ticks" + (targets.size() > 1 ? "   Tab LONG/SHORT" : "")
              + "   y set   n or Esc cancel");
    }

    @Override
    public Intent adjust(Key key, Precision p) {
      if (key.kind() == Key.Kind.TAB && targets.size() > 1) {
        return start(symbol, kind, targets, (index + 1) % targets.size(), mark, p);
      }
      int ticks = key.kind() == Key.Kind.UP ? 1 : key.kind() == Key.Kind.DOWN ? -1
          : key.kind() == Key.Kind.RIGHT ? 10 : key.kind() == Key.Kind.LEFT ? -10 : 0;
      return ticks == 0 ? this : new SetTrigger(symbol, kind, targets, index, p.stepPrice(price, ticks), mark);
    }

    @Override
    public String send(PanelTrader trader) {
      Target target = targets.get(index);
      return trader.setTrigger(symbol, kind, target.position().holdSide(), price,
          target.existing().map(OrderLine::orderId));
    }
  }

  /**
   * Clears the market's take-profits or stop-losses: cancels those orders.
   *
   * @param symbol the market
   * @param kind {@code TAKE_PROFIT} or {@code STOP_LOSS}
   * @param orders the orders, as the list shows them
   */
  record ClearTriggers(Symbol symbol, ConditionalOrderKind kind, List<OrderLine> orders) implements Intent {
    /** Copies the orders. */
    public ClearTriggers {
      orders = List.copyOf(orders);
    }

    @Override
    public List<String> describe(Precision p) {
      List<String> lines = new ArrayList<>();
      lines.add("CLEAR " + OrderLine.name(kind).toUpperCase(Locale.ROOT) + " of " + symbol
          + ": cancel " + orders.size() + " order" + (orders.size() == 1 ? "" : "s"));
      lines.add(orders.get(0).describe(p) + (orders.size() > 1 ? " and " + (orders.size() - 1) + " more" : ""));
      lines.add("y clear   n or Esc keep");
      return lines;
    }

    @Override
    public String send(PanelTrader trader) {
      return trader.cancelConditional(symbol, OrderLine.name(kind), orders);
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
