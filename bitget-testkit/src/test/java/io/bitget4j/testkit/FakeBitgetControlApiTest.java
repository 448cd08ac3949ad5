package io.bitget4j.testkit;

import static io.bitget4j.testkit.TestSupport.call;
import static io.bitget4j.testkit.TestSupport.get;
import static io.bitget4j.testkit.TestSupport.loginFrame;
import static io.bitget4j.testkit.TestSupport.ok;
import static io.bitget4j.testkit.TestSupport.signedAccountRead;
import static io.bitget4j.testkit.TestSupport.signedGet;
import static io.bitget4j.testkit.TestSupport.signedOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import io.bitget4j.core.AccountMode;
import io.bitget4j.core.Symbol;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The control API under {@code /__fake}, driven over HTTP as a test in any language would, in both account modes. */
@Timeout(30)
@ParameterizedClass
@EnumSource(value = AccountMode.class, names = {"CLASSIC", "UNIFIED"})
class FakeBitgetControlApiTest {
  private static final Instant T0 = Instant.parse("2024-11-24T02:00:00Z");
  private static final String TICKER = "/api/v2/mix/market/ticker?symbol=BTCUSDT&productType=USDT-FUTURES";

  private static OkHttpClient client;

  @Parameter
  AccountMode mode;

  private FakeBitget fake;
  private final List<TestSupport.WsClient> sockets = new ArrayList<>();

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
        .accountMode(mode)
        .clock(Clock.fixed(T0, ZoneOffset.UTC))
        .tickInterval(Duration.ZERO)
        .rateLimitsEnabled(false)
        .start();
  }

  @AfterEach
  void stopFake() {
    for (TestSupport.WsClient s : sockets) {
      s.close();
    }
    fake.close();
  }

  private TestSupport.Answer control(String method, String path, String json) throws IOException {
    RequestBody body = json == null ? (method.equals("POST") ? RequestBody.create(new byte[0]) : null)
        : RequestBody.create(json, TestSupport.JSON);
    return call(client, new Request.Builder().url(fake.controlUrl() + path).method(method, body).build());
  }

  private Map<String, Object> controlOk(String method, String path, String json) throws IOException {
    TestSupport.Answer answer = control(method, path, json);
    assertThat(answer.status()).as("%s %s: %s", method, path, answer.body()).isEqualTo(200);
    return answer.json();
  }

  private void assertRefused(String method, String path, String json, int status, String error) throws IOException {
    TestSupport.Answer answer = control(method, path, json);
    assertThat(answer.status()).as(answer.body()).isEqualTo(status);
    assertThat(answer.json()).containsEntry("error", error);
  }

  private TestSupport.WsClient connect(String url) throws InterruptedException {
    TestSupport.WsClient ws = new TestSupport.WsClient(client, url);
    sockets.add(ws);
    return ws;
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> list(Map<String, Object> json, String name) {
    return (List<Map<String, Object>>) json.get(name);
  }

  @Test
  void controlUrlIsTheRestUrlUnderAPrefixNoBitgetPathUses() {
    assertThat(fake.controlUrl()).isEqualTo(fake.restUrl() + "/__fake");
  }

  @Test
  void indexListsEveryEndpoint() throws IOException {
    @SuppressWarnings("unchecked")
    List<String> endpoints = (List<String>) controlOk("GET", "", null).get("endpoints");

    assertThat(endpoints).contains("GET /__fake/state", "POST /__fake/reset", "POST /__fake/prices",
        "POST /__fake/positions", "DELETE /__fake/positions", "GET /__fake/calls", "GET /__fake/frames",
        "POST /__fake/faults/fail-rest", "DELETE /__fake/faults");
  }

  @Test
  void stateShowsTheModePricesAccountPositionsAndOrders() throws IOException {
    Map<String, Object> state = controlOk("GET", "/state", null);

    assertThat(state).containsEntry("accountMode", mode.name().toLowerCase(Locale.ROOT))
        .containsEntry("demoTrading", false)
        .containsEntry("serverTime", (double) T0.toEpochMilli())
        .containsEntry("webSocketConnections", 0.0)
        .containsEntry("positions", List.of())
        .containsEntry("orders", List.of());
    assertThat(list(state, "prices")).extracting(p -> p.get("symbol"), p -> p.get("ccxt"), p -> p.get("price"))
        .containsExactly(tuple("BTCUSDT_UMCBL", "BTC/USDT:USDT", "27000"),
            tuple("ETHUSDT_UMCBL", "ETH/USDT:USDT", "1800"));
    @SuppressWarnings("unchecked")
    Map<String, Object> account = (Map<String, Object>) state.get("account");
    assertThat(account).containsEntry("marginCoin", "USDT").containsEntry("balance", "10000")
        .containsEntry("available", "10000");
  }

  @Test
  void setsAPriceByClassicOrCcxtSymbolAndClientsSeeIt() throws IOException {
    Map<String, Object> answer = controlOk("POST", "/prices", "{\"symbol\":\"BTCUSDT_UMCBL\",\"price\":\"28000.05\"}");
    controlOk("POST", "/prices", "{\"symbol\":\"ETH/USDT:USDT\",\"price\":1900}");

    assertThat(answer).containsEntry("symbol", "BTCUSDT_UMCBL").containsEntry("price", "28000.1");
    assertThat(fake.price(Symbol.ETHUSDT_UMCBL)).isEqualByComparingTo("1900");
    assertThat(get(client, fake.restUrl() + TICKER).dataList().get(0)).containsEntry("lastPr", "28000.1");
  }

  @Test
  void refusesABadSymbolOrPriceWithTheFix() throws IOException {
    assertRefused("POST", "/prices", "{\"symbol\":\"btcusdt_umcbl\",\"price\":\"1\"}", 400,
        "invalid symbol \"btcusdt_umcbl\": symbols are upper case; did you mean \"BTCUSDT_UMCBL\"?");
    assertRefused("POST", "/prices", "{\"symbol\":\"SOLUSDT_UMCBL\",\"price\":\"1\"}", 400,
        "SOLUSDT_UMCBL is not simulated; this fake simulates BTCUSDT_UMCBL, ETHUSDT_UMCBL");
    assertRefused("POST", "/prices", "{\"symbol\":\"BTCUSDT_UMCBL\",\"price\":\"cheap\"}", 400,
        "price must be a decimal number such as \"27000.5\", got \"cheap\"");
    assertRefused("POST", "/prices", "{\"symbol\":\"BTCUSDT_UMCBL\",\"price\":\"-1\"}", 400,
        "price must be positive: -1");
    assertRefused("POST", "/prices", "{\"symbol\":\"BTCUSDT_UMCBL\"}", 400,
        "price is required: a decimal number such as \"27000.5\"");
    assertRefused("POST", "/prices", "[1]", 400,
        "the body must be a JSON object, such as {\"symbol\":\"BTCUSDT_UMCBL\"}");
    TestSupport.Answer notJson = control("POST", "/prices", "{symbol");
    assertThat(notJson.status()).isEqualTo(400);
    assertThat((String) notJson.json().get("error")).startsWith("the body is not valid JSON");
    assertThat(fake.price(Symbol.BTCUSDT_UMCBL)).isEqualByComparingTo("27000");
  }

  @Test
  void unknownPathsAre404AndWrongMethods405() throws IOException {
    assertRefused("GET", "/price", null, 404, "no control endpoint /__fake/price; GET /__fake lists them");
    assertRefused("PUT", "/prices", "{}", 405, "PUT is not allowed on /__fake/prices; use GET or POST");
  }

  @Test
  void tickMovesTheMarketStepsAtATime() throws IOException {
    List<Map<String, Object>> prices = list(controlOk("POST", "/tick", "{\"steps\":25}"), "prices");

    assertThat(prices.get(0)).containsEntry("price", fake.price(Symbol.BTCUSDT_UMCBL).stripTrailingZeros()
        .toPlainString());
    assertThat(fake.price(Symbol.BTCUSDT_UMCBL)).isNotEqualByComparingTo("27000");
    assertRefused("POST", "/tick", "{\"steps\":0}", 400, "steps must be 1..10000: 0");
  }

  @Test
  void setsAndClearsPositionsThatEveryApiSees() throws IOException {
    controlOk("POST", "/positions", "{\"symbol\":\"BTCUSDT_UMCBL\",\"size\":\"-0.3\",\"entryPrice\":\"26000\","
        + "\"leverage\":4}");
    List<Map<String, Object>> positions = list(controlOk("POST", "/positions",
        "{\"symbol\":\"ETHUSDT_UMCBL\",\"size\":\"2\"}"), "positions");

    assertThat(positions).extracting(p -> p.get("symbol"), p -> p.get("holdSide"), p -> p.get("size"),
        p -> p.get("entryPrice"), p -> p.get("leverage"))
        .containsExactly(tuple("BTCUSDT_UMCBL", "short", "0.3", "26000", 4.0),
            tuple("ETHUSDT_UMCBL", "long", "2", "1800", 10.0));
    assertThat(fake.positions()).hasSize(2);

    controlOk("DELETE", "/positions?symbol=BTCUSDT_UMCBL", null);
    assertThat(fake.positions()).extracting(FakePosition::symbol).containsExactly(Symbol.ETHUSDT_UMCBL);
    assertThat(list(controlOk("DELETE", "/positions", null), "positions")).isEmpty();
    assertRefused("POST", "/positions", "{\"symbol\":\"BTCUSDT_UMCBL\",\"size\":\"0\"}", 400,
        "signedSize is zero; positive opens a long, negative a short, and clearPositions(symbol) removes a position");
  }

  @Test
  void ordersAndAccountShowWhatClientsDid() throws IOException {
    ok(client, signedOrder(fake, mode, "buy", "0.01", "20000"));

    List<Map<String, Object>> orders = list(controlOk("GET", "/orders", null), "orders");
    @SuppressWarnings("unchecked")
    Map<String, Object> account = (Map<String, Object>) controlOk("GET", "/account", null).get("account");

    assertThat(orders).singleElement().satisfies(o -> assertThat(o).containsEntry("symbol", "BTCUSDT_UMCBL")
        .containsEntry("side", "buy").containsEntry("orderType", "limit").containsEntry("price", "20000")
        .containsEntry("size", "0.01").containsEntry("status", "live").containsEntry("reduceOnly", false)
        .containsEntry("createdAt", (double) T0.toEpochMilli()));
    assertThat(account).containsEntry("balance", "10000");
    assertThat(new BigDecimal((String) account.get("locked"))).isPositive();
  }

  @Test
  void conditionalOrdersShowTheirKindStatusAndTrigger() throws IOException {
    fake.setPosition(Symbol.BTCUSDT_UMCBL, new BigDecimal("0.1"), new BigDecimal("27000"), 10);
    String body = mode == AccountMode.UNIFIED
        ? "{\"category\":\"USDT-FUTURES\",\"symbol\":\"BTCUSDT\",\"posSide\":\"long\",\"stopLoss\":\"1000\","
            + "\"slTriggerBy\":\"mark\"}"
        : "{\"symbol\":\"BTCUSDT\",\"productType\":\"USDT-FUTURES\",\"marginCoin\":\"USDT\",\"holdSide\":\"buy\","
            + "\"stopLossTriggerPrice\":\"1000\",\"stopLossTriggerType\":\"mark_price\"}";
    ok(client, TestSupport.signedPost(fake, mode == AccountMode.UNIFIED ? "/api/v3/trade/place-strategy-order"
        : "/api/v2/mix/order/place-pos-tpsl", body));

    assertThat(list(controlOk("GET", "/conditional-orders", null), "conditionalOrders")).singleElement()
        .satisfies(o -> assertThat(o).containsEntry("symbol", "BTCUSDT_UMCBL").containsEntry("kind", "STOP_LOSS")
            .containsEntry("status", "live").containsEntry("posSide", "long").containsEntry("side", "sell")
            .containsEntry("triggerPrice", "1000").containsEntry("triggerBy", "mark").containsEntry("size", "")
            .containsEntry("executedOrderId", ""));
  }

  @Test
  void switchesTheAccountMode() throws IOException {
    AccountMode other = mode == AccountMode.CLASSIC ? AccountMode.UNIFIED : AccountMode.CLASSIC;
    String otherName = other.name().toLowerCase(Locale.ROOT);

    assertThat(controlOk("POST", "/account-mode", "{\"accountMode\":\"" + otherName + "\"}"))
        .containsEntry("accountMode", otherName);
    assertThat(fake.accountMode()).isEqualTo(other);
    assertRefused("POST", "/account-mode", "{\"accountMode\":\"auto\"}", 400,
        "accountMode must be classic or unified: \"auto\"");
  }

  @Test
  void failedRestCallsAnswerTheInjectedErrorWhileControlCallsGoThrough() throws IOException {
    controlOk("POST", "/faults/fail-rest", "{\"count\":2,\"httpStatus\":429,\"code\":\"429\"}");

    TestSupport.Answer first = get(client, fake.restUrl() + TICKER);
    controlOk("GET", "/state", null);
    TestSupport.Answer second = call(client, signedAccountRead(fake, mode));
    TestSupport.Answer third = get(client, fake.restUrl() + TICKER);

    assertThat(first.status()).isEqualTo(429);
    assertThat(first.json()).containsEntry("code", "429").containsEntry("msg", "Too Many Requests");
    assertThat(second.status()).isEqualTo(429);
    assertThat(third.code()).isEqualTo("00000");
    assertRefused("POST", "/faults/fail-rest", "{\"count\":1,\"httpStatus\":99,\"code\":\"1\"}", 400,
        "httpStatus must be 100..599: 99");
    assertRefused("POST", "/faults/fail-rest", "{\"count\":1}", 400, "code is required");
  }

  @Test
  void delayedRestCallsTakeAtLeastTheDelay() throws IOException {
    controlOk("POST", "/faults/delay-rest", "{\"count\":1,\"delayMillis\":300}");

    long start = System.nanoTime();
    get(client, fake.restUrl() + TICKER);

    assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isGreaterThanOrEqualTo(300);
  }

  @Test
  void aLostOrderResponseStillPlacesTheOrder() throws IOException {
    controlOk("POST", "/faults/lose-next-order-response", null);

    assertThatThrownBy(() -> call(client, signedOrder(fake, mode, "buy", "0.01", null)))
        .isInstanceOf(IOException.class);
    assertThat(fake.orders()).singleElement().satisfies(o -> assertThat(o.status()).isEqualTo("filled"));
  }

  @Test
  void clockSkewMovesServerTime() throws IOException {
    controlOk("POST", "/faults/clock-skew", "{\"millis\":-45000}");

    assertThat(fake.now()).isEqualTo(T0.minusSeconds(45));
    assertThat(get(client, fake.restUrl() + "/api/v2/public/time").dataObject())
        .containsEntry("serverTime", Long.toString(T0.minusSeconds(45).toEpochMilli()));
  }

  @Test
  void accountModeReportsAreArmedForTheUnifiedSettings() throws IOException {
    controlOk("POST", "/faults/account-mode-report", "{\"accountMode\":\"switching\",\"calls\":1}");

    TestSupport.Answer settings = call(client, signedGet(fake, "/api/v3/account/settings", ""));

    if (mode == AccountMode.UNIFIED) {
      assertThat(settings.dataObject()).containsEntry("accountMode", "switching");
    } else {
      assertThat(settings.code()).isEqualTo("40084");
    }
    assertRefused("POST", "/faults/account-mode-report", "{\"accountMode\":\"classic\"}", 400,
        "accountMode must be unified, hybrid, upgrading or switching: \"classic\"");
  }

  @Test
  void clearingFaultsDisarmsThem() throws IOException {
    controlOk("POST", "/faults/fail-rest", "{\"count\":3,\"httpStatus\":503,\"code\":\"40200\"}");

    controlOk("DELETE", "/faults", null);

    assertThat(get(client, fake.restUrl() + TICKER).code()).isEqualTo("00000");
  }

  @Test
  void dropsWebSocketsAndSendsMalformedFrames() throws IOException, InterruptedException {
    TestSupport.WsClient ws = connect(fake.publicWsUrl());
    await().atMost(Duration.ofSeconds(5)).until(() -> fake.webSocketConnections() == 1);

    assertThat(controlOk("POST", "/faults/malformed-frame", null)).containsEntry("sent", 1.0);
    assertThat(ws.await(text -> true))
        .endsWith(mode == AccountMode.UNIFIED ? "\"data\":[{\"lastPrice\":" : "\"data\":[{\"instId\":");
    assertThat(controlOk("POST", "/faults/drop-websockets", null)).containsEntry("dropped", 1.0);
    assertThat(ws.failed.await(5, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void sendsEachKindOfMalformedFrameInTheWordsOfTheEndpointsVersion() throws IOException, InterruptedException {
    TestSupport.WsClient ws = connect(fake.publicWsUrl());
    await().atMost(Duration.ofSeconds(5)).until(() -> fake.webSocketConnections() == 1);

    assertThat(controlOk("POST", "/faults/malformed-frame", "{\"kind\":\"not-json\"}")).containsEntry("sent", 1.0);
    assertThat(ws.await(text -> true)).isEqualTo("<html><body><h1>502 Bad Gateway</h1></body></html>");
    assertThat(controlOk("POST", "/faults/malformed-frame", "{\"kind\":\"unknown-channel\"}"))
        .containsEntry("sent", 1.0);
    Map<String, Object> unknown = TestSupport.object(ws.await(text -> true));
    assertThat(unknown).containsEntry("action", "snapshot").containsEntry("data", List.of(Map.of()));
    assertThat(unknown.get("arg")).isEqualTo(mode == AccountMode.UNIFIED
        ? Map.of("instType", "usdt-futures", "topic", "noSuchChannel", "symbol", "BTCUSDT")
        : Map.of("instType", "USDT-FUTURES", "channel", "noSuchChannel", "instId", "BTCUSDT"));
    assertThat(fake.faults().sendMalformedFrame(MalformedFrame.TRUNCATED_JSON)).isEqualTo(1);
    assertThat(ws.await(text -> true)).doesNotEndWith("}").contains("\"BTCUSDT\"},\"data\":[{");
    ws.send("ping");
    assertThat(ws.await(text -> true)).as("the connection is still open").isEqualTo("pong");
    assertRefused("POST", "/faults/malformed-frame", "{\"kind\":\"garbage\"}", 400,
        "kind must be truncated-json, not-json or unknown-channel: \"garbage\"");
  }

  @Test
  void announcesAServiceUpgradeAndClosesTheConnections() throws IOException, InterruptedException {
    TestSupport.WsClient ws = connect(fake.publicWsUrl());
    await().atMost(Duration.ofSeconds(5)).until(() -> fake.webSocketConnections() == 1);

    assertThat(controlOk("POST", "/faults/service-upgrade", "{\"closeAfterMillis\":100}"))
        .containsEntry("notified", 1.0);

    Map<String, Object> notice = TestSupport.object(ws.await(text -> true));
    assertThat(String.valueOf(notice.get("code"))).startsWith("30033");
    assertThat(ws.closing.await(5, TimeUnit.SECONDS)).isTrue();
    assertRefused("POST", "/faults/service-upgrade", "{\"closeAfterMillis\":-1}", 400,
        "closeAfter is negative: PT-0.001S");
  }

  @Test
  void dropsABookUpdateAndResetsTheBookSequences() throws IOException, InterruptedException {
    TestSupport.WsClient ws = connect(fake.publicWsUrl());
    ws.send("{\"op\":\"subscribe\",\"args\":[" + TestSupport.booksArg(mode) + "]}");
    long seq = seq(ws.await(text -> text.contains("\"action\":\"snapshot\"")));

    assertThat(controlOk("POST", "/faults/book-gap", null)).isEmpty();
    controlOk("POST", "/tick", "{\"steps\":2}");

    assertThat(seq(ws.await(text -> text.contains("\"action\":\"update\"")))).as("one update lost")
        .isEqualTo(seq + 2);
    assertThat(controlOk("POST", "/faults/book-reset", null)).as("a V3 sequence reset reaches V3 subscribers only")
        .containsEntry("sent", mode == AccountMode.UNIFIED ? 1.0 : 0.0);
  }

  private static long seq(String frame) {
    Matcher m = Pattern.compile("\"seq\":(\\d+)").matcher(frame);
    assertThat(m.find()).as(frame).isTrue();
    return Long.parseLong(m.group(1));
  }

  @Test
  void pingRepliesCanBeTurnedOffAndOnAgain() throws IOException, InterruptedException {
    TestSupport.WsClient ws = connect(fake.publicWsUrl());
    controlOk("POST", "/faults/ping-replies", "{\"enabled\":false}");

    ws.send("ping");
    ws.send("{\"op\":\"subscribe\",\"args\":[" + TestSupport.tickerArg(mode) + "]}");
    List<String> beforeAck = new ArrayList<>();
    ws.await(text -> {
      beforeAck.add(text);
      return text.contains("\"event\":\"subscribe\"");
    });
    controlOk("POST", "/faults/ping-replies", "{\"enabled\":true}");
    ws.send("ping");

    assertThat(beforeAck).doesNotContain("pong");
    assertThat(ws.await("pong"::equals)).isEqualTo("pong");
    assertRefused("POST", "/faults/ping-replies", "{\"enabled\":\"maybe\"}", 400,
        "enabled must be true or false, got maybe");
  }

  @Test
  void recordedCallsHideSignatureAndPassphraseAndLeaveOutControlCalls() throws IOException {
    ok(client, signedAccountRead(fake, mode));
    get(client, fake.restUrl() + TICKER);
    controlOk("GET", "/state", null);

    List<Map<String, Object>> all = list(controlOk("GET", "/calls", null), "calls");
    List<Map<String, Object>> last = list(controlOk("GET", "/calls?limit=1", null), "calls");
    List<Map<String, Object>> tickers = list(controlOk("GET", "/calls?path=/api/v2/mix/market/ticker&method=GET",
        null), "calls");

    assertThat(all).hasSize(2);
    @SuppressWarnings("unchecked")
    Map<String, Object> headers = (Map<String, Object>) all.get(0).get("headers");
    assertThat(headers).containsEntry("access-sign", List.of("***")).containsEntry("access-passphrase", List.of("***"))
        .containsEntry("access-key", List.of(FakeBitget.DEFAULT_API_KEY));
    assertThat(last).singleElement().satisfies(c -> assertThat(c).containsEntry("path", "/api/v2/mix/market/ticker")
        .containsEntry("query", "symbol=BTCUSDT&productType=USDT-FUTURES"));
    assertThat(tickers).hasSize(1);

    controlOk("DELETE", "/recordings", null);
    assertThat(list(controlOk("GET", "/calls", null), "calls")).isEmpty();
  }

  @Test
  void recordedFramesHideTheLoginSecrets() throws IOException, InterruptedException {
    TestSupport.WsClient ws = connect(fake.privateWsUrl());
    ws.send(loginFrame(fake.now().getEpochSecond(), FakeBitget.DEFAULT_SECRET_KEY));
    ws.await(text -> text.contains("\"event\":\"login\""));

    List<Map<String, Object>> frames = list(controlOk("GET", "/frames?endpoint=private", null), "frames");

    assertThat(frames).singleElement().satisfies(f -> {
      assertThat(f).containsEntry("endpoint", "private");
      assertThat((String) f.get("text")).contains("\"passphrase\":\"***\"", "\"sign\":\"***\"",
          "\"apiKey\":\"" + FakeBitget.DEFAULT_API_KEY + "\"").doesNotContain(FakeBitget.DEFAULT_PASSPHRASE);
    });
    assertThat(list(controlOk("GET", "/frames?endpoint=public", null), "frames")).isEmpty();
  }

  @Test
  void resetPutsTheFakeBackWhereItStarted() throws IOException {
    ok(client, signedOrder(fake, mode, "buy", "0.01", null));
    controlOk("POST", "/prices", "{\"symbol\":\"BTCUSDT_UMCBL\",\"price\":\"30000\"}");
    controlOk("POST", "/faults/fail-rest", "{\"count\":5,\"httpStatus\":500,\"code\":\"40725\"}");

    controlOk("POST", "/reset", null);

    Map<String, Object> state = controlOk("GET", "/state", null);
    assertThat(state).containsEntry("orders", List.of()).containsEntry("positions", List.of());
    assertThat(list(state, "prices").get(0)).containsEntry("price", "27000");
    assertThat(get(client, fake.restUrl() + TICKER).code()).isEqualTo("00000");
    assertThat(fake.requests()).hasSize(1);
  }
}
