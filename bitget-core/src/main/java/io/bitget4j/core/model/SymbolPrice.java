package io.bitget4j.core.model;

import io.bitget4j.core.Symbol;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * Last, index and mark price, from REST {@code market/symbol-price}.
 *
 * @param symbol the perpetual's symbol
 * @param price the last traded price
 * @param indexPrice the index price, from the spot markets
 * @param markPrice the mark price, which drives unrealised PnL and liquidation
 * @param timestamp when Bitget produced the prices (wire {@code ts})
 */
public record SymbolPrice(Symbol symbol, BigDecimal price, BigDecimal indexPrice, BigDecimal markPrice, Instant timestamp) {
  /**
   * Validates that no component is null.
   *
   * @param symbol the perpetual's symbol
   * @param price the last traded price
   * @param indexPrice the index price, from the spot markets
   * @param markPrice the mark price, which drives unrealised PnL and liquidation
   * @param timestamp when Bitget produced the prices (wire {@code ts})
   */
  public SymbolPrice {
    Objects.requireNonNull(symbol, "symbol == null");
    Objects.requireNonNull(price, "price == null");
    Objects.requireNonNull(indexPrice, "indexPrice == null");
    Objects.requireNonNull(markPrice, "markPrice == null");
    Objects.requireNonNull(timestamp, "timestamp == null");
  }
}
