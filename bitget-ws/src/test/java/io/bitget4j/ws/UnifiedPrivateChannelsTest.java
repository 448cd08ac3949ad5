package io.bitget4j.ws;

import static io.bitget4j.ws.testing.FakeStreamServer.compact;
import static io.bitget4j.ws.testing.FakeStreamServer.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import io.bitget4j.core.ProductType;
import io.bitget4j.core.Symbol;
import io.bitget4j.core.model.HoldSide;
import io.bitget4j.core.model.Position;
import io.bitget4j.ws.testing.FakeSockets.FakeSocket;
import io.bitget4j.ws.testing.Recorder;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A unified account's private topics span every product type: the channels of several product
 * types share one server subscription, and V3's position changes are merged into the whole list
 * that {@link PositionTracker} and every positions listener receive, as on a classic account.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class UnifiedPrivateChannelsTest {
  private static final String POSITION_ARG = "{\"instType\":\"UTA\",\"topic\":\"position\"}";
  private static final Symbol BTC = Symbol.BTCUSDT_UMCBL;
  private static final Symbol ETH = Symbol.ETHUSDT_UMCBL;

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

  private FakeSocket socket() {
    return streams.sockets.sockets("/private").get(0);
  }

  /** A position row of the sample: {@code symbol} and {@code side} with {@code size}. */
  private static String row(String symbol, String side, String size, String marginCoin) {
    String sample = compact(fixture("v3/ws-v3-position.json"));
    String row = sample.substring(sample.indexOf("[{") + 1, sample.indexOf("}]") + 1);
    return row.replace("\"symbol\":\"BTCUSDT\"", "\"symbol\":\"" + symbol + "\"")
        .replace("\"posSide\":\"long\"", "\"posSide\":\"" + side + "\"")
        .replace("\"size\":\"0\"", "\"size\":\"" + size + "\"")
        .replace("\"marginCoin\":\"USDT\"", "\"marginCoin\":\"" + marginCoin + "\"");
  }

  private static String positions(String action, String... rows) {
    return "{\"data\":[" + String.join(",", rows) + "],\"arg\":" + POSITION_ARG + ",\"action\":\"" + action
        + "\",\"ts\":1730711666652}";
  }

  private void send(String frame) {
    socket().push(frame);
    streams.settle();
  }

  private static List<String> sizes(List<Position> positions) {
    return positions.stream().map(p -> p.symbol() + " " + p.holdSide() + " " + p.size().toPlainString()).toList();
  }

  @Test
  void changesAreMergedIntoTheWholeListOfOpenPositions() {
    PositionTracker tracker = client.positionTracker(ProductType.UMCBL);
    Recorder<List<Position>> lists = new Recorder<>();
    tracker.subscribe(lists);
    streams.settle();

    send(positions("snapshot", row("BTCUSDT", "long", "1", "USDT"), row("ETHUSDT", "short", "5", "USDT")));
    send(positions("update", row("BTCUSDT", "long", "1.5", "USDT"))); // only what changed
    send(positions("update", row("ETHUSDT", "short", "0", "USDT"))); // closed
    send(positions("update", row("BTCUSDT", "short", "2", "USDT"))); // hedge mode: the other side

    assertThat(lists.values().stream().map(UnifiedPrivateChannelsTest::sizes)).containsExactly(
        List.of("BTCUSDT_UMCBL LONG 1", "ETHUSDT_UMCBL SHORT 5"),
        List.of("BTCUSDT_UMCBL LONG 1.5", "ETHUSDT_UMCBL SHORT 5"),
        List.of("BTCUSDT_UMCBL LONG 1.5"),
        List.of("BTCUSDT_UMCBL LONG 1.5", "BTCUSDT_UMCBL SHORT 2"));
    assertThat(tracker.positions(BTC)).extracting(Position::holdSide).containsExactly(HoldSide.LONG, HoldSide.SHORT);
    assertThat(tracker.position(ETH)).isEmpty();
    assertThat(tracker.risk(BTC)).isPresent();

    send(positions("snapshot", row("ETHUSDT", "long", "3", "USDT"))); // a snapshot replaces the list
    assertThat(sizes(tracker.positions())).containsExactly("ETHUSDT_UMCBL LONG 3");
  }

  @Test
  void afterALostConnectionUpdatesWaitForTheNewSnapshot() {
    Recorder<List<Position>> lists = new Recorder<>();
    client.positions(ProductType.UMCBL, lists);
    streams.settle();
    send(positions("snapshot", row("BTCUSDT", "long", "1", "USDT")));

    socket().drop();
    streams.advance(java.time.Duration.ofSeconds(1));
    FakeSocket fresh = streams.sockets.sockets("/private").get(1);
    fresh.push(positions("update", row("ETHUSDT", "long", "2", "USDT"))); // not a whole list: ignored
    fresh.push(positions("snapshot", row("BTCUSDT", "long", "1", "USDT"), row("ETHUSDT", "long", "2", "USDT")));
    streams.settle();

    assertThat(lists.values().stream().map(UnifiedPrivateChannelsTest::sizes)).containsExactly(
        List.of("BTCUSDT_UMCBL LONG 1"),
        List.of("BTCUSDT_UMCBL LONG 1", "ETHUSDT_UMCBL LONG 2"));
  }

  @Test
  void productTypesShareOneSubscriptionWhichEndsWithTheLastOfThem() {
    Recorder<List<Position>> usdt = new Recorder<>();
    Subscription usdtSubscription = client.positions(ProductType.UMCBL, usdt);
    Recorder<List<Position>> coin = new Recorder<>();
    Subscription coinSubscription = client.positions(ProductType.DMCBL, coin);
    streams.settle();

    assertThat(socket().sentWithoutPings()).hasSize(2).last()
        .isEqualTo("{\"op\":\"subscribe\",\"args\":[" + POSITION_ARG + "]}");
    send(positions("snapshot", row("BTCUSDT", "long", "1", "USDT"), row("BTCUSD", "short", "7", "BTC")));
    assertThat(sizes(usdt.last())).containsExactly("BTCUSDT_UMCBL LONG 1");
    assertThat(sizes(coin.last())).containsExactly("BTCUSD_DMCBL SHORT 7");
    assertThat(usdtSubscription.ready()).isCompleted();
    assertThat(coinSubscription.ready()).isCompleted();
    assertThat(client.health().channels()).isEqualTo(2);

    usdtSubscription.close();
    streams.settle();
    assertThat(socket().sentWithoutPings()).hasSize(2); // DMCBL still needs it
    coinSubscription.close();
    streams.settle();
    assertThat(socket().sentWithoutPings()).last()
        .isEqualTo("{\"op\":\"unsubscribe\",\"args\":[" + POSITION_ARG + "]}");
  }

  @Test
  void aProductTypeJoiningALiveSubscriptionAsksForAFreshSnapshotAndIsReadyAtOnce() {
    Recorder<List<Position>> usdt = new Recorder<>();
    client.positions(ProductType.UMCBL, usdt);
    streams.settle();
    send(positions("snapshot", row("BTCUSDT", "long", "1", "USDT"), row("BTCUSD", "short", "7", "BTC")));

    Recorder<List<Position>> coin = new Recorder<>();
    Subscription late = client.positions(ProductType.DMCBL, coin);
    streams.settle();

    assertThat(late.ready()).isCompleted();
    assertThat(socket().sentWithoutPings()).containsSubsequence(
        "{\"op\":\"unsubscribe\",\"args\":[" + POSITION_ARG + "]}",
        "{\"op\":\"subscribe\",\"args\":[" + POSITION_ARG + "]}");
    send(positions("update", row("BTCUSD", "short", "8", "BTC"))); // before the new snapshot: ignored by DMCBL
    send(positions("snapshot", row("BTCUSDT", "long", "1", "USDT"), row("BTCUSD", "short", "8", "BTC")));

    assertThat(coin.values().stream().map(UnifiedPrivateChannelsTest::sizes))
        .containsExactly(List.of("BTCUSD_DMCBL SHORT 8"));
    assertThat(usdt.values()).hasSize(3).allSatisfy(list ->
        assertThat(sizes(list)).containsExactly("BTCUSDT_UMCBL LONG 1"));
    assertThat(usdt.values().get(0).get(0).size()).isEqualByComparingTo(BigDecimal.ONE);
  }
}
