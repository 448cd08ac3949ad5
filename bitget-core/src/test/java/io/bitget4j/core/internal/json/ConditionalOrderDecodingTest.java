package io.bitget4j.core.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bitget4j.core.BitgetDecodingException;
import io.bitget4j.core.ProductType;
import io.bitget4j.core.Symbol;
import io.bitget4j.core.model.BatchOrderFailure;
import io.bitget4j.core.model.BatchOrderResult;
import io.bitget4j.core.model.ConditionalOrder;
import io.bitget4j.core.model.ConditionalOrderKind;
import io.bitget4j.core.model.ConditionalOrderPage;
import io.bitget4j.core.model.ConditionalOrderStatus;
import io.bitget4j.core.model.HoldSide;
import io.bitget4j.core.model.OrderAck;
import io.bitget4j.core.model.Side;
import io.bitget4j.core.model.TradeSide;
import io.bitget4j.core.model.TriggerLeg;
import io.bitget4j.core.model.TriggerPriceType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Conditional orders from both APIs through one reader: V2 plan-order rows ({@code planType},
 * {@code planStatus}, {@code triggerType}, attached {@code stopSurplus*}/{@code stopLoss*}) and V3
 * strategy-order rows (legs as {@code takeProfit}/{@code stopLoss}/{@code triggerPrice} with their
 * {@code *TriggerBy}, {@code *OrderType} and limit prices), from the documented and live samples.
 */
@Timeout(10)
class ConditionalOrderDecodingTest {
  private static final ProductType USDT = ProductType.UMCBL;
  private final BitgetJson json = BitgetJson.create();

  private <T> T data(String fixture, JsonDecoder<T> decoder) {
    return json.decodeEnvelope(Fixtures.read(fixture), decoder).data().orElseThrow();
  }

  private static BigDecimal dec(String text) {
    return new BigDecimal(text);
  }

  private static TriggerLeg leg(String price, TriggerPriceType type, String limit) {
    return new TriggerLeg(dec(price), type, Optional.ofNullable(limit).map(BigDecimal::new));
  }

  @Test
  void v3HistoryRowIsAStopLossWithALimitLegAndItsBigCursor() {
    ConditionalOrderPage page = data("v3/rest-v3-history-strategy-orders-live-ccxt.json",
        json.conditionalOrderHistory(USDT));

    assertThat(page.endId()).contains("1330960754317619202");
    assertThat(page.orders()).singleElement().satisfies(o -> {
      assertThat(o.symbol()).isEqualTo(Symbol.BTCUSDT_UMCBL);
      assertThat(o.orderId()).isEqualTo("1330984742276198400");
      assertThat(o.clientOid()).contains("1330984742276198400");
      assertThat(o.kind()).isEqualTo(ConditionalOrderKind.STOP_LOSS);
      // the history row carries no status
      assertThat(o.status()).isEqualTo(ConditionalOrderStatus.UNKNOWN);
      assertThat(o.positionSide()).contains(HoldSide.LONG);
      assertThat(o.size()).contains(dec("0.001"));
      assertThat(o.takeProfit()).isEmpty();
      assertThat(o.stopLoss()).contains(leg("112000", TriggerPriceType.MARK, "111000"));
      assertThat(o.primaryLeg()).isEqualTo(o.stopLoss().orElseThrow());
      assertThat(o.createdAt()).isEqualTo(Instant.ofEpochMilli(1753057411736L));
      assertThat(o.updatedAt()).isEqualTo(Instant.ofEpochMilli(1753058267412L));
    });
  }

  @Test
  void v3UnfilledRowsAreABareArrayOfLiveOrders() {
    ConditionalOrderPage live = data("conditional/rest-v3-unfilled-strategy-orders-live-ccxt.json",
        json.pendingConditionalOrders(USDT));

    assertThat(live.endId()).isEmpty();
    assertThat(live.orders()).singleElement().satisfies(o -> {
      assertThat(o.kind()).isEqualTo(ConditionalOrderKind.STOP_LOSS);
      assertThat(o.status()).isEqualTo(ConditionalOrderStatus.LIVE);
      assertThat(o.triggerPrice()).isEqualTo(dec("114000"));
      assertThat(o.stopLoss()).contains(leg("114000", TriggerPriceType.MARK, "113000"));
    });
  }

