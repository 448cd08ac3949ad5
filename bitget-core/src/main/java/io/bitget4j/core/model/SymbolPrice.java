package io.bitget4j.core.model;

import io.bitget4j.core.Symbol;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * Last, index and mark price, from REST {@code market/symbol-price}.
 *
 * @param price the last traded price
 */
public record SymbolPrice(Symbol symbol, BigDecimal price, BigDecimal indexPrice, BigDecimal markPrice, Instant timestamp) {
  /** Validates that no component is null. */
  public SymbolPrice {
    Objects.requireNonNull(symbol, "symbol == null");
    Objects.requireNonNull(price, "price == null");
    Objects.requireNonNull(indexPrice, "indexPrice == null");
    Objects.requireNonNull(markPrice, "markPrice == null");
    Objects.requireNonNull(timestamp, "timestamp == null");
  }
}
