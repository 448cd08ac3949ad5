package io.bitget4j.testkit;

import static io.bitget4j.testkit.TestSupport.assertSameShape;
import static io.bitget4j.testkit.TestSupport.assertSameShapeAsFixture;
import static io.bitget4j.testkit.TestSupport.call;
import static io.bitget4j.testkit.TestSupport.fixture;
import static io.bitget4j.testkit.TestSupport.object;
import static io.bitget4j.testkit.TestSupport.ok;
import static io.bitget4j.testkit.TestSupport.signedGet;
import static io.bitget4j.testkit.TestSupport.signedPost;
import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.Map;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A unified fake's V3 trading, account and position endpoints, over raw OkHttp with the test's
 * own signer: each answer against its sample's shape, order intent in hedge and one-way mode,
 * the V3 clientOid rule, per-item batch failures and cursor pages.
 */
@Timeout(60)
class FakeBitgetV3TradingTest {
  private static final Symbol BTC = Symbol.BTCUSDT_UMCBL;
  private static final String TRADE = "/api/v3/trade/";
  private static final String PLACE = TRADE + "place-order";
  private static final String CURRENT_POSITION = "/api/v3/position/current-position";

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
        .accountMode(AccountMode.UNIFIED)
        .clock(Clock.fixed(Instant.parse("2024-11-24T02:00:00Z"), ZoneOffset.UTC))
        .tickInterval(Duration.ZERO)
        .rateLimitsEnabled(false)
        .start();
    fake.setPrice(BTC, new BigDecimal("27000"));
  }

  @AfterEach
  void stopFake() {
    fake.close();
  }

  /** A JSON object of string values from name, value pairs. */
  private static String json(String... nameValues) {
    StringBuilder sb = new StringBuilder("{");
    for (int i = 0; i < nameValues.length; i += 2) {
      sb.append(i == 0 ? "" : ",").append('"').append(nameValues[i]).append("\":\"").append(nameValues[i + 1])
          .append('"');
    }
    return sb.append('}').toString();
  }

  /** A BTCUSDT order with {@code extra} name, value pairs. */
  private static String order(String side, String type, String qty, String... extra) {
    List<String> pairs = new ArrayList<>(List.of("category", "USDT-FUTURES", "symbol", "BTCUSDT", "qty", qty,
        "side", side, "orderType", type));
    pairs.addAll(List.of(extra));
    return json(pairs.toArray(new String[0]));
  }

  private TestSupport.Answer post(String path, String body) throws IOException {
    return call(client, signedPost(fake, path, body));
  }

  private TestSupport.Answer get(String path, String query) throws IOException {
    return call(client, signedGet(fake, path, query));
  }

  private Map<String, Object> place(String body) throws IOException {
    return ok(client, signedPost(fake, PLACE, body)).dataObject();
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> list(TestSupport.Answer answer) {
    return (List<Map<String, Object>>) answer.dataObject().get("list");
  }

  private List<Map<String, Object>> positions() throws IOException {
    return list(ok(client, signedGet(fake, CURRENT_POSITION, "category=USDT-FUTURES")));
  }

  private Map<String, Object> orderInfo(String query) throws IOException {
    return ok(client, signedGet(fake, TRADE + "order-info", query)).dataObject();
  }

  private static void assertError(TestSupport.Answer answer, String code, String msg) {
    assertThat(answer.status()).as(answer.body()).isEqualTo(400);
    assertThat(answer.code()).as(answer.body()).isEqualTo(code);
    assertThat(answer.json().get("msg")).isEqualTo(msg);
  }

  private void setHedgeMode() throws IOException {
    TestSupport.Answer answer = ok(client, signedPost(fake, "/api/v3/account/set-hold-mode",
        json("holdMode", "hedge_mode")));
    assertSameShapeAsFixture(answer, "v3/documented/rest-v3-set-hold-mode.json");
    assertThat(answer.data()).isEqualTo("success");
  }

  // ---- placing and intent -------------------------------------------------------------------

  @Test
  void marketOrderAnswersLikeTheSampleAndOpensAPositionShownByPositionsAndAssets() throws IOException {
    TestSupport.Answer placed = ok(client, signedPost(fake, PLACE, order("buy", "market", "0.1", "clientOid", "m-1")));

    assertSameShapeAsFixture(placed, "v3/rest-v3-place-order.json");
    assertThat(placed.dataObject()).containsEntry("clientOid", "m-1");
    TestSupport.Answer positions = ok(client, signedGet(fake, CURRENT_POSITION, "category=USDT-FUTURES"));
    assertSameShapeAsFixture(positions, "v3/rest-v3-current-position.json");
    assertThat(list(positions)).singleElement().satisfies(p -> assertThat(p)
        .containsEntry("symbol", "BTCUSDT").containsEntry("posSide", "long").containsEntry("holdMode", "one_way_mode")
        .containsEntry("total", "0.1").containsEntry("avgPrice", "27000").containsEntry("positionBalance", "270")
        .containsEntry("leverage", "10").containsEntry("openFeeTotal", "-1.62").containsEntry("closeFeeTotal", "0")
        .containsEntry("liquidationPrice", "24408"));
    TestSupport.Answer assets = ok(client, signedGet(fake, "/api/v3/account/assets", ""));
    assertSameShapeAsFixture(assets, "v3/rest-v3-account-assets.json");
    assertThat(assets.dataObject()).containsEntry("accountEquity", "9998.38");
    assertThat(fake.account().balance()).isEqualByComparingTo("9998.38");
  }

  @Test
  void oneWayModeOpensWithTheSideAndClosesWithReduceOnly() throws IOException {
    place(order("buy", "market", "0.1"));
    assertThat(positions()).singleElement().satisfies(p -> assertThat(p).containsEntry("posSide", "long"));

    place(order("sell", "market", "0.1", "reduceOnly", "yes"));
    assertThat(positions()).isEmpty();

    place(order("sell", "market", "0.2"));
    assertThat(positions()).singleElement().satisfies(p -> assertThat(p).containsEntry("posSide", "short")
        .containsEntry("total", "0.2"));

    place(order("buy", "market", "0.2", "reduceOnly", "YES"));
    assertThat(positions()).isEmpty();
    assertError(post(PLACE, order("buy", "market", "0.1", "reduceOnly", "yes")), "25227",
        "No position available to close");
  }

  @Test
  void hedgeModeClosesALongWithASellOnTheLongSide() throws IOException {
    setHedgeMode();

    place(order("buy", "market", "0.1", "posSide", "long"));
    place(order("sell", "market", "0.2", "posSide", "short"));
    assertThat(positions()).extracting(p -> p.get("posSide") + " " + p.get("total"))
        .containsExactlyInAnyOrder("long 0.1", "short 0.2");

    String closeLong = (String) place(order("sell", "market", "0.1", "posSide", "long", "clientOid", "cl-1"))
        .get("orderId");
    assertThat(positions()).extracting(p -> p.get("posSide")).containsExactly("short");
    assertThat(orderInfo("orderId=" + closeLong)).containsEntry("side", "sell").containsEntry("posSide", "long")
        .containsEntry("tradeSide", "close").containsEntry("holdMode", "hedge_mode");

    place(order("buy", "market", "0.2", "posSide", "short"));
    assertThat(positions()).isEmpty();
    assertError(post(PLACE, order("buy", "market", "0.1")), "40017",
        "Parameter verification failed: posSide cannot be empty");
  }

  @Test
  void hedgeModeClosingLimitOrderRestsUntilThePriceReachesIt() throws IOException {
    setHedgeMode();
    place(order("buy", "market", "0.1", "posSide", "long"));

    place(order("sell", "limit", "0.1", "price", "27500", "posSide", "long", "clientOid", "tp-1"));
    assertThat(orderInfo("clientOid=tp-1")).containsEntry("orderStatus", "live");
    assertThat(positions()).singleElement().satisfies(p -> assertThat(p).containsEntry("frozen", "0.1"));

    fake.setPrice(BTC, new BigDecimal("27500"));

    assertThat(orderInfo("clientOid=tp-1")).containsEntry("orderStatus", "filled").containsEntry("avgPrice", "27500");
    assertThat(positions()).isEmpty();
  }

  @Test
  void v2HoldSideAndTradeSideAreRefusedWith25236() throws IOException {
    assertError(post(PLACE, order("buy", "market", "0.1", "tradeSide", "open")), "25236",
        "Incorrect position open type");
    assertError(post(PLACE, order("buy", "market", "0.1", "holdSide", "long")), "25236",
        "Incorrect position open type");
    assertThat(fake.orders()).isEmpty();
  }

  @Test
  void theDocumentedRequestBodiesPlaceOrders() throws IOException {
    place(fixture("v3/rest-v3-place-order-request-market-stoploss.json"));
    setHedgeModeAfterFlattening();
    place(fixture("v3/rest-v3-place-order-request-limit-hedge.json"));

    List<FakeOrder> orders = fake.orders();
    assertThat(orders).hasSize(3).allSatisfy(o -> assertThat(o.status()).isEqualTo("filled"));
    Map<String, Object> first = orderInfo("orderId=" + orders.get(0).orderId());
    assertThat(first).containsEntry("stopLoss", "95000").containsEntry("slOrderType", "market")
        .containsEntry("takeProfit", "");
  }

  private void setHedgeModeAfterFlattening() throws IOException {
    ok(client, signedPost(fake, TRADE + "close-positions", fixture("v3/rest-v3-close-positions-request.json")));
    setHedgeMode();
  }

  @Test
  void insufficientBalanceIsV3s40762WithoutAData() throws IOException {
    TestSupport.Answer tooBig = post(PLACE, order("buy", "market", "50"));

    assertError(tooBig, "40762", "The order size is greater than the max open size");
    assertSameShapeAsFixture(tooBig, "v3/rest-v3-error-40762-no-data-key.json");
    assertThat(tooBig.json()).doesNotContainKey("data");
  }

  @Test
  void ordersBelowTheMinimumOrOffThePriceStepAreRefusedWithV3Codes() throws IOException {
    assertError(post(PLACE, order("buy", "limit", "0.001", "price", "1000")), "25611",
        "Order quantity must be greater than the minimum order amount");
    assertError(post(PLACE, order("buy", "limit", "0.01", "price", "26000.05")), "25244",
        "Price should be a multiple of 0.1");
    assertError(post(PLACE, order("buy", "market", "0.0001")), "25610",
        "Order amount does not meet precision requirements");
    assertError(post(PLACE, order("buy", "market", "0")), "40017", "Parameter verification failed: qty error");
  }

  // ---- clientOid ----------------------------------------------------------------------------

  @Test
  void clientOidIsAtMost32CharactersOfLettersDigitsUnderscoreColonAndHyphen() throws IOException {
    String longest = "Ab_9:-" + "x".repeat(26);
    String why = "Parameter verification failed: clientOid must be 1 to 32 characters of A-Z, a-z, 0-9, _, : and -";

    place(order("buy", "market", "0.01", "clientOid", longest));
    assertError(post(PLACE, order("buy", "market", "0.01", "clientOid", longest + "y")), "40017", why);
    assertError(post(PLACE, order("buy", "market", "0.01", "clientOid", "a/b")), "40017", why);
    assertError(post(PLACE, order("buy", "market", "0.01", "clientOid", "a.b")), "40017", why);
    assertThat(fake.orders()).extracting(FakeOrder::clientOid).containsExactly(longest);
  }

  @Test
  void duplicateClientOidIsRefusedOnlyWhileTheFirstOrderIsPending() throws IOException {
    String first = (String) place(order("buy", "limit", "0.01", "price", "26000", "clientOid", "c-1")).get("orderId");

    assertError(post(PLACE, order("buy", "limit", "0.01", "price", "25900", "clientOid", "c-1")), "25212",
        "Duplicate clientOid");

    ok(client, signedPost(fake, TRADE + "cancel-order", json("orderId", first)));
    String second = (String) place(order("buy", "limit", "0.01", "price", "26000", "clientOid", "c-1"))
        .get("orderId");
    assertThat(orderInfo("clientOid=c-1")).containsEntry("orderId", second).containsEntry("orderStatus", "live");

    fake.setPrice(BTC, new BigDecimal("25990"));
    assertThat(orderInfo("clientOid=c-1")).containsEntry("orderStatus", "filled");
    String third = (String) place(order("buy", "market", "0.01", "clientOid", "c-1")).get("orderId");

    assertThat(List.of(first, second, third)).doesNotHaveDuplicates();
    assertThat(fake.orders()).extracting(FakeOrder::clientOid).containsExactly("c-1", "c-1", "c-1");
    assertThat(orderInfo("clientOid=c-1")).containsEntry("orderId", third);
    assertThat(orderInfo("orderId=" + first)).containsEntry("orderStatus", "cancelled")
        .containsEntry("cancelReason", "normal_cancel");
  }

  // ---- queries ------------------------------------------------------------------------------

  @Test
  void orderAndFillRowsHaveEachEndpointsSampleShape() throws IOException {
    place(order("buy", "limit", "0.01", "price", "26000", "clientOid", "live-1"));
    place(order("buy", "market", "0.01", "clientOid", "mkt-1"));

    TestSupport.Answer info = ok(client, signedGet(fake, TRADE + "order-info", "clientOid=live-1"));
    TestSupport.Answer unfilled = ok(client, signedGet(fake, TRADE + "unfilled-orders", "category=USDT-FUTURES"));
    TestSupport.Answer history = ok(client, signedGet(fake, TRADE + "history-orders", "category=USDT-FUTURES"));
    TestSupport.Answer fills = ok(client, signedGet(fake, TRADE + "fills", "category=USDT-FUTURES"));

    assertSameShapeAsFixture(info, "v3/rest-v3-order-info-filled.json");
    assertSameShapeAsFixture(unfilled, "v3/rest-v3-unfilled-orders.json");
    assertSameShapeAsFixture(history, "v3/rest-v3-history-orders.json");
    assertSameShapeAsFixture(fills, "v3/rest-v3-fills.json");
    assertThat(info.dataObject()).containsEntry("orderStatus", "live").containsEntry("price", "26000")
        .containsEntry("qty", "0.01").containsEntry("reduceOnly", "NO").containsEntry("avgPrice", "0");
    assertThat(list(unfilled)).extracting(o -> o.get("clientOid")).containsExactly("live-1");
    assertThat(list(history)).singleElement().satisfies(o -> assertThat(o).containsEntry("clientOid", "mkt-1")
        .containsEntry("orderStatus", "filled").containsEntry("avgPrice", "27000")
        .containsEntry("cumExecValue", "270").containsEntry("execType", "normal"));
    assertThat(list(fills)).singleElement().satisfies(f -> {
      assertThat(f).containsEntry("execPrice", "27000").containsEntry("execQty", "0.01")
          .containsEntry("tradeScope", "taker").containsEntry("tradeSide", "open").containsEntry("side", "buy");
      assertThat(f.get("feeDetail")).isEqualTo(List.of(Map.of("feeCoin", "USDT", "fee", "0.162")));
    });
  }

  @Test
  void listsPageByCursorNewestFirstAtMost100Rows() throws IOException {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      ids.add((String) place(order("buy", "limit", "0.01", "price", Integer.toString(26000 - i))).get("orderId"));
    }
    List<String> seen = new ArrayList<>();
    String cursor = "";
    for (int page = 0; page < 4; page++) {
      TestSupport.Answer answer = ok(client, signedGet(fake, TRADE + "unfilled-orders",
          "limit=2" + (cursor.isEmpty() ? "" : "&cursor=" + cursor)));
      List<Map<String, Object>> rows = list(answer);
      rows.forEach(r -> seen.add((String) r.get("orderId")));
      cursor = (String) answer.dataObject().get("cursor");
      assertThat(cursor).isEqualTo(rows.isEmpty() ? "" : rows.get(rows.size() - 1).get("orderId"));
      assertThat(rows).hasSize(page < 2 ? 2 : page == 2 ? 1 : 0);
    }

    assertThat(seen).containsExactly(ids.get(4), ids.get(3), ids.get(2), ids.get(1), ids.get(0));
    assertError(get(TRADE + "unfilled-orders", "limit=101"), "40017",
        "Parameter verification failed: limit must be 1..100");
    assertError(get(TRADE + "history-orders", ""), "40017", "Parameter verification failed: category cannot be empty");
  }

  @Test
  void fillsAndPositionHistoryPageTheSameWay() throws IOException {
    for (int i = 0; i < 3; i++) {
      place(order("buy", "market", "0.01"));
      fake.setPrice(BTC, new BigDecimal(27100 + i));
      place(order("sell", "market", "0.01", "reduceOnly", "yes"));
    }

    TestSupport.Answer fills = ok(client, signedGet(fake, TRADE + "fills", "limit=4"));
    String cursor = (String) fills.dataObject().get("cursor");
    TestSupport.Answer rest = ok(client, signedGet(fake, TRADE + "fills", "limit=4&cursor=" + cursor));
    TestSupport.Answer history = ok(client, signedGet(fake, "/api/v3/position/history-position",
        "category=USDT-FUTURES&limit=2"));
    TestSupport.Answer older = ok(client, signedGet(fake, "/api/v3/position/history-position",
        "category=USDT-FUTURES&limit=2&cursor=" + history.dataObject().get("cursor")));

    assertThat(list(fills)).hasSize(4);
    assertThat(list(rest)).hasSize(2);
    assertSameShapeAsFixture(history, "v3/rest-v3-position-history.json");
    assertThat(list(history)).hasSize(2);
    assertThat(list(older)).singleElement().satisfies(p -> assertThat(p)
        .containsEntry("posSide", "long").containsEntry("holdMode", "one_way_mode")
        .containsEntry("openTotalPos", "0.01").containsEntry("closeTotalPos", "0.01")
        .containsEntry("cumRealisedPnl", "1").containsEntry("openFeeTotal", "-0.162")
        .containsEntry("closeFeeTotal", "-0.1626").containsEntry("netProfit", "0.6754"));
    assertThat(new BigDecimal((String) list(older).get(0).get("closePriceAvg"))).isEqualByComparingTo("27100");
  }

  // ---- batches ------------------------------------------------------------------------------

  @Test
  void placeBatchReportsEachFailureInItsPlaceInsideASuccessfulEnvelope() throws IOException {
    String body = "[" + order("buy", "limit", "0.01", "price", "26000", "clientOid", "b-1") + ","
        + order("buy", "limit", "0.01", "price", "26000", "clientOid", "b-1") + ","
        + order("buy", "market", "0.01", "clientOid", "b-3", "tradeSide", "open") + ","
        + order("buy", "market", "0.01", "clientOid", "b-4") + "]";

    TestSupport.Answer answer = ok(client, signedPost(fake, TRADE + "place-batch", body));

    List<Map<String, Object>> items = answer.dataList();
    assertThat(items).hasSize(4);
    Object successShape = object(fixture("v3/rest-v3-place-batch.json")).get("data");
    assertSameShape(List.of(items.get(0), items.get(3)), successShape, "successes");
    assertSameShape(List.of(items.get(0)), object(fixture("v3/rest-v3-place-batch-live-ccxt.json")).get("data"),
        "live success");
    Object failureShape = object(fixture("v3/rest-v3-close-positions.json")).get("data");
    assertSameShape(Map.of("list", List.of(items.get(1), items.get(2))), failureShape, "failures");
    assertThat(items.get(1)).containsEntry("clientOid", "b-1").containsEntry("orderId", "")
        .containsEntry("code", "25212").containsEntry("msg", "Duplicate clientOid");
    assertThat(items.get(2)).containsEntry("clientOid", "b-3").containsEntry("code", "25236");
    assertThat(fake.orders()).extracting(FakeOrder::clientOid).containsExactly("b-1", "b-4");
  }

  @Test
  void placeBatchTakesTheDocumentedArrayOfAtMost20Orders() throws IOException {
    setHedgeMode();
    TestSupport.Answer sample = ok(client, signedPost(fake, TRADE + "place-batch",
        fixture("v3/rest-v3-place-batch-request.json")));
    StringBuilder tooMany = new StringBuilder("[");
    for (int i = 0; i < 21; i++) {
      tooMany.append(i == 0 ? "" : ",").append(order("buy", "limit", "0.01", "price", "26000", "posSide", "long"));
    }

    assertSameShapeAsFixture(sample, "v3/rest-v3-place-batch.json");
    assertThat(sample.dataList()).hasSize(2).allSatisfy(i -> assertThat(i).doesNotContainKey("code"));
    assertError(post(TRADE + "place-batch", tooMany.append("]").toString()), "40017",
        "Parameter verification failed: body holds 21 orders; at most 20");
    assertError(post(TRADE + "place-batch", order("buy", "market", "0.01", "posSide", "long")), "40017",
        "Parameter verification failed: body must be a JSON array of 1 to 20 orders");
    assertThat(fake.orders()).hasSize(2);
  }

  @Test
  void cancelBatchCancelsWhatItCanAndReportsTheRest() throws IOException {
    String a = (String) place(order("buy", "limit", "0.01", "price", "26000", "clientOid", "x-1")).get("orderId");
    place(order("buy", "limit", "0.01", "price", "25900", "clientOid", "x-2"));
    String body = "[" + json("orderId", a, "category", "USDT-FUTURES", "symbol", "BTCUSDT") + ","
        + json("clientOid", "x-2", "category", "usdt-futures", "symbol", "BTCUSDT") + ","
        + json("clientOid", "nope", "category", "USDT-FUTURES", "symbol", "BTCUSDT") + "]";

    TestSupport.Answer answer = ok(client, signedPost(fake, TRADE + "cancel-batch", body));
    TestSupport.Answer spot = ok(client, signedPost(fake, TRADE + "cancel-batch",
        fixture("v3/rest-v3-cancel-batch-request.json")));

    List<Map<String, Object>> items = answer.dataList();
    assertSameShape(items.subList(0, 2), object(fixture("v3/documented/rest-v3-cancel-batch.json")).get("data"),
        "cancelled");
    assertThat(items.get(2)).containsEntry("clientOid", "nope").containsEntry("code", "25204")
        .containsEntry("msg", "Order does not exist");
    assertThat(fake.orders()).allSatisfy(o -> assertThat(o.status()).isEqualTo("canceled"));
    assertThat(spot.dataList()).hasSize(2).allSatisfy(i -> assertThat(i).containsEntry("code", "40017"));
  }

  @Test
  void cancelSymbolOrderAndClosePositionsListWhatTheyDidOrSayNotExisted() throws IOException {
    TestSupport.Answer nothingToCancel = ok(client, signedPost(fake, TRADE + "cancel-symbol-order",
        json("category", "USDT-FUTURES", "symbol", "BTCUSDT")));
    TestSupport.Answer nothingToClose = ok(client, signedPost(fake, TRADE + "close-positions",
        json("category", "USDT-FUTURES")));
    place(order("buy", "limit", "0.01", "price", "26000", "clientOid", "r-1"));
    place(order("buy", "market", "0.1"));
    TestSupport.Answer cancelled = ok(client, signedPost(fake, TRADE + "cancel-symbol-order",
        json("category", "USDT-FUTURES")));
    TestSupport.Answer closed = ok(client, signedPost(fake, TRADE + "close-positions",
        json("category", "USDT-FUTURES", "symbol", "BTCUSDT")));

    assertSameShapeAsFixture(nothingToCancel, "v3/documented/rest-v3-cancel-symbol-order.json");
    assertSameShapeAsFixture(nothingToClose, "v3/rest-v3-close-positions.json");
    assertThat(list(nothingToClose)).containsExactly(Map.of("orderId", "", "clientOid", "", "code", "24056",
        "msg", "notExisted"));
    assertThat(list(cancelled)).containsExactly(Map.of("orderId", fake.orders().get(0).orderId(), "clientOid", "r-1"));
    assertThat(list(closed)).singleElement().satisfies(i -> assertThat(i.keySet())
        .containsExactlyInAnyOrder("orderId", "clientOid"));
    assertThat(positions()).isEmpty();
  }

  @Test
  void closePositionsClosesOneSideInHedgeMode() throws IOException {
    setHedgeMode();
    place(order("buy", "market", "0.1", "posSide", "long"));
    place(order("sell", "market", "0.1", "posSide", "short"));

    ok(client, signedPost(fake, TRADE + "close-positions", fixture("v3/rest-v3-close-positions-request-posside.json")));

    assertThat(positions()).extracting(p -> p.get("posSide")).containsExactly("short");
  }

  // ---- modify and cancel --------------------------------------------------------------------

  @Test
  void modifyChangesQtyAndPriceInPlaceKeepingTheIds() throws IOException {
    String id = (String) place(order("buy", "limit", "0.01", "price", "26000", "clientOid", "m-1")).get("orderId");
    BigDecimal locked = fake.account().locked();

    TestSupport.Answer modified = ok(client, signedPost(fake, TRADE + "modify-order",
        json("orderId", id, "qty", "0.02", "price", "26100")));

    assertSameShapeAsFixture(modified, "v3/rest-v3-modify-order.json");
    assertThat(modified.dataObject()).containsEntry("orderId", id).containsEntry("clientOid", "m-1");
    assertThat(fake.orders()).singleElement().satisfies(o -> {
      assertThat(o.size()).isEqualByComparingTo("0.02");
      assertThat(o.price()).isEqualByComparingTo("26100");
      assertThat(o.status()).isEqualTo("live");
    });
    assertThat(fake.account().locked()).isGreaterThan(locked);

    ok(client, signedPost(fake, TRADE + "modify-order", json("clientOid", "m-1", "price", "27100")));
    assertThat(orderInfo("orderId=" + id)).containsEntry("orderStatus", "filled").containsEntry("avgPrice", "27000");
    assertError(post(TRADE + "modify-order", json("orderId", id, "price", "26000")), "25568",
        "The order does not meet the modification requirements.");
  }

  @Test
  void refusedModifyLeavesTheOrderUnlessAutoCancelSaysOtherwise() throws IOException {
    String id = (String) place(order("buy", "limit", "0.01", "price", "26000")).get("orderId");

    assertError(post(TRADE + "modify-order", json("orderId", id, "qty", "0.01", "price", "26000")), "25571",
        "The modification price and qty is the same as the original value. Please adjust and try again.");
    assertError(post(TRADE + "modify-order", json("orderId", id, "qty", "50")), "40762",
        "The order size is greater than the max open size");
    assertThat(fake.orders().get(0).status()).isEqualTo("live");

    assertError(post(TRADE + "modify-order", json("orderId", id, "qty", "50", "autoCancel", "yes")), "40762",
        "The order size is greater than the max open size");
    assertThat(orderInfo("orderId=" + id)).containsEntry("orderStatus", "cancelled")
        .containsEntry("cancelReason", "modify_limit_order");
    assertError(post(TRADE + "modify-order", fixture("v3/rest-v3-modify-order-request.json")), "25204",
        "Order does not exist");
  }

  @Test
  void cancelOrderTakesAnOrderIdOrAClientOid() throws IOException {
    place(order("buy", "limit", "0.01", "price", "26000", "clientOid", "123abc"));

    TestSupport.Answer cancelled = ok(client, signedPost(fake, TRADE + "cancel-order",
        fixture("v3/rest-v3-cancel-order-request-by-clientoid.json")));

    assertSameShapeAsFixture(cancelled, "v3/rest-v3-cancel-order.json");
    assertThat(cancelled.dataObject()).containsEntry("clientOid", "123abc");
    assertError(post(TRADE + "cancel-order", json("clientOid", "123abc")), "25204", "Order does not exist");
    assertError(post(TRADE + "cancel-order", json("orderId", "1")), "25204", "Order does not exist");
  }

  @Test
  void atMost400OrdersRestAtOnce() throws IOException {
    for (int batch = 0; batch < 20; batch++) {
      StringBuilder body = new StringBuilder("[");
      for (int i = 0; i < 20; i++) {
        body.append(i == 0 ? "" : ",").append(order("buy", "limit", "0.001", "price", "20000"));
      }
      List<Map<String, Object>> items = ok(client, signedPost(fake, TRADE + "place-batch", body + "]")).dataList();
      assertThat(items).allSatisfy(item -> assertThat(item).doesNotContainKey("code"));
    }

    assertError(post(PLACE, order("buy", "limit", "0.001", "price", "20000")), "25211",
        "Exceeds the limit of 400 maximum orders");
    place(order("buy", "market", "0.001"));
    assertThat(fake.orders()).hasSize(401);
  }

  // ---- account settings ---------------------------------------------------------------------

  @Test
  void setLeverageSetsTheSymbolsLeverageAndWithMarginModeItsMarginMode() throws IOException {
    TestSupport.Answer answer = ok(client, signedPost(fake, "/api/v3/account/set-leverage",
        fixture("v3/rest-v3-set-leverage-request-ccxt.json")));
    assertSameShapeAsFixture(answer, "v3/rest-v3-set-leverage.json");
    assertThat(answer.data()).isEqualTo("success");
    place(order("buy", "market", "0.1"));
    assertThat(positions()).singleElement().satisfies(p -> assertThat(p).containsEntry("leverage", "20")
        .containsEntry("marginMode", "isolated").containsEntry("positionBalance", "135"));

    assertError(post("/api/v3/account/set-leverage", json("category", "USDT-FUTURES", "symbol", "BTCUSDT",
        "leverage", "5", "marginMode", "crossed")), "25107", "There is currently a position, please close the position");
    assertError(post("/api/v3/account/set-leverage", json("category", "USDT-FUTURES", "symbol", "BTCUSDT",
        "leverage", "126")), "25223", "Exceeds Max. leverage");

    ok(client, signedPost(fake, TRADE + "close-positions", json("category", "USDT-FUTURES")));
    ok(client, signedPost(fake, "/api/v3/account/set-leverage", json("category", "USDT-FUTURES",
        "symbol", "BTCUSDT", "leverage", "5", "marginMode", "crossed")));
    @SuppressWarnings("unchecked")
    Map<String, Object> btc = ((List<Map<String, Object>>) ok(client, signedGet(fake, "/api/v3/account/settings", ""))
        .dataObject().get("symbolConfigList")).get(0);
    assertThat(btc).containsEntry("marginMode", "crossed").containsEntry("leverage", "5");
    place(order("buy", "market", "0.1"));
    assertThat(positions()).singleElement().satisfies(p -> assertThat(p).containsEntry("marginMode", "crossed")
        .containsEntry("leverage", "5"));
  }

  @Test
  void setMarginAddsAndTakesBackIsolatedMarginMovingTheLiquidationPrice() throws IOException {
    place(order("buy", "market", "0.1"));
    String margin = "/api/v3/account/set-margin";

    TestSupport.Answer added = ok(client, signedPost(fake, margin, json("category", "USDT-FUTURES",
        "symbol", "BTCUSDT", "posSide", "long", "operation", "add", "amount", "100")));

    assertSameShapeAsFixture(added, "v3/rest-v3-set-leverage.json");
    Map<String, Object> position = positions().get(0);
    assertThat(position).containsEntry("positionBalance", "370");
    assertThat(new BigDecimal((String) position.get("liquidationPrice"))).isLessThan(new BigDecimal("24408"));
    assertError(post(margin, json("category", "USDT-FUTURES", "symbol", "BTCUSDT", "posSide", "long",
        "operation", "remove", "amount", "150")), "25242", "The maximum reducible amount is 100USDT.");
    assertError(post(margin, json("category", "USDT-FUTURES", "symbol", "BTCUSDT", "posSide", "short",
        "operation", "add", "amount", "1")), "40017",
        "Parameter verification failed: posSide names no open position: there is no short position in BTCUSDT");

    ok(client, signedPost(fake, margin, json("category", "USDT-FUTURES", "symbol", "BTCUSDT", "posSide", "long",
        "operation", "remove", "amount", "100")));
    assertThat(positions().get(0)).containsEntry("positionBalance", "270").containsEntry("liquidationPrice", "24408");
  }

  @Test
  void holdModeCannotChangeWhileAPositionIsOpen() throws IOException {
    place(order("buy", "market", "0.1"));

    assertError(post("/api/v3/account/set-hold-mode", json("holdMode", "hedge_mode")), "25107",
        "There is currently a position, please close the position");
    assertThat(fake.account().posMode()).isEqualTo("one_way_mode");
  }
}
