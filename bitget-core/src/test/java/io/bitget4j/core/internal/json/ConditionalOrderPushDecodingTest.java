package io.bitget4j.core.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.bitget4j.core.ProductType;
import io.bitget4j.core.Symbol;
import io.bitget4j.core.model.ConditionalOrder;
import io.bitget4j.core.model.ConditionalOrderKind;
import io.bitget4j.core.model.ConditionalOrderStatus;
import io.bitget4j.core.model.ConditionalOrderUpdate;
import io.bitget4j.core.model.HoldSide;
import io.bitget4j.core.model.Side;
import io.bitget4j.core.model.TradeSide;
import io.bitget4j.core.model.TriggerLeg;
import io.bitget4j.core.model.TriggerPriceType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Conditional-order pushes, V2 {@code orders-algo} and V3 {@code strategy-order}, into
 * {@link ConditionalOrderUpdate}s: the documented samples on both decoding paths, and the shapes
 * the docs leave out (a TP/SL's leg in {@code stopSurplus*}, the fill in {@code actualSize}, the
 * reason in {@code cancelReason}).
 */
@Timeout(10)
class ConditionalOrderPushDecodingTest {
  private static final ProductType USDT = ProductType.UMCBL;
  private static final BitgetJson JSON = BitgetJson.create();
  private static final String V2_ARG =
      "\"arg\":{\"instType\":\"USDT-FUTURES\",\"channel\":\"orders-algo\",\"instId\":\"default\"}";
  private static final String V3_ARG =
      "\"arg\":{\"instType\":\"UTA\",\"topic\":\"strategy-order\",\"symbol\":\"default\"}";

  /** Decodes on the one-pass path and on Moshi's, checks they agree, and returns the updates. */
  private static List<ConditionalOrderUpdate> decode(String frame) {
    JsonDecoder<List<ConditionalOrderUpdate>> decoder = JSON.conditionalOrderPush(USDT);
    StreamFrame.Router router = arg -> Optional.of(decoder);
    StreamFrame fast = JSON.decodePushFast(frame, router);
    StreamFrame general = JSON.decodePushWithMoshi(frame, router);
    assertThat(fast.rawData()).as("decoded in the same pass").isEmpty();
    List<ConditionalOrderUpdate> updates = general.data(decoder).orElseThrow();
    assertThat(fast.data(decoder)).contains(updates);
    return updates;
  }

  private static String v2(String item) {
    return "{\"action\":\"snapshot\"," + V2_ARG + ",\"data\":[" + item + "],\"ts\":1695719197733}";
  }

  private static String v3(String item) {
    return "{\"action\":\"snapshot\"," + V3_ARG + ",\"data\":[" + item + "],\"ts\":1730186725700}";
  }

  private static TriggerLeg leg(String price, TriggerPriceType type, String limit) {
    return new TriggerLeg(new BigDecimal(price), type, Optional.ofNullable(limit).map(BigDecimal::new));
  }

  @Test
  void v2DocumentedPushIsALiveMarketTriggerOrder() {
    ConditionalOrderUpdate update = decode(Fixtures.read("conditional/ws-v2-orders-algo.json")).get(0);

    assertThat(update.status()).isEqualTo(ConditionalOrderStatus.LIVE);
    assertThat(update.reason()).isEmpty();
    assertThat(update.timestamp()).isEqualTo(Instant.ofEpochMilli(1695719197612L));
    ConditionalOrder o = update.order();
    assertThat(o.symbol()).isEqualTo(Symbol.BTCUSDT_UMCBL);
    assertThat(o.orderId()).isEqualTo("1");
    assertThat(o.clientOid()).contains("1");
    assertThat(o.kind()).isEqualTo(ConditionalOrderKind.TRIGGER);
    assertThat(o.side()).contains(Side.BUY);
    assertThat(o.tradeSide()).contains(TradeSide.OPEN);
    assertThat(o.positionSide()).contains(HoldSide.LONG);
    assertThat(o.size()).contains(new BigDecimal("0.020000000"));
    // orderType market: the price the push repeats is not a limit
    assertThat(o.trigger()).contains(leg("27000.000000000", TriggerPriceType.LAST, null));
    assertThat(o.takeProfit()).isEmpty();
    assertThat(o.stopLoss()).isEmpty();
    assertThat(o.filledSize()).as("actualSize 0").isEmpty();
  }

