package io.bitget4j.core.model;

import io.bitget4j.core.Symbol;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * Open interest, from REST {@code market/open-interest}.
 *
 * @param size open interest in base coin
 */
public record OpenInterest(Symbol symbol, BigDecimal size, Instant timestamp) {
  /** Validates that no component is null. */
  public OpenInterest {
    Objects.requireNonNull(symbol, "symbol == null");
    Objects.requireNonNull(size, "size == null");
    Objects.requireNonNull(timestamp, "timestamp == null");
  }
}
