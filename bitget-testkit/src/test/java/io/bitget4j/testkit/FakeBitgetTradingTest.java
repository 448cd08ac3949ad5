package io.bitget4j.testkit;

import static io.bitget4j.testkit.TestSupport.call;
import static io.bitget4j.testkit.TestSupport.firstDataItemOfFixture;
import static io.bitget4j.testkit.TestSupport.ok;
import static io.bitget4j.testkit.TestSupport.signedGet;
import static io.bitget4j.testkit.TestSupport.signedPost;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.bitget4j.core.Symbol;
import io.bitget4j.core.model.HoldSide;
import io.bitget4j.core.model.MarginMode;
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

@Timeout(30)
class FakeBitgetTradingTest {
  private static final String PLACE = "/api/v2/mix/order/place-order";
  private static final Symbol BTC = Symbol.BTCUSDT_UMCBL;

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

  private static String order(String side, String type, String size, String price, String clientOid) {
    return "{\"symbol\":\"BTCUSDT\",\"productType\":\"USDT-FUTURES\",\"marginMode\":\"isolated\","
        + "\"marginCoin\":\"USDT\",\"size\":\"" + size + "\"" + (price == null ? "" : ",\"price\":\"" + price + "\"")
        + ",\"side\":\"" + side + "\",\"orderType\":\"" + type + "\",\"force\":\"gtc\""
        + (clientOid == null ? "" : ",\"clientOid\":\"" + clientOid + "\"") + "}";
  }

  @Test
  void marketOrderOpensAPositionAtTheCurrentPrice() throws IOException {
    TestSupport.Answer placed = ok(client, signedPost(fake, PLACE, order("buy", "market", "0.1", null, "m-1")));

    assertThat(placed.dataObject()).containsEntry("clientOid", "m-1").containsKey("orderId");
    assertThat(fake.positions()).singleElement().satisfies(p -> {
      assertThat(p.symbol()).isEqualTo(BTC);
      assertThat(p.holdSide()).isEqualTo(HoldSide.LONG);
      assertThat(p.size()).isEqualByComparingTo("0.1");
      assertThat(p.entryPrice()).isEqualByComparingTo("27000");
      assertThat(p.margin()).isEqualByComparingTo("270");
      assertThat(p.liquidationPrice()).isEqualByComparingTo("24408.0");
      assertThat(p.marginMode()).isEqualTo(MarginMode.ISOLATED);
      // plain notation: 27000 and 270, never 2.7E+4 or 2.7E+2
      assertThat(List.of(p.size(), p.entryPrice(), p.margin(), p.liquidationPrice()))
          .extracting(BigDecimal::toString).containsExactly("0.1", "27000", "270", "24408");
    });
    assertThat(fake.account().balance()).isEqualByComparingTo("9998.38");
    assertThat(fake.account().positionMargin().toString()).isEqualTo("270");
    assertThat(fake.orders()).singleElement().satisfies(o -> {
      assertThat(o.size().toString()).isEqualTo("0.1");
      assertThat(o.priceAvg().toString()).isEqualTo("27000");
    });

    List<Map<String, Object>> positions = ok(client,
        signedGet(fake, "/api/v2/mix/position/all-position", "productType=USDT-FUTURES")).dataList();
    assertThat(positions).singleElement().satisfies(p -> {
      assertThat(p.keySet()).containsExactlyElementsOf(firstDataItemOfFixture("rest-all-position.json").keySet());
      assertThat(p).containsEntry("total", "0.1").containsEntry("holdSide", "long").containsEntry("marginSize", "270");
      assertThat(new BigDecimal((String) p.get("openPriceAvg"))).isEqualByComparingTo("27000");
    });
  }

