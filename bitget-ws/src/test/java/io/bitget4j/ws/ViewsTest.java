package io.bitget4j.ws;

import static io.bitget4j.ws.testing.FakeStreamServer.compact;
import static io.bitget4j.ws.testing.FakeStreamServer.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bitget4j.core.AuthenticationException;
import io.bitget4j.core.BitgetApiException;
import io.bitget4j.core.BitgetException;
import io.bitget4j.core.Credentials;
import io.bitget4j.core.ProductType;
import io.bitget4j.core.Symbol;
import io.bitget4j.core.internal.json.BitgetJson;
import io.bitget4j.core.model.ConditionalOrder;
import io.bitget4j.core.model.Position;
import io.bitget4j.core.model.Ticker;
import io.bitget4j.ws.testing.Await;
import io.bitget4j.ws.testing.FakeStreamServer;
import io.bitget4j.ws.testing.FakeStreamServer.Session;
import io.bitget4j.ws.testing.Pushes;
import io.bitget4j.ws.testing.Recorder;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ViewsTest {
  private static final Instant NOW = Instant.parse("2024-11-24T02:00:00Z");
  private static final String EMPTY_POSITIONS = "{\"action\":\"snapshot\",\"arg\":{\"instType\":\"USDT-FUTURES\","
      + "\"channel\":\"positions\",\"instId\":\"default\"},\"data\":[],\"ts\":1732413600009}";

  private FakeStreamServer server;
  private BitgetStreamClient client;

  @BeforeEach
  void start() {
    server = FakeStreamServer.start();
    client = BitgetStreamClient.builder()
        .credentials(Credentials.of("key", "secret", "passphrase"))
        .publicUrl(server.publicUrl())
        .privateUrl(server.privateUrl())
        .clock(Clock.fixed(NOW, ZoneOffset.UTC))
        .pingInterval(Duration.ofSeconds(5))
        .build();
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  private static List<Position> fixturePositions() {
    BitgetJson json = BitgetJson.create();
    return json.decodePush(fixture("ws-positions.json")).data(json.positionPush(ProductType.UMCBL)).orElseThrow();
  }

  private Session privateSession() {
    Session session = server.awaitSession("/private", 0);
    session.awaitFrame("positions subscribe", f -> f.contains("\"positions\""));
    return session;
  }

  @Test
  void priceFeedKeepsTheLastPriceAndFeedsItsListeners() {
    PriceFeed feed = client.priceFeed(Symbol.BTCUSDT_UMCBL);
    assertThat(feed.lastPrice()).isEmpty();
    Session session = server.awaitSession(0);
    session.awaitFrame(Pushes.subscribe("ticker", "BTCUSDT"));

    session.send(Pushes.ticker("BTCUSDT", "100"));
    Await.await("first price").until(() -> feed.lastPrice().isPresent());
    Recorder<Ticker> listener = new Recorder<>();
    Subscription subscription = feed.subscribe(listener);
    assertThat(listener.awaitValues(1)).extracting(Ticker::lastPrice).containsExactly(new BigDecimal("100"));
    session.send(Pushes.ticker("BTCUSDT", "101"));

    assertThat(listener.awaitValues(2)).extracting(Ticker::lastPrice).endsWith(new BigDecimal("101"));
    Await.await("second price").until(() -> feed.lastPrice().orElseThrow().equals(new BigDecimal("101")));
    assertThat(feed.lastUpdate()).contains(NOW);
    assertThat(feed.lastTicker().orElseThrow().symbol()).isEqualTo(Symbol.BTCUSDT_UMCBL);

    feed.close();
    session.awaitFrame(Pushes.unsubscribe("ticker", "BTCUSDT"));
    assertThat(subscription.isActive()).isFalse();
    assertThatThrownBy(() -> feed.subscribe(listener)).isInstanceOf(IllegalStateException.class)
        .hasMessage("the price feed of BTCUSDT_UMCBL is closed");
  }

  @Test
  void positionTrackerHoldsTheLatestPushAndDerivesRisk() {
    PositionTracker tracker = client.positionTracker(ProductType.UMCBL);
    Session session = privateSession();

    session.send(compact(fixture("ws-positions.json")));
    Await.await("a position").until(() -> !tracker.positions().isEmpty());

    assertThat(tracker.lastUpdate()).contains(NOW);
    Position position = tracker.position(Symbol.BTCUSDT_UMCBL).orElseThrow();
    assertThat(position.size()).isEqualTo(new BigDecimal("0.1"));
    assertThat(tracker.positions(Symbol.BTCUSDT_UMCBL)).containsExactly(position);
    assertThat(tracker.position(Symbol.ETHUSDT_UMCBL)).isEmpty();
    PositionRisk risk = tracker.risk(Symbol.BTCUSDT_UMCBL).orElseThrow();
    assertThat(risk.unrealizedPnl()).isEqualTo(new BigDecimal("0.045"));
    assertThat(risk.distanceToLiquidationPercent()).contains(new BigDecimal("9.5124"));
    assertThat(risk.marginRatio()).contains(new BigDecimal("0.0123"));
    assertThat(tracker.risks()).containsExactly(risk);

    session.send(EMPTY_POSITIONS);
    Await.await("no position").until(() -> tracker.positions().isEmpty());
    assertThat(tracker.risk(Symbol.BTCUSDT_UMCBL)).isEmpty();
    tracker.close();
  }

  @Test
  void seedFillsTheTrackerOnlyBeforeTheFirstPush() {
    PositionTracker tracker = client.positionTracker(ProductType.UMCBL);
    Recorder<List<Position>> listener = new Recorder<>();
    tracker.subscribe(listener);

    assertThat(tracker.seed(type -> {
      assertThat(type).isEqualTo(ProductType.UMCBL);
      return fixturePositions();
    })).isTrue();
    assertThat(tracker.positions()).hasSize(1);
    assertThat(tracker.lastUpdate()).contains(NOW);
    assertThat(listener.awaitValues(1).get(0)).hasSize(1);

    Session session = privateSession();
    session.send(EMPTY_POSITIONS);
    Await.await("pushed").until(() -> tracker.positions().isEmpty());
    assertThat(tracker.seed(type -> fixturePositions())).isFalse();
    assertThat(tracker.positions()).isEmpty();
    assertThat(listener.awaitValues(2).get(1)).isEmpty();
  }

  /** An {@code orders-algo} push of one TP/SL of the long BTCUSDT position. */
  private static String algo(String orderId, String planType, String status, String triggerPrice, long uTime) {
    return "{\"action\":\"snapshot\",\"arg\":{\"instType\":\"USDT-FUTURES\",\"channel\":\"orders-algo\","
        + "\"instId\":\"default\"},\"data\":[{\"instId\":\"BTCUSDT\",\"orderId\":\"" + orderId + "\","
        + "\"planType\":\"" + planType + "\",\"triggerPrice\":\"" + triggerPrice + "\",\"triggerType\":\"fill_price\","
        + "\"orderType\":\"market\",\"posSide\":\"long\",\"status\":\"" + status + "\",\"cTime\":\"1000\","
        + "\"uTime\":\"" + uTime + "\"}],\"ts\":" + uTime + "}";
  }

  private static ConditionalOrder decoded(String push) {
    BitgetJson json = BitgetJson.create();
    return json.decodePush(push).data(json.conditionalOrderPush(ProductType.UMCBL)).orElseThrow().get(0).order();
  }

  @Test
  void trackerShowsTheTakeProfitAndStopLossOfEachPositionFromItsSeedAndThePushes() {
    PositionTracker tracker = client.positionTracker(ProductType.UMCBL);
    Recorder<List<Position>> lists = new Recorder<>();
    tracker.subscribe(lists);
    Session session = privateSession();
    session.awaitFrame("orders-algo subscribe", f -> f.contains("\"orders-algo\""));
    session.send(compact(fixture("ws-positions.json")));
    lists.awaitValues(1);
    assertThat(tracker.risk(Symbol.BTCUSDT_UMCBL).orElseThrow().takeProfit()).isEmpty();

    boolean seeded = tracker.seedConditionalOrders(type -> {
      tracker.onConditionalPush(decoded(algo("sl-1", "sl", "cancelled", "26000", 2000))); // while the seed runs
      return List.of(decoded(algo("tp-1", "tp", "live", "28000", 1000)),
          decoded(algo("sl-1", "sl", "live", "26000", 1000)));
    });

    assertThat(seeded).isTrue();
    PositionRisk seededRisk = tracker.risk(Symbol.BTCUSDT_UMCBL).orElseThrow();
    assertThat(seededRisk.takeProfit()).contains(new BigDecimal("28000"));
    assertThat(seededRisk.stopLoss()).as("cancelled while the seed ran").isEmpty();

    session.send(algo("sl-2", "psl", "live", "25500", 3000));
    Await.await("the stop-loss").until(() -> tracker.risk(Symbol.BTCUSDT_UMCBL).orElseThrow().stopLoss().isPresent());
    assertThat(tracker.risks()).singleElement()
        .satisfies(risk -> assertThat(risk.stopLoss()).contains(new BigDecimal("25500")));

    session.send(algo("tp-1", "tp", "executed", "28000", 4000));
    Await.await("no take-profit").until(() -> tracker.risk(Symbol.BTCUSDT_UMCBL).orElseThrow().takeProfit().isEmpty());
    // every change of the TP/SL hands the positions out again: push, seed, stop-loss, take-profit gone
    assertThat(lists.awaitValues(4)).allSatisfy(positions -> assertThat(positions).hasSize(1));
  }

  @Test
  void trackerListenersGetTheLatestListAtTheirCadence() {
    PositionTracker tracker = client.positionTracker(ProductType.UMCBL);
    Recorder<List<Position>> panel = new Recorder<>();
    tracker.subscribe(panel, Delivery.throttled(Duration.ofSeconds(30)));
    Session session = privateSession();

    session.send(compact(fixture("ws-positions.json")));
    panel.awaitValues(1);
    session.send(EMPTY_POSITIONS);
    Await.await("pushed").until(() -> tracker.positions().isEmpty());

    assertThat(panel.values()).hasSize(1);
    assertThat(panel.values().get(0)).hasSize(1);
  }

  @Test
  void trackerSubscriptionsEndWhenThePositionsChannelFails() {
    server.loginReply(compact(fixture("ws-login-error.json")));
    PositionTracker tracker = client.positionTracker(ProductType.UMCBL);
    Recorder<List<Position>> listener = new Recorder<>();
    Subscription subscription = tracker.subscribe(listener);

    assertThat(listener.awaitError()).isInstanceOf(AuthenticationException.class);
    assertThat(subscription.isActive()).isFalse();
  }

  @Test
  void trackerSubscriptionsMadeAfterThePositionsChannelFailedGetTheErrorAtOnce() {
    server.loginReply(compact(fixture("ws-login-error.json")));
    PositionTracker tracker = client.positionTracker(ProductType.UMCBL);
    Recorder<List<Position>> early = new Recorder<>();
    tracker.subscribe(early);
    BitgetException error = early.awaitError();

    Recorder<List<Position>> late = new Recorder<>();
    Subscription subscription = tracker.subscribe(late);

    assertThat(late.awaitError()).isSameAs(error);
    assertThat(subscription.isActive()).isFalse();
    assertThat(tracker.failure()).containsSame(error);
    assertThat(tracker.seed(type -> fixturePositions())).isFalse();
  }

  @Test
  void priceFeedSubscriptionsMadeAfterTheTickerChannelFailedGetTheErrorAtOnce() {
    PriceFeed feed = client.priceFeed(Symbol.BTCUSDT_UMCBL);
    Session session = server.awaitSession(0);
    session.awaitFrame(Pushes.subscribe("ticker", "BTCUSDT"));
    session.send("{\"event\":\"error\",\"arg\":" + Pushes.arg("ticker", "BTCUSDT")
        + ",\"code\":30001,\"msg\":\"instType:USDT-FUTURES,channel:ticker,instId:BTCUSDT doesn't exist\"}");
    Await.await("the feed failed").until(() -> feed.failure().isPresent());

    Recorder<Ticker> late = new Recorder<>();
    Subscription subscription = feed.subscribe(late);

    assertThat(late.awaitError()).isSameAs(feed.failure().orElseThrow()).isInstanceOf(BitgetApiException.class);
    assertThat(subscription.isActive()).isFalse();
    assertThat(server.sessions()).hasSize(1);
    assertThat(session.receivedWithoutPings()).containsExactly(Pushes.subscribe("ticker", "BTCUSDT"));
  }

  /**
   * The tracker reads the client's clock while it holds its lock to apply a seed. When the
   * seeding thread reads it, this clock waits until the pushing thread is spinning and the test
   * thread is blocked on the tracker's lock, so that releasing the lock has to wake that thread:
   * the push gets the time to take the lock between the seed and whatever the seed does after it.
   */
  private static final class RaceClock extends Clock {
    private final Thread blocked;
    private volatile Thread seeder;
    private volatile boolean pusherSpinning;
    private volatile CountDownLatch seederInside = new CountDownLatch(1);

    RaceClock(Thread blocked) {
      this.blocked = blocked;
    }

    CountDownLatch nextRound() {
      pusherSpinning = false;
      seederInside = new CountDownLatch(1);
      return seederInside;
    }

    @Override
    public Instant instant() {
      if (Thread.currentThread() == seeder) {
        seederInside.countDown();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while ((!pusherSpinning || blocked.getState() != Thread.State.BLOCKED) && System.nanoTime() - deadline < 0) {
          Thread.yield();
        }
        long settled = System.nanoTime() + TimeUnit.MICROSECONDS.toNanos(20); // until it is parked
        while (System.nanoTime() - settled < 0) {
          Thread.onSpinWait();
        }
      }
      return NOW;
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
  void aSeedRacingAPushNeverReachesListenersAfterThePush() throws Exception {
    List<Position> seeded = fixturePositions();
    RaceClock clock = new RaceClock(Thread.currentThread());
    ExecutorService racers = Executors.newFixedThreadPool(2);
    try (BitgetStreamClient raced = BitgetStreamClient.builder()
        .credentials(Credentials.of("key", "secret", "passphrase"))
        .privateUrl(server.privateUrl())
        .clock(clock)
        .pingInterval(Duration.ofSeconds(5))
        .build()) {
      raced.positions(ProductType.UMCBL, positions -> { }); // keeps the channel while trackers come and go
      // Without the fix, one round in a few dozen delivered the seed last.
      for (int round = 0; round < 300; round++) {
        PositionTracker tracker = raced.positionTracker(ProductType.UMCBL);
        Recorder<List<Position>> listener = new Recorder<>();
        tracker.subscribe(listener);
        CountDownLatch seederInside = clock.nextRound();
        Future<Boolean> seed = racers.submit(() -> {
          clock.seeder = Thread.currentThread();
          try {
            return tracker.seed(type -> seeded);
          } finally {
            clock.seeder = null;
          }
        });
        Future<?> push = racers.submit(() -> {
          seederInside.await(5, TimeUnit.SECONDS);
          clock.pusherSpinning = true;
          long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
          while (tracker.positions().isEmpty() && System.nanoTime() - deadline < 0) {
            Thread.onSpinWait(); // until the seed is applied
          }
          tracker.onPush(List.of());
          return null;
        });
        assertThat(seederInside.await(5, TimeUnit.SECONDS)).isTrue();
        synchronized (tracker) {
          // blocks until the seed leaves the tracker's lock
        }
        assertThat(seed.get(10, TimeUnit.SECONDS)).isTrue();
        push.get(10, TimeUnit.SECONDS);

        long delivered = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (listener.values().size() < 2 && System.nanoTime() - delivered < 0) {
          Thread.yield(); // quicker than polling for the two lists
        }
        // The push is newer than the seed, so it is the last list delivered.
        List<List<Position>> received = listener.awaitValues(2);
        assertThat(received).as("round %d", round).hasSize(2);
        assertThat(received.get(1)).as("the last list of round %d", round).isEmpty();
        assertThat(tracker.positions()).isEmpty();
        tracker.close();
      }
    } finally {
      racers.shutdownNow();
    }
  }

  @Test
  void closingTheClientEndsTrackerSubscriptionsAndLaterSeedsDeliverNothing() {
    PositionTracker tracker = client.positionTracker(ProductType.UMCBL);
    Recorder<List<Position>> listener = new Recorder<>();
    Subscription subscription = tracker.subscribe(listener);
    privateSession();

    client.close();

    assertThat(subscription.isActive()).isFalse();
    assertThat(tracker.seed(type -> fixturePositions())).isFalse();
    assertThat(tracker.positions()).isEmpty();
    assertThatThrownBy(() -> tracker.subscribe(new Recorder<>())).isInstanceOf(IllegalStateException.class);
    assertThat(listener.values()).isEmpty();
    assertThat(listener.errors()).isEmpty();
  }
}
