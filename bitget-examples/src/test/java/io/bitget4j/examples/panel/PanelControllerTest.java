package io.bitget4j.examples.panel;

import static org.assertj.core.api.Assertions.assertThat;

import io.bitget4j.core.Symbol;
import io.bitget4j.core.model.ConditionalOrderKind;
import io.bitget4j.core.model.Contract;
import io.bitget4j.core.model.HoldSide;
import io.bitget4j.core.model.Side;
import io.bitget4j.core.testing.ManualClock;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** What each key does, on hand-made frames; nothing is sent: the worker only records its tasks. */
@Timeout(10)
class PanelControllerTest {
  private static final String OFF = "trading is off on mainnet: restart with --allow-trading to trade real money";

  private final List<Runnable> sent = new ArrayList<>();
  private final ManualClock clock = ManualClock.create();

  private PanelController controller(Optional<String> blocked, Optional<BigDecimal> size, Symbol... symbols) {
    return new PanelController(List.of(symbols), size, blocked, sent::add, null, () -> { }, clock);
  }

  private PanelController controller() {
    return controller(Optional.empty(), Optional.empty(), Frames.BTC);
  }

  @Test
  void tradingKeysOnMainnetWithoutAllowTradingSayWhyAndSendNothing() {
    PanelController c = controller(Optional.of(OFF), Optional.empty(), Frames.BTC);
    PanelSnapshot frame = new Frames().build();

    for (char key : "bsBStlTLcCx+-".toCharArray()) {
      assertThat(c.onKey(Key.of(key), frame)).isTrue();
      assertThat(c.prompt(frame.precision())).isEmpty();
      assertThat(c.status()).hasValueSatisfying(s -> assertThat(s.text()).isEqualTo(OFF));
    }
    assertThat(sent).isEmpty();
  }

  @Test
  void marketBuyShowsWhatItWillSendAndNoSendsNothing() {
    PanelController c = controller();
    PanelSnapshot frame = new Frames().build();

    c.onKey(Key.of('b'), frame);
    assertThat(c.prompt(frame.precision())).containsExactly("BUY 0.001 BTCUSDT_UMCBL at market",
        "notional ≈ 27.03 USDT at the ask 27031.3, margin ≈ 2.70 USDT at 10x", "y send   n or Esc cancel");
    c.onKey(Key.of('n'), frame);

    assertThat(c.prompt(frame.precision())).isEmpty();
    assertThat(c.status()).hasValueSatisfying(s -> assertThat(s.text()).isEqualTo("cancelled: nothing sent"));
    assertThat(sent).isEmpty();
  }

  @Test
  void sizeComesFromTheArgumentsOrTheContractsMinimum() {
    PanelController c = controller(Optional.empty(), Optional.of(new BigDecimal("0.25")), Frames.BTC);
    PanelSnapshot frame = new Frames().build();
    c.onKey(Key.of('s'), frame);
    assertThat(c.prompt(frame.precision())).startsWith("SELL 0.250 BTCUSDT_UMCBL at market");

    // the minimum size, raised to the minimum order value of 5 USDT in whole steps
    Contract cheap = Frames.contract(Symbol.parse("DOGEUSDT_UMCBL"), "1", 5, 0);
    assertThat(PanelController.minimumSize(cheap, Optional.of(new BigDecimal("0.12")))).isEqualByComparingTo("42");
    assertThat(PanelController.minimumSize(Frames.contract(Frames.BTC, "0.001", 1, 3),
        Optional.of(new BigDecimal("27000")))).isEqualByComparingTo("0.001");
    assertThat(PanelController.minimumSize(Frames.contract(Frames.BTC, "0.001", 1, 3),
        Optional.of(new BigDecimal("1000")))).isEqualByComparingTo("0.005");
  }

