package io.bitget4j.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bitget4j.core.ProductType;
import io.bitget4j.core.RateLimitException;
import io.bitget4j.core.Symbol;
import io.bitget4j.core.testing.ManualClock;
import io.bitget4j.core.testing.RollingWindows;
import io.bitget4j.core.util.Backoff;
import io.bitget4j.core.util.RateBudget;
import io.bitget4j.rest.testing.FakeExchange;
import io.bitget4j.rest.testing.Fixtures;
import io.bitget4j.rest.testing.RecordingSleeper;
import io.bitget4j.rest.testing.TestClients;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 20, unit = TimeUnit.SECONDS)
class RateLimitTest {
  private static final String TICKER = "/api/v2/mix/market/ticker";
  private static final String ACCOUNT = "/api/v2/mix/account/account";
  private static final Instant START = Instant.parse("2024-11-24T02:00:00Z");
  private static final long T0 = START.toEpochMilli();

  private final FakeExchange exchange = new FakeExchange();
  private final ManualClock clock = ManualClock.startingAt(START);
  private final RecordingSleeper sleeper = new RecordingSleeper(clock);

  @BeforeEach
  void stampRequestsWithTheManualClock() {
    exchange.stampWith(clock);
    exchange.serverTime(clock::millis);
  }

  @AfterEach
  void tearDown() {
    exchange.close();
  }

  @Test
  void waitsAfterA429AndRetriesTheGet() {
    exchange.enqueue(TICKER, FakeExchange.json(429, Fixtures.read("rest-error-rate-limit.json")));
    exchange.enqueue(TICKER, Fixtures.read("rest-ticker.json"));
    try (BitgetRestClient client = TestClients.builder(exchange, sleeper).clock(clock).build()) {
      client.market().ticker(Symbol.BTCUSDT_UMCBL);
    }

    assertThat(exchange.requests(TICKER)).hasSize(2);
    // Without a hint the wait is the first backoff ceiling, never a jittered zero.
    assertThat(sleeper.sleeps()).containsExactly(Duration.ofMillis(200));
  }

  @Test
  void honoursTheServersRetryAfterHint() {
    exchange.enqueue(TICKER, new MockResponse.Builder().code(429).setHeader("Retry-After", "2")
        .body(Fixtures.read("rest-error-rate-limit.json")).build());
    exchange.enqueue(TICKER, Fixtures.read("rest-ticker.json"));
    try (BitgetRestClient client = TestClients.builder(exchange, sleeper).clock(clock).build()) {
      client.market().ticker(Symbol.BTCUSDT_UMCBL);
    }

    assertThat(sleeper.sleeps()).containsExactly(Duration.ofSeconds(2));
  }

  @Test
  void givesUpInsteadOfBlockingForAnAbsurdRetryHint() {
    exchange.enqueue(TICKER, new MockResponse.Builder().code(429).setHeader("Retry-After", "86400")
        .body(Fixtures.read("rest-error-rate-limit.json")).build());
    try (BitgetRestClient client = TestClients.builder(exchange, sleeper).clock(clock).build()) {
      assertThatThrownBy(() -> client.market().ticker(Symbol.BTCUSDT_UMCBL))
          .isInstanceOfSatisfying(RateLimitException.class,
              e -> assertThat(e.retryAfter()).contains(Duration.ofDays(1)));
    }
    assertThat(sleeper.sleeps()).isEmpty();
    assertThat(exchange.requests(TICKER)).hasSize(1);
  }

  @Test
  void spacesABurstBeyondTheGroupBudgetInsteadOfProvoking429() {
    for (int i = 0; i < 45; i++) {
      exchange.enqueue(TICKER, Fixtures.read("rest-ticker.json"));
    }
    try (BitgetRestClient client = TestClients.builder(exchange, sleeper).clock(clock).build()) {
      for (int i = 0; i < 45; i++) {
        client.market().ticker(Symbol.BTCUSDT_UMCBL);
      }
    }

    // 20 go at once; the 21st waits until they are a second and the 100 ms margin old, and so on.
    assertThat(sleeper.sleeps()).containsExactly(Duration.ofMillis(1_100), Duration.ofMillis(1_100));
    assertThat(exchange.requests(TICKER)).hasSize(45);
    assertThat(RollingWindows.worst(exchange.requestTimes(TICKER), 1_000)).isEqualTo(20);
  }

