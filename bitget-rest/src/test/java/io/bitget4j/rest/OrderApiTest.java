package io.bitget4j.rest;

import static io.bitget4j.rest.testing.TestClients.assertSigned;
import static org.assertj.core.api.Assertions.assertThat;

import io.bitget4j.core.ProductType;
import io.bitget4j.core.Symbol;
import io.bitget4j.core.model.BatchOrderFailure;
import io.bitget4j.core.model.BatchOrderResult;
import io.bitget4j.core.model.Fill;
import io.bitget4j.core.model.FillPage;
import io.bitget4j.core.model.HoldSide;
import io.bitget4j.core.model.MarginMode;
import io.bitget4j.core.model.Order;
import io.bitget4j.core.model.OrderAck;
import io.bitget4j.core.model.OrderPage;
import io.bitget4j.core.model.OrderStatus;
import io.bitget4j.core.model.Side;
import io.bitget4j.core.model.TimeInForce;
import io.bitget4j.core.model.TradeSide;
import io.bitget4j.rest.testing.FakeExchange;
import io.bitget4j.rest.testing.Fixtures;
import io.bitget4j.rest.testing.RecordingSleeper;
import io.bitget4j.rest.testing.TestClients;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 20, unit = TimeUnit.SECONDS)
class OrderApiTest {
  private static final Symbol BTC = Symbol.BTCUSDT_UMCBL;
  private static final String PLACE = "/api/v2/mix/order/place-order";

  private final FakeExchange exchange = new FakeExchange();
  private final BitgetRestClient client = TestClients.builder(exchange, new RecordingSleeper()).build();

  @AfterEach
  void tearDown() {
    client.close();
    exchange.close();
  }

  private RecordedRequest only(String path) {
    assertThat(exchange.requests(path)).hasSize(1);
    return exchange.requests(path).get(0);
  }

  private void contracts() {
    exchange.enqueue("/api/v2/mix/market/contracts", Fixtures.read("rest-contracts.json"));
  }

  @Test
  void placesALimitOrderAndReturnsItsIds() {
    contracts();
    exchange.enqueue(PLACE, Fixtures.read("rest-place-order.json"));

    OrderAck ack = client.orders().place(OrderRequest.builder().symbol(BTC).side(Side.BUY)
        .size(new BigDecimal("0.01")).limit(new BigDecimal("30000")).clientOid("omega-0001").build());

    assertThat(ack).isEqualTo(new OrderAck("1234567890123456789", Optional.of("omega-0001")));
    assertThat(FakeExchange.body(only(PLACE))).isEqualTo("{\"symbol\":\"BTCUSDT\",\"productType\":\"USDT-FUTURES\","
        + "\"marginMode\":\"isolated\",\"marginCoin\":\"USDT\",\"size\":\"0.01\",\"price\":\"30000\","
        + "\"side\":\"buy\",\"orderType\":\"limit\",\"force\":\"gtc\",\"clientOid\":\"omega-0001\"}");
    assertPublicContractLookup();
  }

  private void assertPublicContractLookup() {
    io.bitget4j.rest.testing.TestClients.assertPublic(only("/api/v2/mix/market/contracts"), "GET",
        "/api/v2/mix/market/contracts", "productType=USDT-FUTURES&symbol=BTCUSDT");
  }

