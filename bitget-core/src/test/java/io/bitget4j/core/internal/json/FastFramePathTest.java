package io.bitget4j.core.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bitget4j.core.BitgetDecodingException;
import io.bitget4j.core.ProductType;
import io.bitget4j.core.model.Ticker;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The one-pass text path of {@code decodePush} must decode exactly what the Moshi path decodes. */
@Timeout(10)
class FastFramePathTest {
  private final BitgetJson json = BitgetJson.create();
  private final StreamFrame.Router tickers = arg -> arg.channel().equals("ticker")
      ? arg.productType().map(json::tickerPush) : Optional.empty();
  private final StreamFrame.Router everything = arg -> {
    ProductType type = arg.productType().orElseThrow();
    switch (arg.channel()) {
      case "ticker":
        return Optional.of(json.tickerPush(type));
      case "books":
        return Optional.of(json.bookPush());
      case "candle1m":
        return Optional.of(json.candlePush());
      case "trade":
        return Optional.of(json.tradePush(io.bitget4j.core.Symbol.fromV2(arg.instId().orElseThrow(), type)));
      case "positions":
        return Optional.of(json.positionPush(type));
      case "orders":
        return Optional.of(json.orderPush(type));
      case "account":
        return Optional.of(json.accountPush());
      default:
        return Optional.empty();
    }
  };

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "ws-account.json", "ws-books-snapshot.json", "ws-books-update.json", "ws-candle.json", "ws-login-error.json",
      "ws-login-ok.json", "ws-login-request.json", "ws-orders.json", "ws-positions.json", "ws-subscribe-error.json",
      "ws-subscribe-ok.json", "ws-subscribe-private-request.json", "ws-subscribe-request.json", "ws-ticker.json",
      "ws-trade.json", "documented/v2-ws-account.json", "documented/v2-ws-demo-ticker.json",
      "documented/v2-ws-positions.json", "documented/v2-ws-subscribe-private-request.json",
      "documented/v2-ws-ticker.json"})
  void decodesEveryFixtureLikeTheMoshiPath(String fixture) {
    String text = Fixtures.read(fixture);

    assertSameFrame(json.decodePushFast(text, null), json.decodePushWithMoshi(text, null), null);
    assertSameFrame(json.decodePushFast(text, tickers), json.decodePushWithMoshi(text, tickers), tickers);
    assertSameFrame(json.decodePushFast(text, everything), json.decodePushWithMoshi(text, everything), everything);
  }

  @Test
  void invalidLiteralsInSkippedFieldsAreLeftToTheGeneralPath() {
    for (String literal : List.of("tru", "01", "-", "1x", "nul", "1.", "1.e5", "1e", "1e+", "12-34", "1+2", "-01",
        "\"\\q\"", "\"\\u12G4\"", "\"\\u12\"")) {
      String text = "{\"event\":\"subscribe\",\"extra\":" + literal + "}";

      assertThatThrownBy(() -> json.decodePushFast(text, null)).as(literal).isSameAs(TextScanner.FAIL);
      assertThatThrownBy(() -> json.decodePush(text)).as(literal).isInstanceOf(BitgetDecodingException.class);
    }
  }

  @Test
  void compactFrameDecodesLikeTheMoshiPath() {
    String text = Fixtures.read("ws-ticker.json").replaceAll("\\s+", "");

    assertSameFrame(json.decodePushFast(text, tickers), json.decodePushWithMoshi(text, tickers), tickers);
  }

  @Test
  void escapedStringsFallBackToTheGeneralPath() {
    String text = Fixtures.read("ws-ticker.json").replace("\"instId\": \"BTCUSDT\",\n   \"lastPr\"",
        "\"instId\": \"BTC\\u0055SDT\",\n   \"lastPr\"");

    assertThatThrownBy(() -> json.decodePushFast(text, tickers)).isSameAs(TextScanner.FAIL);
    List<Ticker> decoded = json.decodePush(text, tickers).data(json.tickerPush(ProductType.UMCBL)).orElseThrow();

    assertThat(decoded.get(0).symbol().v2Symbol()).isEqualTo("BTCUSDT");
    assertThat(decoded.get(0).lastPrice()).isEqualTo(new BigDecimal("27000.5"));
  }

  @Test
  void exponentNumbersDecodeExactlyOnBothPaths() {
    String text = Fixtures.read("ws-ticker.json").replace("\"lastPr\": \"27000.5\"", "\"lastPr\": 2.70005E4");

    assertSameFrame(json.decodePushFast(text, tickers), json.decodePushWithMoshi(text, tickers), tickers);
    Ticker ticker = json.decodePush(text, tickers).data(json.tickerPush(ProductType.UMCBL)).orElseThrow().get(0);

    assertThat(ticker.lastPrice()).isEqualTo(new BigDecimal("2.70005E4"));
  }

  @Test
  void dataBeforeArgIsReadAgainOnceTheArgHasChosenItsDecoder() {
    String text = "{\"data\":null,\"arg\":{\"instType\":\"USDT-FUTURES\",\"channel\":\"ticker\"}}";
    String dataFirst = Fixtures.read("ws-ticker.json").replaceFirst("(?s)\\{\\s*\"action\": \"snapshot\",\\s*(\"arg\": \\{[^}]*\\}),"
        + "\\s*(\"data\": \\[.*\\]),\\s*(\"ts\": \\d+)\\s*\\}", "{$2,$1,$3}");

    assertThat(dataFirst).startsWith("{\"data\"");
    assertSameFrame(json.decodePushFast(dataFirst, tickers), json.decodePushWithMoshi(dataFirst, tickers), tickers);
    StreamFrame frame = json.decodePushFast(dataFirst, tickers);
    assertThat(frame.rawData()).isEmpty();
    assertThat(frame.data(json.tickerPush(ProductType.UMCBL)).orElseThrow()).hasSize(1);
    assertThat(json.decodePushFast(text, tickers).hasData()).isFalse();
  }

  @Test
  void anArgReadAheadFromInsideTheDataIsNeverTaken() {
    String inner = "{\"instType\":\"USDT-FUTURES\",\"channel\":\"books\",\"instId\":\"ETHUSDT\"}";
    String ticker = Fixtures.read("ws-ticker.json").replace("\"deliveryPrice\": \"0\",",
        "\"deliveryPrice\": \"0\", \"note\": {\"arg\":" + inner + "},");
    String dataFirst = ticker.replaceFirst("(?s)\\{\\s*\"action\": \"snapshot\",\\s*(\"arg\": \\{[^}]*\\}),"
        + "\\s*(\"data\": \\[.*\\]),\\s*(\"ts\": \\d+)\\s*\\}", "{$2,$1,$3}");
    String noArg = "{\"data\":[{\"note\":{\"arg\":" + inner + "}}],\"action\":\"update\"}";

    assertThat(dataFirst).startsWith("{\"data\"").contains("\"note\"");
    assertSameFrame(json.decodePush(dataFirst, everything), json.decodePushWithMoshi(dataFirst, everything), everything);
    assertThat(json.decodePush(dataFirst, everything).data(json.tickerPush(ProductType.UMCBL)).orElseThrow())
        .singleElement().extracting(Ticker::lastPrice).isEqualTo(new BigDecimal("27000.5"));
    assertSameFrame(json.decodePush(noArg, everything), json.decodePushWithMoshi(noArg, everything), everything);
    assertThat(json.decodePush(noArg, everything).arg()).isEmpty();
  }

  @Test
  void errorsCarryTheGeneralPathMessages() {
    String badNumber = Fixtures.read("ws-ticker.json").replace("\"lastPr\": \"27000.5\"", "\"lastPr\": \"n/a\"");
    String missing = Fixtures.read("ws-ticker.json").replace("\"lastPr\": \"27000.5\",", "");
    String trailing = Fixtures.read("ws-ticker.json") + " x";

    assertThatThrownBy(() -> json.decodePush(badNumber, tickers))
        .isInstanceOf(BitgetDecodingException.class)
        .hasMessage("Expected a decimal number but was \"n/a\" at path $.data[0].lastPr");
    assertThatThrownBy(() -> json.decodePush(missing, tickers))
        .isInstanceOf(BitgetDecodingException.class)
        .hasMessage("Invalid ticker data. Missing fields: lastPrice");
    String badPosition = Fixtures.read("ws-positions.json").replace("\"total\": \"0.1\"", "\"total\": {}");
    assertThatThrownBy(() -> json.decodePush(badPosition, everything))
        .isInstanceOf(BitgetDecodingException.class)
        .hasMessage("Expected a decimal number but was BEGIN_OBJECT at path $.data[0].total");
    assertThatThrownBy(() -> json.decodePush(trailing, tickers))
        .isInstanceOf(BitgetDecodingException.class)
        .hasMessageStartingWith("frame ");
  }

  @Test
  void membersInAnyOrderDecodeLikeTheMoshiPath() {
    // the fast path guesses each name from Bitget's order; other orders must only cost the guess
    String text = Fixtures.read("ws-ticker.json").replaceAll("\\s+", "");
    String reversed = reverseMembers(text);

    assertThat(reversed).isNotEqualTo(text).startsWith("{\"ts\":");
    assertSameFrame(json.decodePushFast(reversed, tickers), json.decodePushWithMoshi(text, tickers), tickers);
    String lookalikes = text.replace("\"bidPr\":", "\"bidPx\":\"1\",\"bidPr\":")
        .replace("\"askSz\":", "\"askSzz\":\"2\",\"askSz\":").replace("\"lastPr\":", "\"lastP\":\"3\",\"lastPr\":");
    Ticker ticker = json.decodePushFast(lookalikes, tickers).data(json.tickerPush(ProductType.UMCBL)).orElseThrow().get(0);

    assertThat(ticker.lastPrice()).isEqualTo(new BigDecimal("27000.5"));
    assertThat(ticker.bidPrice()).isEqualTo(new BigDecimal("27000.4"));
    assertThat(ticker.askSize()).isEqualTo(new BigDecimal("3.204"));
    assertThat(json.decodePushWithMoshi(lookalikes, tickers).data(json.tickerPush(ProductType.UMCBL)).orElseThrow())
        .containsExactly(ticker);
  }

  @ParameterizedTest(name = "{0}: {1} -> {2}")
  @CsvSource(delimiter = '|', value = {
      "ws-orders.json | \"reduceOnly\": \"no\" | \"reduceOnly\": false",
      "ws-orders.json | \"reduceOnly\": \"no\" | \"reduceOnly\": true",
      "ws-orders.json | \"reduceOnly\": \"no\" | \"reduceOnly\": \"YES\"",
      "ws-orders.json | \"reduceOnly\": \"no\" | \"reduceOnly\": null",
      "ws-orders.json | \"leverage\": \"10\" | \"leverage\": 10",
      "ws-orders.json | \"status\": \"filled\" | \"status\": \"partial-fill\"",
      "ws-orders.json | \"status\": \"filled\" | \"status\": \"a_new_status\"",
      "ws-orders.json | \"tradeSide\": \"open\" | \"tradeSide\": \"\"",
      "ws-orders.json | \"price\": \"27000\" | \"price\": \"\"",
      "ws-orders.json | \"price\": \"27000\" | \"price\": 27000.50",
      "ws-orders.json | \"fee\": \"-0.162\" | \"fee\": \"-0.162\"}, {\"fee\": \"-0.05\"",
      "ws-orders.json | \"fee\": \"-0.162\" | \"fee\": null",
      "ws-orders.json | \"instId\": \"BTCUSDT\" | \"instId\": \"BTCUSD\"",
      "ws-positions.json | \"leverage\": 10 | \"leverage\": \"10\"",
      "ws-positions.json | \"holdSide\": \"long\" | \"holdSide\": \"SHORT\"",
      "ws-positions.json | \"marginRate\": \"0.0123\" | \"marginRate\": null",
      "ws-books-update.json | \"seq\": 1002 | \"seq\": \"1002\"",
      "ws-books-update.json | \"checksum\": -1653064965 | \"checksum\": \"-1653064965\"",
      "ws-books-update.json | \"1.250\" | \"1.250\", \"7\"",
      "ws-books-update.json | \"1.250\" | 1.250",
      "ws-books-update.json | \"1.250\" | \"1.25e0\"",
      "ws-books-update.json | \"1.250\" | \"+1.250\"",
      "ws-books-update.json | \"asks\": [ | \"asks\": null, \"other\": ["})
  void valueVariantsOfPushesStayOnTheFastPathAndDecodeLikeTheMoshiPath(String fixture, String from, String to) {
    String text = variant(fixture, from, to);

    assertSameFrame(json.decodePushFast(text, everything), json.decodePushWithMoshi(text, everything), everything);
  }

  /**
   * Compact pushes, as Bitget sends them, take the scanner's quickest paths (the guessed member
   * matched inline, integers and book decimals read in one loop): values at the edges of those
   * paths must decode as the general path decodes them.
   */
  @ParameterizedTest(name = "{0}: {1} -> {2}")
  @CsvSource(delimiter = '|', value = {
      "ws-books-update.json | \"seq\":1002 | \"seq\":9223372036854775807",
      "ws-books-update.json | \"seq\":1002 | \"seq\":\"9223372036854775807\"",
      "ws-books-update.json | \"seq\":1002 | \"seq\":\"999999999999999999\"",
      "ws-books-update.json | \"seq\":1002 | \"seq\":\"0001002\"",
      "ws-books-update.json | \"seq\":1002 | \"seq\":0",
      "ws-books-update.json | \"seq\":1002 | \"seq\":-1002",
      "ws-books-update.json | \"1.250\" | \"1.\"",
      "ws-books-update.json | \"1.250\" | \".5\"",
      "ws-books-update.json | \"1.250\" | \"001.250\"",
      "ws-books-update.json | \"1.250\" | \"-1.250\"",
      "ws-books-update.json | \"1.250\" | \"123456789.123456789\"",
      "ws-books-update.json | \"1.250\" | \"12345678.123456789\"",
      "ws-books-update.json | \"1.250\" | \"1234567890123456789\"",
      "ws-books-update.json | \"27000.1\" | \"27000.10\"",
      "ws-orders.json | \"reduceOnly\":\"no\" | \"reduceOnly\":\"NO\"",
      "ws-orders.json | \"reduceOnly\":\"no\" | \"reduceOnly\":\"Yes\"",
      "ws-orders.json | \"reduceOnly\":\"no\" | \"reduceOnly\":\"true\"",
      "ws-orders.json | \"leverage\":\"10\" | \"leverage\":10",
      "ws-orders.json | \"leverage\":\"10\" | \"leverage\":\"2147483647\"",
      "ws-orders.json | \"cTime\":\"1732413600000\" | \"cTime\":1732413600000",
      "ws-orders.json | \"clientOid\":\"omega-0001\", | \"clientOid\":\"omega-0001\" ,",
      "ws-orders.json | \"clientOid\":\"omega-0001\",\"feeDetail\" | \"clientOid\":\"omega-0001\", \"feeDetail\"",
      "ws-orders.json | \"cTime\" | \"cTim\\u0065\""})
  void compactValueVariantsDecodeLikeTheMoshiPath(String fixture, String from, String to) {
    String text = compactVariant(fixture, from, to);

    assertSameFrame(json.decodePush(text, everything), json.decodePushWithMoshi(text, everything), everything);
  }

  /** Compact pushes with a value beyond what its field holds, or none, get the general path's error. */
  @ParameterizedTest(name = "{0}: {1} -> {2}")
  @CsvSource(delimiter = '|', value = {
      "ws-books-update.json | \"seq\":1002 | \"seq\":9223372036854775808",
      "ws-books-update.json | \"seq\":1002 | \"seq\":\"9999999999999999999\"",
      "ws-books-update.json | \"seq\":1002 | \"seq\":01002",
      "ws-orders.json | \"leverage\":\"10\" | \"leverage\":\"2147483648\"",
      "ws-orders.json | \"reduceOnly\":\"no\" | \"reduceOnly\":\"nope\"",
      "ws-books-update.json | \"1.250\" | \"1.2.5\"",
      "ws-orders.json | \"cTime\":\"1732413600000\" | \"cTime\":\"\"",
      "ws-orders.json | \"cTime\":\"1732413600000\", | ''"})
  void compactValuesBeyondTheirFieldGetTheGeneralPathsError(String fixture, String from, String to) {
    assertGetsTheGeneralPathsError(compactVariant(fixture, from, to));
  }

  @ParameterizedTest(name = "{0}: {1} -> {2}")
  @CsvSource(delimiter = '|', value = {
      "ws-orders.json | \"size\": \"0.01\" | \"size\": {}",
      "ws-orders.json | \"size\": \"0.01\" | \"size\": \"lots\"",
      "ws-orders.json | \"side\": \"buy\" | \"side\": \"\"",
      "ws-orders.json | \"orderId\": \"1234567890123456789\", | ''",
      "ws-orders.json | \"reduceOnly\": \"no\" | \"reduceOnly\": \"maybe\"",
      "ws-orders.json | \"leverage\": \"10\" | \"leverage\": \"10.5\"",
      "ws-orders.json | \"feeDetail\": [ | \"feeDetail\": {\"x\": [",
      "ws-positions.json | \"leverage\": 10 | \"leverage\": 1e99",
      "ws-positions.json | \"holdSide\": \"long\" | \"holdSide\": []",
      "ws-books-update.json | \"seq\": 1002 | \"seq\": 10.02",
      "ws-books-update.json | [\"27000.1\",\"1.250\"] | [\"27000.1\"]",
      "ws-books-update.json | [\"27000.1\",\"1.250\"] | []",
      "ws-books-update.json | [\"27000.1\",\"1.250\"] | [1.,\"1.250\"]",
      "ws-orders.json | \"orderId\": \"1234567890123456789\" | \"orderId\": 12-34",
      "ws-orders.json | \"enterPointSource\": \"API\" | \"enterPointSource\": \"\\q\""})
  void badValuesInPushesGetTheGeneralPathsError(String fixture, String from, String to) {
    assertGetsTheGeneralPathsError(variant(fixture, from, to));
  }

  /** {@code text} fails to decode, on the fast path too, with the general path's message. */
  private void assertGetsTheGeneralPathsError(String text) {
    Throwable general = org.assertj.core.api.Assertions.catchThrowable(() -> json.decodePushWithMoshi(text, everything));
    assertThat(general).isInstanceOf(BitgetDecodingException.class);
    assertThatThrownBy(() -> json.decodePush(text, everything))
        .isInstanceOf(BitgetDecodingException.class)
        .hasMessage(general.getMessage());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"ws-orders.json", "ws-positions.json", "ws-books-snapshot.json", "ws-account.json"})
  void membersOfEveryPushInAnyOrderDecodeLikeTheMoshiPath(String fixture) {
    String text = Fixtures.read(fixture).replaceAll("\\s+", "");
    String reversed = reverseMembers(text);

    assertThat(reversed).isNotEqualTo(text);
    assertSameFrame(json.decodePushFast(reversed, everything), json.decodePushWithMoshi(text, everything), everything);
  }

  /** The fixture without any whitespace, as Bitget sends it, with {@code from} (which must occur) replaced by {@code to}. */
  private static String compactVariant(String fixture, String from, String to) {
    String original = Fixtures.read(fixture).replaceAll("\\s+", "");
    assertThat(original).contains(from);
    return original.replace(from, to);
  }

  /** The fixture without line breaks, with {@code from} (which must occur) replaced by {@code to}. */
  private static String variant(String fixture, String from, String to) {
    String original = Fixtures.read(fixture).replaceAll("\\s*\n\\s*", "");
    assertThat(original).contains(from);
    return original.replace(from, to);
  }

  /**
   * The compact frame with the members of its one data item reversed, and ts and action swapped
   * (arg stays before data).
   */
  private static String reverseMembers(String compact) {
    java.util.regex.Matcher m = java.util.regex.Pattern
        .compile("\\{\"action\":(\"\\w+\"),\"arg\":(\\{[^}]*\\}),\"data\":\\[\\{(.*)\\}\\],\"ts\":(\\d+)\\}")
        .matcher(compact);
    assertThat(m.matches()).as(compact).isTrue();
    List<String> members = Fixtures.members(m.group(3));
    assertThat(members).hasSizeGreaterThan(1);
    java.util.Collections.reverse(members);
    return "{\"ts\":" + m.group(4) + ",\"arg\":" + m.group(2) + ",\"data\":[{" + String.join(",", members) + "}]"
        + ",\"action\":" + m.group(1) + "}";
  }

  private void assertSameFrame(StreamFrame fast, StreamFrame moshi, StreamFrame.Router router) {
    assertThat(fast.kind()).isEqualTo(moshi.kind());
    assertThat(fast.event()).isEqualTo(moshi.event());
    assertThat(fast.code()).isEqualTo(moshi.code());
    assertThat(fast.message()).isEqualTo(moshi.message());
    assertThat(fast.arg()).isEqualTo(moshi.arg());
    assertThat(fast.action()).isEqualTo(moshi.action());
    assertThat(fast.timestamp()).isEqualTo(moshi.timestamp());
    assertThat(fast.rawData()).isEqualTo(moshi.rawData());
    assertThat(fast.hasData()).isEqualTo(moshi.hasData());
    assertThat(fast.toString()).isEqualTo(moshi.toString());
    if (router != null && fast.arg().isPresent() && fast.hasData()) {
      router.decoderFor(fast.arg().get()).ifPresent(decoder -> assertThat(fast.data(decoder)).isEqualTo(moshi.data(decoder)));
    }
  }
}
