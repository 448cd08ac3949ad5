package io.bitget4j.ws;

import static org.assertj.core.api.Assertions.assertThat;

import io.bitget4j.core.Symbol;
import io.bitget4j.core.model.ConditionalOrder;
import io.bitget4j.core.model.ConditionalOrderKind;
import io.bitget4j.core.model.ConditionalOrderStatus;
import io.bitget4j.core.model.HoldSide;
import io.bitget4j.core.model.MarginMode;
import io.bitget4j.core.model.Position;
import io.bitget4j.core.model.PositionMode;
import io.bitget4j.core.model.TriggerLeg;
import io.bitget4j.core.model.TriggerPriceType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class PositionRiskTest {

  private static Position position(Symbol symbol, HoldSide side, String size, String entry, String pnl,
      String liquidation, String mark, String marginRatio) {
    return new Position(symbol, side, MarginMode.ISOLATED, PositionMode.ONE_WAY, new BigDecimal(size),
        new BigDecimal(size), new BigDecimal(entry), 10, new BigDecimal(pnl),
        Optional.ofNullable(liquidation).map(BigDecimal::new), new BigDecimal("100"),
        Optional.ofNullable(mark).map(BigDecimal::new), Optional.ofNullable(marginRatio).map(BigDecimal::new),
        Optional.empty(), BigDecimal.ZERO, Optional.empty(), Instant.EPOCH, Instant.EPOCH);
  }

  @Test
  void distanceToLiquidationUsesTheMarkPriceWhenBitgetSendsIt() {
    PositionRisk risk = PositionRisk.of(position(Symbol.BTCUSDT_UMCBL, HoldSide.LONG, "0.1", "27000", "50",
        "24300", "27500", "0.0123"));

    assertThat(risk.markPrice()).contains(new BigDecimal("27500"));
    // |27500 - 24300| / 27500 * 100 = 11.636363...
    assertThat(risk.distanceToLiquidationPercent()).contains(new BigDecimal("11.6364"));
    assertThat(risk.marginRatio()).contains(new BigDecimal("0.0123"));
    assertThat(risk.unrealizedPnl()).isEqualTo(new BigDecimal("50"));
  }

  @Test
  void markPriceOfALinearLongIsDerivedFromEntryAndPnl() {
    PositionRisk risk = PositionRisk.of(position(Symbol.BTCUSDT_UMCBL, HoldSide.LONG, "0.1", "27000.05", "0.045",
        "24432.1", null, null));

    assertThat(risk.markPrice()).contains(new BigDecimal("27000.5"));
    assertThat(risk.distanceToLiquidationPercent()).contains(new BigDecimal("9.5124"));
    assertThat(risk.marginRatio()).isEmpty();
  }

  @Test
  void markPriceOfALinearShortIsDerivedFromEntryAndPnl() {
    PositionRisk risk = PositionRisk.of(position(Symbol.ETHUSDT_UMCBL, HoldSide.SHORT, "2", "2000", "-20",
        "2200", null, null));

    assertThat(risk.markPrice()).contains(new BigDecimal("2010"));
    // |2010 - 2200| / 2010 * 100 = 9.452736...
    assertThat(risk.distanceToLiquidationPercent()).contains(new BigDecimal("9.4527"));
  }

  @Test
  void coinMarginedPositionWithoutMarkPriceHasNoDistance() {
    PositionRisk risk = PositionRisk.of(position(Symbol.parse("BTCUSD_DMCBL"), HoldSide.LONG, "100", "27000",
        "0.001", "20000", null, null));

    assertThat(risk.markPrice()).isEmpty();
    assertThat(risk.distanceToLiquidationPercent()).isEmpty();
    assertThat(risk.liquidationPrice()).contains(new BigDecimal("20000"));
  }

  @Test
  void liquidationPriceOfZeroOrLessMeansNoneInReach() {
    PositionRisk risk = PositionRisk.of(position(Symbol.BTCUSDT_UMCBL, HoldSide.LONG, "0.1", "27000", "0",
        "0", "27000", null));

    assertThat(risk.liquidationPrice()).isEmpty();
    assertThat(risk.distanceToLiquidationPercent()).isEmpty();
  }

  private static final ConditionalOrderKind TP = ConditionalOrderKind.TAKE_PROFIT;
  private static final ConditionalOrderKind SL = ConditionalOrderKind.STOP_LOSS;
  private static final ConditionalOrderKind BOTH = ConditionalOrderKind.TAKE_PROFIT_AND_STOP_LOSS;
  private static final ConditionalOrderKind TRIGGER = ConditionalOrderKind.TRIGGER;
  private static final ConditionalOrderStatus LIVE = ConditionalOrderStatus.LIVE;
  private static final ConditionalOrderStatus CANCELLED = ConditionalOrderStatus.CANCELLED;

  /** A conditional order of BTCUSDT with the given legs (null for none). */
  private static ConditionalOrder order(String id, ConditionalOrderKind kind, ConditionalOrderStatus status,
      HoldSide side, String takeProfit, String stopLoss, long updatedAtMillis) {
    return new ConditionalOrder(Symbol.BTCUSDT_UMCBL, id, Optional.empty(), kind, status, Optional.empty(),
        Optional.empty(), Optional.ofNullable(side), Optional.empty(), Optional.empty(), leg(takeProfit),
        leg(stopLoss), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Instant.EPOCH,
        Instant.ofEpochMilli(updatedAtMillis));
  }

  private static Optional<TriggerLeg> leg(String price) {
    return Optional.ofNullable(price)
        .map(p -> new TriggerLeg(new BigDecimal(p), TriggerPriceType.LAST, Optional.empty()));
  }

  private static Position btc(HoldSide side) {
    return position(Symbol.BTCUSDT_UMCBL, side, "0.1", "27000", "0", null, "27000", null);
  }

  @Test
  void aLongShowsItsNearestLiveTakeProfitAndStopLoss() {
    List<ConditionalOrder> orders = List.of(
        order("1", TP, LIVE, HoldSide.LONG, "29000", null, 1),
        order("2", TP, LIVE, HoldSide.LONG, "28000", null, 2),
        order("3", SL, LIVE, HoldSide.LONG, null, "25000", 3),
        order("4", SL, LIVE, HoldSide.LONG, null, "26000", 4),
        // not this position's, not live, or not closing it
        order("5", SL, LIVE, HoldSide.SHORT, null, "26500", 5),
        order("6", TP, CANCELLED, HoldSide.LONG, "27500", null, 6),
        order("7", TRIGGER, LIVE, HoldSide.LONG, "27600", "26900", 7));

    PositionRisk risk = PositionRisk.of(btc(HoldSide.LONG), orders);

    assertThat(risk.takeProfit()).contains(new BigDecimal("28000"));
    assertThat(risk.stopLoss()).contains(new BigDecimal("26000"));
    assertThat(PositionRisk.of(btc(HoldSide.LONG)).takeProfit()).isEmpty();
  }

  @Test
  void aShortShowsTheHighestTakeProfitAndTheLowestStopLossAndBothLegsOfOneOrderCount() {
    List<ConditionalOrder> orders = List.of(
        order("1", BOTH, LIVE, HoldSide.SHORT,
            "25000", "28000", 1),
        order("2", TP, LIVE, null, "26000", null, 2),
        order("3", SL, LIVE, HoldSide.SHORT, null, "29000", 3));

    PositionRisk risk = PositionRisk.of(btc(HoldSide.SHORT), orders);

    assertThat(risk.takeProfit()).contains(new BigDecimal("26000"));
    assertThat(risk.stopLoss()).contains(new BigDecimal("28000"));
  }

  @Test
  void aNetPositionShowsTheLastChangedOrders() {
    List<ConditionalOrder> orders = List.of(
        order("1", SL, LIVE, HoldSide.LONG, null, "26000", 9),
        order("2", SL, LIVE, HoldSide.LONG, null, "25000", 3));

    assertThat(PositionRisk.of(btc(HoldSide.NET), orders).stopLoss()).contains(new BigDecimal("26000"));
  }
}
