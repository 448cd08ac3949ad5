package io.bitget4j.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bitget4j.core.BitgetApiException;
import io.bitget4j.core.BitgetTransportException;
import io.bitget4j.core.ServiceUnavailableException;
import io.bitget4j.core.Symbol;
import io.bitget4j.rest.testing.FakeExchange;
import io.bitget4j.rest.testing.Fixtures;
import io.bitget4j.rest.testing.RecordingSleeper;
import io.bitget4j.rest.testing.TestClients;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 20, unit = TimeUnit.SECONDS)
class RetryTest {
  private static final String TICKER = "/api/v2/mix/market/ticker";

  private final FakeExchange exchange = new FakeExchange();
  private final RecordingSleeper sleeper = new RecordingSleeper();
  private final BitgetRestClient client = TestClients.builder(exchange, sleeper).build();

  @AfterEach
  void tearDown() {
    client.close();
    exchange.close();
  }

  @Test
  void retriesAGetAfterTheConnectionDrops() {
    exchange.enqueue(TICKER, FakeExchange.dropAfterRequest());
    exchange.enqueue(TICKER, Fixtures.read("rest-ticker.json"));

    assertThat(client.market().ticker(Symbol.BTCUSDT_UMCBL).lastPrice()).isEqualByComparingTo("27000.5");

    assertThat(exchange.requests(TICKER)).hasSize(2);
    assertThat(sleeper.sleeps()).singleElement()
        .satisfies(d -> assertThat(d).isBetween(Duration.ZERO, Duration.ofMillis(200)));
  }

  @Test
  void retriesAGetOnServerErrorsAndBusyCodes() {
    exchange.enqueue(TICKER, FakeExchange.json(503, ""));
    exchange.enqueue(TICKER, FakeExchange.json(400, "{\"code\":\"40200\",\"msg\":\"Server upgrade\",\"data\":null}"));
    exchange.enqueue(TICKER, Fixtures.read("rest-ticker.json"));

    client.market().ticker(Symbol.BTCUSDT_UMCBL);

    assertThat(exchange.requests(TICKER)).hasSize(3);
    assertThat(sleeper.sleeps()).hasSize(2);
  }

  @Test
  void givesUpAfterTheAttemptLimit() {
    for (int i = 0; i < 5; i++) {
      exchange.enqueue(TICKER, FakeExchange.json(502, "bad gateway"));
    }

    assertThatThrownBy(() -> client.market().ticker(Symbol.BTCUSDT_UMCBL))
        .isInstanceOf(ServiceUnavailableException.class);

    assertThat(exchange.requests(TICKER)).hasSize(4);
    assertThat(sleeper.sleeps()).hasSize(3);
  }

  @Test
  void retriesAnIdempotentSettingAfterAServerError() {
    exchange.enqueue("/api/v2/mix/account/set-leverage", FakeExchange.json(500, ""));
    exchange.enqueue("/api/v2/mix/account/set-leverage", Fixtures.read("account/set-leverage.json"));

    client.account().setLeverage(Symbol.BTCUSDT_UMCBL, 20);

    assertThat(exchange.requests("/api/v2/mix/account/set-leverage")).hasSize(2);
  }

  @Test
  void neverRetriesACancelWhoseConnectionDropped() {
    exchange.enqueue("/api/v2/mix/order/cancel-order", FakeExchange.dropAfterRequest());

    assertThatThrownBy(() -> client.orders().cancel(Symbol.BTCUSDT_UMCBL, OrderRef.orderId("1")))
        .isInstanceOf(BitgetTransportException.class)
        .hasMessageStartingWith("POST /api/v2/mix/order/cancel-order failed before Bitget answered: ");

    assertThat(exchange.requests("/api/v2/mix/order/cancel-order")).hasSize(1);
    assertThat(sleeper.sleeps()).isEmpty();
  }

  @Test
  void neverRetriesARefusal() {
    exchange.enqueue(TICKER, FakeExchange.json(400, Fixtures.read("documented/rest-error-40019-missing-param.json")));

    assertThatThrownBy(() -> client.market().ticker(Symbol.BTCUSDT_UMCBL)).isInstanceOf(BitgetApiException.class);

    assertThat(exchange.requests(TICKER)).hasSize(1);
    assertThat(sleeper.sleeps()).isEmpty();
  }

  @Test
  void interruptedCallFailsAsTransportAndKeepsTheInterruptFlag() {
    exchange.enqueue(TICKER, Fixtures.read("rest-ticker.json"));

    Thread.currentThread().interrupt(); // as a shutdown interrupts a worker in the middle of a call
    try {
      assertThatThrownBy(() -> client.market().ticker(Symbol.BTCUSDT_UMCBL))
          .isInstanceOf(BitgetTransportException.class)
          .hasMessage("GET /api/v2/mix/market/ticker failed before Bitget answered:"
              + " java.io.InterruptedIOException: interrupted before the answer came")
          .hasRootCauseInstanceOf(InterruptedException.class);
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
    assertThat(sleeper.sleeps()).isEmpty();
  }
}
