package io.bitget4j.rest;

import static io.bitget4j.rest.testing.TestClients.PASSPHRASE;
import static io.bitget4j.rest.testing.TestClients.SECRET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bitget4j.core.ProductType;
import io.bitget4j.core.Symbol;
import io.bitget4j.core.model.Side;
import io.bitget4j.core.testing.LogCapture;
import io.bitget4j.rest.testing.FakeExchange;
import io.bitget4j.rest.testing.Fixtures;
import io.bitget4j.rest.testing.RecordingSleeper;
import io.bitget4j.rest.testing.TestClients;
import java.math.BigDecimal;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Runs signed calls while the test logger records every event from DEBUG up (core's
 * {@link LogCapture}), then searches the events, with their exceptions, for secrets.
 */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class LogRedactionTest {
  private final FakeExchange exchange = new FakeExchange();

  @AfterEach
  void close() {
    exchange.close();
  }

  private String log() {
    return LogCapture.text();
  }

  @Test
  void logsRequestLinesAtDebugButNoCredentialSignatureOrPrivateBody() {
    exchange.enqueue("/api/v2/mix/account/accounts", Fixtures.read("account/accounts.json"));
    exchange.enqueue("/api/v2/mix/market/contracts", Fixtures.read("rest-contracts.json"));
    exchange.enqueue("/api/v2/mix/order/place-order", FakeExchange.dropAfterRequest());
    exchange.enqueue("/api/v2/mix/order/detail", Fixtures.read("orders/detail-live.json"));
    exchange.enqueue("/api/v2/mix/order/cancel-order", FakeExchange.json(400, Fixtures.read("rest-error-sign.json")));
    String clientText;
    try (BitgetRestClient client = TestClients.builder(exchange, new RecordingSleeper()).build()) {
      clientText = client.toString();
      client.account().accounts(ProductType.UMCBL);
      client.orders().place(OrderRequest.builder().symbol(Symbol.BTCUSDT_UMCBL).side(Side.BUY)
          .size(new BigDecimal("0.01")).limit(new BigDecimal("30000")).clientOid("omega-0001").build());
      assertThatThrownBy(() -> client.orders().cancel(Symbol.BTCUSDT_UMCBL, OrderRef.orderId("1")))
          .hasMessageNotContaining(SECRET).hasMessageNotContaining(PASSPHRASE);
    }

    String log = log();
    assertThat(log).contains("DEBUG io.bitget4j.rest.internal.RestExecutor - "
        + "GET /api/v2/mix/account/accounts?productType=USDT-FUTURES -> 200 (");
    assertThat(log).contains("POST /api/v2/mix/order/place-order failed after ");
    assertThat(log).contains("POST /api/v2/mix/order/cancel-order -> 400 (");
    assertThat(log).doesNotContain(SECRET).doesNotContain(PASSPHRASE).doesNotContain("ACCESS-");
    exchange.requests().stream().map(r -> r.getHeaders().get("ACCESS-SIGN")).filter(s -> s != null)
        .forEach(sign -> assertThat(log).doesNotContain(sign));
    assertThat(log).doesNotContain("{\"symbol\"").doesNotContain("9729.995");
    assertThat(clientText).doesNotContain(SECRET).doesNotContain(PASSPHRASE).doesNotContain(TestClients.API_KEY);
    assertThat(exchange.requests()).isNotEmpty();
  }
}
