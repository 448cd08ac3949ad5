package io.bitget4j.testkit;

import io.bitget4j.core.Symbol;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * An order as {@link FakeBitget} holds it, for assertions. Text fields carry Bitget's V2 values
 * whichever API placed the order ({@code side} is {@code buy}/{@code sell}, in hedge mode the
 * position's direction as V2 has it, so a V3 sell that closes a long shows {@code buy} with
 * {@code tradeSide} {@code close}; {@code status} is {@code live}, {@code filled} or
 * {@code canceled}); {@code clientOid} is empty when none was sent, {@code price} is zero for a
 * market order and {@code priceAvg} zero until the order fills.
 *
 * @param orderId the id the fake gave the order
 * @param clientOid the client order id, empty when none was sent
 * @param symbol the order's market
 * @param side {@code buy} or {@code sell}
 * @param tradeSide {@code open} or {@code close} in hedge mode, empty in one-way mode
 * @param orderType {@code limit} or {@code market}
 * @param force the time in force, such as {@code gtc}
 * @param size the order size, in base coin
 * @param price the limit price; zero for a market order
 * @param reduceOnly whether the order may only reduce a position
 * @param status {@code live}, {@code partially_filled}, {@code filled} or {@code canceled}
 * @param filledSize the size filled so far
 * @param priceAvg the average fill price; zero until the order fills
 * @param fee the fee paid so far, negative
 * @param createdAt when the fake accepted the order
 * @param updatedAt when the order last changed
 */
public record FakeOrder(
    String orderId,
    String clientOid,
    Symbol symbol,
    String side,
    String tradeSide,
    String orderType,
    String force,
    BigDecimal size,
    BigDecimal price,
    boolean reduceOnly,
    String status,
    BigDecimal filledSize,
    BigDecimal priceAvg,
    BigDecimal fee,
    Instant createdAt,
    Instant updatedAt) {
  /**
   * Checks that no component is null.
   *
   * @param orderId the id the fake gave the order
   * @param clientOid the client order id, empty when none was sent
   * @param symbol the order's market
   * @param side {@code buy} or {@code sell}
   * @param tradeSide {@code open} or {@code close} in hedge mode, empty in one-way mode
   * @param orderType {@code limit} or {@code market}
   * @param force the time in force, such as {@code gtc}
   * @param size the order size, in base coin
   * @param price the limit price; zero for a market order
   * @param reduceOnly whether the order may only reduce a position
   * @param status {@code live}, {@code partially_filled}, {@code filled} or {@code canceled}
   * @param filledSize the size filled so far
   * @param priceAvg the average fill price; zero until the order fills
   * @param fee the fee paid so far, negative
   * @param createdAt when the fake accepted the order
   * @param updatedAt when the order last changed
   */
  public FakeOrder {
    Objects.requireNonNull(orderId, "orderId == null");
    Objects.requireNonNull(clientOid, "clientOid == null");
    Objects.requireNonNull(symbol, "symbol == null");
    Objects.requireNonNull(side, "side == null");
    Objects.requireNonNull(tradeSide, "tradeSide == null");
    Objects.requireNonNull(orderType, "orderType == null");
    Objects.requireNonNull(force, "force == null");
    Objects.requireNonNull(size, "size == null");
    Objects.requireNonNull(price, "price == null");
    Objects.requireNonNull(status, "status == null");
    Objects.requireNonNull(filledSize, "filledSize == null");
    Objects.requireNonNull(priceAvg, "priceAvg == null");
    Objects.requireNonNull(fee, "fee == null");
    Objects.requireNonNull(createdAt, "createdAt == null");
    Objects.requireNonNull(updatedAt, "updatedAt == null");
  }
}
