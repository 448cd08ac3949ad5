package io.bitget4j.core.model;

import io.bitget4j.core.Symbol;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A conditional order: a take-profit, stop-loss, trigger (plan) order or trailing stop, from a
 * classic account's (V2) {@code orders-plan-pending} and {@code orders-plan-history}, or a unified
 * account's (V3) {@code unfilled-strategy-orders} and {@code history-strategy-orders}.
 *
 * <p>Its triggers are legs: a take-profit has a {@link #takeProfit()} leg, a stop-loss a
 * {@link #stopLoss()} leg, a unified account's TP/SL order may have both, and a trigger order or
 * trailing stop has a {@link #trigger()} leg (for a trailing stop, the activation price), to which a
 * classic account's trigger order may attach a take-profit and a stop-loss for the position it
 * opens. {@link #primaryLeg()} is the one that fires the order.
 *
 * @param symbol the contract
 * @param orderId the exchange's id of the conditional order
 * @param clientOid empty when Bitget sends {@code ""}
 * @param kind what the order does when triggered (V2 {@code planType}; V3 read from its legs)
 * @param status its state (V2 {@code planStatus}, V3 {@code status}); {@link ConditionalOrderStatus#UNKNOWN}
 *     on V3 history rows that carry none
 * @param side buy or sell as Bitget reports it, when it does (V2 hedge mode: the position's direction,
 *     with {@link #tradeSide()})
 * @param tradeSide open or close, when Bitget reports it (V2 hedge mode)
 * @param positionSide the position the order belongs to (V2 {@code posSide}, V3 {@code posSide}):
 *     long, short, or V2's one-way {@code net}; empty when Bitget sends none
 * @param size the size in base coin (V2 {@code size}, V3 {@code qty}); empty for a take-profit or
 *     stop-loss of the whole position, which closes whatever size the position has when it triggers
 * @param trigger the trigger of a trigger order or the activation of a trailing stop
 * @param takeProfit the take-profit leg, or the take-profit a trigger order attaches
 * @param stopLoss the stop-loss leg, or the stop-loss a trigger order attaches
 * @param callbackRatio a trailing stop's pullback in percent of the best price (V2 {@code callbackRatio},
 *     {@code rangeRate}): {@code 1.5} is 1.5 %
 * @param executedOrderId the order placed when it triggered (V2 {@code executeOrderId}), when sent
 * @param averagePrice the average fill price of that order (V2 {@code priceAvg}), when sent and not zero
 * @param filledSize the size that order filled (V2 {@code baseVolume}), when sent
 * @param createdAt V2 {@code cTime}, V3 {@code createdTime}
 * @param updatedAt V2 {@code uTime}, V3 {@code updatedTime}; the creation time when Bitget sends none
 */
public record ConditionalOrder(
    Symbol symbol,
    String orderId,
    Optional<String> clientOid,
    ConditionalOrderKind kind,
    ConditionalOrderStatus status,
    Optional<Side> side,
    Optional<TradeSide> tradeSide,
    Optional<HoldSide> positionSide,
    Optional<BigDecimal> size,
    Optional<TriggerLeg> trigger,
    Optional<TriggerLeg> takeProfit,
    Optional<TriggerLeg> stopLoss,
    Optional<BigDecimal> callbackRatio,
    Optional<String> executedOrderId,
    Optional<BigDecimal> averagePrice,
    Optional<BigDecimal> filledSize,
    Instant createdAt,
    Instant updatedAt) {

  /**
   * Validates that no component is null and that the order has the leg that fires it.
   *
   * @param symbol the contract
   * @param orderId the exchange's id of the conditional order
   * @param clientOid empty when Bitget sends {@code ""}
   * @param kind what the order does when triggered
   * @param status its state
   * @param side buy or sell as Bitget reports it, when it does
   * @param tradeSide open or close, when Bitget reports it
   * @param positionSide the position the order belongs to, when sent
   * @param size the size in base coin; empty for the whole position
   * @param trigger the trigger of a trigger order or the activation of a trailing stop
   * @param takeProfit the take-profit leg
   * @param stopLoss the stop-loss leg
   * @param callbackRatio a trailing stop's pullback in percent
   * @param executedOrderId the order placed when it triggered, when sent
   * @param averagePrice the average fill price of that order, when sent
   * @param filledSize the size that order filled, when sent
   * @param createdAt when it was placed
   * @param updatedAt when it last changed
   */
  public ConditionalOrder {
    Objects.requireNonNull(symbol, "symbol == null");
    Objects.requireNonNull(orderId, "orderId == null");
    Objects.requireNonNull(clientOid, "clientOid == null");
    Objects.requireNonNull(kind, "kind == null");
    Objects.requireNonNull(status, "status == null");
    Objects.requireNonNull(side, "side == null");
    Objects.requireNonNull(tradeSide, "tradeSide == null");
    Objects.requireNonNull(positionSide, "positionSide == null");
    Objects.requireNonNull(size, "size == null");
    Objects.requireNonNull(trigger, "trigger == null");
    Objects.requireNonNull(takeProfit, "takeProfit == null");
    Objects.requireNonNull(stopLoss, "stopLoss == null");
    Objects.requireNonNull(callbackRatio, "callbackRatio == null");
    Objects.requireNonNull(executedOrderId, "executedOrderId == null");
    Objects.requireNonNull(averagePrice, "averagePrice == null");
    Objects.requireNonNull(filledSize, "filledSize == null");
    Objects.requireNonNull(createdAt, "createdAt == null");
    Objects.requireNonNull(updatedAt, "updatedAt == null");
    if (trigger.isEmpty() && takeProfit.isEmpty() && stopLoss.isEmpty()) {
      throw new IllegalArgumentException("a conditional order needs a trigger, take-profit or stop-loss leg");
    }
  }

  /**
   * {@return the leg that fires the order: the trigger of a trigger order or trailing stop, else
   * the take-profit, else the stop-loss}
   */
  public TriggerLeg primaryLeg() {
    return trigger.or(() -> takeProfit).or(() -> stopLoss).orElseThrow();
  }

  /** {@return the price that fires the order: that of {@link #primaryLeg()}} */
  public BigDecimal triggerPrice() {
    return primaryLeg().triggerPrice();
  }

  /** {@return whether the order closes whatever size its position has when it triggers (no size)} */
  public boolean wholePosition() {
    return size.isEmpty();
  }
}
