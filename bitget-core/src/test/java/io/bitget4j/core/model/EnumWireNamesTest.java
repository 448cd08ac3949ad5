package io.bitget4j.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Timeout(10)
class EnumWireNamesTest {

  @ParameterizedTest(name = "{0} \"{1}\" reads as {2}")
  @CsvSource(delimiter = '|', value = {
      "Side         | buy              | BUY",
      "Side         | SELL             | SELL",
      "Side         | open_long        | UNKNOWN",
      "TradeSide    | open             | OPEN",
      "TradeSide    | close            | CLOSE",
      "TradeSide    | buy_single       | UNKNOWN",
      "HoldSide     | long             | LONG",
      "HoldSide     | short            | SHORT",
      "HoldSide     | net              | NET",
      "HoldSide     | both             | UNKNOWN",
      "MarginMode   | isolated         | ISOLATED",
      "MarginMode   | crossed          | CROSSED",
      "MarginMode   | fixed            | ISOLATED",
      "MarginMode   | portfolio        | UNKNOWN",
      "PositionMode | one_way_mode     | ONE_WAY",
      "PositionMode | hedge_mode       | HEDGE",
      "PositionMode | single_hold      | UNKNOWN",
      "OrderType    | limit            | LIMIT",
      "OrderType    | market           | MARKET",
      "OrderType    | trigger          | UNKNOWN",
      "TimeInForce  | gtc              | GTC",
      "TimeInForce  | ioc              | IOC",
      "TimeInForce  | fok              | FOK",
      "TimeInForce  | post_only        | POST_ONLY",
      "TimeInForce  | normal           | GTC",
      "TimeInForce  | gtx              | UNKNOWN",
      "OrderStatus  | live             | LIVE",
      "OrderStatus  | new              | LIVE",
      "OrderStatus  | init             | LIVE",
      "OrderStatus  | partially_filled | PARTIALLY_FILLED",
      "OrderStatus  | filled           | FILLED",
      "OrderStatus  | canceled         | CANCELLED",
      "OrderStatus  | cancelled        | CANCELLED",
      "OrderStatus  | expired          | UNKNOWN",
      "OrderStatus  | ''               | UNKNOWN",
      "TriggerPriceType       | fill_price   | LAST",
      "TriggerPriceType       | market       | LAST",
      "TriggerPriceType       | mark_price   | MARK",
      "TriggerPriceType       | MARK         | MARK",
      "TriggerPriceType       | index_price  | UNKNOWN",
      "ConditionalOrderStatus | live         | LIVE",
      "ConditionalOrderStatus | not_trigger  | LIVE",
      "ConditionalOrderStatus | pending      | LIVE",
      "ConditionalOrderStatus | executed     | TRIGGERED",
      "ConditionalOrderStatus | success      | TRIGGERED",
      "ConditionalOrderStatus | executing    | TRIGGERED",
      "ConditionalOrderStatus | cancelled    | CANCELLED",
      "ConditionalOrderStatus | fail_execute | FAILED",
      "ConditionalOrderStatus | failed       | FAILED",
      "ConditionalOrderStatus | paused       | UNKNOWN",
  })
  void readsWireNames(String type, String wire, String expected) {
    assertThat(parser(type).apply(wire).name()).isEqualTo(expected);
  }

  @Test
  void wireNamesRoundTrip() {
    for (Side value : Side.values()) {
      assertThat(Side.fromWire(value.wireName())).isEqualTo(value);
    }
    for (OrderStatus value : OrderStatus.values()) {
      assertThat(OrderStatus.fromWire(value.wireName())).isEqualTo(value);
    }
    for (TimeInForce value : TimeInForce.values()) {
      assertThat(TimeInForce.fromWire(value.wireName())).isEqualTo(value);
    }
    assertThat(PositionMode.HEDGE.wireName()).isEqualTo("hedge_mode");
    assertThat(TimeInForce.POST_ONLY.wireName()).isEqualTo("post_only");
    assertThat(OrderStatus.CANCELLED.wireName()).isEqualTo("canceled");
  }

  @Test
  void triggerPriceTypesHaveAV2AndAV3Name() {
    assertThat(TriggerPriceType.LAST.wireName()).isEqualTo("fill_price");
    assertThat(TriggerPriceType.LAST.v3Name()).isEqualTo("market");
    assertThat(TriggerPriceType.MARK.wireName()).isEqualTo("mark_price");
    assertThat(TriggerPriceType.MARK.v3Name()).isEqualTo("mark");
  }

