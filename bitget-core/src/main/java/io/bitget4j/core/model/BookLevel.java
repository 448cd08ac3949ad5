package io.bitget4j.core.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One price level of an order book: a price and the size resting there.
 *
 * @param price the level's price
 * @param size the size resting at that price, in base coin
 */
public record BookLevel(BigDecimal price, BigDecimal size) {
  /**
   * Validates that no component is null.
   *
   * @param price the level's price
   * @param size the size resting at that price, in base coin
   */
  public BookLevel {
    Objects.requireNonNull(price, "price == null");
    Objects.requireNonNull(size, "size == null");
  }
}
