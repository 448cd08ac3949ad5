package io.bitget4j.ws;

import io.bitget4j.core.Symbol;
import io.bitget4j.core.model.HoldSide;
import io.bitget4j.core.model.Position;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * Risk figures derived from one position.
 *
 * @param symbol the position's symbol
 * @param holdSide long, short or net
 * @param unrealizedPnl the unrealised profit and loss, in the margin coin
 * @param markPrice the mark price: Bitget's when the position carries it, otherwise derived from
 *     the entry price and the unrealised PnL for USDT- and USDC-margined positions; empty for a
 *     coin-margined position without one
 * @param liquidationPrice the liquidation price; empty when Bitget sends none or a value of zero or
 *     less (no liquidation in reach)
 * @param distanceToLiquidationPercent {@code |mark - liquidation| / mark × 100}, scale 4; empty
 *     when either price is unknown
 * @param marginRatio Bitget's margin ratio ({@code marginRate}); liquidation happens at 1
 */
public record PositionRisk(
    Symbol symbol,
    HoldSide holdSide,
    BigDecimal unrealizedPnl,
    Optional<BigDecimal> markPrice,
    Optional<BigDecimal> liquidationPrice,
    Optional<BigDecimal> distanceToLiquidationPercent,
    Optional<BigDecimal> marginRatio) {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final int PERCENT_SCALE = 4;
  private static final int PRICE_SCALE = 12;

  /**
   * Validates that no component is null.
   *
   * @param symbol the position's symbol
   * @param holdSide long, short or net
   * @param unrealizedPnl the unrealised profit and loss, in the margin coin
   * @param markPrice the mark price: Bitget's when the position carries it, otherwise derived from
   *     the entry price and the unrealised PnL for USDT- and USDC-margined positions; empty for a
   *     coin-margined position without one
   * @param liquidationPrice the liquidation price; empty when Bitget sends none or a value of zero or
   *     less (no liquidation in reach)
   * @param distanceToLiquidationPercent {@code |mark - liquidation| / mark × 100}, scale 4; empty
   *     when either price is unknown
   * @param marginRatio Bitget's margin ratio ({@code marginRate}); liquidation happens at 1
   */
  public PositionRisk {
    Objects.requireNonNull(symbol, "symbol == null");
    Objects.requireNonNull(holdSide, "holdSide == null");
    Objects.requireNonNull(unrealizedPnl, "unrealizedPnl == null");
    Objects.requireNonNull(markPrice, "markPrice == null");
    Objects.requireNonNull(liquidationPrice, "liquidationPrice == null");
    Objects.requireNonNull(distanceToLiquidationPercent, "distanceToLiquidationPercent == null");
    Objects.requireNonNull(marginRatio, "marginRatio == null");
  }

  /**
   * Derives the figures of {@code position}.
   *
   * @param position a position from the stream or REST
   * @return its figures; for a linear contract whose position carries no mark price, the mark is
   *     derived from the unrealised profit
   */
  public static PositionRisk of(Position position) {
    Objects.requireNonNull(position, "position == null");
    Optional<BigDecimal> mark = position.markPrice().filter(p -> p.signum() > 0)
        .or(() -> derivedMark(position));
    Optional<BigDecimal> liquidation = position.liquidationPrice().filter(p -> p.signum() > 0);
    Optional<BigDecimal> distance = mark.flatMap(m -> liquidation.map(l -> distancePercent(m, l)));
    return new PositionRisk(position.symbol(), position.holdSide(), position.unrealizedPnl(), mark,
        liquidation, distance, position.marginRatio());
  }

  /** {@code |mark - liquidation| / mark × 100}, scale 4, half up. */
  static BigDecimal distancePercent(BigDecimal mark, BigDecimal liquidation) {
    return mark.subtract(liquidation).abs().multiply(HUNDRED)
        .divide(mark, PERCENT_SCALE, RoundingMode.HALF_UP);
  }

  /** For a linear contract, PnL = (mark - entry) × size for a long, (entry - mark) × size for a short. */
  private static Optional<BigDecimal> derivedMark(Position position) {
    if (position.symbol().productType().isCoinMargined() || position.size().signum() == 0
        || position.entryPrice().signum() == 0) {
      return Optional.empty();
    }
    BigDecimal perUnit = position.unrealizedPnl().divide(position.size(), PRICE_SCALE, RoundingMode.HALF_EVEN);
    switch (position.holdSide()) {
      case LONG:
        return Optional.of(plain(position.entryPrice().add(perUnit)));
      case SHORT:
        return Optional.of(plain(position.entryPrice().subtract(perUnit)));
      default:
        return Optional.empty();
    }
  }

  /** Without trailing zeros, and without an exponent: {@code 2010}, not {@code 2.01E+3}. */
  private static BigDecimal plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