  @Test
  void unrealisedPnlAndEquityMoveWithThePrice() throws IOException {
    ok(client, signedPost(fake, PLACE, order("buy", "market", "0.1", null, null)));

    fake.setPrice(BTC, new BigDecimal("27500"));

    assertThat(fake.positions().get(0).unrealizedPnl()).isEqualByComparingTo("50");
    assertThat(fake.account().equity()).isEqualByComparingTo("10048.38");
    Map<String, Object> position = ok(client, signedGet(fake, "/api/v2/mix/position/single-position",
        "symbol=BTCUSDT&productType=USDT-FUTURES&marginCoin=USDT")).dataList().get(0);
    assertThat(position).containsEntry("unrealizedPL", "50").containsEntry("markPrice", "27500");

    fake.setPrice(BTC, new BigDecimal("26900"));
    assertThat(fake.positions().get(0).unrealizedPnl()).isEqualByComparingTo("-10");
    assertThat(fake.account().available()).isEqualByComparingTo(new BigDecimal("9998.38").subtract(new BigDecimal("10"))
        .subtract(new BigDecimal("270")));
  }

  @Test
  void limitOrderRestsThenFillsWhenThePriceCrossesIt() throws IOException {
    ok(client, signedPost(fake, PLACE, order("buy", "limit", "0.1", "26900", "l-1")));

    assertThat(fake.orders()).singleElement().satisfies(o -> assertThat(o.status()).isEqualTo("live"));
    assertThat(fake.positions()).isEmpty();
    Map<String, Object> pending = ok(client, signedGet(fake, "/api/v2/mix/order/orders-pending",
        "productType=USDT-FUTURES")).dataObject();
    assertThat((List<?>) pending.get("entrustedList")).hasSize(1);
    assertThat(fake.account().locked()).isPositive();

    fake.setPrice(BTC, new BigDecimal("26950"));
    assertThat(fake.orders().get(0).status()).isEqualTo("live");

    fake.setPrice(BTC, new BigDecimal("26890"));

    assertThat(fake.orders().get(0).status()).isEqualTo("filled");
    assertThat(fake.positions()).singleElement()
        .satisfies(p -> assertThat(p.entryPrice()).isEqualByComparingTo("26900"));
    assertThat(fake.account().locked()).isZero();
    Map<String, Object> detail = ok(client, signedGet(fake, "/api/v2/mix/order/detail",
        "symbol=BTCUSDT&productType=USDT-FUTURES&clientOid=l-1")).dataObject();
    assertThat(detail).containsEntry("state", "filled").containsEntry("priceAvg", "26900")
        .containsEntry("baseVolume", "0.1");
    Map<String, Object> fills = ok(client, signedGet(fake, "/api/v2/mix/order/fills",
        "productType=USDT-FUTURES")).dataObject();
    assertThat((List<?>) fills.get("fillList")).hasSize(1);
  }

  @Test
  void refusesADuplicateClientOidWith40786() throws IOException {
    ok(client, signedPost(fake, PLACE, order("buy", "limit", "0.01", "26000", "dup-1")));

    TestSupport.Answer again = call(client, signedPost(fake, PLACE, order("buy", "limit", "0.01", "26000", "dup-1")));

    assertThat(again.status()).isEqualTo(400);
    assertThat(again.code()).isEqualTo("40786");
    assertThat(again.json().get("msg")).isEqualTo("Duplicate clientOid");
    assertThat(fake.orders()).hasSize(1);
  }

  @Test
  void rejectsOrdersBeyondTheBalanceOrBelowTheMinimum() throws IOException {
    TestSupport.Answer tooBig = call(client, signedPost(fake, PLACE, order("buy", "market", "50", null, null)));
    TestSupport.Answer tooSmall = call(client, signedPost(fake, PLACE, order("buy", "limit", "0.001", "1000", null)));
    TestSupport.Answer badScale = call(client, signedPost(fake, PLACE, order("buy", "market", "0.0001", null, null)));

    assertThat(tooBig.code()).isEqualTo("40762");
    assertThat(tooSmall.code()).isEqualTo("45110");
    assertThat(badScale.code()).isEqualTo("40808");
    assertThat(fake.orders()).isEmpty();
  }

