package io.bitget4j.ws;

import static org.assertj.core.api.Assertions.assertThat;

import io.bitget4j.core.BitgetException;
import io.bitget4j.core.BitgetTransportException;
import io.bitget4j.core.ProductType;
import io.bitget4j.core.RateLimitException;
import io.bitget4j.core.Symbol;
import io.bitget4j.core.model.OrderBook;
import io.bitget4j.core.model.Ticker;
import io.bitget4j.core.util.Backoff;
import io.bitget4j.ws.testing.FakeSockets.FakeSocket;
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

/** Reconnecting with backoff, on manual time. */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class ReconnectTest {
  private static final Symbol BTC = Symbol.BTCUSDT_UMCBL;
  private static final Symbol ETH = Symbol.ETHUSDT_UMCBL;
  private static final String PUBLIC_SUBSCRIBE = "{\"op\":\"subscribe\",\"args\":["
      + Pushes.arg("ticker", "BTCUSDT") + "," + Pushes.arg("books", "BTCUSDT") + "]}";
  private static final String PRIVATE_SUBSCRIBE = "{\"op\":\"subscribe\",\"args\":["
      + "{\"instType\":\"USDT-FUTURES\",\"channel\":\"positions\",\"instId\":\"default\"},"
      + "{\"instType\":\"USDT-FUTURES\",\"channel\":\"orders\",\"instId\":\"default\"},"
      + "{\"instType\":\"USDT-FUTURES\",\"channel\":\"account\",\"coin\":\"default\"}]}";

  private final ManualStreams streams = new ManualStreams();
  private BitgetStreamClient client;

  @AfterEach
  void close() {
    if (client != null) {
      client.close();
    }
  }

  @Test
  void resubscribesEverythingAfterTheServerDropsThreeTimesLoggingInFirst() {
    client = streams.builder().build();
    Recorder<StateChange> states = new Recorder<>();
    client.addStateListener(states::onUpdate);
    Recorder<Ticker> tickers = new Recorder<>();
    client.ticker(BTC, tickers);
    client.orderBook(BTC, new Recorder<>());
    client.positions(ProductType.UMCBL, new Recorder<>());
    client.orders(ProductType.UMCBL, new Recorder<>());
    client.account(ProductType.UMCBL, new Recorder<>());
    streams.settle();

    for (int round = 0; round <= 3; round++) {
      FakeSocket publicSocket = streams.sockets.sockets("/public").get(round);
      FakeSocket privateSocket = streams.sockets.sockets("/private").get(round);
      assertThat(publicSocket.sent()).containsExactly(PUBLIC_SUBSCRIBE);
      List<String> privateFrames = privateSocket.sent();
      assertThat(privateFrames).hasSize(2);
      assertThat(privateFrames.get(0)).startsWith("{\"op\":\"login\",\"args\":[{\"apiKey\":\"key\"");
      assertThat(privateFrames.get(1)).isEqualTo(PRIVATE_SUBSCRIBE);
      if (round < 3) {
        publicSocket.drop();
        privateSocket.drop();
        streams.advance(Duration.ofSeconds(1));
      }
    }

    streams.sockets.sockets("/public").get(3).push(Pushes.ticker("BTCUSDT", "42"));
    streams.settle();
    assertThat(tickers.values()).extracting(Ticker::lastPrice).containsExactly(new BigDecimal("42"));
    assertThat(client.state()).isEqualTo(ConnectionState.CONNECTED);
    assertThat(client.health().reconnectCount()).isEqualTo(6);
    assertThat(streams.sockets.sockets()).hasSize(8);
    assertThat(states.values()).filteredOn(c -> c.connection().equals("private-1")).extracting(StateChange::current)
        .containsExactly(ConnectionState.CONNECTING, ConnectionState.CONNECTED, ConnectionState.AUTHENTICATED,
            ConnectionState.RECONNECTING, ConnectionState.CONNECTED, ConnectionState.AUTHENTICATED,
            ConnectionState.RECONNECTING, ConnectionState.CONNECTED, ConnectionState.AUTHENTICATED,
            ConnectionState.RECONNECTING, ConnectionState.CONNECTED, ConnectionState.AUTHENTICATED);
    assertThat(states.values()).filteredOn(c -> c.current() == ConnectionState.RECONNECTING)
        .allSatisfy(c -> assertThat(c.error()).get().isInstanceOf(BitgetTransportException.class));
    assertThat(client.health().lastError()).get().isInstanceOf(BitgetTransportException.class);
  }

  @Test
  void backoffDelaysGrowWhileAttemptsFailAndStartAgainOnceTheServerAnswers() {
    client = streams.builder().build();
    client.ticker(BTC, new Recorder<>());
    streams.settle();
    Instant dropped = streams.clock.instant();

    streams.sockets.refuseConnections(true);
    streams.sockets.socket(0).drop();
    streams.advance(Duration.ofSeconds(1 + 2 + 4 + 8));
    streams.sockets.refuseConnections(false);
    streams.advance(Duration.ofSeconds(16));

    List<Duration> attempts = new ArrayList<>();
    for (FakeSocket socket : streams.sockets.sockets().subList(1, 6)) {
      attempts.add(Duration.between(dropped, socket.createdAt()));
    }
    assertThat(attempts).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(3), Duration.ofSeconds(7),
        Duration.ofSeconds(15), Duration.ofSeconds(31));
    assertThat(streams.sockets.socket(5).sent()).containsExactly(Pushes.subscribe("ticker", "BTCUSDT"));

    Instant droppedAgain = streams.clock.instant();
    streams.sockets.socket(5).drop();
    streams.advance(Duration.ofSeconds(1));
    assertThat(Duration.between(droppedAgain, streams.sockets.socket(6).createdAt())).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void resubscribesInBatchesOfAtMostTwentyArguments() {
    client = streams.builder().build();
    for (int i = 0; i < 25; i++) {
      client.ticker(Symbol.parse("C" + i + "USDT_UMCBL"), new Recorder<>());
    }
    streams.settle();

    streams.sockets.socket(0).drop();
    streams.advance(Duration.ofSeconds(1));

    List<String> frames = streams.sockets.socket(1).sent();
    assertThat(frames).hasSize(2);
    assertThat(frames.get(0).split("\\{\"instType\"", -1)).hasSize(21);
    assertThat(frames.get(1).split("\\{\"instType\"", -1)).hasSize(6);
    assertThat(String.join("", frames)).contains("\"C0USDT\"", "\"C19USDT\"", "\"C20USDT\"", "\"C24USDT\"");
  }

  @Test
  void orderBookStartsFromAFreshSnapshotAfterReconnecting() {
    client = streams.builder().build();
    Recorder<OrderBook> books = new Recorder<>();
    client.orderBook(BTC, books);
    streams.settle();
    streams.sockets.socket(0).push(Pushes.booksSnapshot());

    streams.sockets.socket(0).drop();
    streams.advance(Duration.ofSeconds(1));
    FakeSocket second = streams.sockets.socket(1);
    second.push(Pushes.booksUpdate()); // an update without a snapshot in this session
    second.push(Pushes.booksSnapshot());
    second.push(Pushes.booksUpdate());
    streams.settle();

    List<OrderBook> received = books.values();
    assertThat(received).hasSize(3);
    assertThat(received.get(1)).isEqualTo(received.get(0));
    assertThat(received.get(2).bestBid().orElseThrow().price()).isEqualTo(new BigDecimal("26999.95"));
  }

  @Test
  void givesUpAfterTheMaximumAttemptsAndReportsATerminalFailure() {
    Backoff limited = Backoff.builder().base(Duration.ofSeconds(1)).cap(Duration.ofSeconds(2)).maxAttempts(3).build();
    client = streams.builder().backoff(limited).build();
    Recorder<StateChange> states = new Recorder<>();
    client.addStateListener(states::onUpdate);
    Recorder<Ticker> tickers = new Recorder<>();
    Subscription subscription = client.ticker(BTC, tickers);
    streams.settle();

    streams.sockets.refuseConnections(true);
    streams.sockets.socket(0).drop();
    streams.advance(Duration.ofSeconds(10));

    assertThat(streams.sockets.sockets()).hasSize(3); // the first and two reconnects: three failures
    BitgetException error = tickers.errors().get(0);
    assertThat(error).isInstanceOf(BitgetTransportException.class).hasMessageContaining("gave up reconnecting after 3");
    StateChange closed = states.values().stream().filter(c -> c.current() == ConnectionState.CLOSED)
        .findFirst().orElseThrow();
    assertThat(closed.error()).get().isSameAs(error);
    assertThat(closed.clientState()).isEqualTo(ConnectionState.CLOSED);
    assertThat(subscription.isActive()).isFalse();
    assertThat(client.state()).isEqualTo(ConnectionState.CLOSED);
    assertThat(client.health().state()).isEqualTo(ConnectionState.CLOSED);
    assertThat(client.health().lastError()).containsSame(error);
    assertThat(client.health().connections()).isZero();
    assertThat(Logs.errors()).containsExactly("Stream connection public-1 gave up reconnecting after 3"
        + " attempts; last failure: java.io.IOException: Expected HTTP 101 response but was '503 Service Unavailable'");

    streams.sockets.refuseConnections(false);
    Recorder<Ticker> again = new Recorder<>();
    client.ticker(BTC, again);
    streams.settle();
    streams.sockets.socket(3).push(Pushes.ticker("BTCUSDT", "7"));
    streams.settle();
    assertThat(again.values()).hasSize(1);
    assertThat(client.state()).isEqualTo(ConnectionState.CONNECTED); // follows the new connection
  }

  @Test
  void refusedChannelWaitingToBeRetriedFailsWhenItsConnectionGivesUp() {
    // The refusal is retried after the base delay, 5 s; the connection gives up at once.
    Backoff once = Backoff.builder().base(Duration.ofSeconds(5)).cap(Duration.ofSeconds(5)).maxAttempts(1).build();
    client = streams.builder().backoff(once).build();
    Recorder<Ticker> btc = new Recorder<>();
    Recorder<Ticker> eth = new Recorder<>();
    client.ticker(BTC, btc);
    Subscription ethSubscription = client.ticker(ETH, eth);
    streams.settle();
    FakeSocket socket = streams.sockets.socket(0);
    socket.push("{\"event\":\"error\",\"arg\":" + Pushes.arg("ticker", "ETHUSDT")
        + ",\"code\":30006,\"msg\":\"request too many\"}");
    streams.settle();
    assertThat(client.health().lastError()).get().isInstanceOf(RateLimitException.class);

    streams.sockets.refuseConnections(true);
    socket.drop();
    streams.advance(Duration.ofSeconds(5));

    BitgetException error = btc.errors().get(0);
    assertThat(error).isInstanceOf(BitgetTransportException.class);
    assertThat(eth.errors()).containsExactly(error);
    assertThat(ethSubscription.isActive()).isFalse();
    assertThat(client.health().channels()).isZero();
    assertThat(eth.values()).isEmpty();
  }

  @Test
  void reconnectCountCountsConnectionsThatCameBackNotFailedAttempts() {
    client = streams.builder().build();
    client.ticker(BTC, new Recorder<>());
    streams.settle();

    streams.sockets.refuseConnections(true);
    streams.sockets.socket(0).drop();
    streams.advance(Duration.ofSeconds(1 + 2 + 4 + 8));
    assertThat(streams.sockets.sockets()).hasSize(5);
    assertThat(client.health().reconnectCount()).isZero();

    streams.sockets.refuseConnections(false);
    streams.advance(Duration.ofSeconds(16));

    assertThat(streams.sockets.socket(5).sent()).containsExactly(Pushes.subscribe("ticker", "BTCUSDT"));
    assertThat(client.health().reconnectCount()).isEqualTo(1);
    assertThat(client.state()).isEqualTo(ConnectionState.CONNECTED);
  }
}
