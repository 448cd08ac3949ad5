package io.bitget4j.ws;

import static io.bitget4j.ws.testing.FakeStreamServer.compact;
import static io.bitget4j.ws.testing.FakeStreamServer.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import io.bitget4j.core.BitgetApiException;
import io.bitget4j.core.BitgetException;
import io.bitget4j.core.Symbol;
import io.bitget4j.core.model.Ticker;
import io.bitget4j.core.model.Trade;
import io.bitget4j.core.util.Backoff;
import io.bitget4j.ws.testing.Await;
import io.bitget4j.ws.testing.FakeStreamServer.Session;
import io.bitget4j.ws.testing.FakeStreamServer;
import io.bitget4j.ws.testing.Logs;
import io.bitget4j.ws.testing.Pushes;
import io.bitget4j.ws.testing.Recorder;
import io.bitget4j.ws.testing.Sneaky;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class BitgetStreamClientTest {
  private static final Symbol ETH = Symbol.ETHUSDT_UMCBL;
  private static final Symbol BTC = Symbol.BTCUSDT_UMCBL;

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

  private BitgetStreamClient.Builder builder() {
    return BitgetStreamClient.builder()
        .publicUrl(server.publicUrl())
        .privateUrl(server.privateUrl())
        .backoff(Backoff.builder().base(Duration.ofMillis(20)).cap(Duration.ofMillis(100)).unlimited().build());
  }

  private static BigDecimal price(String text) {
    return new BigDecimal(text);
  }

  @Test
  void subscribesWithV2ArgumentsAndDeliversTypedTickers() {
    client = builder().build();
    Recorder<Ticker> tickers = new Recorder<>();

    Subscription subscription = client.ticker(BTC, tickers);
    Session session = server.awaitSession(0);
    session.awaitFrame(Pushes.subscribe("ticker", "BTCUSDT"));
    session.send(compact(fixture("ws-ticker.json")));

    Ticker ticker = tickers.awaitValues(1).get(0);
    assertThat(ticker.symbol()).isEqualTo(BTC);
    assertThat(ticker.lastPrice()).isEqualTo(price("27000.5"));
    assertThat(subscription.description()).isEqualTo("ticker BTCUSDT_UMCBL");
    assertThat(subscription.isActive()).isTrue();
    assertThat(session.path()).isEqualTo("/v2/ws/public");
    assertThat(tickers.threads()).allMatch(name -> name.startsWith("bitget4j-ws-listener-"));
  }

  @Test
  void readyCompletesOnceBitgetAcknowledgedTheSubscription() throws Exception {
    server.ackSubscribe(false);
    client = builder().build();
    Subscription subscription = client.ticker(BTC, new Recorder<>());
    Session session = server.awaitSession(0);
    session.awaitFrame(Pushes.subscribe("ticker", "BTCUSDT"));
    assertThat(subscription.ready()).isNotDone();

    session.send("{\"event\":\"subscribe\",\"arg\":" + Pushes.arg("ticker", "BTCUSDT") + "}");

    subscription.ready().get(10, TimeUnit.SECONDS);
    assertThat(subscription.isActive()).isTrue();
  }

  @Test
  void listenersOfOneChannelShareOneServerSubscription() {
    client = builder().build();
    Recorder<Ticker> first = new Recorder<>();
    Recorder<Ticker> second = new Recorder<>();

    client.ticker(BTC, first);
    Session session = server.awaitSession(0);
    session.awaitFrame(Pushes.subscribe("ticker", "BTCUSDT"));
    session.send(Pushes.ticker("BTCUSDT", "100"));
    first.awaitValues(1);
    client.ticker(BTC, second);

    assertThat(second.awaitValues(1)).extracting(Ticker::lastPrice).containsExactly(price("100"));
    session.send(Pushes.ticker("BTCUSDT", "101"));
    first.awaitValues(2);
    second.awaitValues(2);
    assertThat(first.values()).extracting(Ticker::lastPrice).containsExactly(price("100"), price("101"));
    assertThat(second.values()).extracting(Ticker::lastPrice).containsExactly(price("100"), price("101"));
    assertThat(session.receivedWithoutPings()).filteredOn(f -> f.contains("subscribe")).hasSize(1);
    assertThat(server.sessions()).hasSize(1);
  }

  @Test
  void closingTheLastSubscriptionSendsUnsubscribeAndStopsDelivery() {
    client = builder().build();
    Recorder<Ticker> first = new Recorder<>();
    Recorder<Ticker> second = new Recorder<>();
    Recorder<Trade> sentinel = new Recorder<>();
    Subscription a = client.ticker(BTC, first);
    Subscription b = client.ticker(BTC, second);
    client.trades(BTC, sentinel);
    Session session = server.awaitSession(0);
    session.awaitFrame("subscribe of both channels",
        f -> f.contains("\"op\":\"subscribe\"") && f.contains("\"trade\""));
    session.send(Pushes.ticker("BTCUSDT", "100"));
    first.awaitValues(1);
    second.awaitValues(1);

    a.close();
    session.send(Pushes.ticker("BTCUSDT", "101"));
    second.awaitValues(2);
    assertThat(session.receivedWithoutPings()).noneMatch(f -> f.contains("unsubscribe"));

    b.close();
    session.awaitFrame(Pushes.unsubscribe("ticker", "BTCUSDT"));
    session.send(Pushes.ticker("BTCUSDT", "102"));
    session.send(compact(fixture("ws-trade.json")));
    sentinel.awaitValues(1);

    assertThat(first.values()).hasSize(1);
    assertThat(second.values()).extracting(Ticker::lastPrice).containsExactly(price("100"), price("101"));
    assertThat(a.isActive()).isFalse();
    assertThat(b.isActive()).isFalse();
  }

  @Test
  void throwingListenerDoesNotAffectAnother() {
    client = builder().build();
    AtomicInteger calls = new AtomicInteger();
    Recorder<Ticker> healthy = new Recorder<>();
    client.ticker(BTC, ticker -> {
      calls.incrementAndGet();
      throw new IllegalStateException("listener bug");
    });
    client.ticker(BTC, healthy);
    Session session = server.awaitSession(0);
    session.awaitFrame(Pushes.subscribe("ticker", "BTCUSDT"));

    session.send(Pushes.ticker("BTCUSDT", "100"));
    session.send(Pushes.ticker("BTCUSDT", "101"));

    assertThat(healthy.awaitValues(2)).extracting(Ticker::lastPrice).containsExactly(price("100"), price("101"));
    Await.await().until(() -> calls.get() == 2);
    assertThat(server.sessions()).hasSize(1);
  }

  @Test
  void listenerThrowingAnUndeclaredCheckedExceptionKeepsGettingValues() {
    client = builder().build();
    List<BigDecimal> seen = new CopyOnWriteArrayList<>();
    Subscription subscription = client.ticker(BTC, ticker -> {
      seen.add(ticker.lastPrice());
      throw Sneaky.sneakyThrow(new IOException("written in Kotlin"));
    });
    Session session = server.awaitSession(0);
    session.awaitFrame(Pushes.subscribe("ticker", "BTCUSDT"));

    session.send(Pushes.ticker("BTCUSDT", "100"));
    session.send(Pushes.ticker("BTCUSDT", "101"));

    Await.await("both tickers").until(() -> seen.size() == 2);
    assertThat(seen).containsExactly(price("100"), price("101"));
    assertThat(subscription.isActive()).isTrue();
    assertThat(Logs.warnings()).containsExactly(
        "Listener ticker BTCUSDT_UMCBL threw java.io.IOException; the value is skipped and later values are delivered",
        "Listener ticker BTCUSDT_UMCBL threw java.io.IOException; the value is skipped and later values are delivered");
  }

  @Test
  void listenerThrowingStackOverflowErrorKeepsGettingValues() {
    client = builder().build();
    List<BigDecimal> seen = new CopyOnWriteArrayList<>();
    Subscription subscription = client.ticker(BTC, ticker -> {
      seen.add(ticker.lastPrice());
      if (seen.size() == 1) {
        throw new StackOverflowError();
      }
    });
    Session session = server.awaitSession(0);
    session.awaitFrame(Pushes.subscribe("ticker", "BTCUSDT"));

    session.send(Pushes.ticker("BTCUSDT", "100"));
    session.send(Pushes.ticker("BTCUSDT", "101"));

    Await.await("both tickers").until(() -> seen.size() == 2);
    assertThat(subscription.isActive()).isTrue();
  }

  @Test
  void subscriptionIsInactiveOnceItsListenerExecutorRefusesWork() {
    ExecutorService listeners = Executors.newSingleThreadExecutor();
    client = builder().listenerExecutor(listeners).build();
    Recorder<Ticker> tickers = new Recorder<>();
    Subscription subscription = client.ticker(BTC, tickers);
    Session session = server.awaitSession(0);
    session.awaitFrame(Pushes.subscribe("ticker", "BTCUSDT"));
    session.send(Pushes.ticker("BTCUSDT", "100"));
    tickers.awaitValues(1);

    listeners.shutdownNow();
    session.send(Pushes.ticker("BTCUSDT", "101"));

    Await.await("inactive").until(() -> !subscription.isActive());
    assertThat(tickers.values()).hasSize(1);
  }

  @Test
  void malformedFramesUnknownChannelsAndStrayErrorsAreSkipped() {
    client = builder().build();
    Recorder<Ticker> tickers = new Recorder<>();
    client.ticker(BTC, tickers);
    Session session = server.awaitSession(0);
    session.awaitFrame(Pushes.subscribe("ticker", "BTCUSDT"));

    session.send("this is not json");
    session.send("{\"action\":\"snapshot\",\"arg\":");
    session.send(Pushes.ticker("XRPUSDT", "0.5"));
    session.send("{\"event\":\"error\",\"code\":30016,\"msg\":\"param error\"}");
    session.send("{\"action\":\"snapshot\",\"arg\":" + Pushes.arg("ticker", "BTCUSDT")
        + ",\"data\":[{\"instId\":\"BTCUSDT\",\"lastPr\":\"not a number\"}],\"ts\":1}");
    session.send(Pushes.ticker("BTCUSDT", "100"));

    assertThat(tickers.awaitValues(1)).extracting(Ticker::lastPrice).containsExactly(price("100"));
    assertThat(tickers.errors()).isEmpty();
    assertThat(server.sessions()).hasSize(1);
    assertThat(client.state()).isEqualTo(ConnectionState.CONNECTED);
    assertThat(client.health().lastError()).get().extracting(BitgetException::getMessage).asString()
        .contains("30016");
  }

  @Test
  void errorEventForOneSubscriptionEndsOnlyThatOne() {
    client = builder().build();
    Recorder<Ticker> good = new Recorder<>();
    Recorder<Ticker> refused = new Recorder<>();
    client.ticker(BTC, good);
    Subscription eth = client.ticker(ETH, refused);
    Session session = server.awaitSession(0);
    session.awaitFrame("subscribe of ETH", f -> f.contains("ETHUSDT"));

    session.send("{\"event\":\"error\",\"arg\":" + Pushes.arg("ticker", "ETHUSDT")
        + ",\"code\":30001,\"msg\":\"instType:USDT-FUTURES,channel:ticker,instId:ETHUSDT doesn't exist\"}");
    BitgetException error = refused.awaitError();
    session.send(Pushes.ticker("BTCUSDT", "100"));

    assertThat(error).isInstanceOf(BitgetApiException.class);
    assertThat(((BitgetApiException) error).code()).isEqualTo("30001");
    assertThat(((BitgetApiException) error).path()).isEqualTo("ticker USDT-FUTURES ETHUSDT");
    Await.await().until(() -> !eth.isActive());
    assertThat(good.awaitValues(1)).extracting(Ticker::lastPrice).containsExactly(price("100"));
    assertThat(good.errors()).isEmpty();
  }

  private static String sent(Session session) {
    return String.join("", session.receivedWithoutPings());
  }

  @Test
  void opensAnotherConnectionBeyondTheChannelLimit() {
    client = builder().maxChannelsPerConnection(2).build();
    Recorder<Ticker> tickers = new Recorder<>();

    client.ticker(BTC, tickers);
    client.ticker(ETH, tickers);
    client.ticker(Symbol.parse("XRPUSDT_UMCBL"), tickers);

    // the two connections may reach the server in either order
    Session a = server.awaitSession(0);
    Session b = server.awaitSession(1);
    Await.await().until(() -> sent(a).contains("XRPUSDT") || sent(b).contains("XRPUSDT"));
    Session second = sent(a).contains("XRPUSDT") ? a : b;
    Session first = second == a ? b : a;
    first.awaitFrame("BTC and ETH", f -> f.contains("ETHUSDT"));
    second.awaitFrame(Pushes.subscribe("ticker", "XRPUSDT"));
    assertThat(String.join("", first.receivedWithoutPings())).contains("BTCUSDT").doesNotContain("XRPUSDT");
    second.send(Pushes.ticker("XRPUSDT", "0.5"));
    first.send(Pushes.ticker("ETHUSDT", "3000"));
    assertThat(tickers.awaitValues(2)).extracting(t -> t.symbol().toString())
        .containsExactlyInAnyOrder("XRPUSDT_UMCBL", "ETHUSDT_UMCBL");
    assertThat(client.health().connections()).isEqualTo(2);
    assertThat(client.health().channels()).isEqualTo(3);
  }

  @Test
  void throttledDeliveryHandsOverTheLatestValue() {
    client = builder().build();
    Recorder<Ticker> panel = new Recorder<>();
    client.ticker(BTC, panel, Delivery.throttled(Duration.ofMillis(500)));
    Session session = server.awaitSession(0);
    session.awaitFrame(Pushes.subscribe("ticker", "BTCUSDT"));

    for (int i = 1; i <= 5; i++) {
      session.send(Pushes.ticker("BTCUSDT", Integer.toString(i)));
    }

    Await.await("the latest ticker").until(() -> !panel.values().isEmpty()
        && panel.last().lastPrice().equals(price("5")));
    // The first value goes out at once; the others within the interval collapse to the latest.
    assertThat(panel.values().get(0).lastPrice()).isEqualTo(price("1"));
    assertThat(panel.values()).hasSizeLessThan(5);
  }

  @Test
  void slowListenerBlocksNeitherTheSocketNorOtherListeners() throws InterruptedException {
    client = builder().build();
    CountDownLatch release = new CountDownLatch(1);
    Recorder<Ticker> slowSeen = new Recorder<>();
    Recorder<Ticker> fast = new Recorder<>();
    client.ticker(BTC, ticker -> {
      slowSeen.onUpdate(ticker);
      try {
        release.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, Delivery.immediate().withQueueCapacity(4));
    client.ticker(BTC, fast);
    Session session = server.awaitSession(0);
    session.awaitFrame(Pushes.subscribe("ticker", "BTCUSDT"));

    for (int i = 1; i <= 50; i++) {
      session.send(Pushes.ticker("BTCUSDT", Integer.toString(i)));
    }
    assertThat(fast.awaitValues(50)).extracting(Ticker::lastPrice).endsWith(price("50"));
    release.countDown();

    Await.await()
        .until(() -> slowSeen.values().get(slowSeen.values().size() - 1).lastPrice().equals(price("50")));
    assertThat(slowSeen.values()).hasSizeLessThanOrEqualTo(5);
    assertThat(client.health().droppedValues()).isGreaterThanOrEqualTo(45);
  }

  @Test
  void stateIsIdleBeforeTheFirstSubscriptionAndClosedAfterClose() {
    client = builder().build();
    Recorder<StateChange> states = new Recorder<>();
    client.addStateListener(states::onUpdate);

    assertThat(client.state()).isEqualTo(ConnectionState.IDLE);
    client.ticker(BTC, new Recorder<>());
    server.awaitSession(0).awaitFrame(Pushes.subscribe("ticker", "BTCUSDT"));
    Await.await().until(() -> client.state() == ConnectionState.CONNECTED);
    client.close();

    assertThat(client.state()).isEqualTo(ConnectionState.CLOSED);
    List<StateChange> changes = states.awaitValues(3);
    assertThat(changes).extracting(StateChange::current)
        .containsExactly(ConnectionState.CONNECTING, ConnectionState.CONNECTED, ConnectionState.CLOSED);
    assertThat(changes).extracting(StateChange::connection).containsOnly("public-1");
    assertThat(changes.get(2).clientState()).isEqualTo(ConnectionState.CLOSED);
  }

  @Test
  void healthTellsTheTimeSinceTheLastFrame() {
    client = builder().build();
    assertThat(client.health().sinceLastMessage()).isEmpty();
    client.ticker(BTC, new Recorder<>());
    server.awaitSession(0).send(Pushes.ticker("BTCUSDT", "1"));

    Await.await().until(() -> client.health().sinceLastMessage().isPresent());
    StreamHealth health = client.health();
    assertThat(health.sinceLastMessage().get()).isLessThan(Duration.ofSeconds(5));
    assertThat(health.reconnectCount()).isZero();
    assertThat(health.state()).isEqualTo(ConnectionState.CONNECTED);
  }
}
