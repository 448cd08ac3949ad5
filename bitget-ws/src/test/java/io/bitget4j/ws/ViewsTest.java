package io.bitget4j.ws;

import static io.bitget4j.ws.testing.FakeStreamServer.compact;
import static io.bitget4j.ws.testing.FakeStreamServer.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bitget4j.core.AuthenticationException;
import io.bitget4j.core.Credentials;
import io.bitget4j.core.ProductType;
import io.bitget4j.core.Symbol;
import io.bitget4j.core.json.BitgetJson;
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
import java.time.ZoneOffset;
import java.util.List;
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
}