  @Test
  void v3RowWithBothLegsIsATakeProfitAndStopLossWhoseMarketLegsIgnoreTheirLimitPrices() {
    ConditionalOrder o = data("conditional/rest-v3-unfilled-strategy-orders.json",
        json.pendingConditionalOrders(USDT)).orders().get(0);

    assertThat(o.kind()).isEqualTo(ConditionalOrderKind.TAKE_PROFIT_AND_STOP_LOSS);
    // tpOrderType market: the documented tpLimitPrice 91000 is ignored, as Bitget does
    assertThat(o.takeProfit()).contains(leg("110000", TriggerPriceType.LAST, null));
    assertThat(o.stopLoss()).contains(leg("90000", TriggerPriceType.LAST, null));
    assertThat(o.primaryLeg()).isEqualTo(o.takeProfit().orElseThrow());
  }

  @Test
  void v3TriggerRowCarriesItsTriggerLegAndTrade() {
    String row = "[{\"orderId\":\"7\",\"clientOid\":\"b4j1\",\"category\":\"USDT-FUTURES\",\"symbol\":\"BTCUSDT\","
        + "\"type\":\"trigger\",\"qty\":\"0.05\",\"side\":\"buy\",\"posSide\":\"\",\"status\":\"success\","
        + "\"triggerBy\":\"market\",\"triggerPrice\":\"28000\",\"triggerOrderType\":\"limit\","
        + "\"triggerOrderPrice\":\"28010\",\"createdTime\":\"1\",\"updatedTime\":\"2\"}]";

    ConditionalOrder o = json.decode(row, json.conditionalOrderHistory(USDT)).orders().get(0);

    assertThat(o.kind()).isEqualTo(ConditionalOrderKind.TRIGGER);
    assertThat(o.status()).isEqualTo(ConditionalOrderStatus.TRIGGERED);
    assertThat(o.side()).contains(Side.BUY);
    assertThat(o.positionSide()).isEmpty();
    assertThat(o.trigger()).contains(leg("28000", TriggerPriceType.LAST, "28010"));
  }

  @Test
  void v2LiveTriggerOrderInHedgeMode() {
    ConditionalOrderPage page = data("conditional/rest-v2-orders-plan-pending-live-ccxt.json",
        json.pendingConditionalOrders(USDT));

    assertThat(page.endId()).contains("1111491399869075457");
    assertThat(page.orders()).singleElement().satisfies(o -> {
      assertThat(o.kind()).isEqualTo(ConditionalOrderKind.TRIGGER);
      assertThat(o.status()).isEqualTo(ConditionalOrderStatus.LIVE);
      assertThat(o.side()).contains(Side.BUY);
      assertThat(o.tradeSide()).contains(TradeSide.OPEN);
      assertThat(o.positionSide()).contains(HoldSide.LONG);
      assertThat(o.size()).contains(dec("0.001"));
      assertThat(o.trigger()).contains(leg("24000", TriggerPriceType.MARK, "27000"));
      // empty attached legs, though their trigger types are filled in
      assertThat(o.takeProfit()).isEmpty();
      assertThat(o.stopLoss()).isEmpty();
      assertThat(o.callbackRatio()).isEmpty();
    });
  }

  @Test
  void v2ExecutedTriggerOrderWithAttachedTakeProfitAndStopLossAndALowerCaseSymbol() {
    ConditionalOrder o = data("conditional/rest-v2-orders-plan-history.json",
        json.conditionalOrderHistory(USDT)).orders().get(0);

    assertThat(o.symbol()).isEqualTo(Symbol.parse("ETHUSDT_UMCBL"));
    assertThat(o.clientOid()).isEmpty();
    assertThat(o.status()).isEqualTo(ConditionalOrderStatus.TRIGGERED);
    assertThat(o.trigger()).contains(leg("1989", TriggerPriceType.LAST, "1990"));
    assertThat(o.takeProfit()).contains(leg("2002", TriggerPriceType.LAST, "2001"));
    assertThat(o.stopLoss()).contains(leg("1820", TriggerPriceType.LAST, "1800"));
    assertThat(o.executedOrderId()).contains("123456");
    assertThat(o.averagePrice()).contains(dec("1999.2"));
    assertThat(o.filledSize()).contains(dec("1"));
    assertThat(o.updatedAt()).isEqualTo(o.createdAt()); // uTime ""
  }

