package io.bitget4j.ws.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.bitget4j.core.AccountMode;
import io.bitget4j.core.Symbol;
import io.bitget4j.core.internal.json.BitgetJson;
import io.bitget4j.core.model.OrderBook;
import io.bitget4j.core.util.Backoff;
import io.bitget4j.ws.Delivery;
import io.bitget4j.ws.Subscription;
import io.bitget4j.ws.testing.Await;
import io.bitget4j.ws.testing.FakeStreamServer;
import io.bitget4j.ws.testing.FakeStreamServer.Session;
import io.bitget4j.ws.testing.Pushes;
import io.bitget4j.ws.testing.Recorder;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Races on the control thread, driven through an engine whose control executor the test owns so
 * that it can hold the control thread while it queues work.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ResubscribeRaceTest {
  private static final Symbol BTC = Symbol.BTCUSDT_UMCBL;
  private static final ChannelKey BOOKS = ChannelKey.of(Topic.BOOKS, BTC);

  private final BitgetJson json = BitgetJson.create();
  private FakeStreamServer server;
  private ScheduledThreadPoolExecutor control;
  private ExecutorService listeners;
  private OkHttpClient okHttp;
  private StreamEngine engine;

  @BeforeEach
  void start() {
    server = FakeStreamServer.start();
    control = new ScheduledThreadPoolExecutor(1);
    listeners = Executors.newCachedThreadPool();
    okHttp = new OkHttpClient();
    Endpoints endpoints = new Endpoints(AccountMode.AUTO, Optional.of(server.publicUrl()),
        Optional.of(server.privateUrl()), false, false, Optional.empty(), json);
    StreamConfig config = new StreamConfig(endpoints, okHttp, json,
        Clock.systemUTC(), new ClockOffset(Clock.systemUTC(), Duration.ZERO, null), Optional.empty(),
        Optional.empty(), Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(5),
        Backoff.builder().base(Duration.ofMillis(20)).cap(Duration.ofMillis(80)).unlimited().build(),
        50, 20, 4000, 10, 240, Duration.ofSeconds(60), Duration.ofHours(23), Duration.ofSeconds(2));
    engine = new StreamEngine(config, new Control(control, System::nanoTime),
        new DeliveryContext(listeners, false, control, Clock.systemUTC(), new AtomicLong()), listeners, () -> { });
  }

  @AfterEach
  void stop() {
    engine.close();
    control.shutdownNow();
    listeners.shutdownNow();
    okHttp.dispatcher().executorService().shutdown();
    okHttp.connectionPool().evictAll();
    server.close();
  }

  private Subscription books(Recorder<OrderBook> listener) {
    return engine.subscribe(BOOKS, "books " + BTC, g -> g.books(BTC, Topic.BOOKS), listener,
        Delivery.immediate(), true);
  }

  @Test
  void channelSubscribedAgainBeforeItsUnsubscribeWentOutGetsAFreshSnapshot() {
    Recorder<OrderBook> first = new Recorder<>();
    Subscription firstSubscription = books(first);
    Session session = server.awaitSession(0);
    session.awaitFrame(Pushes.subscribe("books", "BTCUSDT"));
    session.send(Pushes.booksSnapshot());
    first.awaitValues(1);

    // Hold the control thread so that the close and the new subscription queue up together,
    // before the unsubscribe is sent.
    CountDownLatch held = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    control.execute(() -> {
      held.countDown();
      try {
        release.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    Await.await("control thread held").until(() -> held.getCount() == 0);
    firstSubscription.close();
    Recorder<OrderBook> second = new Recorder<>();
    books(second);
    release.countDown();

    // The server still had the channel; subscribing it again makes it send a new snapshot.
    Await.await("unsubscribe, then subscribe again").until(() -> session.receivedWithoutPings().equals(List.of(
        Pushes.subscribe("books", "BTCUSDT"), Pushes.unsubscribe("books", "BTCUSDT"),
        Pushes.subscribe("books", "BTCUSDT"))));
    session.send(Pushes.booksSnapshot());
    session.send(Pushes.booksUpdate());

    List<OrderBook> received = second.awaitValues(2);
    assertThat(received.get(1).bestBid().orElseThrow().price()).isEqualTo(new BigDecimal("26999.95"));
    assertThat(first.values()).hasSize(1);
    assertThat(engine.health().channels()).isEqualTo(1);
  }
}
