package io.bitget4j.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bitget4j.core.InvalidRequestException;
import io.bitget4j.core.Symbol;
import io.bitget4j.core.UnsupportedOnAccountModeException;
import io.bitget4j.core.model.ConditionalOrder;
import io.bitget4j.core.model.ConditionalOrderKind;
import io.bitget4j.core.model.HoldSide;
import io.bitget4j.core.model.OrderAck;
import io.bitget4j.core.model.TriggerPriceType;
import io.bitget4j.rest.testing.FakeExchange;
import io.bitget4j.rest.testing.Fixtures;
import io.bitget4j.rest.testing.RecordingSleeper;
import io.bitget4j.rest.testing.TestClients;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The conditional-order calls against a scripted exchange: what is read before sending, a lost answer
 * looked up (among the pending orders, then the finished ones) instead of resent, and the refusals
 * that happen before anything is sent.
 */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class ConditionalOrderApiTest {
  private static final Symbol BTC = Symbol.BTCUSDT_UMCBL;
  private static final String V2_ORDER = "/api/v2/mix/order/";
  private static final String V2_SYMBOL_PRICE = "/api/v2/mix/market/symbol-price";
  private static final String V2_POSITION = "/api/v2/mix/position/single-position";
  private static final String SYMBOL_PRICE = "{\"code\":\"00000\",\"msg\":\"success\",\"requestTime\":1,\"data\":"
      + "[{\"symbol\":\"BTCUSDT\",\"price\":\"27000.5\",\"indexPrice\":\"27000.2\",\"markPrice\":\"27000.6\","
      + "\"ts\":\"1732413600000\"}]}";
  private static final String NOTHING_PENDING = "{\"code\":\"00000\",\"msg\":\"success\",\"requestTime\":1,\"data\":"
      + "{\"entrustedList\":[],\"endId\":\"\"}}";

  private final FakeExchange exchange = new FakeExchange();
  private final RecordingSleeper sleeper = new RecordingSleeper();
  private final RestConfig unchecked = RestConfig.builder().checkOrdersAgainstContracts(false).build();

  @AfterEach
  void tearDown() {
    exchange.close();
  }

  private BitgetRestClient classic() {
    return TestClients.builder(exchange, sleeper).config(unchecked).build();
  }

  private BitgetRestClient unified() {
    return TestClients.unified(exchange, sleeper).config(unchecked).build();
  }

  private static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  @Test
  void aClassicStopLossLooksAtThePositionAndThePriceThenLooksALostAnswerUpInsteadOfResending() {
    exchange.enqueue(V2_POSITION, Fixtures.read("rest-all-position.json"));
    exchange.enqueue(V2_SYMBOL_PRICE, SYMBOL_PRICE);
    exchange.enqueue(V2_ORDER + "place-pos-tpsl", FakeExchange.dropAfterRequest());
    ConditionalOrderRequest stop = ConditionalOrderRequest.stopLoss(BTC, HoldSide.LONG).triggerPrice(d("26000"))
        .triggerPriceType(TriggerPriceType.MARK).wholePosition().market().clientOid("stop-1").build();
    exchange.enqueue(V2_ORDER + "orders-plan-pending", "{\"code\":\"00000\",\"msg\":\"success\",\"requestTime\":1,"
        + "\"data\":{\"entrustedList\":[{\"planType\":\"pos_loss\",\"symbol\":\"BTCUSDT\",\"size\":\"\","
        + "\"orderId\":\"1400\",\"clientOid\":\"stop-1\",\"planStatus\":\"live\",\"triggerPrice\":\"26000\","
        + "\"triggerType\":\"mark_price\",\"executePrice\":\"0\",\"posSide\":\"long\",\"cTime\":\"1\"}],"
        + "\"endId\":\"1400\"}}");

    OrderAck ack;
    try (BitgetRestClient client = classic()) {
      ack = client.conditionalOrders().place(stop);
    }

    assertThat(ack).isEqualTo(new OrderAck("1400", Optional.of("stop-1")));
    assertThat(exchange.requests(V2_ORDER + "place-pos-tpsl")).singleElement()
        .satisfies(r -> assertThat(FakeExchange.body(r)).isEqualTo("{\"symbol\":\"BTCUSDT\",\"productType\":"
            + "\"USDT-FUTURES\",\"marginCoin\":\"USDT\",\"holdSide\":\"buy\",\"stopLossTriggerPrice\":\"26000\","
            + "\"stopLossTriggerType\":\"mark_price\",\"stopLossClientOid\":\"stop-1\"}"));
    assertThat(exchange.requests(V2_ORDER + "orders-plan-pending")).singleElement()
        .satisfies(r -> TestClients.assertSigned(r, "GET", V2_ORDER + "orders-plan-pending",
            "clientOid=stop-1&planType=profit_loss&productType=USDT-FUTURES&symbol=BTCUSDT"));
    List<String> order = exchange.apiRequests().stream().map(r -> r.getUrl().encodedPath()).toList();
    assertThat(order).containsExactly(V2_POSITION, V2_SYMBOL_PRICE, V2_ORDER + "place-pos-tpsl",
        V2_ORDER + "orders-plan-pending");
  }

  @Test
  void aUnifiedStopLossWhoseLostAnswerHidesAnOrderThatAlreadyEndedIsFoundInTheHistory() {
    exchange.enqueue("/api/v3/position/current-position", Fixtures.read("v3/rest-v3-current-position-live-ccxt.json"));
    exchange.enqueue("/api/v3/market/tickers", Fixtures.read("v3/rest-v3-tickers.json"));
    exchange.enqueue("/api/v3/trade/place-strategy-order", FakeExchange.dropAfterRequest());
    exchange.enqueue("/api/v3/trade/unfilled-strategy-orders",
        "{\"code\":\"00000\",\"msg\":\"success\",\"requestTime\":1,\"data\":[]}");
    exchange.enqueue("/api/v3/trade/history-strategy-orders",
        Fixtures.read("v3/rest-v3-history-strategy-orders-live-ccxt.json"));
    ConditionalOrderRequest stop = ConditionalOrderRequest.stopLoss(BTC, HoldSide.LONG).triggerPrice(d("85000"))
        .triggerPriceType(TriggerPriceType.MARK).size(d("0.001")).limit(d("84000"))
        .clientOid("1330984742276198400").build();

    OrderAck ack;
    try (BitgetRestClient client = unified()) {
      ack = client.conditionalOrders().place(stop);
    }

    assertThat(ack.orderId()).isEqualTo("1330984742276198400");
    assertThat(exchange.requests("/api/v3/trade/place-strategy-order")).hasSize(1);
    RecordedRequest history = exchange.requests("/api/v3/trade/history-strategy-orders").get(0);
    assertThat(history.getUrl().encodedQuery()).isEqualTo("category=USDT-FUTURES&type=tpsl");
  }

  @Test
  void aTrailingStopOnAUnifiedAccountFailsWithoutAnyRequest() {
    ConditionalOrderRequest trail = ConditionalOrderRequest.trailingStop(BTC, HoldSide.LONG)
        .activationPrice(d("95000")).triggerPriceType(TriggerPriceType.LAST).callbackRatio(d("1")).size(d("0.001"))
        .build();

    try (BitgetRestClient client = unified()) {
      assertThatThrownBy(() -> client.conditionalOrders().place(trail))
          .isInstanceOf(UnsupportedOnAccountModeException.class);
    }

    assertThat(exchange.requests()).isEmpty();
  }

  @Test
  void aTakeProfitBelowTheLastPriceIsRefusedAfterReadingThePriceAndNotSent() {
    exchange.enqueue(V2_POSITION, Fixtures.read("rest-all-position.json"));
    exchange.enqueue(V2_SYMBOL_PRICE, SYMBOL_PRICE);
    exchange.enqueue(V2_POSITION, Fixtures.read("rest-all-position.json"));
    ConditionalOrderRequest target = ConditionalOrderRequest.takeProfit(BTC, HoldSide.LONG).triggerPrice(d("26900"))
        .triggerPriceType(TriggerPriceType.LAST).size(d("0.05")).market().build();

    try (BitgetRestClient client = classic()) {
      assertThatThrownBy(() -> client.conditionalOrders().place(target))
          .isInstanceOf(InvalidRequestException.class)
          .hasMessage("triggerPrice: a take-profit of a LONG position fires when the last price rises to its"
              + " trigger price, but 26900 is not above the last price 27000.5 now, so it would fire at once; set"
              + " a trigger price above 27000.5");
      assertThatThrownBy(() -> client.conditionalOrders().place(target.toBuilder().size(d("0.2")).build()))
          .isInstanceOf(InvalidRequestException.class)
          .hasMessage("size: 0.2 is more than the LONG position's 0.1 in BTCUSDT_UMCBL; a take-profit closes at most"
              + " the position: lower the size, or use wholePosition()");
    }

    assertThat(exchange.requests().stream().map(r -> r.getUrl().encodedPath()))
        .noneMatch(path -> path.startsWith(V2_ORDER));
  }

  @Test
  void pendingAsyncListsAUnifiedAccountsOrdersOfBothTypesNewestFirst() throws Exception {
    exchange.enqueue("/api/v3/trade/unfilled-strategy-orders",
        Fixtures.read("conditional/rest-v3-unfilled-strategy-orders-live-ccxt.json"));
    exchange.enqueue("/api/v3/trade/unfilled-strategy-orders", "{\"code\":\"00000\",\"msg\":\"success\","
        + "\"requestTime\":1,\"data\":[{\"orderId\":\"1330984742276198401\",\"symbol\":\"BTCUSDT\","
        + "\"category\":\"USDT-FUTURES\",\"qty\":\"0.001\",\"side\":\"buy\",\"triggerBy\":\"mark\","
        + "\"triggerPrice\":\"120000\",\"triggerOrderType\":\"market\",\"createdTime\":\"1753057411800\"},"
        + "{\"orderId\":\"9\",\"symbol\":\"ETHUSDT\",\"category\":\"USDT-FUTURES\",\"qty\":\"1\",\"side\":\"buy\","
        + "\"triggerPrice\":\"5000\",\"createdTime\":\"1\"}]}");

    List<ConditionalOrder> pending;
    try (BitgetRestClient client = unified()) {
      pending = client.conditionalOrders().pendingAsync(BTC).get(10, TimeUnit.SECONDS);
    }

    assertThat(pending).extracting(ConditionalOrder::orderId, ConditionalOrder::kind).containsExactly(
        org.assertj.core.api.Assertions.tuple("1330984742276198401", ConditionalOrderKind.TRIGGER),
        org.assertj.core.api.Assertions.tuple("1330984742276198400", ConditionalOrderKind.STOP_LOSS));
    assertThat(exchange.requests("/api/v3/trade/unfilled-strategy-orders"))
        .extracting(r -> r.getUrl().encodedQuery())
        .containsExactly("category=USDT-FUTURES&type=tpsl", "category=USDT-FUTURES&type=trigger");
  }

  @Test
  void cancellingAnOrderThatIsNotPendingSaysSoWithoutSendingACancel() {
    exchange.enqueue(V2_ORDER + "orders-plan-pending", NOTHING_PENDING);
    exchange.enqueue(V2_ORDER + "orders-plan-pending", NOTHING_PENDING);
    exchange.enqueue(V2_ORDER + "orders-plan-pending", NOTHING_PENDING);

    try (BitgetRestClient client = classic()) {
      assertThatThrownBy(() -> client.conditionalOrders().cancel(BTC, OrderRef.clientOid("gone")))
          .isInstanceOf(io.bitget4j.core.OrderNotFoundException.class)
          .hasMessageContaining("no pending conditional order with clientOid=gone on BTCUSDT_UMCBL");
    }

    assertThat(exchange.requests(V2_ORDER + "cancel-plan-order")).isEmpty();
    assertThat(exchange.requests(V2_ORDER + "orders-plan-pending")).extracting(r -> r.getUrl().encodedQuery())
        .containsExactly("limit=100&planType=normal_plan&productType=USDT-FUTURES&symbol=BTCUSDT",
            "limit=100&planType=track_plan&productType=USDT-FUTURES&symbol=BTCUSDT",
            "limit=100&planType=profit_loss&productType=USDT-FUTURES&symbol=BTCUSDT");
  }
}
