package io.bitget4j.testkit;

import static io.bitget4j.testkit.TestSupport.call;
import static io.bitget4j.testkit.TestSupport.firstDataItemOfFixture;
import static io.bitget4j.testkit.TestSupport.get;
import static io.bitget4j.testkit.TestSupport.ok;
import static io.bitget4j.testkit.TestSupport.signedGet;
import static io.bitget4j.testkit.TestSupport.signedPost;
import static org.assertj.core.api.Assertions.assertThat;

import io.bitget4j.core.BitgetApiException;
import io.bitget4j.core.ServiceUnavailableException;
import io.bitget4j.core.Symbol;
import io.bitget4j.core.testing.LogCapture;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.slf4j.event.Level;

@Timeout(30)
class FakeBitgetRestTest {
  private static final Instant T0 = Instant.parse("2024-11-24T02:00:00Z");
  private static final String ACCOUNT = "/api/v2/mix/account/account";
  private static final String BTC_ACCOUNT_QUERY = "symbol=BTCUSDT&productType=USDT-FUTURES&marginCoin=USDT";

  private static OkHttpClient client;
  private FakeBitget fake;

  @BeforeAll
  static void createClient() {
    client = TestSupport.newClient();
  }

  @AfterAll
  static void closeClient() {
    TestSupport.shutdown(client);
  }

  @BeforeEach
  void startFake() {
    fake = FakeBitget.builder()
        .clock(Clock.fixed(T0, ZoneOffset.UTC))
        .tickInterval(Duration.ZERO)
        .symbol(Symbol.BTCUSDT_UMCBL, new BigDecimal("27000"))
        .symbol(Symbol.ETHUSDT_UMCBL, new BigDecimal("1800"))
        .symbol(Symbol.parse("$AIUSDT_UMCBL"), new BigDecimal("0.5"))
        .rateLimit(RateLimitGroup.MARKET, 10)
        .start();
  }

  @AfterEach
  void stopFake() {
    fake.close();
  }

  @Test
  void servesServerTimeFromItsClock() throws IOException {
    TestSupport.Answer answer = ok(client, new Request.Builder().url(fake.restUrl() + "/api/v2/public/time").build());

    assertThat(answer.dataObject()).containsEntry("serverTime", Long.toString(T0.toEpochMilli()));
    assertThat(answer.dataObject().keySet()).isEqualTo(firstDataItemOfFixture("rest-public-time.json").keySet());
    assertThat(((Number) answer.json().get("requestTime")).longValue()).isEqualTo(T0.toEpochMilli());
    assertThat(answer.json().keySet()).containsExactly("code", "msg", "requestTime", "data");
  }

  @Test
  void tickerHasTheSampleFieldsWithNumbersAsStrings() throws IOException {
    TestSupport.Answer answer =
        get(client, fake.restUrl() + "/api/v2/mix/market/ticker?symbol=BTCUSDT&productType=USDT-FUTURES");

    assertThat(answer.code()).isEqualTo("00000");
    Map<String, Object> ticker = answer.dataList().get(0);
    assertThat(ticker.keySet()).containsExactlyElementsOf(firstDataItemOfFixture("rest-ticker.json").keySet());
    assertThat(ticker.get("symbol")).isEqualTo("BTCUSDT");
    assertThat(ticker.get("lastPr")).isEqualTo("27000");
    assertThat(new BigDecimal((String) ticker.get("askPr"))).isEqualByComparingTo("27000.1");
    assertThat(new BigDecimal((String) ticker.get("bidPr"))).isEqualByComparingTo("26999.9");
  }

