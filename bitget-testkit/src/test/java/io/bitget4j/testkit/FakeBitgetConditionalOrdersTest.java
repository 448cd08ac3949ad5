package io.bitget4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.bitget4j.core.AccountMode;
import io.bitget4j.core.Symbol;
import io.bitget4j.core.model.ConditionalOrderKind;
import io.bitget4j.core.model.ConditionalOrderStatus;
import io.bitget4j.testkit.TestSupport.Answer;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The fake's conditional-order endpoints over raw signed HTTP: answers shaped like Bitget's samples,
 * and the refusals with Bitget's codes on each API (V2 plan orders, V3 strategy orders).
 */
@Timeout(60)
class FakeBitgetConditionalOrdersTest {
  private static final Symbol BTC = Symbol.BTCUSDT_UMCBL;
  private static final String V2 = "/api/v2/mix/order/";
  private static final String V3 = "/api/v3/trade/";
  private static final String V2_SYMBOL = "\"symbol\":\"BTCUSDT\",\"productType\":\"USDT-FUTURES\",\"marginCoin\":\"USDT\"";
  private static final String V3_SYMBOL = "\"category\":\"USDT-FUTURES\",\"symbol\":\"BTCUSDT\"";

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

  @AfterEach
  void stopFake() {
    fake.close();
  }

  private void start(AccountMode mode) {
    fake = FakeBitget.builder().accountMode(mode).tickInterval(Duration.ZERO).start();
    fake.setPrice(BTC, new BigDecimal("27000"));
  }

  private Answer post(String path, String body) throws Exception {
    return TestSupport.call(client, TestSupport.signedPost(fake, path, body));
  }

  private Answer get(String path, String query) throws Exception {
    return TestSupport.call(client, TestSupport.signedGet(fake, path, query));
  }

