package io.bitget4j.core.model;

import io.bitget4j.core.Symbol;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An open position, from REST {@code position/all-position} and {@code single-position} or the
 * WebSocket {@code positions} channel of a classic account (V2), or REST
 * {@code position/current-position} of a unified account (V3).
 *
 * @param symbol the contract
 * @param holdSide long or short (V3 {@code posSide}); V2 one-way pushes may say net
 * @param marginMode isolated or crossed
 * @param positionMode one-way or hedge (V2 {@code posMode}, V3 {@code holdMode})
 * @param size the position size in base coin (wire {@code total})
 * @param available the part of {@code size} that can be closed now
 * @param entryPrice the average entry price (V2 {@code openPriceAvg}, V3 {@code avgPrice})
 * @param leverage the leverage
 * @param unrealizedPnl V2 {@code unrealizedPL}, V3 {@code unrealisedPnl}
 * @param liquidationPrice the estimated liquidation price; empty when Bitget sends none, zero or
 *     less (no liquidation at the current risk)
 * @param margin the margin held (V2 {@code marginSize}, V3 {@code positionBalance})
 * @param markPrice the mark price from REST ({@code markPrice}); always empty on a position from
 *     the WebSocket {@code positions} channel, whose pushes do not carry it: take it from the
 *     symbol's ticker ({@code Ticker.markPrice()}), or use bitget-ws's {@code PositionRisk}, which
 *     derives one
 * @param marginRatio REST {@code marginRatio}, WebSocket {@code marginRate}; V3 sends none
 * @param keepMarginRate the maintenance margin rate (V2 {@code keepMarginRate}, V3 {@code mmr})
 * @param achievedProfits realised profit so far (V3 {@code curRealisedPnl})
 * @param breakEvenPrice the break-even price, when sent
 * @param createdAt wire {@code cTime}, V3 {@code createdTime}
 * @param updatedAt wire {@code uTime}, V3 {@code updatedTime}
 * @param totalFunding the funding paid (negative) or received over the position's life (V2
 *     {@code totalFee}, V3 {@code totalFunding}), when sent
 * @param openFee the fees of opening the position, V3 {@code openFeeTotal} (negative when paid)
 * @param closeFee the fees of closing so far, V3 {@code closeFeeTotal} (negative when paid)
 */
