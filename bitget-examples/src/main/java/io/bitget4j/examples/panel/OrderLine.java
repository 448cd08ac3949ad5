package io.bitget4j.examples.panel;

import io.bitget4j.core.Symbol;
import io.bitget4j.core.model.Order;
import io.bitget4j.core.model.Side;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of the panel's order list. Every kind of open order the panel lists becomes one of
 * these; today those are the exchange's limit and market orders ({@link #of(Order)}).
 *
 * @param orderId the exchange's id, which cancelling uses
 * @param symbol the market
 * @param kind what kind of order it is, as the list shows it ({@code LIMIT}, {@code MARKET})
 * @param side buy or sell
 * @param size the order's size
 * @param price the limit price; empty at market
 * @param filled the size filled so far
 * @param state the order's state as the list shows it ({@code LIVE}, {@code PARTIALLY_FILLED})
 * @param reduceOnly whether the order only reduces the position
 * @param createdAt when the exchange created the order
 */
record OrderLine(
    String orderId,
    Symbol symbol,
    String kind,
    Side side,
    BigDecimal size,
    Optional<BigDecimal> price,
    BigDecimal filled,
    String state,
    boolean reduceOnly,
    Instant createdAt) {

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
  }

  /** The row of an open limit or market order. */
  static OrderLine of(Order order) {
    return new OrderLine(order.orderId(), order.symbol(), order.orderType().name(), order.side(), order.size(),
        order.price(), order.filledSize(), order.status().name(), order.reduceOnly(), order.createdAt());
  }
}