  @Test
  void contractsAndOtherMarketEndpointsAnswerWithoutCredentials() throws IOException {
    String q = "symbol=BTCUSDT&productType=USDT-FUTURES";
    TestSupport.Answer contracts =
        get(client, fake.restUrl() + "/api/v2/mix/market/contracts?productType=USDT-FUTURES");
    assertThat(contracts.code()).isEqualTo("00000");
    assertThat(contracts.dataList()).hasSize(3);
    Map<String, Object> btc = contracts.dataList().get(0);
    assertThat(btc.keySet()).containsExactlyElementsOf(firstDataItemOfFixture("rest-contracts.json").keySet());
    assertThat(btc).containsEntry("pricePlace", "1").containsEntry("volumePlace", "3")
        .containsEntry("minTradeNum", "0.001");

    List<String> paths =
        List.of("merge-depth", "candles", "fills", "current-fund-rate", "open-interest", "symbol-price");
    for (String path : paths) {
      String extra = path.equals("candles") ? "&granularity=1m" : "";
      TestSupport.Answer answer = get(client, fake.restUrl() + "/api/v2/mix/market/" + path + "?" + q + extra);
      assertThat(answer.code()).as(path + ": " + answer.json()).isEqualTo("00000");
      assertThat(answer.json().get("data")).as(path).isNotNull();
    }
    TestSupport.Answer depth = get(client, fake.restUrl() + "/api/v2/mix/market/merge-depth?" + q + "&limit=5");
    @SuppressWarnings("unchecked")
    List<List<String>> asks = (List<List<String>>) depth.dataObject().get("asks");
    assertThat(asks).hasSize(5);
    assertThat(asks.get(0)).containsExactly("27000.1", asks.get(0).get(1));
  }

  @Test
  void answersParameterErrorsWithBitgetCodes() throws IOException {
    TestSupport.Answer missing = get(client, fake.restUrl() + "/api/v2/mix/market/ticker?productType=USDT-FUTURES");
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.code()).isEqualTo("40019");
    assertThat(missing.json().get("msg")).isEqualTo("Parameter symbol cannot be empty");

