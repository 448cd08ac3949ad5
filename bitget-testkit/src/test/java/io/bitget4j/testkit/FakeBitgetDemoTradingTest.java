package io.bitget4j.testkit;

import static io.bitget4j.testkit.TestSupport.call;
import static io.bitget4j.testkit.TestSupport.get;
import static io.bitget4j.testkit.TestSupport.ok;
import static io.bitget4j.testkit.TestSupport.signedAccountRead;
import static io.bitget4j.testkit.TestSupport.signedOrder;
import static org.assertj.core.api.Assertions.assertThat;

import io.bitget4j.core.AccountMode;
import io.bitget4j.core.Symbol;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A demo-trading key, as Bitget's demo environment issues: its private calls need
 * {@code paptrading: 1} (40099 without), in either account mode; public data needs nothing.
 */
@Timeout(30)
class FakeBitgetDemoTradingTest {
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

  private static FakeBitget.Builder builder(AccountMode mode) {
    return FakeBitget.builder()
        .accountMode(mode)
        .clock(Clock.fixed(T0, ZoneOffset.UTC))
        .tickInterval(Duration.ZERO)
        .rateLimitsEnabled(false);
  }

  private static Request paper(Request request) {
    return request.newBuilder().header("paptrading", "1").build();
  }

  @Test
  void keysAreLiveByDefault() {
    try (FakeBitget fake = builder(AccountMode.CLASSIC).start()) {
      assertThat(fake.demoTrading()).isFalse();
    }
  }

  @ParameterizedTest
  @EnumSource(value = AccountMode.class, names = {"CLASSIC", "UNIFIED"})
  void demoKeyWithoutThePaptradingHeaderGets40099(AccountMode mode) throws IOException {
    try (FakeBitget fake = builder(mode).demoTrading(true).start()) {
      TestSupport.Answer read = call(client, signedAccountRead(fake, mode));
      TestSupport.Answer order = call(client, signedOrder(fake, mode, "buy", "0.01", null));

      assertThat(fake.demoTrading()).isTrue();
      assertThat(read.status()).isEqualTo(400);
      assertThat(read.json()).containsEntry("code", "40099").containsEntry("msg", "exchange environment is incorrect");
      assertThat(order.code()).isEqualTo("40099");
      assertThat(fake.orders()).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(value = AccountMode.class, names = {"CLASSIC", "UNIFIED"})
  void demoKeyWithThePaptradingHeaderTrades(AccountMode mode) throws IOException {
    try (FakeBitget fake = builder(mode).demoTrading(true).start()) {
      ok(client, paper(signedAccountRead(fake, mode)));
      ok(client, paper(signedOrder(fake, mode, "buy", "0.01", null)));

      assertThat(fake.positions()).hasSize(1);
    }
  }

  @ParameterizedTest
  @EnumSource(value = AccountMode.class, names = {"CLASSIC", "UNIFIED"})
  void publicDataAnswersADemoFakeWithOrWithoutTheHeader(AccountMode mode) throws IOException {
    try (FakeBitget fake = builder(mode).demoTrading(true).start()) {
      String ticker = fake.restUrl() + "/api/v2/mix/market/ticker?symbol=BTCUSDT&productType=USDT-FUTURES";

      assertThat(get(client, ticker).code()).isEqualTo("00000");
      assertThat(call(client, paper(new Request.Builder().url(ticker).build())).code()).isEqualTo("00000");
      assertThat(get(client, fake.restUrl() + "/api/v2/spot/public/coins").code()).isEqualTo("00000");
    }
  }

  @ParameterizedTest
  @EnumSource(value = AccountMode.class, names = {"CLASSIC", "UNIFIED"})
  void liveKeyIsServedWithTheHeaderToo(AccountMode mode) throws IOException {
    try (FakeBitget fake = builder(mode).start()) {
      ok(client, paper(signedAccountRead(fake, mode)));
    }
  }

  @Test
  void simulatedDemoPairsTradeInTheirOwnMarginCoin() throws IOException {
    Symbol demoBtc = Symbol.parse("SBTCSUSDT_SUMCBL");
    try (FakeBitget fake = builder(AccountMode.CLASSIC).symbol(demoBtc, new BigDecimal("27000")).start()) {
      String body = "{\"symbol\":\"SBTCSUSDT\",\"productType\":\"SUSDT-FUTURES\",\"marginMode\":\"isolated\","
          + "\"marginCoin\":\"SUSDT\",\"size\":\"0.01\",\"side\":\"buy\",\"orderType\":\"market\"}";

      ok(client, TestSupport.signedPost(fake, "/api/v2/mix/order/place-order", body));

      assertThat(fake.positions()).extracting(FakePosition::symbol).containsExactly(demoBtc);
      assertThat(fake.account().marginCoin()).isEqualTo("SUSDT");
    }
  }
}
