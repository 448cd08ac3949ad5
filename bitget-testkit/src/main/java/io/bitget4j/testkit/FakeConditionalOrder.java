package io.bitget4j.testkit;

import io.bitget4j.core.Symbol;
import io.bitget4j.core.model.ConditionalOrderKind;
import io.bitget4j.core.model.ConditionalOrderStatus;
import io.bitget4j.core.model.HoldSide;
import io.bitget4j.core.model.Side;
import io.bitget4j.core.model.TriggerPriceType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A conditional order (take-profit, stop-loss, trigger order, trailing stop) as {@link FakeBitget}
 * holds it, for assertions, whichever API placed it.
 *
 * @param orderId the id the fake gave the order
 * @param clientOid the client order id, empty when none was sent
 * @param symbol the order's market
 * @param kind what it does when it fires; a unified account's order with both legs is
 *     {@link ConditionalOrderKind#TAKE_PROFIT_AND_STOP_LOSS}
 * @param status {@code LIVE}, {@code TRIGGERED} (its order rests), {@code FILLED}, {@code CANCELLED} or {@code FAILED}
 * @param positionSide the position it protects, or the hedge-mode position a trigger order opens or
 *     closes; empty for a one-way trigger order
 * @param side the direction of the order it places when it fires
 * @param triggerPrice the price that fires it (a trailing stop's activation price; the take-profit's
 *     when it has both legs)
 * @param triggerPriceType the price it watches
 * @param limitPrice the limit price of the order it places; empty for market
 * @param size its size; empty for a TP/SL of the whole position
 * @param callbackRatio a trailing stop's pullback in percent
 * @param executedOrderId the order it placed when it fired
 * @param fillPrice the price that order filled at, once it did
 * @param createdAt when the fake accepted it
 * @param updatedAt when it last changed
 */
public record FakeConditionalOrder(
    String orderId,
    String clientOid,
    Symbol symbol,
    ConditionalOrderKind kind,
    ConditionalOrderStatus status,
    Optional<HoldSide> positionSide,
    Side side,
    BigDecimal triggerPrice,
    TriggerPriceType triggerPriceType,
    Optional<BigDecimal> limitPrice,
    Optional<BigDecimal> size,
    Optional<BigDecimal> callbackRatio,
    Optional<String> executedOrderId,
    Optional<BigDecimal> fillPrice,
    Instant createdAt,
    Instant updatedAt) {

  /**
   * Validates that no component is null.
   *
   * @param orderId the id the fake gave the order
   * @param clientOid the client order id, empty when none was sent
   * @param symbol the order's market
   * @param kind what it does when it fires
   * @param status its state
   * @param positionSide the position it belongs to, when it does
   * @param side the direction of the order it places
   * @param triggerPrice the price that fires it
   * @param triggerPriceType the price it watches
   * @param limitPrice the limit price of the order it places; empty for market
   * @param size its size; empty for the whole position
   * @param callbackRatio a trailing stop's pullback in percent
   * @param executedOrderId the order it placed when it fired
   * @param fillPrice the price that order filled at
   * @param createdAt when the fake accepted it
   * @param updatedAt when it last changed
   */
  public FakeConditionalOrder {
    Objects.requireNonNull(orderId, "orderId == null");
    Objects.requireNonNull(clientOid, "clientOid == null");
    Objects.requireNonNull(symbol, "symbol == null");
    Objects.requireNonNull(kind, "kind == null");
    Objects.requireNonNull(status, "status == null");
    Objects.requireNonNull(positionSide, "positionSide == null");
    Objects.requireNonNull(side, "side == null");
    Objects.requireNonNull(triggerPrice, "triggerPrice == null");
    Objects.requireNonNull(triggerPriceType, "triggerPriceType == null");
    Objects.requireNonNull(limitPrice, "limitPrice == null");
    Objects.requireNonNull(size, "size == null");
    Objects.requireNonNull(callbackRatio, "callbackRatio == null");
    Objects.requireNonNull(executedOrderId, "executedOrderId == null");
    Objects.requireNonNull(fillPrice, "fillPrice == null");
    Objects.requireNonNull(createdAt, "createdAt == null");
    Objects.requireNonNull(updatedAt, "updatedAt == null");
  }
}
