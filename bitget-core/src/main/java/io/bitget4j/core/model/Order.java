package io.bitget4j.core.model;

import io.bitget4j.core.Symbol;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An order, from REST {@code order/detail}, {@code orders-pending}, {@code orders-history} or the
 * WebSocket {@code orders} channel of a classic account (V2), or REST {@code trade/order-info},
 * {@code unfilled-orders} and {@code history-orders} of a unified account (V3).
 *
 * <p>{@link #side()} is the side as Bitget reports it. In one-way mode that is the direction of the
 * trade on both APIs. In hedge mode a classic account reports the position's direction with
 * {@link #tradeSide()} (closing a long is {@code buy} + {@code close}), a unified account the
 * trade's direction with the position side (closing a long is {@code sell} on the {@code long}
 * side); {@link #positionSide()} names the position either way.
 *
 * @param symbol the contract
 * @param orderId the exchange's order id
 * @param clientOid empty when Bitget sends {@code ""}
 * @param price the limit price; empty for market orders
 * @param size the order size in base coin (V2 {@code size}, V3 {@code qty})
 * @param filledSize REST {@code baseVolume}, WebSocket {@code accBaseVolume}, V3 {@code cumExecQty}
 * @param averagePrice wire {@code priceAvg}, V3 {@code avgPrice}; empty while nothing is filled
 * @param side buy or sell, as Bitget reports it (see above)
 * @param tradeSide open or close, when Bitget reports it
 * @param orderType limit or market
 * @param force the time in force (V3 {@code timeInForce})
 * @param status REST {@code state} or {@code status}, WebSocket {@code status}, V3 {@code orderStatus}
 * @param reduceOnly wire {@code YES}/{@code NO} (V3 also lower case)
 * @param marginMode isolated or crossed, when Bitget reports it
 * @param leverage the leverage, when Bitget reports it
 * @param fee REST {@code fee}, WebSocket {@code fillFee}, V3 the sum of {@code feeDetail[].fee}
 *     (negative when paid)
 * @param pnl REST {@code totalProfits}, WebSocket {@code pnl}
 * @param presetTakeProfitPrice wire {@code presetStopSurplusPrice}, V3 {@code takeProfit}
 * @param presetStopLossPrice wire {@code presetStopLossPrice}, V3 {@code stopLoss}
 * @param createdAt wire {@code cTime}, V3 {@code createdTime}
 * @param updatedAt wire {@code uTime}, V3 {@code updatedTime}
 * @param positionSide the position the order belongs to: wire {@code posSide} ({@code long},
 *     {@code short}, V2 one-way {@code net}); empty when Bitget sends none
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
    Instant updatedAt,
    Optional<HoldSide> positionSide) {

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
   * @param positionSide the position the order belongs to (wire {@code posSide}); empty when Bitget
   *     sends none
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
    Objects.requireNonNull(positionSide, "positionSide == null");
  }

  /**
   * An order without a reported position side: the form before {@link #positionSide()} was added.
   *
   * @param symbol see the record's components
   * @param orderId see the record's components
   * @param clientOid see the record's components
   * @param price see the record's components
   * @param size see the record's components
   * @param filledSize see the record's components
   * @param averagePrice see the record's components
   * @param side see the record's components
   * @param tradeSide see the record's components
   * @param orderType see the record's components
   * @param force see the record's components
   * @param status see the record's components
   * @param reduceOnly see the record's components
   * @param marginMode see the record's components
   * @param leverage see the record's components
   * @param fee see the record's components
   * @param pnl see the record's components
   * @param presetTakeProfitPrice see the record's components
   * @param presetStopLossPrice see the record's components
   * @param createdAt see the record's components
   * @param updatedAt see the record's components
   */
  public Order(Symbol symbol, String orderId, Optional<String> clientOid, Optional<BigDecimal> price,
      BigDecimal size, BigDecimal filledSize, Optional<BigDecimal> averagePrice, Side side,
      Optional<TradeSide> tradeSide, OrderType orderType, TimeInForce force, OrderStatus status, boolean reduceOnly,
      Optional<MarginMode> marginMode, Optional<Integer> leverage, Optional<BigDecimal> fee, Optional<BigDecimal> pnl,
      Optional<BigDecimal> presetTakeProfitPrice, Optional<BigDecimal> presetStopLossPrice, Instant createdAt,
      Instant updatedAt) {
    this(symbol, orderId, clientOid, price, size, filledSize, averagePrice, side, tradeSide, orderType, force,
        status, reduceOnly, marginMode, leverage, fee, pnl, presetTakeProfitPrice, presetStopLossPrice, createdAt,
        updatedAt, Optional.empty());
  }

  /** {@return the size still to fill: {@code size - filledSize}, never negative} */
  public BigDecimal remainingSize() {
    BigDecimal remaining = size.subtract(filledSize);
    return remaining.signum() < 0 ? BigDecimal.ZERO : remaining;
  }
}
