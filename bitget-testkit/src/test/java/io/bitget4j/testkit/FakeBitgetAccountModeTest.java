package io.bitget4j.testkit;

import static io.bitget4j.testkit.TestSupport.assertSameShapeAsFixture;
import static io.bitget4j.testkit.TestSupport.call;
import static io.bitget4j.testkit.TestSupport.fixture;
import static io.bitget4j.testkit.TestSupport.object;
import static io.bitget4j.testkit.TestSupport.ok;
import static io.bitget4j.testkit.TestSupport.signedGet;
import static io.bitget4j.testkit.TestSupport.signedPost;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bitget4j.core.AccountMode;
import io.bitget4j.core.Symbol;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Which API each kind of account gets: 40084 and 40085 as Bitget words them, the V3 settings
 * probe in both modes, switching mid-session, and the fake's faults and rate limits on V3 calls.
 */
@Timeout(30)
class FakeBitgetAccountModeTest {
  private static final Instant T0 = Instant.parse("2024-11-24T02:00:00Z");
  private static final String SETTINGS = "/api/v3/account/settings";
  private static final String V2_ACCOUNT = "/api/v2/mix/account/account";
  private static final String V2_ACCOUNT_QUERY = "symbol=BTCUSDT&productType=USDT-FUTURES&marginCoin=USDT";
  private static final String V3_PLACE = "/api/v3/trade/place-order";
  private static final String MARKET_BUY =
      "{\"category\":\"USDT-FUTURES\",\"symbol\":\"BTCUSDT\",\"qty\":\"0.01\",\"side\":\"buy\","
          + "\"orderType\":\"market\",\"clientOid\":\"lost-1\"}";

  private static OkHttpClient client;

  @BeforeAll
  static void createClient() {
    client = TestSupport.newClient();
  }

  @AfterAll
  static void closeClient() {
    TestSupport.shutdown(client);
  }

  private static FakeBitget.Builder builder(AccountMode mode) {
    return FakeBitget.builder()
        .accountMode(mode)
        .clock(Clock.fixed(T0, ZoneOffset.UTC))
        .tickInterval(Duration.ZERO)
        .symbol(Symbol.BTCUSDT_UMCBL, new BigDecimal("27000"))
        .symbol(Symbol.ETHUSDT_UMCBL, new BigDecimal("1800"));
  }

