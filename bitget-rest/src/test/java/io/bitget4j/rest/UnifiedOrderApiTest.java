package io.bitget4j.rest;

import static io.bitget4j.rest.testing.TestClients.assertSigned;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.bitget4j.core.BitgetApiException;
import io.bitget4j.core.InvalidRequestException;
import io.bitget4j.core.OrderNotFoundException;
import io.bitget4j.core.OrderRejectedException;
import io.bitget4j.core.ProductType;
import io.bitget4j.core.Symbol;
import io.bitget4j.core.model.BatchOrderFailure;
import io.bitget4j.core.model.BatchOrderResult;
import io.bitget4j.core.model.FillPage;
import io.bitget4j.core.model.HoldSide;
import io.bitget4j.core.model.Order;
import io.bitget4j.core.model.OrderAck;
import io.bitget4j.core.model.OrderPage;
import io.bitget4j.core.model.OrderStatus;
import io.bitget4j.core.model.Side;
import io.bitget4j.rest.testing.FakeExchange;
import io.bitget4j.rest.testing.Fixtures;
import io.bitget4j.rest.testing.RecordingSleeper;
import io.bitget4j.rest.testing.TestClients;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A unified client's order calls: the V3 paths, queries and bodies, and the V3 answers read. */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class UnifiedOrderApiTest {
  private static final Symbol BTC = Symbol.BTCUSDT_UMCBL;
  private static final String PLACE = "/api/v3/trade/place-order";
  private static final String BATCH = "/api/v3/trade/place-batch";
  private static final String INFO = "/api/v3/trade/order-info";

  private final FakeExchange exchange = new FakeExchange();
  private final BitgetRestClient client = TestClients.unified(exchange, new RecordingSleeper()).build();

  @AfterEach
  void tearDown() {
    client.close();
    exchange.close();
  }

  private RecordedRequest only(String path) {
    assertThat(exchange.requests(path)).hasSize(1);
    return exchange.requests(path).get(0);
  }

  private void instruments() {
    exchange.enqueue("/api/v3/market/instruments", Fixtures.read("v3/rest-v3-instruments.json"));
  }

  private static BigDecimal dec(String text) {
    return new BigDecimal(text);
  }

  @Test
  void placesAnOrderCheckedAgainstTheInstrument() {
    instruments();
    exchange.enqueue(PLACE, Fixtures.read("v3/rest-v3-place-order.json"));

    OrderAck ack = client.orders().place(OrderRequest.builder().symbol(BTC).side(Side.BUY)
        .size(new BigDecimal("0.0005")).limit(new BigDecimal("30000.1")).clientOid("uta-0001").build());

    assertThat(ack).isEqualTo(new OrderAck("121211212122", Optional.of("121211212122")));
    assertSigned(only(PLACE), "POST", PLACE, null);
    assertThat(FakeExchange.body(only(PLACE))).isEqualTo("{\"category\":\"USDT-FUTURES\",\"symbol\":\"BTCUSDT\","
        + "\"qty\":\"0.0005\",\"price\":\"30000.1\",\"side\":\"buy\",\"orderType\":\"limit\",\"timeInForce\":\"gtc\","
        + "\"clientOid\":\"uta-0001\"}");
    TestClients.assertPublic(only("/api/v3/market/instruments"), "GET", "/api/v3/market/instruments",
        "category=USDT-FUTURES&symbol=BTCUSDT");
  }

  @Test
  void anOrderOffTheInstrumentsTickIsRefusedBeforeSending() {
    instruments();

    assertThatThrownBy(() -> client.orders().place(OrderRequest.limit(BTC, Side.BUY, dec("0.001"), dec("30000.05"))))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage("price: 30000.05 is not a multiple of the price tick 0.1 for BTCUSDT_UMCBL");
    assertThat(exchange.requests(PLACE)).isEmpty();
  }

  @Test
  void aV3RefusalCodeIsTyped() {
    instruments();
    exchange.enqueue(PLACE, FakeExchange.json(400,
        "{\"code\":\"25202\",\"msg\":\"Insufficient balance\",\"requestTime\":1,\"data\":null}"));

    OrderRejectedException e = catchThrowableOfType(OrderRejectedException.class,
        () -> client.orders().place(OrderRequest.limit(BTC, Side.BUY, dec("0.001"), dec("30000"))));

    assertThat(e.code()).isEqualTo("25202");
    assertThat(exchange.requests(PLACE)).hasSize(1);
    assertThat(exchange.requests(INFO)).isEmpty(); // a refusal placed nothing
  }

  @Test
  void placesABatchAsATopLevelArray() {
    instruments();
    exchange.enqueue(BATCH, "{\"code\":\"00000\",\"msg\":\"success\",\"requestTime\":1,\"data\":["
        + "{\"orderId\":\"1\",\"clientOid\":\"batch-a\"},"
        + "{\"orderId\":\"\",\"clientOid\":\"batch-b\",\"code\":\"25202\",\"msg\":\"Insufficient balance\"}]}");
    List<OrderRequest> orders = List.of(
        OrderRequest.builder().symbol(BTC).open(HoldSide.LONG).size(dec("0.001")).limit(dec("100000"))
            .clientOid("batch-a").build(),
        OrderRequest.builder().symbol(BTC).open(HoldSide.LONG).size(dec("0.001")).limit(dec("101000"))
            .clientOid("batch-b").build());

    BatchOrderResult result = client.orders().placeBatch(orders);

    assertThat(FakeExchange.body(only(BATCH))).isEqualTo("[{\"category\":\"USDT-FUTURES\",\"symbol\":\"BTCUSDT\","
        + "\"qty\":\"0.001\",\"price\":\"100000\",\"side\":\"buy\",\"orderType\":\"limit\",\"timeInForce\":\"gtc\","
        + "\"posSide\":\"long\",\"clientOid\":\"batch-a\"},{\"category\":\"USDT-FUTURES\",\"symbol\":\"BTCUSDT\","
        + "\"qty\":\"0.001\",\"price\":\"101000\",\"side\":\"buy\",\"orderType\":\"limit\",\"timeInForce\":\"gtc\","
        + "\"posSide\":\"long\",\"clientOid\":\"batch-b\"}]");
    assertThat(result.successes()).containsExactly(new OrderAck("1", Optional.of("batch-a")));
    BatchOrderFailure failure = result.failures().get(0);
    assertThat(failure.errorCode()).contains("25202");
    assertThat(BitgetApiException.ofBatchItem(failure.errorCode().orElseThrow(), failure.errorMessage(), "POST",
        BATCH)).isInstanceOf(OrderRejectedException.class);
  }

  @Test
  void looksAnOrderUpByOrderIdOrClientOid() {
    exchange.enqueue(INFO, Fixtures.read("v3/rest-v3-order-info-live-ccxt.json"));
    exchange.enqueue(INFO, Fixtures.read("v3/rest-v3-order-info-live-ccxt.json"));

    Order byId = client.orders().detail(BTC, OrderRef.orderId("1320244799629316096"));
    Order byClientOid = client.orders().detail(BTC, OrderRef.clientOid("1320244799633510400"));

    List<RecordedRequest> sent = exchange.requests(INFO);
    assertSigned(sent.get(0), "GET", INFO, "orderId=1320244799629316096");
    assertSigned(sent.get(1), "GET", INFO, "clientOid=1320244799633510400");
    assertThat(byId).isEqualTo(byClientOid);
    assertThat(byId.status()).isEqualTo(OrderStatus.LIVE);
    assertThat(byId.positionSide()).contains(HoldSide.LONG);
  }

  @Test
  void anUnknownOrderIsOrderNotFound() {
    exchange.enqueue(INFO, FakeExchange.json(400,
        "{\"code\":\"25204\",\"msg\":\"Order does not exist\",\"requestTime\":1,\"data\":null}"));

    assertThatThrownBy(() -> client.orders().detail(BTC, OrderRef.orderId("404")))
        .isInstanceOf(OrderNotFoundException.class);
  }

  @Test
  void cancelsByOrderIdAndByClientOid() {
    exchange.enqueue("/api/v3/trade/cancel-order", Fixtures.read("v3/rest-v3-cancel-order.json"));
    exchange.enqueue("/api/v3/trade/cancel-order", Fixtures.read("v3/rest-v3-cancel-order.json"));

    OrderAck ack = client.orders().cancel(BTC, OrderRef.orderId("111111111111111111"));
    client.orders().cancel(BTC, OrderRef.clientOid("123abc"));

    List<RecordedRequest> sent = exchange.requests("/api/v3/trade/cancel-order");
    assertSigned(sent.get(0), "POST", "/api/v3/trade/cancel-order", null);
    assertThat(FakeExchange.body(sent.get(0)))
        .isEqualTo("{\"orderId\":\"111111111111111111\",\"category\":\"USDT-FUTURES\",\"symbol\":\"BTCUSDT\"}");
    assertThat(FakeExchange.body(sent.get(1)))
        .isEqualTo("{\"clientOid\":\"123abc\",\"category\":\"USDT-FUTURES\",\"symbol\":\"BTCUSDT\"}");
    assertThat(ack).isEqualTo(new OrderAck("111111111111111111", Optional.of("121211212122")));
  }

  @Test
  void cancelsABatchAndReportsAMissingOrderPerItem() {
    exchange.enqueue("/api/v3/trade/cancel-batch", "{\"code\":\"00000\",\"msg\":\"success\",\"requestTime\":1,"
        + "\"data\":[{\"orderId\":\"112233\",\"clientOid\":\"\"},{\"orderId\":\"\",\"clientOid\":\"123456\","
        + "\"code\":\"25204\",\"msg\":\"Order does not exist\"}]}");

    BatchOrderResult result = client.orders().cancelBatch(BTC,
        List.of(OrderRef.orderId("112233"), OrderRef.clientOid("123456")));

    assertThat(FakeExchange.body(only("/api/v3/trade/cancel-batch"))).isEqualTo("[{\"orderId\":\"112233\","
        + "\"category\":\"USDT-FUTURES\",\"symbol\":\"BTCUSDT\"},{\"clientOid\":\"123456\",\"category\":"
        + "\"USDT-FUTURES\",\"symbol\":\"BTCUSDT\"}]");
    assertThat(result.successes()).extracting(OrderAck::orderId).containsExactly("112233");
    assertThat(BitgetApiException.ofBatchItem("25204", result.failures().get(0).errorMessage(), "POST",
        "/api/v3/trade/cancel-batch")).isInstanceOf(OrderNotFoundException.class);
  }

  @Test
  void aUnifiedCancelBatchHoldsAtMostTwentyOrders() {
    List<OrderRef> orders = new ArrayList<>();
    for (int i = 0; i < 21; i++) {
      orders.add(OrderRef.orderId(Integer.toString(i)));
    }

    assertThatThrownBy(() -> client.orders().cancelBatch(BTC, orders))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage("orders: a unified account (Bitget V3) cancels at most 20 orders per batch but got 21");
    assertThat(exchange.requests()).isEmpty();
  }

  @Test
  void cancelsEveryOrderOfASymbolOrOfAProductType() {
    String list = "{\"code\":\"00000\",\"msg\":\"success\",\"requestTime\":1,\"data\":{\"list\":["
        + "{\"orderId\":\"1\",\"clientOid\":\"a\"}]}}";
    exchange.enqueue("/api/v3/trade/cancel-symbol-order", list);
    exchange.enqueue("/api/v3/trade/cancel-symbol-order",
        "{\"code\":\"00000\",\"msg\":\"success\",\"requestTime\":1,\"data\":null}");

    BatchOrderResult symbol = client.orders().cancelAll(BTC);
    BatchOrderResult all = client.orders().cancelAll(ProductType.UMCBL);

    List<RecordedRequest> sent = exchange.requests("/api/v3/trade/cancel-symbol-order");
    assertThat(FakeExchange.body(sent.get(0))).isEqualTo("{\"category\":\"USDT-FUTURES\",\"symbol\":\"BTCUSDT\"}");
    assertThat(FakeExchange.body(sent.get(1))).isEqualTo("{\"category\":\"USDT-FUTURES\"}");
    assertThat(symbol.successes()).extracting(OrderAck::orderId).containsExactly("1");
    assertThat(all.allSucceeded()).isTrue();
    assertThat(all.successes()).isEmpty();
  }

  @Test
  void modifiesSizeAndPriceWithoutANewClientOid() {
    instruments();
    exchange.enqueue("/api/v3/trade/modify-order", Fixtures.read("v3/rest-v3-modify-order.json"));

    OrderAck ack = client.orders().modify(ModifyOrderRequest.builder(BTC, OrderRef.orderId("1"))
        .newSizeAndPrice(dec("0.002"), dec("29900")).build());

    assertThat(FakeExchange.body(only("/api/v3/trade/modify-order"))).isEqualTo("{\"orderId\":\"1\","
        + "\"category\":\"USDT-FUTURES\",\"symbol\":\"BTCUSDT\",\"qty\":\"0.002\",\"price\":\"29900\"}");
    assertThat(ack.clientOid()).contains("BITGET#1627293504612");
  }

  @Test
  void aUnifiedAccountCannotModifyPresetTakeProfitOrStopLoss() {
    assertThatThrownBy(() -> client.orders().modify(ModifyOrderRequest.builder(BTC, OrderRef.orderId("1"))
        .newTakeProfitPrice(dec("31000")).build()))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage("newTakeProfitPrice: a unified account (Bitget V3) modifies only an order's size and price; its"
            + " take-profit and stop-loss are strategy orders of their own");
    assertThat(exchange.requests()).isEmpty();
  }

  @Test
  void listsOpenAndPastOrdersByCursor() {
    exchange.enqueue("/api/v3/trade/unfilled-orders", Fixtures.read("v3/rest-v3-unfilled-orders-live-ccxt.json"));
    exchange.enqueue("/api/v3/trade/history-orders", Fixtures.read("v3/rest-v3-history-orders.json"));

    OrderPage open = client.orders().pending(OrderQuery.of(BTC));
    OrderPage past = client.orders().history(OrderQuery.builder(ProductType.UMCBL).limit(100)
        .cursor(open.endId().orElseThrow()).build());

    assertSigned(only("/api/v3/trade/unfilled-orders"), "GET", "/api/v3/trade/unfilled-orders",
        "category=USDT-FUTURES&symbol=BTCUSDT");
    assertSigned(only("/api/v3/trade/history-orders"), "GET", "/api/v3/trade/history-orders",
        "category=USDT-FUTURES&cursor=1321320757371228160&limit=100");
    assertThat(open.orders()).extracting(Order::orderId).containsExactly("1321320757371228160");
    assertThat(past.endId()).contains("1233319323918499840");
    assertThat(past.orders().get(0).status()).isEqualTo(OrderStatus.FILLED);
  }

  @Test
  void unifiedOrderListsTakeNoOrderFilter() {
    assertThatThrownBy(() -> client.orders().history(OrderQuery.builder(ProductType.UMCBL).orderId("1").build()))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage("orderId: a unified account (Bitget V3) lists orders without an order filter; look one order"
            + " up with detail(symbol, OrderRef.orderId(..))");
  }

  @Test
  void listsFillsOfAnOrderAndKeepsOnlyTheQueriedSymbolsFills() {
    exchange.enqueue("/api/v3/trade/fills", Fixtures.read("v3/rest-v3-fills.json"));
    exchange.enqueue("/api/v3/trade/fills", Fixtures.read("v3/rest-v3-fills.json"));

    FillPage btc = client.orders().fills(OrderQuery.builder(ProductType.UMCBL).symbol(BTC)
        .orderId("131111111111111111").build());
    FillPage eth = client.orders().fills(OrderQuery.of(Symbol.ETHUSDT_UMCBL));

    List<RecordedRequest> sent = exchange.requests("/api/v3/trade/fills");
    assertSigned(sent.get(0), "GET", "/api/v3/trade/fills", "category=USDT-FUTURES&orderId=131111111111111111");
    assertSigned(sent.get(1), "GET", "/api/v3/trade/fills", "category=USDT-FUTURES");
    assertThat(btc.fills()).hasSize(1);
    assertThat(btc.fills().get(0).fee()).isEqualTo(dec("0.6417006"));
    assertThat(eth.fills()).isEmpty(); // the page's BTCUSDT fill is filtered out
    assertThat(eth.endId()).contains("131111111111111111"); // the cursor still pages on
  }

  @Test
  void closesPositionsAndReportsAFailedItemInsideASuccessfulAnswer() {
    exchange.enqueue("/api/v3/trade/close-positions", "{\"code\":\"00000\",\"msg\":\"success\",\"requestTime\":1,"
        + "\"data\":{\"list\":[{\"orderId\":\"7\",\"clientOid\":\"c7\"},{\"orderId\":\"\",\"clientOid\":\"\","
        + "\"code\":\"25225\",\"msg\":\"Insufficient available quantity in position\"}]}}");

    BatchOrderResult result = client.orders().closePositions(BTC, HoldSide.LONG);

    assertThat(FakeExchange.body(only("/api/v3/trade/close-positions")))
        .isEqualTo("{\"category\":\"USDT-FUTURES\",\"symbol\":\"BTCUSDT\",\"posSide\":\"long\"}");
    assertThat(result.successes()).extracting(OrderAck::orderId).containsExactly("7");
    assertThat(result.allSucceeded()).isFalse();
    assertThat(result.failures()).singleElement().satisfies(f -> {
      assertThat(f.errorCode()).contains("25225");
      assertThat(f.errorMessage()).isEqualTo("Insufficient available quantity in position");
    });
  }

  @Test
  void notExistedItemMeansThereWasNothingToCloseOrCancelNotAFailure() {
    // Bitget's documented close-positions answer: one 24056 "notExisted" item inside 00000
    exchange.enqueue("/api/v3/trade/close-positions", Fixtures.read("v3/rest-v3-close-positions.json"));
    // FakeBitget's form of the same, for cancel-symbol-order with no open order
    exchange.enqueue("/api/v3/trade/cancel-symbol-order", "{\"code\":\"00000\",\"msg\":\"success\","
        + "\"requestTime\":1,\"data\":{\"list\":[{\"orderId\":\"\",\"clientOid\":\"\",\"code\":\"24056\","
        + "\"msg\":\"notExisted\"}]}}");

    BatchOrderResult closed = client.orders().closePositions(BTC);
    BatchOrderResult cancelled = client.orders().cancelAll(BTC);

    assertThat(FakeExchange.body(only("/api/v3/trade/close-positions")))
        .isEqualTo("{\"category\":\"USDT-FUTURES\",\"symbol\":\"BTCUSDT\"}");
    for (BatchOrderResult nothing : List.of(closed, cancelled)) {
      assertThat(nothing.allSucceeded()).isTrue();
      assertThat(nothing.successes()).isEmpty();
    }
  }
}
