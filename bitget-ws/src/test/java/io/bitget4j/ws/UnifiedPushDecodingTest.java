package io.bitget4j.ws;

import static io.bitget4j.ws.testing.FakeStreamServer.compact;
import static io.bitget4j.ws.testing.FakeStreamServer.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import io.bitget4j.core.ProductType;
import io.bitget4j.core.Symbol;
import io.bitget4j.core.model.Account;
import io.bitget4j.core.model.BookLevel;
import io.bitget4j.core.model.Candle;
import io.bitget4j.core.model.CandleInterval;
import io.bitget4j.core.model.ConditionalOrderKind;
import io.bitget4j.core.model.ConditionalOrderStatus;
import io.bitget4j.core.model.ConditionalOrderUpdate;
import io.bitget4j.core.model.FastFill;
import io.bitget4j.core.model.Fill;
import io.bitget4j.core.model.FillRole;
import io.bitget4j.core.model.HoldSide;
import io.bitget4j.core.model.Liquidation;
import io.bitget4j.core.model.MarginMode;
import io.bitget4j.core.model.Order;
import io.bitget4j.core.model.OrderBook;
import io.bitget4j.core.model.OrderStatus;
import io.bitget4j.core.model.OrderType;
import io.bitget4j.core.model.Position;
import io.bitget4j.core.model.PositionMode;
import io.bitget4j.core.model.Side;
import io.bitget4j.core.model.Ticker;
import io.bitget4j.core.model.TimeInForce;
import io.bitget4j.core.model.Trade;
import io.bitget4j.core.model.TradeSide;
import io.bitget4j.core.model.TriggerLeg;
import io.bitget4j.ws.testing.FakeSockets.FakeSocket;
import io.bitget4j.ws.testing.Recorder;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Every V3 push sample of a unified account, received typed by a listener of a client that speaks
 * V3: the renamed fields fill the same records as V2's pushes do.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class UnifiedPushDecodingTest {
  private static final Symbol BTC = Symbol.BTCUSDT_UMCBL;

  private final ManualStreams streams = new ManualStreams();
  private BitgetStreamClient client;

  @BeforeEach
  void start() {
    streams.sockets.loginReply(compact(fixture("v3/ws-v3-login-ack.json")));
    client = streams.unifiedBuilder().build();
  }

  @AfterEach
  void stop() {
    client.close();
  }

  private static BigDecimal dec(String text) {
    return new BigDecimal(text);
  }

  private static Instant at(long millis) {
    return Instant.ofEpochMilli(millis);
  }

  /** Lets the subscribe go out and be acknowledged, then pushes {@code frame} on the connection to {@code path}. */
  private void push(String path, String frame) {
    streams.settle();
    FakeSocket socket = streams.sockets.sockets(path).get(0);
    socket.push(frame);
    streams.settle();
  }

  private void pushSample(String path, String name) {
    push(path, compact(fixture(name)));
  }

  @Test
  void tickerTakesItsSymbolFromTheChannelAndItsTimeFromTheFrame() {
    Recorder<Ticker> tickers = new Recorder<>();
    client.ticker(BTC, tickers);
    // Bitget's example is a spot ticker; a futures one differs in instType
    push("/public", compact(fixture("v3/ws-v3-ticker.json")).replace("\"spot\"", "\"usdt-futures\""));

    assertThat(tickers.values()).containsExactly(new Ticker(BTC, dec("100000"), dec("99999"), dec("100000"),
        dec("186.183209"), dec("188.312553"), dec("100000"), dec("98200"), dec("0"), Optional.of(dec("0.01833")),
        Optional.empty(), Optional.empty(), Optional.empty(), dec("37.722858"), dec("3750302.979626"),
        Optional.empty(), at(1736371332162L)));
  }

  @Test
  void booksOfOneLevelAsSentAndAsDocumentedLater() {
    Recorder<OrderBook> books = new Recorder<>();
    client.orderBook(BTC, BookDepth.TOP_1, books);
    pushSample("/public", "v3/ws-v3-books1-snapshot.json");
    pushSample("/public", "v3/ws-v3-books1-snapshot-jk.json");

    OrderBook expected = new OrderBook(BTC, List.of(new BookLevel(dec("99756.6"), dec("0.0128"))),
        List.of(new BookLevel(dec("99756.7"), dec("23.9774"))), at(1746698732562L));
    assertThat(books.values()).containsExactly(expected, expected);
  }

  @Test
  void publicTradesWithOneLetterKeys() {
    Recorder<Trade> trades = new Recorder<>();
    client.trades(BTC, trades);
    pushSample("/public", "v3/ws-v3-public-trade.json");

    assertThat(trades.values()).containsExactly(
        new Trade(BTC, "1260903622036942849", dec("100000"), dec("0.00118"), Side.BUY, at(1736348770627L)));
  }

  @Test
  void klineObjectsWithTheirSeparateInterval() {
    Recorder<Candle> candles = new Recorder<>();
    client.candles(BTC, CandleInterval.MINUTE_1, candles);
    pushSample("/public", "v3/ws-v3-kline-live-ccxt.json");

    assertThat(candles.values()).containsExactly(new Candle(at(1755564480000L), dec("116286"), dec("116310.2"),
        dec("116232.8"), dec("116256.2"), dec("39.7062"), dec("4616746.46654")));
  }

  @Test
  void liquidationsOfTheProductType() {
    Recorder<Liquidation> liquidations = new Recorder<>();
    client.liquidations(ProductType.UMCBL, liquidations);
    push("/public", "{\"data\":[{\"symbol\":\"BTCUSDT\",\"side\":\"buy\",\"price\":\"89000\",\"amount\":\"37.722858\","
        + "\"ts\":\"1736371332162\"}],\"arg\":{\"instType\":\"usdt-futures\",\"topic\":\"liquidation\"},"
        + "\"action\":\"update\",\"ts\":1736371332162}");

    assertThat(liquidations.values()).containsExactly(
        new Liquidation(BTC, Side.BUY, dec("89000"), dec("37.722858"), at(1736371332162L)));
  }

  @Test
  void positionWithItsRenamedSizeLiquidationPriceAndMargin() {
    Recorder<List<Position>> positions = new Recorder<>();
    client.positions(ProductType.UMCBL, positions);
    String open = compact(fixture("v3/ws-v3-position.json"))
        .replace("\"size\":\"0\"", "\"size\":\"0.5\"")
        .replace("\"available\":\"0\"", "\"available\":\"0.4\"")
        .replace("\"liqPrice\":\"\"", "\"liqPrice\":\"85000.5\"")
        .replace("\"marginSize\":\"0\"", "\"marginSize\":\"2350\"")
        .replace("\"avgPrice\":\"0\"", "\"avgPrice\":\"94000\"")
        .replace("\"positionStatus\":\"ended\"", "\"positionStatus\":\"opening\"");
    push("/private", open);
    // Bitget's own example: the position ended, so none is open any more
    pushSample("/private", "v3/ws-v3-position.json");

    assertThat(positions.values()).hasSize(2);
    assertThat(positions.values().get(0)).containsExactly(new Position(BTC, HoldSide.LONG, MarginMode.CROSSED,
        PositionMode.HEDGE, dec("0.5"), dec("0.4"), dec("94000"), 20, dec("0"), Optional.of(dec("85000.5")),
        dec("2350"), Optional.of(dec("94987.1")), Optional.empty(), Optional.empty(), dec("0"), Optional.empty(),
        at(1736378720620L), at(1736378720620L), Optional.of(dec("0")), Optional.empty(), Optional.empty()));
    assertThat(positions.values().get(1)).isEmpty();
  }

  @Test
  void orderWithItsHoldSideAndFeeDetail() {
    Recorder<Order> orders = new Recorder<>();
    client.orders(ProductType.UMCBL, orders);
    pushSample("/private", "v3/ws-v3-order.json");

    assertThat(orders.values()).containsExactly(new Order(BTC, "xxx", Optional.of("xxx"), Optional.empty(),
        dec("0.001"), dec("0.001"), Optional.of(dec("83131.5")), Side.BUY, Optional.of(TradeSide.OPEN),
        OrderType.MARKET, TimeInForce.GTC, OrderStatus.FILLED, false, Optional.of(MarginMode.CROSSED),
        Optional.of(20), Optional.of(dec("0.0332526")), Optional.of(dec("0")), Optional.empty(), Optional.empty(),
        at(1742367838101L), at(1742367838115L), Optional.of(HoldSide.LONG)));
  }

  @Test
  void accountIsOneValuePerCoinOfTheWallet() {
    Recorder<Account> accounts = new Recorder<>();
    client.account(ProductType.UMCBL, accounts);
    pushSample("/private", "v3/ws-v3-account.json");

    assertThat(accounts.values()).extracting(Account::marginCoin).containsExactly("ETH", "BTC", "USDT");
    assertThat(accounts.values().get(2)).isEqualTo(new Account("USDT", dec("344282.65536458"), dec("0"),
        dec("344282.65536458"), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty()));
  }

  @Test
  void fillsWithFeeAndRoleInEitherCaseOfCategory() {
    Recorder<Fill> fills = new Recorder<>();
    client.fills(ProductType.UMCBL, fills);
    pushSample("/private", "v3/ws-v3-fill.json");
    pushSample("/private", "v3/ws-v3-fill-jk.json");

    Fill expected = new Fill(BTC, "1288888888888888888", "1288888888888888888", dec("94993"), dec("0.01"), Side.BUY,
        Optional.of(TradeSide.OPEN), dec("0.569958"), dec("0"), Optional.of(FillRole.TAKER), at(1736378720623L));
    assertThat(fills.values()).containsExactly(expected, expected);
  }

  @Test
  void strategyOrdersAsConditionalOrderUpdates() {
    Recorder<ConditionalOrderUpdate> updates = new Recorder<>();
    client.conditionalOrders(ProductType.UMCBL, updates);
    pushSample("/private", "v3/ws-v3-strategy-order.json");

    ConditionalOrderUpdate update = updates.awaitValues(1).get(0);
    assertThat(update.status()).isEqualTo(ConditionalOrderStatus.LIVE);
    assertThat(update.timestamp()).isEqualTo(at(1730186725691L));
    assertThat(update.order().kind()).isEqualTo(ConditionalOrderKind.TAKE_PROFIT_AND_STOP_LOSS);
    assertThat(update.order().symbol()).isEqualTo(BTC);
    assertThat(update.order().takeProfit()).map(TriggerLeg::triggerPrice).contains(dec("110000"));
    assertThat(update.order().stopLoss()).map(TriggerLeg::triggerPrice).contains(dec("90000"));
  }

  @Test
  void fastFillsSentAsALoneObject() {
    Recorder<FastFill> fastFills = new Recorder<>();
    client.fastFills(ProductType.UMCBL, fastFills);
    push("/private", "{\"data\":{\"symbol\":\"BTCUSDT\",\"updatedTime\":\"1736378720623\",\"side\":\"buy\","
        + "\"orderId\":\"1288888888888888888\",\"execTime\":\"1736378720621\",\"tradeScope\":\"maker\","
        + "\"execId\":\"1288888888888888890\",\"execPrice\":\"94993\",\"holdSide\":\"long\","
        + "\"category\":\"usdt-futures\",\"execQty\":\"0.01\",\"clientOid\":\"a-72057594037927978\"},"
        + "\"arg\":{\"instType\":\"UTA\",\"topic\":\"fast-fill\"},\"action\":\"update\",\"ts\":1736378720653}");

    assertThat(fastFills.values()).containsExactly(new FastFill(BTC, "1288888888888888890", "1288888888888888888",
        Optional.of("a-72057594037927978"), dec("94993"), dec("0.01"), Side.BUY, Optional.of(HoldSide.LONG),
        Optional.of(FillRole.MAKER), at(1736378720621L)));
  }

  @Test
  void rowsOfAnotherProductTypeStayWithTheirOwnChannel() {
    Recorder<List<Position>> usdt = new Recorder<>();
    Recorder<List<Position>> coin = new Recorder<>();
    client.positions(ProductType.UMCBL, usdt);
    client.positions(ProductType.DMCBL, coin);
    String btcUsd = compact(fixture("v3/ws-v3-position.json")).replace("BTCUSDT", "BTCUSD")
        .replace("\"marginCoin\":\"USDT\"", "\"marginCoin\":\"BTC\"").replace("\"size\":\"0\"", "\"size\":\"3\"");
    push("/private", btcUsd);

    assertThat(usdt.values()).containsExactly(List.of());
    assertThat(coin.values()).singleElement().satisfies(list ->
        assertThat(list).extracting(Position::symbol).containsExactly(Symbol.parse("BTCUSD_DMCBL")));
  }
}
