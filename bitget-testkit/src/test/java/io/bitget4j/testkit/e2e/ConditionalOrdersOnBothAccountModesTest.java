package io.bitget4j.testkit.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import io.bitget4j.core.AccountMode;
import io.bitget4j.core.InvalidRequestException;
import io.bitget4j.core.OrderNotFoundException;
import io.bitget4j.core.ProductType;
import io.bitget4j.core.Symbol;
import io.bitget4j.core.UnsupportedOnAccountModeException;
import io.bitget4j.core.model.BatchOrderResult;
import io.bitget4j.core.model.ConditionalOrder;
import io.bitget4j.core.model.ConditionalOrderKind;
import io.bitget4j.core.model.ConditionalOrderPage;
import io.bitget4j.core.model.ConditionalOrderStatus;
import io.bitget4j.core.model.ConditionalOrderUpdate;
import io.bitget4j.core.model.HoldSide;
import io.bitget4j.core.model.OrderAck;
import io.bitget4j.core.model.Position;
import io.bitget4j.core.model.Side;
import io.bitget4j.core.model.TriggerPriceType;
import io.bitget4j.core.util.Sleeper;
import io.bitget4j.rest.BitgetRestClient;
import io.bitget4j.rest.ConditionalOrderRequest;
import io.bitget4j.rest.ModifyConditionalOrderRequest;
import io.bitget4j.rest.OrderQuery;
import io.bitget4j.rest.OrderRef;
import io.bitget4j.rest.OrderRequest;
import io.bitget4j.testkit.FakeBitget;
import io.bitget4j.testkit.FakeConditionalOrder;
import io.bitget4j.testkit.FakeConditionalOrderEvent;
import io.bitget4j.testkit.RecordedCall;
import io.bitget4j.ws.BitgetStreamClient;
import io.bitget4j.ws.PositionRisk;
import io.bitget4j.ws.PositionTracker;
import io.bitget4j.ws.Subscription;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Conditional orders end to end, on a classic fake (V2 plan orders) and a unified one (V3 strategy
 * orders): the same user code and records, the fake firing them as the price moves through
 * {@code setPrice}. The client runs in {@code AUTO}, detecting the mode on its first private call.
 */
@ParameterizedClass(name = "{0} account")
@EnumSource(value = AccountMode.class, names = {"CLASSIC", "UNIFIED"})
@Timeout(60)
class ConditionalOrdersOnBothAccountModesTest {
  private static final Symbol BTC = Symbol.BTCUSDT_UMCBL;

  @Parameter
  AccountMode mode;

  private FakeBitget fake;
  private BitgetRestClient rest;
  private BitgetStreamClient streams;

  @BeforeEach
  void start() {
    fake = FakeBitget.builder().accountMode(mode).tickInterval(Duration.ZERO).start();
    rest = BitgetRestClient.builder()
        .baseUrl(fake.restUrl())
        .credentials(fake.credentials())
        .sleeper(Sleeper.system())
        .build();
    fake.setPrice(BTC, new BigDecimal("27000"));
  }

  @AfterEach
  void stop() {
    if (streams != null) {
      streams.close();
    }
    rest.close();
    fake.close();
  }

  /** A stream client on the fake's endpoints, which name the account mode's API version. */
  private BitgetStreamClient streams() {
    if (streams == null) {
      streams = BitgetStreamClient.builder()
          .publicUrl(fake.publicWsUrl())
          .privateUrl(fake.privateWsUrl())
          .credentials(fake.credentials())
          .build();
    }
    return streams;
  }

  private static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  private void openLong(String size) {
    rest.orders().place(OrderRequest.market(BTC, Side.BUY, d(size)));
  }

  private BigDecimal longSize() {
    return rest.positions().of(BTC).stream().filter(p -> p.holdSide() == HoldSide.LONG)
        .map(Position::size).findFirst().orElse(BigDecimal.ZERO);
  }

  private ConditionalOrderRequest.Builder stopLoss(String trigger) {
    return ConditionalOrderRequest.stopLoss(BTC, HoldSide.LONG).triggerPrice(d(trigger))
        .triggerPriceType(TriggerPriceType.MARK).market();
  }

