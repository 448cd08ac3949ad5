package io.bitget4j.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.bitget4j.core.Credentials;
import io.bitget4j.core.ProductType;
import io.bitget4j.core.Symbol;
import io.bitget4j.core.model.OrderAck;
import io.bitget4j.core.model.Position;
import io.bitget4j.core.model.Side;
import io.bitget4j.core.model.Ticker;
import io.bitget4j.rest.testing.FakeExchange;
import io.bitget4j.rest.testing.Fixtures;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The README quick start, word for word apart from the base URL and the credentials' source. */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class QuickStartTest {

  @Test
  void quickStartWorksAgainstALocalServer() {
    try (FakeExchange exchange = new FakeExchange()) {
      exchange.enqueue("/api/v2/mix/market/ticker", Fixtures.read("rest-ticker.json"));
      exchange.enqueue("/api/v2/mix/position/all-position", Fixtures.read("rest-all-position.json"));
      exchange.enqueue("/api/v2/mix/market/contracts", Fixtures.read("rest-contracts.json"));
      exchange.enqueue("/api/v2/mix/order/place-order", Fixtures.read("rest-place-order.json"));
      Credentials credentials = Credentials.of("bg_key", "secret", "passphrase"); // Credentials.fromEnv()

      // --- quick start ---
      try (BitgetRestClient client = BitgetRestClient.builder()
          .credentials(credentials)
          .baseUrl(exchange.url()) // omit for https://api.bitget.com
          .build()) {
        Ticker btc = client.market().ticker(Symbol.parse("BTCUSDT_UMCBL"));
        List<Position> positions = client.positions().all(ProductType.UMCBL);
        OrderAck ack = client.orders().place(OrderRequest.limit(
            Symbol.BTCUSDT_UMCBL, Side.BUY, new BigDecimal("0.01"), new BigDecimal("30000")));
        // --- end ---

        assertThat(btc.lastPrice()).isEqualByComparingTo("27000.5");
        assertThat(positions).hasSize(1);
        assertThat(ack.orderId()).isEqualTo("1234567890123456789");
      }
    }
  }
}
