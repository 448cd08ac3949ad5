package io.bitget4j.core.model;

import io.bitget4j.core.Symbol;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * A forced liquidation in the market, from the unified account's public {@code liquidation} topic.
 *
 * @param symbol the contract
 * @param side {@link Side#BUY} when a long position was liquidated, {@link Side#SELL} for a short
 *     one (Bitget's {@code side})
 * @param price the liquidation price
 * @param amount the liquidated amount, as Bitget reports it ({@code amount})
 * @param timestamp when it happened (wire {@code ts})
 */
public record Liquidation(Symbol symbol, Side side, BigDecimal price, BigDecimal amount, Instant timestamp) {
  /**
   * Validates that no component is null.
   *
   * @param symbol the contract
   * @param side {@link Side#BUY} when a long position was liquidated, {@link Side#SELL} for a short one
   * @param price the liquidation price
   * @param amount the liquidated amount, as Bitget reports it
   * @param timestamp when it happened (wire {@code ts})
   */
  public Liquidation {
    Objects.requireNonNull(symbol, "symbol == null");
    Objects.requireNonNull(side, "side == null");
    Objects.requireNonNull(price, "price == null");
    Objects.requireNonNull(amount, "amount == null");
    Objects.requireNonNull(timestamp, "timestamp == null");
  }
}
