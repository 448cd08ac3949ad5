package io.bitget4j.testkit.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.bitget4j.core.AccountMode;
import io.bitget4j.core.BitgetApiException;
import io.bitget4j.core.OrderRejectedException;
import io.bitget4j.core.ProductType;
import io.bitget4j.core.Symbol;
import io.bitget4j.core.model.Account;
import io.bitget4j.core.model.AccountSettings;
import io.bitget4j.core.model.BatchOrderResult;
import io.bitget4j.core.model.Fill;
import io.bitget4j.core.model.HoldSide;
import io.bitget4j.core.model.MarginMode;
import io.bitget4j.core.model.CandleInterval;
import io.bitget4j.core.model.ClosedPositionPage;
import io.bitget4j.core.model.Order;
import io.bitget4j.core.model.OrderAck;
import io.bitget4j.core.model.OrderBook;
import io.bitget4j.core.model.OrderPage;
import io.bitget4j.core.model.OrderStatus;
import io.bitget4j.core.model.Position;
import io.bitget4j.core.model.PositionMode;
import io.bitget4j.core.model.Side;
import io.bitget4j.core.model.Ticker;
import io.bitget4j.core.util.Sleeper;
import io.bitget4j.rest.BitgetRestClient;
import io.bitget4j.rest.CandleRequest;
import io.bitget4j.rest.ModifyOrderRequest;
import io.bitget4j.rest.OrderQuery;
import io.bitget4j.rest.OrderRef;
import io.bitget4j.rest.OrderRequest;
import io.bitget4j.testkit.FakeBitget;
import io.bitget4j.testkit.FakeOrder;
import io.bitget4j.testkit.RateLimitGroup;
import io.bitget4j.testkit.RecordedCall;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The REST client's end-to-end scenarios on a classic and on a unified fake exchange: the same user
 * code, the same records, V2 on one wire and V3 on the other. The client runs in {@code AUTO}, so
 * each scenario starts by detecting the account mode, as a real first call does. Stream scenarios
 * live in {@link ClientsAgainstFakeBitgetTest} (the fake streams V2 only, in both modes).
 */
@ParameterizedClass(name = "{0} account")
@EnumSource(value = AccountMode.class, names = {"CLASSIC", "UNIFIED"})
@Timeout(60)
class RestClientOnBothAccountModesTest {
  private static final Symbol BTC = Symbol.BTCUSDT_UMCBL;
  private static final BigDecimal BELOW_MARKET = new BigDecimal("20000");

  @Parameter
  AccountMode mode;

  private FakeBitget fake;
  private BitgetRestClient rest;

  @BeforeEach
  void start() {
    fake = fake().start();
    rest = client(fake, Sleeper.system());
  }

  @AfterEach
  void stop() {
    rest.close();
    fake.close();
  }

  private FakeBitget.Builder fake() {
    return FakeBitget.builder().accountMode(mode).tickInterval(Duration.ZERO);
  }

  private static BitgetRestClient client(FakeBitget exchange, Sleeper sleeper) {
    return BitgetRestClient.builder()
        .baseUrl(exchange.restUrl())
        .credentials(exchange.credentials())
        .sleeper(sleeper)
        .build();
  }

  @Test
  void marketOrderOpensAPositionWhosePnlFollowsThePrice() {
    OrderAck ack = rest.orders().place(OrderRequest.market(BTC, Side.BUY, new BigDecimal("0.1")));

    assertThat(rest.accountMode()).isEqualTo(mode);
    assertThat(rest.orders().detail(BTC, OrderRef.orderId(ack.orderId())).status()).isEqualTo(OrderStatus.FILLED);
    Position opened = onlyPosition();
    assertThat(opened.holdSide()).isEqualTo(HoldSide.LONG);
    assertThat(opened.size()).isEqualByComparingTo("0.1");

    BigDecimal equityBefore = rest.account().account(BTC).equity();

    fake.setPrice(BTC, opened.entryPrice().add(new BigDecimal("1000")));

    // 0.1 BTC gains 100 USDT when the price rises 1,000 above the entry
    assertThat(onlyPosition().unrealizedPnl()).isEqualByComparingTo("100");
    assertThat(rest.positions().all(ProductType.UMCBL)).singleElement()
        .satisfies(p -> assertThat(p.unrealizedPnl()).isEqualByComparingTo("100"));
    Account account = rest.account().account(BTC);
    assertThat(account.marginCoin()).isEqualTo("USDT");
    assertThat(account.equity().subtract(equityBefore)).isEqualByComparingTo("100");
    assertThat(account.equity()).isEqualByComparingTo(fake.account().equity());
  }