  @Test
  void aRetryDrawsFromTheSameBudgetAsFirstAttempts() {
    exchange.enqueue(TICKER, FakeExchange.json(429, Fixtures.read("rest-error-rate-limit.json")));
    for (int i = 0; i < 3; i++) {
      exchange.enqueue(TICKER, Fixtures.read("rest-ticker.json"));
    }
    RestConfig config = RestConfig.builder().rateLimit(EndpointGroup.MARKET, 3, Duration.ofSeconds(1)).build();
    try (BitgetRestClient client = TestClients.builder(exchange, sleeper).clock(clock).config(config).build()) {
      for (int i = 0; i < 3; i++) {
        client.market().ticker(Symbol.BTCUSDT_UMCBL);
      }
    }

    // First call: 429, then its retry after the 200 ms pause; the second call takes the third
    // permit, so the third call waits for the first request to leave the window.
    assertThat(sleeper.sleeps()).containsExactly(Duration.ofMillis(200), Duration.ofMillis(900));
    assertThat(exchange.requestTimes(TICKER)).containsExactly(T0, T0 + 200, T0 + 200, T0 + 1_100);
  }

  @Test
  void a429PausesTheWholeGroupNotOnlyTheRequestThatGotIt() {
    exchange.enqueue(ACCOUNT, Fixtures.read("rest-account.json"));
    exchange.enqueue(ACCOUNT, Fixtures.read("rest-account.json"));
    exchange.enqueue(TICKER, FakeExchange.json(429, Fixtures.read("rest-error-rate-limit.json")));
    exchange.enqueue("/api/v2/mix/market/tickers", Fixtures.read("market/tickers-with-delivery.json"));
    RestConfig config = RestConfig.builder().backoff(Backoff.builder().base(Duration.ofMillis(300))
        .maxAttempts(1).build()).build();
    try (BitgetRestClient client = TestClients.builder(exchange, sleeper).clock(clock).config(config).build()) {
      client.account().account(Symbol.BTCUSDT_UMCBL);

      assertThatThrownBy(() -> client.market().ticker(Symbol.BTCUSDT_UMCBL)).isInstanceOf(RateLimitException.class);
      assertThat(sleeper.sleeps()).as("nothing left to retry").isEmpty();

      client.account().account(Symbol.BTCUSDT_UMCBL);
      assertThat(sleeper.sleeps()).as("the account's budgets are not paused").isEmpty();

      client.market().tickers(ProductType.UMCBL);
      assertThat(sleeper.sleeps()).as("another market endpoint waits out the pause").containsExactly(Duration.ofMillis(300));
    }
  }

  @Test
  void noSecondHoldsMoreThanTheGroupLimitThroughA429StormWithRetries() {
    for (int i = 0; i < 30; i++) {
      exchange.enqueue(TICKER, FakeExchange.json(429, Fixtures.read("rest-error-rate-limit.json")));
    }
    for (int i = 0; i < 60; i++) {
      exchange.enqueue(TICKER, Fixtures.read("rest-ticker.json"));
    }
    int refused = 0;
    try (BitgetRestClient client = TestClients.builder(exchange, sleeper).clock(clock).build()) {
      for (int i = 0; i < 60; i++) {
        try {
          client.market().ticker(Symbol.BTCUSDT_UMCBL);
        } catch (RateLimitException e) {
          refused++;
        }
      }
    }

    List<Long> sent = exchange.requestTimes(TICKER);
    assertThat(refused).as("calls whose four attempts all met the storm").isPositive();
    assertThat(sent).as("every 429, then one answer per call that got through").hasSize(30 + 60 - refused);
    assertThat(RollingWindows.worst(sent, 1_000)).isLessThanOrEqualTo(20);
  }

  @Test
  void budgetsAreConfigurablePerGroup() {
    for (int i = 0; i < 3; i++) {
      exchange.enqueue(TICKER, Fixtures.read("rest-ticker.json"));
    }
    RestConfig config = RestConfig.builder().rateLimit(EndpointGroup.MARKET, 1, Duration.ofSeconds(2)).build();
    try (BitgetRestClient client = TestClients.builder(exchange, sleeper).clock(clock).config(config).build()) {
      for (int i = 0; i < 3; i++) {
        client.market().ticker(Symbol.BTCUSDT_UMCBL);
      }
    }

    assertThat(sleeper.sleeps()).containsExactly(Duration.ofMillis(2_100), Duration.ofMillis(2_100));
  }