  @Test
  void placesAReduceOnlyMarketCloseWithPresetTakeProfitAndStopLossAndGeneratedClientOid() {
    contracts();
    exchange.enqueue(PLACE, Fixtures.read("rest-place-order.json"));
    OrderRequest request = OrderRequest.builder().symbol(BTC).side(Side.SELL).size(new BigDecimal("0.5"))
        .market().tradeSide(TradeSide.CLOSE).marginMode(MarginMode.CROSSED).reduceOnly(true)
        .presetTakeProfitPrice(new BigDecimal("26000.5")).presetStopLossPrice(new BigDecimal("28000"))
        .build();

    client.orders().place(request);

    RecordedRequest sent = only(PLACE);
    assertSigned(sent, "POST", PLACE, null);
    assertThat(request.clientOid()).matches("b4j[0-9a-f]{29}");
    assertThat(FakeExchange.body(sent)).isEqualTo("{\"symbol\":\"BTCUSDT\",\"productType\":\"USDT-FUTURES\","
        + "\"marginMode\":\"crossed\",\"marginCoin\":\"USDT\",\"size\":\"0.5\",\"side\":\"sell\","
        + "\"tradeSide\":\"close\",\"orderType\":\"market\",\"clientOid\":\"" + request.clientOid() + "\","
        + "\"reduceOnly\":\"YES\",\"presetStopSurplusPrice\":\"26000.5\",\"presetStopLossPrice\":\"28000\"}");
  }

  @Test
  void sendsTimeInForceAndLoadsContractsOncePerCachePeriod() throws Exception {
    contracts();
    exchange.enqueue(PLACE, Fixtures.read("rest-place-order.json"));
    exchange.enqueue(PLACE, Fixtures.read("rest-place-order.json"));

    client.orders().place(OrderRequest.builder().symbol(BTC).side(Side.BUY).size(new BigDecimal("0.01"))
        .limit(new BigDecimal("30000")).timeInForce(TimeInForce.POST_ONLY).build());
    client.orders().placeAsync(OrderRequest.limit(BTC, Side.BUY, new BigDecimal("0.01"), new BigDecimal("29000")))
        .get(5, TimeUnit.SECONDS);

    assertThat(exchange.requests("/api/v2/mix/market/contracts")).hasSize(1);
    assertThat(FakeExchange.body(exchange.requests(PLACE).get(0))).contains("\"force\":\"post_only\"");
  }

  @Test
  void placesABatchAndReportsEachOrdersOutcome() {
    contracts();
    exchange.enqueue("/api/v2/mix/order/batch-place-order", Fixtures.read("orders/batch-place-partial.json"));
    List<OrderRequest> orders = List.of(
        OrderRequest.builder().symbol(BTC).side(Side.BUY).size(new BigDecimal("0.01"))
            .limit(new BigDecimal("26000")).clientOid("batch-a").build(),
        OrderRequest.builder().symbol(BTC).side(Side.BUY).size(new BigDecimal("100"))
            .market().clientOid("batch-b").build());

    BatchOrderResult result = client.orders().placeBatch(orders);

    RecordedRequest sent = only("/api/v2/mix/order/batch-place-order");
    assertSigned(sent, "POST", "/api/v2/mix/order/batch-place-order", null);
    assertThat(FakeExchange.body(sent)).isEqualTo("{\"symbol\":\"BTCUSDT\",\"productType\":\"USDT-FUTURES\","
        + "\"marginCoin\":\"USDT\",\"marginMode\":\"isolated\",\"orderList\":["
        + "{\"size\":\"0.01\",\"price\":\"26000\",\"side\":\"buy\",\"orderType\":\"limit\",\"force\":\"gtc\","
        + "\"clientOid\":\"batch-a\"},"
        + "{\"size\":\"100\",\"side\":\"buy\",\"orderType\":\"market\",\"clientOid\":\"batch-b\"}]}");
    assertThat(result.successes()).containsExactly(new OrderAck("2000000000000000001", Optional.of("batch-a")));
    assertThat(result.failures()).singleElement().satisfies(f -> {
      assertThat(f.clientOid()).contains("batch-b");
      assertThat(f.errorCode()).contains("40762");
      assertThat(f.errorMessage()).isEqualTo("The order amount exceeds the balance");
    });
    assertThat(result.allSucceeded()).isFalse();
  }