  @Test
  void cancelsRestingOrdersAndAnswers40109ForUnknownOnes() throws IOException {
    String orderId = (String) ok(client, signedPost(fake, PLACE, order("sell", "limit", "0.01", "28000", null)))
        .dataObject().get("orderId");
    String cancelBody = "{\"symbol\":\"BTCUSDT\",\"productType\":\"USDT-FUTURES\",\"orderId\":\"" + orderId + "\"}";

    ok(client, signedPost(fake, "/api/v2/mix/order/cancel-order", cancelBody));
    TestSupport.Answer unknown = call(client, signedPost(fake, "/api/v2/mix/order/cancel-order",
        "{\"symbol\":\"BTCUSDT\",\"productType\":\"USDT-FUTURES\",\"orderId\":\"1\"}"));

    assertThat(fake.orders().get(0).status()).isEqualTo("canceled");
    assertThat(unknown.code()).isEqualTo("40109");
    Map<String, Object> history = ok(client, signedGet(fake, "/api/v2/mix/order/orders-history",
        "productType=USDT-FUTURES")).dataObject();
    assertThat((List<?>) history.get("entrustedList")).hasSize(1);
  }

  @Test
  void reduceOnlyAndClosePositionsRealiseThePnl() throws IOException {
    ok(client, signedPost(fake, PLACE, order("buy", "market", "0.2", null, null)));
    fake.setPrice(BTC, new BigDecimal("27100"));
    String reduce = order("sell", "market", "0.1", null, null).replace("}", ",\"reduceOnly\":\"YES\"}");

    ok(client, signedPost(fake, PLACE, reduce));
    assertThat(fake.positions().get(0).size()).isEqualByComparingTo("0.1");
    assertThat(fake.positions().get(0).achievedProfits()).isEqualByComparingTo("10");

    ok(client, signedPost(fake, "/api/v2/mix/order/close-positions",
        "{\"symbol\":\"BTCUSDT\",\"productType\":\"USDT-FUTURES\"}"));
    assertThat(fake.positions()).isEmpty();
    BigDecimal fees = new BigDecimal("3.24").add(new BigDecimal("1.626")).add(new BigDecimal("1.626"));
    assertThat(fake.account().balance()).isEqualByComparingTo(new BigDecimal("10020").subtract(fees));
  }

  @Test
  void hedgeModeClosesWithTradeSideClose() throws IOException {
    ok(client, signedPost(fake, "/api/v2/mix/account/set-position-mode",
        "{\"productType\":\"USDT-FUTURES\",\"posMode\":\"hedge_mode\"}"));
    String open = order("sell", "market", "0.1", null, null).replace("}", ",\"tradeSide\":\"open\"}");
    ok(client, signedPost(fake, PLACE, open));
    assertThat(fake.positions()).singleElement().satisfies(p -> assertThat(p.holdSide()).isEqualTo(HoldSide.SHORT));

    String close = order("sell", "market", "0.1", null, null).replace("}", ",\"tradeSide\":\"close\"}");
    ok(client, signedPost(fake, PLACE, close));

    assertThat(fake.positions()).isEmpty();
  }

  @Test
  void hedgeModeClosingLimitOrderRestsUntilThePriceReachesIt() throws IOException {
    ok(client, signedPost(fake, "/api/v2/mix/account/set-position-mode",
        "{\"productType\":\"USDT-FUTURES\",\"posMode\":\"hedge_mode\"}"));
    ok(client, signedPost(fake, PLACE, order("buy", "market", "0.1", null, null).replace("}", ",\"tradeSide\":\"open\"}")));
    // V2 closes a long with side=buy, tradeSide=close: a sell at 27500, which must wait for the price.
    String takeProfit = order("buy", "limit", "0.1", "27500", "tp-1").replace("}", ",\"tradeSide\":\"close\"}");

    ok(client, signedPost(fake, PLACE, takeProfit));
    assertThat(fake.orders().get(1).status()).isEqualTo("live");
    assertThat(fake.orders().get(1).side()).isEqualTo("buy");
    assertThat(fake.positions()).hasSize(1);

    fake.setPrice(BTC, new BigDecimal("27500"));

    assertThat(fake.orders().get(1).status()).isEqualTo("filled");
    assertThat(fake.orders().get(1).priceAvg()).isEqualByComparingTo("27500");
    assertThat(fake.positions()).isEmpty();
  }

