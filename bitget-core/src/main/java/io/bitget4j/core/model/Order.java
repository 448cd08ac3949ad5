package io.bitget4j.core.model;

import io.bitget4j.core.Symbol;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An order, from REST {@code order/detail}, {@code orders-pending}, {@code orders-history} or the
 * WebSocket {@code orders} channel.
 *
 * @param symbol the order's market
 * @param orderId Bitget's id of the order
 * @param clientOid empty when Bitget sends {@code ""}
 * @param price the limit price; empty for market orders
 * @param size the order size, in base coin
 * @param filledSize REST {@code baseVolume}, WebSocket {@code accBaseVolume}
 * @param averagePrice the average fill price (wire {@code priceAvg}); empty until something fills,
 *     where Bitget sends {@code 0} or {@code ""}
 * @param side buy or sell
 * @param tradeSide open or close, in hedge mode; empty in one-way mode
 * @param orderType limit or market
 * @param force the time in force
 * @param status REST {@code state} or {@code status}, WebSocket {@code status}
 * @param reduceOnly wire {@code YES}/{@code NO}
 * @param marginMode isolated or crossed, when sent
 * @param leverage the leverage the order was placed with, when sent
 * @param fee REST {@code fee}, WebSocket {@code fillFee} (negative when paid)
 * @param pnl REST {@code totalProfits}, WebSocket {@code pnl}
 * @param presetTakeProfitPrice wire {@code presetStopSurplusPrice}
 * @param presetStopLossPrice wire {@code presetStopLossPrice}
 * @param createdAt wire {@code cTime}
 * @param updatedAt wire {@code uTime}
 */
public record Order(
    Symbol symbol,
    String orderId,
    Optional<String> clientOid,
    Optional<BigDecimal> price,
    BigDecimal size,
    BigDecimal filledSize,
    Optional<BigDecimal> averagePrice,
    Side side,
    Optional<TradeSide> tradeSide,
    OrderType orderType,
    TimeInForce force,
    OrderStatus status,
    boolean reduceOnly,
    Optional<MarginMode> marginMode,
    Optional<Integer> leverage,
    Optional<BigDecimal> fee,
    Optional<BigDecimal> pnl,
    Optional<BigDecimal> presetTakeProfitPrice,
    Optional<BigDecimal> presetStopLossPrice,
    Instant createdAt,
    Instant updatedAt) {

  /**
   * Validates that no component is null.
   *
   * @param symbol the order's market
   * @param orderId Bitget's id of the order
   * @param clientOid empty when Bitget sends {@code ""}
   * @param price the limit price; empty for market orders
   * @param size the order size, in base coin
   * @param filledSize REST {@code baseVolume}, WebSocket {@code accBaseVolume}
   * @param averagePrice the average fill price (wire {@code priceAvg}); empty until something fills,
   *     where Bitget sends {@code 0} or {@code ""}
   * @param side buy or sell
   * @param tradeSide open or close, in hedge mode; empty in one-way mode
   * @param orderType limit or market
   * @param force the time in force
   * @param status REST {@code state} or {@code status}, WebSocket {@code status}
   * @param reduceOnly wire {@code YES}/{@code NO}
   * @param marginMode isolated or crossed, when sent
   * @param leverage the leverage the order was placed with, when sent
   * @param fee REST {@code fee}, WebSocket {@code fillFee} (negative when paid)
   * @param pnl REST {@code totalProfits}, WebSocket {@code pnl}
   * @param presetTakeProfitPrice wire {@code presetStopSurplusPrice}
   * @param presetStopLossPrice wire {@code presetStopLossPrice}
   * @param createdAt wire {@code cTime}
   * @param updatedAt wire {@code uTime}
   */
  public Order {
    Objects.requireNonNull(symbol, "symbol == null");
    Objects.requireNonNull(orderId, "orderId == null");
    Objects.requireNonNull(clientOid, "clientOid == null");
    Objects.requireNonNull(price, "price == null");
    Objects.requireNonNull(size, "size == null");
    Objects.requireNonNull(filledSize, "filledSize == null");
    Objects.requireNonNull(averagePrice, "averagePrice == null");
    Objects.requireNonNull(side, "side == null");
    Objects.requireNonNull(tradeSide, "tradeSide == null");
    Objects.requireNonNull(orderType, "orderType == null");
    Objects.requireNonNull(force, "force == null");
    Objects.requireNonNull(status, "status == null");
    Objects.requireNonNull(marginMode, "marginMode == null");
    Objects.requireNonNull(leverage, "leverage == null");
    Objects.requireNonNull(fee, "fee == null");
    Objects.requireNonNull(pnl, "pnl == null");
    Objects.requireNonNull(presetTakeProfitPrice, "presetTakeProfitPrice == null");
    Objects.requireNonNull(presetStopLossPrice, "presetStopLossPrice == null");
    Objects.requireNonNull(createdAt, "createdAt == null");
    Objects.requireNonNull(updatedAt, "updatedAt == null");
  }

  /** {@return the size still to fill: {@code size - filledSize}, never negative} */
  public BigDecimal remainingSize() {
    BigDecimal remaining = size.subtract(filledSize);
    return remaining.signum() < 0 ? BigDecimal.ZERO : remaining;
  }
}
