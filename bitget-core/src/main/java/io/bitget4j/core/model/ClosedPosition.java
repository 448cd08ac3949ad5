package io.bitget4j.core.model;

import io.bitget4j.core.Symbol;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A position from the history of closed positions: REST {@code position/history-position} of a
 * classic (V2) or a unified (V3) account.
 *
 * @param symbol the contract
 * @param positionId the exchange's position id
 * @param holdSide long or short (V2 {@code holdSide}, V3 {@code posSide})
 * @param marginMode isolated or crossed, when sent
 * @param positionMode one-way or hedge (V2 {@code posMode}, V3 {@code holdMode}), when sent
 * @param openPrice the average opening price (V2 {@code openAvgPrice}, V3 {@code openPriceAvg})
 * @param closePrice the average closing price (V2 {@code closeAvgPrice}, V3 {@code closePriceAvg})
 * @param openedSize the total size opened (wire {@code openTotalPos})
 * @param closedSize the total size closed (wire {@code closeTotalPos})
 * @param realizedPnl the realised profit before fees and funding (V2 {@code pnl}, V3 {@code cumRealisedPnl})
 * @param netProfit the profit after fees and funding (wire {@code netProfit}), when sent
 * @param totalFunding the funding over the position's life (wire {@code totalFunding}), when sent
 * @param openFee the opening fees (V2 {@code openFee}, V3 {@code openFeeTotal}), when sent
 * @param closeFee the closing fees (V2 {@code closeFee}, V3 {@code closeFeeTotal}), when sent
 * @param createdAt when the position was opened (V2 {@code cTime}, V3 {@code createdTime})
 * @param updatedAt the last change (V2 {@code uTime}, V3 {@code updatedTime})
 */
public record ClosedPosition(
    Symbol symbol,
    String positionId,
    HoldSide holdSide,
    Optional<MarginMode> marginMode,
    Optional<PositionMode> positionMode,
    BigDecimal openPrice,
    BigDecimal closePrice,
    BigDecimal openedSize,
    BigDecimal closedSize,
    BigDecimal realizedPnl,
    Optional<BigDecimal> netProfit,
    Optional<BigDecimal> totalFunding,
    Optional<BigDecimal> openFee,
    Optional<BigDecimal> closeFee,
    Instant createdAt,
    Instant updatedAt) {

  /**
   * Validates that no component is null.
   *
   * @param symbol the contract
   * @param positionId the exchange's position id
   * @param holdSide long or short (V2 {@code holdSide}, V3 {@code posSide})
   * @param marginMode isolated or crossed, when sent
   * @param positionMode one-way or hedge (V2 {@code posMode}, V3 {@code holdMode}), when sent
   * @param openPrice the average opening price (V2 {@code openAvgPrice}, V3 {@code openPriceAvg})
   * @param closePrice the average closing price (V2 {@code closeAvgPrice}, V3 {@code closePriceAvg})
   * @param openedSize the total size opened (wire {@code openTotalPos})
   * @param closedSize the total size closed (wire {@code closeTotalPos})
   * @param realizedPnl the realised profit before fees and funding (V2 {@code pnl}, V3 {@code cumRealisedPnl})
   * @param netProfit the profit after fees and funding (wire {@code netProfit}), when sent
   * @param totalFunding the funding over the position's life (wire {@code totalFunding}), when sent
   * @param openFee the opening fees (V2 {@code openFee}, V3 {@code openFeeTotal}), when sent
   * @param closeFee the closing fees (V2 {@code closeFee}, V3 {@code closeFeeTotal}), when sent
   * @param createdAt when the position was opened (V2 {@code cTime}, V3 {@code createdTime})
   * @param updatedAt the last change (V2 {@code uTime}, V3 {@code updatedTime})
   */
  public ClosedPosition {
    Objects.requireNonNull(symbol, "symbol == null");
    Objects.requireNonNull(positionId, "positionId == null");
    Objects.requireNonNull(holdSide, "holdSide == null");
    Objects.requireNonNull(marginMode, "marginMode == null");
    Objects.requireNonNull(positionMode, "positionMode == null");
    Objects.requireNonNull(openPrice, "openPrice == null");
    Objects.requireNonNull(closePrice, "closePrice == null");
    Objects.requireNonNull(openedSize, "openedSize == null");
    Objects.requireNonNull(closedSize, "closedSize == null");
    Objects.requireNonNull(realizedPnl, "realizedPnl == null");
    Objects.requireNonNull(netProfit, "netProfit == null");
    Objects.requireNonNull(totalFunding, "totalFunding == null");
    Objects.requireNonNull(openFee, "openFee == null");
    Objects.requireNonNull(closeFee, "closeFee == null");
    Objects.requireNonNull(createdAt, "createdAt == null");
    Objects.requireNonNull(updatedAt, "updatedAt == null");
  }
}
