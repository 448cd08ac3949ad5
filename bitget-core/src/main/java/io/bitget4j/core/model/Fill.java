package io.bitget4j.core.model;

import io.bitget4j.core.Symbol;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One of the account's own fills, from REST {@code order/fills} ({@code fillList}), V3
 * {@code trade/fills} ({@code list}), or the stream's fills (V2 channel {@code fill}, V3 topic
 * {@code fill}).
 *
 * @param symbol the contract
 * @param tradeId the fill's id (V3 {@code execId})
 * @param orderId the order that filled
 * @param price the fill price (V3 {@code execPrice})
 * @param size wire {@code baseVolume}, V3 {@code execQty}
 * @param side buy or sell
 * @param tradeSide open or close, when sent
 * @param fee the sum of {@code feeDetail[].totalFee} (V3 {@code feeDetail[].fee}, or wire
 *     {@code fee}); negative when paid
 * @param profit realised profit of this fill (V3 {@code execPnl})
 * @param role whether the fill made or took liquidity (wire {@code tradeScope}), when sent
 * @param timestamp wire {@code cTime}, V3 {@code createdTime} ({@code execTime} on the stream)
 */
public record Fill(
    Symbol symbol,
    String tradeId,
    String orderId,
    BigDecimal price,
    BigDecimal size,
    Side side,
    Optional<TradeSide> tradeSide,
    BigDecimal fee,
    BigDecimal profit,
    Optional<FillRole> role,
    Instant timestamp) {

  /**
   * Validates that no component is null.
   *
   * @param symbol the market of the fill
   * @param tradeId Bitget's id of the trade
   * @param orderId the id of the order that filled
   * @param price the fill price
   * @param size wire {@code baseVolume}
   * @param side the order's side
   * @param tradeSide open or close, in hedge mode; empty in one-way mode
   * @param fee the sum of {@code feeDetail[].totalFee} (or wire {@code fee}); negative when paid
   * @param profit realised profit of this fill
   * @param role whether the fill made or took liquidity (wire {@code tradeScope}), when sent
   * @param timestamp wire {@code cTime}
   */
  public Fill {
    Objects.requireNonNull(symbol, "symbol == null");
    Objects.requireNonNull(tradeId, "tradeId == null");
    Objects.requireNonNull(orderId, "orderId == null");
    Objects.requireNonNull(price, "price == null");
    Objects.requireNonNull(size, "size == null");
    Objects.requireNonNull(side, "side == null");
    Objects.requireNonNull(tradeSide, "tradeSide == null");
    Objects.requireNonNull(fee, "fee == null");
    Objects.requireNonNull(profit, "profit == null");
    Objects.requireNonNull(role, "role == null");
    Objects.requireNonNull(timestamp, "timestamp == null");
  }
}
