package io.bitget4j.core.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.bitget4j.core.ProductType;
import io.bitget4j.core.Symbol;
import io.bitget4j.core.model.Ticker;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * V3 (unified account) pushes on the one-pass path: every sample is read by the text scanner, with
 * its data decoded in the same pass, to the same values as the general path.
 */
@Timeout(10)
class UnifiedStreamFrameDecodingTest {
  private static final ProductType USDT = ProductType.UMCBL;
  private static final Symbol BTC = Symbol.BTCUSDT_UMCBL;
  private static final BitgetJson JSON = BitgetJson.create();

  static Stream<Arguments> pushes() {
    return Stream.of(
        Arguments.of("v3/ws-v3-ticker.json", JSON.tickerPush(BTC)),
        Arguments.of("v3/ws-v3-books1-snapshot.json", JSON.bookPush()),
        Arguments.of("v3/ws-v3-books1-snapshot-jk.json", JSON.bookPush()),
        Arguments.of("v3/ws-v3-position.json", JSON.positionPush(USDT)),
        Arguments.of("v3/ws-v3-order.json", JSON.orderPush(USDT)),
        Arguments.of("v3/ws-v3-account.json", JSON.walletAccountPush()),
        Arguments.of("v3/ws-v3-fill.json", JSON.fillPush(USDT)),
        Arguments.of("v3/ws-v3-fill-jk.json", JSON.fillPush(USDT)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pushes")
  void everyV3PushIsReadInOnePassToWhatTheGeneralPathReads(String fixture, JsonDecoder<?> decoder) {
    String text = Fixtures.read(fixture);
    StreamFrame.Router router = arg -> Optional.of(decoder);

    StreamFrame fast = JSON.decodePushFast(text, router);
    StreamFrame general = JSON.decodePushWithMoshi(text, router);

    assertThat(fast.kind()).isEqualTo(StreamFrame.Kind.PUSH);
    assertThat(fast.rawData()).as("decoded in the same pass").isEmpty();
    assertThat(fast.data(decoder)).isEqualTo(general.data(decoder)).get().asInstanceOf(InstanceOfAssertFactories.LIST).isNotEmpty();
    assertThat(fast.arg()).isEqualTo(general.arg());
  }

  @Test
  void bookSequenceNumbersBeyondTwoToThe53AreReadExactly() {
    String text = Fixtures.read("v3/ws-v3-books1-snapshot.json");
    StreamFrame.Router router = arg -> Optional.of(JSON.bookPush());

    for (StreamFrame frame : List.of(JSON.decodePushFast(text, router), JSON.decodePushWithMoshi(text, router))) {
      BookPush push = frame.data(JSON.bookPush()).orElseThrow().get(0);
      assertThat(push.seq()).contains(1304314508780744705L);
      assertThat(push.prevSeq()).contains(0L);
      assertThat(push.checksum()).contains(0L);
    }
  }

  @Test
  void sequenceNumbersSentAsStringsAndBeyondALongAreTold() {
    String asString = "{\"data\":[{\"a\":[],\"b\":[],\"seq\":\"1343064377779269632\",\"pseq\":\"1343064377779269631\","
        + "\"ts\":\"1\"}],\"arg\":{\"instType\":\"usdt-futures\",\"topic\":\"books\",\"symbol\":\"BTCUSDT\"},"
        + "\"action\":\"update\",\"ts\":1}";
    BookPush push = JSON.decodePushFast(asString, arg -> Optional.of(JSON.bookPush())).data(JSON.bookPush())
        .orElseThrow().get(0);

    assertThat(push.seq()).contains(1343064377779269632L);
    assertThat(push.prevSeq()).contains(1343064377779269631L);
    assertThat(JsonValues.parseLong("9223372036854775807")).isEqualTo(Long.MAX_VALUE);
    assertThat(JsonValues.parseLong("9223372036854775808")).isNull();
  }

  @Test
  void v3ArgsReadTopicAsChannelSymbolAsInstIdAndTheirInterval() {
    StreamFrame frame = JSON.decodePushFast(Fixtures.read("v3/ws-v3-kline-live-ccxt.json"), null);

    assertThat(frame.arg()).contains(new StreamArg("usdt-futures", "kline", Optional.of("BTCUSDT"), Optional.empty(),
        Optional.of("1m")));
  }

  @Test
  void v3TickersTakeTheTimeOfTheirFrame() {
    StreamFrame frame = JSON.decodePush(Fixtures.read("v3/ws-v3-ticker.json"), arg -> Optional.of(JSON.tickerPush(BTC)));

    List<Ticker> tickers = BitgetJson.atFrameTime(frame.data(JSON.tickerPush(BTC)).orElseThrow(), frame);

    assertThat(tickers).singleElement().satisfies(t -> {
      assertThat(t.symbol()).isEqualTo(BTC);
      assertThat(t.timestamp()).isEqualTo(Instant.ofEpochMilli(1736371332162L));
    });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pushes")
  void v3PushesInOtherMemberOrdersDecodeInOnePassLikeTheGeneralPath(String fixture, JsonDecoder<?> decoder) {
    // the scanner guesses names from V2's and V3's orders; any other order must only cost the guess
    String compact = Fixtures.compact(Fixtures.read(fixture));
    StreamFrame.Router router = arg -> Optional.of(decoder);
    StreamFrame general = JSON.decodePushWithMoshi(compact, router);

    for (String variant : List.of(compact, reordered(compact, false), reordered(compact, true))) {
      StreamFrame fast = JSON.decodePushFast(variant, router);

      assertThat(fast.rawData()).as(variant).isEmpty();
      assertThat(fast.data(decoder)).as(variant).isEqualTo(general.data(decoder));
      assertThat(fast.arg()).as(variant).isEqualTo(general.arg());
      assertThat(fast.action()).as(variant).isEqualTo(general.action());
      assertThat(fast.timestamp()).as(variant).isEqualTo(general.timestamp());
    }
  }

  /**
   * The compact frame with the members of each data item reversed, and the frame's own members
   * reversed too when {@code frameToo} (so that data written before its arg comes after it, and the
   * other way round).
   */
  private static String reordered(String compact, boolean frameToo) {
    List<String> members = new java.util.ArrayList<>();
    for (String member : Fixtures.members(compact.substring(1, compact.length() - 1))) {
      if (member.startsWith("\"data\":[{")) {
        List<String> items = new java.util.ArrayList<>();
        for (String item : Fixtures.members(member.substring("\"data\":[".length(), member.length() - 1))) {
          List<String> itemMembers = Fixtures.members(item.substring(1, item.length() - 1));
          java.util.Collections.reverse(itemMembers);
          items.add("{" + String.join(",", itemMembers) + "}");
        }
        member = "\"data\":[" + String.join(",", items) + "]";
      }
      members.add(member);
    }
    if (frameToo) {
      java.util.Collections.reverse(members);
    }
    String text = "{" + String.join(",", members) + "}";
    assertThat(text).isNotEqualTo(compact).hasSameSizeAs(compact);
    return text;
  }
}