  @Test
  void leverageChangesTheMarginOfNewPositions() throws IOException {
    Map<String, Object> answer = ok(client, signedPost(fake, "/api/v2/mix/account/set-leverage",
        "{\"symbol\":\"BTCUSDT\",\"productType\":\"USDT-FUTURES\",\"marginCoin\":\"USDT\",\"leverage\":\"20\"}"))
        .dataObject();
    assertThat(answer).containsEntry("longLeverage", "20").containsEntry("shortLeverage", "20");

    ok(client, signedPost(fake, PLACE, order("buy", "market", "0.1", null, null)));

    assertThat(fake.positions().get(0).leverage()).isEqualTo(20);
    assertThat(fake.positions().get(0).margin()).isEqualByComparingTo("135");
  }

  @Test
  void lostOrderResponseStillPlacesTheOrder() throws IOException {
    fake.faults().loseNextOrderResponse();

    assertThatThrownBy(() -> call(client, signedPost(fake, PLACE, order("buy", "market", "0.01", null, "lost-1"))))
        .isInstanceOf(IOException.class);

    assertThat(fake.orders()).singleElement().satisfies(o -> {
      assertThat(o.clientOid()).isEqualTo("lost-1");
      assertThat(o.status()).isEqualTo("filled");
    });
    Map<String, Object> detail = ok(client, signedGet(fake, "/api/v2/mix/order/detail",
        "symbol=BTCUSDT&productType=USDT-FUTURES&clientOid=lost-1")).dataObject();
    assertThat(detail).containsEntry("clientOid", "lost-1");
    assertThat(call(client, signedPost(fake, PLACE, order("buy", "market", "0.01", null, "lost-1"))).code())
        .isEqualTo("40786");
  }

  @Test
  void batchPlaceReportsFailuresPerOrder() throws IOException {
    String body = "{\"symbol\":\"BTCUSDT\",\"productType\":\"USDT-FUTURES\",\"marginMode\":\"isolated\","
        + "\"marginCoin\":\"USDT\",\"orderList\":["
        + "{\"size\":\"0.01\",\"price\":\"26000\",\"side\":\"buy\",\"orderType\":\"limit\",\"clientOid\":\"b-1\"},"
        + "{\"size\":\"0.01\",\"price\":\"26000\",\"side\":\"buy\",\"orderType\":\"limit\",\"clientOid\":\"b-1\"}]}";

    Map<String, Object> data = ok(client, signedPost(fake, "/api/v2/mix/order/batch-place-order", body)).dataObject();

    assertThat((List<?>) data.get("successList")).hasSize(1);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> failures = (List<Map<String, Object>>) data.get("failureList");
    assertThat(failures).singleElement().satisfies(f -> {
      assertThat(f).containsEntry("clientOid", "b-1").containsEntry("errorCode", "40786");
    });
  }

  @Test
  void liquidatesAPositionWhenTheMarkReachesItsLiquidationPrice() throws IOException {
    ok(client, signedPost(fake, PLACE, order("buy", "market", "0.1", null, null)));
    BigDecimal liquidation = fake.positions().get(0).liquidationPrice();

    fake.setPrice(BTC, liquidation.add(BigDecimal.ONE));
    assertThat(fake.positions()).hasSize(1);
    fake.setPrice(BTC, liquidation);

    assertThat(fake.positions()).isEmpty();
    assertThat(fake.account().balance()).isLessThan(new BigDecimal("9740"));
  }