  @Test
  void v3DocumentedPushIsATakeProfitAndStopLossWhoseTriggerFieldsDoNotCount() {
    ConditionalOrderUpdate update = decode(Fixtures.read("conditional/ws-v3-strategy-order.json")).get(0);

    assertThat(update.status()).isEqualTo(ConditionalOrderStatus.LIVE);
    assertThat(update.timestamp()).isEqualTo(Instant.ofEpochMilli(1730186725691L));
    ConditionalOrder o = update.order();
    assertThat(o.symbol()).isEqualTo(Symbol.BTCUSDT_UMCBL);
    assertThat(o.orderId()).isEqualTo("111111111111111111");
    assertThat(o.clientOid()).contains("myorder001");
    assertThat(o.kind()).isEqualTo(ConditionalOrderKind.TAKE_PROFIT_AND_STOP_LOSS);
    assertThat(o.trigger()).isEmpty();
    assertThat(o.takeProfit()).contains(leg("110000", TriggerPriceType.LAST, null));
    assertThat(o.stopLoss()).contains(leg("90000", TriggerPriceType.LAST, null));
    assertThat(o.positionSide()).contains(HoldSide.LONG);
    assertThat(o.size()).contains(new BigDecimal("0.01"));
    assertThat(o.createdAt()).isEqualTo(Instant.ofEpochMilli(1730186725663L));
  }

  @Test
  void v2PositionTakeProfitReadsItsLegFromStopSurplusAndItsFillFromActualSize() {
    String item = "{\"instId\":\"ETHUSDT\",\"orderId\":\"7\",\"clientOid\":\"tp-1\",\"triggerPrice\":\"\","
        + "\"triggerType\":\"\",\"planType\":\"ptp\",\"price\":\"\",\"executePrice\":\"\",\"size\":\"\","
        + "\"actualSize\":\"0.5\",\"orderType\":\"market\",\"side\":\"sell\",\"tradeSide\":\"close\","
        + "\"posSide\":\"long\",\"status\":\"executing\",\"stopSurplusTriggerPrice\":\"2100\","
        + "\"stopSurplusTriggerType\":\"mark_price\",\"stopSurplusPrice\":\"\",\"cTime\":\"1700000000000\","
        + "\"uTime\":\"1700000005000\"}";

    ConditionalOrderUpdate update = decode(v2(item)).get(0);

    assertThat(update.status()).isEqualTo(ConditionalOrderStatus.TRIGGERED);
    assertThat(update.timestamp()).isEqualTo(Instant.ofEpochMilli(1700000005000L));
    ConditionalOrder o = update.order();
    assertThat(o.symbol()).isEqualTo(Symbol.ETHUSDT_UMCBL);
    assertThat(o.kind()).isEqualTo(ConditionalOrderKind.TAKE_PROFIT);
    assertThat(o.wholePosition()).isTrue();
    assertThat(o.takeProfit()).contains(leg("2100", TriggerPriceType.MARK, null));
    assertThat(o.stopLoss()).isEmpty();
    assertThat(o.filledSize()).contains(new BigDecimal("0.5"));
  }

  @Test
  void v2PartialStopLossWithALimitPriceAndTheReasonItWasCancelled() {
    String item = "{\"instId\":\"BTCUSDT\",\"orderId\":\"8\",\"clientOid\":\"\",\"planType\":\"sl\","
        + "\"size\":\"0.01\",\"orderType\":\"limit\",\"posSide\":\"short\",\"status\":\"cancelled\","
        + "\"stopLossTriggerPrice\":\"31000\",\"stopLossTriggerType\":\"fill_price\",\"stopLossPrice\":\"31010\","
        + "\"cancelReason\":\"position closed\",\"cTime\":\"1700000000000\",\"uTime\":\"1700000009000\"}";

    ConditionalOrderUpdate update = decode(v2(item)).get(0);

    assertThat(update.status()).isEqualTo(ConditionalOrderStatus.CANCELLED);
    assertThat(update.reason()).contains("position closed");
    ConditionalOrder o = update.order();
    assertThat(o.kind()).isEqualTo(ConditionalOrderKind.STOP_LOSS);
    assertThat(o.clientOid()).isEmpty();
    assertThat(o.wholePosition()).isFalse();
    assertThat(o.size()).contains(new BigDecimal("0.01"));
    assertThat(o.stopLoss()).contains(leg("31000", TriggerPriceType.LAST, "31010"));
  }