  @Test
  void cancelsByOrderIdAndByClientOid() {
    exchange.enqueue("/api/v2/mix/order/cancel-order", Fixtures.read("documented/v2-rest-cancel-order.json"));
    exchange.enqueue("/api/v2/mix/order/cancel-order", Fixtures.read("rest-place-order.json"));

    OrderAck byId = client.orders().cancel(BTC, OrderRef.orderId("123"));
    OrderAck byClientOid = client.orders().cancel(BTC, OrderRef.clientOid("omega-0001"));

    List<RecordedRequest> sent = exchange.requests("/api/v2/mix/order/cancel-order");
    assertSigned(sent.get(0), "POST", "/api/v2/mix/order/cancel-order", null);
    assertThat(FakeExchange.body(sent.get(0))).isEqualTo(
        "{\"symbol\":\"BTCUSDT\",\"productType\":\"USDT-FUTURES\",\"marginCoin\":\"USDT\",\"orderId\":\"123\"}");
    assertThat(FakeExchange.body(sent.get(1))).isEqualTo("{\"symbol\":\"BTCUSDT\",\"productType\":\"USDT-FUTURES\","
        + "\"marginCoin\":\"USDT\",\"clientOid\":\"omega-0001\"}");
    assertThat(byId).isEqualTo(new OrderAck("123", Optional.empty()));
    assertThat(byClientOid.clientOid()).contains("omega-0001");
  }

  @Test
  void cancelsABatchWithPerOrderFailures() {
    exchange.enqueue("/api/v2/mix/order/batch-cancel-orders", Fixtures.read("orders/batch-cancel-partial.json"));

    BatchOrderResult result = client.orders().cancelBatch(BTC,
        List.of(OrderRef.clientOid("batch-a"), OrderRef.orderId("2000000000000000009")));

    RecordedRequest sent = only("/api/v2/mix/order/batch-cancel-orders");
    assertSigned(sent, "POST", "/api/v2/mix/order/batch-cancel-orders", null);
    assertThat(FakeExchange.body(sent)).isEqualTo("{\"symbol\":\"BTCUSDT\",\"productType\":\"USDT-FUTURES\","
        + "\"marginCoin\":\"USDT\",\"orderIdList\":[{\"clientOid\":\"batch-a\"},"
        + "{\"orderId\":\"2000000000000000009\"}]}");
    assertThat(result.successes()).hasSize(1);
    assertThat(result.failures()).extracting(BatchOrderFailure::errorCode).containsExactly(Optional.of("40768"));
  }

  @Test
  void modifiesSizeAndPriceWithANewClientOid() {
    contracts();
    exchange.enqueue("/api/v2/mix/order/modify-order", Fixtures.read("orders/modify.json"));

    OrderAck ack = client.orders().modify(ModifyOrderRequest.builder(BTC, OrderRef.orderId("1234567890123456789"))
        .newSizeAndPrice(new BigDecimal("0.02"), new BigDecimal("29900.5")).newClientOid("omega-0002").build());

    RecordedRequest sent = only("/api/v2/mix/order/modify-order");
    assertSigned(sent, "POST", "/api/v2/mix/order/modify-order", null);
    assertThat(FakeExchange.body(sent)).isEqualTo("{\"orderId\":\"1234567890123456789\",\"symbol\":\"BTCUSDT\","
        + "\"productType\":\"USDT-FUTURES\",\"marginCoin\":\"USDT\",\"newClientOid\":\"omega-0002\","
        + "\"newSize\":\"0.02\",\"newPrice\":\"29900.5\"}");
    assertThat(ack.clientOid()).contains("omega-0002");
  }

  @Test
  void readsOrderDetail() {
    exchange.enqueue("/api/v2/mix/order/detail", Fixtures.read("orders/detail-live.json"));

    Order order = client.orders().detail(BTC, OrderRef.orderId("1234567890123456789"));

    assertSigned(only("/api/v2/mix/order/detail"), "GET", "/api/v2/mix/order/detail",
        "orderId=1234567890123456789&productType=USDT-FUTURES&symbol=BTCUSDT");
    assertThat(order.status()).isEqualTo(OrderStatus.LIVE);
    assertThat(order.price()).contains(new BigDecimal("30000"));
    assertThat(order.clientOid()).contains("omega-0001");
    assertThat(order.tradeSide()).contains(TradeSide.OPEN);
  }

