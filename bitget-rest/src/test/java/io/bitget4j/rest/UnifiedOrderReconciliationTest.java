package io.bitget4j.rest;

import static io.bitget4j.rest.testing.TestClients.assertSigned;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.bitget4j.core.ServiceUnavailableException;
import io.bitget4j.core.Symbol;
import io.bitget4j.core.model.BatchOrderResult;
import io.bitget4j.core.model.OrderAck;
import io.bitget4j.core.model.Side;
import io.bitget4j.core.util.Sleeper;
import io.bitget4j.rest.testing.FakeExchange;
import io.bitget4j.rest.testing.Fixtures;
import io.bitget4j.rest.testing.RecordingSleeper;
import io.bitget4j.rest.testing.TestClients;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One {@code place} call never yields two orders on a unified account either. V3 refuses a repeated
 * client order id only while the first order is pending, so after an unknown outcome the order is
 * looked up with {@code order-info?clientOid=}, after the backoff and right before it would be
 * sent again.
 */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class UnifiedOrderReconciliationTest {
  private static final Symbol BTC = Symbol.BTCUSDT_UMCBL;
  private static final String PLACE = "/api/v3/trade/place-order";
  private static final String BATCH = "/api/v3/trade/place-batch";
  private static final String INFO = "/api/v3/trade/order-info";
  private static final String NOT_FOUND =
      "{\"code\":\"25204\",\"msg\":\"Order does not exist\",\"requestTime\":1,\"data\":null}";

  private final FakeExchange exchange = new FakeExchange();
  /** For each wait: how many lookups the exchange had seen when the client started waiting. */
  private final List<Integer> lookupsSeenAtEachWait = Collections.synchronizedList(new ArrayList<>());
  private final Sleeper sleeper = duration -> lookupsSeenAtEachWait.add(exchange.requests(INFO).size());
  private final BitgetRestClient client = TestClients.unified(exchange, new RecordingSleeper()).sleeper(sleeper)
      .config(RestConfig.builder().checkOrdersAgainstContracts(false).build()).build();
  private final OrderRequest request = OrderRequest.builder().symbol(BTC).side(Side.BUY)
      .size(new BigDecimal("0.001")).market().clientOid("uta-0001").build();

  @AfterEach
  void tearDown() {
    client.close();
    exchange.close();
  }

  /** {@code order-info} of our order, in {@code status}. */
  private static String orderInfo(String orderId, String clientOid, String status) {
    return Fixtures.read("v3/rest-v3-order-info-live-ccxt.json")
        .replace("1320244799629316096", orderId)
        .replace("1320244799633510400", clientOid)
        .replace("\"orderStatus\": \"live\"", "\"orderStatus\": \"" + status + "\"");
  }

  private static MockResponse error(String code, String msg) {
    return FakeExchange.json(400, "{\"code\":\"" + code + "\",\"msg\":\"" + msg + "\",\"requestTime\":1,\"data\":null}");
  }

  @Test
  void aMarketOrderThatFilledWhileItsAnswerWasLostIsFoundAndNotPlacedAgain() {
    exchange.enqueue(PLACE, FakeExchange.dropAfterRequest());
    exchange.enqueue(INFO, orderInfo("777", "uta-0001", "filled")); // no longer pending: V3 would take the id again

    OrderAck ack = client.orders().place(request);

    assertThat(ack).isEqualTo(new OrderAck("777", Optional.of("uta-0001")));
    assertThat(exchange.requests(PLACE)).hasSize(1);
    assertSigned(exchange.requests(INFO).get(0), "GET", INFO, "clientOid=uta-0001");
  }

  @ParameterizedTest(name = "after {0} the order is looked up and, when absent, resent with the same body")
  @ValueSource(strings = {"40010", "40725", "45001", "25001"})
  void anUnknownOutcomeCodeIsLookedUpBeforeSendingAgain(String code) {
    exchange.enqueue(PLACE, error(code, "outcome unknown"));
    exchange.enqueue(INFO, FakeExchange.json(400, NOT_FOUND));
    exchange.enqueue(PLACE, Fixtures.read("v3/rest-v3-place-order.json"));

    client.orders().place(request);

    List<RecordedRequest> places = exchange.requests(PLACE);
    assertThat(places).hasSize(2);
    assertThat(places.get(1).getBody()).isEqualTo(places.get(0).getBody());
    assertThat(FakeExchange.body(places.get(1))).contains("\"clientOid\":\"uta-0001\"");
    assertThat(exchange.requests(INFO)).hasSize(1);
  }

  @ParameterizedTest(name = "after {0} an order that landed is returned")
  @ValueSource(strings = {"40010", "40725", "45001"})
  void anUnknownOutcomeCodeWhoseOrderLandedReturnsIt(String code) {
    exchange.enqueue(PLACE, error(code, "outcome unknown"));
    exchange.enqueue(INFO, orderInfo("888", "uta-0001", "live"));

    OrderAck ack = client.orders().place(request);

    assertThat(ack.orderId()).isEqualTo("888");
    assertThat(exchange.requests(PLACE)).hasSize(1);
  }

  @Test
  void theLookupComesAfterTheWaitRightBeforeTheResend() {
    exchange.enqueue(PLACE, FakeExchange.dropAfterRequest());
    exchange.enqueue(INFO, "{\"code\":\"00000\",\"msg\":\"success\",\"requestTime\":1,\"data\":null}");
    exchange.enqueue(PLACE, Fixtures.read("v3/rest-v3-place-order.json"));

    client.orders().place(request);

    assertThat(lookupsSeenAtEachWait).containsExactly(0); // the wait came first, then the lookup
    assertThat(exchange.apiRequests()).extracting(r -> r.getUrl().encodedPath())
        .containsExactly(PLACE, INFO, PLACE);
  }

  @Test
  void anAnswerWithoutOrderIdIsReconciledByClientOid() {
    // Bitget: a one-way reduce-only order that replaces another may come back with orderId null
    exchange.enqueue(PLACE, "{\"code\":\"00000\",\"msg\":\"success\",\"requestTime\":1,"
        + "\"data\":{\"clientOid\":\"uta-0001\",\"orderId\":null}}");
    exchange.enqueue(INFO, orderInfo("999", "uta-0001", "live"));

    OrderAck ack = client.orders().place(request);

    assertThat(ack).isEqualTo(new OrderAck("999", Optional.of("uta-0001")));
    assertThat(exchange.requests(PLACE)).hasSize(1);
  }

  @Test
  void aDuplicateClientOidRefusalReturnsThePendingOrder() {
    exchange.enqueue(PLACE, FakeExchange.dropAfterRequest());
    exchange.enqueue(INFO, FakeExchange.json(400, NOT_FOUND)); // the first attempt was still in flight
    exchange.enqueue(PLACE, error("25212", "Duplicate clientOid"));
    exchange.enqueue(INFO, orderInfo("555", "uta-0001", "live"));

    OrderAck ack = client.orders().place(request);

    assertThat(ack).isEqualTo(new OrderAck("555", Optional.of("uta-0001")));
    assertThat(exchange.requests(PLACE)).hasSize(2);
  }

  @Test
  void aRateLimitedOrderIsResentWithoutALookup() {
    exchange.enqueue(PLACE, FakeExchange.json(429, Fixtures.read("v3/rest-v3-error-429.json")));
    exchange.enqueue(PLACE, Fixtures.read("v3/rest-v3-place-order.json"));

    client.orders().place(request);

    assertThat(exchange.requests(PLACE)).hasSize(2);
    assertThat(exchange.requests(INFO)).isEmpty();
  }

  @Test
  void aBatchWithALostAnswerResendsOnlyTheOrdersTheExchangeDoesNotHave() {
    List<OrderRequest> orders = List.of(request.toBuilder().clientOid("batch-a").build(),
        request.toBuilder().clientOid("batch-b").build());
    exchange.enqueue(BATCH, FakeExchange.dropAfterRequest());
    exchange.enqueue(INFO, orderInfo("2000000000000000001", "batch-a", "filled"));
    exchange.enqueue(INFO, FakeExchange.json(400, NOT_FOUND));
    exchange.enqueue(BATCH, "{\"code\":\"00000\",\"msg\":\"success\",\"requestTime\":1,\"data\":["
        + "{\"orderId\":\"2000000000000000002\",\"clientOid\":\"batch-b\"}]}");

    BatchOrderResult result = client.orders().placeBatch(orders);

    assertThat(result.successes()).containsExactly(
        new OrderAck("2000000000000000001", Optional.of("batch-a")),
        new OrderAck("2000000000000000002", Optional.of("batch-b")));
    List<RecordedRequest> batches = exchange.requests(BATCH);
    assertThat(FakeExchange.body(batches.get(0))).contains("batch-a", "batch-b");
    assertThat(FakeExchange.body(batches.get(1))).startsWith("[{").contains("batch-b").doesNotContain("batch-a");
  }

  @Test
  void aDuplicateItemInsideABatchAnswerIsLookedUpAndReportedAsPlaced() {
    List<OrderRequest> orders = List.of(request.toBuilder().clientOid("batch-a").build(),
        request.toBuilder().clientOid("batch-b").build());
    exchange.enqueue(BATCH, "{\"code\":\"00000\",\"msg\":\"success\",\"requestTime\":1,\"data\":["
        + "{\"orderId\":\"1\",\"clientOid\":\"batch-a\"},"
        + "{\"orderId\":\"\",\"clientOid\":\"batch-b\",\"code\":\"25212\",\"msg\":\"Duplicate clientOid\"}]}");
    exchange.enqueue(INFO, orderInfo("1999", "batch-b", "live"));

    BatchOrderResult result = client.orders().placeBatch(orders);

    assertThat(result.allSucceeded()).isTrue();
    assertThat(result.successes()).extracting(OrderAck::orderId).containsExactly("1", "1999");
    assertThat(exchange.requests(BATCH)).hasSize(1);
  }

  @Test
  void anOrderStillUnknownAfterEveryAttemptIsLookedUpOnceMoreAndNeverSentAFifthTime() {
    for (int i = 0; i < 4; i++) {
      exchange.enqueue(PLACE, FakeExchange.json(503, ""));
      exchange.enqueue(INFO, FakeExchange.json(400, NOT_FOUND));
    }

    ServiceUnavailableException e = catchThrowableOfType(ServiceUnavailableException.class,
        () -> client.orders().place(request));

    assertThat(e.httpStatus()).isEqualTo(503);
    assertThat(exchange.requests(PLACE)).hasSize(4);
    assertThat(exchange.requests(INFO)).hasSize(4);
    assertThat(lookupsSeenAtEachWait).containsExactly(0, 1, 2);
  }
}
