package io.bitget4j.rest;

import static io.bitget4j.rest.testing.TestClients.API_KEY;
import static io.bitget4j.rest.testing.TestClients.SECRET;
import static io.bitget4j.rest.testing.TestClients.assertPublic;
import static io.bitget4j.rest.testing.TestClients.assertSigned;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bitget4j.core.Symbol;
import io.bitget4j.core.model.Side;
import io.bitget4j.rest.testing.FakeExchange;
import io.bitget4j.rest.testing.Fixtures;
import io.bitget4j.rest.testing.RecordingSleeper;
import io.bitget4j.rest.testing.Signatures;
import io.bitget4j.rest.testing.TestClients;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 20, unit = TimeUnit.SECONDS)
class SigningTest {
  private final FakeExchange exchange = new FakeExchange();
  private final BitgetRestClient client = TestClients.builder(exchange, new RecordingSleeper()).build();

  @AfterEach
  void tearDown() {
    client.close();
    exchange.close();
  }

  @Test
  void signsRawQueryValuesAndSendsThemPercentEncoded() {
    exchange.enqueue("/api/v2/mix/position/single-position", Fixtures.read("positions/none.json"));

    assertThat(client.positions().of(Symbol.parse("$AIUSDT_UMCBL"))).isEmpty();

    RecordedRequest request = exchange.requests("/api/v2/mix/position/single-position").get(0);
    assertSigned(request, "GET", "/api/v2/mix/position/single-position",
        "marginCoin=USDT&productType=USDT-FUTURES&symbol=%24AIUSDT");
    String prehash = request.getHeaders().get("ACCESS-TIMESTAMP")
        + "GET/api/v2/mix/position/single-position?marginCoin=USDT&productType=USDT-FUTURES&symbol=$AIUSDT";
    assertThat(request.getHeaders().get("ACCESS-SIGN"))
        .isEqualTo(Signatures.hmac(SECRET, prehash.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void signsCjkSymbolAndClientOidWithSpaceAndSlashOverRawValues() {
    exchange.enqueue("/api/v2/mix/order/detail", Fixtures.read("orders/detail-live.json"));

    client.orders().detail(Symbol.BTCUSDT_UMCBL, OrderRef.clientOid("my order/1"));

    RecordedRequest request = exchange.requests("/api/v2/mix/order/detail").get(0);
    assertSigned(request, "GET", "/api/v2/mix/order/detail",
        "clientOid=my%20order%2F1&productType=USDT-FUTURES&symbol=BTCUSDT");
    String prehash = request.getHeaders().get("ACCESS-TIMESTAMP")
        + "GET/api/v2/mix/order/detail?clientOid=my order/1&productType=USDT-FUTURES&symbol=BTCUSDT";
    assertThat(request.getHeaders().get("ACCESS-SIGN"))
        .isEqualTo(Signatures.hmac(SECRET, prehash.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void signsTheExactBodyBytesSent() {
    exchange.enqueue("/api/v2/mix/market/contracts", Fixtures.read("rest-contracts.json"));
    exchange.enqueue("/api/v2/mix/order/place-order", Fixtures.read("rest-place-order.json"));
    OrderRequest request = OrderRequest.builder()
        .symbol(Symbol.BTCUSDT_UMCBL).side(Side.BUY).size(new BigDecimal("0.01"))
        .limit(new BigDecimal("30000")).tradeSide(io.bitget4j.core.model.TradeSide.OPEN)
        .clientOid("omega-0001")
        .build();

    client.orders().place(request);

    RecordedRequest sent = exchange.requests("/api/v2/mix/order/place-order").get(0);
    assertSigned(sent, "POST", "/api/v2/mix/order/place-order", null);
    assertThat(FakeExchange.body(sent)).isEqualTo(Fixtures.compact("rest-place-order-request.json"));
    byte[] prehash = (sent.getHeaders().get("ACCESS-TIMESTAMP") + "POST/api/v2/mix/order/place-order"
        + Fixtures.compact("rest-place-order-request.json")).getBytes(StandardCharsets.UTF_8);
    assertThat(sent.getHeaders().get("ACCESS-SIGN")).isEqualTo(Signatures.hmac(SECRET, prehash));
  }

  @Test
  void keepsNonAsciiBodyTextAsRawUtf8InTheSignedBytes() {
    exchange.enqueue("/api/v2/mix/order/cancel-order", Fixtures.read("documented/v2-rest-cancel-order.json"));

    client.orders().cancel(Symbol.parse("龙虾USDT_UMCBL"), OrderRef.orderId("123"));

    RecordedRequest sent = exchange.requests("/api/v2/mix/order/cancel-order").get(0);
    assertSigned(sent, "POST", "/api/v2/mix/order/cancel-order", null);
    assertThat(sent.getBody().toByteArray()).isEqualTo(
        "{\"symbol\":\"龙虾USDT\",\"productType\":\"USDT-FUTURES\",\"marginCoin\":\"USDT\",\"orderId\":\"123\"}"
            .getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void publicCallsCarryNoCredentialsAndNeedNoClockSync() {
    exchange.enqueue("/api/v2/mix/market/ticker", Fixtures.read("rest-ticker.json"));

    client.market().ticker(Symbol.BTCUSDT_UMCBL);

    assertThat(exchange.requests()).hasSize(1);
    assertPublic(exchange.requests().get(0), "GET", "/api/v2/mix/market/ticker",
        "productType=USDT-FUTURES&symbol=BTCUSDT");
  }

  @Test
  void clientWithoutCredentialsServesPublicCallsAndRefusesPrivateOnesBeforeAnyRequest() {
    exchange.enqueue("/api/v2/mix/market/ticker", Fixtures.read("rest-ticker.json"));
    try (BitgetRestClient anonymous = BitgetRestClient.builder().baseUrl(exchange.url()).build()) {
      assertThat(anonymous.market().ticker(Symbol.BTCUSDT_UMCBL).lastPrice()).isEqualByComparingTo("27000.5");

      assertThatThrownBy(() -> anonymous.positions().of(Symbol.BTCUSDT_UMCBL))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("GET /api/v2/mix/position/single-position is a private endpoint and needs an API key; "
              + "build the client with BitgetRestClient.builder().credentials(Credentials.of(..))");
    }
    assertThat(exchange.requests()).hasSize(1);
  }

  @Test
  void demoTradingAddsThePaptradingHeaderToEveryRequest() {
    exchange.enqueue("/api/v2/mix/account/accounts", Fixtures.read("account/accounts.json"));
    try (BitgetRestClient demo = TestClients.builder(exchange, new RecordingSleeper()).demoTrading(true).build()) {
      demo.account().accounts(io.bitget4j.core.ProductType.UMCBL);
    }

    assertThat(exchange.requests()).hasSize(2).allSatisfy(r ->
        assertThat(r.getHeaders().get("paptrading")).isEqualTo("1"));
    RecordedRequest accounts = exchange.requests("/api/v2/mix/account/accounts").get(0);
    assertSigned(accounts, "GET", "/api/v2/mix/account/accounts", "productType=USDT-FUTURES");
    assertThat(accounts.getHeaders().get("ACCESS-KEY")).isEqualTo(API_KEY);
  }

  @Test
  void liveClientSendsNoPaptradingHeader() {
    exchange.enqueue("/api/v2/mix/market/ticker", Fixtures.read("rest-ticker.json"));

    client.market().ticker(Symbol.BTCUSDT_UMCBL);

    assertThat(exchange.requests().get(0).getHeaders().get("paptrading")).isNull();
  }
}