  @Test
  void lostOrderAnswerIsLookedUpNotResent() {
    // a market order fills at once: a unified account would take its clientOid again, so only the lookup
    // stands between a lost answer and a second order
    fake.faults().loseNextOrderResponse();
    OrderRequest request = OrderRequest.market(BTC, Side.BUY, new BigDecimal("0.01"));

    OrderAck ack = rest.orders().place(request);

    assertThat(fake.orders()).singleElement().satisfies(o -> {
      assertThat(o.orderId()).isEqualTo(ack.orderId());
      assertThat(o.clientOid()).isEqualTo(request.clientOid());
      assertThat(o.status()).isEqualTo("filled");
    });
    assertThat(calls("place-order")).hasSize(1);
    assertThat(calls(mode == AccountMode.UNIFIED ? "/api/v3/trade/order-info" : "/api/v2/mix/order/detail"))
        .singleElement()
        .satisfies(lookup -> assertThat(lookup.queryParameter("clientOid")).contains(request.clientOid()));
    assertThat(onlyPosition().size()).isEqualByComparingTo("0.01");
  }

  @Test
  void placingTheSameRequestTwiceWhileItRestsReturnsTheFirstOrder() {
    OrderRequest request = OrderRequest.limit(BTC, Side.BUY, new BigDecimal("0.01"), BELOW_MARKET);

    OrderAck first = rest.orders().place(request);
    OrderAck second = rest.orders().place(request);

    assertThat(second.orderId()).isEqualTo(first.orderId());
    assertThat(fake.orders()).hasSize(1);
  }

  @Test
  void signedCallsSurviveAClockSixtySecondsOff() {
    fake.faults().setClockSkew(Duration.ofSeconds(60));

    assertThat(rest.account().account(BTC).marginCoin()).isEqualTo("USDT");
    assertThat(rest.accountMode()).isEqualTo(mode);
  }

  @Test
  void clockJumpMidSessionIsMeasuredAgainAndTheOrderPlacedOnce() {
    rest.detectAccountMode(); // the jump must meet the order, not the detection
    rest.orders().pending(OrderQuery.of(BTC));
    fake.faults().setClockSkew(Duration.ofSeconds(-45));

    OrderRequest request = OrderRequest.limit(BTC, Side.BUY, new BigDecimal("0.01"), BELOW_MARKET);
    OrderAck ack = rest.orders().place(request);

    // the first attempt was refused for its timestamp before the exchange acted on it
    assertThat(calls("place-order")).hasSize(2);
    assertThat(fake.orders()).singleElement().satisfies(o -> {
      assertThat(o.orderId()).isEqualTo(ack.orderId());
      assertThat(o.clientOid()).isEqualTo(request.clientOid());
    });
  }

  @Test
  void ordersOverTheExchangesBudgetAreRefusedWith429ThenPlacedOnceEach() {
    List<Duration> waits = new CopyOnWriteArrayList<>();
    Sleeper recording = d -> {
      waits.add(d);
      Sleeper.system().sleep(d);
    };
    try (FakeBitget limited = fake().rateLimit(RateLimitGroup.TRADE, 1).start();
        BitgetRestClient client = client(limited, recording)) {
      client.detectAccountMode();
      OrderRequest first = OrderRequest.limit(BTC, Side.BUY, new BigDecimal("0.01"), BELOW_MARKET);
      OrderRequest second = OrderRequest.limit(BTC, Side.BUY, new BigDecimal("0.02"), BELOW_MARKET);

      client.orders().place(first);
      client.orders().place(second);

      assertThat(limited.orders()).extracting(FakeOrder::clientOid)
          .containsExactly(first.clientOid(), second.clientOid());
      // the fake allows one place-order a second: the second order met a 429 at least once, and was
      // resent after a wait, without a lookup (a 429 places nothing)
      assertThat(calls(limited, "place-order").size()).isGreaterThan(2);
      assertThat(waits).isNotEmpty();
      assertThat(calls(limited, "/api/v3/trade/order-info")).isEmpty();
      assertThat(calls(limited, "/api/v2/mix/order/detail")).isEmpty();
    }
  }

