package io.bitget4j.core.model;

import io.bitget4j.core.Symbol;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * Open interest, from REST {@code market/open-interest}.
 *
 * @param symbol the perpetual's symbol
 * @param size open interest in base coin
 * @param timestamp when Bitget measured it (wire {@code ts})
 */
public record OpenInterest(Symbol symbol, BigDecimal size, Instant timestamp) {
  /**
   * Validates that no component is null.
   *
   * @param symbol the perpetual's symbol
   * @param size open interest in base coin
   * @param timestamp when Bitget measured it (wire {@code ts})
   */
  public OpenInterest {
    Objects.requireNonNull(symbol, "symbol == null");
    Objects.requireNonNull(size, "size == null");
    Objects.requireNonNull(timestamp, "timestamp == null");
  }
}
