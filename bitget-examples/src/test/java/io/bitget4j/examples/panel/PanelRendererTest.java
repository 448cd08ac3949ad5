package io.bitget4j.examples.panel;

import static org.assertj.core.api.Assertions.assertThat;

import io.bitget4j.core.Symbol;
import io.bitget4j.core.model.ConditionalOrderKind;
import io.bitget4j.core.model.HoldSide;
import io.bitget4j.core.model.Side;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The screen a snapshot makes: its arithmetic, its rounding and its layout at 80×24 and wider. */
@Timeout(10)
class PanelRendererTest {

  @Test
  void positionFiguresComeFromTheMarkTheScreenShows() {
    Frames f = new Frames();
    List<String> screen = PanelRenderer.screen(f.build(), 80, 24);

    // (27031.2 - 26946) × 0.1 = 8.52, not the 9 of the position's older report
    assertThat(screen).contains("last 27031.3   mark 27031.2   index 27031.0   24h +0.49%");
    assertThat(screen).anySatisfy(line -> assertThat(line)
        .startsWith("── POSITION at mark 27031.2 · reported 1.2 s ago ──").matches(".* ─+").hasSize(80));
    // ROE 8.52 / 269.46 margin = 3.16 %; liquidation (27031.2 - 24359.2) / 27031.2 = 9.88 % away
    assertThat(screen).contains("uPnL +8.52   ROE +3.16%   rPnL -1.50   liq 24359.2 (9.88% away)");
    assertThat(screen).contains("LONG 0.100 @ 26946.0   break-even 26962.2   10x isolated   margin 269.46 USDT");
  }

  @Test
  void accountSaysWhatThePositionsSayAtTheSameMark() {
    Frames f = new Frames();
    // the account's own report (uPnL 11.14) is 5 s old: its uPnL becomes the positions' 8.52,
    // its equity 10011.14 - 11.14 + 8.52, and its available balance shows to the cent with its age
    assertThat(PanelRenderer.screen(f.build(), 80, 24))
        .contains("ACCOUNT  equity 10008.52   available 9712.38   uPnL +8.52 USDT   · 5.0 s ago");
  }

  @Test
  void accountKeepsItsReportedFiguresWhenAPositionHasNoMarkToComputeFrom() {
    Frames f = new Frames();
    // a coin-margined position's PnL is not linear in the mark: it stays as reported
    f.positions.add(Frames.position(Symbol.parse("BTCUSD_DMCBL"), HoldSide.LONG, "1", "26000", "0.01", "20000"));
    PanelSnapshot s = f.build();
    AccountFigures account = AccountFigures.of(s.account().get().account(), Duration.ofSeconds(5),
        List.of(s.positions().get(0), s.positions().get(1)));

    assertThat(s.positions().get(1).fromMark()).isFalse();
    assertThat(account.unrealizedPnl()).hasValueSatisfying(u -> assertThat(u).isEqualByComparingTo("11.14"));
    assertThat(account.equity()).isEqualByComparingTo("10011.14");
    assertThat(account.equityAtShownMarks()).isFalse();
  }