  @Test
  void cancelsAnOrderByIdAndAnotherByClientOid() {
    OrderRequest byId = OrderRequest.limit(BTC, Side.BUY, new BigDecimal("0.01"), BELOW_MARKET);
    OrderRequest byClientOid = OrderRequest.limit(BTC, Side.BUY, new BigDecimal("0.02"), BELOW_MARKET);
    OrderAck first = rest.orders().place(byId);
    rest.orders().place(byClientOid);
    assertThat(rest.orders().pending(OrderQuery.of(BTC)).orders()).hasSize(2);

    rest.orders().cancel(BTC, OrderRef.orderId(first.orderId()));
    rest.orders().cancel(BTC, OrderRef.clientOid(byClientOid.clientOid()));

    assertThat(rest.orders().pending(OrderQuery.of(BTC)).orders()).isEmpty();
    assertThat(rest.orders().detail(BTC, OrderRef.orderId(first.orderId())).status())
        .isEqualTo(OrderStatus.CANCELLED);
    assertThat(rest.orders().detail(BTC, OrderRef.clientOid(byClientOid.clientOid())).status())
        .isEqualTo(OrderStatus.CANCELLED);
    assertThat(rest.orders().history(OrderQuery.of(BTC)).orders()).hasSize(2)
        .allSatisfy(o -> assertThat(o.status()).isEqualTo(OrderStatus.CANCELLED));
  }

