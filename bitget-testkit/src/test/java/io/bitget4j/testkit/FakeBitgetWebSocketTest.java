package io.bitget4j.testkit;

import static io.bitget4j.testkit.TestSupport.assertSameShape;
import static io.bitget4j.testkit.TestSupport.firstDataItemOfFixture;
import static io.bitget4j.testkit.TestSupport.fixture;
import static io.bitget4j.testkit.TestSupport.loginFrame;
import static io.bitget4j.testkit.TestSupport.object;
import static io.bitget4j.testkit.TestSupport.ok;
import static io.bitget4j.testkit.TestSupport.signedGet;
import static io.bitget4j.testkit.TestSupport.signedPost;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.bitget4j.core.Symbol;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class FakeBitgetWebSocketTest {
  private static final Instant T0 = Instant.parse("2024-11-24T02:00:00Z");
  private static final String TICKER_ARG =
      "{\"instType\":\"USDT-FUTURES\",\"channel\":\"ticker\",\"instId\":\"BTCUSDT\"}";
  private static final String BOOKS_ARG =
      "{\"instType\":\"USDT-FUTURES\",\"channel\":\"books\",\"instId\":\"BTCUSDT\"}";
  private static final String FILL_ARG = "{\"instType\":\"USDT-FUTURES\",\"channel\":\"fill\",\"instId\":\"default\"}";
  private static final String ORDERS_ARG =
      "{\"instType\":\"USDT-FUTURES\",\"channel\":\"orders\",\"instId\":\"default\"}";

  private static OkHttpClient client;
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

  private TestSupport.WsClient connect(String url) throws InterruptedException {
    TestSupport.WsClient ws = new TestSupport.WsClient(client, url);
    sockets.add(ws);
    return ws;
  }

  private static String subscribe(String... args) {
    return "{\"op\":\"subscribe\",\"args\":[" + String.join(",", args) + "]}";
  }

  private static boolean isPush(String frame, String channel) {
    return frame.contains("\"action\"") && frame.contains("\"channel\":\"" + channel + "\"");
  }

  @Test
  void answersPingWithPongUntilRepliesAreTurnedOff() throws InterruptedException {
    TestSupport.WsClient ws = connect(fake.publicWsUrl());

    ws.send("ping");
    assertThat(ws.await(f -> true)).isEqualTo("pong");

    fake.faults().setPingReplies(false);
    ws.send("ping");
    assertThat(ws.messages.poll(300, TimeUnit.MILLISECONDS)).isNull();
  }

  @Test
  void subscribeAcksThenSendsASnapshotThenUpdates() throws InterruptedException {
    TestSupport.WsClient ws = connect(fake.publicWsUrl());

    ws.send(subscribe(TICKER_ARG));

    assertThat(ws.await(f -> true)).isEqualTo("{\"event\":\"subscribe\",\"arg\":" + TICKER_ARG + "}");
    Map<String, Object> snapshot = object(ws.await(f -> true));
    assertThat(snapshot.keySet()).containsExactly("action", "arg", "data", "ts");
    assertThat(snapshot.get("action")).isEqualTo("snapshot");
    @SuppressWarnings("unchecked")
    Map<String, Object> ticker = ((List<Map<String, Object>>) snapshot.get("data")).get(0);
    assertThat(ticker.keySet()).containsExactlyElementsOf(firstDataItemOfFixture("ws-ticker.json").keySet());
    assertThat(ticker).containsEntry("instId", "BTCUSDT").containsEntry("lastPr", "27000");

    fake.setPrice(Symbol.BTCUSDT_UMCBL, new BigDecimal("27123.4"));

    Map<String, Object> update = ws.awaitJson(f -> isPush(f, "ticker"));
    @SuppressWarnings("unchecked")
    Map<String, Object> moved = ((List<Map<String, Object>>) update.get("data")).get(0);
    assertThat(moved).containsEntry("lastPr", "27123.4");
  }

  @Test
  void unknownInstIdAnswersError30001() throws InterruptedException {
    TestSupport.WsClient ws = connect(fake.publicWsUrl());
    String arg = "{\"instType\":\"USDT-FUTURES\",\"channel\":\"ticker\",\"instId\":\"BTCUSDT_UMCBL\"}";

    ws.send(subscribe(arg));

    Map<String, Object> error = ws.awaitJson(f -> true);
    assertThat(error).isEqualTo(object(TestSupport.fixture("ws-subscribe-error.json")));
    assertThat(error.get("event")).isEqualTo("error");
    assertThat(((Number) error.get("code")).intValue()).isEqualTo(30001);
    assertThat(error.get("msg")).isEqualTo("instType:USDT-FUTURES,channel:ticker,instId:BTCUSDT_UMCBL doesn't exist");
  }

  @Test
  void booksChecksumMatchesTheSnapshotAndEveryUpdate() throws InterruptedException {
    TestSupport.WsClient ws = connect(fake.publicWsUrl());
    ws.send(subscribe(BOOKS_ARG));
    ws.await(f -> f.contains("\"event\":\"subscribe\""));

    LocalBook book = new LocalBook();
    Map<String, Object> snapshot = ws.awaitJson(f -> isPush(f, "books"));
    assertThat(snapshot.get("action")).isEqualTo("snapshot");
    long seq = book.apply(snapshot);
    assertThat(book.bids).hasSize(50);
    assertThat(book.asks).hasSize(50);

    for (int i = 0; i < 6; i++) {
      fake.tickMarket();
      Map<String, Object> update = ws.awaitJson(f -> isPush(f, "books"));
      assertThat(update.get("action")).isEqualTo("update");
      long next = book.apply(update);
      assertThat(next).isGreaterThan(seq);
      seq = next;
    }
  }

  @Test
  void checksumAlgorithmAgreesWithTheSampleFrames() {
    LocalBook book = new LocalBook();
    book.apply(object(TestSupport.fixture("ws-books-snapshot.json")));
    book.apply(object(TestSupport.fixture("ws-books-update.json")));
    assertThat(book.bids.firstKey()).isEqualByComparingTo("26999.95");
  }

  @Test
  void depthChannelsSendSnapshotsOfTheirSize() throws InterruptedException {
    TestSupport.WsClient ws = connect(fake.publicWsUrl());
    ws.send(subscribe(BOOKS_ARG.replace("books", "books5")));

    Map<String, Object> first = ws.awaitJson(f -> isPush(f, "books5"));
    fake.tickMarket();
    Map<String, Object> second = ws.awaitJson(f -> isPush(f, "books5"));

    for (Map<String, Object> frame : List.of(first, second)) {
      assertThat(frame.get("action")).isEqualTo("snapshot");
      @SuppressWarnings("unchecked")
      Map<String, Object> data = ((List<Map<String, Object>>) frame.get("data")).get(0);
      assertThat((List<?>) data.get("asks")).hasSize(5);
      assertThat((List<?>) data.get("bids")).hasSize(5);
      LocalBook book = new LocalBook();
      book.apply(frame);
    }
  }

  @Test
  void tradeAndCandleChannelsPushWhenTheMarketMoves() throws InterruptedException {
    TestSupport.WsClient ws = connect(fake.publicWsUrl());
    ws.send(subscribe(TICKER_ARG.replace("ticker", "trade"), TICKER_ARG.replace("ticker", "candle1m")));
    ws.awaitJson(f -> isPush(f, "trade"));
    Map<String, Object> candles = ws.awaitJson(f -> isPush(f, "candle1m"));
    assertThat((List<?>) candles.get("data")).isNotEmpty();

    fake.setPrice(Symbol.BTCUSDT_UMCBL, new BigDecimal("27200"));

    Map<String, Object> trade = ws.awaitJson(f -> isPush(f, "trade"));
    assertThat(trade.get("action")).isEqualTo("update");
    @SuppressWarnings("unchecked")
    Map<String, Object> last = ((List<Map<String, Object>>) trade.get("data")).get(0);
    assertThat(last.keySet()).containsExactlyElementsOf(firstDataItemOfFixture("ws-trade.json").keySet());
    assertThat(last).containsEntry("price", "27200");
    Map<String, Object> candle = ws.awaitJson(f -> isPush(f, "candle1m"));
    @SuppressWarnings("unchecked")
    List<String> bar = ((List<List<String>>) candle.get("data")).get(0);
    assertThat(bar).hasSize(8);
    assertThat(bar.get(4)).isEqualTo("27200");
  }

  @Test
  void unsubscribeStopsThePushes() throws InterruptedException {
    TestSupport.WsClient ws = connect(fake.publicWsUrl());
    ws.send(subscribe(TICKER_ARG));
    ws.await(f -> isPush(f, "ticker"));

    ws.send("{\"op\":\"unsubscribe\",\"args\":[" + TICKER_ARG + "]}");
    assertThat(ws.await(f -> true)).isEqualTo("{\"event\":\"unsubscribe\",\"arg\":" + TICKER_ARG + "}");
    fake.tickMarket();
    ws.send("ping");

    assertThat(ws.await(f -> true)).as("the pong comes with no ticker before it").isEqualTo("pong");
  }

  @Test
  void privateLoginSucceedsWithAValidSignature() throws InterruptedException {
    TestSupport.WsClient ws = connect(fake.privateWsUrl());

    ws.send(loginFrame(T0.getEpochSecond(), FakeBitget.DEFAULT_SECRET_KEY));

    assertThat(ws.await(f -> true)).isEqualTo("{\"event\":\"login\",\"code\":0}");
  }

  @Test
  void privateLoginRejectsABadSignOrAStaleTimestamp() throws InterruptedException {
    TestSupport.WsClient ws = connect(fake.privateWsUrl());

    ws.send(loginFrame(T0.getEpochSecond(), "wrong-secret"));
    assertThat(ws.await(f -> true)).isEqualTo("{\"event\":\"error\",\"code\":30015,\"msg\":\"Invalid sign\"}");

    ws.send(loginFrame(T0.getEpochSecond() - 31, FakeBitget.DEFAULT_SECRET_KEY));
    Map<String, Object> stale = ws.awaitJson(f -> true);
    assertThat(((Number) stale.get("code")).intValue()).isEqualTo(30014);
  }

  @Test
  void privateSubscribeBeforeLoginIsRefused() throws InterruptedException {
    TestSupport.WsClient ws = connect(fake.privateWsUrl());

    ws.send(subscribe("{\"instType\":\"USDT-FUTURES\",\"channel\":\"orders\",\"instId\":\"default\"}"));

    Map<String, Object> error = ws.awaitJson(f -> true);
    assertThat(error.get("event")).isEqualTo("error");
    assertThat(((Number) error.get("code")).intValue()).isEqualTo(30004);
  }

  @Test
  void loginCodeCanBeSentAsAString() throws InterruptedException {
    try (FakeBitget stringy = FakeBitget.builder().clock(Clock.fixed(T0, ZoneOffset.UTC))
        .tickInterval(Duration.ZERO).loginCodeAsString(true).start()) {
      TestSupport.WsClient ws = connect(stringy.privateWsUrl());

      ws.send(loginFrame(T0.getEpochSecond(), FakeBitget.DEFAULT_SECRET_KEY));

      assertThat(ws.await(f -> true)).isEqualTo("{\"event\":\"login\",\"code\":\"0\"}");
      ws.close();
    }
  }

  @Test
  void pushesOrdersPositionsAndAccountWhenAnOrderFills() throws InterruptedException, IOException {
    TestSupport.WsClient ws = connect(fake.privateWsUrl());
    ws.send(loginFrame(T0.getEpochSecond(), FakeBitget.DEFAULT_SECRET_KEY));
    ws.await(f -> f.contains("\"event\":\"login\""));
    ws.send(subscribe(
        "{\"instType\":\"USDT-FUTURES\",\"channel\":\"positions\",\"instId\":\"default\"}",
        "{\"instType\":\"USDT-FUTURES\",\"channel\":\"orders\",\"instId\":\"default\"}",
        "{\"instType\":\"USDT-FUTURES\",\"channel\":\"account\",\"coin\":\"default\"}"));
    Map<String, Object> accountSnapshot = ws.awaitJson(f -> isPush(f, "account"));
    @SuppressWarnings("unchecked")
    Map<String, Object> account = ((List<Map<String, Object>>) accountSnapshot.get("data")).get(0);
    assertThat(account.keySet()).containsExactlyElementsOf(firstDataItemOfFixture("ws-account.json").keySet());

    ok(client, signedPost(fake, "/api/v2/mix/order/place-order",
        "{\"symbol\":\"BTCUSDT\",\"productType\":\"USDT-FUTURES\",\"marginMode\":\"isolated\",\"marginCoin\":\"USDT\","
            + "\"size\":\"0.1\",\"side\":\"buy\",\"orderType\":\"market\",\"clientOid\":\"ws-1\"}"));

    Map<String, Object> filled = ws.awaitJson(f -> isPush(f, "orders") && f.contains("\"status\":\"filled\""));
    @SuppressWarnings("unchecked")
    Map<String, Object> order = ((List<Map<String, Object>>) filled.get("data")).get(0);
    assertThat(order.keySet()).containsExactlyElementsOf(firstDataItemOfFixture("ws-orders.json").keySet());
    assertThat(order).containsEntry("clientOid", "ws-1").containsEntry("accBaseVolume", "0.1");
    Map<String, Object> positions = ws.awaitJson(f -> isPush(f, "positions") && f.contains("\"total\":\"0.1\""));
    @SuppressWarnings("unchecked")
    Map<String, Object> position = ((List<Map<String, Object>>) positions.get("data")).get(0);
    assertThat(position.keySet()).containsExactlyElementsOf(firstDataItemOfFixture("ws-positions.json").keySet());
    assertThat(((Number) position.get("leverage")).intValue()).isEqualTo(10);
    ws.awaitJson(f -> isPush(f, "account"));
  }

  @Test
  void pushesOneFillPerExecutionToTheFillSubscribersOnly() throws InterruptedException, IOException {
    fake.setPrice(Symbol.BTCUSDT_UMCBL, new BigDecimal("30000"));
    TestSupport.WsClient ws = loggedIn();
    ws.send(subscribe(FILL_ARG, ORDERS_ARG));
    assertThat(ws.await(f -> true)).as("fill sends nothing on subscribe")
        .isEqualTo("{\"event\":\"subscribe\",\"arg\":" + FILL_ARG + "}");
    ws.await(f -> isPush(f, "orders"));
    TestSupport.WsClient ordersOnly = loggedIn();
    ordersOnly.send(subscribe(ORDERS_ARG));
    ordersOnly.await(f -> isPush(f, "orders"));

    String opening = placeV2("\"size\":\"0.1\",\"side\":\"buy\",\"orderType\":\"market\",\"clientOid\":\"fill-1\"");
    String closing = placeV2("\"size\":\"0.1\",\"side\":\"sell\",\"orderType\":\"limit\",\"price\":\"31000\","
        + "\"reduceOnly\":\"YES\",\"clientOid\":\"fill-2\"");
    fake.setPrice(Symbol.BTCUSDT_UMCBL, new BigDecimal("31000")); // crosses the resting sell: a maker fill

    List<Map<String, Object>> pushes = fillPushesUntilFilled(ws, closing);
    assertThat(pushes).as("one push per execution").hasSize(2);
    Map<String, Object> sample = object(fixture("documented/v2-ws-fill.json"));
    List<Map<String, Object>> fills = new ArrayList<>();
    for (Map<String, Object> push : pushes) {
      assertThat(push).containsEntry("action", "snapshot").containsEntry("arg", object(FILL_ARG));
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> data = (List<Map<String, Object>>) push.get("data");
      assertThat(data).hasSize(1);
      Map<String, Object> fill = data.get(0);
      assertThat(fill).as("the REST row's member the documented push lacks").doesNotContainKey("enterPointSource");
      assertSameShape(push, sample, "fill push");
      fills.add(fill);
    }
    String ts = Long.toString(T0.toEpochMilli());
    assertThat(fills.get(0)).containsEntry("orderId", opening).containsEntry("clientOid", "fill-1")
        .containsEntry("symbol", "BTCUSDT").containsEntry("orderType", "market").containsEntry("side", "buy")
        .containsEntry("tradeSide", "open").containsEntry("posMode", "one_way_mode")
        .containsEntry("tradeScope", "taker").containsEntry("cTime", ts).containsEntry("uTime", ts);
    assertDecimals(fills.get(0), "30000", "0.1", "3000", "0", "-1.8"); // taker fee 0.06 %
    assertThat(fills.get(1)).containsEntry("orderId", closing).containsEntry("clientOid", "fill-2")
        .containsEntry("orderType", "limit").containsEntry("side", "sell").containsEntry("tradeSide", "close")
        .containsEntry("tradeScope", "maker");
    assertDecimals(fills.get(1), "31000", "0.1", "3100", "100", "-0.62"); // maker fee 0.02 %
    @SuppressWarnings("unchecked")
    Map<String, Object> fee = ((List<Map<String, Object>>) fills.get(1).get("feeDetail")).get(0);
    assertThat(fee).containsEntry("feeCoin", "USDT").containsEntry("deduction", "no");
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> restFills = (List<Map<String, Object>>) ok(client,
        signedGet(fake, "/api/v2/mix/order/fills", "productType=USDT-FUTURES")).dataObject().get("fillList");
    assertThat(restFills).extracting(f -> f.get("tradeId")).as("the fills REST lists, newest first")
        .containsExactly(fills.get(1).get("tradeId"), fills.get(0).get("tradeId"));
    assertThat(fillPushesUntilFilled(ordersOnly, closing)).as("no fill pushed without the subscription").isEmpty();
  }

  @Test
  void setPositionAndClearPositionsPushPositionsAndAccount() throws InterruptedException {
    TestSupport.WsClient ws = connect(fake.privateWsUrl());
    ws.send(loginFrame(T0.getEpochSecond(), FakeBitget.DEFAULT_SECRET_KEY));
    ws.await(f -> f.contains("\"event\":\"login\""));
    ws.send(subscribe(
        "{\"instType\":\"USDT-FUTURES\",\"channel\":\"positions\",\"instId\":\"default\"}",
        "{\"instType\":\"USDT-FUTURES\",\"channel\":\"account\",\"coin\":\"default\"}"));
    ws.await(f -> isPush(f, "positions"));
    ws.await(f -> isPush(f, "account"));
    BigDecimal price = fake.price(Symbol.BTCUSDT_UMCBL);

    fake.setPosition(Symbol.BTCUSDT_UMCBL, new BigDecimal("-0.1"), price, 10);

    Map<String, Object> positions = ws.awaitJson(f -> isPush(f, "positions"));
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> opened = (List<Map<String, Object>>) positions.get("data");
    assertThat(opened).singleElement().satisfies(p -> {
      assertThat(p).containsEntry("holdSide", "short").containsEntry("total", "0.1");
      assertThat(new BigDecimal((String) p.get("marginSize")))
          .isEqualByComparingTo(price.multiply(new BigDecimal("0.01")));
    });
    Map<String, Object> account = ws.awaitJson(f -> isPush(f, "account"));
    @SuppressWarnings("unchecked")
    Map<String, Object> accountData = ((List<Map<String, Object>>) account.get("data")).get(0);
    assertThat(new BigDecimal((String) accountData.get("available")))
        .isEqualByComparingTo(new BigDecimal("10000").subtract(price.multiply(new BigDecimal("0.01"))));

    fake.clearPositions();

    Map<String, Object> cleared = ws.awaitJson(f -> isPush(f, "positions"));
    assertThat((List<?>) cleared.get("data")).isEmpty();
    ws.await(f -> isPush(f, "account") && f.contains("\"available\":\"10000\""));
  }

  @Test
  void dropWebSocketConnectionsCutsTheClientSocket() throws InterruptedException {
    TestSupport.WsClient ws = connect(fake.publicWsUrl());
    await().atMost(Duration.ofSeconds(5)).until(() -> fake.webSocketConnections() == 1);

    assertThat(fake.faults().dropWebSocketConnections()).isEqualTo(1);

    assertThat(ws.failed.await(5, TimeUnit.SECONDS)).as("client saw the connection fail").isTrue();
    assertThat(fake.webSocketConnections()).isZero();
    TestSupport.WsClient again = connect(fake.publicWsUrl());
    again.send("ping");
    assertThat(again.await(f -> true)).isEqualTo("pong");
  }

  @Test
  void sendsMalformedFramesOnRequestAndRecordsClientFrames() throws InterruptedException {
    TestSupport.WsClient ws = connect(fake.publicWsUrl());
    await().atMost(Duration.ofSeconds(5)).until(() -> fake.webSocketConnections() == 1);

    assertThat(fake.faults().sendMalformedFrame()).isEqualTo(1);

    String broken = ws.await(f -> true);
    assertThat(broken).startsWith("{\"action\"");
    assertThat(broken).doesNotEndWith("}");
    ws.send(subscribe(TICKER_ARG));
    ws.await(f -> f.contains("subscribe"));
    assertThat(fake.webSocketFrames()).extracting(RecordedFrame::text).contains(subscribe(TICKER_ARG));
  }

  @Test
  void marketMovesOnItsOwnWithTheDefaultTickInterval() throws InterruptedException {
    try (FakeBitget ticking = FakeBitget.start()) {
      TestSupport.WsClient ws = connect(ticking.publicWsUrl());
      ws.send(subscribe(TICKER_ARG));
      ws.await(f -> isPush(f, "ticker"));

      ws.await(f -> isPush(f, "ticker"));
      ws.await(f -> isPush(f, "ticker"));
      ws.close();
    }
  }

  @Test
  void closeReturnsEvenWhenAClientIgnoresTheCloseHandshake() throws InterruptedException {
    FakeBitget closing = FakeBitget.builder().tickInterval(Duration.ZERO).start();
    CountDownLatch open = new CountDownLatch(1);
    WebSocket silent = client.newWebSocket(new Request.Builder().url(closing.publicWsUrl()).build(),
        new WebSocketListener() {
          @Override
          public void onOpen(WebSocket webSocket, Response response) {
            open.countDown();
          }
        });
    assertThat(open.await(5, TimeUnit.SECONDS)).isTrue();
    await().atMost(Duration.ofSeconds(5)).until(() -> closing.webSocketConnections() == 1);

    long start = System.nanoTime();
    closing.close();

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(8));
    silent.cancel();
  }

  /** A private connection logged in with the default key. */
  private TestSupport.WsClient loggedIn() throws InterruptedException {
    TestSupport.WsClient ws = connect(fake.privateWsUrl());
    ws.send(loginFrame(T0.getEpochSecond(), FakeBitget.DEFAULT_SECRET_KEY));
    ws.await(f -> f.contains("\"event\":\"login\""));
    return ws;
  }

  /** Places an isolated BTCUSDT order over V2 REST with the given members; returns its id. */
  private String placeV2(String members) throws IOException {
    return (String) ok(client, signedPost(fake, "/api/v2/mix/order/place-order",
        "{\"symbol\":\"BTCUSDT\",\"productType\":\"USDT-FUTURES\",\"marginMode\":\"isolated\","
            + "\"marginCoin\":\"USDT\"," + members + "}")).dataObject().get("orderId");
  }

  /**
   * The {@code fill} pushes a connection receives, parsed, until the {@code orders} push of
   * {@code orderId} filled (which the fake sends after that execution's fill).
   */
  private static List<Map<String, Object>> fillPushesUntilFilled(TestSupport.WsClient ws, String orderId)
      throws InterruptedException {
    List<Map<String, Object>> fills = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      String frame = ws.await(f -> isPush(f, "fill") || isPush(f, "orders"));
      if (isPush(frame, "fill")) {
        fills.add(object(frame));
      } else if (frame.contains("\"orderId\":\"" + orderId + "\"")
          && frame.contains("\"status\":\"filled\"")) {
        return fills;
      }
    }
    throw new AssertionError("order " + orderId + " not filled within 100 pushes");
  }

  /** Asserts a V2 fill item's price, size, value, profit and fee. */
  private static void assertDecimals(Map<String, Object> fill, String price, String size, String value, String profit,
      String fee) {
    @SuppressWarnings("unchecked")
    Map<String, Object> detail = ((List<Map<String, Object>>) fill.get("feeDetail")).get(0);
    assertThat(new BigDecimal((String) fill.get("price"))).as("price").isEqualByComparingTo(price);
    assertThat(new BigDecimal((String) fill.get("baseVolume"))).as("baseVolume").isEqualByComparingTo(size);
    assertThat(new BigDecimal((String) fill.get("quoteVolume"))).as("quoteVolume").isEqualByComparingTo(value);
    assertThat(new BigDecimal((String) fill.get("profit"))).as("profit").isEqualByComparingTo(profit);
    assertThat(new BigDecimal((String) detail.get("totalFee"))).as("totalFee").isEqualByComparingTo(fee);
  }

  /** A book rebuilt from pushes with its own CRC32 check, independent of the fake's code. */
  private static final class LocalBook {
    final TreeMap<BigDecimal, String[]> bids = new TreeMap<>(Collections.reverseOrder());
    final TreeMap<BigDecimal, String[]> asks = new TreeMap<>();

    /** Applies one push, checks its checksum and returns its seq. */
    @SuppressWarnings("unchecked")
    long apply(Map<String, Object> frame) {
      Map<String, Object> data = ((List<Map<String, Object>>) frame.get("data")).get(0);
      if ("snapshot".equals(frame.get("action"))) {
        bids.clear();
        asks.clear();
      }
      apply(bids, (List<List<String>>) data.get("bids"));
      apply(asks, (List<List<String>>) data.get("asks"));
      assertThat(checksum()).as("checksum of the book after seq %s", data.get("seq"))
          .isEqualTo(((Number) data.get("checksum")).intValue());
      return ((Number) data.get("seq")).longValue();
    }

    private static void apply(TreeMap<BigDecimal, String[]> side, List<List<String>> levels) {
      for (List<String> level : levels) {
        BigDecimal price = new BigDecimal(level.get(0));
        if (new BigDecimal(level.get(1)).signum() == 0) {
          side.remove(price);
        } else {
          side.put(price, new String[] {level.get(0), level.get(1)});
        }
      }
    }

    int checksum() {
      List<String[]> b = new ArrayList<>(bids.values());
      List<String[]> a = new ArrayList<>(asks.values());
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < 25; i++) {
        if (i < b.size()) {
          sb.append(sb.length() == 0 ? "" : ":").append(b.get(i)[0]).append(':').append(b.get(i)[1]);
        }
        if (i < a.size()) {
          sb.append(sb.length() == 0 ? "" : ":").append(a.get(i)[0]).append(':').append(a.get(i)[1]);
        }
      }
      CRC32 crc = new CRC32();
      crc.update(sb.toString().getBytes(StandardCharsets.UTF_8));
      return (int) crc.getValue();
    }
  }
}