  @Test
  void listsPendingOrdersOfASymbol() {
    exchange.enqueue("/api/v2/mix/order/orders-pending", Fixtures.read("orders/pending.json"));

    OrderPage page = client.orders().pending(OrderQuery.of(BTC));

    assertSigned(only("/api/v2/mix/order/orders-pending"), "GET", "/api/v2/mix/order/orders-pending",
        "productType=USDT-FUTURES&symbol=BTCUSDT");
    assertThat(page.orders()).singleElement().extracting(Order::orderId).isEqualTo("1234567890123456789");
    assertThat(page.endId()).contains("1234567890123456789");
  }

  @Test
  void listsOrderHistoryWithWindowLimitAndCursor() {
    exchange.enqueue("/api/v2/mix/order/orders-history", Fixtures.read("orders/history.json"));

    OrderPage page = client.orders().history(OrderQuery.builder(ProductType.UMCBL)
        .startTime(Instant.ofEpochMilli(1732400000000L)).endTime(Instant.ofEpochMilli(1732413600000L))
        .limit(50).idLessThan("1234567890123456800").build());

    assertSigned(only("/api/v2/mix/order/orders-history"), "GET", "/api/v2/mix/order/orders-history",
        "endTime=1732413600000&idLessThan=1234567890123456800&limit=50&productType=USDT-FUTURES"
            + "&startTime=1732400000000");
    assertThat(page.orders()).singleElement().satisfies(o -> {
      assertThat(o.status()).isEqualTo(OrderStatus.FILLED);
      assertThat(o.filledSize()).isEqualTo(new BigDecimal("0.01"));
    });
  }

  @Test
  void listsFillsOfAnOrder() {
    exchange.enqueue("/api/v2/mix/order/fills", Fixtures.read("orders/fills.json"));

    FillPage page = client.orders().fills(OrderQuery.builder(ProductType.UMCBL).symbol(BTC)
        .orderId("1234567890123456700").build());

    assertSigned(only("/api/v2/mix/order/fills"), "GET", "/api/v2/mix/order/fills",
        "orderId=1234567890123456700&productType=USDT-FUTURES&symbol=BTCUSDT");
    assertThat(page.fills()).singleElement().satisfies(f -> {
      assertThat(f.fee()).isEqualTo(new BigDecimal("-0.162"));
      assertThat(f.size()).isEqualTo(new BigDecimal("0.01"));
    });
    assertThat(page.fills()).extracting(Fill::tradeId).containsExactly("987654321");
  }

  @Test
  void closesPositionsOfASymbolAndOfOneSide() {
    exchange.enqueue("/api/v2/mix/order/close-positions", Fixtures.read("orders/close-positions.json"));
    exchange.enqueue("/api/v2/mix/order/close-positions", Fixtures.read("orders/close-positions.json"));

    BatchOrderResult all = client.orders().closePositions(BTC);
    client.orders().closePositions(BTC, HoldSide.SHORT);

    List<RecordedRequest> sent = exchange.requests("/api/v2/mix/order/close-positions");
    assertSigned(sent.get(0), "POST", "/api/v2/mix/order/close-positions", null);
    assertThat(FakeExchange.body(sent.get(0))).isEqualTo("{\"symbol\":\"BTCUSDT\",\"productType\":\"USDT-FUTURES\"}");
    assertThat(FakeExchange.body(sent.get(1)))
        .isEqualTo("{\"symbol\":\"BTCUSDT\",\"productType\":\"USDT-FUTURES\",\"holdSide\":\"short\"}");
    assertThat(all.successes()).extracting(OrderAck::orderId).containsExactly("3000000000000000001");
  }
}
