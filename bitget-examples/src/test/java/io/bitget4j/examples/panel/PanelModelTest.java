package io.bitget4j.examples.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.bitget4j.core.Symbol;
import io.bitget4j.core.model.ConditionalOrderKind;
import io.bitget4j.core.model.ConditionalOrderStatus;
import io.bitget4j.core.model.ConditionalOrderUpdate;
import io.bitget4j.core.model.Account;
import io.bitget4j.core.model.HoldSide;
import io.bitget4j.core.model.MarginMode;
import io.bitget4j.core.model.Order;
import io.bitget4j.core.model.OrderStatus;
import io.bitget4j.core.model.OrderType;
import io.bitget4j.core.model.PositionMode;
import io.bitget4j.core.model.Side;
import io.bitget4j.core.model.Ticker;
import io.bitget4j.core.model.TimeInForce;
import io.bitget4j.core.testing.ManualClock;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** How pushes and REST answers meet in the model: the newer one wins, whichever came last. */
@Timeout(10)
class PanelModelTest {
  private final ManualClock clock = ManualClock.create();
  private final PanelModel model = new PanelModel(List.of(Frames.BTC), clock);

  @Test
  void restListOlderThanAPushNeitherDropsANewOrderNorRevivesAFinishedOne() {
    model.onOrder(order("1", OrderStatus.LIVE));
    long asked = model.ordersVersion();
    // while the list is on its way: order 2 arrives, order 1 is cancelled
    model.onOrder(order("2", OrderStatus.LIVE));
    model.onOrder(order("1", OrderStatus.CANCELLED));
    model.onOpenOrders(List.of(order("1", OrderStatus.LIVE)), asked);

    assertThat(model.orders(Frames.BTC)).extracting(OrderLine::orderId).containsExactly("2");
  }

  @Test
  void restListDropsOrdersItNoLongerHasWhenNoPushChangedThem() {
    model.onOrder(order("1", OrderStatus.LIVE));
    model.onOrder(order("2", OrderStatus.LIVE));
    assertThat(model.ordersListed()).isFalse();

    model.onOpenOrders(List.of(order("2", OrderStatus.PARTIALLY_FILLED)), model.ordersVersion());

    assertThat(model.ordersListed()).isTrue();
    assertThat(model.orders(Frames.BTC)).singleElement()
        .satisfies(o -> assertThat(o.state()).isEqualTo("PARTIALLY_FILLED"));
  }

  @Test
  void conditionalOrdersJoinThePlainOnesNewestFirstAndEachListReplacesTheLast() {
    model.onOrder(order("plain", OrderStatus.LIVE));
    clock.advance(Duration.ofSeconds(1));
    Instant later = clock.instant();
    model.onConditionalOrders(List.of(
        Frames.conditional(Frames.BTC, "sl", ConditionalOrderKind.STOP_LOSS, ConditionalOrderStatus.LIVE, HoldSide.LONG,
            "26000", null, later),
        // another market's, and one that fired while the list was on its way, stay out
        Frames.conditional(Symbol.ETHUSDT_UMCBL, "eth", ConditionalOrderKind.STOP_LOSS, ConditionalOrderStatus.LIVE,
            HoldSide.LONG, "1700", null, later),
        Frames.conditional(Frames.BTC, "fired", ConditionalOrderKind.TAKE_PROFIT, ConditionalOrderStatus.TRIGGERED,
            HoldSide.LONG, "28000", null, later)), model.conditionalVersion());

    assertThat(model.orders(Frames.BTC)).extracting(OrderLine::orderId, OrderLine::isConditional)
        .containsExactly(tuple("sl", true), tuple("plain", false));

    model.onConditionalOrders(List.of(), model.conditionalVersion());
    assertThat(model.orders(Frames.BTC)).extracting(OrderLine::orderId).containsExactly("plain");
  }

  @Test
  void conditionalRestListOlderThanAPushNeitherDropsANewOrderNorRevivesAFinishedOne() {
    Instant at = clock.instant();
    model.onConditionalOrder(update("sl", ConditionalOrderStatus.LIVE, "26000", at));
    long asked = model.conditionalVersion();
    // while the list is on its way: a take-profit is placed, the stop-loss is moved, then cancelled,
    // and another market's order changes
    model.onConditionalOrder(update("tp", ConditionalOrderStatus.LIVE, "28000", at));
    model.onConditionalOrder(update("sl", ConditionalOrderStatus.LIVE, "26500", at));
    model.onConditionalOrder(update("sl", ConditionalOrderStatus.CANCELLED, "26500", at));
    model.onConditionalOrder(new ConditionalOrderUpdate(Frames.conditional(Symbol.ETHUSDT_UMCBL, "eth",
        ConditionalOrderKind.STOP_LOSS, ConditionalOrderStatus.LIVE, HoldSide.LONG, "1700", null, at),
        Optional.empty(), at));
    model.onConditionalOrders(List.of(Frames.conditional(Frames.BTC, "sl", ConditionalOrderKind.STOP_LOSS,
        ConditionalOrderStatus.LIVE, HoldSide.LONG, "26000", null, at)), asked);

    assertThat(model.orders(Frames.BTC)).extracting(OrderLine::orderId).containsExactly("tp");

    // a newer list drops what it no longer has; the stream's triggered order leaves too
    model.onConditionalOrder(update("trigger", ConditionalOrderStatus.LIVE, "27500", at));
    model.onConditionalOrders(List.of(Frames.conditional(Frames.BTC, "trigger", ConditionalOrderKind.STOP_LOSS,
        ConditionalOrderStatus.LIVE, HoldSide.LONG, "27500", null, at)), model.conditionalVersion());
    assertThat(model.orders(Frames.BTC)).extracting(OrderLine::orderId).containsExactly("trigger");
    model.onConditionalOrder(update("trigger", ConditionalOrderStatus.TRIGGERED, "27500", at));
    assertThat(model.orders(Frames.BTC)).isEmpty();
  }