  @Test
  void modifyReplacesTheOrderUnderItsNewClientOid() throws IOException {
    String orderId = (String) ok(client, signedPost(fake, PLACE, order("buy", "limit", "0.01", "26000", "mod-1")))
        .dataObject().get("orderId");

    Map<String, Object> answer = ok(client, signedPost(fake, "/api/v2/mix/order/modify-order",
        "{\"symbol\":\"BTCUSDT\",\"productType\":\"USDT-FUTURES\",\"orderId\":\"" + orderId + "\","
            + "\"newClientOid\":\"mod-2\",\"newSize\":\"0.02\",\"newPrice\":\"26100\"}")).dataObject();

    assertThat(answer).containsEntry("orderId", orderId).containsEntry("clientOid", "mod-2");
    assertThat(fake.orders()).extracting(FakeOrder::clientOid, FakeOrder::status)
        .containsExactly(tuple("mod-1", "canceled"),
            tuple("mod-2", "live"));
    assertThat(fake.orders().get(1).price()).isEqualByComparingTo("26100");
  }

  private static final String MODIFY = "/api/v2/mix/order/modify-order";
  private static final String ACCOUNT_QUERY = "symbol=BTCUSDT&productType=USDT-FUTURES&marginCoin=USDT";

  private static String modify(String orderId, String newClientOid, String newSize, String newPrice) {
    return "{\"symbol\":\"BTCUSDT\",\"productType\":\"USDT-FUTURES\",\"orderId\":\"" + orderId + "\","
        + "\"newClientOid\":\"" + newClientOid + "\",\"newSize\":\"" + newSize + "\",\"newPrice\":\""
        + newPrice + "\"}";
  }

  private String marginMode() throws IOException {
    return (String) ok(client, signedGet(fake, "/api/v2/mix/account/account", ACCOUNT_QUERY)).dataObject()
        .get("marginMode");
  }

  @Test
  void rejectedOrderLeavesTheMarginModeUnchanged() throws IOException {
    String tooSmall = order("buy", "limit", "0.001", "1000", null).replace("isolated", "crossed");
    String tooBig = order("buy", "market", "50", null, null).replace("isolated", "crossed");

    assertThat(call(client, signedPost(fake, PLACE, tooSmall)).code()).isEqualTo("45110");
    assertThat(marginMode()).isEqualTo("isolated");
    assertThat(call(client, signedPost(fake, PLACE, tooBig)).code()).isEqualTo("40762");
    assertThat(marginMode()).isEqualTo("isolated");

    ok(client, signedPost(fake, PLACE, order("buy", "market", "0.1", null, null).replace("isolated", "crossed")));
    assertThat(marginMode()).isEqualTo("crossed");
    assertThat(fake.positions()).singleElement().satisfies(p -> assertThat(p.marginMode()).isEqualTo(MarginMode.CROSSED));
  }

  @Test
  void refusedModifyLeavesTheOriginalOrderLive() throws IOException {
    String orderId = (String) ok(client, signedPost(fake, PLACE, order("buy", "limit", "0.01", "26000", "mod-1")))
        .dataObject().get("orderId");
    BigDecimal locked = fake.account().locked();

    TestSupport.Answer tooSmall = call(client, signedPost(fake, MODIFY, modify(orderId, "mod-2", "0.001", "1000")));
    TestSupport.Answer tooBig = call(client, signedPost(fake, MODIFY, modify(orderId, "mod-3", "50", "26000")));

    assertThat(tooSmall.code()).isEqualTo("45110");
    assertThat(tooBig.code()).isEqualTo("40762");
    assertThat(fake.orders()).singleElement().satisfies(o -> {
      assertThat(o.clientOid()).isEqualTo("mod-1");
      assertThat(o.status()).isEqualTo("live");
    });
    assertThat(fake.account().locked()).isEqualByComparingTo(locked);
    Map<String, Object> pending = ok(client, signedGet(fake, "/api/v2/mix/order/orders-pending",
        "productType=USDT-FUTURES")).dataObject();
    assertThat((List<?>) pending.get("entrustedList")).hasSize(1);
  }

