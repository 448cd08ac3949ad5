package io.bitget4j.core.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * One candle, from REST {@code market/candles} or a WebSocket {@code candle*} channel. On the
 * wire each candle is an array {@code [ts, open, high, low, close, baseVolume, quoteVolume, ...]}.
 *
 * @param openTime the start of the candle's interval
 * @param open the first price of the interval
 * @param high the highest price of the interval
 * @param low the lowest price of the interval
 * @param close the last price of the interval, or the latest one while it is still open
 * @param baseVolume the traded size, in base coin
 * @param quoteVolume the traded value, in quote coin
 */
public record Candle(
    Instant openTime,
    BigDecimal open,
    BigDecimal high,
    BigDecimal low,
    BigDecimal close,
    BigDecimal baseVolume,
    BigDecimal quoteVolume) {

  /**
   * Validates that no component is null.
   *
   * @param openTime the start of the candle's interval
   * @param open the first price of the interval
   * @param high the highest price of the interval
   * @param low the lowest price of the interval
   * @param close the last price of the interval, or the latest one while it is still open
   * @param baseVolume the traded size, in base coin
   * @param quoteVolume the traded value, in quote coin
   */
  public Candle {
    Objects.requireNonNull(openTime, "openTime == null");
    Objects.requireNonNull(open, "open == null");
    Objects.requireNonNull(high, "high == null");
    Objects.requireNonNull(low, "low == null");
    Objects.requireNonNull(close, "close == null");
    Objects.requireNonNull(baseVolume, "baseVolume == null");
    Objects.requireNonNull(quoteVolume, "quoteVolume == null");
  }
}