  private static ConditionalOrderUpdate update(String id, ConditionalOrderStatus status, String trigger, Instant at) {
    return new ConditionalOrderUpdate(Frames.conditional(Frames.BTC, id, ConditionalOrderKind.STOP_LOSS, status,
        HoldSide.LONG, trigger, null, at), Optional.empty(), at);
  }

  @Test
  void restPositionsYieldToAPushThatCameWhileTheyWereOnTheirWay() {
    long asked = model.positionsVersion();
    model.onPositionsPush(List.of(Frames.position(Frames.BTC, HoldSide.LONG, "0.2", "27000", "540", "24000")));
    model.onPositions(List.of(Frames.position(Frames.BTC, HoldSide.LONG, "0.1", "26946", "269.46", "24359.2")), asked);

    assertThat(model.positions()).singleElement().satisfies(p -> assertThat(p.size()).isEqualByComparingTo("0.2"));

    model.onPositions(List.of(), model.positionsVersion());
    assertThat(model.positions()).isEmpty();
    assertThat(model.positionsAt()).hasValue(clock.instant());
  }

  @Test
  void accountFromRestYieldsToANewerPushAndCarriesItsAge() {
    long asked = model.accountVersion();
    model.onAccountPush(Frames.account("10010", "9700", "10"));
    model.onAccount(Frames.account("10000", "9690", "0"), asked);
    clock.advance(Duration.ofSeconds(3));

    assertThat(model.account("USDT")).hasValueSatisfying(e -> {
      assertThat(e.getKey().equity()).isEqualByComparingTo("10010");
      assertThat(e.getValue()).isEqualTo(Duration.ofSeconds(3));
    });
  }

  @Test
  void positionModeFromRestHoldsEvenWhenAPushMadeItsBalancesStale() {
    // a classic account's pushes carry no position mode: only the REST answer knows it
    long asked = model.accountVersion();
    model.onAccountPush(Frames.account("10010", "9700", "10"));
    Account rest = Frames.account("10000", "9690", "0");
    model.onAccount(new Account(rest.marginCoin(), rest.available(), rest.locked(), rest.equity(), rest.usdtEquity(),
        rest.unrealizedPnl(), rest.crossedRiskRate(), rest.maxTransferOut(), Optional.of(MarginMode.CROSSED),
        Optional.of(PositionMode.HEDGE)), asked);

    assertThat(model.positionMode()).contains(PositionMode.HEDGE);
    assertThat(model.marginMode(Frames.BTC)).isEmpty(); // the account's margin mode is the trader's to apply
    assertThat(model.account("USDT")).hasValueSatisfying(e -> assertThat(e.getKey().equity())
        .isEqualByComparingTo("10010"));
  }

  @Test
  void priceChartKeepsTheLatestPriceOfEachSecond() {
    model.onTicker(ticker("27000"));
    clock.advance(Duration.ofMillis(300));
    model.onTicker(ticker("27001"));
    clock.advance(Duration.ofMillis(800));
    model.onTicker(ticker("27002"));

    assertThat(model.history(Frames.BTC)).containsExactly(new BigDecimal("27001"), new BigDecimal("27002"));
    assertThat(model.ticker(Frames.BTC)).hasValueSatisfying(t -> assertThat(t.lastPrice()).isEqualByComparingTo(
        "27002"));
  }

  @Test
  void markIsTheTickersElseThePositionsReportedOne() {
    assertThat(model.mark(Frames.BTC)).isEmpty();
    model.onTicker(ticker("27000"));
    assertThat(model.mark(Frames.BTC)).hasValue(new BigDecimal("27000.5"));
  }

  private Order order(String id, OrderStatus status) {
    Instant at = clock.instant();
    return new Order(Frames.BTC, id, Optional.empty(), Optional.of(new BigDecimal("26000")), new BigDecimal("0.01"),
        BigDecimal.ZERO, Optional.empty(), Side.BUY, Optional.empty(), OrderType.LIMIT, TimeInForce.GTC, status, false,
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), at,
        at);
  }

  private Ticker ticker(String last) {
    BigDecimal price = new BigDecimal(last);
    return new Ticker(Frames.BTC, price, price, price, BigDecimal.ONE, BigDecimal.ONE, price, price, price,
        Optional.empty(), Optional.of(price.add(new BigDecimal("0.5"))), Optional.empty(), Optional.empty(),
        BigDecimal.ONE, BigDecimal.ONE, Optional.empty(), clock.instant());
  }
}
