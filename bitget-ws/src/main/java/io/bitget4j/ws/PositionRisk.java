package io.bitget4j.ws;

import io.bitget4j.core.Symbol;
import io.bitget4j.core.model.ConditionalOrder;
import io.bitget4j.core.model.ConditionalOrderKind;
import io.bitget4j.core.model.ConditionalOrderStatus;
import io.bitget4j.core.model.HoldSide;
import io.bitget4j.core.model.Position;
import io.bitget4j.core.model.TriggerLeg;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Risk figures derived from one position, with its active take-profit and stop-loss.
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
 * @param takeProfit the trigger price of the position's live take-profit, the nearest when it has
 *     several (the first to fire as the price moves in the position's favour); empty when none is
 *     known
 * @param stopLoss the trigger price of the position's live stop-loss, the nearest when it has
 *     several (the first to fire as the price moves against it); empty when none is known
 */
public record PositionRisk(
    Symbol symbol,
    HoldSide holdSide,
    BigDecimal unrealizedPnl,
    Optional<BigDecimal> markPrice,
    Optional<BigDecimal> liquidationPrice,
    Optional<BigDecimal> distanceToLiquidationPercent,
    Optional<BigDecimal> marginRatio,
    Optional<BigDecimal> takeProfit,
    Optional<BigDecimal> stopLoss) {

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
   * @param takeProfit the trigger price of the position's live take-profit, the nearest of several;
   *     empty when none is known
   * @param stopLoss the trigger price of the position's live stop-loss, the nearest of several;
   *     empty when none is known
   */
  public PositionRisk {
    Objects.requireNonNull(symbol, "symbol == null");
    Objects.requireNonNull(holdSide, "holdSide == null");
    Objects.requireNonNull(unrealizedPnl, "unrealizedPnl == null");
    Objects.requireNonNull(markPrice, "markPrice == null");
    Objects.requireNonNull(liquidationPrice, "liquidationPrice == null");
    Objects.requireNonNull(distanceToLiquidationPercent, "distanceToLiquidationPercent == null");
    Objects.requireNonNull(marginRatio, "marginRatio == null");
    Objects.requireNonNull(takeProfit, "takeProfit == null");
    Objects.requireNonNull(stopLoss, "stopLoss == null");
  }

  /**
   * Derives the figures of {@code position}, without take-profit or stop-loss.
   *
   * @param position a position from the stream or REST
   * @return its figures; for a linear contract whose position carries no mark price, the mark is
   *     derived from the unrealised profit
   */
  public static PositionRisk of(Position position) {
    return of(position, List.of());
  }

  /**
   * Derives the figures of {@code position}, with its take-profit and stop-loss from
   * {@code conditionalOrders}: the live ones of its symbol that close a position (take-profit,
   * stop-loss, both) and belong to it (the same position side, or an order or position that names
   * none: one-way mode). Of several, the nearest counts: for a long the lowest take-profit and the
   * highest stop-loss, for a short the other way round, for a net position the last changed.
   *
   * @param position the position
   * @param conditionalOrders conditional orders, of any symbol and state; the others are ignored
   * @return its figures, with the trigger prices of its nearest live take-profit and stop-loss
   */
  public static PositionRisk of(Position position, Collection<ConditionalOrder> conditionalOrders) {
    Objects.requireNonNull(position, "position == null");
    Objects.requireNonNull(conditionalOrders, "conditionalOrders == null");
    Optional<BigDecimal> mark = position.markPrice().filter(p -> p.signum() > 0)
        .or(() -> derivedMark(position));
    Optional<BigDecimal> liquidation = position.liquidationPrice().filter(p -> p.signum() > 0);
    Optional<BigDecimal> distance = mark.flatMap(m -> liquidation.map(l -> distancePercent(m, l)));
    List<ConditionalOrder> protecting = new ArrayList<>();
    for (ConditionalOrder order : conditionalOrders) {
      if (protects(order, position)) {
        protecting.add(order);
      }
    }
    boolean isShort = position.holdSide() == HoldSide.SHORT;
    return new PositionRisk(position.symbol(), position.holdSide(), position.unrealizedPnl(), mark,
        liquidation, distance, position.marginRatio(),
        nearest(protecting, ConditionalOrder::takeProfit, position.holdSide(), isShort),
        nearest(protecting, ConditionalOrder::stopLoss, position.holdSide(), !isShort));
  }

  /** Whether an order of {@code kind} is a position's take-profit or stop-loss. */
  static boolean closesPosition(ConditionalOrderKind kind) {
    return kind == ConditionalOrderKind.TAKE_PROFIT || kind == ConditionalOrderKind.STOP_LOSS
        || kind == ConditionalOrderKind.TAKE_PROFIT_AND_STOP_LOSS;
  }

  private static boolean protects(ConditionalOrder order, Position position) {
    HoldSide side = order.positionSide().orElse(HoldSide.NET);
    return closesPosition(order.kind()) && order.status() == ConditionalOrderStatus.LIVE
        && order.symbol().equals(position.symbol())
        && (side == position.holdSide() || side == HoldSide.NET || position.holdSide() == HoldSide.NET);
  }

  /**
   * The trigger price of the nearest leg: the highest when {@code highest}, for a position without a
   * direction the last changed order's.
   */
  private static Optional<BigDecimal> nearest(List<ConditionalOrder> orders,
      Function<ConditionalOrder, Optional<TriggerLeg>> legOf, HoldSide side, boolean highest) {
    BigDecimal best = null;
    Instant latest = null;
    for (ConditionalOrder order : orders) {
      Optional<TriggerLeg> leg = legOf.apply(order);
      if (leg.isEmpty()) {
        continue;
      }
      BigDecimal price = leg.get().triggerPrice();
      if (side != HoldSide.LONG && side != HoldSide.SHORT) {
        if (latest == null || !order.updatedAt().isBefore(latest)) {
          latest = order.updatedAt();
          best = price;
        }
      } else if (best == null || (highest ? price.compareTo(best) > 0 : price.compareTo(best) < 0)) {
        best = price;
      }
    }
    return Optional.ofNullable(best);
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
