package io.bitget4j.core.model;

import io.bitget4j.core.Symbol;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An execution of one of the account's orders as the unified account's {@code fast-fill} topic
 * pushes it: sooner than the {@code fill} topic, without the fee and realised profit that a
 * {@link Fill} carries.
 *
 * @param symbol the contract
 * @param tradeId the execution's id (wire {@code execId}), the same as the later {@link Fill}'s
 * @param orderId the order that filled
 * @param clientOid the order's client id, when it has one
 * @param price the execution price (wire {@code execPrice})
 * @param size the executed size, in base coin (wire {@code execQty})
 * @param side the order's side
 * @param holdSide the side of the position the execution belongs to (wire {@code holdSide}), when
 *     sent
 * @param role whether the execution made or took liquidity (wire {@code tradeScope}), when sent
 * @param timestamp when it executed (wire {@code execTime})
 */
public record FastFill(
    Symbol symbol,
    String tradeId,
    String orderId,
    Optional<String> clientOid,
    BigDecimal price,
    BigDecimal size,
    Side side,
    Optional<HoldSide> holdSide,
    Optional<FillRole> role,
    Instant timestamp) {

  /**
   * Validates that no component is null.
   *
   * @param symbol the contract
   * @param tradeId the execution's id (wire {@code execId})
   * @param orderId the order that filled
   * @param clientOid the order's client id, when it has one
   * @param price the execution price (wire {@code execPrice})
   * @param size the executed size, in base coin (wire {@code execQty})
   * @param side the order's side
   * @param holdSide the side of the position the execution belongs to, when sent
   * @param role whether the execution made or took liquidity, when sent
   * @param timestamp when it executed (wire {@code execTime})
   */
  public FastFill {
    Objects.requireNonNull(symbol, "symbol == null");
    Objects.requireNonNull(tradeId, "tradeId == null");
    Objects.requireNonNull(orderId, "orderId == null");
    Objects.requireNonNull(clientOid, "clientOid == null");
    Objects.requireNonNull(price, "price == null");
    Objects.requireNonNull(size, "size == null");
    Objects.requireNonNull(side, "side == null");
    Objects.requireNonNull(holdSide, "holdSide == null");
    Objects.requireNonNull(role, "role == null");
    Objects.requireNonNull(timestamp, "timestamp == null");
  }
}