  private static void assertSampleError(TestSupport.Answer answer, String sample) {
    Map<String, Object> expected = object(fixture(sample));
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.code()).isEqualTo(expected.get("code"));
    assertThat(answer.json().get("msg")).isEqualTo(expected.get("msg"));
    assertThat(answer.json()).containsEntry("data", null).containsKey("requestTime");
  }

  @Test
  void classicIsTheDefault() {
    try (FakeBitget fake = FakeBitget.builder().tickInterval(Duration.ZERO).start()) {
      assertThat(fake.accountMode()).isEqualTo(AccountMode.CLASSIC);
    }
  }

  @Test
  void autoIsNotAKindOfAccount() {
    assertThatThrownBy(() -> FakeBitget.builder().accountMode(AccountMode.AUTO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an account is CLASSIC or UNIFIED; AUTO is the clients' setting for finding out which, "
            + "not a kind of account");
  }

  @Test
  void classicAccountGets40084OnEveryPrivateV3CallSettingsIncluded() throws IOException {
    try (FakeBitget fake = builder(AccountMode.CLASSIC).start()) {
      assertSampleError(call(client, signedGet(fake, SETTINGS, "")),
          "v3/rest-v3-error-40084-uta-api-with-classic-key.json");
      assertSampleError(call(client, signedGet(fake, "/api/v3/account/assets", "")),
          "v3/rest-v3-error-40084-uta-api-with-classic-key.json");
      assertSampleError(call(client, signedPost(fake, V3_PLACE, MARKET_BUY)),
          "v3/rest-v3-error-40084-uta-api-with-classic-key.json");

      assertThat(fake.orders()).isEmpty();
      ok(client, signedGet(fake, V2_ACCOUNT, V2_ACCOUNT_QUERY));
    }
  }

  @Test
  void unifiedAccountGets40085OnEveryPrivateV2Call() throws IOException {
    try (FakeBitget fake = builder(AccountMode.UNIFIED).start()) {
      String v2Order = "{\"symbol\":\"BTCUSDT\",\"productType\":\"USDT-FUTURES\",\"marginMode\":\"isolated\","
          + "\"marginCoin\":\"USDT\",\"size\":\"0.01\",\"side\":\"buy\",\"orderType\":\"market\"}";

      assertSampleError(call(client, signedGet(fake, V2_ACCOUNT, V2_ACCOUNT_QUERY)),
          "v3/rest-v3-error-40085-classic-api-with-uta-key.json");
      assertSampleError(call(client, signedGet(fake, "/api/v2/mix/position/all-position", "productType=USDT-FUTURES")),
          "v3/rest-v3-error-40085-classic-api-with-uta-key.json");
      assertSampleError(call(client, signedPost(fake, "/api/v2/mix/order/place-order", v2Order)),
          "v3/rest-v3-error-40085-classic-api-with-uta-key.json");

      assertThat(fake.orders()).isEmpty();
    }
  }

  @Test
  void authenticationComesBeforeTheModeCheck() throws IOException {
    try (FakeBitget fake = builder(AccountMode.CLASSIC).start()) {
      Request wrongSign = TestSupport.authHeaders(new Request.Builder().url(fake.restUrl() + SETTINGS).get(),
          Long.toString(fake.now().toEpochMilli()), "bm90IGEgc2lnbmF0dXJl").build();

      assertThat(call(client, wrongSign).code()).isEqualTo("40009");
    }
  }

  @Test
  void unifiedSettingsAnswerLikeBitgetsWithEverySimulatedSymbol() throws IOException {
    try (FakeBitget fake = builder(AccountMode.UNIFIED).start()) {
      TestSupport.Answer settings = ok(client, signedGet(fake, SETTINGS, ""));

      assertSameShapeAsFixture(settings, "v3/rest-v3-account-settings.json");
      assertThat(settings.dataObject()).containsEntry("accountMode", "unified")
          .containsEntry("holdMode", "one_way_mode");
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> symbols = (List<Map<String, Object>>) settings.dataObject().get("symbolConfigList");
      assertThat(symbols).extracting(s -> s.get("symbol")).containsExactly("BTCUSDT", "ETHUSDT");
      assertThat(symbols.get(0)).containsEntry("category", "USDT-FUTURES").containsEntry("marginMode", "isolated")
          .containsEntry("leverage", "10");
    }
  }

  @Test
  void settingsReportAnInjectedSwitchThenUnifiedAgain() throws IOException {
    try (FakeBitget fake = builder(AccountMode.UNIFIED).start()) {
      fake.faults().reportAccountMode("upgrading", 1);
      fake.faults().reportAccountMode("switching", 2);

      List<Object> modes = new java.util.ArrayList<>();
      for (int i = 0; i < 3; i++) {
        modes.add(ok(client, signedGet(fake, SETTINGS, "")).dataObject().get("accountMode"));
      }

      assertThat(modes).containsExactly("switching", "switching", "unified");
      assertThatThrownBy(() -> fake.faults().reportAccountMode("classic", 1))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("accountMode must be unified, hybrid, upgrading or switching: \"classic\"");
    }
  }

  @Test
  void switchingTheAccountMidSessionChangesWhichApiAnswers() throws IOException {
    try (FakeBitget fake = builder(AccountMode.CLASSIC).start()) {
      ok(client, signedGet(fake, V2_ACCOUNT, V2_ACCOUNT_QUERY));

      fake.setAccountMode(AccountMode.UNIFIED);

      assertThat(fake.accountMode()).isEqualTo(AccountMode.UNIFIED);
      assertThat(call(client, signedGet(fake, V2_ACCOUNT, V2_ACCOUNT_QUERY)).code()).isEqualTo("40085");
      assertThat(ok(client, signedGet(fake, SETTINGS, "")).dataObject()).containsEntry("accountMode", "unified");

      fake.setAccountMode(AccountMode.CLASSIC);
      assertThat(call(client, signedGet(fake, SETTINGS, "")).code()).isEqualTo("40084");
    }
  }

  @Test
  void positionsCarryOverASwitchAndBothApisShowTheSameEngine() throws IOException {
    try (FakeBitget fake = builder(AccountMode.CLASSIC).start()) {
      fake.setPosition(Symbol.BTCUSDT_UMCBL, new BigDecimal("0.1"), new BigDecimal("27000"), 10);
      String v2Margin = (String) ok(client, signedGet(fake, "/api/v2/mix/position/all-position",
          "productType=USDT-FUTURES")).dataList().get(0).get("marginSize");

      fake.setAccountMode(AccountMode.UNIFIED);
      @SuppressWarnings("unchecked")
      Map<String, Object> v3 = ((List<Map<String, Object>>) ok(client, signedGet(fake,
          "/api/v3/position/current-position", "category=USDT-FUTURES")).dataObject().get("list")).get(0);

      assertThat(v3).containsEntry("positionBalance", v2Margin).containsEntry("total", "0.1")
          .containsEntry("posSide", "long");
    }
  }

  @Test
  void lostPlaceOrderAnswerOnV3StillPlacesTheOrder() throws IOException {
    try (FakeBitget fake = builder(AccountMode.UNIFIED).rateLimitsEnabled(false).start()) {
      fake.faults().loseNextOrderResponse();

      assertThatThrownBy(() -> call(client, signedPost(fake, V3_PLACE, MARKET_BUY))).isInstanceOf(IOException.class);

      assertThat(fake.orders()).singleElement().satisfies(o -> {
        assertThat(o.clientOid()).isEqualTo("lost-1");
        assertThat(o.status()).isEqualTo("filled");
      });
      Map<String, Object> info = ok(client, signedGet(fake, "/api/v3/trade/order-info", "clientOid=lost-1"))
          .dataObject();
      assertThat(info).containsEntry("clientOid", "lost-1").containsEntry("orderStatus", "filled");
    }
  }

  @Test
  void injectedFailuresDelaysAndClockSkewApplyToV3Calls() throws IOException {
    try (FakeBitget fake = builder(AccountMode.UNIFIED).start()) {
      fake.faults().failNextRestCalls(1, 503, "40725");
      TestSupport.Answer failed = call(client, signedGet(fake, "/api/v3/account/assets", ""));
      fake.faults().delayNextRestCalls(1, Duration.ofMillis(300));
      long before = System.nanoTime();
      ok(client, signedGet(fake, "/api/v3/account/assets", ""));
      long tookMillis = (System.nanoTime() - before) / 1_000_000;
      fake.faults().setClockSkew(Duration.ofSeconds(60));
      TestSupport.Answer skewed = call(client, signedGet(fake, "/api/v3/account/assets", "", "",
          T0.toEpochMilli()));

      assertThat(failed.status()).isEqualTo(503);
      assertThat(failed.code()).isEqualTo("40725");
      assertThat(tookMillis).isGreaterThanOrEqualTo(300);
      assertThat(skewed.code()).isEqualTo("40008");
    }
  }

  @Test
  void v3EndpointsCountAgainstTheirGroupsBudgets() throws IOException {
    try (FakeBitget fake = builder(AccountMode.UNIFIED).rateLimit(RateLimitGroup.BATCH, 2)
        .rateLimit(RateLimitGroup.QUERY, 1).start()) {
      String body = "{\"category\":\"USDT-FUTURES\",\"symbol\":\"BTCUSDT\"}";
      List<Integer> batch = new java.util.ArrayList<>();
      for (int i = 0; i < 3; i++) {
        batch.add(call(client, signedPost(fake, "/api/v3/trade/cancel-symbol-order", body)).status());
      }
      ok(client, signedGet(fake, "/api/v3/trade/unfilled-orders", ""));
      TestSupport.Answer secondQuery = call(client, signedGet(fake, "/api/v3/trade/unfilled-orders", ""));

      assertThat(batch).containsExactly(200, 200, 429);
      assertThat(secondQuery.status()).isEqualTo(429);
      assertSameShapeAsFixture(secondQuery, "v3/rest-v3-error-429.json");
      assertThat(secondQuery.json()).containsEntry("code", "429").containsEntry("msg", "Too Many Requests");
      ok(client, signedGet(fake, "/api/v3/account/assets", ""));
    }
  }
}