  @Test
  void modifyGivesTheOpenOrderItsNewSizeAndPrice() {
    OrderAck ack = rest.orders().place(OrderRequest.limit(BTC, Side.BUY, new BigDecimal("0.01"), BELOW_MARKET));

    rest.orders().modify(ModifyOrderRequest.builder(BTC, OrderRef.orderId(ack.orderId()))
        .newSizeAndPrice(new BigDecimal("0.03"), new BigDecimal("19500"))
        .build());

    // classic replaces the order under a new id, unified changes it in place: either way one order is open
    assertThat(rest.orders().pending(OrderQuery.of(BTC)).orders()).singleElement().satisfies(o -> {
      assertThat(o.size()).isEqualByComparingTo("0.03");
      assertThat(o.price()).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("19500"));
    });
  }

  @Test
  void batchPlacesWhatFitsReportsTheRestAndCancelsInBatches() {
    OrderRequest small = OrderRequest.limit(BTC, Side.BUY, new BigDecimal("0.01"), BELOW_MARKET);
    OrderRequest tooBig = OrderRequest.limit(BTC, Side.BUY, new BigDecimal("90"), BELOW_MARKET);
    OrderRequest other = OrderRequest.limit(BTC, Side.BUY, new BigDecimal("0.02"), BELOW_MARKET);

    BatchOrderResult placed = rest.orders().placeBatch(List.of(small, tooBig, other));

    assertThat(placed.successes()).extracting(a -> a.clientOid().orElseThrow())
        .containsExactly(small.clientOid(), other.clientOid());
    assertThat(placed.failures()).singleElement().satisfies(f -> {
      assertThat(f.clientOid()).contains(tooBig.clientOid());
      assertThat(BitgetApiException.ofBatchItem(f.errorCode().orElseThrow(), f.errorMessage(), "POST", "batch"))
          .isInstanceOf(OrderRejectedException.class);
    });

    BatchOrderResult cancelled = rest.orders().cancelBatch(BTC, placed.successes().stream()
        .map(a -> OrderRef.orderId(a.orderId())).toList());

    assertThat(cancelled.allSucceeded()).isTrue();
    assertThat(cancelled.successes()).hasSize(2);
    assertThat(rest.orders().pending(OrderQuery.of(BTC)).orders()).isEmpty();
  }

  @Test
  void cancelAllCancelsTheSymbolsOpenOrdersAndWithNoneLeftHasNothingToReport() {
    rest.orders().place(OrderRequest.limit(BTC, Side.BUY, new BigDecimal("0.01"), BELOW_MARKET));
    rest.orders().place(OrderRequest.limit(BTC, Side.BUY, new BigDecimal("0.02"), BELOW_MARKET));

    BatchOrderResult both = rest.orders().cancelAll(BTC);
    BatchOrderResult none = rest.orders().cancelAll(BTC);

    assertThat(both.successes()).hasSize(2);
    assertThat(both.allSucceeded()).isTrue();
    assertThat(none.successes()).isEmpty();
    assertThat(none.allSucceeded()).isTrue();
    assertThat(fake.orders()).extracting(FakeOrder::status).containsOnly("canceled");
  }

  @Test
  void cancelAllOfAProductTypeCancelsEveryOpenOrderOfIt() {
    rest.orders().place(OrderRequest.limit(BTC, Side.BUY, new BigDecimal("0.01"), BELOW_MARKET));
    rest.orders().place(OrderRequest.limit(BTC, Side.BUY, new BigDecimal("0.02"), BELOW_MARKET));

    BatchOrderResult both = rest.orders().cancelAll(ProductType.UMCBL);
    BatchOrderResult none = rest.orders().cancelAll(ProductType.UMCBL);

    assertThat(both.successes()).hasSize(2);
    assertThat(both.allSucceeded()).isTrue();
    assertThat(none.successes()).isEmpty();
    assertThat(fake.orders()).extracting(FakeOrder::status).containsOnly("canceled");
  }

  @Test
  void aClosedPositionIsListedInThePositionHistoryWithItsPnl() {
    rest.orders().place(OrderRequest.market(BTC, Side.BUY, new BigDecimal("0.1")));
    BigDecimal entry = onlyPosition().entryPrice();
    fake.setPrice(BTC, entry.add(new BigDecimal("500")));
    rest.orders().closePositions(BTC);

    ClosedPositionPage page = rest.positions().history(OrderQuery.of(BTC));

    assertThat(page.positions()).singleElement().satisfies(closed -> {
      assertThat(closed.symbol()).isEqualTo(BTC);
      assertThat(closed.holdSide()).isEqualTo(HoldSide.LONG);
      assertThat(closed.closedSize()).isEqualByComparingTo("0.1");
      // 0.1 BTC closed about 500 above its entry (the close fills at the book, near the price set)
      assertThat(closed.realizedPnl()).isBetween(new BigDecimal("40"), new BigDecimal("60"));
    });
    assertThat(rest.positions().history(OrderQuery.of(ProductType.UMCBL)).positions()).hasSize(1);
  }

  @Test
  void closePositionsFlattensTheSymbolAtMarket() {
    rest.orders().place(OrderRequest.market(BTC, Side.BUY, new BigDecimal("0.05")));
    assertThat(onlyPosition().size()).isEqualByComparingTo("0.05");

    BatchOrderResult closed = rest.orders().closePositions(BTC);

    assertThat(closed.allSucceeded()).isTrue();
    assertThat(closed.successes()).hasSize(1);
    assertThat(rest.positions().of(BTC)).isEmpty();
    assertThat(fake.positions()).isEmpty();
  }

  @Test
  void fillsAndOrderHistoryShowTheFilledOrder() {
    OrderAck ack = rest.orders().place(OrderRequest.market(BTC, Side.BUY, new BigDecimal("0.02")));

    List<Fill> fills = rest.orders().fills(OrderQuery.of(BTC)).fills();
    List<Order> history = rest.orders().history(OrderQuery.of(BTC)).orders();

    assertThat(fills).isNotEmpty().allSatisfy(f -> {
      assertThat(f.orderId()).isEqualTo(ack.orderId());
      assertThat(f.symbol()).isEqualTo(BTC);
      assertThat(f.side()).isEqualTo(Side.BUY);
    });
    assertThat(fills.stream().map(Fill::size).reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("0.02");
    assertThat(history).singleElement().satisfies(o -> {
      assertThat(o.orderId()).isEqualTo(ack.orderId());
      assertThat(o.status()).isEqualTo(OrderStatus.FILLED);
      assertThat(o.filledSize()).isEqualByComparingTo("0.02");
    });
  }

  @Test
  void leverageAndMarginModeApplyToTheNextPosition() {
    rest.account().setMarginMode(BTC, MarginMode.CROSSED);
    rest.account().setLeverage(BTC, 7);

    // a classic order names its margin mode, a unified one takes the symbol's: this order suits both
    rest.orders().place(OrderRequest.builder().symbol(BTC).side(Side.BUY).size(new BigDecimal("0.01")).market()
        .marginMode(MarginMode.CROSSED).build());

    Position position = onlyPosition();
    assertThat(position.marginMode()).isEqualTo(MarginMode.CROSSED);
    assertThat(position.leverage()).isEqualTo(7);
    assertThat(fake.positions()).singleElement().satisfies(p -> {
      assertThat(p.marginMode()).isEqualTo(MarginMode.CROSSED);
      assertThat(p.leverage()).isEqualTo(7);
    });
  }

  @Test
  void hedgeModeOpensAndClosesEachSideByIntent() {
    rest.account().setPositionMode(ProductType.UMCBL, PositionMode.HEDGE);

    rest.orders().place(OrderRequest.builder().symbol(BTC).open(HoldSide.LONG).size(new BigDecimal("0.03")).market()
        .build());
    rest.orders().place(OrderRequest.builder().symbol(BTC).open(HoldSide.SHORT).size(new BigDecimal("0.02")).market()
        .build());
    assertThat(rest.positions().of(BTC)).extracting(Position::holdSide, p -> p.size().stripTrailingZeros())
        .containsExactlyInAnyOrder(tuple(HoldSide.LONG, new BigDecimal("0.03")),
            tuple(HoldSide.SHORT, new BigDecimal("0.02")));
    assertThat(rest.positions().of(BTC)).allSatisfy(p -> assertThat(p.positionMode()).isEqualTo(PositionMode.HEDGE));

    rest.orders().place(OrderRequest.builder().symbol(BTC).close(HoldSide.LONG).size(new BigDecimal("0.01")).market()
        .build());
    assertThat(rest.positions().of(BTC)).extracting(Position::holdSide, p -> p.size().stripTrailingZeros())
        .containsExactlyInAnyOrder(tuple(HoldSide.LONG, new BigDecimal("0.02")),
            tuple(HoldSide.SHORT, new BigDecimal("0.02")));

    rest.orders().closePositions(BTC, HoldSide.SHORT);
    assertThat(onlyPosition().holdSide()).isEqualTo(HoldSide.LONG);
  }

  @Test
  void marketDataReadsTheSameOnTheKnownModesWire() {
    rest.detectAccountMode(); // from here on public calls speak the account's API version too
    fake.setPrice(BTC, new BigDecimal("31000"));
    fake.tickMarket();
    BigDecimal last = fake.price(BTC);

    Ticker ticker = rest.market().ticker(BTC);
    assertThat(ticker.symbol()).isEqualTo(BTC);
    assertThat(ticker.lastPrice()).isEqualByComparingTo(last);
    assertThat(ticker.bidPrice()).isLessThanOrEqualTo(ticker.askPrice());
    assertThat(rest.market().tickers(ProductType.UMCBL)).extracting(Ticker::symbol)
        .contains(BTC, Symbol.ETHUSDT_UMCBL);
    assertThat(rest.market().contract(BTC).symbol()).isEqualTo(BTC);
    assertThat(rest.market().contracts(ProductType.UMCBL)).hasSizeGreaterThanOrEqualTo(2);
    OrderBook book = rest.market().orderBook(BTC, 5);
    assertThat(book.bids()).isNotEmpty().hasSizeLessThanOrEqualTo(5);
    assertThat(book.asks()).isNotEmpty().hasSizeLessThanOrEqualTo(5);
    assertThat(book.bids().get(0).price()).isLessThan(book.asks().get(0).price());
    assertThat(rest.market().recentTrades(BTC, 10)).isNotEmpty().allSatisfy(t -> assertThat(t.symbol()).isEqualTo(BTC));
    assertThat(rest.market().candles(CandleRequest.builder(BTC, CandleInterval.MINUTE_1).limit(5).build()))
        .isNotEmpty().hasSizeLessThanOrEqualTo(5)
        .allSatisfy(c -> assertThat(c.high()).isGreaterThanOrEqualTo(c.low()));
    assertThat(rest.market().fundingRate(BTC).symbol()).isEqualTo(BTC);
    assertThat(rest.market().openInterest(BTC).symbol()).isEqualTo(BTC);
    assertThat(rest.market().symbolPrice(BTC).price()).isEqualByComparingTo(last);
    String api = mode == AccountMode.UNIFIED ? "/api/v3/market/" : "/api/v2/mix/market/";
    assertThat(fake.requests()).filteredOn(c -> c.path().contains("/market/"))
        .allSatisfy(c -> assertThat(c.path()).startsWith(api));
  }

  @Test
  void openOrdersPageByCursorNewestFirst() {
    List<String> ids = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      ids.add(rest.orders().place(OrderRequest.limit(BTC, Side.BUY, new BigDecimal("0.01"),
          BELOW_MARKET.subtract(BigDecimal.valueOf(i)))).orderId());
    }

    OrderPage first = rest.orders().pending(OrderQuery.builder(ProductType.UMCBL).symbol(BTC).limit(2).build());
    OrderPage second = rest.orders().pending(OrderQuery.builder(ProductType.UMCBL).symbol(BTC).limit(2)
        .cursor(first.endId().orElseThrow()).build());

    assertThat(first.orders()).extracting(Order::orderId).containsExactly(ids.get(2), ids.get(1));
    assertThat(second.orders()).extracting(Order::orderId).containsExactly(ids.get(0));
  }

  @Test
  void presetTakeProfitAndStopLossTravelWithTheOrder() {
    OrderAck ack = rest.orders().place(OrderRequest.builder().symbol(BTC).side(Side.BUY).size(new BigDecimal("0.01"))
        .limit(BELOW_MARKET).presetTakeProfitPrice(new BigDecimal("25000")).presetStopLossPrice(new BigDecimal("19000"))
        .build());

    Order order = rest.orders().detail(BTC, OrderRef.orderId(ack.orderId()));

    assertThat(order.presetTakeProfitPrice()).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("25000"));
    assertThat(order.presetStopLossPrice()).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("19000"));
  }

  @Test
  void oneWayReduceOnlyOrderShrinksThePosition() {
    rest.orders().place(OrderRequest.market(BTC, Side.BUY, new BigDecimal("0.03")));

    rest.orders().place(OrderRequest.builder().symbol(BTC).side(Side.SELL).size(new BigDecimal("0.01")).market()
        .reduceOnly(true).build());

    Position position = onlyPosition();
    assertThat(position.holdSide()).isEqualTo(HoldSide.LONG);
    assertThat(position.size()).isEqualByComparingTo("0.02");
    assertThat(position.positionMode()).isEqualTo(PositionMode.ONE_WAY);
  }

  @Test
  void accountsListTheMarginCoinAndOnlyAUnifiedAccountHasAWalletAndSettings() {
    rest.account().setLeverage(BTC, 9);

    assertThat(rest.account().accounts(ProductType.UMCBL)).filteredOn(a -> a.marginCoin().equals("USDT"))
        .singleElement().satisfies(a -> assertThat(a.equity()).isEqualByComparingTo(fake.account().equity()));
    if (mode == AccountMode.UNIFIED) {
      assertThat(rest.account().wallet().coins()).singleElement().satisfies(c -> {
        assertThat(c.coin()).isEqualTo("USDT");
        assertThat(c.equity()).isEqualByComparingTo(fake.account().equity());
      });
      AccountSettings settings = rest.account().settings();
      assertThat(settings.accountMode()).isEqualTo("unified");
      assertThat(settings.positionMode()).contains(PositionMode.ONE_WAY);
      assertThat(settings.symbol(BTC)).hasValueSatisfying(b -> assertThat(b.leverage()).isEqualTo(9));
    } else {
      assertThatThrownBy(() -> rest.account().wallet()).isInstanceOf(UnsupportedOperationException.class)
          .hasMessageContaining("use accounts(ProductType)");
      assertThatThrownBy(() -> rest.account().settings()).isInstanceOf(UnsupportedOperationException.class)
          .hasMessageStartingWith("account settings are a unified account's (V3)");
    }
  }

  @Test
  void closingWithNothingOpenDiffersOnlyAsBitgetsApisDo() {
    if (mode == AccountMode.UNIFIED) {
      // V3 answers 00000 with one 24056 "notExisted" item: nothing to close is not a failure
      BatchOrderResult nothing = rest.orders().closePositions(BTC);
      assertThat(nothing.successes()).isEmpty();
      assertThat(nothing.allSucceeded()).isTrue();
    } else {
      // V2 refuses the request with 22002 "No position to close"
      assertThatThrownBy(() -> rest.orders().closePositions(BTC)).isInstanceOfSatisfying(BitgetApiException.class,
          e -> assertThat(e.code()).isEqualTo("22002"));
    }
  }

  private Position onlyPosition() {
    List<Position> positions = rest.positions().of(BTC);
    assertThat(positions).hasSize(1);
    return positions.get(0);
  }

  private List<RecordedCall> calls(String pathEnd) {
    return calls(fake, pathEnd);
  }

  private static List<RecordedCall> calls(FakeBitget exchange, String pathEnd) {
    return exchange.requests().stream().filter(c -> c.path().endsWith(pathEnd)).toList();
  }
}