  private ConditionalOrderRequest.Builder takeProfit(String trigger) {
    return ConditionalOrderRequest.takeProfit(BTC, HoldSide.LONG).triggerPrice(d(trigger))
        .triggerPriceType(TriggerPriceType.LAST).market();
  }

  private List<RecordedCall> calls(String pathPart) {
    return fake.requests().stream().filter(c -> c.path().contains(pathPart)).toList();
  }

  /** The requests that place conditional orders, on either API. */
  private List<RecordedCall> conditionalPlacements() {
    List<String> paths = List.of("/api/v2/mix/order/place-tpsl-order", "/api/v2/mix/order/place-pos-tpsl",
        "/api/v2/mix/order/place-plan-order", "/api/v3/trade/place-strategy-order");
    return fake.requests().stream().filter(c -> paths.contains(c.path())).toList();
  }

  @Test
  void takeProfitFillsWhenThePriceRisesThroughIt() {
    openLong("0.1");
    ConditionalOrderRequest request = takeProfit("28000").size(d("0.04")).build();

    OrderAck ack = rest.conditionalOrders().place(request);

    fake.setPrice(BTC, d("27900"));
    assertThat(rest.conditionalOrders().pending(BTC)).singleElement().satisfies(o -> {
      assertThat(o.orderId()).isEqualTo(ack.orderId());
      assertThat(o.clientOid()).contains(request.clientOid());
      assertThat(o.kind()).isEqualTo(ConditionalOrderKind.TAKE_PROFIT);
      assertThat(o.status()).isEqualTo(ConditionalOrderStatus.LIVE);
      assertThat(o.triggerPrice()).isEqualByComparingTo("28000");
      assertThat(o.primaryLeg().priceType()).isEqualTo(TriggerPriceType.LAST);
      assertThat(o.primaryLeg().isMarket()).isTrue();
      assertThat(o.size()).hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("0.04"));
      assertThat(o.positionSide()).contains(HoldSide.LONG);
    });

    fake.setPrice(BTC, d("28100"));