  /** Every field of the sample's first row is in the answer's, with a value of the same JSON type. */
  @SuppressWarnings("unchecked")
  private static void carriesTheSampleFields(Map<String, Object> row, String fixture, boolean listed) {
    Object data = TestSupport.object(TestSupport.fixture(fixture)).get("data");
    Map<String, Object> sample = data instanceof List ? ((List<Map<String, Object>>) data).get(0)
        : listed ? ((List<Map<String, Object>>) ((Map<String, Object>) data).get(
            ((Map<String, Object>) data).containsKey("entrustedList") ? "entrustedList" : "list")).get(0)
        : (Map<String, Object>) data;
    assertThat(row.keySet()).as("fields of %s", fixture).containsAll(sample.keySet());
    for (Map.Entry<String, Object> field : sample.entrySet()) {
      if (field.getValue() != null) {
        assertThat(row.get(field.getKey())).as(field.getKey()).isInstanceOf(field.getValue().getClass());
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> rows(Answer answer, String list) {
    return (List<Map<String, Object>>) answer.dataObject().get(list);
  }

  @Test
  void classicTriggerOrdersAreListedLikeBitgetsAndTheirHistoryCarriesTheExecution() throws Exception {
    start(AccountMode.CLASSIC);
    Answer placed = TestSupport.ok(client, TestSupport.signedPost(fake, V2 + "place-plan-order", "{\"planType\":"
        + "\"normal_plan\"," + V2_SYMBOL + ",\"marginMode\":\"isolated\",\"size\":\"0.01\",\"price\":\"27600\","
        + "\"triggerPrice\":\"27500\",\"triggerType\":\"mark_price\",\"side\":\"buy\",\"orderType\":\"limit\","
        + "\"clientOid\":\"p1\"}"));
    String orderId = (String) placed.dataObject().get("orderId");

    Answer pending = TestSupport.ok(client, TestSupport.signedGet(fake, V2 + "orders-plan-pending",
        "planType=normal_plan&productType=USDT-FUTURES"));
    Map<String, Object> row = rows(pending, "entrustedList").get(0);
    carriesTheSampleFields(row, "conditional/rest-v2-orders-plan-pending-live-ccxt.json", true);
    assertThat(row).containsEntry("orderId", orderId).containsEntry("planStatus", "live")
        .containsEntry("triggerType", "mark_price").containsEntry("price", "27600");
    assertThat(pending.dataObject()).containsEntry("endId", orderId);

    fake.setPrice(BTC, new BigDecimal("27550"));

    Answer history = TestSupport.ok(client, TestSupport.signedGet(fake, V2 + "orders-plan-history",
        "planType=normal_plan&productType=USDT-FUTURES&symbol=BTCUSDT"));
    Map<String, Object> done = rows(history, "entrustedList").get(0);
    carriesTheSampleFields(done, "conditional/rest-v2-orders-plan-history.json", true);
    assertThat(done).containsEntry("planStatus", "executed").containsEntry("baseVolume", "0.01")
        .containsEntry("priceAvg", "27550");
    assertThat((String) done.get("executeOrderId")).isNotEmpty();
  }

  @Test
  void classicRefusalsCarryV2Codes() throws Exception {
    start(AccountMode.CLASSIC);
    String stopLoss = V2_SYMBOL + ",\"planType\":\"loss_plan\",\"triggerPrice\":\"26000\","
        + "\"triggerType\":\"mark_price\",\"size\":\"0.01\"";

    assertThat(post(V2 + "place-tpsl-order", "{" + stopLoss + ",\"holdSide\":\"buy\"}").code())
        .as("no position").isEqualTo("40757");
    fake.setPosition(BTC, new BigDecimal("0.1"), new BigDecimal("27000"), 10);
    assertThat(post(V2 + "place-tpsl-order", "{" + stopLoss + ",\"holdSide\":\"long\"}").code())
        .as("hedge words in one-way mode").isEqualTo("40774");
    Answer above = post(V2 + "place-tpsl-order", "{" + stopLoss.replace("26000", "27100") + ",\"holdSide\":\"buy\"}");
    assertThat(above.code()).isEqualTo("40917");
    assertThat(above.json()).containsEntry("msg", "Stop price for long positions please < mark price 27000");
    assertThat(post(V2 + "place-plan-order", "{\"planType\":\"track_plan\"," + V2_SYMBOL + ",\"marginMode\":"
        + "\"isolated\",\"size\":\"0.1\",\"callbackRatio\":\"11\",\"triggerPrice\":\"27500\",\"triggerType\":"
        + "\"fill_price\",\"side\":\"sell\",\"orderType\":\"market\",\"reduceOnly\":\"YES\"}").code())
        .as("callback ratio above 10").isEqualTo("40020");

    Answer cancel = TestSupport.ok(client, TestSupport.signedPost(fake, V2 + "cancel-plan-order", "{" + V2_SYMBOL
        + ",\"planType\":\"loss_plan\",\"orderIdList\":[{\"orderId\":\"404\"}]}"));
    TestSupport.assertSameShape(cancel.json(), TestSupport.object(TestSupport.fixture(
        "conditional/rest-v2-cancel-plan-order.json")), "cancel-plan-order");
    assertThat(fake.conditionalOrders()).isEmpty();
  }

  @Test
  void classicPositionTpslPlacesOneOrderPerLeg() throws Exception {
    start(AccountMode.CLASSIC);
    fake.setPosition(BTC, new BigDecimal("0.1"), new BigDecimal("27000"), 10);

    Answer placed = TestSupport.ok(client, TestSupport.signedPost(fake, V2 + "place-pos-tpsl", "{" + V2_SYMBOL
        + ",\"holdSide\":\"buy\",\"stopSurplusTriggerPrice\":\"28000\",\"stopSurplusTriggerType\":\"fill_price\","
        + "\"stopSurplusClientOid\":\"tp\",\"stopLossTriggerPrice\":\"26000\",\"stopLossTriggerType\":\"mark_price\","
        + "\"stopLossExecutePrice\":\"25990\",\"stopLossClientOid\":\"sl\"}"));

    TestSupport.assertSameShapeAsFixture(placed, "conditional/rest-v2-place-pos-tpsl.json");
    assertThat(placed.dataList()).extracting(r -> r.get("stopSurplusClientOid"), r -> r.get("stopLossClientOid"))
        .containsExactly(org.assertj.core.groups.Tuple.tuple("tp", ""), org.assertj.core.groups.Tuple.tuple("", "sl"));
    assertThat(fake.conditionalOrders()).extracting(FakeConditionalOrder::kind, o -> o.size().isEmpty())
        .containsExactly(org.assertj.core.groups.Tuple.tuple(ConditionalOrderKind.TAKE_PROFIT, true),
            org.assertj.core.groups.Tuple.tuple(ConditionalOrderKind.STOP_LOSS, true));
    assertThat(fake.conditionalOrders().get(1).limitPrice()).contains(new BigDecimal("25990"));
  }

  @Test
  void unifiedStrategyOrdersAnswerLikeBitgetsSamples() throws Exception {
    start(AccountMode.UNIFIED);
    fake.setPosition(BTC, new BigDecimal("0.1"), new BigDecimal("27000"), 10);

    Answer placed = TestSupport.ok(client, TestSupport.signedPost(fake, V3 + "place-strategy-order", "{" + V3_SYMBOL
        + ",\"clientOid\":\"s1\",\"tpslMode\":\"partial\",\"qty\":\"0.05\",\"posSide\":\"long\",\"stopLoss\":\"26000\","
        + "\"slTriggerBy\":\"mark\",\"slOrderType\":\"limit\",\"slLimitPrice\":\"25990\"}"));
    TestSupport.assertSameShapeAsFixture(placed, "v3/rest-v3-place-strategy-order.json");

    Answer unfilled = TestSupport.ok(client, TestSupport.signedGet(fake, V3 + "unfilled-strategy-orders",
        "category=USDT-FUTURES"));
    carriesTheSampleFields(unfilled.dataList().get(0), "conditional/rest-v3-unfilled-strategy-orders-live-ccxt.json",
        true);
    assertThat(unfilled.dataList().get(0)).containsEntry("status", "pending").containsEntry("stopLoss", "26000")
        .containsEntry("slLimitPrice", "25990").containsEntry("takeProfit", "");

    Answer cancelled = TestSupport.ok(client, TestSupport.signedPost(fake, V3 + "cancel-strategy-order",
        "{\"clientOid\":\"s1\"}"));
    TestSupport.assertSameShape(cancelled.json().get("data"), null, "data");

    Answer history = TestSupport.ok(client, TestSupport.signedGet(fake, V3 + "history-strategy-orders",
        "category=USDT-FUTURES&type=tpsl"));
    carriesTheSampleFields(rows(history, "list").get(0), "v3/rest-v3-history-strategy-orders-live-ccxt.json", true);
    assertThat(rows(history, "list").get(0)).containsEntry("status", "cancelled");
    assertThat(fake.conditionalOrderEvents()).extracting(FakeConditionalOrderEvent::status)
        .containsExactly(ConditionalOrderStatus.LIVE, ConditionalOrderStatus.CANCELLED);
  }

  @Test
  void unifiedRefusalsCarryV3Codes() throws Exception {
    start(AccountMode.UNIFIED);
    String stopLoss = "{" + V3_SYMBOL + ",\"posSide\":\"long\",\"stopLoss\":\"%s\",\"slTriggerBy\":\"%s\"}";

    assertThat(post(V3 + "place-strategy-order", String.format(stopLoss, "26000", "mark")).code())
        .as("no position").isEqualTo("25601");
    fake.setPosition(BTC, new BigDecimal("0.1"), new BigDecimal("27000"), 10);
    assertThat(post(V3 + "place-strategy-order", String.format(stopLoss, "27100", "mark")).json())
        .containsEntry("code", "25590")
        .containsEntry("msg", "For long position TP/SL (close long), the stop-loss trigger price must be less than the"
            + " mark price");
    assertThat(post(V3 + "place-strategy-order", String.format(stopLoss, "27100", "market")).code())
        .isEqualTo("25586");
    assertThat(post(V3 + "place-strategy-order", "{" + V3_SYMBOL + ",\"tpslMode\":\"partial\",\"qty\":\"0.2\","
        + "\"posSide\":\"long\",\"takeProfit\":\"28000\"}").code()).as("more than the position").isEqualTo("25595");
    assertThat(post(V3 + "place-strategy-order", "{" + V3_SYMBOL + ",\"holdSide\":\"long\",\"takeProfit\":\"28000\"}")
        .code()).isEqualTo("25236");
    assertThat(post(V3 + "cancel-strategy-order", "{\"orderId\":\"404\"}").code()).isEqualTo("25597");
    assertThat(post(V3 + "place-strategy-order", "{" + V3_SYMBOL + ",\"type\":\"trigger\",\"qty\":\"0.01\","
        + "\"side\":\"buy\",\"triggerPrice\":\"27000\"}").code()).as("trigger at the price now").isEqualTo("40017");
    assertThat(fake.conditionalOrders()).isEmpty();
  }
}
