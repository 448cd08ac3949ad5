package io.bitget4j.ws;

import static org.assertj.core.api.Assertions.assertThat;

import io.bitget4j.core.Symbol;
import io.bitget4j.core.model.HoldSide;
import io.bitget4j.core.model.MarginMode;
import io.bitget4j.core.model.Position;
import io.bitget4j.core.model.PositionMode;
import java.math.BigDecimal;
import java.time.Instant;
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
}