    TestSupport.Answer unknown = get(client,
        fake.restUrl() + "/api/v2/mix/market/ticker?symbol=BTCUSDT_UMCBL&productType=USDT-FUTURES");
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.code()).isEqualTo("40034");
    assertThat(unknown.json().get("msg")).isEqualTo("Parameter BTCUSDT_UMCBL does not exist");
  }

  @Test
  void acceptsACorrectlySignedGet() throws IOException {
    TestSupport.Answer answer = ok(client, signedGet(fake, ACCOUNT, BTC_ACCOUNT_QUERY));

    Map<String, Object> account = answer.dataObject();
    assertThat(account.keySet()).containsExactlyElementsOf(firstDataItemOfFixture("rest-account.json").keySet());
    assertThat(account).containsEntry("accountEquity", "10000").containsEntry("available", "10000");
  }

  @Test
  void rejectsAWrongSignatureWith40009() throws IOException {
    long ts = fake.now().toEpochMilli();
    Request request = TestSupport.authHeaders(
        new Request.Builder().url(fake.restUrl() + ACCOUNT + "?" + BTC_ACCOUNT_QUERY), Long.toString(ts),
        TestSupport.hmac("not-the-secret", ts + "GET" + ACCOUNT + "?" + BTC_ACCOUNT_QUERY)).build();

    TestSupport.Answer answer = call(client, request);

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.code()).isEqualTo("40009");
    assertThat(answer.json().get("msg")).isEqualTo("sign signature error");
  }

  @Test
  void rejectsATimestamp31SecondsOffWith40008() throws IOException {
    long stale = fake.now().minusSeconds(31).toEpochMilli();

    TestSupport.Answer answer = call(client, signedGet(fake, ACCOUNT, BTC_ACCOUNT_QUERY, BTC_ACCOUNT_QUERY, stale));

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.code()).isEqualTo("40008");
    assertThat(answer.json().get("msg")).isEqualTo("Request timestamp expired");
    long withinWindow = fake.now().minusSeconds(29).toEpochMilli();
    ok(client, signedGet(fake, ACCOUNT, BTC_ACCOUNT_QUERY, BTC_ACCOUNT_QUERY, withinWindow));
  }

  @Test
  void clockSkewMakesFreshTimestampsExpireUntilRemoved() throws IOException {
    long clientNow = T0.toEpochMilli();
    fake.faults().setClockSkew(Duration.ofMinutes(2));

    TestSupport.Answer skewed = call(client, signedGet(fake, ACCOUNT, BTC_ACCOUNT_QUERY, BTC_ACCOUNT_QUERY, clientNow));
    assertThat(skewed.code()).isEqualTo("40008");
    TestSupport.Answer time = ok(client, new Request.Builder().url(fake.restUrl() + "/api/v2/public/time").build());
    assertThat(time.dataObject()).containsEntry("serverTime", Long.toString(clientNow + 120_000));

    fake.faults().setClockSkew(Duration.ZERO);
    ok(client, signedGet(fake, ACCOUNT, BTC_ACCOUNT_QUERY, BTC_ACCOUNT_QUERY, clientNow));
  }

  @Test
  void verifiesTheSignatureOverThePercentDecodedQuery() throws IOException {
    String encoded = "symbol=%24AIUSDT&productType=USDT-FUTURES&marginCoin=USDT";
    String decoded = "symbol=$AIUSDT&productType=USDT-FUTURES&marginCoin=USDT";
    long ts = fake.now().toEpochMilli();

    TestSupport.Answer good = ok(client, signedGet(fake, ACCOUNT, encoded, decoded, ts));
    TestSupport.Answer escapedSigned = call(client, signedGet(fake, ACCOUNT, encoded, encoded, ts));

    assertThat(good.dataObject()).containsEntry("marginCoin", "USDT");
    assertThat(escapedSigned.code()).isEqualTo("40009");
    assertThat(fake.requests().get(fake.requests().size() - 1).queryParameter("symbol")).contains("$AIUSDT");
  }

  @Test
  void rejectsUnknownKeysAndWrongPassphrases() throws IOException {
    long ts = fake.now().toEpochMilli();
    String sign = TestSupport.hmac(FakeBitget.DEFAULT_SECRET_KEY, ts + "GET" + ACCOUNT + "?" + BTC_ACCOUNT_QUERY);
    Request unknownKey = TestSupport.authHeaders(
            new Request.Builder().url(fake.restUrl() + ACCOUNT + "?" + BTC_ACCOUNT_QUERY), Long.toString(ts), sign)
        .header("ACCESS-KEY", "someone-else").build();
    Request wrongPassphrase = unknownKey.newBuilder()
        .header("ACCESS-KEY", FakeBitget.DEFAULT_API_KEY).header("ACCESS-PASSPHRASE", "guess").build();
    Request noCredentials = new Request.Builder().url(fake.restUrl() + ACCOUNT + "?" + BTC_ACCOUNT_QUERY).build();

    assertThat(call(client, unknownKey).code()).isEqualTo("40006");
    assertThat(call(client, wrongPassphrase).code()).isEqualTo("40012");
    assertThat(call(client, noCredentials).code()).isEqualTo("40001");
  }

  @Test
  void acceptsThePaptradingHeader() throws IOException {
    Request request = signedGet(fake, ACCOUNT, BTC_ACCOUNT_QUERY).newBuilder().header("paptrading", "1").build();

    ok(client, request);

    assertThat(fake.requests().get(fake.requests().size() - 1).header("PAPTRADING")).contains("1");
  }

  @Test
  void answers429OnceTheMarketBudgetIsSpent() throws IOException {
    int tooMany = 0;
    int okCount = 0;
    for (int i = 0; i < 20; i++) {
      TestSupport.Answer answer = get(client, fake.restUrl() + "/api/v2/public/time");
      if (answer.status() == 429) {
        assertThat(answer.code()).isEqualTo("429");
        assertThat(answer.json().get("msg")).isEqualTo("Too Many Requests");
        tooMany++;
      } else {
        okCount++;
      }
    }
    assertThat(okCount).isGreaterThanOrEqualTo(10);
    assertThat(tooMany).isGreaterThanOrEqualTo(1);
    assertThat(fake.rateLimitRejections()).isEqualTo(tooMany);
  }

  @Test
  void oneApiKeysBudgetHoldsAcrossConnectionsAndOnlyLimitRefusalsAreCounted() throws IOException {
    OkHttpClient other = TestSupport.newClient();
    try (FakeBitget strict = FakeBitget.builder().clock(Clock.fixed(T0, ZoneOffset.UTC)).tickInterval(Duration.ZERO)
        .rateLimit(RateLimitGroup.ACCOUNT, 3).start()) {
      strict.faults().failNextRestCalls(1, 429, "429");
      assertThat(call(client, signedGet(strict, ACCOUNT, BTC_ACCOUNT_QUERY)).status()).isEqualTo(429);
      int refused = 0;
      for (int i = 0; i < 6; i++) {
        OkHttpClient connection = i % 2 == 0 ? client : other;
        if (call(connection, signedGet(strict, ACCOUNT, BTC_ACCOUNT_QUERY)).status() == 429) {
          refused++;
        }
      }

      assertThat(refused).as("six requests of one key on two connections, three allowed").isEqualTo(3);
      assertThat(strict.rateLimitRejections()).as("the injected 429 is not a limit refusal").isEqualTo(3);
    } finally {
      TestSupport.shutdown(other);
    }
  }

  @Test
  void failNextRestCallsAnswersTheInjectedStatusThenRecovers() throws IOException {
    fake.faults().failNextRestCalls(2, 503, "40200");

    TestSupport.Answer first = get(client, fake.restUrl() + "/api/v2/public/time");
    TestSupport.Answer second = get(client, fake.restUrl() + "/api/v2/public/time");
    TestSupport.Answer third = get(client, fake.restUrl() + "/api/v2/public/time");

    assertThat(first.status()).isEqualTo(503);
    assertThat(first.code()).isEqualTo("40200");
    assertThat(second.status()).isEqualTo(503);
    assertThat(third.status()).isEqualTo(200);
    assertThat(third.code()).isEqualTo("00000");
  }

  @Test
  void internalErrorAnswersARetryableServiceCodeNotAnAuthenticationOne() throws IOException {
    // A price the fake cannot do margin arithmetic with (10^2147483647) makes it fail inside.
    String path = "/api/v2/mix/order/place-order";
    String body = "{\"symbol\":\"BTCUSDT\",\"productType\":\"USDT-FUTURES\",\"marginMode\":\"isolated\","
        + "\"marginCoin\":\"USDT\",\"size\":\"0.01\",\"price\":\"1E+2147483647\",\"side\":\"buy\","
        + "\"orderType\":\"limit\"}";

    TestSupport.Answer answer = call(client, signedPost(fake, path, body));

    assertThat(answer.status()).isEqualTo(500);
    assertThat(answer.code()).isEqualTo("40725");
    BitgetApiException mapped = BitgetApiException.of(answer.code(), (String) answer.json().get("msg"),
        answer.status(), "POST", path);
    assertThat(mapped).isInstanceOf(ServiceUnavailableException.class);
    assertThat(mapped.isRetryable()).isTrue();
    assertThat(fake.orders()).isEmpty();
    assertThat(get(client, fake.restUrl() + "/api/v2/public/time").code()).isEqualTo("00000");
    assertThat(LogCapture.events(Level.WARN)).singleElement().satisfies(event -> {
      assertThat(event.message()).isEqualTo("FakeBitget failed on POST " + path);
      assertThat(event.throwable()).get().isInstanceOf(ArithmeticException.class);
    });
  }

  @Test
  void delayNextRestCallsHoldsTheResponseBack() throws IOException {
    fake.faults().delayNextRestCalls(1, Duration.ofMillis(300));

    long start = System.nanoTime();
    get(client, fake.restUrl() + "/api/v2/public/time");
    long delayedMillis = (System.nanoTime() - start) / 1_000_000;

    assertThat(delayedMillis).isGreaterThanOrEqualTo(290);
  }

  @Test
  void recordsRequestsWithHeadersAndRedactsSecretsInToString() throws IOException {
    ok(client, signedGet(fake, ACCOUNT, BTC_ACCOUNT_QUERY));

    RecordedCall last = fake.requests().get(fake.requests().size() - 1);
    assertThat(last.method()).isEqualTo("GET");
    assertThat(last.path()).isEqualTo(ACCOUNT);
    assertThat(last.query()).isEqualTo(BTC_ACCOUNT_QUERY);
    assertThat(last.header("access-key")).contains(FakeBitget.DEFAULT_API_KEY);
    assertThat(last.toString()).doesNotContain(FakeBitget.DEFAULT_PASSPHRASE).containsIgnoringCase("access-sign=***");
  }

  @Test
  void keepAliveRequestsAreNotHeldBackByNagle() throws IOException {
    try (FakeBitget unlimited = FakeBitget.builder().tickInterval(Duration.ZERO).rateLimitsEnabled(false).start()) {
      long[] nanos = new long[21];
      for (int i = 0; i < nanos.length; i++) {
        long start = System.nanoTime();
        get(client, unlimited.restUrl() + "/api/v2/mix/market/ticker?symbol=BTCUSDT&productType=USDT-FUTURES");
        nanos[i] = System.nanoTime() - start;
      }
      Arrays.sort(nanos);
      // Without TCP_NODELAY each keep-alive request waits ~44 ms for a delayed ACK.
      assertThat(nanos[nanos.length / 2] / 1_000_000).as("median request millis").isLessThan(30);
    }
  }

  @Test
  void unknownPathsAnswer404() throws IOException {
    TestSupport.Answer answer = get(client, fake.restUrl() + "/api/v1/mix/market/ticker");

    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.code()).isEqualTo("40404");
  }
}