  @Test
  void shortGainsWhenTheMarkFalls() {
    PositionFigures f = PositionFigures.of(Frames.position(Frames.BTC, HoldSide.SHORT, "0.2", "27000", "540",
        "29700"), Optional.of(new BigDecimal("26500")));

    assertThat(f.unrealizedPnl()).isEqualByComparingTo("100");
    assertThat(f.roePercent()).hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("18.51851852"));
    assertThat(f.liquidationDistancePercent()).hasValueSatisfying(d -> assertThat(d).isEqualByComparingTo(
        "12.07547170"));
  }

  @Test
  void withoutAMarkThePositionShowsItsReportedPnl() {
    Frames f = new Frames();
    PositionFigures figures = PositionFigures.of(f.positions.get(0), Optional.empty());

    assertThat(figures.fromMark()).isFalse();
    assertThat(figures.unrealizedPnl()).isEqualByComparingTo("9");
    assertThat(figures.liquidationDistancePercent()).isEmpty();
  }

  @Test
  void numbersAreRoundedToTheContract() {
    Precision btc = Precision.of(Frames.contract(Frames.BTC, "0.001", 1, 3));
    Precision cheap = Precision.of(Frames.contract(Symbol.parse("DOGEUSDT_UMCBL"), "1", 5, 0));

    assertThat(btc.price(new BigDecimal("27031.25"))).isEqualTo("27031.3");
    assertThat(btc.price(new BigDecimal("27000"))).isEqualTo("27000.0");
    assertThat(btc.size(new BigDecimal("0.1"))).isEqualTo("0.100");
    assertThat(btc.amount(new BigDecimal("9712.3764216"))).isEqualTo("9712.38");
    assertThat(btc.signedAmount(new BigDecimal("8.5200"))).isEqualTo("+8.52");
    assertThat(btc.signedAmount(new BigDecimal("-0.004"))).isEqualTo("0.00");
    assertThat(cheap.price(new BigDecimal("0.1"))).isEqualTo("0.10000");
    assertThat(cheap.size(new BigDecimal("120"))).isEqualTo("120");
    assertThat(btc.stepPrice(new BigDecimal("27031.2"), -12)).isEqualByComparingTo("27030.0");
    assertThat(btc.stepPrice(new BigDecimal("0.1"), -1)).isEqualByComparingTo("0.1");
  }

  @Test
  void screenFitsEightyByTwentyFourWithoutWrapping() {
    List<String> screen = PanelRenderer.screen(new Frames().build(), 80, 24);

    assertThat(screen).hasSize(24);
    assertThat(screen).allSatisfy(line -> assertThat(Columns.width(line)).isLessThanOrEqualTo(80));
    assertThat(screen.get(0)).isEqualTo(
        "BTCUSDT_UMCBL   embedded fake · classic · trading on                   07:59:30Z");
    assertThat(screen.get(2)).startsWith("funding +0.0100% in 00:00:30   ");
    assertThat(screen).contains(
        "    1.250    27031.1 │ 27031.3    1.250      07:59:01 BUY 0.001 @ 27031.3",
        "    5.250    27030.7 │ 27031.7    5.250      ",
        "> BUY LIMIT 0.010 @ 26189.0   filled 0.000   LIVE   07:59:10   id …42000000",
        "STREAM   AUTHENTICATED   last message 0.3 s ago   reconnects 1 (07:58:00)",
        "· ready");
    assertThat(screen.get(23)).isEqualTo(PanelController.FOOTER);
  }

  @Test
  void crowdedScreenStillFitsEightyByTwentyFour() {
    Frames f = new Frames();
    f.symbols = List.of(Symbol.parse("龙虾USDT_UMCBL"), Frames.BTC);
    f.symbol = f.symbols.get(0);
    f.contract = Optional.of(Frames.contract(f.symbol, "1", 4, 0));
    f.positions.clear();
    f.positions.add(Frames.position(f.symbol, HoldSide.LONG, "123456", "0.1234", "1234.56", "0.0999"));
    f.positions.add(Frames.position(f.symbol, HoldSide.SHORT, "654321", "0.1301", "8512.34", "0.1429"));
    f.orders.clear();
    for (int i = 0; i < 12; i++) {
      f.orders.add(Frames.limit("12000000000420000" + (10 + i), Side.SELL, "1000000", "0.2" + i,
          "2025-03-01T07:5" + (i % 10) + ":00Z"));
    }
    f.status = Optional.of(new PanelSnapshot.Status("SELL 1000000 龙虾USDT_UMCBL at market: insufficient balance"
        + " (Bitget 40762: The order amount exceeds the balance)", true, Frames.NOW));
    f.prompt = List.of("SELL LIMIT 1000000 龙虾USDT_UMCBL @ 0.1300", "notional 130000.00 USDT, margin ≈ 13000.00"
        + " USDT at 10x", "↑↓ price ±1 tick   ←→ ±10 ticks   y send   n or Esc cancel");
    List<String> screen = PanelRenderer.screen(f.build(), 80, 24);

    assertThat(screen).hasSize(24);
    assertThat(screen).allSatisfy(line -> assertThat(Columns.width(line)).isLessThanOrEqualTo(80));
    assertThat(screen.get(0)).startsWith("龙虾USDT_UMCBL [1/2, Tab]   embedded fake");
    assertThat(screen).anySatisfy(line -> assertThat(line).startsWith("LONG 123456 @ 0.1234"))
        .anySatisfy(line -> assertThat(line).startsWith("SHORT 654321 @ 0.1301"))
        .anySatisfy(line -> assertThat(line).matches("  … \\d+ more"));
    assertThat(screen.subList(21, 24)).containsExactly("» SELL LIMIT 1000000 龙虾USDT_UMCBL @ 0.1300",
        "» notional 130000.00 USDT, margin ≈ 13000.00 USDT at 10x",
        "» ↑↓ price ±1 tick   ←→ ±10 ticks   y send   n or Esc cancel");
  }

  @Test
  void takeProfitAndStopLossRowsAndThePositionsProtectionFitEightyColumns() {
    Frames f = new Frames();
    // newest first, as the model lists them
    f.orders.add(0, Frames.protection("1200000000042000077", ConditionalOrderKind.STOP_LOSS, HoldSide.LONG, "26000",
        null, "2025-03-01T07:59:20Z"));
    f.orders.add(0, Frames.protection("1200000000042000078", ConditionalOrderKind.TAKE_PROFIT, HoldSide.LONG, "28000",
        "0.05", "2025-03-01T07:59:25Z"));
    List<String> screen = PanelRenderer.screen(f.build(), 80, 24);

    assertThat(screen).hasSize(24);
    assertThat(screen).allSatisfy(line -> assertThat(Columns.width(line)).isLessThanOrEqualTo(80));
    // the position's line names them, with the PnL each realises: (28000 - 26946) × 0.05, (26000 - 26946) × 0.1
    assertThat(screen).contains("take-profit 28000.0 on 0.050 (+52.70)   stop-loss 26000.0 (-94.60)");
    assertThat(screen).anySatisfy(line -> assertThat(line)
        .startsWith("── ORDERS 1 open, 2 TP/SL or trigger · ↑↓ select"));
    // newest first, marked by kind and trigger; the plain order keeps its row
    assertThat(screen).containsSubsequence(
        "> SELL TP 0.050, mark ≥ 28000.0 → market   LIVE   07:59:25   id …42000078",
        "  SELL SL all, mark ≤ 26000.0 → market   LIVE   07:59:20   id …42000077",
        "  BUY LIMIT 0.010 @ 26189.0   filled 0.000   LIVE   07:59:10   id …42000000");
  }

  @Test
  void orderListScrollsToKeepTheSelectedOrderInView() {
    Frames f = new Frames();
    f.orders.clear();
    // newest first, as the model lists them: order-11 at the top, order-0 at the bottom
    for (int i = 11; i >= 0; i--) {
      f.orders.add(Frames.limit("order-" + i, Side.BUY, "0.01", "260" + (10 + i), "2025-03-01T07:" + (40 + i) + ":00Z"));
    }
    PanelSnapshot s = f.build();
    PanelSnapshot oldestSelected = new PanelSnapshot(s.now(), s.environment(), s.accountMode(), s.tradingBlocked(),
        s.symbols(), s.symbol(), s.contract(), s.precision(), s.ticker(), s.mark(), s.priceHistory(), s.book(),
        s.funding(), s.fills(), s.positions(), s.positionsAge(), s.leverage(), s.orders(), true,
        Optional.of("order-0"), s.account(), s.stream(), s.status(), s.prompt(), s.help());
    List<String> screen = PanelRenderer.screen(oldestSelected, 80, 24);

    assertThat(screen).anySatisfy(line -> assertThat(line).startsWith("> BUY LIMIT 0.010 @ 26010.0").endsWith(
        "id order-0"));
    assertThat(screen).noneSatisfy(line -> assertThat(line).endsWith("id order-11"));
    assertThat(PanelRenderer.screen(s, 80, 24)).anySatisfy(line -> assertThat(line).startsWith("> ").endsWith(
        "id order-11"));
  }

  @Test
  void helpOverlayListsEveryKeyWithinEightyColumns() {
    Frames f = new Frames();
    f.help = true;
    List<String> screen = PanelRenderer.screen(f.build(), 80, 24);

    assertThat(screen).hasSize(24);
    assertThat(screen).allSatisfy(line -> assertThat(Columns.width(line)).isLessThanOrEqualTo(80));
    for (String[] key : PanelController.KEYS) {
      assertThat(screen).contains(Columns.padRight(key[0], 10) + key[1]);
    }
  }

  @Test
  void readOnlyScreenSaysWhyTradingIsOff() {
    Frames f = new Frames();
    f.environment = PanelArgs.Environment.MAINNET;
    f.tradingBlocked = Optional.of("trading is off on mainnet: restart with --allow-trading to trade real money");
    List<String> screen = PanelRenderer.screen(f.build(), 80, 24);

    assertThat(screen.get(0)).startsWith("BTCUSDT_UMCBL   MAINNET · classic · read-only");
    assertThat(screen.get(23)).isEqualTo(
        "read-only: --allow-trading trades   ↑↓ select  Tab market  ? help  q quit");
  }

  @Test
  void widerTerminalGetsMoreFieldsAndTallerOneMoreFillsAndOrders() {
    Frames f = new Frames();
    f.fills = List.of(Frames.fill("27031.25", "0.001", "2025-03-01T07:59:01Z"),
        Frames.fill("27030.5", "0.002", "2025-03-01T07:58:01Z"), Frames.fill("27030.0", "0.003", "2025-03-01T07:57:01Z"),
        Frames.fill("27029.5", "0.004", "2025-03-01T07:56:01Z"), Frames.fill("27029.0", "0.005", "2025-03-01T07:55:01Z"),
        Frames.fill("27028.5", "0.006", "2025-03-01T07:54:01Z"), Frames.fill("27028.0", "0.007", "2025-03-01T07:53:01Z"));
    f.orders.clear();
    for (int i = 0; i < 12; i++) {
      f.orders.add(Frames.limit("12000000000420000" + (10 + i), Side.BUY, "0.01", "2600" + i,
          "2025-03-01T07:5" + (i % 10) + ":00Z"));
    }
    List<String> wide = PanelRenderer.screen(f.build(), 140, 40);
    List<String> narrow = PanelRenderer.screen(f.build(), 80, 24);

    assertThat(wide).hasSize(40);
    assertThat(wide).allSatisfy(line -> assertThat(Columns.width(line)).isLessThanOrEqualTo(140));
    assertThat(wide).anySatisfy(line -> assertThat(Columns.width(line)).isGreaterThan(80));
    assertThat(wide.get(1)).isEqualTo("last 27031.3   mark 27031.2   index 27031.0   24h +0.49%   high 27500.0"
        + "   low 26500.0   volume 1234.568 BTC");
    assertThat(wide).anySatisfy(line -> assertThat(line).endsWith("07:59:01 BUY 0.001 @ 27031.3  fee -0.02  pnl 0.00"))
        .anySatisfy(line -> assertThat(line).endsWith("id 1200000000042000010"))
        .anySatisfy(line -> assertThat(line).endsWith("6 channels   last error: no answer from the exchange"));
    assertThat(wide.stream().filter(line -> line.contains("BUY LIMIT")).count()).isEqualTo(12);
    assertThat(wide.stream().filter(line -> line.contains(" BUY 0.00")).count()).isEqualTo(7);
    assertThat(narrow.stream().filter(line -> line.contains(" BUY 0.00")).count()).isEqualTo(5);
    assertThat(narrow.stream().filter(line -> line.contains("BUY LIMIT")).count()).isLessThan(12);
    assertThat(narrow).anySatisfy(line -> assertThat(line).matches("  … \\d+ more"));
  }

  @Test
  void terminalFrameNeverErasesTheLastColumnOfAFullLine() {
    String full = "x".repeat(80);
    String frame = Display.frame(List.of("short", full, "end"), 80);

    assertThat(frame).isEqualTo("\u001b[Hshort\u001b[K\r\n" + full + "\r\nend\u001b[K\u001b[J");
  }

  @Test
  void countdownAndAgesReadAtAGlance() {
    Instant now = Frames.NOW;
    assertThat(PanelRenderer.countdown(now, now.plusSeconds(3 * 3600 + 12 * 60 + 5))).isEqualTo("03:12:05");
    assertThat(PanelRenderer.countdown(now, now.minusSeconds(1))).isEqualTo("now");
    assertThat(PanelRenderer.age(Duration.ofMillis(340))).isEqualTo("0.3 s");
    assertThat(PanelRenderer.age(Duration.ofSeconds(42))).isEqualTo("42 s");
    assertThat(PanelRenderer.age(Duration.ofMinutes(7))).isEqualTo("7 min");
  }

  @Test
  void columnsCountWideCharactersTwice() {
    assertThat(Columns.width("龙虾USDT")).isEqualTo(8);
    assertThat(Columns.fit("龙虾USDT", 3)).isEqualTo("龙");
    assertThat(Columns.padRight("龙", 4)).isEqualTo("龙  ");
    assertThat(Columns.spread("a", "b", 5)).isEqualTo("a   b");
  }
}
