package io.bitget4j.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.bitget4j.core.Symbol;
import io.bitget4j.core.testing.ManualClock;
import io.bitget4j.rest.testing.FakeExchange;
import io.bitget4j.rest.testing.Fixtures;
import io.bitget4j.rest.testing.RecordingSleeper;
import io.bitget4j.rest.testing.TestClients;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A unified client keeps V3's budgets: cancel-all and friends 5/s, order info 20/s. */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class UnifiedRateLimitTest {
  private static final Symbol BTC = Symbol.BTCUSDT_UMCBL;

  private final FakeExchange exchange = new FakeExchange();
  private final ManualClock clock = ManualClock.startingAt(Instant.parse("2024-11-24T02:00:00Z"));
  private final RecordingSleeper sleeper = new RecordingSleeper(clock);

  @AfterEach
  void tearDown() {
    exchange.close();
  }

  @Test
  void cancelAllIsSpacedToFivePerSecond() {
    for (int i = 0; i < 7; i++) {
      exchange.enqueue("/api/v3/trade/cancel-symbol-order", "{\"code\":\"00000\",\"msg\":\"success\",\"data\":null}");
    }
    try (BitgetRestClient client = TestClients.unified(exchange, sleeper).clock(clock).build()) {
      for (int i = 0; i < 7; i++) {
        client.orders().cancelAll(BTC);
      }
    }

    // 5 in any rolling window (1 s plus the 100 ms margin): the first 5 go at once, the 6th waits
    // until the first is a window old, and the 7th goes with it
    assertThat(sleeper.sleeps()).containsExactly(Duration.ofMillis(1100));
  }

  @Test
  void orderInfoIsSpacedToTwentyPerSecond() {
    for (int i = 0; i < 22; i++) {
      exchange.enqueue("/api/v3/trade/order-info", Fixtures.read("v3/rest-v3-order-info-live-ccxt.json"));
    }
    try (BitgetRestClient client = TestClients.unified(exchange, sleeper).clock(clock).build()) {
      for (int i = 0; i < 22; i++) {
        client.orders().detail(BTC, OrderRef.orderId("1320244799629316096"));
      }
    }

    // 20 in any rolling window: the 21st waits for the first to be a window old, the 22nd goes with it
    assertThat(sleeper.sleeps()).containsExactly(Duration.ofMillis(1100));
  }
}