    assertThat(longSize()).isEqualByComparingTo("0.06");
    assertThat(rest.conditionalOrders().pending(BTC)).isEmpty();
    assertThat(fake.conditionalOrders()).singleElement().satisfies(o -> {
      assertThat(o.status()).isEqualTo(ConditionalOrderStatus.FILLED);
      assertThat(o.fillPrice()).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("28100"));
    });
  }

  @Test
  void stopLossFillsOnTheWayDown() {
    openLong("0.1");
    rest.conditionalOrders().place(stopLoss("26000").size(d("0.1")).build());

    fake.setPrice(BTC, d("26500"));
    assertThat(longSize()).isEqualByComparingTo("0.1");

    fake.setPrice(BTC, d("25900"));

    assertThat(longSize()).isZero();
    assertThat(fake.conditionalOrders()).singleElement().satisfies(o -> {
      assertThat(o.kind()).isEqualTo(ConditionalOrderKind.STOP_LOSS);
      assertThat(o.triggerPriceType()).isEqualTo(TriggerPriceType.MARK);
      assertThat(o.status()).isEqualTo(ConditionalOrderStatus.FILLED);
      assertThat(o.fillPrice()).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("25900"));
    });
  }

  @Test
  void trailingStopFollowsARiseAndFiresOnThePullbackOnAClassicAccountOnly() {
    openLong("0.1");
    ConditionalOrderRequest trail = ConditionalOrderRequest.trailingStop(BTC, HoldSide.LONG)
        .activationPrice(d("27500")).triggerPriceType(TriggerPriceType.LAST)
        .callbackRatio(d("1")).size(d("0.1"))
        .build();

    if (mode == AccountMode.UNIFIED) {
      assertThatThrownBy(() -> rest.conditionalOrders().place(trail))
          .isInstanceOf(UnsupportedOnAccountModeException.class)
          .hasMessageStartingWith("a trailing stop is not offered to unified trading accounts");
      assertThat(calls("strategy-order")).isEmpty();
      return;
    }
    rest.conditionalOrders().place(trail);

    fake.setPrice(BTC, d("27600")); // activated: the best price so far
    fake.setPrice(BTC, d("28000")); // a new best; 1 % below it is 27720
    fake.setPrice(BTC, d("27800")); // a pullback of 0.71 %: still following
    assertThat(longSize()).isEqualByComparingTo("0.1");

    fake.setPrice(BTC, d("27720"));

    assertThat(longSize()).isZero();
    assertThat(fake.conditionalOrders()).singleElement().satisfies(o -> {
      assertThat(o.kind()).isEqualTo(ConditionalOrderKind.TRAILING_STOP);
      assertThat(o.status()).isEqualTo(ConditionalOrderStatus.FILLED);
      assertThat(o.fillPrice()).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("27720"));
    });
  }

  @Test
  void triggerOrderOpensAPositionOnABreakout() {
    rest.conditionalOrders().place(ConditionalOrderRequest.trigger(BTC).side(Side.BUY)
        .triggerPrice(d("28000")).triggerPriceType(TriggerPriceType.LAST)
        .size(d("0.05")).market()
        .build());

    fake.setPrice(BTC, d("27950"));
    assertThat(rest.positions().of(BTC)).isEmpty();

    fake.setPrice(BTC, d("28050"));

    assertThat(rest.positions().of(BTC)).singleElement().satisfies(p -> {
      assertThat(p.holdSide()).isEqualTo(HoldSide.LONG);
      assertThat(p.size()).isEqualByComparingTo("0.05");
      assertThat(p.entryPrice()).isEqualByComparingTo("28050");
    });
  }

  @Test
  void positionStopLossClosesTheWholePositionAfterItsSizeChanged() {
    openLong("0.05");
    rest.conditionalOrders().place(stopLoss("26000").wholePosition().build());
    assertThat(rest.conditionalOrders().pending(BTC)).singleElement()
        .satisfies(o -> assertThat(o.wholePosition()).isTrue());

    openLong("0.07");
    assertThat(longSize()).isEqualByComparingTo("0.12");

    fake.setPrice(BTC, d("25950"));

    assertThat(longSize()).isZero();
    FakeConditionalOrder stop = fake.conditionalOrders().get(0);
    assertThat(stop.status()).isEqualTo(ConditionalOrderStatus.FILLED);
    assertThat(fake.orders()).filteredOn(o -> o.orderId().equals(stop.executedOrderId().orElseThrow()))
        .singleElement().satisfies(o -> assertThat(o.size()).isEqualByComparingTo("0.12"));
  }

  @Test
  void modifyMovesTheTriggerAndCancelEndsTheOrder() {
    openLong("0.1");
    OrderAck ack = rest.conditionalOrders().place(stopLoss("26000").size(d("0.05")).build());

    rest.conditionalOrders().modify(ModifyConditionalOrderRequest.builder(BTC, OrderRef.orderId(ack.orderId()))
        .triggerPrice(d("26500")).size(d("0.08")).build());

    assertThat(rest.conditionalOrders().pending(BTC)).singleElement().satisfies(o -> {
      assertThat(o.status()).isEqualTo(ConditionalOrderStatus.LIVE);
      assertThat(o.triggerPrice()).isEqualByComparingTo("26500");
      assertThat(o.size()).hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("0.08"));
    });
    assertThatThrownBy(() -> rest.conditionalOrders().modify(
        ModifyConditionalOrderRequest.builder(BTC, OrderRef.orderId(ack.orderId())).triggerPrice(d("27500")).build()))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage("triggerPrice: a stop-loss of a LONG position fires when the mark price falls to its trigger"
            + " price, but 27500 is not below the mark price 27000 now, so it would fire at once; set a trigger"
            + " price below 27000");

    rest.conditionalOrders().cancel(BTC, OrderRef.orderId(ack.orderId()));

    assertThat(rest.conditionalOrders().pending(BTC)).isEmpty();
    assertThat(rest.conditionalOrders().history(OrderQuery.of(BTC)).orders()).singleElement()
        .satisfies(o -> assertThat(o.status()).isEqualTo(ConditionalOrderStatus.CANCELLED));
    assertThatThrownBy(() -> rest.conditionalOrders().cancel(BTC, OrderRef.orderId(ack.orderId())))
        .isInstanceOf(OrderNotFoundException.class)
        .hasMessageContaining("no pending conditional order with orderId=" + ack.orderId());
    fake.setPrice(BTC, d("26400"));
    assertThat(longSize()).isEqualByComparingTo("0.1");
  }

  @Test
  void cancelAllEndsEveryPendingOrderOfTheSymbol() {
    openLong("0.1");
    rest.conditionalOrders().place(stopLoss("26000").wholePosition().build());
    rest.conditionalOrders().place(takeProfit("28000").size(d("0.05")).build());
    rest.conditionalOrders().place(ConditionalOrderRequest.trigger(BTC).side(Side.BUY)
        .triggerPrice(d("29000")).triggerPriceType(TriggerPriceType.LAST).size(d("0.01")).limit(d("29010")).build());

    BatchOrderResult result = rest.conditionalOrders().cancelAll(BTC);

    assertThat(result.successes()).hasSize(3);
    assertThat(result.failures()).isEmpty();
    assertThat(rest.conditionalOrders().pending(BTC)).isEmpty();
    assertThat(rest.conditionalOrders().cancelAll(BTC).successes()).isEmpty();
  }

  @Test
  void listsShowEveryStateInOrderFromPendingToHistory() {
    openLong("0.1");
    OrderAck takeProfit = rest.conditionalOrders().place(takeProfit("28000").size(d("0.04")).build());
    OrderAck stop = rest.conditionalOrders().place(stopLoss("26000").wholePosition().build());
    OrderAck entry = rest.conditionalOrders().place(ConditionalOrderRequest.trigger(BTC).side(Side.BUY)
        .triggerPrice(d("29000")).triggerPriceType(TriggerPriceType.LAST).size(d("0.01")).market().build());

    assertThat(rest.conditionalOrders().pending(BTC))
        .extracting(ConditionalOrder::orderId, ConditionalOrder::kind, ConditionalOrder::status)
        .containsExactly(
            tuple(entry.orderId(), ConditionalOrderKind.TRIGGER, ConditionalOrderStatus.LIVE),
            tuple(stop.orderId(), ConditionalOrderKind.STOP_LOSS, ConditionalOrderStatus.LIVE),
            tuple(takeProfit.orderId(), ConditionalOrderKind.TAKE_PROFIT, ConditionalOrderStatus.LIVE));

    rest.conditionalOrders().cancel(BTC, OrderRef.orderId(entry.orderId()));
    fake.setPrice(BTC, d("28100"));

    assertThat(rest.conditionalOrders().pending(BTC)).extracting(ConditionalOrder::orderId)
        .containsExactly(stop.orderId());
    fake.setPrice(BTC, d("25900"));

    assertThat(rest.conditionalOrders().pending(BTC)).isEmpty();
    ConditionalOrderPage history = rest.conditionalOrders().history(OrderQuery.of(BTC));
    assertThat(history.orders())
        .extracting(ConditionalOrder::orderId, ConditionalOrder::status)
        .containsExactly(
            tuple(entry.orderId(), ConditionalOrderStatus.CANCELLED),
            tuple(stop.orderId(), ConditionalOrderStatus.TRIGGERED),
            tuple(takeProfit.orderId(), ConditionalOrderStatus.TRIGGERED));
    assertThat(history.endId()).contains(takeProfit.orderId());
    assertThat(rest.conditionalOrders().history(OrderQuery.builder(BTC.productType()).symbol(BTC)
        .cursor(history.endId().orElseThrow()).build()).orders()).isEmpty();
    assertThat(fake.conditionalOrderEvents())
        .extracting(e -> e.order().orderId(), FakeConditionalOrderEvent::status)
        .containsExactly(
            tuple(takeProfit.orderId(), ConditionalOrderStatus.LIVE),
            tuple(stop.orderId(), ConditionalOrderStatus.LIVE),
            tuple(entry.orderId(), ConditionalOrderStatus.LIVE),
            tuple(entry.orderId(), ConditionalOrderStatus.CANCELLED),
            tuple(takeProfit.orderId(), ConditionalOrderStatus.TRIGGERED),
            tuple(takeProfit.orderId(), ConditionalOrderStatus.FILLED),
            tuple(stop.orderId(), ConditionalOrderStatus.TRIGGERED),
            tuple(stop.orderId(), ConditionalOrderStatus.FILLED));
  }

  @Test
  void takingProfitOnTheWholePositionCancelsItsStopLoss() {
    openLong("0.1");
    OrderAck stop = rest.conditionalOrders().place(stopLoss("26000").wholePosition().build());
    rest.conditionalOrders().place(takeProfit("28000").wholePosition().build());

    fake.setPrice(BTC, d("28000"));

    assertThat(longSize()).isZero();
    assertThat(rest.conditionalOrders().pending(BTC)).isEmpty();
    assertThat(fake.conditionalOrderEvents()).filteredOn(e -> e.order().orderId().equals(stop.orderId()))
        .extracting(FakeConditionalOrderEvent::status, e -> e.reason().orElse(""))
        .containsExactly(tuple(ConditionalOrderStatus.LIVE, ""),
            tuple(ConditionalOrderStatus.CANCELLED, "position closed"));
  }

  @Test
  void lostAnswerIsLookedUpAndProducesOneOrder() {
    openLong("0.1");
    fake.faults().loseNextOrderResponse();
    ConditionalOrderRequest request = stopLoss("26000").wholePosition().build();

    OrderAck ack = rest.conditionalOrders().place(request);

    assertThat(fake.conditionalOrders()).singleElement().satisfies(o -> {
      assertThat(o.orderId()).isEqualTo(ack.orderId());
      assertThat(o.clientOid()).isEqualTo(request.clientOid());
    });
    assertThat(conditionalPlacements()).hasSize(1);
    String lookup = mode == AccountMode.UNIFIED ? "unfilled-strategy-orders" : "orders-plan-pending";
    assertThat(calls(lookup)).isNotEmpty();
    if (mode == AccountMode.CLASSIC) {
      assertThat(calls(lookup)).allSatisfy(c -> assertThat(c.queryParameter("clientOid")).contains(request.clientOid()));
    }
  }

  @Test
  void aStopLossOnTheWrongSideOfTheMarketIsRefusedBeforeAnythingIsSent() {
    openLong("0.1");

    assertThatThrownBy(() -> rest.conditionalOrders().place(stopLoss("27100").wholePosition().build()))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage("triggerPrice: a stop-loss of a LONG position fires when the mark price falls to its trigger"
            + " price, but 27100 is not below the mark price 27000 now, so it would fire at once; set a trigger"
            + " price below 27000");
    assertThatThrownBy(() -> rest.conditionalOrders().place(
        ConditionalOrderRequest.takeProfit(BTC, HoldSide.SHORT).triggerPrice(d("26000"))
            .triggerPriceType(TriggerPriceType.LAST).wholePosition().market().build()))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageStartingWith("positionSide: there is no SHORT position in BTCUSDT_UMCBL for the take-profit");
    assertThat(conditionalPlacements()).isEmpty();
  }

  @Test
  void theStreamShowsEveryStateChangeInOrder() throws Exception {
    openLong("0.1");
    List<ConditionalOrderUpdate> updates = new CopyOnWriteArrayList<>();
    Subscription subscription = streams().conditionalOrders(ProductType.UMCBL, updates::add);
    subscription.ready().get(10, TimeUnit.SECONDS);

    OrderAck takeProfit = rest.conditionalOrders().place(takeProfit("28000").size(d("0.04")).build());
    OrderAck stop = rest.conditionalOrders().place(stopLoss("26000").size(d("0.05")).build());
    rest.conditionalOrders().modify(ModifyConditionalOrderRequest.builder(BTC, OrderRef.orderId(stop.orderId()))
        .triggerPrice(d("26500")).build());
    OrderAck cancelled = rest.conditionalOrders().place(stopLoss("25000").size(d("0.01")).build());
    rest.conditionalOrders().cancel(BTC, OrderRef.orderId(cancelled.orderId()));
    fake.setPrice(BTC, d("28100"));

    await().atMost(10, TimeUnit.SECONDS).until(() -> updates.size() >= 7);
    assertThat(updates)
        .extracting(u -> u.order().orderId(), ConditionalOrderUpdate::status,
            u -> u.order().triggerPrice().stripTrailingZeros().toPlainString())
        .containsExactly(
            tuple(takeProfit.orderId(), ConditionalOrderStatus.LIVE, "28000"),
            tuple(stop.orderId(), ConditionalOrderStatus.LIVE, "26000"),
            tuple(stop.orderId(), ConditionalOrderStatus.LIVE, "26500"),
            tuple(cancelled.orderId(), ConditionalOrderStatus.LIVE, "25000"),
            tuple(cancelled.orderId(), ConditionalOrderStatus.CANCELLED, "25000"),
            tuple(takeProfit.orderId(), ConditionalOrderStatus.TRIGGERED, "28000"),
            tuple(takeProfit.orderId(), ConditionalOrderStatus.FILLED, "28000"));
    assertThat(updates).allSatisfy(u -> {
      assertThat(u.order().symbol()).isEqualTo(BTC);
      assertThat(u.order().positionSide()).contains(HoldSide.LONG);
    });
    assertThat(updates.get(0).order().kind()).isEqualTo(ConditionalOrderKind.TAKE_PROFIT);
    assertThat(updates.get(1).order().kind()).isEqualTo(ConditionalOrderKind.STOP_LOSS);
    assertThat(updates.get(0).order().size()).hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("0.04"));
    assertThat(updates).extracting(ConditionalOrderUpdate::status).containsExactlyElementsOf(
        fake.conditionalOrderEvents().stream().map(FakeConditionalOrderEvent::status).toList());
    assertThat(updates).extracting(ConditionalOrderUpdate::timestamp).isSorted();
  }

  @Test
  void positionTrackerShowsEachPositionsTakeProfitAndStopLoss() throws Exception {
    openLong("0.1");
    OrderAck stop = rest.conditionalOrders().place(stopLoss("26000").wholePosition().build());
    PositionTracker tracker = streams().positionTracker(ProductType.UMCBL);
    tracker.subscribe(positions -> { }).ready().get(10, TimeUnit.SECONDS);
    tracker.seed(type -> rest.positions().all(type));
    assertThat(tracker.seedConditionalOrders(type -> rest.conditionalOrders().pending(type))).isTrue();
    assertThat(tracker.risk(BTC)).hasValueSatisfying(risk -> {
      assertThat(risk.stopLoss()).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("26000"));
      assertThat(risk.takeProfit()).isEmpty();
    });

    OrderAck far = rest.conditionalOrders().place(takeProfit("28500").size(d("0.04")).build());
    rest.conditionalOrders().place(takeProfit("28000").size(d("0.03")).build());
    rest.conditionalOrders().place(ConditionalOrderRequest.trigger(BTC).side(Side.BUY)
        .triggerPrice(d("29000")).triggerPriceType(TriggerPriceType.LAST).size(d("0.01")).market().build());
    awaitProtection(tracker, "28000", "26000"); // the nearer take-profit; a trigger order protects nothing

    rest.conditionalOrders().modify(ModifyConditionalOrderRequest.builder(BTC, OrderRef.orderId(stop.orderId()))
        .triggerPrice(d("26500")).build());
    awaitProtection(tracker, "28000", "26500");

    fake.setPrice(BTC, d("28100")); // the nearer take-profit fills
    awaitProtection(tracker, "28500", "26500");

    rest.conditionalOrders().cancel(BTC, OrderRef.orderId(stop.orderId()));
    rest.conditionalOrders().cancel(BTC, OrderRef.orderId(far.orderId()));
    awaitProtection(tracker, null, null);
    assertThat(tracker.risks()).singleElement().satisfies(risk -> assertThat(risk.symbol()).isEqualTo(BTC));
  }

  private static void awaitProtection(PositionTracker tracker, String takeProfit, String stopLoss) {
    await().atMost(10, TimeUnit.SECONDS).untilAsserted(() -> {
      PositionRisk risk = tracker.risk(BTC).orElseThrow();
      assertThat(risk.takeProfit().map(BigDecimal::stripTrailingZeros))
          .isEqualTo(Optional.ofNullable(takeProfit).map(p -> new BigDecimal(p).stripTrailingZeros()));
      assertThat(risk.stopLoss().map(BigDecimal::stripTrailingZeros))
          .isEqualTo(Optional.ofNullable(stopLoss).map(p -> new BigDecimal(p).stripTrailingZeros()));
    });
  }
}