  @Test
  void modifyMayReuseTheMarginAndPositionTheOriginalReserved() throws IOException {
    // 3.5 at 26000, 10x: 9100 margin + 54.6 fee of 10000; 3.6 needs 9416.16, which fits only
    // once the original's reservation counts as free.
    String big = (String) ok(client, signedPost(fake, PLACE, order("buy", "limit", "3.5", "26000", "big-1")))
        .dataObject().get("orderId");

    ok(client, signedPost(fake, MODIFY, modify(big, "big-2", "3.6", "26000")));

    assertThat(fake.account().locked()).isEqualByComparingTo("9416.16");
    ok(client, signedPost(fake, "/api/v2/mix/order/cancel-order",
        "{\"symbol\":\"BTCUSDT\",\"productType\":\"USDT-FUTURES\",\"clientOid\":\"big-2\"}"));
    ok(client, signedPost(fake, PLACE, order("buy", "market", "0.2", null, null)));
    String reduce = order("sell", "limit", "0.2", "28000", "r-1").replace("}", ",\"reduceOnly\":\"YES\"}");
    String reduceId = (String) ok(client, signedPost(fake, PLACE, reduce)).dataObject().get("orderId");

    ok(client, signedPost(fake, MODIFY, modify(reduceId, "r-2", "0.2", "28100")));

    assertThat(fake.orders()).filteredOn(o -> o.status().equals("live")).singleElement()
        .satisfies(o -> assertThat(o.clientOid()).isEqualTo("r-2"));
  }

  @Test
  void setPositionOpensThePositionAFillAtThatPriceWould() throws IOException {
    ok(client, signedPost(fake, PLACE, order("buy", "market", "0.1", null, null)));
    FakePosition filled = fake.positions().get(0);
    try (FakeBitget other = FakeBitget.builder()
        .clock(Clock.fixed(Instant.parse("2024-11-24T02:00:00Z"), ZoneOffset.UTC))
        .tickInterval(Duration.ZERO)
        .start()) {
      other.setPrice(BTC, new BigDecimal("27000"));

      other.setPosition(BTC, new BigDecimal("0.1"), new BigDecimal("27000"), 10);

      assertThat(other.positions()).containsExactly(filled);
      assertThat(other.account().balance()).isEqualByComparingTo("10000");
      assertThat(other.account().available()).isEqualByComparingTo("9730");
      other.setPrice(BTC, new BigDecimal("27500"));
      assertThat(other.positions().get(0).unrealizedPnl()).isEqualByComparingTo("50");
      assertThat(other.account().equity()).isEqualByComparingTo("10050");
      other.setPrice(BTC, filled.liquidationPrice());
      assertThat(other.positions()).isEmpty();
    }
  }

  @Test
  void setPositionReplacesTheSymbolsPositionAndTheEngineTradesAgainstIt() throws IOException {
    fake.setPosition(BTC, new BigDecimal("0.2"), new BigDecimal("26000"), 10);

    fake.setPosition(BTC, new BigDecimal("-0.3"), new BigDecimal("28000"), 5);

    assertThat(fake.positions()).singleElement().satisfies(p -> {
      assertThat(p.holdSide()).isEqualTo(HoldSide.SHORT);
      assertThat(p.size()).isEqualByComparingTo("0.3");
      assertThat(p.leverage()).isEqualTo(5);
      assertThat(p.margin()).isEqualByComparingTo("1680");
      assertThat(p.unrealizedPnl()).isEqualByComparingTo("300");
    });
    Map<String, Object> position = ok(client, signedGet(fake, "/api/v2/mix/position/single-position",
        ACCOUNT_QUERY)).dataList().get(0);
    assertThat(position).containsEntry("total", "0.3").containsEntry("holdSide", "short")
        .containsEntry("marginSize", "1680");
    String reduce = order("buy", "market", "0.1", null, null).replace("}", ",\"reduceOnly\":\"YES\"}");
    ok(client, signedPost(fake, PLACE, reduce));
    assertThat(fake.positions().get(0).achievedProfits()).isEqualByComparingTo("100");

    fake.clearPositions(BTC);

    assertThat(fake.positions()).isEmpty();
    assertThat(ok(client, signedGet(fake, "/api/v2/mix/position/all-position", "productType=USDT-FUTURES"))
        .dataList()).isEmpty();
  }

