package io.bitget4j.ws;

import static io.bitget4j.ws.testing.FakeStreamServer.compact;
import static io.bitget4j.ws.testing.FakeStreamServer.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bitget4j.core.AccountMode;
import io.bitget4j.core.ProductType;
import io.bitget4j.core.internal.json.BitgetJson;
import io.bitget4j.core.model.Order;
import io.bitget4j.core.model.OrderStatus;
import io.bitget4j.ws.testing.FakeSockets.FakeSocket;
import io.bitget4j.ws.testing.Recorder;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The open orders, seeded from REST (the orders channel sends no open orders when subscribed) and
 * kept by the channel's updates, on both account modes: an update that arrives while the REST
 * snapshot is taken is never lost and never overwritten by the older snapshot.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class OpenOrdersTrackerTest {
  private static final BitgetJson JSON = BitgetJson.create();

  private final ManualStreams streams = new ManualStreams();
  private BitgetStreamClient client;
  private AccountMode mode;

  @AfterEach
  void stop() {
    if (client != null) {
      client.close();
    }
  }

  private void start(AccountMode accountMode) {
    mode = accountMode;
    if (mode == AccountMode.UNIFIED) {
      streams.sockets.loginReply(compact(fixture("v3/ws-v3-login-ack.json")));
      client = streams.unifiedBuilder().build();
    } else {
      client = streams.builder().build();
    }
  }

  /** An order update of the account mode's orders channel. */
  private String push(String orderId, String status, long updatedMillis) {
    if (mode == AccountMode.UNIFIED) {
      return compact(fixture("v3/ws-v3-order.json"))
          .replace("\"orderId\":\"xxx\"", "\"orderId\":\"" + orderId + "\"")
          .replace("\"orderStatus\":\"filled\"", "\"orderStatus\":\"" + status + "\"")
          .replace("\"updatedTime\":\"1742367838115\"", "\"updatedTime\":\"" + updatedMillis + "\"");
    }
    return compact(fixture("ws-orders.json"))
        .replace("\"orderId\":\"1234567890123456789\"", "\"orderId\":\"" + orderId + "\"")
        .replace("\"status\":\"filled\"", "\"status\":\"" + status + "\"")
        .replace("\"uTime\":\"1732413600050\"", "\"uTime\":\"" + updatedMillis + "\"");
  }

  /** The order of {@link #push}, as the REST snapshot lists it. */
  private Order row(String orderId, String status, long updatedMillis) {
    return JSON.decodePush(push(orderId, status, updatedMillis)).data(JSON.orderPush(ProductType.UMCBL))
        .orElseThrow().get(0);
  }

  private FakeSocket privateSocket() {
    return streams.sockets.sockets("/private").get(0);
  }

  private static List<String> idsAndStates(List<Order> orders) {
    return orders.stream().map(o -> o.orderId() + " " + o.status() + " " + o.updatedAt().toEpochMilli()).toList();
  }

  @ParameterizedTest
  @EnumSource(value = AccountMode.class, names = {"CLASSIC", "UNIFIED"})
  void updatesDuringTheSeedAreNeitherLostNorOverwrittenByTheOlderSnapshot(AccountMode accountMode) {
    start(accountMode);
    OpenOrdersTracker tracker = client.openOrdersTracker(ProductType.UMCBL);
    Recorder<List<Order>> lists = new Recorder<>();
    tracker.subscribe(lists);
    streams.settle();
    privateSocket().push(push("a", "live", 1_000)); // before the seed: the snapshot says whether it is still open
    streams.settle();

    boolean applied = tracker.seed(type -> {
      // the REST call is under way: the channel moves on meanwhile
      privateSocket().push(push("b", "partially_filled", 3_000)); // newer than the snapshot's b
      privateSocket().push(push("c", "filled", 3_000)); // closed: the snapshot's c must not open it again
      privateSocket().push(push("d", "live", 2_500)); // placed meanwhile: not in the snapshot
      privateSocket().push(push("e", "live", 1_500)); // older than the snapshot's e
      streams.settle();
      return List.of(row("b", "live", 2_000), row("c", "live", 2_000), row("e", "partially_filled", 2_000),
          row("f", "live", 2_000));
    });

    assertThat(applied).isTrue();
    assertThat(idsAndStates(tracker.orders())).containsExactly("b PARTIALLY_FILLED 3000",
        "e PARTIALLY_FILLED 2000", "f LIVE 2000", "d LIVE 2500");
    streams.settle();
    assertThat(idsAndStates(lists.last())).isEqualTo(idsAndStates(tracker.orders()));
    assertThat(tracker.order("b")).map(Order::status).contains(OrderStatus.PARTIALLY_FILLED);
    assertThat(tracker.order("a")).isEmpty();

    privateSocket().push(push("b", "filled", 4_000));
    privateSocket().push(push("e", "live", 1_800)); // older than what the tracker holds: ignored
    streams.settle();
    assertThat(idsAndStates(tracker.orders())).containsExactly("e PARTIALLY_FILLED 2000", "f LIVE 2000",
        "d LIVE 2500");
    assertThat(lists.values().stream().map(OpenOrdersTrackerTest::idsAndStates))
        .doesNotContain(List.of("b LIVE 2000", "c LIVE 2000", "e PARTIALLY_FILLED 2000", "f LIVE 2000"));
  }

  @ParameterizedTest
  @EnumSource(value = AccountMode.class, names = {"CLASSIC", "UNIFIED"})
  void withoutASeedTheTrackerHoldsWhatTheChannelOpened(AccountMode accountMode) {
    start(accountMode);
    OpenOrdersTracker tracker = client.openOrdersTracker(ProductType.UMCBL);
    streams.settle();

    privateSocket().push(push("x", "live", 1_000));
    privateSocket().push(push("y", "live", 1_100));
    privateSocket().push(push("x", "cancelled", 1_200));
    streams.settle();

    assertThat(idsAndStates(tracker.orders())).containsExactly("y LIVE 1100");
    assertThat(tracker.lastUpdate()).isPresent();
  }

  @ParameterizedTest
  @EnumSource(value = AccountMode.class, names = {"CLASSIC", "UNIFIED"})
  void aFailingSeedLeavesTheTrackerAsItWasAndALaterOneStillWorks(AccountMode accountMode) {
    start(accountMode);
    OpenOrdersTracker tracker = client.openOrdersTracker(ProductType.UMCBL);
    streams.settle();
    privateSocket().push(push("x", "live", 1_000));
    streams.settle();
    IllegalStateException down = new IllegalStateException("REST is down");

    assertThatThrownBy(() -> tracker.seed(type -> {
      privateSocket().push(push("y", "live", 1_100));
      streams.settle();
      throw down;
    })).isSameAs(down);

    assertThat(idsAndStates(tracker.orders())).containsExactly("x LIVE 1000", "y LIVE 1100");
    assertThat(tracker.seed(type -> List.of(row("z", "live", 2_000)))).isTrue();
    assertThat(idsAndStates(tracker.orders())).containsExactly("z LIVE 2000");
    tracker.close();
    assertThat(tracker.seed(type -> List.of())).isFalse();
  }
}
