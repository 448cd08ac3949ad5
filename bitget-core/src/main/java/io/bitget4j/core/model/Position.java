package io.bitget4j.core.model;

import io.bitget4j.core.Symbol;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An open position, from REST {@code position/all-position} and {@code single-position} or the
 * WebSocket {@code positions} channel.
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
    Instant updatedAt) {

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
