package io.bitget4j.ws.internal;

import static io.bitget4j.ws.testing.FakeStreamServer.compact;
import static io.bitget4j.ws.testing.FakeStreamServer.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bitget4j.core.AccountMode;
import io.bitget4j.core.ProductType;
import io.bitget4j.core.Symbol;
import io.bitget4j.core.internal.json.BitgetJson;
import io.bitget4j.core.internal.json.StreamArg;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class FramesTest {
  private static final Grammar V2 = Grammar.of(AccountMode.CLASSIC, BitgetJson.create());
  private static final ChannelArg TICKER = V2.argOf(ChannelKey.of(Topic.TICKER, Symbol.BTCUSDT_UMCBL));
  private static final ChannelArg BOOKS = V2.argOf(ChannelKey.of(Topic.BOOKS, Symbol.BTCUSDT_UMCBL));

  private static ChannelArg ticker(String wireSymbol) {
    return new ChannelArg(Topic.TICKER, Optional.of(ProductType.UMCBL), wireSymbol, Optional.empty());
  }

  @Test
  void publicSubscribeFrameIsTheDocumentedOne() {
    assertThat(Frames.subscribe(V2, List.of(TICKER, BOOKS))).isEqualTo(compact(fixture("ws-subscribe-request.json")));
  }

  @Test
  void privateSubscribeFrameNamesTheAccountByCoin() {
    List<ChannelArg> args = List.of(
        V2.argOf(ChannelKey.of(Topic.POSITIONS, ProductType.UMCBL)),
        V2.argOf(ChannelKey.of(Topic.ORDERS, ProductType.UMCBL)),
        V2.argOf(ChannelKey.of(Topic.ACCOUNT, ProductType.UMCBL)));

    assertThat(Frames.subscribe(V2, args)).isEqualTo(compact(fixture("ws-subscribe-private-request.json")));
    assertThat(args).allMatch(ChannelArg::isPrivate);
    assertThat(TICKER.isPrivate()).isFalse();
  }

  @Test
  void loginFrameHasTheDocumentedShape() {
    String frame = Frames.login("<api key>", "<passphrase>", 1732413600L,
        "<base64 HMAC-SHA256 of 1732413600GET/user/verify>");

    assertThat(frame).isEqualTo(compact(fixture("ws-login-request.json")));
  }

  @Test
  void loginFramesAreRedactedForLogs() {
    String frame = Frames.login("key", "secret-passphrase", 1L, "signature");

    assertThat(Frames.redact(frame)).isEqualTo("{\"op\":\"login\",\"args\":[<redacted>]}")
        .doesNotContain("secret-passphrase").doesNotContain("signature");
    assertThat(Frames.redact("ping")).isEqualTo("ping");
  }

  @Test
  void unsubscribeFrameListsItsArguments() {
    assertThat(Frames.unsubscribe(V2, List.of(TICKER))).isEqualTo(
        "{\"op\":\"unsubscribe\",\"args\":[{\"instType\":\"USDT-FUTURES\",\"channel\":\"ticker\",\"instId\":\"BTCUSDT\"}]}");
  }

  @Test
  void stringsAreEscapedAndNonAsciiStaysRaw() {
    ChannelArg arg = ticker("龙虾\"\\USDT");

    assertThat(V2.toJson(arg)).isEqualTo(
        "{\"instType\":\"USDT-FUTURES\",\"channel\":\"ticker\",\"instId\":\"龙虾\\\"\\\\USDT\"}");
  }

  @Test
  void emptyOperationIsRefused() {
    assertThatThrownBy(() -> Frames.subscribe(V2, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("subscribe needs at least one channel argument");
  }

  @Test
  void batchesHoldAtMostTheArgumentLimitInOrder() {
    List<ChannelArg> args = new ArrayList<>();
    for (int i = 0; i < 45; i++) {
      args.add(ticker("C" + i + "USDT"));
    }

    List<List<ChannelArg>> batches = SubscriptionLedger.batches(V2, args, 20, 4000);

    assertThat(batches).extracting(List::size).containsExactly(20, 20, 5);
    assertThat(batches.stream().flatMap(List::stream).toList()).isEqualTo(args);
  }

  @Test
  void batchesStayUnderTheByteLimit() {
    List<ChannelArg> args = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      args.add(new ChannelArg(Topic.BOOKS15, Optional.of(ProductType.UMCBL), "LONGNAME" + i + "USDT",
          Optional.empty()));
    }

    List<List<ChannelArg>> batches = SubscriptionLedger.batches(V2, args, 50, 1000);

    assertThat(batches).hasSizeGreaterThan(1);
    for (List<ChannelArg> batch : batches) {
      assertThat(Frames.subscribe(V2, batch).length()).isLessThanOrEqualTo(1000);
    }
  }

  @Test
  void argumentsFromTheServerMatchWhateverTheCaseOfTheProductType() {
    StreamArg lowerCase = new StreamArg("usdt-futures", "ticker", Optional.of("BTCUSDT"), Optional.empty());

    assertThat(V2.argOf(lowerCase)).contains(TICKER);
  }
}
