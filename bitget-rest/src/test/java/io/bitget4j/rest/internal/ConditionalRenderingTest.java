package io.bitget4j.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.JsonReader;
import io.bitget4j.core.AccountMode;
import io.bitget4j.core.InvalidRequestException;
import io.bitget4j.core.Symbol;
import io.bitget4j.core.UnsupportedOnAccountModeException;
import io.bitget4j.core.internal.json.BitgetJson;
import io.bitget4j.core.model.ConditionalOrder;
import io.bitget4j.core.model.ConditionalOrderKind;
import io.bitget4j.core.model.ConditionalOrderStatus;
import io.bitget4j.core.model.HoldSide;
import io.bitget4j.core.model.MarginMode;
import io.bitget4j.core.model.PositionMode;
import io.bitget4j.core.model.Side;
import io.bitget4j.core.model.TriggerLeg;
import io.bitget4j.core.model.TriggerPriceType;
import io.bitget4j.rest.ConditionalOrderRequest;
import io.bitget4j.rest.ModifyConditionalOrderRequest;
import io.bitget4j.rest.OrderRef;
import io.bitget4j.rest.testing.Fixtures;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Each conditional order in both wire forms: a classic account's plan orders (V2) and a unified
 * account's strategy orders (V3), including the bodies Bitget documents and ccxt sends. Rendering
 * does no I/O, so the wires are called directly.
 */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class ConditionalRenderingTest {
  private static final Symbol BTC = Symbol.BTCUSDT_UMCBL;
  private static final BitgetJson JSON = BitgetJson.create();
  private static final Instant T = Instant.ofEpochMilli(1700000000000L);

  private static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  private static String body(RestCall<?> call) {
    return new String(call.body(), StandardCharsets.UTF_8);
  }

  private static String v2(ConditionalOrderRequest r, PositionMode mode) {
    RestCall<?> call = V2Wire.INSTANCE.placeConditional(r, mode, MarginMode.CROSSED);
    return call.endpoint() + " " + body(call);
  }

  private static String v3(ConditionalOrderRequest r, PositionMode mode) {
    RestCall<?> call = V3Wire.INSTANCE.placeConditional(r, mode, MarginMode.CROSSED);
    return call.endpoint() + " " + body(call);
  }

  private static ConditionalOrderRequest.Builder stopLoss() {
    return ConditionalOrderRequest.stopLoss(BTC, HoldSide.LONG).triggerPrice(d("25000"))
        .triggerPriceType(TriggerPriceType.MARK).clientOid("sl-1");
  }

  @Test
  void partialStopLossIsAV2TpslOrderAndAV3PartialStrategyOrder() {
    ConditionalOrderRequest r = stopLoss().size(d("0.01")).limit(d("24990")).build();

    assertThat(v2(r, PositionMode.HEDGE)).isEqualTo("POST /api/v2/mix/order/place-tpsl-order {\"symbol\":\"BTCUSDT\","
        + "\"productType\":\"USDT-FUTURES\",\"marginCoin\":\"USDT\",\"planType\":\"loss_plan\",\"triggerPrice\":\"25000\","
        + "\"triggerType\":\"mark_price\",\"executePrice\":\"24990\",\"holdSide\":\"long\",\"size\":\"0.01\","
        + "\"clientOid\":\"sl-1\"}");
    assertThat(v2(r, PositionMode.ONE_WAY)).contains("\"holdSide\":\"buy\"");
    assertThat(v3(r, PositionMode.ONE_WAY)).isEqualTo("POST /api/v3/trade/place-strategy-order {\"category\":"
        + "\"USDT-FUTURES\",\"symbol\":\"BTCUSDT\",\"clientOid\":\"sl-1\",\"type\":\"tpsl\",\"tpslMode\":\"partial\","
        + "\"qty\":\"0.01\",\"side\":\"sell\",\"posSide\":\"long\",\"stopLoss\":\"25000\",\"slTriggerBy\":\"mark\","
        + "\"slOrderType\":\"limit\",\"slLimitPrice\":\"24990\"}");
  }

  @Test
  void wholePositionTakeProfitIsAV2PositionTpslAndAV3FullStrategyOrder() {
    ConditionalOrderRequest r = ConditionalOrderRequest.takeProfit(BTC, HoldSide.SHORT).triggerPrice(d("25000"))
        .triggerPriceType(TriggerPriceType.LAST).wholePosition().market().clientOid("tp-1").build();

    assertThat(v2(r, PositionMode.ONE_WAY)).isEqualTo("POST /api/v2/mix/order/place-pos-tpsl {\"symbol\":\"BTCUSDT\","
        + "\"productType\":\"USDT-FUTURES\",\"marginCoin\":\"USDT\",\"holdSide\":\"sell\","
        + "\"stopSurplusTriggerPrice\":\"25000\",\"stopSurplusTriggerType\":\"fill_price\","
        + "\"stopSurplusClientOid\":\"tp-1\"}");
    assertThat(v3(r, PositionMode.HEDGE)).isEqualTo("POST /api/v3/trade/place-strategy-order {\"category\":"
        + "\"USDT-FUTURES\",\"symbol\":\"BTCUSDT\",\"clientOid\":\"tp-1\",\"type\":\"tpsl\",\"tpslMode\":\"full\","
        + "\"side\":\"buy\",\"posSide\":\"short\",\"takeProfit\":\"25000\",\"tpTriggerBy\":\"market\","
        + "\"tpOrderType\":\"market\"}");
  }

  @Test
  void triggerOrderIsAV2NormalPlanAndAV3TriggerStrategyOrderInEitherPositionMode() {
    ConditionalOrderRequest oneWay = ConditionalOrderRequest.trigger(BTC).side(Side.SELL).reduceOnly(true)
        .triggerPrice(d("26000")).triggerPriceType(TriggerPriceType.LAST).size(d("0.02")).market()
        .clientOid("tr-1").build();
    ConditionalOrderRequest hedge = ConditionalOrderRequest.trigger(BTC).open(HoldSide.SHORT)
        .triggerPrice(d("26000")).triggerPriceType(TriggerPriceType.MARK).size(d("0.02")).limit(d("25990"))
        .clientOid("tr-2").build();

    assertThat(v2(oneWay, PositionMode.ONE_WAY)).isEqualTo("POST /api/v2/mix/order/place-plan-order {\"planType\":"
        + "\"normal_plan\",\"symbol\":\"BTCUSDT\",\"productType\":\"USDT-FUTURES\",\"marginMode\":\"crossed\","
        + "\"marginCoin\":\"USDT\",\"size\":\"0.02\",\"triggerPrice\":\"26000\",\"triggerType\":\"fill_price\","
        + "\"side\":\"sell\",\"orderType\":\"market\",\"clientOid\":\"tr-1\",\"reduceOnly\":\"YES\"}");
    assertThat(v2(hedge, PositionMode.HEDGE)).isEqualTo("POST /api/v2/mix/order/place-plan-order {\"planType\":"
        + "\"normal_plan\",\"symbol\":\"BTCUSDT\",\"productType\":\"USDT-FUTURES\",\"marginMode\":\"crossed\","
        + "\"marginCoin\":\"USDT\",\"size\":\"0.02\",\"price\":\"25990\",\"triggerPrice\":\"26000\","
        + "\"triggerType\":\"mark_price\",\"side\":\"sell\",\"tradeSide\":\"open\",\"orderType\":\"limit\","
        + "\"clientOid\":\"tr-2\"}");
    assertThat(v3(oneWay, PositionMode.ONE_WAY)).isEqualTo("POST /api/v3/trade/place-strategy-order {\"category\":"
        + "\"USDT-FUTURES\",\"symbol\":\"BTCUSDT\",\"clientOid\":\"tr-1\",\"type\":\"trigger\",\"qty\":\"0.02\","
        + "\"side\":\"sell\",\"reduceOnly\":\"yes\",\"triggerBy\":\"market\",\"triggerPrice\":\"26000\","
        + "\"triggerOrderType\":\"market\"}");
    assertThat(v3(hedge, PositionMode.HEDGE)).isEqualTo("POST /api/v3/trade/place-strategy-order {\"category\":"
        + "\"USDT-FUTURES\",\"symbol\":\"BTCUSDT\",\"clientOid\":\"tr-2\",\"type\":\"trigger\",\"qty\":\"0.02\","
        + "\"side\":\"sell\",\"posSide\":\"short\",\"triggerBy\":\"mark\",\"triggerPrice\":\"26000\","
        + "\"triggerOrderType\":\"limit\",\"triggerOrderPrice\":\"25990\"}");
  }

  @Test
  void trailingStopIsAV2TrackPlanClosingThePositionAndRefusedOnV3() {
    ConditionalOrderRequest r = ConditionalOrderRequest.trailingStop(BTC, HoldSide.LONG).activationPrice(d("28000"))
        .triggerPriceType(TriggerPriceType.LAST).callbackRatio(d("1.5")).size(d("0.1")).clientOid("ts-1").build();

    assertThat(v2(r, PositionMode.ONE_WAY)).isEqualTo("POST /api/v2/mix/order/place-plan-order {\"planType\":"
        + "\"track_plan\",\"symbol\":\"BTCUSDT\",\"productType\":\"USDT-FUTURES\",\"marginMode\":\"crossed\","
        + "\"marginCoin\":\"USDT\",\"size\":\"0.1\",\"callbackRatio\":\"1.5\",\"triggerPrice\":\"28000\","
        + "\"triggerType\":\"fill_price\",\"side\":\"sell\",\"orderType\":\"market\",\"clientOid\":\"ts-1\","
        + "\"reduceOnly\":\"YES\"}");
    // hedge mode: V2 names the long position with buy, closing it
    assertThat(v2(r, PositionMode.HEDGE)).contains("\"side\":\"buy\",\"tradeSide\":\"close\"")
        .doesNotContain("reduceOnly");
    assertThatThrownBy(() -> V3Wire.INSTANCE.checkConditional(r))
        .isInstanceOf(UnsupportedOnAccountModeException.class)
        .hasMessage("a trailing stop is not offered to unified trading accounts: Bitget V3's strategy orders are"
            + " take-profit, stop-loss and trigger orders; protect the position with a stop-loss"
            + " (ConditionalOrderRequest.stopLoss) and move it with conditionalOrders().modify(..), or use a classic"
            + " account")
        .satisfies(e -> assertThat(((UnsupportedOnAccountModeException) e).accountMode())
            .isEqualTo(AccountMode.UNIFIED));
  }

  @Test
  void aUnifiedAccountChecksItsClientOrderIdRuleBeforeSending() {
    ConditionalOrderRequest r = stopLoss().wholePosition().market().clientOid("has space").build();

    assertThatThrownBy(() -> V3Wire.INSTANCE.checkConditional(r)).isInstanceOf(InvalidRequestException.class)
        .hasMessageStartingWith("clientOid: \"has space\" contains ' ' at index 3");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> json(String text) {
    return (Map<String, Object>) JSON.decode(text, JsonReader::readJsonValue);
  }

  @Test
  void aPartialLimitStopLossIsCcxtsBodyPlusTheClientOrderIdTypeAndMode() {
    ConditionalOrderRequest r = ConditionalOrderRequest.stopLoss(BTC, HoldSide.LONG).triggerPrice(d("114000"))
        .triggerPriceType(TriggerPriceType.MARK).size(d("0.001")).limit(d("113000")).clientOid("c1").build();

    Map<String, Object> sent = json(body(V3Wire.INSTANCE.placeConditional(r, PositionMode.HEDGE, MarginMode.CROSSED)));

    Map<String, Object> expected = new LinkedHashMap<>(json(
        Fixtures.read("v3/rest-v3-place-strategy-order-request-sl-limit.json")));
    expected.put("clientOid", "c1");
    expected.put("type", "tpsl");
    expected.put("tpslMode", "partial");
    assertThat(sent).isEqualTo(expected);
  }

  @Test
  void theDocumentedBodyCarriesBothLegsWhichTheClientPlacesAsTwoOrders() {
    // Bitget's documented place-strategy-order body: both legs on the whole long position
    Map<String, Object> documented = json(Fixtures.read("v3/rest-v3-place-strategy-order-request-tpsl.json"));
    ConditionalOrderRequest stop = ConditionalOrderRequest.stopLoss(BTC, HoldSide.LONG).triggerPrice(d("99000"))
        .triggerPriceType(TriggerPriceType.LAST).wholePosition().market().clientOid("121211212122").build();

    Map<String, Object> sent = json(body(V3Wire.INSTANCE.placeConditional(stop, PositionMode.HEDGE,
        MarginMode.CROSSED)));

    for (String key : new String[] {"symbol", "posSide", "stopLoss", "clientOid"}) {
      assertThat(sent.get(key)).as(key).isEqualTo(documented.get(key));
    }
    // the documented body writes category in lower case; the client sends the canonical case
    assertThat(sent.get("category")).isEqualTo("USDT-FUTURES");
    assertThat(documented.get("category")).isEqualTo("usdt-futures");
  }

  private static PendingConditional pending(ConditionalOrderKind kind, String wireType, Optional<BigDecimal> size,
      TriggerLeg leg) {
    boolean trigger = kind == ConditionalOrderKind.TRIGGER || kind == ConditionalOrderKind.TRAILING_STOP;
    ConditionalOrder order = new ConditionalOrder(BTC, "42", Optional.of("c42"), kind, ConditionalOrderStatus.LIVE,
        Optional.empty(), Optional.empty(), Optional.of(HoldSide.LONG), size,
        trigger ? Optional.of(leg) : Optional.empty(),
        kind == ConditionalOrderKind.TAKE_PROFIT ? Optional.of(leg) : Optional.empty(),
        kind == ConditionalOrderKind.STOP_LOSS ? Optional.of(leg) : Optional.empty(),
        kind == ConditionalOrderKind.TRAILING_STOP ? Optional.of(d("1")) : Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), T, T);
    return new PendingConditional(order, wireType);
  }

  private static String modify(Wire wire, PendingConditional p, ModifyConditionalOrderRequest.Builder change) {
    RestCall<?> call = wire.modifyConditional(p, ConditionalChecks.merge(p.order(), change.build()));
    return call.endpoint() + " " + body(call);
  }

  private static ModifyConditionalOrderRequest.Builder change() {
    return ModifyConditionalOrderRequest.builder(BTC, OrderRef.orderId("42"));
  }

  @Test
  void modifyingATakeProfitSendsItsWholeNewState() {
    TriggerLeg leg = new TriggerLeg(d("30000"), TriggerPriceType.MARK, Optional.empty());
    PendingConditional whole = pending(ConditionalOrderKind.TAKE_PROFIT, "pos_profit", Optional.empty(), leg);
    PendingConditional part = pending(ConditionalOrderKind.TAKE_PROFIT, "profit_plan", Optional.of(d("0.1")), leg);

    assertThat(modify(V2Wire.INSTANCE, whole, change().triggerPrice(d("31000")))).isEqualTo(
        "POST /api/v2/mix/order/modify-tpsl-order {\"orderId\":\"42\",\"marginCoin\":\"USDT\",\"productType\":"
            + "\"USDT-FUTURES\",\"symbol\":\"BTCUSDT\",\"triggerPrice\":\"31000\",\"triggerType\":\"mark_price\","
            + "\"executePrice\":\"0\",\"size\":\"\"}");
    assertThat(modify(V2Wire.INSTANCE, part, change().limit(d("29990")).size(d("0.05")))).isEqualTo(
        "POST /api/v2/mix/order/modify-tpsl-order {\"orderId\":\"42\",\"marginCoin\":\"USDT\",\"productType\":"
            + "\"USDT-FUTURES\",\"symbol\":\"BTCUSDT\",\"triggerPrice\":\"30000\",\"triggerType\":\"mark_price\","
            + "\"executePrice\":\"29990\",\"size\":\"0.05\"}");
    assertThat(modify(V3Wire.INSTANCE, part, change().triggerPriceType(TriggerPriceType.LAST))).isEqualTo(
        "POST /api/v3/trade/modify-strategy-order {\"orderId\":\"42\",\"qty\":\"0.1\",\"takeProfit\":\"30000\","
            + "\"tpTriggerBy\":\"market\",\"tpOrderType\":\"market\"}");
  }

  @Test
  void modifyingATriggerOrderOrTrailingStopUsesTheirNewFields() {
    TriggerLeg limit = new TriggerLeg(d("26000"), TriggerPriceType.LAST, Optional.of(d("26010")));
    PendingConditional trigger = pending(ConditionalOrderKind.TRIGGER, "normal_plan", Optional.of(d("0.1")), limit);
    PendingConditional trailing = pending(ConditionalOrderKind.TRAILING_STOP, "track_plan", Optional.of(d("0.1")),
        new TriggerLeg(d("28000"), TriggerPriceType.LAST, Optional.empty()));

    assertThat(modify(V2Wire.INSTANCE, trigger, change().triggerPrice(d("25900")).limit(d("25910")))).isEqualTo(
        "POST /api/v2/mix/order/modify-plan-order {\"planType\":\"normal_plan\",\"orderId\":\"42\",\"symbol\":"
            + "\"BTCUSDT\",\"productType\":\"USDT-FUTURES\",\"newSize\":\"0.1\",\"newPrice\":\"25910\","
            + "\"newTriggerPrice\":\"25900\",\"newTriggerType\":\"fill_price\"}");
    assertThat(modify(V2Wire.INSTANCE, trailing, change().callbackRatio(d("2")))).isEqualTo(
        "POST /api/v2/mix/order/modify-plan-order {\"planType\":\"track_plan\",\"orderId\":\"42\",\"symbol\":"
            + "\"BTCUSDT\",\"productType\":\"USDT-FUTURES\",\"newSize\":\"0.1\",\"newCallbackRatio\":\"2\","
            + "\"newTriggerPrice\":\"28000\",\"newTriggerType\":\"fill_price\"}");
    assertThat(modify(V3Wire.INSTANCE, trigger, change().market())).isEqualTo(
        "POST /api/v3/trade/modify-strategy-order {\"orderId\":\"42\",\"qty\":\"0.1\",\"triggerBy\":\"market\","
            + "\"triggerPrice\":\"26000\",\"triggerOrderType\":\"market\"}");
    assertThatThrownBy(() -> modify(V2Wire.INSTANCE, trigger, change().market()))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage("market: a classic account (Bitget V2) cannot change whether a trigger order executes at market"
            + " or at a limit price; cancel order 42 and place a new one");
  }

  @Test
  void changesThatDoNotFitTheOrderAreRefused() {
    TriggerLeg leg = new TriggerLeg(d("25000"), TriggerPriceType.MARK, Optional.empty());
    ConditionalOrder wholeStop = pending(ConditionalOrderKind.STOP_LOSS, "pos_loss", Optional.empty(), leg).order();

    assertThatThrownBy(() -> ConditionalChecks.merge(wholeStop, change().size(d("0.1")).build()))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage("size: order 42 is a stop-loss for the whole position, which closes whatever size the position"
            + " has; cancel it and place one with a size");
    assertThatThrownBy(() -> ConditionalChecks.merge(wholeStop, change().callbackRatio(d("1")).build()))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage("callbackRatio: only a trailing stop has a callback ratio; order 42 is a stop-loss");
  }
}
