package io.bitget4j.ws.internal;

import static io.bitget4j.ws.testing.FakeStreamServer.compact;
import static io.bitget4j.ws.testing.FakeStreamServer.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bitget4j.core.AccountMode;
import io.bitget4j.core.InvalidRequestException;
import io.bitget4j.core.ProductType;
import io.bitget4j.core.Symbol;
import io.bitget4j.core.internal.json.BitgetJson;
import io.bitget4j.core.internal.json.StreamArg;
import io.bitget4j.core.model.CandleInterval;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each API version's renderer: the subscribe argument it writes for every channel, and the typed
 * channel it reads back from the {@code arg} of an ack, error or push.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class GrammarTest {
  private static final BitgetJson JSON = BitgetJson.create();
  private static final Grammar V2 = Grammar.of(AccountMode.CLASSIC, JSON);
  private static final Grammar V3 = Grammar.of(AccountMode.UNIFIED, JSON);
  private static final Symbol BTC = Symbol.BTCUSDT_UMCBL;
  private static final ProductType USDT = ProductType.UMCBL;

  static Stream<Arguments> unifiedArguments() {
    return Stream.of(
        Arguments.of(ChannelKey.of(Topic.TICKER, BTC),
            "{\"instType\":\"usdt-futures\",\"topic\":\"ticker\",\"symbol\":\"BTCUSDT\"}"),
        Arguments.of(ChannelKey.of(Topic.TRADES, BTC),
            "{\"instType\":\"usdt-futures\",\"topic\":\"publicTrade\",\"symbol\":\"BTCUSDT\"}"),
        Arguments.of(ChannelKey.candles(BTC, CandleInterval.MINUTE_1),
            "{\"instType\":\"usdt-futures\",\"topic\":\"kline\",\"symbol\":\"BTCUSDT\",\"interval\":\"1m\"}"),
        Arguments.of(ChannelKey.candles(BTC, CandleInterval.HOUR_4),
            "{\"instType\":\"usdt-futures\",\"topic\":\"kline\",\"symbol\":\"BTCUSDT\",\"interval\":\"4H\"}"),
        Arguments.of(ChannelKey.of(Topic.BOOKS, BTC),
            "{\"instType\":\"usdt-futures\",\"topic\":\"books\",\"symbol\":\"BTCUSDT\"}"),
        Arguments.of(ChannelKey.of(Topic.BOOKS1, BTC),
            "{\"instType\":\"usdt-futures\",\"topic\":\"books1\",\"symbol\":\"BTCUSDT\"}"),
        Arguments.of(ChannelKey.of(Topic.BOOKS5, BTC),
            "{\"instType\":\"usdt-futures\",\"topic\":\"books5\",\"symbol\":\"BTCUSDT\"}"),
        Arguments.of(ChannelKey.of(Topic.BOOKS15, BTC),
            "{\"instType\":\"usdt-futures\",\"topic\":\"books50\",\"symbol\":\"BTCUSDT\"}"),
        Arguments.of(ChannelKey.of(Topic.BOOKS50, BTC),
            "{\"instType\":\"usdt-futures\",\"topic\":\"books50\",\"symbol\":\"BTCUSDT\"}"),
        Arguments.of(ChannelKey.of(Topic.LIQUIDATIONS, USDT), "{\"instType\":\"usdt-futures\",\"topic\":\"liquidation\"}"),
        Arguments.of(ChannelKey.of(Topic.TICKER, Symbol.parse("BTCUSD_DMCBL")),
            "{\"instType\":\"coin-futures\",\"topic\":\"ticker\",\"symbol\":\"BTCUSD\"}"),
        Arguments.of(ChannelKey.of(Topic.POSITIONS, USDT), "{\"instType\":\"UTA\",\"topic\":\"position\"}"),
        Arguments.of(ChannelKey.of(Topic.ORDERS, USDT), "{\"instType\":\"UTA\",\"topic\":\"order\"}"),
        Arguments.of(ChannelKey.of(Topic.ACCOUNT, USDT), "{\"instType\":\"UTA\",\"topic\":\"account\"}"),
        Arguments.of(ChannelKey.of(Topic.FILLS, USDT), "{\"instType\":\"UTA\",\"topic\":\"fill\"}"),
        Arguments.of(ChannelKey.of(Topic.FAST_FILLS, USDT),
            "{\"instType\":\"UTA\",\"topic\":\"fast-fill\",\"symbol\":\"default\"}"),
        Arguments.of(ChannelKey.of(Topic.CONDITIONAL_ORDERS, USDT),
            "{\"instType\":\"UTA\",\"topic\":\"strategy-order\",\"symbol\":\"default\"}"));
  }

  static Stream<Arguments> classicArguments() {
    return Stream.of(
        Arguments.of(ChannelKey.of(Topic.TICKER, BTC),
            "{\"instType\":\"USDT-FUTURES\",\"channel\":\"ticker\",\"instId\":\"BTCUSDT\"}"),
        Arguments.of(ChannelKey.of(Topic.TRADES, BTC),
            "{\"instType\":\"USDT-FUTURES\",\"channel\":\"trade\",\"instId\":\"BTCUSDT\"}"),
        Arguments.of(ChannelKey.candles(BTC, CandleInterval.MINUTE_1),
            "{\"instType\":\"USDT-FUTURES\",\"channel\":\"candle1m\",\"instId\":\"BTCUSDT\"}"),
        Arguments.of(ChannelKey.candles(BTC, CandleInterval.WEEK_1),
            "{\"instType\":\"USDT-FUTURES\",\"channel\":\"candle1W\",\"instId\":\"BTCUSDT\"}"),
        Arguments.of(ChannelKey.of(Topic.BOOKS, BTC),
            "{\"instType\":\"USDT-FUTURES\",\"channel\":\"books\",\"instId\":\"BTCUSDT\"}"),
        Arguments.of(ChannelKey.of(Topic.BOOKS1, BTC),
            "{\"instType\":\"USDT-FUTURES\",\"channel\":\"books1\",\"instId\":\"BTCUSDT\"}"),
        Arguments.of(ChannelKey.of(Topic.BOOKS5, BTC),
            "{\"instType\":\"USDT-FUTURES\",\"channel\":\"books5\",\"instId\":\"BTCUSDT\"}"),
        Arguments.of(ChannelKey.of(Topic.BOOKS15, BTC),
            "{\"instType\":\"USDT-FUTURES\",\"channel\":\"books15\",\"instId\":\"BTCUSDT\"}"),
        Arguments.of(ChannelKey.of(Topic.POSITIONS, USDT),
            "{\"instType\":\"USDT-FUTURES\",\"channel\":\"positions\",\"instId\":\"default\"}"),
        Arguments.of(ChannelKey.of(Topic.ORDERS, USDT),
            "{\"instType\":\"USDT-FUTURES\",\"channel\":\"orders\",\"instId\":\"default\"}"),
        Arguments.of(ChannelKey.of(Topic.ACCOUNT, USDT),
            "{\"instType\":\"USDT-FUTURES\",\"channel\":\"account\",\"coin\":\"default\"}"),
        Arguments.of(ChannelKey.of(Topic.FILLS, ProductType.DMCBL),
            "{\"instType\":\"COIN-FUTURES\",\"channel\":\"fill\",\"instId\":\"default\"}"),
        Arguments.of(ChannelKey.of(Topic.CONDITIONAL_ORDERS, USDT),
            "{\"instType\":\"USDT-FUTURES\",\"channel\":\"orders-algo\",\"instId\":\"default\"}"));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("unifiedArguments")
  void v3WritesEveryTopicAsTheUnifiedDocsDoAndReadsItBack(ChannelKey key, String json) {
    ChannelArg arg = V3.argOf(key);

    assertThat(V3.toJson(arg)).isEqualTo(json);
    assertThat(V3.argOf(JSON.decodePush("{\"event\":\"subscribe\",\"arg\":" + json + "}").arg().orElseThrow()))
        .contains(arg);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("classicArguments")
  void v2WritesEveryChannelAsTheClassicDocsDoAndReadsItBack(ChannelKey key, String json) {
    ChannelArg arg = V2.argOf(key);

    assertThat(V2.toJson(arg)).isEqualTo(json);
    assertThat(V2.argOf(JSON.decodePush("{\"event\":\"subscribe\",\"arg\":" + json + "}").arg().orElseThrow()))
        .contains(arg);
  }

  @Test
  void v3SubscribeFramesAreTheDocumentedOnes() {
    assertThat(Frames.subscribe(V3, List.of(V3.argOf(ChannelKey.of(Topic.BOOKS, BTC)))))
        .isEqualTo(compact(fixture("v3/ws-v3-books-subscribe-request.json")));
    assertThat(Frames.subscribe(V3, List.of(V3.argOf(ChannelKey.of(Topic.ACCOUNT, USDT)))))
        .isEqualTo(compact(fixture("v3/ws-v3-private-subscribe-request.json")));
    // Bitget's ticker and kline examples subscribe spot; futures differ only in instType
    assertThat(Frames.subscribe(V3, List.of(V3.argOf(ChannelKey.of(Topic.TICKER, BTC)))))
        .isEqualTo(compact(fixture("v3/ws-v3-ticker-subscribe-request.json")).replace("spot", "usdt-futures"));
    assertThat(Frames.subscribe(V3, List.of(V3.argOf(ChannelKey.candles(BTC, CandleInterval.MINUTE_1)))))
        .isEqualTo(compact(fixture("v3/ws-v3-kline-subscribe-request.json")).replace("spot", "usdt-futures"));
  }

  @Test
  void v3ReadsThePushesAcksAndUnsubscribeAcksOfTheSamples() {
    assertThat(argOfSample("v3/ws-v3-books1-snapshot.json"))
        .contains(new ChannelArg(Topic.BOOKS1, Optional.of(USDT), "BTCUSDT", Optional.empty()));
    assertThat(argOfSample("v3/ws-v3-public-trade.json"))
        .contains(new ChannelArg(Topic.TRADES, Optional.of(USDT), "BTCUSDT", Optional.empty()));
    assertThat(argOfSample("v3/ws-v3-kline-live-ccxt.json"))
        .contains(new ChannelArg(Topic.CANDLES, Optional.of(USDT), "BTCUSDT", Optional.of(CandleInterval.MINUTE_1)));
    assertThat(argOfSample("v3/ws-v3-position.json")).contains(V3.argOf(ChannelKey.of(Topic.POSITIONS, USDT)));
    assertThat(argOfSample("v3/ws-v3-position-subscribe-ack.json"))
        .contains(V3.argOf(ChannelKey.of(Topic.POSITIONS, USDT)));
    assertThat(argOfSample("v3/ws-v3-order.json")).contains(V3.argOf(ChannelKey.of(Topic.ORDERS, USDT)));
    assertThat(argOfSample("v3/ws-v3-fill.json")).contains(V3.argOf(ChannelKey.of(Topic.FILLS, USDT)));
    assertThat(argOfSample("v3/ws-v3-account.json")).contains(V3.argOf(ChannelKey.of(Topic.ACCOUNT, USDT)));
    assertThat(argOfSample("v3/ws-v3-books-subscribe-ack.json")).contains(V3.argOf(ChannelKey.of(Topic.BOOKS, BTC)));
    // a product line this library does not trade reads as nothing
    assertThat(argOfSample("v3/ws-v3-unsubscribe-ack-ccxt.json")).isEmpty();
  }

  @Test
  void v3PushesOfFastFillsNameNoSymbolButMatchTheSubscription() {
    StreamArg pushed = new StreamArg("UTA", "fast-fill", Optional.empty(), Optional.empty());

    assertThat(V3.argOf(pushed)).contains(V3.argOf(ChannelKey.of(Topic.FAST_FILLS, USDT)));
  }

  @Test
  void eachVersionIgnoresTheOthersArguments() {
    StreamArg v2Ticker = new StreamArg("USDT-FUTURES", "trade", Optional.of("BTCUSDT"), Optional.empty());
    StreamArg v3Position = new StreamArg("UTA", "position", Optional.empty(), Optional.empty());

    assertThat(V3.argOf(v2Ticker)).isEmpty();
    assertThat(V2.argOf(v3Position)).isEmpty();
  }

  @Test
  void unifiedPrivateTopicsOfEveryProductTypeShareOneSubscription() {
    assertThat(V3.argOf(ChannelKey.of(Topic.POSITIONS, ProductType.UMCBL)))
        .isEqualTo(V3.argOf(ChannelKey.of(Topic.POSITIONS, ProductType.DMCBL)));
    assertThat(V2.argOf(ChannelKey.of(Topic.POSITIONS, ProductType.UMCBL)))
        .isNotEqualTo(V2.argOf(ChannelKey.of(Topic.POSITIONS, ProductType.DMCBL)));
  }

  @Test
  void eachVersionDescribesArgumentsInItsOwnWords() {
    assertThat(V2.describe(V2.argOf(ChannelKey.candles(BTC, CandleInterval.MINUTE_1))))
        .isEqualTo("candle1m USDT-FUTURES BTCUSDT");
    assertThat(V2.describe(V2.argOf(ChannelKey.of(Topic.ACCOUNT, USDT)))).isEqualTo("account USDT-FUTURES coin default");
    assertThat(V3.describe(V3.argOf(ChannelKey.candles(BTC, CandleInterval.MINUTE_1))))
        .isEqualTo("kline usdt-futures BTCUSDT 1m");
    assertThat(V3.describe(V3.argOf(ChannelKey.of(Topic.POSITIONS, USDT)))).isEqualTo("position UTA");
  }

  @Test
  void topicsOneVersionLacksAreRefusedWithTheAlternative() {
    assertThat(V2.supports(Topic.LIQUIDATIONS)).isFalse();
    assertThat(V3.supports(Topic.BOOKS15)).isTrue(); // from books50
    assertThatThrownBy(() -> V2.argOf(ChannelKey.of(Topic.BOOKS50, BTC)))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage("depth: BookDepth.TOP_50 (books50) is a unified-account (V3) channel; classic-account (V2)"
            + " streams have books of 1, 5 and 15 levels (TOP_1, TOP_5, TOP_15) and the full book (FULL)");
  }

  private static Optional<ChannelArg> argOfSample(String name) {
    return V3.argOf(JSON.decodePush(compact(fixture(name))).arg().orElseThrow());
  }
}
