package io.bitget4j.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bitget4j.core.InvalidRequestException;
import io.bitget4j.core.Symbol;
import io.bitget4j.core.model.ConditionalOrderKind;
import io.bitget4j.core.model.HoldSide;
import io.bitget4j.core.model.Side;
import io.bitget4j.core.model.TradeSide;
import io.bitget4j.core.model.TriggerPriceType;
import java.math.BigDecimal;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The conditional order requests read like the trader's intent and refuse what cannot be placed, saying why. */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class ConditionalOrderRequestTest {
  private static final Symbol BTC = Symbol.BTCUSDT_UMCBL;

  private static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  private static void refused(Supplier<?> build, String field, String message) {
    assertThatThrownBy(build::get).isInstanceOf(InvalidRequestException.class).hasMessage(message)
        .satisfies(e -> assertThat(((InvalidRequestException) e).field()).isEqualTo(field));
  }

  @Test
  void aLongsStopLossSellsReduceOnlyToCloseIt() {
    ConditionalOrderRequest stop = ConditionalOrderRequest.stopLoss(BTC, HoldSide.LONG).triggerPrice(d("25000"))
        .triggerPriceType(TriggerPriceType.MARK).wholePosition().market().build();

    assertThat(stop.kind()).isEqualTo(ConditionalOrderKind.STOP_LOSS);
    assertThat(stop.tradeDirection()).isEqualTo(Side.SELL);
    assertThat(stop.positionSide()).contains(HoldSide.LONG);
    assertThat(stop.tradeSide()).contains(TradeSide.CLOSE);
    assertThat(stop.reduceOnly()).isTrue();
    assertThat(stop.wholePosition()).isTrue();
    assertThat(stop.limitPrice()).isEmpty();
    assertThat(stop.clientOid()).hasSize(32).startsWith("b4j");
    assertThat(stop.toString()).isEqualTo("ConditionalOrderRequest{STOP_LOSS BTCUSDT_UMCBL LONG SELL trigger=25000"
        + " by MARK wholePosition market clientOid=" + stop.clientOid() + "}");
  }

  @Test
  void aHedgeTriggerOrderThatClosesTheShortBuys() {
    ConditionalOrderRequest r = ConditionalOrderRequest.trigger(BTC).close(HoldSide.SHORT).triggerPrice(d("31000"))
        .triggerPriceType(TriggerPriceType.LAST).size(d("0.1")).limit(d("31010")).build();

    assertThat(r.tradeDirection()).isEqualTo(Side.BUY);
    assertThat(r.positionSide()).contains(HoldSide.SHORT);
    assertThat(r.tradeSide()).contains(TradeSide.CLOSE);
    assertThat(r.reduceOnly()).isFalse();
  }

  @Test
  void toBuilderKeepsEverythingButTheClientOrderId() {
    ConditionalOrderRequest first = ConditionalOrderRequest.trailingStop(BTC, HoldSide.SHORT)
        .activationPrice(d("25000")).triggerPriceType(TriggerPriceType.LAST).callbackRatio(d("0.5"))
        .size(d("0.2")).clientOid("mine").build();

    ConditionalOrderRequest second = first.toBuilder().build();

    assertThat(second.clientOid()).isNotEqualTo("mine");
    assertThat(second.toString().replace(second.clientOid(), "mine")).isEqualTo(first.toString());
  }

  @Test
  void missingPiecesAreNamedWithTheFix() {
    refused(() -> ConditionalOrderRequest.stopLoss(BTC, HoldSide.LONG).build(), "triggerPrice",
        "triggerPrice: a stop-loss needs the price that fires it; set triggerPrice(..)");
    refused(() -> ConditionalOrderRequest.trailingStop(BTC, HoldSide.LONG).build(), "triggerPrice",
        "triggerPrice: a trailing stop needs the price that fires it; set activationPrice(..)");
    refused(() -> ConditionalOrderRequest.takeProfit(BTC, HoldSide.LONG).triggerPrice(d("30000")).build(),
        "triggerPriceType", "triggerPriceType: say which price fires the take-profit:"
            + " triggerPriceType(TriggerPriceType.LAST) or triggerPriceType(TriggerPriceType.MARK)");
    refused(() -> ConditionalOrderRequest.takeProfit(BTC, HoldSide.LONG).triggerPrice(d("30000"))
        .triggerPriceType(TriggerPriceType.LAST).market().build(), "size",
        "size: say how much the take-profit trades: size(amount), or wholePosition() to close the whole position");
    refused(() -> ConditionalOrderRequest.takeProfit(BTC, HoldSide.LONG).triggerPrice(d("30000"))
        .triggerPriceType(TriggerPriceType.LAST).wholePosition().build(), "limitPrice",
        "limitPrice: say how the take-profit executes once triggered: market() or limit(price)");
    refused(() -> ConditionalOrderRequest.trigger(BTC).triggerPrice(d("30000"))
        .triggerPriceType(TriggerPriceType.LAST).size(d("1")).market().build(), "side",
        "side: a trigger order needs the trade it places: side(Side.BUY) or side(Side.SELL) in one-way mode,"
            + " open(HoldSide) or close(HoldSide) in hedge mode");
    refused(() -> ConditionalOrderRequest.trailingStop(BTC, HoldSide.LONG).activationPrice(d("30000"))
        .triggerPriceType(TriggerPriceType.LAST).size(d("1")).build(), "callbackRatio",
        "callbackRatio: a trailing stop needs the pullback that fires it, in percent of the best price:"
            + " callbackRatio(new BigDecimal(\"1.5\")) for 1.5 %");
  }

  @Test
  void whatAKindCannotDoIsRefused() {
    refused(() -> ConditionalOrderRequest.trigger(BTC).side(Side.BUY).triggerPrice(d("30000"))
        .triggerPriceType(TriggerPriceType.LAST).wholePosition().market().build(), "size",
        "size: a trigger order needs a size on Bitget; wholePosition() is for take-profit and stop-loss orders");
    refused(() -> ConditionalOrderRequest.trailingStop(BTC, HoldSide.LONG).activationPrice(d("30000"))
        .triggerPriceType(TriggerPriceType.LAST).callbackRatio(d("1")).size(d("1")).limit(d("29000")).build(),
        "limitPrice", "limitPrice: a trailing stop executes at market; remove limit(29000)");
    refused(() -> ConditionalOrderRequest.stopLoss(BTC, HoldSide.LONG).triggerPrice(d("25000"))
        .triggerPriceType(TriggerPriceType.MARK).wholePosition().market().callbackRatio(d("1")).build(),
        "callbackRatio", "callbackRatio: only a trailing stop has a callback ratio; a stop-loss fires at its"
            + " trigger price");
    refused(() -> ConditionalOrderRequest.stopLoss(BTC, HoldSide.LONG).side(Side.BUY), "side",
        "side: only a trigger order takes a side; a stop-loss closes the position it was created for");
    refused(() -> ConditionalOrderRequest.takeProfit(BTC, HoldSide.NET), "position",
        "position: a take-profit protects the LONG or the SHORT position, not NET");
    refused(() -> ConditionalOrderRequest.trigger(BTC).open(HoldSide.LONG).reduceOnly(true)
        .triggerPrice(d("30000")).triggerPriceType(TriggerPriceType.LAST).size(d("1")).market().build(),
        "reduceOnly", "reduceOnly: an order that opens a position cannot be reduce-only");
  }

  @Test
  void numbersOutOfRangeAreRefused() {
    refused(() -> ConditionalOrderRequest.trailingStop(BTC, HoldSide.LONG).activationPrice(d("30000"))
        .triggerPriceType(TriggerPriceType.LAST).callbackRatio(d("12")).size(d("1")).build(), "callbackRatio",
        "callbackRatio: 12 % is more than Bitget's largest callback ratio, 10 %; the ratio is in percent (1.5 is"
            + " 1.5 %)");
    refused(() -> ConditionalOrderRequest.trailingStop(BTC, HoldSide.LONG).activationPrice(d("30000"))
        .triggerPriceType(TriggerPriceType.LAST).callbackRatio(d("0.125")).size(d("1")).build(), "callbackRatio",
        "callbackRatio: 0.125 has more than 2 decimals; Bitget takes the ratio in hundredths of a percent");
    refused(() -> ConditionalOrderRequest.stopLoss(BTC, HoldSide.LONG).triggerPrice(d("-1"))
        .triggerPriceType(TriggerPriceType.MARK).wholePosition().market().build(), "triggerPrice",
        "triggerPrice: must be positive but was -1");
    refused(() -> ConditionalOrderRequest.stopLoss(BTC, HoldSide.LONG).triggerPrice(d("25000"))
        .triggerPriceType(TriggerPriceType.MARK).size(d("0")).market().build(), "size",
        "size: must be positive but was 0");
    refused(() -> ConditionalOrderRequest.stopLoss(BTC, HoldSide.LONG).triggerPrice(d("25000"))
        .triggerPriceType(TriggerPriceType.UNKNOWN).wholePosition().market().build(), "triggerPriceType",
        "triggerPriceType: UNKNOWN is only for values read from the wire; choose a real one");
  }

  @Test
  void aModificationMustChangeSomething() {
    refused(() -> ModifyConditionalOrderRequest.builder(BTC, OrderRef.orderId("1")).build(), "triggerPrice",
        "triggerPrice: nothing to change; set triggerPrice, triggerPriceType, size, limit or market, or"
            + " callbackRatio");
    assertThat(ModifyConditionalOrderRequest.builder(BTC, OrderRef.orderId("1")).limit(d("25000")).market().build()
        .toString()).isEqualTo("ModifyConditionalOrderRequest{BTCUSDT_UMCBL orderId=1 market}");
  }
}