  @Test
  void limitPriceStartsAtTheBestPriceAndMovesByTicks() {
    PanelController c = controller();
    PanelSnapshot frame = new Frames().build();

    c.onKey(Key.of('S'), frame);
    assertThat(c.prompt(frame.precision()).get(0)).isEqualTo("SELL LIMIT 0.001 BTCUSDT_UMCBL @ 27031.3");
    c.onKey(Key.UP, frame);
    c.onKey(Key.RIGHT, frame);
    assertThat(c.prompt(frame.precision()).get(0)).isEqualTo("SELL LIMIT 0.001 BTCUSDT_UMCBL @ 27032.4");
    c.onKey(Key.LEFT, frame);
    c.onKey(Key.DOWN, frame);
    c.onKey(Key.DOWN, frame);
    assertThat(c.prompt(frame.precision())).containsExactly("SELL LIMIT 0.001 BTCUSDT_UMCBL @ 27031.2",
        "notional 27.03 USDT, margin ≈ 2.70 USDT at 10x", "↑↓ price ±1 tick   ←→ ±10 ticks   y send   n or Esc cancel");
    c.onKey(Key.ESCAPE, frame);
    assertThat(c.prompt(frame.precision())).isEmpty();

    c.onKey(Key.of('B'), frame);
    assertThat(c.prompt(frame.precision()).get(0)).isEqualTo("BUY LIMIT 0.001 BTCUSDT_UMCBL @ 27031.1");
  }

  @Test
  void yHandsTheActionToTheWorkerAndAnotherWaitsForItsAnswer() {
    PanelController c = controller();
    PanelSnapshot frame = new Frames().build();

    c.onKey(Key.of('b'), frame);
    c.onKey(Key.of('y'), frame);
    assertThat(sent).hasSize(1);
    assertThat(c.prompt(frame.precision())).isEmpty();
    assertThat(c.status()).hasValueSatisfying(s -> assertThat(s.text()).isEqualTo(
        "sending: BUY 0.001 BTCUSDT_UMCBL at market"));

    c.onKey(Key.of('s'), frame);
    assertThat(c.prompt(frame.precision())).isEmpty();
    assertThat(c.status()).hasValueSatisfying(s -> assertThat(s.text()).isEqualTo(
        "busy: waiting for the exchange's answer to the last action"));
    assertThat(sent).hasSize(1);
  }

  @Test
  void cancelActsOnTheSelectedOrderAndCancelAllOnEvery() {
    PanelController c = controller();
    Frames f = new Frames();
    f.orders.add(Frames.limit("2", Side.SELL, "0.02", "28000", "2025-03-01T07:58:00Z"));
    PanelSnapshot frame = f.build();

    c.onKey(Key.DOWN, frame);
    assertThat(c.selectedOrder(frame.orders())).hasValue("2");
    PanelSnapshot selected = withSelection(f, c);
    c.onKey(Key.of('c'), selected);
    assertThat(c.prompt(frame.precision())).containsExactly("CANCEL SELL LIMIT 0.020 @ 28000.0 BTCUSDT_UMCBL",
        "order 2", "y cancel it   n or Esc keep it");
    c.onKey(Key.of('n'), selected);
    c.onKey(Key.of('C'), selected);
    assertThat(c.prompt(frame.precision()).get(0)).isEqualTo("CANCEL ALL 2 open orders of BTCUSDT_UMCBL");
  }

  @Test
  void stopLossStartsOnePercentBelowTheMarkOfALongAndMovesByTicks() {
    PanelController c = controller();
    PanelSnapshot frame = new Frames().build();

    c.onKey(Key.of('l'), frame);
    // 27031.2 × 0.99 = 26760.888, down to the tick; closing 0.1 bought at 26946 there loses 18.51
    assertThat(c.prompt(frame.precision())).containsExactly(
        "SET STOP-LOSS of LONG 0.100 BTCUSDT_UMCBL: mark ≤ 26760.8 (-1.00%)",
        "closes all at market: notional ≈ 2676.08 USDT, PnL ≈ -18.52 USDT",
        "↑↓ ±1 tick   ←→ ±10 ticks   y set   n or Esc cancel");
    c.onKey(Key.LEFT, frame);
    c.onKey(Key.LEFT, frame);
    c.onKey(Key.UP, frame);
    assertThat(c.prompt(frame.precision()).get(0)).isEqualTo(
        "SET STOP-LOSS of LONG 0.100 BTCUSDT_UMCBL: mark ≤ 26758.9 (-1.01%)");
    c.onKey(Key.of('n'), frame);

    c.onKey(Key.of('t'), frame);
    assertThat(c.prompt(frame.precision()).get(0)).isEqualTo(
        "SET TAKE-PROFIT of LONG 0.100 BTCUSDT_UMCBL: mark ≥ 27301.6 (+1.00%)");
  }

