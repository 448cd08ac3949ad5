package io.bitget4j.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.bitget4j.core.AccountMode;
import io.bitget4j.core.Credentials;
import io.bitget4j.core.ProductType;
import io.bitget4j.core.Symbol;
import io.bitget4j.core.model.HoldSide;
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

/** The README's REST snippets, word for word apart from the base URL and the credentials' source. */
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
  @Test
  void classicAndUnifiedSectionWorksAgainstALocalUnifiedAccount() {
    try (FakeExchange exchange = new FakeExchange()) {
      exchange.enqueue(FakeExchange.SETTINGS_PATH, Fixtures.read("v3/rest-v3-account-settings.json"));
      exchange.enqueue("/api/v3/position/current-position", Fixtures.read("v3/rest-v3-current-position.json"));
      exchange.enqueue("/api/v3/market/instruments", Fixtures.read("v3/rest-v3-instruments.json"));
      exchange.enqueue("/api/v3/trade/place-order", Fixtures.read("v3/rest-v3-place-order.json"));
      Credentials credentials = Credentials.of("bg_key", "secret", "passphrase"); // Credentials.fromEnv()

      // --- classic and unified accounts ---
      try (BitgetRestClient client = BitgetRestClient.builder()
          .credentials(credentials)
          .baseUrl(exchange.url()) // omit for https://api.bitget.com
          .accountMode(AccountMode.AUTO)        // the default; CLASSIC or UNIFIED skip the detection
          .build()) {
        List<Position> positions = client.positions().all(ProductType.UMCBL); // V2 or V3, same records
        AccountMode mode = client.accountMode();                      // CLASSIC or UNIFIED once known, AUTO before
        client.orders().place(OrderRequest.builder().symbol(Symbol.BTCUSDT_UMCBL)
            .close(HoldSide.LONG).size(new BigDecimal("0.01")).market().build());
        // --- end ---

        assertThat(positions).hasSize(1);
        assertThat(mode).isEqualTo(AccountMode.UNIFIED);
        assertThat(FakeExchange.body(exchange.requests("/api/v3/trade/place-order").get(0)))
            .contains("\"side\":\"sell\"", "\"posSide\":\"long\"");
      }
    }
  }
}
