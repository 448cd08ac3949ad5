package io.bitget4j.ws;

import static org.assertj.core.api.Assertions.assertThat;

import io.bitget4j.core.ProductType;
import io.bitget4j.core.Symbol;
import io.bitget4j.core.model.OrderBook;
import io.bitget4j.core.model.Position;
import io.bitget4j.core.model.Ticker;
import io.bitget4j.core.model.Trade;
import io.bitget4j.ws.testing.FakeSockets.FakeSocket;
import io.bitget4j.ws.testing.FakeSockets.Sent;
import io.bitget4j.ws.testing.FakeStreamServer;
import io.bitget4j.ws.testing.Logs;
import io.bitget4j.ws.testing.Pushes;
import io.bitget4j.ws.testing.Recorder;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Bitget's per-connection budgets, on manual time: frames per second, subscribe requests per
 * hour, the forced close after about 24 hours, and idle connections.
 */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class ConnectionBudgetsTest {
  private static final Symbol BTC = Symbol.BTCUSDT_UMCBL;
  private static final Symbol ETH = Symbol.ETHUSDT_UMCBL;
  private static final Duration AGE = Duration.ofHours(23).plusMinutes(30);

  private final ManualStreams streams = new ManualStreams();
  private BitgetStreamClient client;

  @AfterEach
  void close() {
    if (client != null) {
      client.close();
    }
  }

  private static boolean isSubscribe(String frame) {
    return frame.startsWith("{\"op\":\"subscribe\"");
  }

  private FakeSocket last() {
    List<FakeSocket> all = streams.sockets.sockets();
    return all.get(all.size() - 1);
  }

  // ---------------------------------------------------------------- 10 frames per second

  @Test
  void noRollingSecondOfOutgoingFramesHoldsMoreThanTen() {
    client = streams.builder().maxChannelsPerConnection(1000).build();
    // 300 channels make 15 subscribe frames of 20 arguments, all queued at once.
    for (int i = 0; i < 300; i++) {
      client.ticker(Symbol.parse("C" + i + "USDT_UMCBL"), new Recorder<>());
    }

    streams.advance(Duration.ofSeconds(5));

    List<Sent> frames = streams.sockets.socket(0).sentFrames();
    assertThat(frames).filteredOn(f -> isSubscribe(f.text())).hasSize(15);
    for (int i = 10; i < frames.size(); i++) {
      assertThat(Duration.between(frames.get(i - 10).at(), frames.get(i).at())).as("frames %d to %d", i - 10, i)
          .isGreaterThanOrEqualTo(Duration.ofSeconds(1));
    }
  }

  // ---------------------------------------------------------------- 240 subscribe requests per hour

  @Test
  void subscribeRequestsAreCountedWithResubscribesAndShownInHealth() {
    client = streams.builder().build();
    assertThat(client.health().subscribeRequestsLastHour()).isZero();
    for (Symbol symbol : List.of(BTC, ETH, Symbol.parse("XRPUSDT_UMCBL"))) {
      client.ticker(symbol, new Recorder<>());
      streams.settle(); // each its own subscribe request
    }
    assertThat(client.health().subscribeRequestsLastHour()).isEqualTo(3);

    streams.sockets.socket(0).drop();
    streams.advance(Duration.ofSeconds(1));
    assertThat(streams.sockets.socket(1).sent()).filteredOn(ConnectionBudgetsTest::isSubscribe).hasSize(1);
    assertThat(client.health().subscribeRequestsLastHour()).isEqualTo(4);

    streams.advance(Duration.ofMinutes(61));
    assertThat(client.health().subscribeRequestsLastHour()).isZero();
  }

  @Test
  void connectionShortOfSubscribeBudgetLeavesNewChannelsToAnotherConnection() {
    client = streams.builder().build();
    client.ticker(BTC, new Recorder<>()); // keeps the connection busy
    streams.settle();
    // Subscribing and unsubscribing another channel costs one subscribe request each time.
    for (int i = 0; i < 239; i++) {
      Subscription churn = client.ticker(ETH, new Recorder<>());
      streams.settle();
      churn.close();
      streams.advance(Duration.ofMillis(300));
    }

    assertThat(streams.sockets.sockets()).hasSize(2);
    FakeSocket first = streams.sockets.socket(0);
    FakeSocket second = streams.sockets.socket(1);
    // After 1 + 238 requests, one is left: enough to resubscribe BTC after a reconnect, not to
    // subscribe ETH as well, so the 239th churn goes to a new connection.
    assertThat(first.sent()).filteredOn(ConnectionBudgetsTest::isSubscribe).hasSize(239);
    assertThat(second.sent()).containsExactly(Pushes.subscribe("ticker", "ETHUSDT"),
        Pushes.unsubscribe("ticker", "ETHUSDT"));
    assertThat(client.health().subscribeRequestsLastHour()).isEqualTo(239);

    // The first connection can still resubscribe everything after a reconnect.
    first.drop();
    streams.advance(Duration.ofSeconds(1));
    assertThat(last().sent()).containsExactly(Pushes.subscribe("ticker", "BTCUSDT"));
    assertThat(client.health().subscribeRequestsLastHour()).isEqualTo(240);
  }

  @Test
  void reconnectStormNeverSpendsMoreThanTheBudgetInAnyHour() {
    client = streams.builder().build();
    client.ticker(BTC, new Recorder<>());
    client.ticker(ETH, new Recorder<>());
    streams.settle();

    // The server drops every connection a second after it opened, for two and a half hours.
    for (int second = 0; second < 9_000; second++) {
      FakeSocket socket = last();
      if (socket.isOpen()) {
        socket.drop();
      }
      streams.advance(Duration.ofSeconds(1));
    }

    List<Instant> subscribes = new ArrayList<>();
    for (FakeSocket socket : streams.sockets.sockets()) {
      socket.sentFrames().stream().filter(f -> isSubscribe(f.text())).map(Sent::at).forEach(subscribes::add);
    }
    for (int i = 240; i < subscribes.size(); i++) {
      assertThat(Duration.between(subscribes.get(i - 240), subscribes.get(i))).as("subscribe requests %d to %d",
          i - 240, i).isGreaterThanOrEqualTo(Duration.ofHours(1));
    }
    assertThat(subscribes.size()).as("it went on after the budget freed up").isGreaterThan(480);
    assertThat(Logs.warnings()).anyMatch(w -> w.startsWith("Stream connection public-1 has used its 240"
        + " subscribe requests of the last hour; reconnecting in "));
    assertThat(client.health().subscribeRequestsLastHour()).isLessThanOrEqualTo(240);
  }

  // ---------------------------------------------------------------- idle connections

  @Test
  void connectionWithoutChannelsClosesAfterTheGracePeriodAndReopensWithTheNextSubscription() {
    client = streams.builder().build();
    Subscription ticker = client.ticker(BTC, new Recorder<>());
    streams.settle();
    FakeSocket first = streams.sockets.socket(0);

    ticker.close();
    streams.advance(Duration.ofSeconds(60).minusMillis(1));
    assertThat(first.sentWithoutPings()).endsWith(Pushes.unsubscribe("ticker", "BTCUSDT"));
    assertThat(first.isOpen()).isTrue();
    streams.advance(Duration.ofMillis(1));

    assertThat(first.isClosed()).isTrue();
    assertThat(client.state()).isEqualTo(ConnectionState.IDLE);
    assertThat(client.health().connections()).isZero();
    streams.advance(Duration.ofMinutes(10));
    assertThat(streams.sockets.sockets()).hasSize(1);

    Recorder<Ticker> eth = new Recorder<>();
    client.ticker(ETH, eth);
    streams.settle();
    FakeSocket second = streams.sockets.socket(1);
    assertThat(second.sent()).containsExactly(Pushes.subscribe("ticker", "ETHUSDT"));
    second.push(Pushes.ticker("ETHUSDT", "3000"));
    streams.settle();
    assertThat(eth.values()).hasSize(1);
    assertThat(client.state()).isEqualTo(ConnectionState.CONNECTED);
    assertThat(client.health().reconnectCount()).isZero();
  }

  @Test
  void subscriptionWithinTheGracePeriodKeepsTheConnection() {
    client = streams.builder().idleTimeout(Duration.ofSeconds(5)).build();
    Subscription ticker = client.ticker(BTC, new Recorder<>());
    streams.settle();

    ticker.close();
    streams.advance(Duration.ofSeconds(4));
    client.ticker(ETH, new Recorder<>());
    streams.advance(Duration.ofMinutes(2));

    assertThat(streams.sockets.sockets()).hasSize(1);
    assertThat(streams.sockets.socket(0).isOpen()).isTrue();
  }

  @Test
  void connectionLostWithoutChannelsWaitsForTheNextSubscriptionInsteadOfReconnecting() {
    client = streams.builder().build();
    Subscription ticker = client.ticker(BTC, new Recorder<>());
    streams.settle();
    ticker.close();
    streams.settle();

    streams.sockets.socket(0).drop();
    streams.advance(Duration.ofMinutes(5));

    assertThat(streams.sockets.sockets()).hasSize(1);
    assertThat(client.state()).isEqualTo(ConnectionState.IDLE);
    client.ticker(ETH, new Recorder<>());
    streams.settle();
    assertThat(streams.sockets.socket(1).sent()).containsExactly(Pushes.subscribe("ticker", "ETHUSDT"));
  }

  @Test
  void connectionWhoseChannelsLeftWhileItWaitedToReconnectStaysClosed() {
    client = streams.builder().build();
    Subscription ticker = client.ticker(BTC, new Recorder<>());
    streams.settle();
    streams.sockets.socket(0).drop();
    streams.settle();

    ticker.close();
    streams.advance(Duration.ofMinutes(5));

    assertThat(streams.sockets.sockets()).hasSize(1);
    assertThat(client.state()).isEqualTo(ConnectionState.IDLE);
  }

  // ---------------------------------------------------------------- the forced close after about 24 h

  @Test
  void connectionMovesBeforeBitgetsForcedCloseWithoutLosingOrRepeatingAPush() {
    client = streams.builder().build();
    Recorder<StateChange> states = new Recorder<>();
    client.addStateListener(states::onUpdate);
    Recorder<Ticker> tickers = new Recorder<>();
    client.ticker(BTC, tickers);
    streams.settle();
    FakeSocket old = streams.sockets.socket(0);
    old.push(Pushes.ticker("BTCUSDT", "1", 1_000));
    streams.sockets.ackSubscribe(false);

    streams.advance(AGE.minusMillis(1));
    assertThat(streams.sockets.sockets()).hasSize(1);
    streams.advance(Duration.ofMillis(1));
    FakeSocket fresh = streams.sockets.socket(1);
    assertThat(fresh.sent()).containsExactly(Pushes.subscribe("ticker", "BTCUSDT"));

    old.push(Pushes.ticker("BTCUSDT", "2", 2_000)); // the old connection still delivers
    old.push(Pushes.ticker("BTCUSDT", "3", 3_000));
    fresh.push(Pushes.ack("ticker", "BTCUSDT")); // the route switches here
    old.push(Pushes.ticker("BTCUSDT", "4", 4_000)); // dropped: the new connection delivers it
    fresh.push(Pushes.ticker("BTCUSDT", "2", 2_000)); // the new connection's snapshot: a repeat
    fresh.push(Pushes.ticker("BTCUSDT", "3", 3_000)); // received by both before the switch: a repeat
    fresh.push(Pushes.ticker("BTCUSDT", "4", 4_000));
    fresh.push(Pushes.ticker("BTCUSDT", "5", 5_000));
    streams.settle();

    assertThat(tickers.values()).extracting(t -> t.lastPrice().toPlainString())
        .containsExactly("1", "2", "3", "4", "5");
    assertThat(old.isClosed()).isTrue();
    assertThat(old.sent()).noneMatch(f -> f.contains("unsubscribe"));
    assertThat(client.health().connections()).isEqualTo(1);
    assertThat(client.state()).isEqualTo(ConnectionState.CONNECTED);
    assertThat(states.values()).filteredOn(c -> c.connection().equals("public-1")).extracting(StateChange::current)
        .containsExactly(ConnectionState.CONNECTING, ConnectionState.CONNECTED, ConnectionState.CLOSED);
    assertThat(states.values()).filteredOn(c -> c.current() == ConnectionState.CLOSED)
        .allSatisfy(c -> assertThat(c.error()).isEmpty());

    // The new connection is moved in its turn.
    streams.sockets.ackSubscribe(true);
    streams.advance(AGE);
    assertThat(fresh.isClosed()).isTrue();
    assertThat(last().isOpen()).isTrue();
    assertThat(streams.sockets.sockets()).hasSize(3);
  }

  private static String trades(String action, String... trades) {
    return "{\"action\":\"" + action + "\",\"arg\":" + Pushes.arg("trade", "BTCUSDT") + ",\"data\":["
        + String.join(",", trades) + "],\"ts\":1732413600999}";
  }

  private static String trade(String id, long timestampMillis) {
    return "{\"ts\":\"" + timestampMillis + "\",\"price\":\"27000.5\",\"size\":\"0.02\",\"side\":\"buy\","
        + "\"tradeId\":\"" + id + "\"}";
  }

  @Test
  void movedTradesSkipTheNewConnectionsSnapshotOfTradesAlreadyDelivered() {
    client = streams.builder().build();
    Recorder<Trade> trades = new Recorder<>();
    client.trades(BTC, trades);
    streams.settle();
    FakeSocket old = streams.sockets.socket(0);
    old.push(trades("update", trade("1", 1_000), trade("2", 1_000)));
    streams.sockets.ackSubscribe(false);
    streams.advance(AGE);
    FakeSocket fresh = streams.sockets.socket(1);

    fresh.push(Pushes.ack("trade", "BTCUSDT"));
    old.push(trades("update", trade("3", 1_000))); // dropped: the new connection has it
    // The snapshot of recent trades, newest first: 3 is new, 2 and 1 were delivered.
    fresh.push(trades("snapshot", trade("3", 1_000), trade("2", 1_000), trade("1", 1_000), trade("0", 900)));
    fresh.push(trades("update", trade("4", 1_001)));
    streams.settle();

    assertThat(trades.values()).extracting(Trade::tradeId).containsExactly("1", "2", "3", "4");
  }

  @Test
  void movedOrderBookStartsFromTheNewConnectionsSnapshot() {
    client = streams.builder().build();
    Recorder<OrderBook> books = new Recorder<>();
    client.orderBook(BTC, books);
    streams.settle();
    FakeSocket old = streams.sockets.socket(0);
    old.push(Pushes.booksSnapshot());
    old.push(Pushes.booksUpdate());
    streams.settle();

    streams.sockets.ackSubscribe(false);
    streams.advance(AGE);
    FakeSocket fresh = streams.sockets.socket(1);
    fresh.push(Pushes.ack("books", "BTCUSDT")); // the route switches here
    old.push(Pushes.booksUpdate()); // too late: ignored
    fresh.push(Pushes.booksSnapshot().replace("\"ts\":\"1732413600000\"", "\"ts\":\"1732413600200\""));
    fresh.push(Pushes.booksUpdate().replace("\"ts\":\"1732413600100\"", "\"ts\":\"1732413600300\""));
    streams.settle();

    List<OrderBook> received = books.values();
    assertThat(received).hasSize(4);
    assertThat(received.get(2).bids()).isEqualTo(received.get(0).bids());
    assertThat(received.get(2).timestamp()).isEqualTo(Instant.ofEpochMilli(1732413600200L));
    assertThat(received.get(3).bestBid().orElseThrow().price()).isEqualTo(new BigDecimal("26999.95"));
    assertThat(old.isClosed()).isTrue();
  }

  @Test
  void movedPrivateConnectionLogsInBeforeItSubscribes() {
    client = streams.builder().build();
    Recorder<List<Position>> positions = new Recorder<>();
    client.positions(ProductType.UMCBL, positions);
    streams.settle();
    FakeSocket old = streams.sockets.socket(0);

    streams.advance(AGE);

    FakeSocket fresh = streams.sockets.socket(1);
    assertThat(fresh.path()).isEqualTo("/v2/ws/private");
    assertThat(fresh.sent()).hasSize(2);
    assertThat(fresh.sent().get(0)).startsWith("{\"op\":\"login\"");
    assertThat(fresh.sent().get(1)).contains("\"channel\":\"positions\"");
    assertThat(old.isClosed()).isTrue();
    fresh.push(FakeStreamServer.compact(FakeStreamServer.fixture("ws-positions.json")));
    streams.settle();
    assertThat(positions.values()).hasSize(1);
    assertThat(client.state()).isEqualTo(ConnectionState.AUTHENTICATED);
  }

  @Test
  void oldConnectionKeepsDeliveringUntilTheNewOneCanConnect() {
    client = streams.builder().build();
    Recorder<Ticker> tickers = new Recorder<>();
    client.ticker(BTC, tickers);
    streams.settle();
    FakeSocket old = streams.sockets.socket(0);
    streams.sockets.refuseConnections(true);

    streams.advance(AGE.plusSeconds(10)); // the new connection fails, and tries again
    old.push(Pushes.ticker("BTCUSDT", "1", 1_000));
    old.drop(); // Bitget's forced close comes first
    streams.advance(Duration.ofSeconds(30));
    assertThat(client.state()).isEqualTo(ConnectionState.RECONNECTING);
    streams.sockets.refuseConnections(false);
    streams.advance(Duration.ofSeconds(30));
    last().push(Pushes.ticker("BTCUSDT", "2", 2_000));
    streams.settle();

    assertThat(tickers.values()).extracting(t -> t.lastPrice().toPlainString()).containsExactly("1", "2");
    assertThat(streams.sockets.sockets("/public")).filteredOn(FakeSocket::isOpen).hasSize(1);
    assertThat(client.health().connections()).isEqualTo(1);
    assertThat(client.state()).isEqualTo(ConnectionState.CONNECTED);
  }
}
