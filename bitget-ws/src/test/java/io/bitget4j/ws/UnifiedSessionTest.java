package io.bitget4j.ws;

import static io.bitget4j.ws.testing.FakeStreamServer.compact;
import static io.bitget4j.ws.testing.FakeStreamServer.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import io.bitget4j.core.AuthenticationException;
import io.bitget4j.core.BitgetApiException;
import io.bitget4j.core.BitgetException;
import io.bitget4j.core.ProductType;
import io.bitget4j.core.Symbol;
import io.bitget4j.core.model.Order;
import io.bitget4j.core.model.Position;
import io.bitget4j.core.model.Ticker;
import io.bitget4j.ws.testing.FakeSockets.FakeSocket;
import io.bitget4j.ws.testing.Logs;
import io.bitget4j.ws.testing.Recorder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A unified account's session on V3 streams, on manual time: the same login as V2 (acknowledged
 * with a string {@code "0"}), subscribes only after it, the heartbeat, and after a lost connection
 * the backoff, a new login and one batched resubscribe of every topic.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class UnifiedSessionTest {
  private static final String PRIVATE_SUBSCRIBE = "{\"op\":\"subscribe\",\"args\":["
      + "{\"instType\":\"UTA\",\"topic\":\"position\"},{\"instType\":\"UTA\",\"topic\":\"order\"},"
      + "{\"instType\":\"UTA\",\"topic\":\"account\"},{\"instType\":\"UTA\",\"topic\":\"fill\"}]}";
  private static final String PUBLIC_SUBSCRIBE = "{\"op\":\"subscribe\",\"args\":["
      + "{\"instType\":\"usdt-futures\",\"topic\":\"ticker\",\"symbol\":\"BTCUSDT\"},"
      + "{\"instType\":\"usdt-futures\",\"topic\":\"books\",\"symbol\":\"BTCUSDT\"},"
      + "{\"instType\":\"usdt-futures\",\"topic\":\"kline\",\"symbol\":\"BTCUSDT\",\"interval\":\"1m\"}]}";

  private final ManualStreams streams = new ManualStreams();
  private BitgetStreamClient client;

  @BeforeEach
  void start() {
    streams.sockets.loginReply(null); // each test answers the login itself
    client = streams.unifiedBuilder().build();
  }

  @AfterEach
  void stop() {
    client.close();
  }

  private void subscribeEverything(Recorder<Ticker> tickers, Recorder<List<Position>> positions) {
    client.ticker(Symbol.BTCUSDT_UMCBL, tickers);
    client.orderBook(Symbol.BTCUSDT_UMCBL, new Recorder<>());
    client.candles(Symbol.BTCUSDT_UMCBL, io.bitget4j.core.model.CandleInterval.MINUTE_1, new Recorder<>());
    client.positions(ProductType.UMCBL, positions);
    client.orders(ProductType.UMCBL, new Recorder<Order>());
    client.account(ProductType.UMCBL, new Recorder<>());
    client.fills(ProductType.UMCBL, new Recorder<>());
    streams.settle();
  }

  private static String hmac(String prehash) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec("secret".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return Base64.getEncoder().encodeToString(mac.doFinal(prehash.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private FakeSocket privateSocket(int index) {
    return streams.sockets.sockets("/v3/ws/private").get(index);
  }

  @Test
  void logsInAsTheV3DocsShowAndSubscribesOnlyAfterTheStringCodeAck() {
    subscribeEverything(new Recorder<>(), new Recorder<>());
    FakeSocket socket = privateSocket(0);
    long seconds = streams.clock.instant().getEpochSecond();
    String expectedLogin = compact(fixture("v3/ws-v3-login-request.json"))
        .replace("\"xx_xxx\"", "\"key\"").replace("\"xxx\"", "\"passphrase\"")
        .replace("\"1538054050\"", "\"" + seconds + "\"")
        .replace("\"8RCOqCJAhhEh4PWcZB/96QojLDqMAg4qNynIixFzS3E=\"", "\"" + hmac(seconds + "GET/user/verify") + "\"");

    assertThat(socket.sentWithoutPings()).containsExactly(expectedLogin);
    streams.advance(Duration.ofSeconds(5)); // nothing is subscribed before the login is acknowledged
    assertThat(socket.sentWithoutPings()).containsExactly(expectedLogin);

    socket.push(compact(fixture("v3/ws-v3-login-ack.json")));
    streams.settle();

    assertThat(socket.sentWithoutPings()).containsExactly(expectedLogin, PRIVATE_SUBSCRIBE);
    assertThat(streams.sockets.sockets("/v3/ws/public").get(0).sentWithoutPings()).containsExactly(PUBLIC_SUBSCRIBE);
    assertThat(client.state()).isEqualTo(ConnectionState.CONNECTED); // the least ready: public needs no login
  }

  @Test
  void theDocumentedLoginFailureEndsThePrivateTopicsWithATypedError() {
    Recorder<List<Position>> positions = new Recorder<>();
    subscribeEverything(new Recorder<>(), positions);

    privateSocket(0).push(compact(fixture("v3/ws-v3-login-error.json")));
    streams.settle();

    BitgetException error = positions.errors().get(0);
    assertThat(error).isInstanceOf(AuthenticationException.class);
    assertThat(((BitgetApiException) error).code()).isEqualTo("30005");
    assertThat(Logs.errors()).containsExactly("Bitget refused the login on private-1: " + error.getMessage());
  }

  @Test
  void afterALostConnectionItBacksOffLogsInAgainAndResubscribesEveryTopicInOneFrame() {
    Recorder<Ticker> tickers = new Recorder<>();
    Recorder<List<Position>> positions = new Recorder<>();
    subscribeEverything(tickers, positions);
    privateSocket(0).push(compact(fixture("v3/ws-v3-login-ack.json")));
    streams.settle();

    for (int round = 1; round <= 3; round++) {
      privateSocket(round - 1).drop();
      streams.sockets.sockets("/v3/ws/public").get(round - 1).drop();
      streams.advance(Duration.ofMillis(999));
      assertThat(streams.sockets.sockets("/v3/ws/private")).hasSize(round); // the backoff's first second
      streams.advance(Duration.ofMillis(1));

      FakeSocket socket = privateSocket(round);
      assertThat(socket.sentWithoutPings()).hasSize(1).first().asString().startsWith("{\"op\":\"login\"");
      socket.push("{\"event\":\"login\",\"code\":0}"); // the number form is accepted too
      streams.settle();
      assertThat(socket.sentWithoutPings()).hasSize(2).last().isEqualTo(PRIVATE_SUBSCRIBE);
      assertThat(streams.sockets.sockets("/v3/ws/public").get(round).sentWithoutPings())
          .containsExactly(PUBLIC_SUBSCRIBE);
    }

    privateSocket(3).push(compact(fixture("v3/ws-v3-position.json")).replace("\"size\":\"0\"", "\"size\":\"1\""));
    streams.settle();
    assertThat(positions.values()).singleElement().asInstanceOf(InstanceOfAssertFactories.LIST).hasSize(1);
    assertThat(client.health().reconnectCount()).isEqualTo(6);
    assertThat(client.state()).isEqualTo(ConnectionState.CONNECTED);
  }

  @Test
  void pingsEveryIntervalAndReconnectsASilentConnection() {
    subscribeEverything(new Recorder<>(), new Recorder<>());
    privateSocket(0).push(compact(fixture("v3/ws-v3-login-ack.json")));
    streams.sockets.answerPing(false);
    streams.settle();

    streams.advance(Duration.ofSeconds(25));
    assertThat(privateSocket(0).sent()).last().isEqualTo("ping");
    streams.advance(Duration.ofSeconds(10));

    assertThat(privateSocket(0).isClosed()).isTrue();
    assertThat(Logs.warnings()).contains("No pong or other frame on private-1 within PT10S of a ping; the"
        + " connection is dead, reconnecting");
  }
}
