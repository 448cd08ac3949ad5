package io.bitget4j.core.model;

import io.bitget4j.core.Symbol;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * A public trade, from REST {@code market/fills} or the WebSocket {@code trade} channel.
 *
 * @param symbol the market of the trade
 * @param tradeId Bitget's id of the trade
 * @param price the trade price
 * @param size the traded size, in base coin
 * @param side the taker's side
 * @param timestamp when the trade happened (wire {@code ts})
 */
public record Trade(Symbol symbol, String tradeId, BigDecimal price, BigDecimal size, Side side, Instant timestamp) {
  /**
   * Validates that no component is null.
   *
   * @param symbol the market of the trade
   * @param tradeId Bitget's id of the trade
   * @param price the trade price
   * @param size the traded size, in base coin
   * @param side the taker's side
   * @param timestamp when the trade happened (wire {@code ts})
   */
  public Trade {
    Objects.requireNonNull(symbol, "symbol == null");
    Objects.requireNonNull(tradeId, "tradeId == null");
    Objects.requireNonNull(price, "price == null");
    Objects.requireNonNull(size, "size == null");
    Objects.requireNonNull(side, "side == null");
    Objects.requireNonNull(timestamp, "timestamp == null");
  }
}