  @ParameterizedTest(name = "V2 {0} is {1}")
  @CsvSource({
      "live, LIVE", "executing, TRIGGERED", "executed, TRIGGERED", "filled, FILLED", "cancelled, CANCELLED",
      "fail_execute, FAILED", "paused, UNKNOWN"})
  void v2StatusesAreRead(String wire, ConditionalOrderStatus status) {
    String item = "{\"instId\":\"BTCUSDT\",\"orderId\":\"9\",\"planType\":\"track\",\"triggerPrice\":\"30000\","
        + "\"triggerType\":\"mark_price\",\"status\":\"" + wire + "\",\"cTime\":\"1700000000000\"}";

    ConditionalOrderUpdate update = decode(v2(item)).get(0);

    assertThat(update.status()).isEqualTo(status);
    assertThat(update.order().kind()).isEqualTo(ConditionalOrderKind.TRAILING_STOP);
    assertThat(update.timestamp()).as("no uTime: the creation time").isEqualTo(Instant.ofEpochMilli(1700000000000L));
  }

  @ParameterizedTest(name = "V3 {0} is {1}")
  @CsvSource({
      "pending, LIVE", "submitting, LIVE", "success, TRIGGERED", "filled, FILLED", "cancelled, CANCELLED",
      "failed, FAILED"})
  void v3StatusesAreRead(String wire, ConditionalOrderStatus status) {
    String item = "{\"category\":\"USDT-FUTURES\",\"symbol\":\"BTCUSDT\",\"orderId\":\"10\",\"type\":\"tpsl\","
        + "\"status\":\"" + wire + "\",\"posSide\":\"short\",\"qty\":\"\",\"tpslMode\":\"full\","
        + "\"slTriggerBy\":\"mark\",\"stopLoss\":\"31000\",\"slOrderType\":\"limit\",\"slLimitPrice\":\"31050\","
        + "\"createdTime\":\"1700000000000\",\"updatedTime\":\"1700000001000\"}";

    ConditionalOrderUpdate update = decode(v3(item)).get(0);

    assertThat(update.status()).isEqualTo(status);
    assertThat(update.order().kind()).isEqualTo(ConditionalOrderKind.STOP_LOSS);
    assertThat(update.order().wholePosition()).isTrue();
    assertThat(update.order().stopLoss()).contains(leg("31000", TriggerPriceType.MARK, "31050"));
  }

  @Test
  void v3TriggerOrderKeepsItsPriceTypeWhateverTheOrderOfTriggerByAndTriggerType() {
    String item = "{\"category\":\"usdt-futures\",\"symbol\":\"BTCUSDT\",\"orderId\":\"11\",\"type\":\"trigger\","
        + "\"status\":\"pending\",\"side\":\"buy\",\"qty\":\"0.002\",\"triggerBy\":\"mark\","
        + "\"triggerPrice\":\"65000\",\"triggerType\":\"stopLoss\",\"triggerOrderType\":\"limit\","
        + "\"triggerOrderPrice\":\"65100\",\"createdTime\":\"1700000000000\",\"updatedTime\":\"1700000000000\"}";

    ConditionalOrder o = decode(v3(item)).get(0).order();

    assertThat(o.kind()).isEqualTo(ConditionalOrderKind.TRIGGER);
    assertThat(o.trigger()).contains(leg("65000", TriggerPriceType.MARK, "65100"));
  }

  @Test
  void v3ItemsOfAnotherProductTypeAreSkipped() {
    String coinM = "{\"category\":\"coin-futures\",\"symbol\":\"BTCUSD\",\"orderId\":\"12\",\"type\":\"tpsl\","
        + "\"status\":\"pending\",\"takeProfit\":\"99000\",\"tpTriggerBy\":\"market\","
        + "\"createdTime\":\"1700000000000\"}";
    String usdtM = "{\"category\":\"usdt-futures\",\"symbol\":\"BTCUSDT\",\"orderId\":\"13\",\"type\":\"tpsl\","
        + "\"status\":\"pending\",\"takeProfit\":\"99000\",\"tpTriggerBy\":\"market\","
        + "\"createdTime\":\"1700000000000\"}";

    List<ConditionalOrderUpdate> updates = decode(v3(coinM + "," + usdtM));

    assertThat(updates).extracting(u -> u.order().orderId()).containsExactly("13");
  }
}