  @Test
  void setPositionKeepsBothSidesInHedgeModeAndClearPositionsRemovesAll() throws IOException {
    ok(client, signedPost(fake, "/api/v2/mix/account/set-position-mode",
        "{\"productType\":\"USDT-FUTURES\",\"posMode\":\"hedge_mode\"}"));

    fake.setPosition(BTC, new BigDecimal("0.1"), new BigDecimal("27000"), 10);
    fake.setPosition(BTC, new BigDecimal("-0.2"), new BigDecimal("27000"), 20);
    fake.setPosition(Symbol.ETHUSDT_UMCBL, new BigDecimal("1"), new BigDecimal("1800"), 10);

    assertThat(fake.positions()).extracting(FakePosition::symbol, FakePosition::holdSide, FakePosition::leverage)
        .containsExactlyInAnyOrder(tuple(BTC, HoldSide.LONG, 10), tuple(BTC, HoldSide.SHORT, 20),
            tuple(Symbol.ETHUSDT_UMCBL, HoldSide.LONG, 10));

    fake.clearPositions();

    assertThat(fake.positions()).isEmpty();
    assertThat(fake.account().balance()).isEqualByComparingTo("10000");
  }

  @Test
  void setPositionRejectsImpossiblePositions() {
    BigDecimal entry = new BigDecimal("27000");

    assertThatThrownBy(() -> fake.setPosition(BTC, BigDecimal.ZERO, entry, 10))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("signedSize is zero");
    assertThatThrownBy(() -> fake.setPosition(BTC, new BigDecimal("0.0001"), entry, 10))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("finer");
    assertThatThrownBy(() -> fake.setPosition(BTC, BigDecimal.ONE, BigDecimal.ZERO, 10))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("entryPrice");
    assertThatThrownBy(() -> fake.setPosition(BTC, BigDecimal.ONE, entry, 126))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("leverage");
    assertThatThrownBy(() -> fake.setPosition(Symbol.parse("SOLUSDT_UMCBL"), BigDecimal.ONE, entry, 10))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not simulate");
    assertThat(fake.positions()).isEmpty();
  }

  @Test
  void initialPositionIsOpenFromTheStart() {
    try (FakeBitget withPosition = FakeBitget.builder()
        .tickInterval(Duration.ZERO)
        .initialPosition(BTC, new BigDecimal("-0.5"), new BigDecimal("27000"), 5)
        .start()) {
      assertThat(withPosition.positions()).singleElement().satisfies(p -> {
        assertThat(p.holdSide()).isEqualTo(HoldSide.SHORT);
        assertThat(p.size()).isEqualByComparingTo("0.5");
        assertThat(p.leverage()).isEqualTo(5);
      });
    }
  }

  @Test
  void sameSeedReplaysTheSameMarket() {
    List<BigDecimal> first = walk(7);
    List<BigDecimal> second = walk(7);
    List<BigDecimal> other = walk(8);

    assertThat(first).isEqualTo(second);
    assertThat(first).isNotEqualTo(other);
  }

  private static List<BigDecimal> walk(long seed) {
    try (FakeBitget f = FakeBitget.builder().seed(seed).tickInterval(Duration.ZERO)
        .clock(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC)).start()) {
      List<BigDecimal> prices = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        f.tickMarket();
        prices.add(f.price(BTC));
      }
      return prices;
    }
  }
}
