package io.bitget4j.examples.panel;

import static org.assertj.core.api.Assertions.assertThat;

import io.bitget4j.core.AccountMode;
import io.bitget4j.core.Symbol;
import io.bitget4j.core.model.HoldSide;
import io.bitget4j.core.model.PositionMode;
import io.bitget4j.core.model.Side;
import io.bitget4j.rest.BitgetRestClient;
import io.bitget4j.testkit.FakeBitget;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What the panel's trader sends, against a classic and a unified {@link FakeBitget}. */
@Timeout(30)
class PanelTraderTest {
  private static final Symbol BTC = Symbol.BTCUSDT_UMCBL;

  @ParameterizedTest
  @EnumSource(value = AccountMode.class, names = {"CLASSIC", "UNIFIED"})
  void anOrderPlacedBeforeThePositionModeIsKnownReadsItFirstAndOpensTheHedgeSide(AccountMode mode) {
    try (FakeBitget fake = FakeBitget.builder().accountMode(mode).tickInterval(Duration.ZERO).start();
        BitgetRestClient rest = BitgetRestClient.builder().baseUrl(fake.restUrl()).credentials(fake.credentials())
            .build()) {
      rest.account().setPositionMode(BTC.productType(), PositionMode.HEDGE);
      PanelModel model = new PanelModel(List.of(BTC), Clock.systemUTC());
      PanelTrader trader = new PanelTrader(rest, model, List.of(BTC));
      assertThat(model.positionMode()).isEmpty();

      trader.placeMarket(BTC, Side.SELL, new BigDecimal("0.001"));

      assertThat(model.positionMode()).contains(PositionMode.HEDGE);
      assertThat(fake.positions()).singleElement().satisfies(p -> {
        assertThat(p.holdSide()).isEqualTo(HoldSide.SHORT);
        assertThat(p.size()).isEqualByComparingTo("0.001");
      });
    }
  }
}