  @Test
  void aPermitThatWentStaleWhileConnectingIsReplacedBeforeTheRequestIsWritten() {
    exchange.enqueue(TICKER, Fixtures.read("rest-ticker.json"));
    exchange.enqueue(TICKER, Fixtures.read("rest-ticker.json"));
    // Every call spends 300 ms getting its connection ready, six times the budget's tolerance.
    OkHttpClient slowToConnect = new OkHttpClient.Builder().addInterceptor(chain -> {
      clock.advanceMillis(300);
      return chain.proceed(chain.request());
    }).build();
    RestConfig config = RestConfig.builder().rateLimit(EndpointGroup.MARKET, 3, Duration.ofSeconds(1)).build();
    try (BitgetRestClient client = TestClients.builder(exchange, sleeper).clock(clock).config(config)
        .okHttpClient(slowToConnect).build()) {
      client.market().ticker(Symbol.BTCUSDT_UMCBL);
      client.market().ticker(Symbol.BTCUSDT_UMCBL);
    } finally {
      slowToConnect.dispatcher().executorService().shutdown();
      slowToConnect.connectionPool().evictAll();
    }

    // Each stale permit is left unused and a fresh one taken: the fourth permit of a 3/s group
    // waits for the first to leave the window, so the second request goes out at 1.1 s, not 0.6 s.
    assertThat(sleeper.sleeps()).containsExactly(Duration.ofMillis(500));
    assertThat(exchange.requestTimes(TICKER)).containsExactly(T0 + 300, T0 + 1_100);
  }

  @Test
  void clientsGivenOneBudgetShareTheAccountsLimits() {
    for (int i = 0; i < 12; i++) {
      exchange.enqueue(ACCOUNT, Fixtures.read("rest-account.json"));
    }
    RateBudget shared = RateBudget.inProcess(clock, RateBudget.IN_PROCESS_MARGIN);
    try (BitgetRestClient first = TestClients.builder(exchange, sleeper).clock(clock).rateBudget(shared).build();
        BitgetRestClient second = TestClients.builder(exchange, sleeper).clock(clock).rateBudget(shared).build()) {
      for (int i = 0; i < 6; i++) {
        first.account().account(Symbol.BTCUSDT_UMCBL);
        second.account().account(Symbol.BTCUSDT_UMCBL);
      }
    }

    // PRIVATE_READ allows 10 a second per account: the 11th and 12th wait, whichever client sends them.
    assertThat(sleeper.sleeps()).containsExactly(Duration.ofMillis(1_100));
    assertThat(RollingWindows.worst(exchange.requestTimes(ACCOUNT), 1_000)).isEqualTo(10);
  }

  @Test
  void marketDataIsBudgetedPerNamedIpAndAccountsPerKey() {
    RateBudget shared = RateBudget.inProcess(clock, RateBudget.IN_PROCESS_MARGIN);
    RestConfig office = RestConfig.builder().ipScope("office-nat").rateLimit(EndpointGroup.MARKET, 1,
        Duration.ofSeconds(1)).build();
    RestConfig cloud = office.toBuilder().ipScope("203.0.113.7").build();
    for (int i = 0; i < 3; i++) {
      exchange.enqueue(TICKER, Fixtures.read("rest-ticker.json"));
    }
    try (BitgetRestClient a = TestClients.builder(exchange, sleeper).clock(clock).config(office).rateBudget(shared)
            .build();
        BitgetRestClient b = TestClients.builder(exchange, sleeper).clock(clock).config(cloud).rateBudget(shared)
            .build()) {
      a.market().ticker(Symbol.BTCUSDT_UMCBL);
      b.market().ticker(Symbol.BTCUSDT_UMCBL);
      assertThat(sleeper.sleeps()).as("two addresses, two budgets").isEmpty();
      a.market().ticker(Symbol.BTCUSDT_UMCBL);
    }

    assertThat(sleeper.sleeps()).containsExactly(Duration.ofMillis(1_100));
    assertThatThrownBy(() -> RestConfig.builder().ipScope("office nat"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ipScope \"office nat\" must be 1 to 61 letters, digits or . _ : -");
  }

  @Test
  void refusesLocallyWhenThePermitIsFurtherAwayThanTheMaximumWait() {
    exchange.enqueue(TICKER, Fixtures.read("rest-ticker.json"));
    RestConfig config = RestConfig.builder()
        .rateLimit(EndpointGroup.MARKET, 1, Duration.ofMinutes(10))
        .maxRateLimitWait(Duration.ofSeconds(1))
        .build();
    try (BitgetRestClient client = TestClients.builder(exchange, sleeper).clock(clock).config(config).build()) {
      client.market().ticker(Symbol.BTCUSDT_UMCBL);

      assertThatThrownBy(() -> client.market().ticker(Symbol.BTCUSDT_UMCBL))
          .isInstanceOfSatisfying(RateLimitException.class, e -> {
            assertThat(e.isClientSide()).isTrue();
            assertThat(e.httpStatus()).isZero();
            assertThat(e.retryAfter()).isPresent();
          })
          .hasMessageStartingWith("client-side rate limit for MARKET on GET /api/v2/mix/market/ticker: the next"
              + " permit is ")
          .hasMessageEndingWith("ms away, more than the 1000 ms the client may wait; send fewer requests or raise"
              + " the limit");
    }
    assertThat(exchange.requests(TICKER)).hasSize(1);
  }
}
