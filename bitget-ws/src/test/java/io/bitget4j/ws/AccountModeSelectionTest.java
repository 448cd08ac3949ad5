package io.bitget4j.ws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bitget4j.core.AccountMode;
import io.bitget4j.core.BitgetTransportException;
import io.bitget4j.core.Credentials;
import io.bitget4j.core.InvalidRequestException;
import io.bitget4j.core.ProductType;
import io.bitget4j.core.Symbol;
import io.bitget4j.core.model.Position;
import io.bitget4j.ws.testing.FakeSockets.FakeSocket;
import io.bitget4j.ws.testing.Recorder;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which API version each kind of connection speaks, and where: the configured account mode, a URL
 * that names a version, the account mode source in AUTO, and the default URLs of each mode.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class AccountModeSelectionTest {
  private static final Credentials KEY = Credentials.of("key", "secret", "passphrase");

  private final ManualStreams streams = new ManualStreams();
  private BitgetStreamClient client;

  @AfterEach
  void close() {
    if (client != null) {
      client.close();
    }
  }

  /** The public and private URL a builder's client would open. */
  static List<String> urls(BitgetStreamClient.Builder builder) {
    try (BitgetStreamClient built = builder.build()) {
      return List.of(built.engine().config().endpoints().endpoint(false).url(),
          built.engine().config().endpoints().endpoint(true).url());
    }
  }

  @ParameterizedTest(name = "{0}, demo {1}: {2} and {3}")
  @CsvSource({
      "CLASSIC, false, wss://ws.bitget.com/v2/ws/public, wss://ws.bitget.com/v2/ws/private",
      "CLASSIC, true, wss://wspap.bitget.com/v2/ws/public, wss://wspap.bitget.com/v2/ws/private",
      "UNIFIED, false, wss://ws.bitget.com/v3/ws/public, wss://ws.bitget.com/v3/ws/private",
      "UNIFIED, true, wss://wspap.bitget.com/v3/ws/public, wss://wspap.bitget.com/v3/ws/private",
      "AUTO, false, wss://ws.bitget.com/v2/ws/public, wss://ws.bitget.com/v2/ws/private"})
  void eachModeHasBitgetsUrlsOfItsVersion(AccountMode mode, boolean demo, String publicUrl, String privateUrl) {
    BitgetStreamClient.Builder builder = BitgetStreamClient.builder().accountMode(mode).demoTrading(demo);

    assertThat(urls(builder)).containsExactly(publicUrl, privateUrl);
    assertThat(BitgetStreamClient.UNIFIED_PUBLIC_URL).isEqualTo("wss://ws.bitget.com/v3/ws/public");
    assertThat(BitgetStreamClient.UNIFIED_DEMO_PRIVATE_URL).isEqualTo("wss://wspap.bitget.com/v3/ws/private");
  }

  @Test
  void aUrlThatNamesV3MakesAnAutoClientSpeakV3OnBothKinds() {
    client = streams.builder().privateUrl("wss://fake.test/v3/ws/private").publicUrl("wss://fake.test/other").build();
    assertThat(client.accountMode()).isEqualTo(AccountMode.UNIFIED);

    client.ticker(Symbol.BTCUSDT_UMCBL, ticker -> { });
    client.positions(ProductType.UMCBL, positions -> { });
    streams.settle();

    assertThat(streams.sockets.socket(0).path()).isEqualTo("/other");
    assertThat(streams.sockets.socket(0).sentWithoutPings()).containsExactly(
        "{\"op\":\"subscribe\",\"args\":[{\"instType\":\"usdt-futures\",\"topic\":\"ticker\",\"symbol\":\"BTCUSDT\"}]}");
    assertThat(streams.sockets.socket(1).path()).isEqualTo("/v3/ws/private");
    assertThat(streams.sockets.socket(1).sentWithoutPings()).last()
        .isEqualTo("{\"op\":\"subscribe\",\"args\":[{\"instType\":\"UTA\",\"topic\":\"position\"}]}");
  }

  @Test
  void eachKindSpeaksTheVersionItsUrlNames() {
    client = streams.builder().publicUrl("ws://127.0.0.1:1/v2/ws/public").privateUrl("ws://127.0.0.1:1/v3/ws/private")
        .build();

    client.ticker(Symbol.BTCUSDT_UMCBL, ticker -> { });
    client.fills(ProductType.UMCBL, fill -> { });
    streams.settle();

    assertThat(streams.sockets.socket(0).sentWithoutPings()).containsExactly(
        "{\"op\":\"subscribe\",\"args\":[{\"instType\":\"USDT-FUTURES\",\"channel\":\"ticker\",\"instId\":\"BTCUSDT\"}]}");
    assertThat(streams.sockets.socket(1).sentWithoutPings()).last()
        .isEqualTo("{\"op\":\"subscribe\",\"args\":[{\"instType\":\"UTA\",\"topic\":\"fill\"}]}");
    assertThat(client.accountMode()).isEqualTo(AccountMode.UNIFIED);
  }

  @Test
  void autoAsksTheSourceOnceAtTheFirstSubscriptionAndSpeaksItsMode() {
    AtomicInteger asked = new AtomicInteger();
    client = streams.builder().publicUrl("wss://fake.test/public").privateUrl("wss://fake.test/private")
        .accountModeSource(() -> {
          asked.incrementAndGet();
          return AccountMode.UNIFIED;
        }).build();
    assertThat(client.accountMode()).isEqualTo(AccountMode.AUTO);
    assertThat(asked).hasValue(0);

    client.ticker(Symbol.BTCUSDT_UMCBL, ticker -> { });
    client.positions(ProductType.UMCBL, positions -> { });
    client.orderBook(Symbol.BTCUSDT_UMCBL, BookDepth.TOP_50, book -> { });
    streams.settle();

    assertThat(asked).hasValue(1);
    assertThat(client.accountMode()).isEqualTo(AccountMode.UNIFIED);
    assertThat(streams.sockets.socket(0).sentWithoutPings()).containsExactly("{\"op\":\"subscribe\",\"args\":["
        + "{\"instType\":\"usdt-futures\",\"topic\":\"ticker\",\"symbol\":\"BTCUSDT\"},"
        + "{\"instType\":\"usdt-futures\",\"topic\":\"books50\",\"symbol\":\"BTCUSDT\"}]}");
  }

  @Test
  void aSourceThatFailsFailsThatSubscriptionAndIsAskedAgainByTheNext() {
    AtomicInteger asked = new AtomicInteger();
    BitgetTransportException down = BitgetTransportException.of("GET", "/api/v3/account/settings",
        new IOException("connection refused"));
    client = streams.builder().publicUrl("wss://fake.test/public").privateUrl("wss://fake.test/private")
        .accountModeSource(() -> {
          if (asked.incrementAndGet() == 1) {
            throw down;
          }
          return AccountMode.CLASSIC;
        }).build();

    assertThatThrownBy(() -> client.positions(ProductType.UMCBL, positions -> { })).isSameAs(down);
    Recorder<List<Position>> positions = new Recorder<>();
    client.positions(ProductType.UMCBL, positions);
    streams.settle();

    assertThat(asked).hasValue(2);
    assertThat(client.accountMode()).isEqualTo(AccountMode.CLASSIC);
    FakeSocket privateSocket = streams.sockets.socket(0);
    assertThat(privateSocket.sentWithoutPings()).last().isEqualTo("{\"op\":\"subscribe\",\"args\":[{\"instType\":"
        + "\"USDT-FUTURES\",\"channel\":\"positions\",\"instId\":\"default\"}]}");
  }

  @Test
  void aSourceThatCannotTellIsRefusedWithTheFix() {
    client = streams.builder().publicUrl("wss://fake.test/public").privateUrl("wss://fake.test/private")
        .accountModeSource(() -> AccountMode.AUTO).build();

    assertThatThrownBy(() -> client.ticker(Symbol.BTCUSDT_UMCBL, ticker -> { }))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the accountModeSource answered AUTO instead of CLASSIC or UNIFIED; wire it to a detection"
            + " such as rest::detectAccountMode, or set accountMode(..)");
  }

  @Test
  void withoutSourceOrCredentialsAutoSpeaksV2AndAsksNothing() {
    client = BitgetStreamClient.builder().build();

    assertThat(client.accountMode()).isEqualTo(AccountMode.CLASSIC);
  }

  @Test
  void aPrivateUrlOfTheOtherVersionThanTheConfiguredModeIsRefusedAtBuild() {
    assertThatThrownBy(() -> BitgetStreamClient.builder().accountMode(AccountMode.UNIFIED)
        .privateUrl("wss://ws.bitget.com/v2/ws/private").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("privateUrl \"wss://ws.bitget.com/v2/ws/private\" is a V2 (classic-account) stream but"
            + " accountMode is UNIFIED; set the V3 (unified-account) URL, or drop accountMode(..) so that the URL"
            + " decides");
  }

  @Test
  void channelsOnlyUnifiedAccountsHaveAreRefusedOnAClassicAccountBeforeAnyIo() {
    client = streams.builder().accountMode(AccountMode.CLASSIC).build();

    assertThatThrownBy(() -> client.liquidations(ProductType.UMCBL, l -> { }))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage("channel: liquidations are a unified-account (V3) topic; classic-account (V2) streams have no"
            + " liquidation channel");
    assertThatThrownBy(() -> client.fastFills(ProductType.UMCBL, f -> { }))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage("channel: fast fills are a unified-account (V3) topic; on a classic account (V2) subscribe"
            + " fills(..), which carry the fee too");
    assertThatThrownBy(() -> client.orderBook(Symbol.BTCUSDT_UMCBL, BookDepth.TOP_50, b -> { }))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageStartingWith("depth: BookDepth.TOP_50 (books50) is a unified-account (V3) channel");
    streams.settle();
    assertThat(streams.sockets.sockets()).isEmpty();
  }

  @Test
  void aUnifiedAccountRefusesClassicDemoProductTypesAndIntervalsV3LacksBeforeAnyIo() {
    client = streams.unifiedBuilder().accountMode(AccountMode.UNIFIED).build();

    assertThatThrownBy(() -> client.positions(ProductType.SUMCBL, p -> { }))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageStartingWith("productType: SUMCBL is a classic demo product type");
    assertThatThrownBy(() -> client.candles(Symbol.BTCUSDT_UMCBL, io.bitget4j.core.model.CandleInterval.WEEK_1,
        c -> { }))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage("interval: WEEK_1 is not offered to unified accounts (Bitget V3 has 1m, 3m, 5m, 15m, 30m, 1H,"
            + " 4H, 6H, 12H and 1D candles)");
    streams.settle();
    assertThat(streams.sockets.sockets()).isEmpty();
  }
}
