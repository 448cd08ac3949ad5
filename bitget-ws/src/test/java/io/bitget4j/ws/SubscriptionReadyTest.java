package io.bitget4j.ws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bitget4j.core.AuthenticationException;
import io.bitget4j.core.BitgetApiException;
import io.bitget4j.core.BitgetTransportException;
import io.bitget4j.core.ProductType;
import io.bitget4j.core.Symbol;
import io.bitget4j.core.util.Backoff;
import io.bitget4j.ws.testing.FakeSockets.FakeSocket;
import io.bitget4j.ws.testing.FakeStreamServer;
import io.bitget4j.ws.testing.Pushes;
import io.bitget4j.ws.testing.Recorder;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@link Subscription#ready()}, on manual time. */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class SubscriptionReadyTest {
  private static final Symbol BTC = Symbol.BTCUSDT_UMCBL;
  private static final Symbol ETH = Symbol.ETHUSDT_UMCBL;

  private final ManualStreams streams = new ManualStreams();
  private BitgetStreamClient client = streams.builder().build();

  @AfterEach
  void close() {
    client.close();
  }

  private static Throwable failureOf(CompletableFuture<Void> future) {
    assertThat(future).isCompletedExceptionally();
    ExecutionException thrown = org.assertj.core.api.Assertions.catchThrowableOfType(ExecutionException.class,
        future::get);
    return thrown.getCause();
  }

  @Test
  void completesWhenBitgetAcknowledgesTheSubscription() {
    streams.sockets.ackSubscribe(false);
    Subscription ticker = client.ticker(BTC, new Recorder<>());
    streams.settle();
    FakeSocket socket = streams.sockets.socket(0);
    assertThat(socket.sent()).containsExactly(Pushes.subscribe("ticker", "BTCUSDT"));
    assertThat(ticker.ready()).isNotDone();

    socket.push(Pushes.ack("ticker", "BTCUSDT"));
    assertThat(ticker.ready()).as("completed on the listener executor, not the socket thread").isNotDone();
    streams.settle();

    assertThat(ticker.ready()).isCompleted();
    assertThat(ticker.ready()).isSameAs(ticker.ready());
  }

  @Test
  void failsWithTheServersErrorEvent() {
    streams.sockets.ackSubscribe(false);
    Subscription eth = client.ticker(ETH, new Recorder<>());
    streams.settle();

    streams.sockets.socket(0).push("{\"event\":\"error\",\"arg\":" + Pushes.arg("ticker", "ETHUSDT")
        + ",\"code\":30001,\"msg\":\"instType:USDT-FUTURES,channel:ticker,instId:ETHUSDT doesn't exist\"}");
    streams.settle();

    Throwable error = failureOf(eth.ready());
    assertThat(error).isInstanceOf(BitgetApiException.class);
    assertThat(((BitgetApiException) error).code()).isEqualTo("30001");
    assertThat(eth.isActive()).isFalse();
  }

  @Test
  void temporaryRefusalIsRetriedAndDoesNotFailIt() {
    Subscription eth = client.ticker(ETH, new Recorder<>());
    streams.sockets.ackSubscribe(false);
    streams.settle();

    streams.sockets.socket(0).push("{\"event\":\"error\",\"arg\":" + Pushes.arg("ticker", "ETHUSDT")
        + ",\"code\":30006,\"msg\":\"request too many\"}");
    streams.sockets.ackSubscribe(true);
    streams.advance(Duration.ofSeconds(1)); // the retry

    assertThat(streams.sockets.socket(0).sent()).containsExactly(Pushes.subscribe("ticker", "ETHUSDT"),
        Pushes.subscribe("ticker", "ETHUSDT"));
    assertThat(eth.ready()).isCompleted();
  }

  @Test
  void listenerJoiningAnAcknowledgedChannelIsReadyAtOnce() {
    Subscription first = client.ticker(BTC, new Recorder<>());
    streams.settle();
    assertThat(first.ready()).isCompleted();

    Subscription second = client.ticker(BTC, new Recorder<>());
    streams.settle();

    assertThat(second.ready()).isCompleted();
    assertThat(streams.sockets.socket(0).sent()).containsExactly(Pushes.subscribe("ticker", "BTCUSDT"));
  }

  @Test
  void listenerJoiningWhileTheConnectionIsLostWaitsForTheResubscribe() {
    Subscription first = client.ticker(BTC, new Recorder<>());
    streams.settle();
    streams.sockets.socket(0).drop();
    streams.settle();

    Subscription second = client.ticker(BTC, new Recorder<>());
    streams.settle();
    assertThat(first.ready()).as("stays complete").isCompleted();
    assertThat(second.ready()).isNotDone();

    streams.advance(Duration.ofSeconds(1)); // reconnects, resubscribes, acknowledged

    assertThat(second.ready()).isCompleted();
  }

  @Test
  void closingTheSubscriptionCancelsItsPendingReady() {
    streams.sockets.ackSubscribe(false);
    Subscription ticker = client.ticker(BTC, new Recorder<>());
    streams.settle();

    ticker.close();

    assertThat(ticker.ready()).isCancelled();
  }

  @Test
  void closingTheClientCancelsPendingReadies() {
    streams.sockets.ackSubscribe(false);
    Subscription ticker = client.ticker(BTC, new Recorder<>());
    streams.settle();

    client.close();

    assertThat(ticker.ready()).isCancelled();
    assertThatThrownBy(() -> ticker.ready().get()).isInstanceOf(CancellationException.class);
  }

  @Test
  void failsWhenTheClientGivesUpReconnecting() {
    client.close();
    client = streams.builder()
        .backoff(Backoff.builder().base(Duration.ofSeconds(1)).cap(Duration.ofSeconds(1)).maxAttempts(2).build())
        .build();
    streams.sockets.refuseConnections(true);
    Subscription ticker = client.ticker(BTC, new Recorder<>());

    streams.advance(Duration.ofSeconds(5));

    assertThat(failureOf(ticker.ready())).isInstanceOf(BitgetTransportException.class);
  }

  @Test
  void failsWhenTheLoginIsRefused() {
    streams.sockets.loginReply(FakeStreamServer.compact(FakeStreamServer.fixture("ws-login-error.json")));
    Subscription positions = client.positions(ProductType.UMCBL, new Recorder<>());

    streams.settle();

    assertThat(failureOf(positions.ready())).isInstanceOf(AuthenticationException.class);
  }

  @Test
  void stateListenersAreReadyAtOnceAndTrackerSubscriptionsFollowTheirChannels() {
    Subscription states = client.addStateListener(change -> { });
    streams.sockets.ackSubscribe(false);
    PositionTracker tracker = client.positionTracker(ProductType.UMCBL);
    Subscription panel = tracker.subscribe(positions -> { });
    streams.settle();
    assertThat(states.ready()).isCompleted();
    assertThat(panel.ready()).isNotDone();

    streams.sockets.socket(0).push("{\"event\":\"subscribe\",\"arg\":{\"instType\":\"USDT-FUTURES\","
        + "\"channel\":\"positions\",\"instId\":\"default\"}}");
    streams.settle();
    assertThat(panel.ready()).as("the TP/SL channel is not live yet").isNotDone();

    streams.sockets.socket(0).push("{\"event\":\"subscribe\",\"arg\":{\"instType\":\"USDT-FUTURES\","
        + "\"channel\":\"orders-algo\",\"instId\":\"default\"}}");
    streams.settle();

    assertThat(panel.ready()).isCompleted();
  }
}
