package io.bitget4j.examples.panel;

import io.bitget4j.core.Symbol;
import io.bitget4j.core.model.ConditionalOrder;
import io.bitget4j.core.model.ConditionalOrderKind;
import io.bitget4j.core.model.HoldSide;
import io.bitget4j.core.model.Order;
import io.bitget4j.core.model.Position;
import io.bitget4j.core.model.Side;
import io.bitget4j.core.model.TradeSide;
import io.bitget4j.core.model.TriggerLeg;
import io.bitget4j.core.model.TriggerPriceType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One row of the panel's order list. Every kind of open order the panel lists becomes one of
 * these: the exchange's limit and market orders ({@link #of(Order)}) and its conditional orders,
 * take-profits, stop-losses, trigger orders and trailing stops ({@link #of(ConditionalOrder)}),
 * which wait for a price instead of resting in the book.
 *
 * @param orderId the exchange's id, which cancelling uses
 * @param symbol the market
 * @param kind what kind of order it is, as the list shows it ({@code LIMIT}, {@code MARKET}, and for
 *     conditional orders {@code TP}, {@code SL}, {@code TP/SL}, {@code TRIGGER}, {@code TRAILING 1%})
 * @param side buy or sell: for a take-profit or stop-loss the side that closes its position
 * @param size the order's size; empty for a take-profit or stop-loss of the whole position
 * @param price the limit price of a plain order; empty at market and for conditional orders, whose
 *     prices are in their {@code triggers}
 * @param filled the size filled so far
 * @param state the order's state as the list shows it ({@code LIVE}, {@code PARTIALLY_FILLED})
 * @param reduceOnly whether the order only reduces the position
 * @param createdAt when the exchange created the order
 * @param conditional the kind of a conditional order; empty for a plain order
 * @param positionSide the position a take-profit, stop-loss or trailing stop closes, when the
 *     exchange names it
 * @param triggers the prices a conditional order waits for; empty for a plain order
 */
record OrderLine(
    String orderId,
    Symbol symbol,
    String kind,
    Side side,
    Optional<BigDecimal> size,
    Optional<BigDecimal> price,
    BigDecimal filled,
    String state,
    boolean reduceOnly,
    Instant createdAt,
    Optional<ConditionalOrderKind> conditional,
    Optional<HoldSide> positionSide,
    List<Trigger> triggers) {

  OrderLine {
    Objects.requireNonNull(orderId, "orderId == null");
    Objects.requireNonNull(symbol, "symbol == null");
    Objects.requireNonNull(kind, "kind == null");
    Objects.requireNonNull(side, "side == null");
    Objects.requireNonNull(size, "size == null");
    Objects.requireNonNull(price, "price == null");
    Objects.requireNonNull(filled, "filled == null");
    Objects.requireNonNull(state, "state == null");
    Objects.requireNonNull(createdAt, "createdAt == null");
    Objects.requireNonNull(conditional, "conditional == null");
    Objects.requireNonNull(positionSide, "positionSide == null");
    triggers = List.copyOf(triggers);
  }

  /**
   * One price a conditional order waits for.
   *
   * @param role what firing it does: {@code TAKE_PROFIT}, {@code STOP_LOSS}, or {@code TRIGGER} for
   *     a trigger order's trigger and a trailing stop's activation
   * @param watched the price watched, last or mark
   * @param price the price that fires it
   * @param limit the limit price of the order it places; empty at market
   */
  record Trigger(ConditionalOrderKind role, TriggerPriceType watched, BigDecimal price, Optional<BigDecimal> limit) {
    Trigger {
      Objects.requireNonNull(role, "role == null");
      Objects.requireNonNull(watched, "watched == null");
      Objects.requireNonNull(price, "price == null");
      Objects.requireNonNull(limit, "limit == null");
    }

    /** {@code mark} or {@code last}; {@code price} when the exchange did not say. */
    String watchedName() {
      return watched == TriggerPriceType.UNKNOWN ? "price" : watched.name().toLowerCase(Locale.ROOT);
    }
  }

  /** The row of an open limit or market order. */
  static OrderLine of(Order order) {
    return new OrderLine(order.orderId(), order.symbol(), order.orderType().name(), order.side(),
        Optional.of(order.size()), order.price(), order.filledSize(), order.status().name(), order.reduceOnly(),
        order.createdAt(), Optional.empty(), Optional.empty(), List.of());
  }

  /** The row of a pending conditional order. */
  static OrderLine of(ConditionalOrder order) {
    ConditionalOrderKind kind = order.kind();
    List<Trigger> triggers = new ArrayList<>();
    order.trigger().ifPresent(leg -> triggers.add(trigger(ConditionalOrderKind.TRIGGER, leg)));
    if (kind != ConditionalOrderKind.TRIGGER && kind != ConditionalOrderKind.TRAILING_STOP) {
      // a classic trigger order's attached take-profit and stop-loss are for the position it opens
      order.takeProfit().ifPresent(leg -> triggers.add(trigger(ConditionalOrderKind.TAKE_PROFIT, leg)));
      order.stopLoss().ifPresent(leg -> triggers.add(trigger(ConditionalOrderKind.STOP_LOSS, leg)));
    }
    Optional<HoldSide> position = kind.protectsPosition() ? order.positionSide() : Optional.empty();
    return new OrderLine(order.orderId(), order.symbol(), label(order), side(order), order.size(), Optional.empty(),
        order.filledSize().orElse(BigDecimal.ZERO), order.status().name(), kind.protectsPosition(), order.createdAt(),
        Optional.of(kind), position, triggers);
  }

  private static Trigger trigger(ConditionalOrderKind role, TriggerLeg leg) {
    return new Trigger(role, leg.priceType(), leg.triggerPrice(), leg.limitPrice());
  }

  private static String label(ConditionalOrder order) {
    switch (order.kind()) {
      case TAKE_PROFIT:
        return "TP";
      case STOP_LOSS:
        return "SL";
      case TAKE_PROFIT_AND_STOP_LOSS:
        return "TP/SL";
      case TRIGGER:
        return "TRIGGER";
      case TRAILING_STOP:
        return "TRAILING" + order.callbackRatio().map(r -> " " + Precision.plain(r) + "%").orElse("");
      default:
        return "CONDITIONAL";
    }
  }

  /**
   * The trade the order makes when it fires: a long's take-profit or stop-loss sells, a short's
   * buys; a hedge-mode trigger order opens or closes its position; otherwise as the exchange says.
   */
  private static Side side(ConditionalOrder order) {
    Optional<HoldSide> position = order.positionSide().filter(h -> h == HoldSide.LONG || h == HoldSide.SHORT);
    if (position.isPresent() && order.kind().protectsPosition()) {
      return position.get() == HoldSide.LONG ? Side.SELL : Side.BUY;
    }
    if (position.isPresent() && order.tradeSide().isPresent()) {
      boolean opens = order.tradeSide().get() == TradeSide.OPEN;
      return (position.get() == HoldSide.LONG) == opens ? Side.BUY : Side.SELL;
    }
    return order.side().orElse(Side.UNKNOWN);
  }

  /** {@code take-profit} or {@code stop-loss}: what the screen calls a position's trigger of {@code kind}. */
  static String name(ConditionalOrderKind kind) {
    return kind == ConditionalOrderKind.TAKE_PROFIT ? "take-profit" : "stop-loss";
  }

  /** Whether this is a conditional order: one that waits for a price. */
  boolean isConditional() {
    return conditional.isPresent();
  }

  /**
   * Whether this is a take-profit, stop-loss or trailing stop that closes {@code position}: its
   * market and side, or its market when the exchange does not name the side (one-way mode has one
   * position a market).
   */
  boolean protects(Position position) {
    if (!conditional.map(ConditionalOrderKind::protectsPosition).orElse(false)
        || !symbol.equals(position.symbol())) {
      return false;
    }
    return positionSide.filter(h -> h == HoldSide.LONG || h == HoldSide.SHORT)
        .map(h -> h == position.holdSide()).orElse(true);
  }

  /**
   * What the order does, in one line: {@code BUY LIMIT 0.010 @ 26189.0}, or for a conditional order
   * {@code SELL SL all, mark ≤ 26000.0 → market} (all: the whole position).
   */
  String describe(Precision p) {
    if (!isConditional()) {
      return side + " " + kind + " " + size.map(p::size).orElse("") + price.map(x -> " @ " + p.price(x)).orElse("");
    }
    return side + " " + kind + " " + size.map(p::size).orElse("all") + ", "
        + triggers.stream().map(t -> trigger(t, p)).collect(Collectors.joining("; "));
  }

  /** {@code mark ≤ 26000.0 → market}: the price watched, which way it fires, and the order it places. */
  private String trigger(Trigger t, Precision p) {
    return t.watchedName() + " " + comparison(t.role()) + " " + p.price(t.price()) + " → "
        + t.limit().map(l -> "limit " + p.price(l)).orElse("market");
  }

  /**
   * Which way the price crosses the trigger: a take-profit that sells (a long's) fires at or above
   * its price, a stop-loss that sells at or below it, and the other way round for those that buy;
   * a trigger order fires when the price reaches its trigger from either side.
   */
  private String comparison(ConditionalOrderKind role) {
    if (role == ConditionalOrderKind.TRIGGER || side == Side.UNKNOWN) {
      return "at";
    }
    boolean above = (role == ConditionalOrderKind.TAKE_PROFIT) == (side == Side.SELL);
    return above ? "≥" : "≤";
  }
}