  @Test
  void stopLossOfAPositionThatHasOneMovesItAndClearCancelsIt() {
    PanelController c = controller();
    Frames f = new Frames();
    f.orders.add(Frames.protection("sl-1", ConditionalOrderKind.STOP_LOSS, HoldSide.LONG, "26000", null,
        "2025-03-01T07:58:00Z"));
    PanelSnapshot frame = f.build();

    c.onKey(Key.of('l'), frame);
    assertThat(c.prompt(frame.precision()).subList(0, 2)).containsExactly(
        "MOVE STOP-LOSS of LONG 0.100 BTCUSDT_UMCBL: mark ≤ 26000.0 (-3.81%)",
        "was 26000.0; closes all at market: notional ≈ 2600.00 USDT, PnL ≈ -94.60 USDT");
    c.onKey(Key.ESCAPE, frame);

    c.onKey(Key.of('L'), frame);
    assertThat(c.prompt(frame.precision())).containsExactly("CLEAR STOP-LOSS of BTCUSDT_UMCBL: cancel 1 order",
        "SELL SL all, mark ≤ 26000.0 → market", "y clear   n or Esc keep");
    c.onKey(Key.of('n'), frame);
    c.onKey(Key.of('T'), frame);
    assertThat(c.prompt(frame.precision())).isEmpty();
    assertThat(c.status()).hasValueSatisfying(s -> assertThat(s.text()).isEqualTo(
        "no take-profit of a position in BTCUSDT_UMCBL to clear"));

    c.onKey(Key.of('C'), frame);
    assertThat(c.prompt(frame.precision()).get(0)).isEqualTo(
        "CANCEL ALL 1 open order and 1 TP/SL or trigger order of BTCUSDT_UMCBL");
    assertThat(sent).isEmpty();
  }

  @Test
  void inHedgeModeTabTakesTheStopLossToTheOtherPosition() {
    PanelController c = controller();
    Frames f = new Frames();
    f.positions.add(Frames.position(Frames.BTC, HoldSide.SHORT, "0.2", "27100", "542", "29800"));
    PanelSnapshot frame = f.build();

    c.onKey(Key.of('l'), frame);
    assertThat(c.prompt(frame.precision()).get(2)).isEqualTo(
        "↑↓ ±1 tick   ←→ ±10 ticks   Tab LONG/SHORT   y set   n or Esc cancel");
    c.onKey(Key.TAB, frame);
    // a short's stop-loss is above the mark: 27031.2 × 1.01 = 27301.512, up to the tick
    assertThat(c.prompt(frame.precision()).subList(0, 2)).containsExactly(
        "SET STOP-LOSS of SHORT 0.200 BTCUSDT_UMCBL: mark ≥ 27301.6 (+1.00%)",
        "closes all at market: notional ≈ 5460.32 USDT, PnL ≈ -40.32 USDT");
  }

