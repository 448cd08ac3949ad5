package io.bitget4j.rest;

import static io.bitget4j.rest.testing.TestClients.assertSigned;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.bitget4j.core.AccountMode;
import io.bitget4j.core.AccountModeMismatchException;
import io.bitget4j.core.AccountModeSwitchingException;
import io.bitget4j.core.ProductType;
import io.bitget4j.core.Symbol;
import io.bitget4j.core.model.OrderAck;
import io.bitget4j.core.model.Position;
import io.bitget4j.core.model.Side;
import io.bitget4j.rest.testing.FakeExchange;
import io.bitget4j.rest.testing.Fixtures;
import io.bitget4j.rest.testing.RecordingSleeper;
import io.bitget4j.rest.testing.TestClients;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The client finds out which kind of account a key belongs to (AUTO), remembers it, and finds out
 * again once when the exchange refuses a request for the account mode; a configured mode that does
 * not fit the key fails with a message naming the fix.
 */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class AccountModeDetectionTest {
  private static final Symbol BTC = Symbol.BTCUSDT_UMCBL;
  private static final String SETTINGS = FakeExchange.SETTINGS_PATH;
  private static final String V2_ALL_POSITION = "/api/v2/mix/position/all-position";
  private static final String V3_POSITIONS = "/api/v3/position/current-position";
  private static final String V2_PLACE = "/api/v2/mix/order/place-order";
  private static final String V3_PLACE = "/api/v3/trade/place-order";
  private static final String UNIFIED_KEY_ON_V2 = Fixtures.read("v3/rest-v3-error-40085-classic-api-with-uta-key.json");

  private final FakeExchange exchange = new FakeExchange();
  private BitgetRestClient client = auto().build();

  private BitgetRestClient.Builder auto() {
    return TestClients.builder(exchange, new RecordingSleeper()).accountMode(AccountMode.AUTO);
  }

  @AfterEach
  void tearDown() {
    client.close();
    exchange.close();
  }

  private static String settings(String accountMode) {
    return Fixtures.read("v3/rest-v3-account-settings.json").replace("\"hybrid\"", "\"" + accountMode + "\"");
  }

  @Test
  void settingsAnsweredMeansUnifiedAndEveryLaterCallSpeaksV3() {
    exchange.enqueue(SETTINGS, settings("unified"));
    exchange.enqueue(V3_POSITIONS, Fixtures.read("v3/rest-v3-current-position.json"));
    exchange.enqueue(V3_POSITIONS, Fixtures.read("v3/rest-v3-current-position.json"));
    assertThat(client.accountMode()).isEqualTo(AccountMode.AUTO);

    List<Position> first = client.positions().all(ProductType.UMCBL);
    List<Position> second = client.positions().all(ProductType.UMCBL);

    assertThat(client.accountMode()).isEqualTo(AccountMode.UNIFIED);
    assertThat(first).isEqualTo(second).extracting(Position::symbol).containsExactly(BTC);
    assertSigned(exchange.requests(SETTINGS).get(0), "GET", SETTINGS, null);
    assertThat(exchange.requests(SETTINGS)).hasSize(1); // remembered
    assertThat(exchange.requests(V3_POSITIONS)).hasSize(2);
    assertThat(exchange.requests(V2_ALL_POSITION)).isEmpty();
  }

  @Test
  void hybridUnifiedAccountCountsAsUnified() {
    exchange.enqueue(SETTINGS, settings("hybrid"));

    assertThat(client.detectAccountMode()).isEqualTo(AccountMode.UNIFIED);
  }

  @Test
  void refusalWith40084MeansClassicAndEveryLaterCallSpeaksV2() {
    exchange.enqueue(V2_ALL_POSITION, Fixtures.read("rest-all-position.json"));
    exchange.enqueue(V2_ALL_POSITION, Fixtures.read("rest-all-position.json"));

    client.positions().all(ProductType.UMCBL);
    client.positions().all(ProductType.UMCBL);

    assertThat(client.accountMode()).isEqualTo(AccountMode.CLASSIC);
    assertThat(exchange.requests(SETTINGS)).hasSize(1); // the fake answers 40084, as for a classic key
    assertThat(exchange.requests(V2_ALL_POSITION)).hasSize(2);
    assertThat(exchange.requests(V3_POSITIONS)).isEmpty();
  }

  @Test
  void concurrentFirstPrivateCallsDetectOnce() throws Exception {
    exchange.enqueue(SETTINGS, settings("unified"));
    for (int i = 0; i < 4; i++) {
      exchange.enqueue(V3_POSITIONS, Fixtures.read("v3/rest-v3-current-position.json"));
    }

    List<CompletableFuture<List<Position>>> calls = List.of(client.positions().allAsync(ProductType.UMCBL),
        client.positions().allAsync(ProductType.UMCBL), client.positions().allAsync(ProductType.UMCBL),
        client.positions().allAsync(ProductType.UMCBL));
    for (CompletableFuture<List<Position>> call : calls) {
      assertThat(call.get(10, TimeUnit.SECONDS)).hasSize(1);
    }

    assertThat(exchange.requests(SETTINGS)).hasSize(1);
  }

  @Test
  void publicCallsNeverDetectAndUseV2UntilTheModeIsKnown() {
    exchange.enqueue("/api/v2/mix/market/ticker", Fixtures.read("rest-ticker.json"));
    exchange.enqueue(SETTINGS, settings("unified"));
    exchange.enqueue(V3_POSITIONS, Fixtures.read("v3/rest-v3-current-position.json"));
    exchange.enqueue("/api/v3/market/tickers", Fixtures.read("v3/rest-v3-tickers.json"));

    client.market().ticker(BTC);
    assertThat(exchange.requests(SETTINGS)).isEmpty();
    client.positions().all(ProductType.UMCBL);
    client.market().ticker(BTC);

    assertThat(exchange.apiRequests()).extracting(r -> r.getUrl().encodedPath()).containsExactly(
        "/api/v2/mix/market/ticker", SETTINGS, V3_POSITIONS, "/api/v3/market/tickers");
  }

  @Test
  void unifiedKeyOnAClassicSessionIsDetectedAgainAndTheCallRepeatedOnceInV3() {
    exchange.enqueue(V2_ALL_POSITION, Fixtures.read("rest-all-position.json"));
    client.positions().all(ProductType.UMCBL); // detected classic (40084)
    exchange.enqueue(V2_ALL_POSITION, FakeExchange.json(400, UNIFIED_KEY_ON_V2)); // switched to unified since
    exchange.enqueue(SETTINGS, settings("unified"));
    exchange.enqueue(V3_POSITIONS, Fixtures.read("v3/rest-v3-current-position.json"));

    List<Position> positions = client.positions().all(ProductType.UMCBL);

    assertThat(positions).extracting(Position::symbol).containsExactly(BTC);
    assertThat(client.accountMode()).isEqualTo(AccountMode.UNIFIED);
    assertThat(exchange.requests(SETTINGS)).hasSize(2);
    assertThat(exchange.requests(V2_ALL_POSITION)).hasSize(2);
    assertThat(exchange.requests(V3_POSITIONS)).hasSize(1);
  }

  @Test
  void classicKeyOnAUnifiedSessionIsDetectedAgainAndTheCallRepeatedOnceInV2() {
    exchange.enqueue(SETTINGS, settings("unified"));
    exchange.enqueue(V3_POSITIONS, FakeExchange.json(400,
        Fixtures.read("v3/rest-v3-error-40084-uta-api-with-classic-key.json")));
    exchange.enqueue(V2_ALL_POSITION, Fixtures.read("rest-all-position.json"));

    List<Position> positions = client.positions().all(ProductType.UMCBL);

    assertThat(positions).hasSize(1);
    assertThat(client.accountMode()).isEqualTo(AccountMode.CLASSIC);
    assertThat(exchange.requests(SETTINGS)).hasSize(2); // the second answered 40084 by the fake's default
  }

  @Test
  void anOrderRefusedForTheAccountModeIsPlacedOnceInTheNewModesForm() {
    exchange.enqueue(V2_ALL_POSITION, Fixtures.read("rest-all-position.json"));
    client.positions().all(ProductType.UMCBL); // detected classic
    exchange.enqueue("/api/v2/mix/market/contracts", Fixtures.read("rest-contracts.json"));
    exchange.enqueue(V2_PLACE, FakeExchange.json(400, UNIFIED_KEY_ON_V2));
    exchange.enqueue(SETTINGS, settings("unified"));
    exchange.enqueue(V3_PLACE, Fixtures.read("v3/rest-v3-place-order.json"));
    OrderRequest order = OrderRequest.builder().symbol(BTC).side(Side.BUY).size(new BigDecimal("0.01"))
        .limit(new BigDecimal("30000")).clientOid("mode-switch-1").build();

    OrderAck ack = client.orders().place(order);

    assertThat(ack).isEqualTo(new OrderAck("121211212122", Optional.of("121211212122")));
    assertThat(exchange.requests(V2_PLACE)).hasSize(1);
    assertThat(exchange.requests(V3_PLACE)).hasSize(1);
    assertThat(FakeExchange.body(exchange.requests(V3_PLACE).get(0))).isEqualTo("{\"category\":\"USDT-FUTURES\","
        + "\"symbol\":\"BTCUSDT\",\"qty\":\"0.01\",\"price\":\"30000\",\"side\":\"buy\",\"orderType\":\"limit\","
        + "\"timeInForce\":\"gtc\",\"clientOid\":\"mode-switch-1\"}");
    assertThat(exchange.requests("/api/v2/mix/order/detail")).isEmpty(); // a refusal: nothing to look up
  }

  @Test
  void aRefusalThatDetectionContradictsStandsAndIsNotRepeated() {
    exchange.enqueue(V2_ALL_POSITION, Fixtures.read("rest-all-position.json"));
    client.positions().all(ProductType.UMCBL); // classic
    exchange.enqueue(V2_ALL_POSITION, FakeExchange.json(400, UNIFIED_KEY_ON_V2)); // settings still say classic

    AccountModeMismatchException e = catchThrowableOfType(AccountModeMismatchException.class,
        () -> client.positions().all(ProductType.UMCBL));

    assertThat(e.keyMode()).isEqualTo(AccountMode.UNIFIED);
    assertThat(exchange.requests(V2_ALL_POSITION)).hasSize(2);
    assertThat(exchange.requests(V3_POSITIONS)).isEmpty();
    assertThat(client.accountMode()).isEqualTo(AccountMode.CLASSIC);
  }

  @Test
  void configuredClassicModeWithAUnifiedKeyFailsNamingTheFixWithoutDetecting() {
    client.close();
    client = TestClients.builder(exchange, new RecordingSleeper()).build(); // CLASSIC
    exchange.enqueue(V2_ALL_POSITION, FakeExchange.json(400, UNIFIED_KEY_ON_V2));

    assertThatThrownBy(() -> client.positions().all(ProductType.UMCBL))
        .isInstanceOf(AccountModeMismatchException.class)
        .hasMessage("Bitget error 40085 (HTTP 400) on GET /api/v2/mix/position/all-position: You are in Unified"
            + " Account mode, and the Classic Account API is not supported at this time; this API key belongs to a"
            + " unified trading account, which speaks Bitget's V3 API: build the client with"
            + " accountMode(AccountMode.UNIFIED), or drop accountMode(AccountMode.CLASSIC) so that it detects the"
            + " mode");
    assertThat(exchange.requests(SETTINGS)).isEmpty();
    assertThat(exchange.requests(V2_ALL_POSITION)).hasSize(1);
  }

  @Test
  void configuredUnifiedModeWithAClassicKeyFailsNamingTheFixWithoutDetecting() {
    client.close();
    client = TestClients.unified(exchange, new RecordingSleeper()).build();
    exchange.enqueue(V3_POSITIONS, FakeExchange.json(400,
        Fixtures.read("v3/rest-v3-error-40084-uta-api-with-classic-key.json")));

    AccountModeMismatchException e = catchThrowableOfType(AccountModeMismatchException.class,
        () -> client.positions().all(ProductType.UMCBL));

    assertThat(e.keyMode()).isEqualTo(AccountMode.CLASSIC);
    assertThat(e).hasMessageEndingWith("this API key belongs to a classic account, which speaks Bitget's V2 API:"
        + " build the client with accountMode(AccountMode.CLASSIC), or drop accountMode(AccountMode.UNIFIED) so"
        + " that it detects the mode");
    assertThat(exchange.requests(SETTINGS)).isEmpty();
  }

  @Test
  void anAccountBeingSwitchedIsARetryableErrorAndIsDetectedAgainOnTheNextCall() {
    exchange.enqueue(SETTINGS, settings("upgrading"));
    exchange.enqueue(SETTINGS, settings("unified"));
    exchange.enqueue(V3_POSITIONS, Fixtures.read("v3/rest-v3-current-position.json"));

    AccountModeSwitchingException e = catchThrowableOfType(AccountModeSwitchingException.class,
        () -> client.positions().all(ProductType.UMCBL));

    assertThat(e.isRetryable()).isTrue();
    assertThat(e.state()).isEqualTo("upgrading");
    assertThat(e).hasMessageContaining("being switched between classic and unified");
    assertThat(client.accountMode()).isEqualTo(AccountMode.AUTO);
    assertThat(client.positions().all(ProductType.UMCBL)).hasSize(1);
    assertThat(client.accountMode()).isEqualTo(AccountMode.UNIFIED);
  }

  @Test
  void configuredModeIsKnownAtOnceAndDetectionNeedsCredentials() {
    try (BitgetRestClient unified = BitgetRestClient.builder().baseUrl(exchange.url())
        .accountMode(AccountMode.UNIFIED).build();
        BitgetRestClient anonymous = BitgetRestClient.builder().baseUrl(exchange.url()).build()) {
      assertThat(unified.accountMode()).isEqualTo(AccountMode.UNIFIED);
      assertThat(unified.detectAccountMode()).isEqualTo(AccountMode.UNIFIED);
      assertThat(anonymous.accountMode()).isEqualTo(AccountMode.AUTO);
      assertThatThrownBy(anonymous::detectAccountMode).isInstanceOf(IllegalStateException.class)
          .hasMessage("detecting the account mode needs an API key; build the client with"
              + " BitgetRestClient.builder().credentials(Credentials.of(..)), or set accountMode(..)");
    }
    assertThat(exchange.requests()).isEmpty();
  }

  @Test
  void privateCallWithoutCredentialsFailsBeforeAnyRequestNamingTheUnifiedEndpoint() {
    try (BitgetRestClient anonymous = BitgetRestClient.builder().baseUrl(exchange.url())
        .accountMode(AccountMode.UNIFIED).build()) {
      assertThatThrownBy(() -> anonymous.positions().of(BTC))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("GET /api/v3/position/current-position is a private endpoint and needs an API key; "
              + "build the client with BitgetRestClient.builder().credentials(Credentials.of(..))");
    }
    assertThat(exchange.requests()).isEmpty();
  }
}
