package io.bitget4j.ws;

import static org.assertj.core.api.Assertions.assertThat;

import io.bitget4j.core.BitgetException;
import io.bitget4j.core.BitgetTransportException;
import io.bitget4j.core.Credentials;
import io.bitget4j.core.ProductType;
import io.bitget4j.core.RateLimitException;
import io.bitget4j.core.Symbol;
import io.bitget4j.core.model.OrderBook;
import io.bitget4j.core.model.Ticker;
import io.bitget4j.core.util.Backoff;
import io.bitget4j.ws.testing.Await;
import io.bitget4j.ws.testing.FakeStreamServer;
import io.bitget4j.ws.testing.FakeStreamServer.Session;
import io.bitget4j.ws.testing.Pushes;
import io.bitget4j.ws.testing.Recorder;
import java.math.BigDecimal;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ReconnectTest {
  private static final Symbol BTC = Symbol.BTCUSDT_UMCBL;
  private static final Symbol ETH = Symbol.ETHUSDT_UMCBL;
  private static final String PUBLIC_SUBSCRIBE = "{\"op\":\"subscribe\",\"args\":["
      + Pushes.arg("ticker", "BTCUSDT") + "," + Pushes.arg("books", "BTCUSDT") + "]}";
  private static final String PRIVATE_SUBSCRIBE = "{\"op\":\"subscribe\",\"args\":["
      + "{\"instType\":\"USDT-FUTURES\",\"channel\":\"positions\",\"instId\":\"default\"},"
      + "{\"instType\":\"USDT-FUTURES\",\"channel\":\"orders\",\"instId\":\"default\"},"
      + "{\"instType\":\"USDT-FUTURES\",\"channel\":\"account\",\"coin\":\"default\"}]}";

  private FakeStreamServer server;
  private BitgetStreamClient client;

  @BeforeEach
  void startServer() {
    server = FakeStreamServer.start();
  }

  @AfterEach
  void stop() {
    if (client != null) {
      client.close();
    }
    server.close();
  }

  private BitgetStreamClient.Builder builder(Backoff backoff) {
    return BitgetStreamClient.builder()
        .credentials(Credentials.of("key", "secret", "passphrase"))
        .publicUrl(server.publicUrl())
        .privateUrl(server.privateUrl())
        .pingInterval(Duration.ofMillis(300))
        .pongTimeout(Duration.ofSeconds(2))
        .backoff(backoff);
  }

  private static Backoff fast() {
    return Backoff.builder().base(Duration.ofMillis(20)).cap(Duration.ofMillis(80)).unlimited().build();
  }

  @Test
  void resubscribesEverythingAfterTheServerDropsThreeTimesLoggingInFirst() {
    client = builder(fast()).build();
    Recorder<StateChange> states = new Recorder<>();
    client.addStateListener(states::onUpdate);
    Recorder<Ticker> tickers = new Recorder<>();
    client.ticker(BTC, tickers);
    client.orderBook(BTC, new Recorder<>());
    client.positions(ProductType.UMCBL, new Recorder<>());
    client.orders(ProductType.UMCBL, new Recorder<>());
    client.account(ProductType.UMCBL, new Recorder<>());

    for (int round = 0; round <= 3; round++) {
      Session publicSession = server.awaitSession("/public", round);
      Session privateSession = server.awaitSession("/private", round);
      publicSession.awaitFrame(PUBLIC_SUBSCRIBE);
      privateSession.awaitFrame(PRIVATE_SUBSCRIBE);
      List<String> privateFrames = privateSession.receivedWithoutPings();
      assertThat(privateFrames).hasSize(2);
      assertThat(privateFrames.get(0)).startsWith("{\"op\":\"login\",\"args\":[{\"apiKey\":\"key\"");
      assertThat(publicSession.receivedWithoutPings()).containsExactly(PUBLIC_SUBSCRIBE);
      if (round < 3) {
        publicSession.drop();
        privateSession.drop();
      }
    }

    server.awaitSession("/public", 3).send(Pushes.ticker("BTCUSDT", "42"));
    assertThat(tickers.awaitValues(1)).extracting(Ticker::lastPrice).containsExactly(new BigDecimal("42"));
    Await.await("authenticated again").until(() -> client.state() == ConnectionState.CONNECTED
        && client.health().reconnectCount() == 6);
    assertThat(server.sessions()).hasSize(8);
    assertThat(states.values()).filteredOn(c -> c.connection().equals("private-1")).extracting(StateChange::current)
        .containsSubsequence(ConnectionState.CONNECTING, ConnectionState.CONNECTED, ConnectionState.AUTHENTICATED,
            ConnectionState.RECONNECTING, ConnectionState.CONNECTED, ConnectionState.AUTHENTICATED,
            ConnectionState.RECONNECTING, ConnectionState.CONNECTED, ConnectionState.AUTHENTICATED,
            ConnectionState.RECONNECTING, ConnectionState.CONNECTED, ConnectionState.AUTHENTICATED);
    assertThat(states.values()).filteredOn(c -> c.current() == ConnectionState.RECONNECTING)
        .allSatisfy(c -> assertThat(c.error()).get().isInstanceOf(BitgetTransportException.class));
    assertThat(client.health().lastError()).get().isInstanceOf(BitgetTransportException.class);
  }

  @Test
  void resubscribesInBatchesOfAtMostTwentyArguments() {
    client = builder(fast()).build();
    for (int i = 0; i < 25; i++) {
      client.ticker(Symbol.parse("C" + i + "USDT_UMCBL"), new Recorder<>());
    }
    Session first = server.awaitSession(0);
    first.awaitFrame("the 25th channel", f -> f.contains("C24USDT"));

    first.drop();
    Session second = server.awaitSession(1);
    second.awaitFrame("the 25th channel", f -> f.contains("C24USDT"));

    List<String> frames = second.receivedWithoutPings();
    assertThat(frames).hasSize(2);
    assertThat(frames.get(0).split("\\{\"instType\"", -1)).hasSize(21);
    assertThat(frames.get(1).split("\\{\"instType\"", -1)).hasSize(6);
    assertThat(String.join("", frames)).contains("\"C0USDT\"", "\"C19USDT\"", "\"C20USDT\"");
  }

  @Test
  void missingPongCountsAsADeadConnection() {
    server.answerPing(false);
    client = builder(fast()).pingInterval(Duration.ofMillis(100)).pongTimeout(Duration.ofMillis(200)).build();
    Recorder<StateChange> states = new Recorder<>();
    client.addStateListener(states::onUpdate);
    client.ticker(BTC, new Recorder<>());

    Session first = server.awaitSession(0);
    first.awaitFrame("ping", "ping"::equals);
    Session second = server.awaitSession(1);
    second.awaitFrame(Pushes.subscribe("ticker", "BTCUSDT"));

    StateChange lost = states.values().stream().filter(c -> c.current() == ConnectionState.RECONNECTING)
        .findFirst().orElseThrow();
    assertThat(lost.error()).get().isInstanceOf(BitgetTransportException.class)
        .extracting(Throwable::getCause).isInstanceOf(SocketTimeoutException.class);
    assertThat(client.health().reconnectCount()).isGreaterThanOrEqualTo(1);
  }

  @Test
  void answeredPingsKeepTheConnection() {
    client = builder(fast()).pingInterval(Duration.ofMillis(50)).pongTimeout(Duration.ofMillis(100)).build();
    client.ticker(BTC, new Recorder<>());
    Session session = server.awaitSession(0);

    Await.await("ten pings").until(() -> session.received().stream().filter("ping"::equals).count() >= 10);

    assertThat(server.sessions()).hasSize(1);
    assertThat(client.health().reconnectCount()).isZero();
  }

  @Test
  void orderBookStartsFromAFreshSnapshotAfterReconnecting() {
    client = builder(fast()).build();
    Recorder<OrderBook> books = new Recorder<>();
    client.orderBook(BTC, books);
    Session first = server.awaitSession(0);
    first.awaitFrame(Pushes.subscribe("books", "BTCUSDT"));
    first.send(Pushes.booksSnapshot());
    books.awaitValues(1);

    first.drop();
    Session second = server.awaitSession(1);
    second.awaitFrame(Pushes.subscribe("books", "BTCUSDT"));
    second.send(Pushes.booksUpdate()); // an update without a snapshot in this session
    second.send(Pushes.booksSnapshot());
    second.send(Pushes.booksUpdate());

    List<OrderBook> received = books.awaitValues(3);
    assertThat(received).hasSize(3);
    assertThat(received.get(1)).isEqualTo(received.get(0));
    assertThat(received.get(2).bestBid().orElseThrow().price()).isEqualTo(new BigDecimal("26999.95"));
  }

  @Test
  void givesUpAfterTheMaximumAttemptsAndReportsATerminalFailure() {
    Backoff limited = Backoff.builder().base(Duration.ofMillis(10)).cap(Duration.ofMillis(20)).maxAttempts(3).build();
    client = builder(limited).build();
    Recorder<StateChange> states = new Recorder<>();
    client.addStateListener(states::onUpdate);
    Recorder<Ticker> tickers = new Recorder<>();
    Subscription subscription = client.ticker(BTC, tickers);
    Session session = server.awaitSession(0);
    session.awaitFrame(Pushes.subscribe("ticker", "BTCUSDT"));

    server.refuseUpgrades(true);
    session.drop();

    BitgetException error = tickers.awaitError();
    assertThat(error).isInstanceOf(BitgetTransportException.class).hasMessageContaining("gave up reconnecting after 3");
    Await.await("terminal state").until(() -> states.values().stream()
        .anyMatch(c -> c.current() == ConnectionState.CLOSED));
    StateChange closed = states.values().stream().filter(c -> c.current() == ConnectionState.CLOSED)
        .findFirst().orElseThrow();
    assertThat(closed.error()).get().isSameAs(error);
    assertThat(closed.clientState()).isEqualTo(ConnectionState.CLOSED);
    assertThat(subscription.isActive()).isFalse();
    assertThat(client.state()).isEqualTo(ConnectionState.CLOSED);
    assertThat(client.health().state()).isEqualTo(ConnectionState.CLOSED);
    assertThat(client.health().lastError()).containsSame(error);
    assertThat(client.health().connections()).isZero();

    server.refuseUpgrades(false);
    Recorder<Ticker> again = new Recorder<>();
    client.ticker(BTC, again);
    server.awaitSession(1).send(Pushes.ticker("BTCUSDT", "7"));
    assertThat(again.awaitValues(1)).hasSize(1);
    assertThat(client.state()).isEqualTo(ConnectionState.CONNECTED); // follows the new connection
  }

  @Test
  void refusedChannelWaitingToBeRetriedFailsWhenItsConnectionGivesUp() {
    // The refusal is retried after the base delay, 5 s; the connection gives up at once.
    Backoff once = Backoff.builder().base(Duration.ofSeconds(5)).cap(Duration.ofSeconds(5)).maxAttempts(1).build();
    client = builder(once).build();
    Recorder<Ticker> btc = new Recorder<>();
    Recorder<Ticker> eth = new Recorder<>();
    client.ticker(BTC, btc);
    Subscription ethSubscription = client.ticker(ETH, eth);
    Session session = server.awaitSession(0);
    session.awaitFrame("subscribe of ETH", f -> f.contains("ETHUSDT"));
    session.send("{\"event\":\"error\",\"arg\":" + Pushes.arg("ticker", "ETHUSDT")
        + ",\"code\":30006,\"msg\":\"request too many\"}");
    Await.await("the refusal").until(() -> client.health().lastError().orElse(null) instanceof RateLimitException);

    server.refuseUpgrades(true);
    session.drop();

    BitgetException error = btc.awaitError();
    assertThat(error).isInstanceOf(BitgetTransportException.class);
    assertThat(eth.awaitError()).isSameAs(error);
    assertThat(ethSubscription.isActive()).isFalse();
    assertThat(client.health().channels()).isZero();
    assertThat(eth.values()).isEmpty();
  }

  @Test
  void reconnectCountCountsConnectionsThatCameBackNotFailedAttempts() {
    client = builder(fast()).build();
    Recorder<StateChange> states = new Recorder<>();
    client.addStateListener(states::onUpdate);
    client.ticker(BTC, new Recorder<>());
    Session first = server.awaitSession(0);
    first.awaitFrame(Pushes.subscribe("ticker", "BTCUSDT"));

    server.refuseUpgrades(true);
    first.drop();
    Await.await("several failed attempts").until(() -> states.values().stream()
        .filter(c -> c.current() == ConnectionState.RECONNECTING).count() >= 4);
    assertThat(client.health().reconnectCount()).isZero();

    server.refuseUpgrades(false);
    server.awaitSession(1).awaitFrame(Pushes.subscribe("ticker", "BTCUSDT"));

    assertThat(client.health().reconnectCount()).isEqualTo(1);
    assertThat(client.state()).isEqualTo(ConnectionState.CONNECTED);
  }
}
