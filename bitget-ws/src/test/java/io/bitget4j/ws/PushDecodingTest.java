package io.bitget4j.ws;

import static io.bitget4j.ws.testing.FakeStreamServer.compact;
import static io.bitget4j.ws.testing.FakeStreamServer.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import io.bitget4j.core.Credentials;
import io.bitget4j.core.ProductType;
import io.bitget4j.core.Symbol;
import io.bitget4j.core.model.Account;
import io.bitget4j.core.model.Candle;
import io.bitget4j.core.model.CandleInterval;
import io.bitget4j.core.model.ConditionalOrderKind;
import io.bitget4j.core.model.ConditionalOrderStatus;
import io.bitget4j.core.model.ConditionalOrderUpdate;
import io.bitget4j.core.model.Fill;
import io.bitget4j.core.model.FillRole;
import io.bitget4j.core.model.HoldSide;
import io.bitget4j.core.model.MarginMode;
import io.bitget4j.core.model.Order;
import io.bitget4j.core.model.OrderBook;
import io.bitget4j.core.model.OrderStatus;
import io.bitget4j.core.model.Position;
import io.bitget4j.core.model.PositionMode;
import io.bitget4j.core.model.Side;
import io.bitget4j.core.model.Ticker;
import io.bitget4j.core.model.Trade;
import io.bitget4j.core.model.TradeSide;
import io.bitget4j.ws.testing.FakeStreamServer;
import io.bitget4j.ws.testing.FakeStreamServer.Session;
import io.bitget4j.ws.testing.Recorder;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Every push sample, sent by a server and received typed by a listener. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class PushDecodingTest {
  private static final Symbol BTC = Symbol.BTCUSDT_UMCBL;

  private FakeStreamServer server;
  private BitgetStreamClient client;

  @BeforeEach
  void start() {
    server = FakeStreamServer.start();
    client = BitgetStreamClient.builder()
        .credentials(Credentials.of("key", "secret", "passphrase"))
        .publicUrl(server.publicUrl())
        .privateUrl(server.privateUrl())
        .pingInterval(Duration.ofSeconds(5))
        .build();
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  private static BigDecimal dec(String text) {
    return new BigDecimal(text);
  }

  /** Waits for the subscribe of {@code channel} on the connection to {@code path}, then pushes the fixture. */
  private void push(String path, String channel, String fixtureName) {
    Session session = server.awaitSession(path, 0);
    session.awaitFrame("subscribe " + channel, f -> f.contains("\"channel\":\"" + channel + "\""));
    session.send(compact(fixture(fixtureName)));
  }

  @Test
  void ticker() {
    Recorder<Ticker> tickers = new Recorder<>();
    client.ticker(BTC, tickers);
    push("/public", "ticker", "ws-ticker.json");

    Ticker ticker = tickers.awaitValues(1).get(0);
    assertThat(ticker.symbol()).isEqualTo(BTC);
    assertThat(ticker.lastPrice()).isEqualTo(dec("27000.5"));
    assertThat(ticker.bidPrice()).isEqualTo(dec("27000.4"));
    assertThat(ticker.askPrice()).isEqualTo(dec("27000.6"));
    assertThat(ticker.markPrice()).contains(dec("27000.6"));
    assertThat(ticker.fundingRate()).contains(dec("0.0001"));
    assertThat(ticker.timestamp()).isEqualTo(Instant.ofEpochMilli(1732413600000L));
  }

  @Test
  void documentedTicker() {
    Recorder<Ticker> tickers = new Recorder<>();
    client.ticker(BTC, tickers);
    push("/public", "ticker", "documented/v2-ws-ticker.json");

    assertThat(tickers.awaitValues(1).get(0).lastPrice()).isEqualTo(dec("43480.4"));
  }

  @Test
  void documentedDemoTickerWithItsLastField() {
    Symbol demo = Symbol.parse("SBTCSUSDT_SUMCBL");
    Recorder<Ticker> tickers = new Recorder<>();
    client.ticker(demo, tickers);
    Session session = server.awaitSession(0);
    session.awaitFrame("{\"op\":\"subscribe\",\"args\":[{\"instType\":\"SUSDT-FUTURES\",\"channel\":\"ticker\","
        + "\"instId\":\"SBTCSUSDT\"}]}");
    session.send(compact(fixture("documented/v2-ws-demo-ticker.json")));

    Ticker ticker = tickers.awaitValues(1).get(0);
    assertThat(ticker.symbol()).isEqualTo(demo);
    assertThat(ticker.lastPrice()).isEqualTo(dec("27000.5"));
  }

  @Test
  void trade() {
    Recorder<Trade> trades = new Recorder<>();
    client.trades(BTC, trades);
    push("/public", "trade", "ws-trade.json");

    Trade trade = trades.awaitValues(1).get(0);
    assertThat(trade.symbol()).isEqualTo(BTC);
    assertThat(trade.tradeId()).isEqualTo("1111111111111111112");
    assertThat(trade.price()).isEqualTo(dec("27000.5"));
    assertThat(trade.size()).isEqualTo(dec("0.02"));
    assertThat(trade.side()).isEqualTo(Side.BUY);
  }

  @Test
  void candle() {
    Recorder<Candle> candles = new Recorder<>();
    client.candles(BTC, CandleInterval.MINUTE_1, candles);
    push("/public", "candle1m", "ws-candle.json");

    Candle candle = candles.awaitValues(1).get(0);
    assertThat(candle.openTime()).isEqualTo(Instant.ofEpochMilli(1732413600000L));
    assertThat(candle.open()).isEqualTo(dec("27000"));
    assertThat(candle.high()).isEqualTo(dec("27010.5"));
    assertThat(candle.low()).isEqualTo(dec("26995.1"));
    assertThat(candle.close()).isEqualTo(dec("27000.5"));
    assertThat(candle.baseVolume()).isEqualTo(dec("12.5"));
  }

  @Test
  void booksSnapshot() {
    Recorder<OrderBook> books = new Recorder<>();
    client.orderBook(BTC, books);
    push("/public", "books", "ws-books-snapshot.json");

    OrderBook book = books.awaitValues(1).get(0);
    assertThat(book.bids()).hasSize(30);
    assertThat(book.asks()).hasSize(30);
    assertThat(book.bestBid().orElseThrow().price()).isEqualTo(dec("27000.0"));
  }

  @Test
  void positions() {
    Recorder<List<Position>> positions = new Recorder<>();
    client.positions(ProductType.UMCBL, positions);
    push("/private", "positions", "ws-positions.json");

    Position position = positions.awaitValues(1).get(0).get(0);
    assertThat(position.symbol()).isEqualTo(BTC);
    assertThat(position.holdSide()).isEqualTo(HoldSide.LONG);
    assertThat(position.marginMode()).isEqualTo(MarginMode.ISOLATED);
    assertThat(position.size()).isEqualTo(dec("0.1"));
    assertThat(position.entryPrice()).isEqualTo(dec("27000.05"));
    assertThat(position.leverage()).isEqualTo(10);
    assertThat(position.liquidationPrice()).contains(dec("24432.1"));
    assertThat(position.unrealizedPnl()).isEqualTo(dec("0.045"));
  }

  @Test
  void documentedPositions() {
    Recorder<List<Position>> positions = new Recorder<>();
    client.positions(ProductType.UMCBL, positions);
    push("/private", "positions", "documented/v2-ws-positions.json");

    Position position = positions.awaitValues(1).get(0).get(0);
    assertThat(position.positionMode()).isEqualTo(PositionMode.HEDGE);
    assertThat(position.marginMode()).isEqualTo(MarginMode.CROSSED);
    assertThat(position.leverage()).isEqualTo(20);
  }

  @Test
  void documentedConditionalOrders() {
    Recorder<ConditionalOrderUpdate> updates = new Recorder<>();
    client.conditionalOrders(ProductType.UMCBL, updates);
    push("/private", "orders-algo", "documented/v2-ws-orders-algo.json");

    ConditionalOrderUpdate update = updates.awaitValues(1).get(0);
    assertThat(update.status()).isEqualTo(ConditionalOrderStatus.LIVE);
    assertThat(update.timestamp()).isEqualTo(Instant.ofEpochMilli(1695719197612L));
    assertThat(update.order().symbol()).isEqualTo(BTC);
    assertThat(update.order().kind()).isEqualTo(ConditionalOrderKind.TRIGGER);
    assertThat(update.order().triggerPrice()).isEqualTo(dec("27000.000000000"));
    assertThat(update.order().primaryLeg().isMarket()).isTrue();
  }

  @Test
  void orders() {
    Recorder<Order> orders = new Recorder<>();
    client.orders(ProductType.UMCBL, orders);
    push("/private", "orders", "ws-orders.json");

    Order order = orders.awaitValues(1).get(0);
    assertThat(order.symbol()).isEqualTo(BTC);
    assertThat(order.orderId()).isEqualTo("1234567890123456789");
    assertThat(order.clientOid()).contains("omega-0001");
    assertThat(order.status()).isEqualTo(OrderStatus.FILLED);
    assertThat(order.side()).isEqualTo(Side.BUY);
    assertThat(order.price()).contains(dec("27000"));
    assertThat(order.filledSize()).isEqualTo(dec("0.01"));
  }

  @Test
  void account() {
    Recorder<Account> accounts = new Recorder<>();
    client.account(ProductType.UMCBL, accounts);
    push("/private", "account", "ws-account.json");

    Account account = accounts.awaitValues(1).get(0);
    assertThat(account.marginCoin()).isEqualTo("USDT");
    assertThat(account.available()).isEqualTo(dec("9729.995"));
    assertThat(account.equity()).isEqualTo(dec("10000.045"));
    assertThat(account.unrealizedPnl()).contains(dec("0.045"));
  }

  @Test
  void documentedAccount() {
    Recorder<Account> accounts = new Recorder<>();
    client.account(ProductType.UMCBL, accounts);
    push("/private", "account", "documented/v2-ws-account.json");

    Account account = accounts.awaitValues(1).get(0);
    assertThat(account.locked()).isEqualTo(dec("5.36581500"));
    assertThat(account.unrealizedPnl()).isEmpty();
  }

  @Test
  void documentedFills() {
    Recorder<Fill> fills = new Recorder<>();
    client.fills(ProductType.UMCBL, fills);
    push("/private", "fill", "documented/v2-ws-fill.json");

    assertThat(fills.awaitValues(1)).containsExactly(new Fill(BTC, "222", "111", dec("51000.5"), dec("0.01"),
        Side.BUY, Optional.of(TradeSide.OPEN), dec("-0.183717"), dec("0"), Optional.of(FillRole.TAKER),
        Instant.ofEpochMilli(1703577336606L)));
  }
}
