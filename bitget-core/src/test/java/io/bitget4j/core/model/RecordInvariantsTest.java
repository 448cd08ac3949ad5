package io.bitget4j.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bitget4j.core.Symbol;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class RecordInvariantsTest {
  private static final Symbol BTC = Symbol.BTCUSDT_UMCBL;
  private static final Instant T = Instant.ofEpochMilli(1732413600000L);

  private static BigDecimal dec(String text) {
    return new BigDecimal(text);
  }

  private static Contract contract(String priceEndStep, int pricePlace, String sizeMultiplier, int volumePlace) {
    return new Contract(BTC, "BTC", "USDT", dec("0.001"), dec(priceEndStep), pricePlace, volumePlace,
        dec(sizeMultiplier), dec("5"), 1, 125, dec("0.0002"), dec("0.0006"), "normal", List.of("USDT"));
  }

  private static Position position(HoldSide side, String size) {
    return new Position(BTC, side, MarginMode.ISOLATED, PositionMode.ONE_WAY, dec(size), dec(size), dec("27000"), 10,
        dec("0"), Optional.empty(), dec("270"), Optional.empty(), Optional.empty(), Optional.empty(), dec("0"),
        Optional.empty(), T, T);
  }

  @Test
  void priceTickScalesEndStepByPricePlace() {
    assertThat(contract("1", 1, "0.001", 3).priceTick()).isEqualByComparingTo("0.1");
    assertThat(contract("5", 2, "0.001", 3).priceTick()).isEqualByComparingTo("0.05");
    assertThat(contract("1", 0, "1", 0).priceTick()).isEqualByComparingTo("1");
  }

  @Test
  void sizeStepIsMultiplierOrVolumePlace() {
    assertThat(contract("1", 1, "0.001", 3).sizeStep()).isEqualByComparingTo("0.001");
    assertThat(contract("1", 1, "0", 2).sizeStep()).isEqualByComparingTo("0.01");
  }

  @Test
  void validatesPricesAndSizesAgainstRules() {
    Contract btc = contract("5", 2, "0.001", 3);

    assertThat(btc.isValidPrice(dec("27000.05"))).isTrue();
    assertThat(btc.isValidPrice(dec("27000.10"))).isTrue();
    assertThat(btc.isValidPrice(dec("27000.01"))).isFalse();
    assertThat(btc.isValidPrice(dec("0"))).isFalse();
    assertThat(btc.isValidSize(dec("0.001"))).isTrue();
    assertThat(btc.isValidSize(dec("0.0015"))).isFalse();
    assertThat(btc.isValidSize(dec("0.0005"))).isFalse();
    assertThat(btc.isTradable()).isTrue();
  }

  @Test
  void bestBidAndAskAreFirstLevels() {
    OrderBook book = new OrderBook(BTC, List.of(new BookLevel(dec("2"), dec("1")), new BookLevel(dec("1"), dec("1"))),
        List.of(new BookLevel(dec("3"), dec("4"))), T);
    OrderBook empty = new OrderBook(BTC, List.of(), List.of(), T);

    assertThat(book.bestBid()).contains(new BookLevel(dec("2"), dec("1")));
    assertThat(book.bestAsk()).contains(new BookLevel(dec("3"), dec("4")));
    assertThat(empty.bestBid()).isEmpty();
    assertThat(empty.bestAsk()).isEmpty();
  }

  @Test
  void listsAreCopiedAndUnmodifiable() {
    List<BookLevel> bids = new ArrayList<>(List.of(new BookLevel(dec("1"), dec("1"))));
    OrderBook book = new OrderBook(BTC, bids, List.of(), T);
    bids.clear();

    assertThat(book.bids()).hasSize(1);
    assertThatThrownBy(() -> book.bids().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void positionSideAndEmptiness() {
    assertThat(position(HoldSide.LONG, "0.1").isLong()).isTrue();
    assertThat(position(HoldSide.SHORT, "0.1").isLong()).isFalse();
    assertThat(position(HoldSide.LONG, "0").isEmpty()).isTrue();
    assertThat(position(HoldSide.LONG, "0.000").isEmpty()).isTrue();
    assertThat(position(HoldSide.NET, "1").isEmpty()).isFalse();
  }

  @Test
  void rejectsNullComponentsNamingThem() {
    assertThatThrownBy(() -> new Trade(BTC, "1", null, dec("1"), Side.BUY, T))
        .isInstanceOf(NullPointerException.class).hasMessage("price == null");
    assertThatThrownBy(() -> new OrderAck("1", null))
        .isInstanceOf(NullPointerException.class).hasMessage("clientOid == null");
    assertThatThrownBy(() -> position(null, "1"))
        .isInstanceOf(NullPointerException.class).hasMessage("holdSide == null");
  }

  @Test
  void batchResultReportsWhetherAllSucceeded() {
    BatchOrderResult ok = new BatchOrderResult(List.of(new OrderAck("1", Optional.empty())), List.of());
    BatchOrderResult partly = new BatchOrderResult(List.of(), List.of(
        new BatchOrderFailure(Optional.empty(), Optional.of("c"), Optional.of("40786"), "Duplicate clientOid")));

    assertThat(ok.allSucceeded()).isTrue();
    assertThat(partly.allSucceeded()).isFalse();
  }

  private static ConditionalOrder conditional(Optional<TriggerLeg> trigger, Optional<TriggerLeg> takeProfit,
      Optional<TriggerLeg> stopLoss) {
    return new ConditionalOrder(BTC, "1", Optional.empty(), ConditionalOrderKind.TRIGGER, ConditionalOrderStatus.LIVE,
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), trigger, takeProfit, stopLoss,
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), T, T);
  }

  @Test
  void aConditionalOrderFiresByItsTriggerElseItsTakeProfitElseItsStopLoss() {
    TriggerLeg trigger = new TriggerLeg(dec("30000"), TriggerPriceType.LAST, Optional.empty());
    TriggerLeg takeProfit = new TriggerLeg(dec("31000"), TriggerPriceType.MARK, Optional.of(dec("30990")));
    TriggerLeg stopLoss = new TriggerLeg(dec("25000"), TriggerPriceType.MARK, Optional.empty());

    assertThat(conditional(Optional.of(trigger), Optional.of(takeProfit), Optional.of(stopLoss)).primaryLeg())
        .isEqualTo(trigger);
    assertThat(conditional(Optional.empty(), Optional.of(takeProfit), Optional.of(stopLoss)).triggerPrice())
        .isEqualByComparingTo("31000");
    assertThat(conditional(Optional.empty(), Optional.empty(), Optional.of(stopLoss)).primaryLeg().isMarket()).isTrue();
    assertThat(conditional(Optional.empty(), Optional.empty(), Optional.of(stopLoss)).wholePosition()).isTrue();
    assertThatThrownBy(() -> conditional(Optional.empty(), Optional.empty(), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a conditional order needs a trigger, take-profit or stop-loss leg");
  }
}
