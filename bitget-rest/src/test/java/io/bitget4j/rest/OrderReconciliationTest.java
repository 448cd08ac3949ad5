package io.bitget4j.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.bitget4j.core.BitgetTransportException;
import io.bitget4j.core.OrderRejectedException;
import io.bitget4j.core.Symbol;
import io.bitget4j.core.model.BatchOrderResult;
import io.bitget4j.core.model.OrderAck;
import io.bitget4j.core.model.Side;
import io.bitget4j.core.testing.LogCapture;
import io.bitget4j.core.testing.LoggedEvent;
import io.bitget4j.rest.testing.FakeExchange;
import io.bitget4j.rest.testing.Fixtures;
import io.bitget4j.rest.testing.RecordingSleeper;
import io.bitget4j.rest.testing.TestClients;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.slf4j.event.Level;

/** One {@code place} call never yields two orders, whatever happens to its answers. */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class OrderReconciliationTest {
  private static final Symbol BTC = Symbol.BTCUSDT_UMCBL;
  private static final String PLACE = "/api/v2/mix/order/place-order";
  private static final String BATCH = "/api/v2/mix/order/batch-place-order";
  private static final String DETAIL = "/api/v2/mix/order/detail";
  private static final String NOT_FOUND = "{\"code\":\"40109\",\"msg\":\"The data of the order cannot be found\",\"data\":null}";

  private final FakeExchange exchange = new FakeExchange();
  private final RecordingSleeper sleeper = new RecordingSleeper();
  private BitgetRestClient client = TestClients.builder(exchange, sleeper).build();
  private final OrderRequest request = OrderRequest.builder().symbol(BTC).side(Side.BUY)
      .size(new BigDecimal("0.01")).limit(new BigDecimal("30000")).clientOid("omega-0001").build();

  @BeforeEach
  void contracts() {
    exchange.enqueue("/api/v2/mix/market/contracts", Fixtures.read("rest-contracts.json"));
  }

  @AfterEach
  void tearDown() {
    client.close();
    exchange.close();
  }

  private static String detailOf(String orderId, String clientOid) {
    return Fixtures.read("orders/detail-live.json").replace("1234567890123456789", orderId)
        .replace("omega-0001", clientOid);
  }

  @Test
  void orderWhoseAnswerIsLostIsFoundByClientOidAndNotPlacedTwice() {
    exchange.enqueue(PLACE, FakeExchange.dropAfterRequest());
    exchange.enqueue(DETAIL, Fixtures.read("orders/detail-live.json"));

    OrderAck ack = client.orders().place(request);

    assertThat(ack).isEqualTo(new OrderAck("1234567890123456789", Optional.of("omega-0001")));
    assertThat(exchange.requests(PLACE)).hasSize(1);
    TestClients.assertSigned(exchange.requests(DETAIL).get(0), "GET", DETAIL,
        "clientOid=omega-0001&productType=USDT-FUTURES&symbol=BTCUSDT");
  }

  @Test
  void orderTimingOutAfterSendingIsFoundByClientOid() {
    client.close();
    client = TestClients.builder(exchange, sleeper).readTimeout(Duration.ofMillis(300)).build();
    exchange.enqueue(PLACE, new MockResponse.Builder().headersDelay(2, TimeUnit.SECONDS)
        .body(Fixtures.read("rest-place-order.json")).build());
    exchange.enqueue(DETAIL, Fixtures.read("orders/detail-live.json"));

    OrderAck ack = client.orders().place(request);

    assertThat(ack.orderId()).isEqualTo("1234567890123456789");
    assertThat(exchange.requests(PLACE)).hasSize(1);
  }

  @Test
  void orderNotFoundAfterALostAnswerIsResentWithTheSameClientOidAndBody() {
    exchange.enqueue(PLACE, FakeExchange.dropAfterRequest());
    exchange.enqueue(DETAIL, FakeExchange.json(400, NOT_FOUND));
    exchange.enqueue(PLACE, Fixtures.read("rest-place-order.json"));

    OrderAck ack = client.orders().place(request);

    assertThat(ack.orderId()).isEqualTo("1234567890123456789");
    List<RecordedRequest> places = exchange.requests(PLACE);
    assertThat(places).hasSize(2);
    assertThat(places.get(1).getBody()).isEqualTo(places.get(0).getBody());
    assertThat(FakeExchange.body(places.get(1))).contains("\"clientOid\":\"omega-0001\"");
    assertThat(sleeper.sleeps()).hasSize(1);
  }

  @Test
  void duplicateClientOidRefusalMeansTheFirstAttemptLandedAndReturnsThatOrder() {
    exchange.enqueue(PLACE, FakeExchange.dropAfterRequest());
    exchange.enqueue(DETAIL, FakeExchange.json(400, NOT_FOUND)); // the first attempt was still in flight
    exchange.enqueue(PLACE, FakeExchange.json(400, Fixtures.read("documented/rest-error-40786-duplicate-clientoid.json")));
    exchange.enqueue(DETAIL, detailOf("777", "omega-0001"));

    OrderAck ack = client.orders().place(request);

    assertThat(ack).isEqualTo(new OrderAck("777", Optional.of("omega-0001")));
    assertThat(exchange.requests(PLACE)).hasSize(2);
  }

  @Test
  void whenTheLookupFailsTooTheOrderIsNotResentAndTheFailureSaysSo() {
    exchange.enqueue(PLACE, FakeExchange.dropAfterRequest());
    for (int i = 0; i < 4; i++) {
      exchange.enqueue(DETAIL, FakeExchange.dropAfterRequest());
    }

    BitgetTransportException e = catchThrowableOfType(BitgetTransportException.class,
        () -> client.orders().place(request));

    assertThat(e.path()).isEqualTo(PLACE);
    assertThat(e.getSuppressed()).singleElement().isInstanceOf(BitgetTransportException.class)
        .extracting(s -> ((BitgetTransportException) s).path()).isEqualTo(DETAIL);
    assertThat(exchange.requests(PLACE)).hasSize(1);
    assertThat(exchange.requests(DETAIL)).hasSize(4);
    assertThat(LogCapture.events(Level.WARN)).singleElement().extracting(LoggedEvent::message).asString()
        .startsWith("Order with clientOid omega-0001 may or may not have been placed: the attempt failed (")
        .endsWith("); not resending");
  }

  @Test
  void refusedOrderIsNeitherLookedUpNorResent() {
    exchange.enqueue(PLACE, FakeExchange.json(400, Fixtures.read("rest-error-balance.json")));

    OrderRejectedException e = catchThrowableOfType(OrderRejectedException.class, () -> client.orders().place(request));

    assertThat(e.code()).isEqualTo("40762");
    assertThat(exchange.requests(PLACE)).hasSize(1);
    assertThat(exchange.requests(DETAIL)).isEmpty();
  }

  @Test
  void rateLimitedOrderIsResentWithTheSameClientOidAfterWaiting() {
    exchange.enqueue(PLACE, FakeExchange.json(429, Fixtures.read("rest-error-rate-limit.json")));
    exchange.enqueue(PLACE, FakeExchange.json(429, Fixtures.read("rest-error-rate-limit.json")));
    exchange.enqueue(PLACE, Fixtures.read("rest-place-order.json"));

    client.orders().place(request);

    List<RecordedRequest> places = exchange.requests(PLACE);
    assertThat(places).hasSize(3);
    assertThat(places.get(2).getBody()).isEqualTo(places.get(0).getBody());
    assertThat(exchange.requests(DETAIL)).isEmpty();
    // the backoff's growing ceiling, as for a read: a jittered delay may be near zero while the
    // exchange's window is still full
    assertThat(sleeper.sleeps())
        .containsExactly(RestConfig.DEFAULT_BACKOFF.maxDelay(0), RestConfig.DEFAULT_BACKOFF.maxDelay(1));
  }

  @Test
  void orderStillUnknownAfterEveryAttemptFailsWithoutAThirdCopy() {
    for (int i = 0; i < 4; i++) {
      exchange.enqueue(PLACE, FakeExchange.json(503, ""));
      exchange.enqueue(DETAIL, FakeExchange.json(400, NOT_FOUND));
    }

    catchThrowableOfType(io.bitget4j.core.ServiceUnavailableException.class, () -> client.orders().place(request));

    assertThat(exchange.requests(PLACE)).hasSize(4).allSatisfy(r ->
        assertThat(FakeExchange.body(r)).contains("\"clientOid\":\"omega-0001\""));
    assertThat(exchange.requests(DETAIL)).hasSize(4);
  }

  @Test
  void batchWithALostAnswerResendsOnlyTheOrdersTheExchangeDoesNotHave() {
    List<OrderRequest> orders = List.of(
        request.toBuilder().clientOid("batch-a").build(),
        request.toBuilder().clientOid("batch-b").build());
    exchange.enqueue(BATCH, FakeExchange.dropAfterRequest());
    exchange.enqueue(DETAIL, detailOf("2000000000000000001", "batch-a"));
    exchange.enqueue(DETAIL, FakeExchange.json(400, NOT_FOUND));
    exchange.enqueue(BATCH, "{\"code\":\"00000\",\"msg\":\"success\",\"data\":{\"successList\":"
        + "[{\"orderId\":\"2000000000000000002\",\"clientOid\":\"batch-b\"}],\"failureList\":[]}}");

    BatchOrderResult result = client.orders().placeBatch(orders);

    assertThat(result.successes()).containsExactly(
        new OrderAck("2000000000000000001", Optional.of("batch-a")),
        new OrderAck("2000000000000000002", Optional.of("batch-b")));
    List<RecordedRequest> batches = exchange.requests(BATCH);
    assertThat(batches).hasSize(2);
    assertThat(FakeExchange.body(batches.get(0))).contains("batch-a", "batch-b");
    assertThat(FakeExchange.body(batches.get(1))).contains("batch-b").doesNotContain("batch-a");
  }

  @Test
  void duplicateFailureInsideABatchAnswerIsLookedUpAndReportedAsPlaced() {
    List<OrderRequest> orders = List.of(request.toBuilder().clientOid("batch-a").build(),
        request.toBuilder().clientOid("batch-b").build());
    exchange.enqueue(BATCH, "{\"code\":\"00000\",\"msg\":\"success\",\"data\":{"
        + "\"successList\":[{\"orderId\":\"2000000000000000001\",\"clientOid\":\"batch-a\"}],"
        + "\"failureList\":[{\"orderId\":\"\",\"clientOid\":\"batch-b\",\"errorMsg\":\"clientOrderId duplicate\"}]}}");
    exchange.enqueue(DETAIL, detailOf("1999", "batch-b"));

    BatchOrderResult result = client.orders().placeBatch(orders);

    assertThat(result.allSucceeded()).isTrue();
    assertThat(result.successes()).extracting(OrderAck::orderId).containsExactly("2000000000000000001", "1999");
    assertThat(exchange.requests(BATCH)).hasSize(1);
  }
}
