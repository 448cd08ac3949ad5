package io.bitget4j.examples.panel;

import static org.assertj.core.api.Assertions.assertThat;

import io.bitget4j.core.AccountMode;
import io.bitget4j.core.Symbol;
import io.bitget4j.core.model.ConditionalOrderKind;
import io.bitget4j.core.model.ConditionalOrderStatus;
import io.bitget4j.core.model.PositionMode;
import io.bitget4j.core.model.Side;
import io.bitget4j.core.model.TriggerPriceType;
import io.bitget4j.rest.BitgetRestClient;
import io.bitget4j.rest.ConditionalOrderRequest;
import io.bitget4j.rest.OrderRef;
import io.bitget4j.rest.OrderRequest;
import io.bitget4j.testkit.FakeBitget;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Drives the panel through its keys against a classic and a unified {@link FakeBitget}, and reads
 * the screen an 80×24 terminal would show.
 */
@Timeout(90)
class PanelTradingTest {
  private static final Symbol BTC = Symbol.BTCUSDT_UMCBL;

  private final ScriptedKeys keys = new ScriptedKeys();
  private final RecordingDisplay screen = new RecordingDisplay(80, 24);
  private final ByteArrayOutputStream errors = new ByteArrayOutputStream();
  private FakeBitget fake;
  private CompletableFuture<Integer> panel;