  @Test
  void v2PositionStopLossHasNoSizeAndATrailingStopItsCallbackRatio() {
    String rows = "{\"entrustedList\":[{\"planType\":\"pos_loss\",\"symbol\":\"BTCUSDT\",\"size\":\"\",\"orderId\":\"9\","
        + "\"clientOid\":\"c9\",\"planStatus\":\"cancelled\",\"executePrice\":\"0\",\"triggerPrice\":\"26000\","
        + "\"triggerType\":\"mark_price\",\"side\":\"sell\",\"posSide\":\"long\",\"cTime\":\"5\",\"uTime\":\"6\"},"
        + "{\"planType\":\"track_plan\",\"symbol\":\"BTCUSDT\",\"size\":\"0.1\",\"orderId\":\"8\",\"clientOid\":\"c8\","
        + "\"planStatus\":\"fail_execute\",\"callbackRatio\":\"1.5\",\"triggerPrice\":\"27500\","
        + "\"triggerType\":\"fill_price\",\"orderType\":\"market\",\"side\":\"sell\",\"posSide\":\"net\","
        + "\"cTime\":\"3\",\"uTime\":\"4\"}],\"endId\":\"8\"}";

    ConditionalOrderPage page = json.decode(rows, json.conditionalOrderHistory(USDT));

    ConditionalOrder stop = page.orders().get(0);
    assertThat(stop.kind()).isEqualTo(ConditionalOrderKind.STOP_LOSS);
    assertThat(stop.status()).isEqualTo(ConditionalOrderStatus.CANCELLED);
    assertThat(stop.wholePosition()).isTrue();
    assertThat(stop.stopLoss()).contains(leg("26000", TriggerPriceType.MARK, null));
    ConditionalOrder trail = page.orders().get(1);
    assertThat(trail.kind()).isEqualTo(ConditionalOrderKind.TRAILING_STOP);
    assertThat(trail.status()).isEqualTo(ConditionalOrderStatus.FAILED);
    assertThat(trail.positionSide()).contains(HoldSide.NET);
    assertThat(trail.callbackRatio()).contains(dec("1.5"));
    assertThat(trail.trigger()).contains(leg("27500", TriggerPriceType.LAST, null));
  }

  @Test
  void aRowWithoutAnyTriggerPriceNamesWhatIsMissing() {
    String row = "[{\"orderId\":\"1\",\"symbol\":\"BTCUSDT\",\"takeProfit\":\"\",\"stopLoss\":\"\",\"createdTime\":\"1\"}]";

    assertThatThrownBy(() -> json.decode(row, json.pendingConditionalOrders(USDT)))
        .isInstanceOf(BitgetDecodingException.class)
        .hasMessageContaining("Invalid conditional order data. Missing fields: triggerPrice");
  }

  @Test
  void positionTpslAnswerIsTheFirstItemAndCancelPlanFailuresCarryOnlyTheirMessage() {
    assertThat(data("conditional/rest-v2-place-pos-tpsl.json", json.positionTpslAck()))
        .isEqualTo(new OrderAck("xxxxxxxx", Optional.of("xxxxxxxx")));

    BatchOrderResult cancelled = data("conditional/rest-v2-cancel-plan-order.json", json.batchOrderResult());
    assertThat(cancelled.successes()).containsExactly(new OrderAck("121212121212", Optional.of("123")),
        new OrderAck("123", Optional.empty()));
    assertThat(cancelled.failures()).containsExactly(
        new BatchOrderFailure(Optional.of("3"), Optional.of("123"), Optional.empty(), "notExistend"),
        new BatchOrderFailure(Optional.of("21221"), Optional.empty(), Optional.empty(), "notExistend"));
  }
}
