package io.bitget4j.ws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bitget4j.core.Credentials;
import io.bitget4j.core.ProductType;
import io.bitget4j.core.Symbol;
import io.bitget4j.core.model.Ticker;
import io.bitget4j.ws.testing.Await;
import io.bitget4j.ws.testing.FakeStreamServer;
import io.bitget4j.ws.testing.FakeStreamServer.Session;
import io.bitget4j.ws.testing.Pushes;
import io.bitget4j.ws.testing.Recorder;
import io.bitget4j.core.util.Backoff;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ClientLifecycleTest {

  /** Live threads, without Awaitility's own polling threads. */
  private static Set<Thread> liveThreads(boolean daemon) {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.isAlive() && t.isDaemon() == daemon && !t.getName().startsWith("awaitility"))
        .collect(Collectors.toSet());
  }

  @Test
  void closingTheClientClosesItsSocketsAndStopsItsThreads() throws InterruptedException {
    Set<Thread> nonDaemonBefore = liveThreads(false);
    Set<Thread> daemonBefore = liveThreads(true);
    try (FakeStreamServer server = FakeStreamServer.start()) {
      BitgetStreamClient client = BitgetStreamClient.builder()
          .credentials(Credentials.of("key", "secret", "passphrase"))
          .publicUrl(server.publicUrl())
          .privateUrl(server.privateUrl())
          .build();
      Recorder<Ticker> tickers = new Recorder<>();
      client.ticker(Symbol.BTCUSDT_UMCBL, tickers, Delivery.throttled(Duration.ofSeconds(10)));
      client.positions(ProductType.UMCBL, positions -> { });
      Session publicSession = server.awaitSession("/public", 0);
      Session privateSession = server.awaitSession("/private", 0);
      privateSession.awaitFrame("positions subscribe", f -> f.contains("positions"));
      publicSession.send(Pushes.ticker("BTCUSDT", "1"));
      publicSession.send(Pushes.ticker("BTCUSDT", "2")); // waits in the throttle
      tickers.awaitValues(1);

      client.close();

      assertThat(publicSession.awaitClosed(Duration.ofSeconds(5))).isTrue();
      assertThat(privateSession.awaitClosed(Duration.ofSeconds(5))).isTrue();
      assertThat(client.state()).isEqualTo(ConnectionState.CLOSED);
      Await.await("the client's threads to end").until(() -> Thread.getAllStackTraces().keySet().stream()
          .noneMatch(t -> t.isAlive() && t.getName().startsWith("bitget4j-ws-control")));
      assertThat(tickers.values()).hasSize(1);
      assertThatThrownBy(() -> client.ticker(Symbol.BTCUSDT_UMCBL, ticker -> { }))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("the stream client is closed; build a new one");
      client.close(); // idempotent
    }
    Await.await("no new non-daemon thread").untilAsserted(() -> {
      Set<Thread> leaked = liveThreads(false);
      leaked.removeAll(nonDaemonBefore);
      assertThat(leaked).extracting(Thread::getName).isEmpty();
    });
    // The client's own threads (control, listeners, sockets) are daemons; they end too. OkHttp's
    // task runner and Okio's watchdog are process-wide threads that belong to no client.
    Await.await("the client's daemon threads to end").untilAsserted(() -> {
      Set<Thread> remaining = liveThreads(true);
      remaining.removeAll(daemonBefore);
      assertThat(remaining).extracting(Thread::getName).filteredOn(name -> !name.equals("OkHttp TaskRunner") && !name.equals("Okio Watchdog")).isEmpty();
    });
  }

  @Test
  void closeLeavesASuppliedOkHttpClientAndListenerExecutorRunning() {
    OkHttpClient okHttp = new OkHttpClient();
    ExecutorService listeners = Executors.newSingleThreadExecutor();
    try (FakeStreamServer server = FakeStreamServer.start()) {
      BitgetStreamClient client = BitgetStreamClient.builder()
          .publicUrl(server.publicUrl())
          .okHttpClient(okHttp)
          .listenerExecutor(listeners)
          .build();
      Recorder<Ticker> tickers = new Recorder<>();
      client.ticker(Symbol.BTCUSDT_UMCBL, tickers);
      Session session = server.awaitSession(0);
      session.awaitFrame(Pushes.subscribe("ticker", "BTCUSDT"));
      session.send(Pushes.ticker("BTCUSDT", "1"));
      tickers.awaitValues(1);

      client.close();

      assertThat(okHttp.dispatcher().executorService().isShutdown()).isFalse();
      assertThat(listeners.isShutdown()).isFalse();
    } finally {
      listeners.shutdownNow();
      okHttp.dispatcher().executorService().shutdown();
      okHttp.connectionPool().evictAll();
    }
  }

  @Test
  void closingAClientThatNeverConnectedTellsItsStateListeners() {
    BitgetStreamClient client = BitgetStreamClient.builder().build();
    Recorder<StateChange> states = new Recorder<>();
    client.addStateListener(states::onUpdate);

    client.close();

    StateChange change = states.awaitValues(1).get(0);
    assertThat(change.previous()).isEqualTo(ConnectionState.IDLE);
    assertThat(change.current()).isEqualTo(ConnectionState.CLOSED);
  }

  @Test
  void closingTheClientEndsStateListenersAfterTellingThemClosed() {
    try (FakeStreamServer server = FakeStreamServer.start()) {
      BitgetStreamClient client = BitgetStreamClient.builder().publicUrl(server.publicUrl()).build();
      Recorder<StateChange> states = new Recorder<>();
      Subscription listener = client.addStateListener(states::onUpdate);
      client.ticker(Symbol.BTCUSDT_UMCBL, new Recorder<>());
      server.awaitSession(0).awaitFrame(Pushes.subscribe("ticker", "BTCUSDT"));

      client.close();

      assertThat(listener.isActive()).isFalse();
      Await.await("CLOSED").until(() -> states.values().stream().anyMatch(c -> c.current() == ConnectionState.CLOSED));
      assertThat(states.values().get(states.values().size() - 1).clientState()).isEqualTo(ConnectionState.CLOSED);
    }
  }

  /**
   * A clock that, once armed, stops the control thread the next time it reads the time (to stamp
   * a state change), until released.
   */
  private static final class StallingClock extends Clock {
    final CountDownLatch stalled = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);
    volatile boolean armed;

    @Override
    public Instant instant() {
      if (armed && Thread.currentThread().getName().startsWith("bitget4j-ws-control")) {
        armed = false;
        stalled.countDown();
        try {
          release.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt(); // the control thread was shut down
        }
      }
      return Instant.now();
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException("a test clock");
    }
  }

  @Test
  void concurrentClosesLetTheFirstFinishAndStateListenersSeeClosed() throws InterruptedException {
    StallingClock clock = new StallingClock();
    try (FakeStreamServer server = FakeStreamServer.start()) {
      BitgetStreamClient client = BitgetStreamClient.builder()
          .publicUrl(server.publicUrl())
          .clock(clock)
          .closeTimeout(Duration.ofSeconds(10))
          .backoff(Backoff.builder().base(Duration.ofMillis(20)).cap(Duration.ofMillis(80)).unlimited().build())
          .build();
      Recorder<StateChange> states = new Recorder<>();
      client.addStateListener(states::onUpdate);
      client.ticker(Symbol.BTCUSDT_UMCBL, new Recorder<>());
      Session session = server.awaitSession(0);
      session.awaitFrame(Pushes.subscribe("ticker", "BTCUSDT"));
      Await.await("connected").until(() -> client.state() == ConnectionState.CONNECTED);
      // Keep the control thread busy so that the first close has to wait for it.
      clock.armed = true;
      session.drop();
      assertThat(clock.stalled.await(10, TimeUnit.SECONDS)).isTrue();

      Thread first = new Thread(client::close, "first closer");
      first.start();
      Await.await("first close waiting").until(() -> first.getState() == Thread.State.TIMED_WAITING);
      Thread second = new Thread(client::close, "second closer");
      second.start();
      Await.await("second close waiting or done").until(() -> second.getState() == Thread.State.WAITING
          || second.getState() == Thread.State.TERMINATED);
      boolean secondReturnedEarly = second.getState() == Thread.State.TERMINATED;
      clock.release.countDown();
      first.join(TimeUnit.SECONDS.toMillis(20));
      second.join(TimeUnit.SECONDS.toMillis(20));

      assertThat(secondReturnedEarly).as("the second close returned before the first finished").isFalse();
      assertThat(first.isAlive()).isFalse();
      assertThat(second.isAlive()).isFalse();
      List<StateChange> changes = Await.await("CLOSED of public-1").until(states::values,
          values -> values.stream().anyMatch(c -> c.connection().equals("public-1") && c.current() == ConnectionState.CLOSED));
      assertThat(changes.get(changes.size() - 1).clientState()).isEqualTo(ConnectionState.CLOSED);
      assertThat(client.state()).isEqualTo(ConnectionState.CLOSED);
      assertThat(session.awaitClosed(Duration.ofSeconds(5))).isTrue();
    }
  }

  @ParameterizedTest(name = "{0} is refused")
  @ValueSource(strings = {
      "https://ws.bitget.com/v2/ws/public",
      "ws://ws.bitget.com/v2/ws/public",
      "ws://127.evil.example/v2/ws/public",
      "ftp://127.0.0.1/x"})
  void refusesUrlsThatAreNeitherTlsNorLoopback(String url) {
    assertThatThrownBy(() -> BitgetStreamClient.builder().publicUrl(url))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("publicUrl must be a wss:// URL (ws:// only for a loopback test server) but was \"" + url + "\"");
  }

  @ParameterizedTest(name = "{0} is accepted")
  @ValueSource(strings = {
      "wss://ws.bitget.com/v2/ws/private",
      "ws://127.0.0.1:8080/v2/ws/private",
      "ws://localhost:8080/v2/ws/private",
      "ws://[::1]:8080/v2/ws/private"})
  void acceptsTlsAndLoopbackUrls(String url) {
    assertThat(BitgetStreamClient.Builder.checkUrl("privateUrl", url)).isEqualTo(url);
  }

  @Test
  void refusesAUrlWithoutHost() {
    assertThatThrownBy(() -> BitgetStreamClient.builder().privateUrl("wss:///v2/ws/private"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("privateUrl has no host: \"wss:///v2/ws/private\"; expected a URL such as"
            + " \"wss://ws.bitget.com/v2/ws/public\"");
  }

  @ParameterizedTest(name = "demoTrading({0}) uses {1} and {2}")
  @CsvSource({
      "false, wss://ws.bitget.com/v2/ws/public, wss://ws.bitget.com/v2/ws/private",
      "true, wss://wspap.bitget.com/v2/ws/public, wss://wspap.bitget.com/v2/ws/private"})
  void demoTradingSwitchesTheDefaultUrls(boolean demo, String publicUrl, String privateUrl) {
    BitgetStreamClient.Builder builder = BitgetStreamClient.builder().demoTrading(demo);

    assertThat(AccountModeSelectionTest.urls(builder)).containsExactly(publicUrl, privateUrl);
  }

  @Test
  void explicitUrlsWinOverDemoTrading() {
    BitgetStreamClient.Builder builder = BitgetStreamClient.builder().demoTrading(true)
        .publicUrl("wss://example.test/public");

    assertThat(AccountModeSelectionTest.urls(builder))
        .containsExactly("wss://example.test/public", "wss://wspap.bitget.com/v2/ws/private");
  }

  @Test
  void refusesSettingsOutOfRange() {
    assertThatThrownBy(() -> BitgetStreamClient.builder().maxChannelsPerConnection(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxChannelsPerConnection must be between 1 and 1000 but was 0");
    assertThatThrownBy(() -> BitgetStreamClient.builder().pingInterval(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("pingInterval must be at least 1 ms but was PT0S");
    assertThatThrownBy(() -> Delivery.throttled(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("interval must be at least 1 ms but was PT0S; use Delivery.immediate() for unthrottled delivery");
    assertThatThrownBy(() -> BookDepth.ofLevels(10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Bitget has book channels of 1, 5, 15 and 50 levels (books1, books5, books15, books50) and"
            + " the full book (0, books) but not 10 levels");
  }
}
