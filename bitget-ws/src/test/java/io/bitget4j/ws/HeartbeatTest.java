package io.bitget4j.ws;

import static org.assertj.core.api.Assertions.assertThat;

import io.bitget4j.core.BitgetTransportException;
import io.bitget4j.core.Symbol;
import io.bitget4j.core.model.Ticker;
import io.bitget4j.ws.testing.FakeSockets.FakeSocket;
import io.bitget4j.ws.testing.FakeSockets.Sent;
import io.bitget4j.ws.testing.Logs;
import io.bitget4j.ws.testing.Pushes;
import io.bitget4j.ws.testing.Recorder;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Heartbeat and dead-connection detection, on manual time. */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class HeartbeatTest {
  private static final Symbol BTC = Symbol.BTCUSDT_UMCBL;

  private final ManualStreams streams = new ManualStreams();
  private final BitgetStreamClient client = streams.builder()
      .pingInterval(Duration.ofSeconds(25))
      .pongTimeout(Duration.ofSeconds(10))
      .build();

  @AfterEach
  void close() {
    client.close();
  }

  private FakeSocket subscribeTicker() {
    client.ticker(BTC, new Recorder<>());
    streams.settle();
    FakeSocket socket = streams.sockets.socket(0);
    assertThat(socket.sent()).containsExactly(Pushes.subscribe("ticker", "BTCUSDT"));
    return socket;
  }

  @Test
  void sendsPingTextAtTheConfiguredInterval() {
    Instant opened = streams.clock.instant();
    FakeSocket socket = subscribeTicker();

    streams.advance(Duration.ofSeconds(25).minusMillis(1));
    assertThat(socket.sent()).doesNotContain("ping");
    streams.advance(Duration.ofSeconds(50).plusMillis(1));

    assertThat(socket.sentFrames()).filteredOn(f -> f.text().equals("ping")).extracting(Sent::at)
        .containsExactly(opened.plusSeconds(25), opened.plusSeconds(50), opened.plusSeconds(75));
    assertThat(socket.sentWithoutPings()).containsExactly(Pushes.subscribe("ticker", "BTCUSDT"));
  }

  @Test
  void answeredPingsKeepTheConnection() {
    FakeSocket socket = subscribeTicker();

    streams.advance(Duration.ofMinutes(10));

    assertThat(socket.sent()).filteredOn("ping"::equals).hasSize(24);
    assertThat(socket.isOpen()).isTrue();
    assertThat(streams.sockets.sockets()).hasSize(1);
    assertThat(client.health().reconnectCount()).isZero();
    assertThat(Logs.warnings()).isEmpty();
  }

  @Test
  void missingPongCountsAsADeadConnectionAndReconnects() {
    streams.sockets.answerPing(false);
    Recorder<StateChange> states = new Recorder<>();
    client.addStateListener(states::onUpdate);
    FakeSocket first = subscribeTicker();

    streams.advance(Duration.ofSeconds(25)); // the ping
    streams.advance(Duration.ofSeconds(10).minusMillis(1));
    assertThat(first.isOpen()).isTrue();
    streams.advance(Duration.ofMillis(1)); // the pong timeout

    assertThat(first.isClosed()).isTrue();
    assertThat(client.state()).isEqualTo(ConnectionState.RECONNECTING);
    StateChange lost = states.values().stream().filter(c -> c.current() == ConnectionState.RECONNECTING)
        .findFirst().orElseThrow();
    assertThat(lost.error()).get().isInstanceOf(BitgetTransportException.class)
        .extracting(Throwable::getCause).isInstanceOf(SocketTimeoutException.class);
    assertThat(Logs.warnings()).contains("No pong or other frame on public-1 within PT10S of a ping;"
        + " the connection is dead, reconnecting");

    streams.advance(Duration.ofSeconds(1)); // the first backoff delay
    FakeSocket second = streams.sockets.socket(1);
    assertThat(second.sent()).containsExactly(Pushes.subscribe("ticker", "BTCUSDT"));
    assertThat(client.state()).isEqualTo(ConnectionState.CONNECTED);
    assertThat(client.health().reconnectCount()).isEqualTo(1);
  }

  @Test
  void anyFrameAfterAPingCountsAsLife() {
    streams.sockets.answerPing(false);
    Recorder<Ticker> tickers = new Recorder<>();
    client.ticker(BTC, tickers);
    streams.settle();
    FakeSocket socket = streams.sockets.socket(0);

    streams.advance(Duration.ofSeconds(25)); // the ping
    streams.advance(Duration.ofSeconds(5));
    socket.push(Pushes.ticker("BTCUSDT", "100"));
    streams.advance(Duration.ofSeconds(5));

    assertThat(socket.isOpen()).isTrue();
    assertThat(tickers.values()).hasSize(1);
  }
}
