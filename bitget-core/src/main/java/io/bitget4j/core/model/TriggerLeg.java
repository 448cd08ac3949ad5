package io.bitget4j.core.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One trigger of a conditional order: the price that fires it, which price is watched, and how the
 * order it places executes.
 *
 * @param triggerPrice the price that fires the leg (V2 {@code triggerPrice}, V3 {@code takeProfit},
 *     {@code stopLoss} or {@code triggerPrice}); the activation price of a trailing stop
 * @param priceType the price watched (V2 {@code triggerType}, V3 {@code tpTriggerBy},
 *     {@code slTriggerBy} or {@code triggerBy}); {@link TriggerPriceType#UNKNOWN} when Bitget sends none
 * @param limitPrice the limit price of the order placed on triggering (V2 {@code executePrice},
 *     V3 {@code tpLimitPrice}, {@code slLimitPrice} or {@code triggerOrderPrice}); empty when it
 *     executes at market
 */
public record TriggerLeg(BigDecimal triggerPrice, TriggerPriceType priceType, Optional<BigDecimal> limitPrice) {
  /**
   * Validates that no component is null.
   *
   * @param triggerPrice the price that fires the leg
   * @param priceType the price watched
   * @param limitPrice the limit price of the order placed on triggering; empty for market
   */
  public TriggerLeg {
    Objects.requireNonNull(triggerPrice, "triggerPrice == null");
    Objects.requireNonNull(priceType, "priceType == null");
    Objects.requireNonNull(limitPrice, "limitPrice == null");
  }

  /** {@return whether the order placed on triggering executes at market} */
  public boolean isMarket() {
    return limitPrice.isEmpty();
  }
}
