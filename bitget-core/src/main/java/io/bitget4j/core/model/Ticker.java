package io.bitget4j.core.model;

import io.bitget4j.core.Symbol;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A futures ticker, from REST {@code market/ticker(s)} or the WebSocket {@code ticker} channel.
 * Prices and sizes are exact decimals from the wire text; values Bitget may omit are optional.
 *
 * @param symbol the perpetual's symbol
 * @param lastPrice the last traded price (wire {@code lastPr})
 * @param bidPrice the best bid (wire {@code bidPr})
 * @param askPrice the best ask (wire {@code askPr})
 * @param bidSize the size at the best bid (wire {@code bidSz})
 * @param askSize the size at the best ask (wire {@code askSz})
 * @param high24h the highest price of the last 24 hours
 * @param low24h the lowest price of the last 24 hours
 * @param open24h the price 24 hours ago
 * @param change24h the 24-hour change as a ratio ({@code 0.0123} is 1.23 %), wire {@code change24h}
 * @param markPrice the mark price, when sent
 * @param indexPrice the index price, when sent
 * @param fundingRate the current funding rate as a ratio, when sent
 * @param baseVolume the size traded in the last 24 hours, in base coin
 * @param quoteVolume the value traded in the last 24 hours, in quote coin
 * @param holdingAmount the open interest in base coin, when sent
 * @param timestamp when Bitget produced the ticker (wire {@code ts})
 */
public record Ticker(
    Symbol symbol,
    BigDecimal lastPrice,
    BigDecimal bidPrice,
    BigDecimal askPrice,
    BigDecimal bidSize,
    BigDecimal askSize,
    BigDecimal high24h,
    BigDecimal low24h,
    BigDecimal open24h,
    Optional<BigDecimal> change24h,
    Optional<BigDecimal> markPrice,
    Optional<BigDecimal> indexPrice,
    Optional<BigDecimal> fundingRate,
    BigDecimal baseVolume,
    BigDecimal quoteVolume,
    Optional<BigDecimal> holdingAmount,
    Instant timestamp) {

  /**
   * Validates that no component is null.
   *
   * @param symbol the perpetual's symbol
   * @param lastPrice the last traded price (wire {@code lastPr})
   * @param bidPrice the best bid (wire {@code bidPr})
   * @param askPrice the best ask (wire {@code askPr})
   * @param bidSize the size at the best bid (wire {@code bidSz})
   * @param askSize the size at the best ask (wire {@code askSz})
   * @param high24h the highest price of the last 24 hours
   * @param low24h the lowest price of the last 24 hours
   * @param open24h the price 24 hours ago
   * @param change24h the 24-hour change as a ratio ({@code 0.0123} is 1.23 %), wire {@code change24h}
   * @param markPrice the mark price, when sent
   * @param indexPrice the index price, when sent
   * @param fundingRate the current funding rate as a ratio, when sent
   * @param baseVolume the size traded in the last 24 hours, in base coin
   * @param quoteVolume the value traded in the last 24 hours, in quote coin
   * @param holdingAmount the open interest in base coin, when sent
   * @param timestamp when Bitget produced the ticker (wire {@code ts})
   */
  public Ticker {
    Objects.requireNonNull(symbol, "symbol == null");
    Objects.requireNonNull(lastPrice, "lastPrice == null");
    Objects.requireNonNull(bidPrice, "bidPrice == null");
    Objects.requireNonNull(askPrice, "askPrice == null");
    Objects.requireNonNull(bidSize, "bidSize == null");
    Objects.requireNonNull(askSize, "askSize == null");
    Objects.requireNonNull(high24h, "high24h == null");
    Objects.requireNonNull(low24h, "low24h == null");
    Objects.requireNonNull(open24h, "open24h == null");
    Objects.requireNonNull(change24h, "change24h == null");
    Objects.requireNonNull(markPrice, "markPrice == null");
    Objects.requireNonNull(indexPrice, "indexPrice == null");
    Objects.requireNonNull(fundingRate, "fundingRate == null");
    Objects.requireNonNull(baseVolume, "baseVolume == null");
    Objects.requireNonNull(quoteVolume, "quoteVolume == null");
    Objects.requireNonNull(holdingAmount, "holdingAmount == null");
    Objects.requireNonNull(timestamp, "timestamp == null");
  }
}