  @Test
  void aConditionalOrderIsFinalOnceItNoLongerWaits() {
    assertThat(ConditionalOrderStatus.LIVE.isFinal()).isFalse();
    assertThat(ConditionalOrderStatus.UNKNOWN.isFinal()).isFalse();
    assertThat(ConditionalOrderStatus.TRIGGERED.isFinal()).isTrue();
    assertThat(ConditionalOrderStatus.FILLED.isFinal()).isTrue();
    assertThat(ConditionalOrderStatus.CANCELLED.isFinal()).isTrue();
    assertThat(ConditionalOrderStatus.FAILED.isFinal()).isTrue();
  }

  @Test
  void onlyFilledAndCancelledAreFinal() {
    assertThat(OrderStatus.FILLED.isFinal()).isTrue();
    assertThat(OrderStatus.CANCELLED.isFinal()).isTrue();
    assertThat(OrderStatus.LIVE.isFinal()).isFalse();
    assertThat(OrderStatus.PARTIALLY_FILLED.isFinal()).isFalse();
    assertThat(OrderStatus.UNKNOWN.isFinal()).isFalse();
  }

  @Test
  void fromWireRejectsNull() {
    assertThatThrownBy(() -> Side.fromWire(null)).isInstanceOf(NullPointerException.class).hasMessage("wire == null");
  }

  @ParameterizedTest(name = "{0}: granularity {1}, channel {2}, {3}")
  @CsvSource(delimiter = '|', value = {
      "MINUTE_1  | 1m  | candle1m  | PT1M",
      "MINUTE_3  | 3m  | candle3m  | PT3M",
      "MINUTE_5  | 5m  | candle5m  | PT5M",
      "MINUTE_15 | 15m | candle15m | PT15M",
      "MINUTE_30 | 30m | candle30m | PT30M",
      "HOUR_1    | 1H  | candle1H  | PT1H",
      "HOUR_4    | 4H  | candle4H  | PT4H",
      "HOUR_6    | 6H  | candle6H  | PT6H",
      "HOUR_12   | 12H | candle12H | PT12H",
      "DAY_1     | 1D  | candle1D  | PT24H",
      "WEEK_1    | 1W  | candle1W  | PT168H",
      "MONTH_1   | 1M  | candle1M  | PT720H",
  })
  void candleIntervalsMapToRestAndWebSocketNames(CandleInterval interval, String granularity, String channel,
      Duration duration) {
    assertThat(interval.restGranularity()).isEqualTo(granularity);
    assertThat(interval.wsChannel()).isEqualTo(channel);
    assertThat(interval.duration()).isEqualTo(duration);
    assertThat(CandleInterval.fromWire(granularity)).isEqualTo(interval);
    assertThat(CandleInterval.fromWire(channel)).isEqualTo(interval);
  }

  @Test
  void candleIntervalCaseMattersAndUnknownHasNoWireForm() {
    assertThat(CandleInterval.fromWire("1m")).isEqualTo(CandleInterval.MINUTE_1);
    assertThat(CandleInterval.fromWire("1M")).isEqualTo(CandleInterval.MONTH_1);
    assertThat(CandleInterval.fromWire("1h")).isEqualTo(CandleInterval.UNKNOWN);
    assertThat(CandleInterval.fromWire("candle2m")).isEqualTo(CandleInterval.UNKNOWN);
    assertThatThrownBy(CandleInterval.UNKNOWN::restGranularity).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(CandleInterval.UNKNOWN::wsChannel).isInstanceOf(IllegalStateException.class);
  }

  private static Function<String, ? extends Enum<?>> parser(String type) {
    switch (type) {
      case "Side":
        return Side::fromWire;
      case "TradeSide":
        return TradeSide::fromWire;
      case "HoldSide":
        return HoldSide::fromWire;
      case "MarginMode":
        return MarginMode::fromWire;
      case "PositionMode":
        return PositionMode::fromWire;
      case "OrderType":
        return OrderType::fromWire;
      case "TimeInForce":
        return TimeInForce::fromWire;
      case "OrderStatus":
        return OrderStatus::fromWire;
      case "TriggerPriceType":
        return TriggerPriceType::fromWire;
      case "ConditionalOrderStatus":
        return ConditionalOrderStatus::fromWire;
      default:
        throw new IllegalArgumentException(type);
    }
  }
}
