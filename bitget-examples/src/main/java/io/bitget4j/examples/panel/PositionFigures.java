package io.bitget4j.examples.panel;

import io.bitget4j.core.model.HoldSide;
import io.bitget4j.core.model.Position;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * A position's figures as one frame shows them, all from the same mark price: the frame's mark
 * (the ticker's, which the price line shows too) rather than whatever mark the exchange used when
 * it last reported the position.
 *
 * <p>For a linear (USDT- or USDC-margined) long, {@code uPnL = (mark - entry) × size}; for a short
 * {@code (entry - mark) × size}. {@code ROE = uPnL / margin × 100}, with the margin the position
 * holds (the one the screen shows), or {@code entry × size / leverage} when the exchange reports
 * none. The liquidation distance is {@code |mark - liquidation| / mark × 100}. Without a mark, or
 * for a coin-margined position, the exchange's reported uPnL stands and {@link #fromMark()} is false.
 *
 * @param position the position as the exchange last reported it
 * @param mark the mark price the figures use; empty when none is known
 * @param unrealizedPnl the unrealised PnL in the margin coin: at {@code mark} when {@link #fromMark()}
 * @param fromMark whether {@code unrealizedPnl} was computed from {@code mark}
 * @param roePercent the return on the margin in percent; empty without a margin
 * @param liquidationDistancePercent how far the mark is from the liquidation price, in percent of
 *     the mark; empty when either is unknown
 */
record PositionFigures(
    Position position,
    Optional<BigDecimal> mark,
    BigDecimal unrealizedPnl,
    boolean fromMark,
    Optional<BigDecimal> roePercent,
    Optional<BigDecimal> liquidationDistancePercent) {
  private static final int SCALE = 8;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  PositionFigures {
    Objects.requireNonNull(position, "position == null");
    Objects.requireNonNull(mark, "mark == null");
    Objects.requireNonNull(unrealizedPnl, "unrealizedPnl == null");
    Objects.requireNonNull(roePercent, "roePercent == null");
    Objects.requireNonNull(liquidationDistancePercent, "liquidationDistancePercent == null");
  }

  /** The figures of {@code position} at {@code mark}. */
  static PositionFigures of(Position position, Optional<BigDecimal> mark) {
    Optional<BigDecimal> usable = mark.filter(m -> m.signum() > 0);
    Optional<BigDecimal> atMark = usable.flatMap(m -> pnlAt(position, m, position.size()));
    boolean fromMark = atMark.isPresent();
    BigDecimal pnl = atMark.orElse(position.unrealizedPnl());
    Optional<BigDecimal> roe = margin(position)
        .map(m -> pnl.multiply(HUNDRED).divide(m, SCALE, RoundingMode.HALF_UP));
    Optional<BigDecimal> distance = usable.flatMap(m -> position.liquidationPrice()
        .filter(l -> l.signum() > 0)
        .map(l -> m.subtract(l).abs().multiply(HUNDRED).divide(m, SCALE, RoundingMode.HALF_UP)));
    return new PositionFigures(position, usable, pnl, fromMark, roe, distance);
  }

  /**
   * The PnL of closing {@code size} of {@code position} at {@code price}: {@code (price - entry) × size}
   * for a linear long, the opposite for a short; empty when the PnL is not linear in the price.
   */
  static Optional<BigDecimal> pnlAt(Position position, BigDecimal price, BigDecimal size) {
    return direction(position).map(d -> price.subtract(position.entryPrice()).multiply(size).multiply(d));
  }

  /** +1 for a linear long, -1 for a linear short; empty when the PnL is not linear in the mark. */
  private static Optional<BigDecimal> direction(Position position) {
    if (position.symbol().productType().isCoinMargined()) {
      return Optional.empty();
    }
    if (position.holdSide() == HoldSide.LONG) {
      return Optional.of(BigDecimal.ONE);
    }
    if (position.holdSide() == HoldSide.SHORT) {
      return Optional.of(BigDecimal.ONE.negate());
    }
    return Optional.empty();
  }

  /** The margin the position holds, or its initial margin when the exchange reports none. */
  private static Optional<BigDecimal> margin(Position position) {
    if (position.margin().signum() > 0) {
      return Optional.of(position.margin());
    }
    if (position.leverage() <= 0 || position.entryPrice().signum() <= 0) {
      return Optional.empty();
    }
    BigDecimal initial = position.entryPrice().multiply(position.size())
        .divide(BigDecimal.valueOf(position.leverage()), SCALE, RoundingMode.HALF_UP);
    return initial.signum() > 0 ? Optional.of(initial) : Optional.empty();
  }
}
