package io.bitget4j.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bitget4j.core.RateLimitException;
import io.bitget4j.core.Symbol;
import io.bitget4j.core.testing.ManualClock;
import io.bitget4j.rest.testing.FakeExchange;
import io.bitget4j.rest.testing.Fixtures;
import io.bitget4j.rest.testing.RecordingSleeper;
import io.bitget4j.rest.testing.TestClients;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 20, unit = TimeUnit.SECONDS)
class RateLimitTest {
  private static final String TICKER = "/api/v2/mix/market/ticker";

  private final FakeExchange exchange = new FakeExchange();
  private final ManualClock clock = ManualClock.startingAt(Instant.parse("2024-11-24T02:00:00Z"));
  private final RecordingSleeper sleeper = new RecordingSleeper(clock);

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
    for (int i = 0; i < 25; i++) {
      exchange.enqueue(TICKER, Fixtures.read("rest-ticker.json"));
    }
    try (BitgetRestClient client = TestClients.builder(exchange, sleeper).clock(clock).build()) {
      for (int i = 0; i < 25; i++) {
        client.market().ticker(Symbol.BTCUSDT_UMCBL);
      }
    }

    // 20 per second: the first 20 go at once, each of the next 5 waits one 50 ms refill.
    assertThat(sleeper.sleeps()).hasSize(5).containsOnly(Duration.ofMillis(50));
    assertThat(exchange.requests(TICKER)).hasSize(25);
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

    assertThat(sleeper.sleeps()).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(2));
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
