package io.bitget4j.testkit;

import static io.bitget4j.testkit.TestSupport.assertSameShape;
import static io.bitget4j.testkit.TestSupport.loginFrame;
import static io.bitget4j.testkit.TestSupport.object;
import static io.bitget4j.testkit.TestSupport.ok;
import static io.bitget4j.testkit.TestSupport.signedPost;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.bitget4j.core.AccountMode;
import io.bitget4j.core.Symbol;
import io.bitget4j.core.testing.ManualClock;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.OkHttpClient;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The V3 streams of a unified fake, driven with raw OkHttp WebSockets and the test's own signer,
 * every frame checked against the sourced samples in {@code fixtures/v3} field by field (names,
 * JSON types, nesting).
 */
@Timeout(30)
class FakeBitgetV3StreamTest {
  private static final Instant T0 = Instant.parse("2024-11-24T02:00:00Z");
  /** The fields a futures ticker push has beyond the documented spot sample. */
  private static final List<String> FUTURES_TICKER_FIELDS =
      List.of("indexPrice", "markPrice", "fundingRate", "nextFundingTime", "openInterest");

  private static OkHttpClient client;
  private ManualClock clock;
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
    clock = ManualClock.startingAt(T0);
    fake = unified().start();
  }

  private FakeBitget.Builder unified() {
    return FakeBitget.builder()
        .accountMode(AccountMode.UNIFIED)
        .clock(clock)
        .tickInterval(Duration.ZERO)
        .rateLimitsEnabled(false);
  }

  @AfterEach
  void stopFake() {
    for (TestSupport.WsClient s : sockets) {
      s.close();
    }
    fake.close();
  }

  // ---- helpers ------------------------------------------------------------------------------

  private TestSupport.WsClient connect(String url) throws InterruptedException {
    TestSupport.WsClient ws = new TestSupport.WsClient(client, url);
    sockets.add(ws);
    return ws;
  }

  private TestSupport.WsClient loggedIn(FakeBitget on) throws InterruptedException {
    TestSupport.WsClient ws = connect(on.privateWsUrl());
    ws.send(loginFrame(on.now().getEpochSecond(), FakeBitget.DEFAULT_SECRET_KEY));
    assertThat(ws.await(f -> true)).isEqualTo("{\"event\":\"login\",\"code\":\"0\",\"msg\":\"\"}");
    return ws;
  }

  private static String url(FakeBitget on, String path) {
    return on.restUrl().replace("http:", "ws:") + path;
  }

  private static String subscribe(String... args) {
    return "{\"op\":\"subscribe\",\"args\":[" + String.join(",", args) + "]}";
  }

  private static String arg(String topic, String symbol) {
    return "{\"instType\":\"usdt-futures\",\"topic\":\"" + topic + "\",\"symbol\":\"" + symbol + "\"}";
  }

  private static String btc(String topic) {
    return arg(topic, "BTCUSDT");
  }

  private static String uta(String topic) {
    return "{\"instType\":\"UTA\",\"topic\":\"" + topic + "\"}";
  }

  private static boolean isPush(String frame, String topic) {
    return frame.contains("\"action\"") && frame.contains("\"topic\":\"" + topic + "\"");
  }

  private static boolean isAck(String frame, String topic) {
    return frame.startsWith("{\"event\":\"subscribe\"") && frame.contains("\"topic\":\"" + topic + "\"");
  }

  private static Map<String, Object> sample(String name) {
    return object(TestSupport.fixture("v3/" + name));
  }

  private static void assertShapeOf(Map<String, Object> frame, String sampleName) {
    assertSameShape(frame, sample(sampleName), sampleName);
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> data(Map<String, Object> frame) {
    return (List<Map<String, Object>>) frame.get("data");
  }

  /** An integer field of a frame read from its text, exactly (a JSON parser's double would round seq). */
  private static long number(String frame, String field) {
    Matcher m = Pattern.compile("\"" + field + "\":(\\d+)").matcher(frame);
    assertThat(m.find()).as("%s in %s", field, frame).isTrue();
    return Long.parseLong(m.group(1));
  }

  /** The frames that arrive before the answer to a ping sent now. */
  private static List<String> framesBeforePong(TestSupport.WsClient ws) throws InterruptedException {
    ws.send("ping");
    List<String> seen = new ArrayList<>();
    ws.await(f -> {
      seen.add(f);
      return f.equals("pong");
    });
    return seen.subList(0, seen.size() - 1);
  }

  // ---- endpoints and login ------------------------------------------------------------------

  @Test
  void streamUrlsAreTheV3OnesOfAUnifiedFakeAndFollowTheAccountMode() {
    String ws = fake.restUrl().replace("http:", "ws:");
    assertThat(fake.publicWsUrl()).isEqualTo(ws + "/v3/ws/public");
    assertThat(fake.privateWsUrl()).isEqualTo(ws + "/v3/ws/private");

    fake.setAccountMode(AccountMode.CLASSIC);

    assertThat(fake.publicWsUrl()).isEqualTo(ws + "/v2/ws/public");
    assertThat(fake.privateWsUrl()).isEqualTo(ws + "/v2/ws/private");
  }

  @Test
  void loginAnswersWithTheV3AckAndErrorShapes() throws InterruptedException {
    TestSupport.WsClient ws = connect(fake.privateWsUrl());

    ws.send(loginFrame(T0.getEpochSecond(), "wrong-secret"));
    Map<String, Object> badSign = ws.awaitJson(f -> true);
    ws.send(loginFrame(T0.getEpochSecond() - 31, FakeBitget.DEFAULT_SECRET_KEY));
    Map<String, Object> stale = ws.awaitJson(f -> true);
    ws.send(loginFrame(T0.getEpochSecond(), FakeBitget.DEFAULT_SECRET_KEY));
    Map<String, Object> ack = ws.awaitJson(f -> true);

    assertShapeOf(badSign, "ws-v3-login-error.json");
    assertThat(badSign).containsEntry("code", "30015").containsEntry("msg", "Invalid sign");
    assertShapeOf(stale, "ws-v3-login-error.json");
    assertThat(stale).containsEntry("code", "30014");
    assertThat(ack).isEqualTo(sample("ws-v3-login-ack.json"));
  }

  @Test
  void aClassicKeyIsRefusedOnTheV3PrivateEndpointWhoseMarketDataStillAnswers() throws InterruptedException {
    try (FakeBitget classic = unified().accountMode(AccountMode.CLASSIC).start()) {
      TestSupport.WsClient priv = connect(url(classic, "/v3/ws/private"));
      priv.send(loginFrame(T0.getEpochSecond(), FakeBitget.DEFAULT_SECRET_KEY));
      assertThat(priv.await(f -> true)).isEqualTo("{\"event\":\"error\",\"code\":\"40084\",\"msg\":\"You are in Classic"
          + " Account mode, and the Unified Account API is not supported at this time\"}");
      priv.send(subscribe(uta("account")));
      assertThat(priv.awaitJson(f -> true)).containsEntry("code", "30004").containsEntry("msg", "User needs to log in");

      TestSupport.WsClient pub = connect(url(classic, "/v3/ws/public"));
      pub.send(subscribe(btc("ticker")));
      assertThat(pub.await(f -> true)).isEqualTo("{\"event\":\"subscribe\",\"arg\":" + btc("ticker") + "}");
      assertThat(data(pub.awaitJson(f -> isPush(f, "ticker")))).hasSize(1);
      priv.close();
      pub.close();
    }
  }

  @Test
  void aUnifiedKeyIsRefusedOnTheV2PrivateEndpointWhosePublicOneStillAnswers() throws InterruptedException {
    TestSupport.WsClient priv = connect(url(fake, "/v2/ws/private"));
    priv.send(loginFrame(T0.getEpochSecond(), FakeBitget.DEFAULT_SECRET_KEY));
    assertThat(priv.await(f -> true)).isEqualTo("{\"event\":\"error\",\"code\":40085,\"msg\":\"You are in Unified"
        + " Account mode, and the Classic Account API is not supported at this time\"}");

    TestSupport.WsClient pub = connect(url(fake, "/v2/ws/public"));
    pub.send(subscribe(TestSupport.tickerArg(AccountMode.CLASSIC)));
    assertThat(pub.await(f -> true)).isEqualTo("{\"event\":\"subscribe\",\"arg\":"
        + TestSupport.tickerArg(AccountMode.CLASSIC) + "}");
  }

  @Test
  void switchingTheAccountToClassicClosesItsV3PrivateConnections() throws InterruptedException {
    TestSupport.WsClient priv = loggedIn(fake);
    TestSupport.WsClient pub = connect(fake.publicWsUrl());

    fake.setAccountMode(AccountMode.CLASSIC);

    assertThat(priv.closing.await(5, TimeUnit.SECONDS)).as("private connection closed").isTrue();
    assertThat(priv.closeCode).isEqualTo(1001);
    assertThat(framesBeforePong(pub)).isEmpty();
  }

  // ---- public topics ------------------------------------------------------------------------

  @Test
  void publicTopicsAcknowledgeAndPushInTheSampleShapes() throws InterruptedException {
    TestSupport.WsClient ws = connect(fake.publicWsUrl());
    String kline = "{\"instType\":\"usdt-futures\",\"topic\":\"kline\",\"symbol\":\"BTCUSDT\",\"interval\":\"1m\"}";

    ws.send(subscribe(btc("ticker"), kline, btc("books1"), btc("publicTrade")));

    Map<String, Object> tickerAck = ws.awaitJson(f -> isAck(f, "ticker"));
    assertShapeOf(tickerAck, "ws-v3-ticker-subscribe-ack.json");
    assertThat(tickerAck).isEqualTo(object("{\"event\":\"subscribe\",\"arg\":" + btc("ticker") + "}"));
    Map<String, Object> ticker = ws.awaitJson(f -> isPush(f, "ticker"));
    Map<String, Object> tickerSample = sample("ws-v3-ticker.json");
    for (String field : FUTURES_TICKER_FIELDS) {
      data(tickerSample).get(0).put(field, "");
    }
    assertSameShape(ticker, tickerSample, "ws-v3-ticker.json with the futures fields");
    assertThat(ticker).containsEntry("action", "snapshot");
    assertThat(data(ticker).get(0)).containsEntry("lastPrice", "27000");
    assertShapeOf(ws.awaitJson(f -> isPush(f, "kline")), "ws-v3-kline-live-ccxt.json");
    Map<String, Object> books1 = ws.awaitJson(f -> isPush(f, "books1"));
    assertShapeOf(books1, "ws-v3-books1-snapshot.json");
    assertThat(data(books1).get(0)).containsEntry("checksum", 0.0).containsEntry("pseq", 0.0);
    Map<String, Object> trades = ws.awaitJson(f -> isPush(f, "publicTrade"));
    assertShapeOf(trades, "ws-v3-public-trade.json");
    assertThat(trades).containsEntry("action", "snapshot");

    fake.setPrice(Symbol.BTCUSDT_UMCBL, new BigDecimal("27123.4"));

    assertThat(data(ws.awaitJson(f -> isPush(f, "ticker"))).get(0)).containsEntry("lastPrice", "27123.4");
    Map<String, Object> trade = ws.awaitJson(f -> isPush(f, "publicTrade"));
    assertThat(trade).containsEntry("action", "update");
    assertThat(data(trade).get(0)).containsEntry("p", "27123.4");
    Map<String, Object> candle = ws.awaitJson(f -> isPush(f, "kline"));
    assertThat(candle).containsEntry("action", "update");
    assertThat(data(candle)).singleElement().satisfies(c -> assertThat(c).containsEntry("close", "27123.4"));
  }

  @Test
  void instTypeIsAcceptedInEitherCaseAndAcknowledgedAsBitgetSpellsIt() throws InterruptedException {
    TestSupport.WsClient pub = connect(fake.publicWsUrl());
    pub.send(subscribe("{\"instType\":\"USDT-FUTURES\",\"topic\":\"ticker\",\"symbol\":\"BTCUSDT\"}"));
    assertThat(pub.await(f -> true)).isEqualTo("{\"event\":\"subscribe\",\"arg\":" + btc("ticker") + "}");
    assertThat(pub.await(f -> isPush(f, "ticker"))).contains("\"arg\":" + btc("ticker"));

    TestSupport.WsClient priv = loggedIn(fake);
    priv.send(subscribe("{\"instType\":\"uta\",\"topic\":\"order\"}"));
    assertThat(priv.await(f -> true)).isEqualTo("{\"event\":\"subscribe\",\"arg\":" + uta("order") + "}");
    // JKorf's Bitget.Net sends symbol "default" with fast-fill and strategy-order
    String fastFill = "{\"instType\":\"UTA\",\"topic\":\"fast-fill\",\"symbol\":\"default\"}";
    priv.send(subscribe(fastFill));
    assertThat(priv.await(f -> true)).isEqualTo("{\"event\":\"subscribe\",\"arg\":" + fastFill + "}");
  }

  @Test
  void anIntervalOnATopicOtherThanKlineIsEchoedAndIgnoredAsCcxtProSendsOne() throws InterruptedException {
    TestSupport.WsClient ws = connect(fake.publicWsUrl());
    String books = "{\"instType\":\"usdt-futures\",\"topic\":\"books\",\"symbol\":\"BTCUSDT\",\"interval\":\"1m\"}";

    ws.send(subscribe(books));

    assertThat(ws.await(f -> true)).isEqualTo("{\"event\":\"subscribe\",\"arg\":" + books + "}");
    assertThat(ws.await(f -> isPush(f, "books"))).contains("\"arg\":" + books);
  }

  @Test
  void booksStartASequenceChainWithTheSnapshotThatEveryUpdateContinues() throws InterruptedException {
    TestSupport.WsClient ws = connect(fake.publicWsUrl());
    ws.send(subscribe(btc("books")));
    assertThat(ws.awaitJson(f -> true)).isEqualTo(sample("ws-v3-books-subscribe-ack.json"));

    String snapshot = ws.await(f -> isPush(f, "books"));
    assertThat(snapshot).contains("\"action\":\"snapshot\"");
    assertShapeOf(object(snapshot), "ws-v3-books1-snapshot.json");
    assertThat(number(snapshot, "pseq")).isZero();
    assertThat(number(snapshot, "checksum")).isZero();
    long seq = number(snapshot, "seq");
    assertThat(seq).as("beyond what a double holds exactly").isGreaterThan(1L << 53);
    LocalBook book = new LocalBook();
    book.apply(object(snapshot));
    assertThat(book.bids).hasSize(50);
    assertThat(book.asks).hasSize(50);

    for (int i = 0; i < 5; i++) {
      fake.tickMarket();
      String update = ws.await(f -> isPush(f, "books"));
      assertThat(update).contains("\"action\":\"update\"").as("updates carry no checksum").doesNotContain("checksum");
      Map<String, Object> updateSample = sample("ws-v3-books1-snapshot.json");
      data(updateSample).get(0).remove("checksum");
      assertSameShape(object(update), updateSample, "books update");
      assertThat(number(update, "pseq")).as("pseq of update %s", i).isEqualTo(seq);
      assertThat(number(update, "seq")).isEqualTo(seq + 1);
      seq = number(update, "seq");
      book.apply(object(update));
    }

    TestSupport.WsClient fresh = connect(fake.publicWsUrl());
    fresh.send(subscribe(btc("books")));
    String now = fresh.await(f -> isPush(f, "books"));
    assertThat(number(now, "seq")).isEqualTo(seq);
    LocalBook expected = new LocalBook();
    expected.apply(object(now));
    assertThat(book.bids).as("the book built from the updates").isEqualTo(expected.bids);
    assertThat(book.asks).isEqualTo(expected.asks);
  }

  @Test
  void depthTopicsPushSnapshotsOfTheirSizeAtTheBooksSequence() throws InterruptedException {
    TestSupport.WsClient ws = connect(fake.publicWsUrl());
    ws.send(subscribe(btc("books"), btc("books5"), btc("books50")));
    long seq = number(ws.await(f -> isPush(f, "books")), "seq");

    fake.tickMarket();

    for (String topic : List.of("books5", "books50")) {
      String frame = ws.await(f -> isPush(f, topic) && f.contains("\"seq\":" + (seq + 1)));
      assertThat(frame).contains("\"action\":\"snapshot\"");
      assertThat(number(frame, "pseq")).isZero();
      Map<String, Object> levels = data(object(frame)).get(0);
      int depth = Integer.parseInt(topic.substring(5));
      assertThat((List<?>) levels.get("a")).hasSize(depth);
      assertThat((List<?>) levels.get("b")).hasSize(depth);
    }
  }

  @Test
  void aDroppedBookUpdateLeavesAGapInTheSequence() throws InterruptedException {
    TestSupport.WsClient ws = connect(fake.publicWsUrl());
    ws.send(subscribe(btc("books")));
    long seq = number(ws.await(f -> isPush(f, "books")), "seq");

    fake.faults().dropNextBookUpdate();
    fake.tickMarket();
    assertThat(framesBeforePong(ws)).as("the lost update").isEmpty();
    fake.tickMarket();

    String update = ws.await(f -> isPush(f, "books"));
    assertThat(number(update, "pseq")).as("the seq of the lost update").isEqualTo(seq + 1);
    assertThat(number(update, "seq")).isEqualTo(seq + 2);
  }

  @Test
  void aSequenceResetSendsAPseqZeroSnapshotThatUpdatesContinue() throws InterruptedException {
    TestSupport.WsClient ws = connect(fake.publicWsUrl());
    ws.send(subscribe(btc("books")));
    long before = number(ws.await(f -> isPush(f, "books")), "seq");

    assertThat(fake.faults().resetBookSequence()).isEqualTo(1);

    String reset = ws.await(f -> isPush(f, "books"));
    assertThat(reset).contains("\"action\":\"snapshot\"");
    assertThat(number(reset, "pseq")).isZero();
    assertThat(number(reset, "seq")).isEqualTo(1).isLessThan(before);
    assertThat(data(object(reset)).get(0).get("a")).asInstanceOf(InstanceOfAssertFactories.LIST).hasSize(50);
    fake.tickMarket();
    String update = ws.await(f -> isPush(f, "books"));
    assertThat(number(update, "pseq")).isEqualTo(1);
    assertThat(number(update, "seq")).isEqualTo(2);
  }

  @Test
  void theLiquidationTopicReportsLiquidatedPositions() throws InterruptedException {
    TestSupport.WsClient ws = connect(fake.publicWsUrl());
    String liquidation = "{\"instType\":\"usdt-futures\",\"topic\":\"liquidation\"}";
    ws.send(subscribe(liquidation));
    assertThat(ws.await(f -> true)).isEqualTo("{\"event\":\"subscribe\",\"arg\":" + liquidation + "}");
    fake.setPosition(Symbol.BTCUSDT_UMCBL, BigDecimal.ONE, new BigDecimal("27000"), 100);

    fake.setPrice(Symbol.BTCUSDT_UMCBL, new BigDecimal("26000"));

    Map<String, Object> push = ws.awaitJson(f -> isPush(f, "liquidation"));
    assertShapeOf(push, "documented/ws-v3-liquidation.json");
    assertThat(data(push)).singleElement().satisfies(l -> assertThat(l).containsEntry("symbol", "BTCUSDT")
        .containsEntry("side", "buy").containsEntry("amount", "1"));
    assertThat(fake.positions()).isEmpty();
  }

  @Test
  void subscribeErrorsUseV3WordsAndStringCodes() throws InterruptedException {
    TestSupport.WsClient pub = connect(fake.publicWsUrl());
    String unknown = arg("ticker", "BTCUSDT_UMCBL");
    String v2Shaped = TestSupport.tickerArg(AccountMode.CLASSIC);

    pub.send(subscribe(unknown, v2Shaped, btc("kline"), uta("account")));
    pub.send("{\"op\":\"login\",\"args\":[]}");
    pub.send("{\"op\":\"ping\"}");
    pub.send("{not json");

    assertThat(pub.await(f -> true)).isEqualTo("{\"event\":\"error\",\"arg\":" + unknown
        + ",\"code\":\"30001\",\"msg\":\"instType:usdt-futures,topic:ticker,symbol:BTCUSDT_UMCBL doesn't exist\"}");
    assertThat(pub.awaitJson(f -> true)).containsEntry("code", "30001")
        .containsEntry("msg", "instType:USDT-FUTURES,topic:null,symbol:null doesn't exist");
    assertThat(pub.awaitJson(f -> true)).as("kline without interval").containsEntry("code", "30001");
    assertThat(pub.awaitJson(f -> true)).as("a private topic on the public endpoint").containsEntry("code", "30001");
    assertThat(pub.awaitJson(f -> true)).containsEntry("code", "30002");
    assertThat(pub.awaitJson(f -> true)).containsEntry("code", "30003");
    assertThat(pub.awaitJson(f -> true)).containsEntry("code", "30002");
  }

  @Test
  void unsubscribeAcknowledgesAsTheSampleAndStopsThePushes() throws InterruptedException {
    TestSupport.WsClient ws = connect(fake.publicWsUrl());
    ws.send(subscribe(btc("ticker")));
    ws.await(f -> isPush(f, "ticker"));

    ws.send("{\"op\":\"unsubscribe\",\"args\":[" + btc("ticker") + "]}");
    Map<String, Object> ack = ws.awaitJson(f -> true);
    fake.tickMarket();

    assertShapeOf(ack, "ws-v3-unsubscribe-ack-ccxt.json");
    assertThat(ack).isEqualTo(object("{\"event\":\"unsubscribe\",\"arg\":" + btc("ticker") + "}"));
    assertThat(framesBeforePong(ws)).isEmpty();
  }

  // ---- private topics -----------------------------------------------------------------------

  @Test
  void privateTopicsAcknowledgeAsTheSamplesAndOnlyAccountAndPositionSendSnapshots() throws InterruptedException {
    fake.close();
    fake = unified().initialPosition(Symbol.BTCUSDT_UMCBL, new BigDecimal("0.1"), new BigDecimal("26900"), 10)
        .start();
    TestSupport.WsClient ws = loggedIn(fake);

    ws.send(subscribe(uta("account"), uta("position"), uta("order"), uta("fill"), uta("fast-fill")));

    assertThat(ws.awaitJson(f -> true)).isEqualTo(sample("ws-v3-private-subscribe-ack.json"));
    Map<String, Object> account = ws.awaitJson(f -> true);
    assertShapeOf(account, "ws-v3-account.json");
    assertThat(data(account).get(0)).containsEntry("totalEquity", "10010");
    assertThat(ws.awaitJson(f -> true)).isEqualTo(sample("ws-v3-position-subscribe-ack.json"));
    Map<String, Object> position = ws.awaitJson(f -> true);
    assertShapeOf(position, "ws-v3-position.json");
    assertThat(data(position)).singleElement().satisfies(p -> assertThat(p).containsEntry("size", "0.1")
        .containsEntry("posSide", "long").containsEntry("positionStatus", "opening"));
    for (String topic : List.of("order", "fill", "fast-fill")) {
      assertThat(ws.await(f -> true)).isEqualTo("{\"event\":\"subscribe\",\"arg\":" + uta(topic) + "}");
    }
    assertThat(framesBeforePong(ws)).as("no snapshot of orders or fills").isEmpty();
  }

  @Test
  void tradingThroughV3RestPushesOrderFillPositionAndAccount() throws InterruptedException, IOException {
    TestSupport.WsClient ws = loggedIn(fake);
    ws.send(subscribe(uta("order"), uta("fill"), uta("fast-fill"), uta("position"), uta("account")));
    ws.await(f -> isPush(f, "account"));

    ok(client, signedPost(fake, "/api/v3/trade/place-order", "{\"category\":\"USDT-FUTURES\",\"symbol\":\"BTCUSDT\","
        + "\"qty\":\"0.1\",\"side\":\"buy\",\"orderType\":\"market\",\"clientOid\":\"v3-ws-1\"}"));

    Map<String, Object> live = ws.awaitJson(f -> isPush(f, "order"));
    assertShapeOf(live, "ws-v3-order.json");
    assertThat(data(live).get(0)).containsEntry("orderStatus", "live").containsEntry("clientOid", "v3-ws-1");
    Map<String, Object> fastFill = ws.awaitJson(f -> isPush(f, "fast-fill"));
    assertShapeOf(fastFill, "documented/ws-v3-fast-fill.json");
    @SuppressWarnings("unchecked")
    Map<String, Object> fast = (Map<String, Object>) fastFill.get("data");
    assertThat(fast).containsEntry("execQty", "0.1").containsEntry("execPrice", "27000")
        .containsEntry("category", "usdt-futures").containsEntry("holdSide", "long");
    Map<String, Object> fill = ws.awaitJson(f -> isPush(f, "fill"));
    assertShapeOf(fill, "ws-v3-fill-jk.json");
    assertThat(data(fill).get(0)).containsEntry("clientOid", "v3-ws-1").containsEntry("tradeScope", "taker")
        .containsEntry("execValue", "2700");
    Map<String, Object> filled = ws.awaitJson(f -> isPush(f, "order"));
    assertShapeOf(filled, "ws-v3-order.json");
    assertThat(data(filled).get(0)).containsEntry("orderStatus", "filled").containsEntry("cumExecQty", "0.1")
        .containsEntry("avgPrice", "27000").containsEntry("price", "").containsEntry("reduceOnly", "no");
    Map<String, Object> position = ws.awaitJson(f -> isPush(f, "position"));
    assertShapeOf(position, "ws-v3-position.json");
    assertThat(data(position)).singleElement().satisfies(p -> assertThat(p).containsEntry("size", "0.1")
        .containsEntry("positionStatus", "opening").containsEntry("holdMode", "one_way_mode"));
    assertShapeOf(ws.awaitJson(f -> isPush(f, "account")), "ws-v3-account.json");

    ok(client, signedPost(fake, "/api/v3/trade/place-order", "{\"category\":\"USDT-FUTURES\",\"symbol\":\"BTCUSDT\","
        + "\"qty\":\"0.1\",\"side\":\"sell\",\"orderType\":\"market\",\"reduceOnly\":\"yes\"}"));

    Map<String, Object> closed = ws.awaitJson(f -> isPush(f, "position"));
    assertShapeOf(closed, "ws-v3-position.json");
    assertThat(data(closed)).as("the closed position, pushed once as ended").singleElement()
        .satisfies(p -> assertThat(p).containsEntry("size", "0").containsEntry("positionStatus", "ended"));
  }

  @Test
  void accountAndPositionArePushedAgainEveryFiveSecondsOfTheFakesClock() throws InterruptedException {
    TestSupport.WsClient ws = loggedIn(fake);
    ws.send(subscribe(uta("account"), uta("position")));
    ws.await(f -> isPush(f, "account"));
    ws.await(f -> isPush(f, "position"));

    clock.advance(Duration.ofMillis(4_999));
    fake.tickMarket();
    assertThat(framesBeforePong(ws)).as("nothing before 5 s").isEmpty();

    clock.advance(Duration.ofMillis(1));
    fake.tickMarket();
    assertThat(framesBeforePong(ws)).satisfiesExactly(
        f -> assertThat(f).contains("\"topic\":\"position\"").contains("\"data\":[]"),
        f -> assertThat(f).contains("\"topic\":\"account\""));

    clock.advance(Duration.ofSeconds(4));
    fake.tickMarket();
    assertThat(framesBeforePong(ws)).isEmpty();
  }

  @Test
  void aZeroRepushIntervalPushesAccountAndPositionAtEveryTick() throws InterruptedException {
    fake.close();
    fake = unified().repushInterval(Duration.ZERO).start();
    TestSupport.WsClient ws = loggedIn(fake);
    ws.send(subscribe(uta("account")));
    ws.await(f -> isPush(f, "account"));

    for (int i = 0; i < 3; i++) {
      fake.tickMarket();
      assertThat(framesBeforePong(ws)).singleElement().satisfies(f -> assertThat(f).contains("\"topic\":\"account\""));
    }
  }

  // ---- faults -------------------------------------------------------------------------------

  @Test
  void aServiceUpgradeNoticeIsFollowedByACloseAfterTheDelay() throws InterruptedException {
    TestSupport.WsClient v3 = connect(fake.publicWsUrl());
    TestSupport.WsClient v2 = connect(url(fake, "/v2/ws/public"));
    await().atMost(Duration.ofSeconds(5)).until(() -> fake.webSocketConnections() == 2);

    assertThat(fake.faults().announceServiceUpgrade(Duration.ofMillis(300))).isEqualTo(2);

    Map<String, Object> notice = v3.awaitJson(f -> true);
    assertThat(notice).containsEntry("event", "error").containsEntry("code", "30033");
    assertThat((String) notice.get("msg")).startsWith("service upgrade");
    assertThat(((Number) v2.awaitJson(f -> true).get("code")).intValue()).isEqualTo(30033);
    TestSupport.WsClient moved = connect(fake.publicWsUrl());
    assertThat(v3.closing.await(5, TimeUnit.SECONDS)).as("closed after the delay").isTrue();
    assertThat(v3.closeCode).isEqualTo(1001);
    assertThat(v2.closing.await(5, TimeUnit.SECONDS)).isTrue();
    assertThat(framesBeforePong(moved)).as("a connection made after the notice stays").isEmpty();
  }

  @Test
  void aServiceUpgradeWithoutDelayClosesAtOnceAndClearingCallsOffAPendingClose() throws InterruptedException {
    TestSupport.WsClient now = connect(fake.publicWsUrl());
    await().atMost(Duration.ofSeconds(5)).until(() -> fake.webSocketConnections() == 1);
    fake.faults().announceServiceUpgrade(Duration.ZERO);
    assertThat(now.await(f -> true)).contains("\"code\":\"30033\"");
    assertThat(now.closing.await(5, TimeUnit.SECONDS)).isTrue();

    TestSupport.WsClient later = connect(fake.publicWsUrl());
    await().atMost(Duration.ofSeconds(5)).until(() -> fake.webSocketConnections() == 1);
    fake.faults().announceServiceUpgrade(Duration.ofMillis(200));
    fake.faults().clear();

    await().during(Duration.ofMillis(600)).atMost(Duration.ofSeconds(3)).until(() -> later.closing.getCount() == 1);
  }

  @Test
  void theExistingFaultsWorkOnV3Connections() throws InterruptedException {
    TestSupport.WsClient pub = connect(fake.publicWsUrl());
    TestSupport.WsClient priv = loggedIn(fake);

    assertThat(fake.faults().sendMalformedFrame()).isEqualTo(2);
    assertThat(pub.await(f -> true)).startsWith("{\"action\":\"snapshot\",\"arg\":{\"instType\":\"usdt-futures\","
        + "\"topic\":\"ticker\"").endsWith("\"data\":[{\"lastPrice\":");
    fake.faults().setPingReplies(false);
    pub.send("ping");
    pub.send(subscribe(btc("ticker")));
    List<String> beforeAck = new ArrayList<>();
    pub.await(f -> {
      beforeAck.add(f);
      return isAck(f, "ticker");
    });
    assertThat(beforeAck).doesNotContain("pong");
    fake.faults().setPingReplies(true);

    assertThat(fake.faults().dropWebSocketConnections()).isEqualTo(2);

    assertThat(pub.failed.await(5, TimeUnit.SECONDS)).isTrue();
    assertThat(priv.failed.await(5, TimeUnit.SECONDS)).isTrue();
  }

  /** A V3 book rebuilt from pushes: {@code a} and {@code b} string pairs, a snapshot replaces it. */
  private static final class LocalBook {
    final TreeMap<BigDecimal, String> bids = new TreeMap<>(Collections.reverseOrder());
    final TreeMap<BigDecimal, String> asks = new TreeMap<>();

    @SuppressWarnings("unchecked")
    void apply(Map<String, Object> frame) {
      Map<String, Object> data = data(frame).get(0);
      if ("snapshot".equals(frame.get("action"))) {
        bids.clear();
        asks.clear();
      }
      apply(bids, (List<List<String>>) data.get("b"));
      apply(asks, (List<List<String>>) data.get("a"));
    }

    private static void apply(TreeMap<BigDecimal, String> side, List<List<String>> levels) {
      for (List<String> level : levels) {
        BigDecimal price = new BigDecimal(level.get(0));
        if (new BigDecimal(level.get(1)).signum() == 0) {
          side.remove(price);
        } else {
          side.put(price, level.get(1));
        }
      }
    }
  }
}