  @AfterEach
  void quitAndStop() throws Exception {
    if (panel != null) {
      keys.type("q");
      assertThat(panel.get(20, TimeUnit.SECONDS)).isZero();
    }
    if (fake != null) {
      fake.close();
    }
    assertThat(errors.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(value = AccountMode.class, names = {"CLASSIC", "UNIFIED"})
  void marketBuyOpensAPositionThatTheScreenShows(AccountMode mode) {
    start(FakeBitget.builder().accountMode(mode));
    RecordingDisplay.Frame seeded = awaitSeeded();
    // a unified account's settings name the leverage; a flat classic account's leverage is unknown
    assertThat(seeded.text()).contains(mode == AccountMode.UNIFIED ? "flat · leverage 10x" : "flat\n")
        .contains("ACCOUNT  equity 10000.00");

    keys.type("b");
    RecordingDisplay.Frame prompt = screen.awaitText("» BUY 0.001 BTCUSDT_UMCBL at market");
    assertThat(prompt.text()).contains("» notional ≈ 27.00 USDT at the ask 27000.1"
            + (mode == AccountMode.UNIFIED ? ", margin ≈ 2.70 USDT at 10x" : "") + "\n")
        .contains("» y send   n or Esc cancel");
    assertThat(fake.orders()).isEmpty();

    RecordingDisplay.Frame done = confirm("bought");
    assertThat(done.status()).startsWith("bought 0.001 BTCUSDT_UMCBL at market (order ");
    // the frame that reports the fill already shows the position, the fill and the account after it
    assertThat(done.text()).contains("LONG 0.001 @ 27000.0").contains("BUY 0.001 @ 27000.0")
        .contains("ACCOUNT  equity 99");
    assertThat(fake.positions()).singleElement().satisfies(p -> assertThat(p.size()).isEqualByComparingTo("0.001"));
  }

  @ParameterizedTest
  @EnumSource(value = AccountMode.class, names = {"CLASSIC", "UNIFIED"})
  void limitOrderAppearsWithinOneRedrawAndCancelRemovesIt(AccountMode mode) {
    start(FakeBitget.builder().accountMode(mode));
    awaitSeeded();

    keys.type("B");
    screen.awaitText("» BUY LIMIT 0.001 BTCUSDT_UMCBL @ 26999.9");
    keys.press(Key.DOWN, Key.DOWN, Key.LEFT);
    RecordingDisplay.Frame moved = screen.awaitText("» BUY LIMIT 0.001 BTCUSDT_UMCBL @ 26998.7");
    assertThat(moved.text()).contains("» notional 27.00 USDT");

    RecordingDisplay.Frame placed = confirm("placed");
    assertThat(placed.text()).contains("ORDERS 1 open").contains("> BUY LIMIT 0.001 @ 26998.7   filled 0.000   LIVE");
    assertThat(fake.orders()).singleElement().satisfies(o -> assertThat(o.price()).isEqualByComparingTo("26998.7"));

    keys.type("c");
    screen.awaitText("» CANCEL BUY LIMIT 0.001 @ 26998.7 BTCUSDT_UMCBL");
    RecordingDisplay.Frame cancelled = confirm("cancelled order");
    assertThat(cancelled.text()).contains("ORDERS none open");
    assertThat(fake.orders()).singleElement().satisfies(o -> assertThat(o.status()).isEqualTo("canceled"));
  }

  @ParameterizedTest
  @EnumSource(value = AccountMode.class, names = {"CLASSIC", "UNIFIED"})
  void cancelAllCancelsEveryOpenOrderOfTheMarket(AccountMode mode) {
    start(FakeBitget.builder().accountMode(mode));
    awaitSeeded();
    try (BitgetRestClient rest = rest()) {
      rest.orders().place(OrderRequest.limit(BTC, Side.BUY, new BigDecimal("0.002"), new BigDecimal("26000")));
      rest.orders().place(OrderRequest.limit(BTC, Side.SELL, new BigDecimal("0.002"), new BigDecimal("28000")));
    }
    // placed elsewhere: the orders stream brings them
    screen.awaitText("ORDERS 2 open");

    keys.type("C");
    screen.awaitText("» CANCEL ALL 2 open orders of BTCUSDT_UMCBL");
    RecordingDisplay.Frame done = confirm("cancelled 2 orders");
    assertThat(done.text()).contains("ORDERS none open");
  }

  @ParameterizedTest
  @EnumSource(value = AccountMode.class, names = {"CLASSIC", "UNIFIED"})
  void closeFlattensThePosition(AccountMode mode) {
    start(FakeBitget.builder().accountMode(mode).initialPosition(BTC, new BigDecimal("0.1"), new BigDecimal("26900"),
        10));
    assertThat(awaitSeeded().text()).contains("LONG 0.100 @ 26900.0");

    keys.type("x");
    RecordingDisplay.Frame prompt = screen.awaitText("» CLOSE LONG 0.100 BTCUSDT_UMCBL at market");
    assertThat(prompt.text()).contains("» notional ≈ 2700.00 USDT at the mark 27000.0");
    RecordingDisplay.Frame closed = confirm("closed the position");
    assertThat(closed.text()).contains("flat").doesNotContain("LONG 0.100");
    assertThat(fake.positions()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(value = AccountMode.class, names = {"CLASSIC", "UNIFIED"})
  void refusedOrderShowsItsReasonInWordsAndThePanelCarriesOn(AccountMode mode) {
    start(FakeBitget.builder().accountMode(mode).initialBalance(new BigDecimal("100")), "--size", "1");
    awaitSeeded();

    keys.type("by");
    RecordingDisplay.Frame refused = screen.await(0, f -> f.status().contains("insufficient balance"));
    assertThat(refused.status()).isEqualTo("BUY 1.000 BTCUSDT_UMCBL at market: insufficient balance (Bitget 40762: "
        + (mode == AccountMode.UNIFIED ? "The order size is greater than the max open size"
        : "The order amount exceeds the balance") + ")");
    assertThat(refused.lines()).anySatisfy(line -> assertThat(line).startsWith("! BUY 1.000 BTCUSDT_UMCBL at market:"
        + " insufficient balance"));
    assertThat(fake.positions()).isEmpty();

    // still running: a cancelled prompt sends nothing and says so
    keys.type("bn");
    screen.await(refused.index(), f -> f.status().equals("cancelled: nothing sent"));
  }

  @ParameterizedTest
  @EnumSource(value = AccountMode.class, names = {"CLASSIC", "UNIFIED"})
  void ordersAndPositionsShowFromTheStartAndFollowTheStream(AccountMode mode) {
    fake = FakeBitget.builder().accountMode(mode).tickInterval(Duration.ZERO)
        .initialPosition(BTC, new BigDecimal("0.1"), new BigDecimal("26900"), 10).start();
    try (BitgetRestClient rest = rest()) {
      rest.orders().place(OrderRequest.limit(BTC, Side.BUY, new BigDecimal("0.01"), new BigDecimal("26000")));
    }
    run();
    RecordingDisplay.Frame seeded = awaitSeeded();
    assertThat(seeded.text()).contains("ORDERS 1 open").contains("> BUY LIMIT 0.010 @ 26000.0")
        .contains("LONG 0.100 @ 26900.0");
    // seeded over REST and shown as soon as listed: no frame says "none open" while the order is
    // open, as the 5 s orders cadence once did
    RecordingDisplay.Frame listed = screen.find(0, f -> f.snapshot().ordersListed());
    assertThat(listed.text()).contains("> BUY LIMIT 0.010 @ 26000.0");
    assertThat(screen.find(0, f -> f.text().contains("ORDERS none open"))).isNull();

    fake.setPrice(BTC, new BigDecimal("31000"));
    RecordingDisplay.Frame moved = screen.await(seeded.index(), f -> f.text().contains("last 31000.0   mark 31000.0"));
    // 0.1 bought at 26900 is worth 410 more at the mark the same frame shows, in the position and the account
    RecordingDisplay.Frame consistent = screen.await(moved.index(), f -> f.text().contains("uPnL +410.00   ROE"));
    assertThat(consistent.text()).contains("mark 31000.0").contains("uPnL +410.00 USDT");
  }

  @ParameterizedTest
  @EnumSource(value = AccountMode.class, names = {"CLASSIC", "UNIFIED"})
  void droppedStreamsShowTheReconnectAndTheScreenKeepsFollowing(AccountMode mode) {
    start(FakeBitget.builder().accountMode(mode));
    assertThat(awaitSeeded().text()).contains("reconnects 0");

    assertThat(fake.faults().dropWebSocketConnections()).isPositive();
    RecordingDisplay.Frame back = screen.await(screen.count(), f -> f.text().contains("reconnects 2")
        || f.text().contains("reconnects 1"));
    fake.setPrice(BTC, new BigDecimal("27500"));
    screen.await(back.index(), f -> f.text().contains("last 27500.0"));
  }

  @ParameterizedTest
  @EnumSource(value = AccountMode.class, names = {"CLASSIC", "UNIFIED"})
  void throwingExchangeCallLeavesThePanelRunningAndTheNextOrderGoesThrough(AccountMode mode) {
    start(FakeBitget.builder().accountMode(mode));
    awaitSeeded();

    keys.type("b");
    screen.awaitText("» BUY 0.001 BTCUSDT_UMCBL at market");
    fake.faults().failNextRestCalls(1, 400, "40014");
    keys.type("y");
    RecordingDisplay.Frame failed = screen.await(0, f -> f.status().contains("may not"));
    assertThat(failed.status()).isEqualTo("BUY 0.001 BTCUSDT_UMCBL at market: the API key may not do this"
        + " (Bitget 40014: Injected failure)");
    assertThat(fake.positions()).isEmpty();

    keys.type("by");
    screen.await(failed.index(), f -> f.status().startsWith("bought 0.001"));
    assertThat(fake.positions()).hasSize(1);
  }

  @ParameterizedTest
  @EnumSource(value = AccountMode.class, names = {"CLASSIC", "UNIFIED"})
  void leverageKeysSetTheLeverageThePositionThenShows(AccountMode mode) {
    start(FakeBitget.builder().accountMode(mode).initialPosition(BTC, new BigDecimal("0.1"), new BigDecimal("26900"),
        10));
    assertThat(awaitSeeded().text()).contains("10x isolated   margin 269.00 USDT");

    keys.type("++-+");
    screen.awaitText("» LEVERAGE of BTCUSDT_UMCBL: 10x → 12x");
    RecordingDisplay.Frame set = confirm("leverage of BTCUSDT_UMCBL is 12x");
    assertThat(set.text()).contains("12x isolated");
    assertThat(fake.positions()).singleElement().satisfies(p -> assertThat(p.leverage()).isEqualTo(12));
  }

  @ParameterizedTest
  @EnumSource(value = AccountMode.class, names = {"CLASSIC", "UNIFIED"})
  void tabSwitchesBetweenMarketsAndTheKeysTradeTheOneOnScreen(AccountMode mode) {
    start(FakeBitget.builder().accountMode(mode), "--symbol", "BTCUSDT_UMCBL", "--symbol", "ETHUSDT_UMCBL");
    assertThat(awaitSeeded().lines().get(0)).startsWith("BTCUSDT_UMCBL [1/2, Tab]   embedded fake");

    keys.type("\t");
    screen.await(0, f -> f.lines().get(0).startsWith("ETHUSDT_UMCBL [2/2, Tab]")
        && f.lines().get(1).startsWith("last 1800.00   mark 1800.00"));
    keys.type("b");
    screen.awaitText("» BUY 0.01 ETHUSDT_UMCBL at market");
    RecordingDisplay.Frame bought = confirm("bought");
    assertThat(bought.text()).contains("LONG 0.01 @ 1800.00");
    assertThat(fake.positions()).singleElement().satisfies(p -> assertThat(p.symbol()).isEqualTo(Symbol.ETHUSDT_UMCBL));

    keys.type("1");
    screen.await(bought.index(), f -> f.lines().get(0).startsWith("BTCUSDT_UMCBL [1/2, Tab]")
        && f.text().contains("flat"));
  }

  @ParameterizedTest
  @EnumSource(value = AccountMode.class, names = {"CLASSIC", "UNIFIED"})
  void inHedgeModeBuyOpensTheLongSellTheShortAndCloseFlattensBoth(AccountMode mode) {
    fake = FakeBitget.builder().accountMode(mode).tickInterval(Duration.ZERO).start();
    try (BitgetRestClient rest = rest()) {
      rest.account().setPositionMode(BTC.productType(), PositionMode.HEDGE);
    }
    run();
    awaitSeeded();

    keys.type("by");
    RecordingDisplay.Frame bought = screen.await(0, f -> f.status().startsWith("bought"));
    assertThat(bought.text()).contains("LONG 0.001 @ 27000.0");
    keys.type("sy");
    RecordingDisplay.Frame both = screen.await(bought.index(), f -> f.status().startsWith("sold"));
    // the long first, then the short
    assertThat(both.text()).containsSubsequence("LONG 0.001 @ 27000.0", "SHORT 0.001 @ 27000.0");
    assertThat(fake.positions()).hasSize(2);

    keys.type("x");
    screen.awaitText("» CLOSE LONG+SHORT 0.002 BTCUSDT_UMCBL at market");
    RecordingDisplay.Frame closed = confirm("closed the position");
    assertThat(closed.text()).contains("flat");
    assertThat(fake.positions()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(value = AccountMode.class, names = {"CLASSIC", "UNIFIED"})
  void stopLossShowsAndThePriceFallingThroughItClosesThePosition(AccountMode mode) {
    start(FakeBitget.builder().accountMode(mode));
    awaitSeeded();
    keys.type("by");
    screen.await(0, f -> f.status().startsWith("bought"));

    keys.type("l");
    RecordingDisplay.Frame prompt = screen.awaitText("» SET STOP-LOSS of LONG 0.001 BTCUSDT_UMCBL: mark ≤ 26730.0"
        + " (-1.00%)");
    assertThat(prompt.text()).contains("» closes all at market: notional ≈ 26.73 USDT, PnL ≈ -0.27 USDT");
    assertThat(fake.conditionalOrders()).isEmpty();
    RecordingDisplay.Frame set = confirm("set the stop-loss of the LONG BTCUSDT_UMCBL at mark 26730.0");
    assertThat(set.status()).isEqualTo("set the stop-loss of the LONG BTCUSDT_UMCBL at mark 26730.0");
    assertThat(set.text()).contains("\nstop-loss 26730.0 (-0.27)\n")
        .contains("ORDERS 1 TP/SL or trigger · ↑↓ select")
        .contains("> SELL SL all, mark ≤ 26730.0 → market   LIVE");
    assertThat(fake.conditionalOrders()).singleElement().satisfies(o -> {
      assertThat(o.kind()).isEqualTo(ConditionalOrderKind.STOP_LOSS);
      assertThat(o.triggerPrice()).isEqualByComparingTo("26730");
      assertThat(o.size()).isEmpty();
    });

    fake.setPrice(BTC, new BigDecimal("26700"));
    RecordingDisplay.Frame stopped = screen.await(set.index(), f -> f.text().contains("flat")
        && f.text().contains("ORDERS none open"));
    assertThat(stopped.lines()).noneMatch(line -> line.startsWith("stop-loss"));
    assertThat(fake.positions()).isEmpty();
    assertThat(fake.conditionalOrders()).singleElement()
        .satisfies(o -> assertThat(o.status()).isEqualTo(ConditionalOrderStatus.FILLED));
  }

  @ParameterizedTest
  @EnumSource(value = AccountMode.class, names = {"CLASSIC", "UNIFIED"})
  void stopLossMovesAndClearingItRemovesIt(AccountMode mode) {
    start(FakeBitget.builder().accountMode(mode).initialPosition(BTC, new BigDecimal("0.1"), new BigDecimal("26900"),
        10));
    awaitSeeded();
    keys.type("l");
    screen.awaitText("» SET STOP-LOSS of LONG 0.100 BTCUSDT_UMCBL: mark ≤ 26730.0");
    confirm("set the stop-loss");

    keys.type("l");
    screen.awaitText("» MOVE STOP-LOSS of LONG 0.100 BTCUSDT_UMCBL: mark ≤ 26730.0");
    keys.press(Key.RIGHT, Key.RIGHT);
    screen.awaitText("» MOVE STOP-LOSS of LONG 0.100 BTCUSDT_UMCBL: mark ≤ 26732.0");
    RecordingDisplay.Frame moved = confirm("moved the stop-loss of the LONG BTCUSDT_UMCBL at mark 26732.0");
    assertThat(moved.text()).contains("stop-loss 26732.0 (-16.80)").contains("SELL SL all, mark ≤ 26732.0");
    assertThat(fake.conditionalOrders()).singleElement()
        .satisfies(o -> assertThat(o.triggerPrice()).isEqualByComparingTo("26732"));

    keys.type("L");
    screen.awaitText("» CLEAR STOP-LOSS of BTCUSDT_UMCBL: cancel 1 order");
    RecordingDisplay.Frame cleared = confirm("cleared 1 stop-loss order");
    assertThat(cleared.lines()).noneMatch(line -> line.startsWith("stop-loss"));
    assertThat(cleared.text()).doesNotContain("SL all").contains("ORDERS none open")
        .contains("LONG 0.100 @ 26900.0");
    assertThat(fake.conditionalOrders()).singleElement()
        .satisfies(o -> assertThat(o.status()).isEqualTo(ConditionalOrderStatus.CANCELLED));
  }

  @ParameterizedTest
  @EnumSource(value = AccountMode.class, names = {"CLASSIC", "UNIFIED"})
  void takeProfitRowAppearsInTheOrderListAndCancelRemovesIt(AccountMode mode) {
    start(FakeBitget.builder().accountMode(mode).initialPosition(BTC, new BigDecimal("0.1"), new BigDecimal("26900"),
        10));
    awaitSeeded();
    keys.type("t");
    screen.awaitText("» SET TAKE-PROFIT of LONG 0.100 BTCUSDT_UMCBL: mark ≥ 27270.0 (+1.00%)");
    RecordingDisplay.Frame set = confirm("set the take-profit");
    assertThat(set.text()).contains("take-profit 27270.0 (+37.00)")
        .contains("> SELL TP all, mark ≥ 27270.0 → market   LIVE");

    keys.type("c");
    screen.awaitText("» CANCEL SELL TP all, mark ≥ 27270.0 → market BTCUSDT_UMCBL");
    RecordingDisplay.Frame cancelled = confirm("cancelled TP order");
    assertThat(cancelled.text()).contains("ORDERS none open");
    assertThat(cancelled.lines()).noneMatch(line -> line.startsWith("take-profit"));
    assertThat(fake.conditionalOrders()).singleElement()
        .satisfies(o -> assertThat(o.status()).isEqualTo(ConditionalOrderStatus.CANCELLED));
    assertThat(fake.positions()).singleElement().satisfies(p -> assertThat(p.size()).isEqualByComparingTo("0.1"));
  }

  @ParameterizedTest
  @EnumSource(value = AccountMode.class, names = {"CLASSIC", "UNIFIED"})
  void triggerOrderPlacedAndCancelledElsewhereFollowsTheStream(AccountMode mode) {
    start(FakeBitget.builder().accountMode(mode));
    RecordingDisplay.Frame seeded = awaitSeeded();
    try (BitgetRestClient rest = rest()) {
      String orderId = rest.conditionalOrders().place(ConditionalOrderRequest.trigger(BTC).side(Side.BUY)
          .triggerPrice(new BigDecimal("28000")).triggerPriceType(TriggerPriceType.LAST)
          .size(new BigDecimal("0.002")).limit(new BigDecimal("28010")).build()).orderId();
      // the panel lists conditional orders only at the start, after its own actions and after a
      // reconnect: the conditional-order stream brings this one
      RecordingDisplay.Frame listed = screen.await(seeded.index(),
          f -> f.text().contains("ORDERS 1 TP/SL or trigger"));
      assertThat(listed.text()).contains("> BUY TRIGGER 0.002, last at 28000.0 → limit 28010.0   LIVE");

      rest.conditionalOrders().cancel(BTC, OrderRef.orderId(orderId));
      screen.await(listed.index(), f -> f.text().contains("ORDERS none open"));
    }
  }

  /**
   * Waits for the first frame with everything loaded (prices, book, contract, positions, open
   * orders, fills, account and the account mode): the start-up reads are done, so what a test
   * injects next meets the keys' calls only.
   */
  private RecordingDisplay.Frame awaitSeeded() {
    return screen.await(0, f -> {
      PanelSnapshot s = f.snapshot();
      return s.ticker().isPresent() && s.book().isPresent() && s.contract().isPresent()
          && s.positionsAge().isPresent() && s.ordersListed() && s.fills().isPresent() && s.account().isPresent()
          && s.accountMode() != AccountMode.AUTO;
    });
  }

  /** Presses y and returns the first frame whose status starts with {@code status}: the answer's. */
  private RecordingDisplay.Frame confirm(String status) {
    int before = screen.count();
    keys.type("y");
    return screen.await(before, f -> f.status().startsWith(status));
  }

  private void start(FakeBitget.Builder builder, String... args) {
    fake = builder.tickInterval(Duration.ZERO).start();
    run(args);
  }

  private void run(String... args) {
    PanelArgs parsed = PanelArgs.parse(args);
    PrintStream err = new PrintStream(errors, true, StandardCharsets.UTF_8);
    panel = CompletableFuture.supplyAsync(() -> PanelApp.run(parsed, keys, screen,
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), err, Map.of(), fake,
        Clock.systemUTC()));
  }

  private BitgetRestClient rest() {
    return BitgetRestClient.builder().baseUrl(fake.restUrl()).credentials(fake.credentials()).build();
  }
}
