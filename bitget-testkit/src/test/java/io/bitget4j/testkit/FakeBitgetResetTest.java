package io.bitget4j.testkit;

import static io.bitget4j.testkit.TestSupport.call;
import static io.bitget4j.testkit.TestSupport.ok;
import static io.bitget4j.testkit.TestSupport.signedAccountRead;
import static io.bitget4j.testkit.TestSupport.signedOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.bitget4j.core.AccountMode;
import io.bitget4j.core.Symbol;
import io.bitget4j.core.model.HoldSide;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@link FakeBitget#reset()}: everything back to how the fake started, in either account mode. */
@Timeout(30)
class FakeBitgetResetTest {
  private static final Instant T0 = Instant.parse("2024-11-24T02:00:00Z");

  private static OkHttpClient client;

  @BeforeAll
  static void createClient() {
    client = TestSupport.newClient();
  }

  @AfterAll
  static void closeClient() {
    TestSupport.shutdown(client);
  }

  private static FakeBitget start(AccountMode mode) {
    return FakeBitget.builder()
        .accountMode(mode)
        .clock(Clock.fixed(T0, ZoneOffset.UTC))
        .tickInterval(Duration.ZERO)
        .rateLimitsEnabled(false)
        .symbol(Symbol.BTCUSDT_UMCBL, new BigDecimal("27000"))
        .initialPosition(Symbol.BTCUSDT_UMCBL, new BigDecimal("-0.5"), new BigDecimal("26000"), 5)
        .start();
  }

  private static List<BigDecimal> tenTicks(FakeBitget fake) {
    List<BigDecimal> prices = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      fake.tickMarket();
      prices.add(fake.price(Symbol.BTCUSDT_UMCBL));
    }
    return prices;
  }

  @ParameterizedTest
  @EnumSource(value = AccountMode.class, names = {"CLASSIC", "UNIFIED"})
  void replaysTheMarketFromTheSeedAndTheInitialPrice(AccountMode mode) {
    try (FakeBitget fake = start(mode)) {
      List<BigDecimal> first = tenTicks(fake);
      fake.setPrice(Symbol.BTCUSDT_UMCBL, new BigDecimal("31000"));

      fake.reset();

      assertThat(fake.price(Symbol.BTCUSDT_UMCBL)).isEqualByComparingTo("27000");
      assertThat(tenTicks(fake)).isEqualTo(first);
    }
  }

  @ParameterizedTest
  @EnumSource(value = AccountMode.class, names = {"CLASSIC", "UNIFIED"})
  void restoresTheAccountAndForgetsOrdersAndFills(AccountMode mode) throws IOException {
    try (FakeBitget fake = start(mode)) {
      ok(client, signedOrder(fake, mode, "buy", "0.01", "20000"));
      ok(client, signedOrder(fake, mode, "buy", "0.2", null));
      String firstOrderId = fake.orders().get(0).orderId();
      fake.setAccountMode(mode == AccountMode.CLASSIC ? AccountMode.UNIFIED : AccountMode.CLASSIC);

      fake.reset();

      assertThat(fake.accountMode()).isEqualTo(mode);
      assertThat(fake.orders()).isEmpty();
      assertThat(fake.positions()).singleElement().satisfies(p -> {
        assertThat(p.holdSide()).isEqualTo(HoldSide.SHORT);
        assertThat(p.size()).isEqualByComparingTo("0.5");
        assertThat(p.leverage()).isEqualTo(5);
      });
      assertThat(fake.account().balance()).isEqualByComparingTo("10000");
      ok(client, signedOrder(fake, mode, "buy", "0.01", "20000"));
      assertThat(fake.orders().get(0).orderId()).isEqualTo(firstOrderId);
    }
  }

  @ParameterizedTest
  @EnumSource(value = AccountMode.class, names = {"CLASSIC", "UNIFIED"})
  void disarmsEveryFaultAndClearsTheRecordings(AccountMode mode) throws IOException {
    try (FakeBitget fake = start(mode)) {
      fake.faults().failNextRestCalls(5, 503, "40200");
      fake.faults().setClockSkew(Duration.ofMinutes(5));
      fake.faults().loseNextOrderResponse();
      call(client, signedAccountRead(fake, mode));

      fake.reset();

      assertThat(fake.requests()).isEmpty();
      assertThat(fake.now()).isEqualTo(T0);
      ok(client, signedAccountRead(fake, mode));
      ok(client, signedOrder(fake, mode, "buy", "0.01", null));
    }
  }

  @ParameterizedTest
  @EnumSource(value = AccountMode.class, names = {"CLASSIC", "UNIFIED"})
  void closesOpenWebSocketsSoThatClientsResubscribeToTheNewState(AccountMode mode) throws InterruptedException {
    try (FakeBitget fake = start(mode);
        TestSupport.WsClient ws = new TestSupport.WsClient(client, fake.publicWsUrl())) {
      await().atMost(Duration.ofSeconds(5)).until(() -> fake.webSocketConnections() == 1);

      fake.reset();

      assertThat(ws.closing.await(5, TimeUnit.SECONDS)).as("the server closed the connection normally").isTrue();
      await().atMost(Duration.ofSeconds(5)).until(() -> fake.webSocketConnections() == 0);
    }
  }
}
