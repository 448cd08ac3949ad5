package io.bitget4j.core.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bitget4j.core.BitgetDecodingException;
import io.bitget4j.core.ProductType;
import io.bitget4j.core.Symbol;
import io.bitget4j.core.model.Account;
import io.bitget4j.core.model.BookLevel;
import io.bitget4j.core.model.Candle;
import io.bitget4j.core.model.HoldSide;
import io.bitget4j.core.model.MarginMode;
import io.bitget4j.core.model.Order;
import io.bitget4j.core.model.OrderStatus;
import io.bitget4j.core.model.OrderType;
import io.bitget4j.core.model.Position;
import io.bitget4j.core.model.PositionMode;
import io.bitget4j.core.model.Side;
import io.bitget4j.core.model.Ticker;
import io.bitget4j.core.model.TimeInForce;
import io.bitget4j.core.model.Trade;
import io.bitget4j.core.model.TradeSide;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class StreamFrameDecodingTest {
  private static final ProductType USDT = ProductType.UMCBL;
  private static final Symbol BTC = Symbol.BTCUSDT_UMCBL;

  private final BitgetJson json = BitgetJson.create();

  private static BigDecimal dec(String text) {
    return new BigDecimal(text);
  }

  @Test
  void pongTextIsPongFrame() {
    StreamFrame frame = json.decodePush("pong");

    assertThat(frame.kind()).isEqualTo(StreamFrame.Kind.PONG);
    assertThat(frame.hasData()).isFalse();
  }

  @Test
  void loginAckWithNumericCodeReadsAsTextZero() {
    StreamFrame frame = json.decodePush(Fixtures.read("ws-login-ok.json"));

    assertThat(frame.kind()).isEqualTo(StreamFrame.Kind.EVENT);
    assertThat(frame.event()).contains("login");
    assertThat(frame.code()).contains("0");
    assertThat(frame.isError()).isFalse();
  }

  @Test
  void loginAckWithStringCodeReadsTheSame() {
    assertThat(json.decodePush("{\"event\":\"login\",\"code\":\"0\"}").code()).contains("0");
  }

  @Test
  void loginErrorCarriesCodeAndMessage() {
    StreamFrame frame = json.decodePush(Fixtures.read("ws-login-error.json"));

    assertThat(frame.isError()).isTrue();
    assertThat(frame.code()).contains("30015");
    assertThat(frame.message()).contains("Invalid sign");
    assertThat(frame.arg()).isEmpty();
  }

  @Test
  void subscribeAckCarriesArg() {
    StreamFrame frame = json.decodePush(Fixtures.read("ws-subscribe-ok.json"));

    assertThat(frame.event()).contains("subscribe");
    assertThat(frame.arg()).contains(new StreamArg("USDT-FUTURES", "ticker", Optional.of("BTCUSDT"), Optional.empty()));
    assertThat(frame.arg().orElseThrow().productType()).contains(USDT);
  }

  @Test
  void subscribeErrorCarriesArgCodeAndMessage() {
    StreamFrame frame = json.decodePush(Fixtures.read("ws-subscribe-error.json"));

    assertThat(frame.isError()).isTrue();
    assertThat(frame.code()).contains("30001");
    assertThat(frame.arg().orElseThrow().instId()).contains("BTCUSDT_UMCBL");
    assertThat(frame.message().orElseThrow()).endsWith("doesn't exist");
  }

  @Test
  void requestFramesAreNeitherEventsNorPushes() {
    for (String fixture : List.of("ws-login-request.json", "ws-subscribe-request.json",
        "ws-subscribe-private-request.json", "documented/v2-ws-subscribe-private-request.json")) {
      assertThat(json.decodePush(Fixtures.read(fixture)).kind()).as(fixture).isEqualTo(StreamFrame.Kind.UNKNOWN);
    }
  }

  @Test
  void tickerPushKeepsDataRawUntilAsked() {
    StreamFrame frame = json.decodePush(Fixtures.read("ws-ticker.json"));

    assertThat(frame.kind()).isEqualTo(StreamFrame.Kind.PUSH);
    assertThat(frame.isSnapshot()).isTrue();
    assertThat(frame.timestamp()).contains(Instant.ofEpochMilli(1732413600001L));
    assertThat(frame.rawData()).isPresent();
    List<Ticker> tickers = frame.data(json.tickerPush(USDT)).orElseThrow();
    assertThat(tickers).hasSize(1);
    Ticker t = tickers.get(0);
    assertThat(t.symbol()).isEqualTo(BTC);
    assertThat(t.lastPrice()).isEqualTo(dec("27000.5"));
    assertThat(t.bidPrice()).isEqualTo(dec("27000.4"));
    assertThat(t.change24h()).contains(dec("0.0123"));
    assertThat(t.holdingAmount()).contains(dec("12345.678"));
    assertThat(t.timestamp()).isEqualTo(Instant.ofEpochMilli(1732413600000L));
  }

  @Test
  void routerDecodesDataInTheSamePass() {
    AtomicInteger routed = new AtomicInteger();
    JsonDecoder<List<Ticker>> decoder = json.tickerPush(USDT);
    StreamFrame.Router router = arg -> {
      routed.incrementAndGet();
      return arg.channel().equals("ticker") ? Optional.of(decoder) : Optional.empty();
    };

    StreamFrame frame = json.decodePush(Fixtures.read("documented/v2-ws-ticker.json"), router);

    assertThat(routed).hasValue(1);
    assertThat(frame.rawData()).isEmpty();
    assertThat(frame.hasData()).isTrue();
    Ticker t = frame.data(decoder).orElseThrow().get(0);
    assertThat(t.lastPrice()).isEqualTo(dec("43480.4"));
    assertThat(t.quoteVolume()).isEqualTo(dec("5167385048.693"));
    assertThatThrownBy(() -> frame.data(json.candles())).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void routerDecodesDataThatArrivesBeforeArg() {
    JsonDecoder<List<Trade>> decoder = json.tradePush(BTC);
    String frameText = "{\"data\":[{\"ts\":\"1\",\"price\":\"2\",\"size\":\"3\",\"side\":\"sell\",\"tradeId\":\"4\"}],"
        + "\"arg\":{\"instType\":\"USDT-FUTURES\",\"channel\":\"trade\",\"instId\":\"BTCUSDT\"},\"action\":\"update\"}";

    StreamFrame frame = json.decodePush(frameText, arg -> Optional.of(decoder));

    assertThat(frame.rawData()).isEmpty();
    assertThat(frame.data(decoder).orElseThrow())
        .containsExactly(new Trade(BTC, "4", dec("2"), dec("3"), Side.SELL, Instant.ofEpochMilli(1)));
  }

  @Test
  void routerThatDeclinesKeepsDataRaw() {
    StreamFrame frame = json.decodePush(Fixtures.read("ws-trade.json"), arg -> Optional.empty());

    assertThat(frame.rawData()).isPresent();
    assertThat(frame.data(json.tradePush(BTC)).orElseThrow()).containsExactly(new Trade(BTC,
        "1111111111111111112", dec("27000.5"), dec("0.02"), Side.BUY, Instant.ofEpochMilli(1732413600010L)));
  }

  @Test
  void demoTickerUsesLastInsteadOfLastPr() {
    StreamFrame frame = json.decodePush(Fixtures.read("documented/v2-ws-demo-ticker.json"));

    Ticker t = frame.data(json.tickerPush(ProductType.SUMCBL)).orElseThrow().get(0);
    assertThat(t.symbol()).isEqualTo(Symbol.parse("SBTCSUSDT_SUMCBL"));
    assertThat(t.lastPrice()).isEqualTo(dec("27000.5"));
    assertThat(t.low24h()).isEqualTo(dec("26999.0"));
    assertThat(t.change24h()).contains(dec("-0.00002"));
    assertThat(t.holdingAmount()).isEmpty();
    assertThat(t.timestamp()).isEqualTo(Instant.ofEpochMilli(1695715383021L));
  }

  @Test
  void positionsPushWithNumericLeverageAndMarginRate() {
    StreamFrame frame = json.decodePush(Fixtures.read("ws-positions.json"));

    assertThat(frame.arg().orElseThrow().instId()).contains("default");
    Position p = frame.data(json.positionPush(USDT)).orElseThrow().get(0);
    assertThat(p.symbol()).isEqualTo(BTC);
    assertThat(p.leverage()).isEqualTo(10);
    assertThat(p.marginRatio()).contains(dec("0.0123"));
    assertThat(p.liquidationPrice()).contains(dec("24432.1"));
    assertThat(p.markPrice()).isEmpty();
    assertThat(p.size()).isEqualTo(dec("0.1"));
    assertThat(p.entryPrice()).isEqualTo(dec("27000.05"));
    assertThat(p.margin()).isEqualTo(dec("270.005"));
    assertThat(p.holdSide()).isEqualTo(HoldSide.LONG);
  }

  @Test
  void documentedPositionsPush() {
    Position p = json.decodePush(Fixtures.read("documented/v2-ws-positions.json"))
        .data(json.positionPush(USDT)).orElseThrow().get(0);

    assertThat(p.leverage()).isEqualTo(20);
    assertThat(p.marginMode()).isEqualTo(MarginMode.CROSSED);
    assertThat(p.positionMode()).isEqualTo(PositionMode.HEDGE);
    assertThat(p.unrealizedPnl()).isEqualTo(dec("-0.0032"));
    assertThat(p.liquidationPrice()).contains(dec("17629.684814834"));
    assertThat(p.breakEvenPrice()).isEmpty();
  }

  @Test
  void accountPushUsesFrozenAndEquity() {
    StreamFrame frame = json.decodePush(Fixtures.read("ws-account.json"));

    assertThat(frame.arg().orElseThrow().coin()).contains("default");
    Account a = frame.data(json.accountPush()).orElseThrow().get(0);
    assertThat(a.locked()).isEqualTo(dec("0"));
    assertThat(a.equity()).isEqualTo(dec("10000.045"));
    assertThat(a.available()).isEqualTo(dec("9729.995"));
    assertThat(a.unrealizedPnl()).contains(dec("0.045"));
    assertThat(a.marginMode()).isEmpty();
  }

  @Test
  void documentedAccountPush() {
    Account a = json.decodePush(Fixtures.read("documented/v2-ws-account.json"))
        .data(json.accountPush()).orElseThrow().get(0);

    assertThat(a.locked()).isEqualTo(dec("5.36581500"));
    assertThat(a.equity()).isEqualTo(dec("26.14309528"));
    assertThat(a.usdtEquity()).contains(dec("26.143095285166"));
    assertThat(a.unrealizedPnl()).isEmpty();
  }

  @Test
  void ordersPushUsesAccumulatedVolumeAndFeeDetail() {
    Order o = json.decodePush(Fixtures.read("ws-orders.json")).data(json.orderPush(USDT)).orElseThrow().get(0);

    assertThat(o).isEqualTo(new Order(BTC, "1234567890123456789", Optional.of("omega-0001"),
        Optional.of(dec("27000")), dec("0.01"), dec("0.01"), Optional.of(dec("27000")), Side.BUY,
        Optional.of(TradeSide.OPEN), OrderType.LIMIT, TimeInForce.GTC, OrderStatus.FILLED, false,
        Optional.of(MarginMode.ISOLATED), Optional.of(10), Optional.of(dec("-0.162")), Optional.of(dec("0")),
        Optional.empty(), Optional.empty(), Instant.ofEpochMilli(1732413600000L),
        Instant.ofEpochMilli(1732413600050L), Optional.of(HoldSide.NET)));
    assertThat(o.status().isFinal()).isTrue();
  }

  @Test
  void unfilledOrderPushHasNoAveragePrice() {
    String live = Fixtures.read("ws-orders.json").replace("\"priceAvg\": \"27000\"", "\"priceAvg\": \"0\"")
        .replace("\"accBaseVolume\": \"0.01\"", "\"accBaseVolume\": \"0\"")
        .replace("\"status\": \"filled\"", "\"status\": \"live\"");
    StreamFrame.Router router = arg -> Optional.of(json.orderPush(USDT));

    for (StreamFrame frame : List.of(json.decodePushFast(live, router), json.decodePushWithMoshi(live, router))) {
      Order o = frame.data(json.orderPush(USDT)).orElseThrow().get(0);
      assertThat(o.status()).isEqualTo(OrderStatus.LIVE);
      assertThat(o.filledSize()).isEqualByComparingTo("0");
      assertThat(o.averagePrice()).isEmpty();
    }
  }

  @Test
  void positionPushCarriesNoMarkPrice() {
    Position p = json.decodePush(Fixtures.read("ws-positions.json")).data(json.positionPush(USDT)).orElseThrow().get(0);

    assertThat(p.markPrice()).isEmpty(); // documented on Position: the positions channel has no markPrice
    assertThat(p.entryPrice()).isEqualTo(dec("27000.05"));
  }

  @Test
  void candlePushIsArraysOfStrings() {
    StreamFrame frame = json.decodePush(Fixtures.read("ws-candle.json"));

    assertThat(frame.arg().orElseThrow().channel()).isEqualTo("candle1m");
    assertThat(frame.action()).contains("update");
    assertThat(frame.data(json.candlePush()).orElseThrow()).containsExactly(new Candle(
        Instant.ofEpochMilli(1732413600000L), dec("27000"), dec("27010.5"), dec("26995.1"), dec("27000.5"),
        dec("12.5"), dec("337506.25")));
  }

  @Test
  void booksSnapshotKeepsExactLevelTextForChecksum() {
    StreamFrame frame = json.decodePush(Fixtures.read("ws-books-snapshot.json"));

    BookPush book = frame.data(json.bookPush()).orElseThrow().get(0);
    assertThat(book.asks()).hasSize(30);
    assertThat(book.bids()).hasSize(30);
    assertThat(book.asks().get(0)).isEqualTo(new RawBookLevel("27000.1", "2.000", dec("27000.1"), dec("2.000")));
    assertThat(book.bids().get(0).priceText()).isEqualTo("27000.0");
    assertThat(book.seq()).contains(1001L);
    assertThat(book.prevSeq()).isEmpty();
    assertThat(book.timestamp()).isEqualTo(Instant.ofEpochMilli(1732413600000L));
    assertThat(book.checksum()).contains(-197562884L);
    assertThat(checksum(book.bids(), book.asks())).isEqualTo(-197562884L);
  }

  @Test
  void booksUpdateMarksRemovals() {
    BookPush update = json.decodePush(Fixtures.read("ws-books-update.json")).data(json.bookPush()).orElseThrow().get(0);

    assertThat(update.bids().get(0).isRemoval()).isTrue();
    assertThat(update.bids().get(1)).isEqualTo(new RawBookLevel("26999.95", "0.750", dec("26999.95"), dec("0.750")));
    assertThat(update.asks().get(0).isRemoval()).isFalse();
    assertThat(update.checksum()).contains(-1653064965L);
    assertThat(update.seq()).contains(1002L);
  }

  @Test
  void rawBookLevelDropsItsTextForThePublicLevel() {
    RawBookLevel removal = new RawBookLevel("27000.0", "0", dec("27000.0"), dec("0"));

    assertThat(removal.isRemoval()).isTrue();
    assertThat(removal.toBookLevel()).isEqualTo(new BookLevel(dec("27000.0"), dec("0")));
  }

  @Test
  void rejectsFrameThatIsNotJson() {
    assertThatThrownBy(() -> json.decodePush("ping?"))
        .isInstanceOf(BitgetDecodingException.class)
        .hasMessage("frame is not JSON: \"ping?\"");
  }

  @Test
  void reportsTruncatedFrame() {
    assertThatThrownBy(() -> json.decodePush("{\"action\":\"snapshot\",\"arg\":{\"instType\":\"USDT-FUTURES\""))
        .isInstanceOf(BitgetDecodingException.class)
        .hasMessageStartingWith("frame is truncated at path $.arg.instType");
  }

  @Test
  void argWithoutChannelIsRejected() {
    assertThatThrownBy(() -> json.decodePush("{\"event\":\"subscribe\",\"arg\":{\"instType\":\"USDT-FUTURES\"}}"))
        .isInstanceOf(BitgetDecodingException.class)
        .hasMessage("Invalid arg data. Missing fields: channel");
  }

  @Test
  void frameToStringOmitsData() {
    String text = json.decodePush(Fixtures.read("ws-ticker.json")).toString();

    assertThat(text).startsWith("StreamFrame{PUSH").contains("channel=ticker").contains("bytes").doesNotContain("27000.5");
  }

  /** Bitget's book checksum: CRC32 of the top 25 levels interleaved bid:ask, as a signed int. */
  private static long checksum(List<RawBookLevel> bids, List<RawBookLevel> asks) {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      if (i < bids.size()) {
        parts.add(bids.get(i).priceText());
        parts.add(bids.get(i).sizeText());
      }
      if (i < asks.size()) {
        parts.add(asks.get(i).priceText());
        parts.add(asks.get(i).sizeText());
      }
    }
    CRC32 crc = new CRC32();
    crc.update(String.join(":", parts).getBytes(StandardCharsets.UTF_8));
    return (int) crc.getValue();
  }
}
