package io.bitget4j.ws;

import static io.bitget4j.ws.testing.FakeStreamServer.compact;
import static io.bitget4j.ws.testing.FakeStreamServer.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bitget4j.core.AuthenticationException;
import io.bitget4j.core.BitgetApiException;
import io.bitget4j.core.BitgetException;
import io.bitget4j.core.ClockSkewException;
import io.bitget4j.core.Credentials;
import io.bitget4j.core.ProductType;
import io.bitget4j.core.model.Account;
import io.bitget4j.core.model.Position;
import io.bitget4j.core.testing.LogCapture;
import io.bitget4j.core.testing.LoggedEvent;
import io.bitget4j.core.util.Backoff;
import io.bitget4j.ws.testing.Await;
import io.bitget4j.ws.testing.FakeStreamServer.Session;
import io.bitget4j.ws.testing.FakeStreamServer;
import io.bitget4j.ws.testing.Logs;
import io.bitget4j.ws.testing.Recorder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class PrivateStreamTest {
  private static final String SECRET = "test-secret-key";
  private static final Credentials CREDENTIALS = Credentials.of("bg_test_key", SECRET, "test-passphrase");
  private static final String POSITIONS_SUBSCRIBE = "{\"op\":\"subscribe\",\"args\":["
      + "{\"instType\":\"USDT-FUTURES\",\"channel\":\"positions\",\"instId\":\"default\"}]}";
  private static final Pattern TIMESTAMP = Pattern.compile("\"timestamp\":\"(\\d+)\"");

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
        .credentials(CREDENTIALS)
        .publicUrl(server.publicUrl())
        .privateUrl(server.privateUrl())
        .pingInterval(Duration.ofSeconds(5))
        .backoff(Backoff.builder().base(Duration.ofMillis(20)).cap(Duration.ofMillis(80)).unlimited().build());
  }

  private static String hmac(String prehash) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return Base64.getEncoder().encodeToString(mac.doFinal(prehash.getBytes(StandardCharsets.UTF_8)));
  }

  private static long timestampOf(String loginFrame) {
    Matcher matcher = TIMESTAMP.matcher(loginFrame);
    assertThat(matcher.find()).as("timestamp in %s", loginFrame).isTrue();
    return Long.parseLong(matcher.group(1));
  }

  @Test
  void logsInWithARecomputedSignatureAndSubscribesOnlyAfterTheAck() throws Exception {
    server.acceptLogin(false);
    Clock clock = Clock.fixed(Instant.ofEpochSecond(1732413600L, 750_000_000), ZoneOffset.UTC);
    client = builder().clock(clock).build();
    Recorder<List<Position>> positions = new Recorder<>();
    client.positions(ProductType.UMCBL, positions);

    Session session = server.awaitSession(0);
    String expectedLogin = "{\"op\":\"login\",\"args\":[{\"apiKey\":\"bg_test_key\",\"passphrase\":\"test-passphrase\","
        + "\"timestamp\":\"1732413600\",\"sign\":\"" + hmac("1732413600GET/user/verify") + "\"}]}";
    session.awaitFrame(expectedLogin);
    assertThat(session.path()).isEqualTo("/v2/ws/private");
    assertThat(session.receivedWithoutPings()).containsExactly(expectedLogin);
    assertThat(client.state()).isEqualTo(ConnectionState.CONNECTED);

    session.send(compact(fixture("ws-login-ok.json")));
    session.awaitFrame(POSITIONS_SUBSCRIBE);
    assertThat(session.receivedWithoutPings()).containsExactly(expectedLogin, POSITIONS_SUBSCRIBE);
    Await.await("authenticated").until(() -> client.state() == ConnectionState.AUTHENTICATED);

    session.send(compact(fixture("ws-positions.json")));
    assertThat(positions.awaitValues(1).get(0)).hasSize(1);
    assertThat(LogCapture.events()).extracting(LoggedEvent::toString)
        .anyMatch(line -> line.contains("private-1 > {\"op\":\"login\",\"args\":[<redacted>]}"))
        .noneMatch(line -> line.contains("test-passphrase") || line.contains(hmacOf("1732413600GET/user/verify")));
  }

  private static String hmacOf(String prehash) {
    try {
      return hmac(prehash);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void loginAckWithAStringCodeIsAccepted() {
    server.loginReply("{\"event\":\"login\",\"code\":\"0\"}");
    client = builder().build();
    client.account(ProductType.UMCBL, new Recorder<>());

    server.awaitSession(0).awaitFrame("account subscribe", f -> f.contains("\"channel\":\"account\""));
    assertThat(client.state()).isEqualTo(ConnectionState.AUTHENTICATED);
  }

  @Test
  void refusedLoginSurfacesAsATypedErrorOnTheStateListenerAndThePrivateSubscriptions() {
    server.loginReply(compact(fixture("ws-login-error.json")));
    client = builder().build();
    Recorder<StateChange> states = new Recorder<>();
    client.addStateListener(states::onUpdate);
    Recorder<List<Position>> positions = new Recorder<>();
    Recorder<Account> account = new Recorder<>();
    Subscription positionsSubscription = client.positions(ProductType.UMCBL, positions);
    client.account(ProductType.UMCBL, account);

    BitgetException error = positions.awaitError();

    assertThat(error).isInstanceOf(AuthenticationException.class).isNotInstanceOf(ClockSkewException.class);
    assertThat(((BitgetApiException) error).code()).isEqualTo("30015");
    assertThat(((BitgetApiException) error).exchangeMessage()).isEqualTo("Invalid sign");
    assertThat(account.awaitError()).isSameAs(error);
    assertThat(positionsSubscription.isActive()).isFalse();
    Await.await("closed with the error").until(() -> states.values().stream()
        .anyMatch(c -> c.current() == ConnectionState.CLOSED && c.error().isPresent()));
    StateChange closed = states.values().stream().filter(c -> c.current() == ConnectionState.CLOSED)
        .findFirst().orElseThrow();
    assertThat(closed.error()).containsSame(error);
    assertThat(closed.connection()).isEqualTo("private-1");
    assertThat(server.sessions()).hasSize(1);
    assertThat(server.sessions().get(0).receivedWithoutPings()).hasSize(1);
    assertThat(client.health().lastError()).containsSame(error);
    assertThat(Logs.errors()).containsExactly("Bitget refused the login on private-1: " + error.getMessage());
  }

  @Test
  void clockSkewRefusalMeasuresTheOffsetAndLogsInAgain() {
    server.acceptLogin(false);
    Duration serverAhead = Duration.ofSeconds(120);
    client = builder().serverTimeSource(() -> Instant.now().plus(serverAhead)).build();
    Recorder<StateChange> states = new Recorder<>();
    client.addStateListener(states::onUpdate);
    Recorder<List<Position>> positions = new Recorder<>();
    client.positions(ProductType.UMCBL, positions);

    Session first = server.awaitSession(0);
    String firstLogin = first.awaitFrame("login", f -> f.contains("\"op\":\"login\""));
    first.send("{\"event\":\"error\",\"code\":30013,\"msg\":\"Request timestamp expired\"}");
    Session second = server.awaitSession(1);
    String secondLogin = second.awaitFrame("login", f -> f.contains("\"op\":\"login\""));
    second.send("{\"event\":\"login\",\"code\":0}");
    second.awaitFrame(POSITIONS_SUBSCRIBE);

    assertThat(timestampOf(secondLogin) - timestampOf(firstLogin)).isBetween(110L, 130L);
    assertThat(positions.errors()).isEmpty();
    assertThat(states.values()).anySatisfy(c -> {
      assertThat(c.current()).isEqualTo(ConnectionState.RECONNECTING);
      assertThat(c.error()).get().isInstanceOf(ClockSkewException.class);
    });
    Await.await("authenticated").until(() -> client.state() == ConnectionState.AUTHENTICATED);
  }

  @Test
  void retryableLoginRefusalReconnectsAndLogsInAgain() {
    server.acceptLogin(false);
    client = builder().build();
    Recorder<List<Position>> positions = new Recorder<>();
    client.positions(ProductType.UMCBL, positions);

    Session first = server.awaitSession(0);
    first.awaitFrame("login", f -> f.contains("\"op\":\"login\""));
    first.send("{\"event\":\"error\",\"code\":30006,\"msg\":\"request too many\"}");
    Session second = server.awaitSession(1);
    second.awaitFrame("login", f -> f.contains("\"op\":\"login\""));
    second.send("{\"event\":\"login\",\"code\":0}");
    second.awaitFrame(POSITIONS_SUBSCRIBE);

    assertThat(positions.errors()).isEmpty();
    assertThat(client.health().lastError()).get().isInstanceOf(io.bitget4j.core.RateLimitException.class);
  }

  @Test
  void clockSkewRefusalWithoutAServerTimeSourceEndsThePrivateSubscriptions() {
    server.loginReply("{\"event\":\"error\",\"code\":30014,\"msg\":\"Request timestamp expired\"}");
    client = builder().clockOffset(Duration.ofSeconds(-90)).build();
    Recorder<List<Position>> positions = new Recorder<>();
    client.positions(ProductType.UMCBL, positions);

    BitgetException error = positions.awaitError();

    assertThat(error).isInstanceOf(ClockSkewException.class);
    assertThat(error.isRetryable()).isTrue();
    long sent = timestampOf(server.sessions().get(0).received().get(0));
    assertThat(sent).isCloseTo(Instant.now().minusSeconds(90).getEpochSecond(), org.assertj.core.data.Offset.offset(10L));
  }

  @Test
  void publicChannelsNeverOpenThePrivateConnection() {
    client = builder().build();
    client.ticker(io.bitget4j.core.Symbol.BTCUSDT_UMCBL, new Recorder<>());

    server.awaitSession(0).awaitFrame("ticker subscribe", f -> f.contains("ticker"));

    assertThat(server.sessions()).extracting(Session::path).containsExactly("/v2/ws/public");
    assertThat(server.sessions().get(0).received()).noneMatch(f -> f.contains("login"));
  }

  @Test
  void privateChannelsNeedCredentials() {
    client = BitgetStreamClient.builder().publicUrl(server.publicUrl()).build();

    assertThatThrownBy(() -> client.positions(ProductType.UMCBL, positions -> { }))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("positions is a private channel and needs credentials: build the client with"
            + " BitgetStreamClient.builder().credentials(Credentials.fromEnv())");
  }
}
