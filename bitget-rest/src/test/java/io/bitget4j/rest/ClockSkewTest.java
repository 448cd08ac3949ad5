package io.bitget4j.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bitget4j.core.ClockSkewException;
import io.bitget4j.core.ProductType;
import io.bitget4j.core.Symbol;
import io.bitget4j.core.model.Side;
import io.bitget4j.rest.testing.FakeExchange;
import io.bitget4j.rest.testing.Fixtures;
import io.bitget4j.rest.testing.RecordingSleeper;
import io.bitget4j.rest.testing.TestClients;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Timeout(value = 20, unit = TimeUnit.SECONDS)
class ClockSkewTest {
  private static final String ACCOUNTS = "/api/v2/mix/account/accounts";

  private final FakeExchange exchange = new FakeExchange();

  @AfterEach
  void tearDown() {
    exchange.close();
  }

  private static long timestampOf(RecordedRequest request) {
    return Long.parseLong(request.getHeaders().get("ACCESS-TIMESTAMP"));
  }

  @ParameterizedTest(name = "local clock off by {0} s")
  @ValueSource(ints = {-60, 60})
  void signsWithTheServersTimeWhenTheLocalClockIsOff(int skewSeconds) {
    exchange.enqueue(ACCOUNTS, Fixtures.read("account/accounts.json"));
    Clock skewed = Clock.offset(Clock.systemUTC(), Duration.ofSeconds(skewSeconds));
    try (BitgetRestClient client = TestClients.builder(exchange, new RecordingSleeper()).clock(skewed).build()) {
      client.account().accounts(ProductType.UMCBL);
    }

    List<RecordedRequest> requests = exchange.requests();
    assertThat(requests).extracting(r -> r.getUrl().encodedPath()).containsExactly(FakeExchange.TIME_PATH, ACCOUNTS);
    assertThat(timestampOf(requests.get(1))).isCloseTo(System.currentTimeMillis(), org.assertj.core.data.Offset.offset(5_000L));
  }

  @Test
  void timestampRefusalResyncsTheClockAndRetriesOnce() {
    AtomicInteger timeCalls = new AtomicInteger();
    // The exchange's clock jumps two minutes between the first and the second measurement.
    exchange.serverTime(() -> System.currentTimeMillis() + (timeCalls.getAndIncrement() == 0 ? 0 : 120_000));
    exchange.enqueue(ACCOUNTS, FakeExchange.json(400, Fixtures.read("rest-error-timestamp.json")));
    exchange.enqueue(ACCOUNTS, Fixtures.read("account/accounts.json"));
    try (BitgetRestClient client = TestClients.builder(exchange, new RecordingSleeper()).build()) {
      assertThat(client.account().accounts(ProductType.UMCBL)).hasSize(1);
    }

    List<RecordedRequest> requests = exchange.requests();
    assertThat(requests).extracting(r -> r.getUrl().encodedPath())
        .containsExactly(FakeExchange.TIME_PATH, ACCOUNTS, FakeExchange.TIME_PATH, ACCOUNTS);
    long shift = timestampOf(requests.get(3)) - timestampOf(requests.get(1));
    assertThat(shift).isBetween(115_000L, 125_000L);
    TestClients.assertSigned(requests.get(3), "GET", ACCOUNTS, "productType=USDT-FUTURES");
  }

  @Test
  void timestampRefusedAgainAfterResyncFailsWithClockSkew() {
    exchange.enqueue(ACCOUNTS, FakeExchange.json(400, Fixtures.read("rest-error-timestamp.json")));
    exchange.enqueue(ACCOUNTS, FakeExchange.json(400, Fixtures.read("documented/rest-error-40008-timestamp.json")));
    try (BitgetRestClient client = TestClients.builder(exchange, new RecordingSleeper()).build()) {
      assertThatThrownBy(() -> client.account().accounts(ProductType.UMCBL))
          .isInstanceOf(ClockSkewException.class)
          .hasMessage("Bitget error 40008 (HTTP 400) on GET /api/v2/mix/account/accounts: Request timestamp expired");
    }
    assertThat(exchange.requests()).hasSize(4);
  }

  @Test
  void orderRefusedForItsTimestampIsResentAfterResync() {
    exchange.enqueue("/api/v2/mix/market/contracts", Fixtures.read("rest-contracts.json"));
    exchange.enqueue("/api/v2/mix/order/place-order", FakeExchange.json(400, Fixtures.read("rest-error-timestamp.json")));
    exchange.enqueue("/api/v2/mix/order/place-order", Fixtures.read("rest-place-order.json"));
    try (BitgetRestClient client = TestClients.builder(exchange, new RecordingSleeper()).build()) {
      client.orders().place(OrderRequest.limit(Symbol.BTCUSDT_UMCBL, Side.BUY, new BigDecimal("0.01"),
          new BigDecimal("30000")));
    }

    List<RecordedRequest> places = exchange.requests("/api/v2/mix/order/place-order");
    assertThat(places).hasSize(2);
    assertThat(FakeExchange.body(places.get(1))).isEqualTo(FakeExchange.body(places.get(0)));
    assertThat(exchange.requests(FakeExchange.TIME_PATH)).hasSize(2);
  }

  @Test
  void concurrentFirstCallsMeasureTheClockOnce() throws Exception {
    for (int i = 0; i < 6; i++) {
      exchange.enqueue(ACCOUNTS, Fixtures.read("account/accounts.json"));
    }
    try (BitgetRestClient client = TestClients.builder(exchange, new RecordingSleeper()).build()) {
      List<CompletableFuture<?>> calls = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        calls.add(client.account().accountsAsync(ProductType.UMCBL));
      }
      CompletableFuture.allOf(calls.toArray(new CompletableFuture<?>[0])).get(10, TimeUnit.SECONDS);
    }

    assertThat(exchange.requests(FakeExchange.TIME_PATH)).hasSize(1);
    assertThat(exchange.requests(ACCOUNTS)).hasSize(6);
  }
}