public record Position(
    Symbol symbol,
    HoldSide holdSide,
    MarginMode marginMode,
    PositionMode positionMode,
    BigDecimal size,
    BigDecimal available,
    BigDecimal entryPrice,
    int leverage,
    BigDecimal unrealizedPnl,
    Optional<BigDecimal> liquidationPrice,
    BigDecimal margin,
    Optional<BigDecimal> markPrice,
    Optional<BigDecimal> marginRatio,
    Optional<BigDecimal> keepMarginRate,
    BigDecimal achievedProfits,
    Optional<BigDecimal> breakEvenPrice,
    Instant createdAt,
    Instant updatedAt,
    Optional<BigDecimal> totalFunding,
    Optional<BigDecimal> openFee,
    Optional<BigDecimal> closeFee) {

  /**
   * Validates that no component is null.
   *
   * @param symbol the position's market
   * @param holdSide long or short (or net, in one-way mode on some endpoints)
   * @param marginMode isolated or crossed
   * @param positionMode one-way or hedge mode (wire {@code posMode})
   * @param size the position size in base coin (wire {@code total})
   * @param available the part of {@code size} that can be closed now
   * @param entryPrice the average entry price (wire {@code openPriceAvg})
   * @param leverage the position's leverage
   * @param unrealizedPnl wire {@code unrealizedPL}
   * @param liquidationPrice the estimated liquidation price, when Bitget sends one
   * @param margin the margin held (wire {@code marginSize})
   * @param markPrice the mark price from REST ({@code markPrice}); always empty on a position from
   *     the WebSocket {@code positions} channel, whose pushes do not carry it: take it from the
   *     symbol's ticker ({@code Ticker.markPrice()}), or use bitget-ws's {@code PositionRisk}, which
   *     derives one
   * @param marginRatio REST {@code marginRatio}, WebSocket {@code marginRate}
   * @param keepMarginRate the maintenance margin rate, when sent
   * @param achievedProfits realised profit so far
   * @param breakEvenPrice the price at which closing pays back the fees, when sent
   * @param createdAt wire {@code cTime}
   * @param updatedAt wire {@code uTime}
   * @param totalFunding the funding paid (negative) or received over the position's life, when sent
   * @param openFee the fees of opening the position (negative when paid), when sent
   * @param closeFee the fees of closing so far (negative when paid), when sent
   */
  public Position {
    Objects.requireNonNull(symbol, "symbol == null");
    Objects.requireNonNull(holdSide, "holdSide == null");
    Objects.requireNonNull(marginMode, "marginMode == null");
    Objects.requireNonNull(positionMode, "positionMode == null");
    Objects.requireNonNull(size, "size == null");
    Objects.requireNonNull(available, "available == null");
    Objects.requireNonNull(entryPrice, "entryPrice == null");
    Objects.requireNonNull(unrealizedPnl, "unrealizedPnl == null");
    Objects.requireNonNull(liquidationPrice, "liquidationPrice == null");
    Objects.requireNonNull(margin, "margin == null");
    Objects.requireNonNull(markPrice, "markPrice == null");
    Objects.requireNonNull(marginRatio, "marginRatio == null");
    Objects.requireNonNull(keepMarginRate, "keepMarginRate == null");
    Objects.requireNonNull(achievedProfits, "achievedProfits == null");
    Objects.requireNonNull(breakEvenPrice, "breakEvenPrice == null");
    Objects.requireNonNull(createdAt, "createdAt == null");
    Objects.requireNonNull(updatedAt, "updatedAt == null");
    Objects.requireNonNull(totalFunding, "totalFunding == null");
    Objects.requireNonNull(openFee, "openFee == null");
    Objects.requireNonNull(closeFee, "closeFee == null");
  }

  /**
   * A position without funding and fee totals: the form before those were added.
   *
   * @param symbol see the record's components
   * @param holdSide see the record's components
   * @param marginMode see the record's components
   * @param positionMode see the record's components
   * @param size see the record's components
   * @param available see the record's components
   * @param entryPrice see the record's components
   * @param leverage see the record's components
   * @param unrealizedPnl see the record's components
   * @param liquidationPrice see the record's components
   * @param margin see the record's components
   * @param markPrice see the record's components
   * @param marginRatio see the record's components
   * @param keepMarginRate see the record's components
   * @param achievedProfits see the record's components
   * @param breakEvenPrice see the record's components
   * @param createdAt see the record's components
   * @param updatedAt see the record's components
   */
  public Position(Symbol symbol, HoldSide holdSide, MarginMode marginMode, PositionMode positionMode,
      BigDecimal size, BigDecimal available, BigDecimal entryPrice, int leverage, BigDecimal unrealizedPnl,
      Optional<BigDecimal> liquidationPrice, BigDecimal margin, Optional<BigDecimal> markPrice,
      Optional<BigDecimal> marginRatio, Optional<BigDecimal> keepMarginRate, BigDecimal achievedProfits,
      Optional<BigDecimal> breakEvenPrice, Instant createdAt, Instant updatedAt) {
    this(symbol, holdSide, marginMode, positionMode, size, available, entryPrice, leverage, unrealizedPnl,
        liquidationPrice, margin, markPrice, marginRatio, keepMarginRate, achievedProfits, breakEvenPrice,
        createdAt, updatedAt, Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** {@return whether this is a long position} */
  public boolean isLong() {
    return holdSide == HoldSide.LONG;
  }

  /** {@return whether the position is flat (size zero)} */
  public boolean isEmpty() {
    return size.signum() == 0;
  }
}