  @Test
  void keysWithNothingToActOnSaySo() {
    PanelController c = controller();
    Frames f = new Frames();
    f.orders.clear();
    f.positions.clear();
    PanelSnapshot frame = f.build();

    c.onKey(Key.of('c'), frame);
    assertThat(c.status()).hasValueSatisfying(s -> assertThat(s.text()).isEqualTo(
        "no open order of BTCUSDT_UMCBL to cancel"));
    c.onKey(Key.of('C'), frame);
    assertThat(c.status()).hasValueSatisfying(s -> assertThat(s.text()).isEqualTo(
        "no open orders of BTCUSDT_UMCBL to cancel"));
    c.onKey(Key.of('x'), frame);
    assertThat(c.status()).hasValueSatisfying(s -> assertThat(s.text()).isEqualTo(
        "no position in BTCUSDT_UMCBL to close"));
    c.onKey(Key.of('l'), frame);
    assertThat(c.status()).hasValueSatisfying(s -> assertThat(s.text()).isEqualTo(
        "no position in BTCUSDT_UMCBL to set a stop-loss for"));
    f.contract = Optional.empty();
    c.onKey(Key.of('b'), f.build());
    assertThat(c.status()).hasValueSatisfying(s -> assertThat(s.text()).isEqualTo(
        "the contract of BTCUSDT_UMCBL is not loaded yet: no minimum size to trade"));
    assertThat(c.prompt(frame.precision())).isEmpty();
  }

  @Test
  void closeShowsThePositionAndItsNotional() {
    PanelController c = controller();
    PanelSnapshot frame = new Frames().build();

    c.onKey(Key.of('x'), frame);
    assertThat(c.prompt(frame.precision())).containsExactly("CLOSE LONG 0.100 BTCUSDT_UMCBL at market",
        "notional ≈ 2703.12 USDT at the mark 27031.2", "y close it   n or Esc keep it");
  }

  @Test
  void leverageStepsFromTheCurrentOneWithinTheContractsRange() {
    PanelController c = controller();
    Frames f = new Frames();
    PanelSnapshot frame = f.build();

    c.onKey(Key.of('+'), frame);
    c.onKey(Key.of('+'), frame);
    c.onKey(Key.UP, frame);
    assertThat(c.prompt(frame.precision()).get(0)).isEqualTo("LEVERAGE of BTCUSDT_UMCBL: 10x → 13x");
    c.onKey(Key.of('n'), frame);

    c.onKey(Key.of('-'), frame);
    for (int i = 0; i < 20; i++) {
      c.onKey(Key.DOWN, frame);
    }
    assertThat(c.prompt(frame.precision()).get(0)).isEqualTo("LEVERAGE of BTCUSDT_UMCBL: 10x → 1x");
  }

  @Test
  void tabAndDigitsSwitchMarketsHelpOpensAndQQuits() {
    Symbol eth = Symbol.ETHUSDT_UMCBL;
    PanelController c = controller(Optional.empty(), Optional.empty(), Frames.BTC, eth);
    PanelSnapshot frame = new Frames().build();

    c.onKey(Key.TAB, frame);
    assertThat(c.symbol()).isEqualTo(eth);
    c.onKey(Key.of('1'), frame);
    assertThat(c.symbol()).isEqualTo(Frames.BTC);
    c.onKey(Key.of('9'), frame);
    assertThat(c.symbol()).isEqualTo(Frames.BTC);

    c.onKey(Key.of('?'), frame);
    assertThat(c.help()).isTrue();
    c.onKey(Key.of('b'), frame);
    assertThat(c.help()).isFalse();
    assertThat(c.prompt(frame.precision())).isEmpty();

    assertThat(c.onKey(Key.of('q'), frame)).isFalse();
  }

  private static PanelSnapshot withSelection(Frames f, PanelController c) {
    PanelSnapshot s = f.build();
    return new PanelSnapshot(s.now(), s.environment(), s.accountMode(), s.tradingBlocked(), s.symbols(), s.symbol(),
        s.contract(), s.precision(), s.ticker(), s.mark(), s.priceHistory(), s.book(), s.funding(), s.fills(),
        s.positions(), s.positionsAge(), s.leverage(), s.orders(), s.ordersListed(), c.selectedOrder(s.orders()),
        s.account(), s.stream(), s.status(), s.prompt(), s.help());
  }
}
