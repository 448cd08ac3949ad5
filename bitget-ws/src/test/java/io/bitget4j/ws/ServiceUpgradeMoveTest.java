package io.bitget4j.ws;

import static io.bitget4j.ws.testing.FakeStreamServer.compact;
import static io.bitget4j.ws.testing.FakeStreamServer.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import io.bitget4j.core.ProductType;
import io.bitget4j.core.Symbol;
import io.bitget4j.core.model.Order;
import io.bitget4j.core.model.OrderBook;
import io.bitget4j.core.model.Ticker;
import io.bitget4j.ws.testing.FakeSockets.FakeSocket;
import io.bitget4j.ws.testing.Logs;
import io.bitget4j.ws.testing.Pushes;
import io.bitget4j.ws.testing.Recorder;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Bitget's service-upgrade notice (code 30033), which comes up to a minute before it closes the
 * connection: the client opens a new connection, logs in, subscribes every channel and switches
 * each one over when its subscribe is acknowledged, then closes the old one once it has answered a
 * last ping (or after the pong timeout), so that the pushes only it received are still delivered.
 * No push is lost, none is delivered twice.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ServiceUpgradeMoveTest {
  private static final String NOTICE = "{\"event\":\"error\",\"code\":\"30033\",\"msg\":\"service upgrade in progress\"}";
  private static final String ORDER_ARG = "{\"instType\":\"UTA\",\"topic\":\"order\"}";
  /** Bitget's acknowledgement of the order topic's subscribe, which switches the route. */
  private static final String ORDER_ACK = "{\"event\":\"subscribe\",\"arg\":" + ORDER_ARG + "}";
  private static final String TICKER_ARG = "{\"instType\":\"usdt-futures\",\"topic\":\"ticker\",\"symbol\":\"BTCUSDT\"}";

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

  /** The order sample, as an update of another time and status. */
  private static String order(long updatedMillis, String status) {
    return compact(fixture("v3/ws-v3-order.json"))
        .replace("\"updatedTime\":\"1742367838115\"", "\"updatedTime\":\"" + updatedMillis + "\"")
        .replace("\"orderStatus\":\"filled\"", "\"orderStatus\":\"" + status + "\"")
        .replace("\"action\":\"snapshot\"", "\"action\":\"update\"");
  }

  private static String ticker(String lastPrice, long timestamp) {
    return compact(fixture("v3/ws-v3-ticker.json")).replace("\"spot\"", "\"usdt-futures\"")
        .replace("\"lastPrice\":\"100000\"", "\"lastPrice\":\"" + lastPrice + "\"")
        .replace("\"ts\":1736371332162", "\"ts\":" + timestamp);
  }

  private List<FakeSocket> privateSockets() {
    return streams.sockets.sockets("/private");
  }

  @Test
  void privateChannelsMoveToANewLoggedInConnectionWithoutLosingOrRepeatingAnUpdate() {
    Recorder<Order> orders = new Recorder<>();
    client.orders(ProductType.UMCBL, orders);
    streams.settle();
    FakeSocket old = privateSockets().get(0);
    old.push(order(1_000, "live"));
    streams.sockets.ackSubscribe(false);

    old.push(NOTICE);
    streams.settle();

    assertThat(privateSockets()).hasSize(2);
    FakeSocket fresh = privateSockets().get(1);
    assertThat(fresh.sentWithoutPings()).hasSize(2);
    assertThat(fresh.sentWithoutPings().get(0)).startsWith("{\"op\":\"login\",\"args\":[{\"apiKey\":\"key\",");
    assertThat(fresh.sentWithoutPings().get(1)).isEqualTo("{\"op\":\"subscribe\",\"args\":[" + ORDER_ARG + "]}");
    assertThat(old.isOpen()).isTrue(); // make before break

    old.push(order(2_000, "partially_filled")); // the old connection still delivers
    fresh.push(ORDER_ACK); // the route switches here
    old.push(order(3_000, "partially_filled")); // dropped: the new connection delivers it
    fresh.push(order(2_000, "partially_filled")); // received by both before the switch: a repeat
    fresh.push(order(3_000, "partially_filled"));
    fresh.push(order(4_000, "filled"));
    streams.settle();

    assertThat(orders.values()).extracting(o -> o.updatedAt().toEpochMilli())
        .containsExactly(1_000L, 2_000L, 3_000L, 4_000L);
    assertThat(old.isClosed()).isTrue();
    assertThat(old.sent()).noneMatch(f -> f.contains("unsubscribe"));
    assertThat(client.health().connections()).isEqualTo(1);
    assertThat(client.state()).isEqualTo(ConnectionState.AUTHENTICATED);
    assertThat(client.health().lastError()).isEmpty();
    assertThat(Logs.warnings()).isEmpty();
  }

  @Test
  void publicChannelsMoveTooAndTheNewConnectionsSnapshotIsNotDeliveredAgain() {
    Recorder<Ticker> tickers = new Recorder<>();
    client.ticker(Symbol.BTCUSDT_UMCBL, tickers);
    streams.settle();
    FakeSocket old = streams.sockets.socket(0);
    old.push(ticker("1", 1_000));
    streams.sockets.ackSubscribe(false);

    old.push("{\"event\":\"error\",\"code\":30033,\"msg\":\"service upgrade\"}"); // the code as a number
    streams.settle();
    FakeSocket fresh = streams.sockets.socket(1);
    assertThat(fresh.sentWithoutPings()).containsExactly("{\"op\":\"subscribe\",\"args\":[" + TICKER_ARG + "]}");

    old.push(ticker("2", 2_000));
    fresh.push("{\"event\":\"subscribe\",\"arg\":" + TICKER_ARG + "}");
    fresh.push(ticker("2", 2_000)); // the new connection's snapshot
    old.push(ticker("3", 3_000)); // dropped
    fresh.push(ticker("3", 3_000));
    streams.settle();

    assertThat(tickers.values()).extracting(t -> t.lastPrice().toPlainString()).containsExactly("1", "2", "3");
    assertThat(old.isClosed()).isTrue();
  }

  /** The old and the new private socket of a move. */
  private record Move(FakeSocket old, FakeSocket fresh) {
  }

  /** Subscribes the orders, announces the upgrade and returns the move, the new subscribe not acknowledged. */
  private Move ordersMoving(Recorder<Order> orders) {
    client.orders(ProductType.UMCBL, orders);
    streams.settle();
    FakeSocket old = privateSockets().get(0);
    streams.sockets.ackSubscribe(false);
    old.push(NOTICE);
    streams.settle();
    streams.sockets.answerPing(false); // the test answers the old connection's last ping itself
    return new Move(old, privateSockets().get(1));
  }

  private static List<Long> times(Recorder<Order> orders) {
    return orders.values().stream().map(o -> o.updatedAt().toEpochMilli()).toList();
  }

  @Test
  void aPushOnlyTheOldConnectionReadAfterTheSwitchIsDeliveredAndOneBothGotIsDeliveredOnceInEitherOrder() {
    Recorder<Order> orders = new Recorder<>();
    Move move = ordersMoving(orders);
    FakeSocket old = move.old();
    FakeSocket fresh = move.fresh();

    fresh.push(ORDER_ACK); // the route switches here
    fresh.push(order(3_000, "live")); // sent after the server took the new subscribe: both got it
    old.push(order(2_000, "live")); // sent before it: only the old connection got it, read late
    old.push(order(3_000, "live")); // the new connection delivered it already
    old.push(order(4_000, "partially_filled")); // both got it; the old connection is read first this time
    fresh.push(order(4_000, "partially_filled"));
    fresh.push(order(5_000, "filled"));
    streams.settle();

    assertThat(times(orders)).containsExactly(3_000L, 2_000L, 4_000L, 5_000L);
    assertThat(old.isOpen()).as("open until it answers the ping sent after the switch").isTrue();
    assertThat(old.sent().get(old.sent().size() - 1)).isEqualTo("ping");
    assertThat(client.health().connections()).isEqualTo(1);
  }

  @Test
  void theOldConnectionClosesWhenItAnswersTheLastPingAndDeliversEverythingReadBefore() {
    Recorder<Order> orders = new Recorder<>();
    Move move = ordersMoving(orders);
    FakeSocket old = move.old();
    FakeSocket fresh = move.fresh();
    fresh.push(ORDER_ACK);
    fresh.push(order(3_000, "live"));
    streams.settle();
    streams.advance(Duration.ofSeconds(5));

    old.push(order(2_000, "live")); // still read: the ping's answer comes after it
    old.push("pong");
    streams.settle();

    assertThat(old.isClosed()).isTrue();
    assertThat(times(orders)).containsExactly(3_000L, 2_000L);
    assertThat(old.sent()).noneMatch(f -> f.contains("unsubscribe"));
    assertThat(client.state()).isEqualTo(ConnectionState.AUTHENTICATED);
    assertThat(Logs.warnings()).isEmpty();
  }

  @Test
  void aPushTheOldConnectionDeliveredIsNotDeliveredAgainWhenTheNewOneReadsItAfterTheOldClosed() {
    Recorder<Order> orders = new Recorder<>();
    Move move = ordersMoving(orders);
    FakeSocket old = move.old();
    FakeSocket fresh = move.fresh();
    fresh.push(ORDER_ACK);
    fresh.push(order(3_000, "live"));
    old.push(order(4_000, "partially_filled")); // both got it; the old connection is read first
    old.push("pong"); // the old connection closes
    streams.settle();
    assertThat(old.isClosed()).isTrue();

    fresh.push(order(4_000, "partially_filled")); // the new connection's reader was behind
    fresh.push(order(5_000, "filled"));
    streams.settle();

    assertThat(times(orders)).containsExactly(3_000L, 4_000L, 5_000L);
  }

  @Test
  void theOldConnectionClosesAfterThePongTimeoutWhenNoPongComes() {
    Recorder<Order> orders = new Recorder<>();
    Move move = ordersMoving(orders);
    FakeSocket old = move.old();
    FakeSocket fresh = move.fresh();
    fresh.push(ORDER_ACK);
    streams.settle();

    streams.advance(Duration.ofMillis(9_999));
    assertThat(old.isOpen()).isTrue();
    old.push(order(2_000, "live"));
    streams.advance(Duration.ofMillis(1));

    assertThat(old.isClosed()).as("closed 10 s (the pong timeout) after its last ping").isTrue();
    assertThat(times(orders)).containsExactly(2_000L);
    assertThat(client.health().reconnectCount()).isZero();
    assertThat(client.state()).isEqualTo(ConnectionState.AUTHENTICATED);
    assertThat(Logs.warnings()).isEmpty();
  }

  @Test
  void aBookIgnoresTheOldConnectionsUpdatesAfterTheSwitch() {
    try (BitgetStreamClient classic = streams.builder().build()) {
      Recorder<OrderBook> books = new Recorder<>();
      classic.orderBook(Symbol.BTCUSDT_UMCBL, books);
      streams.settle();
      FakeSocket old = streams.sockets.socket(0);
      old.push(Pushes.booksSnapshot());
      streams.sockets.ackSubscribe(false);
      old.push("{\"event\":\"error\",\"code\":30033,\"msg\":\"service upgrade\"}");
      streams.settle();
      FakeSocket fresh = streams.sockets.socket(1);

      fresh.push(Pushes.ack("books", "BTCUSDT"));
      // the new connection's snapshot, a little later, replaces the book
      fresh.push(Pushes.booksSnapshot().replace("\"ts\":\"1732413600000\"", "\"ts\":\"1732413600050\""));
      old.push(Pushes.booksUpdate()); // the next update in sequence: it would apply on top of it, but is not applied
      streams.settle();

      assertThat(books.values()).extracting(b -> b.timestamp().toEpochMilli())
          .containsExactly(1732413600000L, 1732413600050L);
      assertThat(books.values().get(1).bids()).isEqualTo(books.values().get(0).bids());
      assertThat(fresh.sentWithoutPings()).containsExactly(Pushes.subscribe("books", "BTCUSDT"));
      assertThat(old.isClosed()).isTrue();
    }
  }

  @Test
  void theForcedCloseThatFollowsTheNoticeReconnectsNothing() {
    Recorder<Order> orders = new Recorder<>();
    client.orders(ProductType.UMCBL, orders);
    streams.settle();
    FakeSocket old = privateSockets().get(0);
    streams.sockets.ackSubscribe(false);
    old.push(NOTICE);
    streams.settle();

    old.drop(); // Bitget closes the old connection before the new one is acknowledged
    streams.advance(java.time.Duration.ofSeconds(60));
    FakeSocket fresh = privateSockets().get(1);
    fresh.push(ORDER_ACK);
    fresh.push(order(5_000, "live"));
    streams.settle();

    assertThat(privateSockets()).hasSize(2);
    assertThat(orders.values()).extracting(o -> o.updatedAt().toEpochMilli()).containsExactly(5_000L);
    assertThat(client.health().reconnectCount()).isZero();
  }
}
