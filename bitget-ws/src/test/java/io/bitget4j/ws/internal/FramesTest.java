package io.bitget4j.ws.internal;

import static io.bitget4j.ws.testing.FakeStreamServer.compact;
import static io.bitget4j.ws.testing.FakeStreamServer.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class FramesTest {
  private static final ChannelArg TICKER = ChannelArg.ofInstrument("USDT-FUTURES", "ticker", "BTCUSDT");
  private static final ChannelArg BOOKS = ChannelArg.ofInstrument("USDT-FUTURES", "books", "BTCUSDT");

  @Test
  void publicSubscribeFrameIsTheDocumentedOne() {
    assertThat(Frames.subscribe(List.of(TICKER, BOOKS))).isEqualTo(compact(fixture("ws-subscribe-request.json")));
  }

  @Test
  void privateSubscribeFrameNamesTheAccountByCoin() {
    List<ChannelArg> args = List.of(
        ChannelArg.ofInstrument("USDT-FUTURES", "positions", "default"),
        ChannelArg.ofInstrument("USDT-FUTURES", "orders", "default"),
        ChannelArg.ofCoin("USDT-FUTURES", "account", "default"));

    assertThat(Frames.subscribe(args)).isEqualTo(compact(fixture("ws-subscribe-private-request.json")));
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
    assertThat(Frames.unsubscribe(List.of(TICKER))).isEqualTo(
        "{\"op\":\"unsubscribe\",\"args\":[{\"instType\":\"USDT-FUTURES\",\"channel\":\"ticker\",\"instId\":\"BTCUSDT\"}]}");
  }

  @Test
  void stringsAreEscapedAndNonAsciiStaysRaw() {
    ChannelArg arg = ChannelArg.ofInstrument("USDT-FUTURES", "ticker", "龙虾\"\\USDT");

    assertThat(arg.toJson()).isEqualTo(
        "{\"instType\":\"USDT-FUTURES\",\"channel\":\"ticker\",\"instId\":\"龙虾\\\"\\\\USDT\"}");
  }

  @Test
  void emptyOperationIsRefused() {
    assertThatThrownBy(() -> Frames.subscribe(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("subscribe needs at least one channel argument");
  }

  @Test
  void batchesHoldAtMostTheArgumentLimitInOrder() {
    List<ChannelArg> args = new ArrayList<>();
    for (int i = 0; i < 45; i++) {
      args.add(ChannelArg.ofInstrument("USDT-FUTURES", "ticker", "C" + i + "USDT"));
    }

    List<List<ChannelArg>> batches = SubscriptionLedger.batches(args, 20, 4000);

    assertThat(batches).extracting(List::size).containsExactly(20, 20, 5);
    assertThat(batches.stream().flatMap(List::stream).toList()).isEqualTo(args);
  }

  @Test
  void batchesStayUnderTheByteLimit() {
    List<ChannelArg> args = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      args.add(ChannelArg.ofInstrument("USDT-FUTURES", "books15", "LONGNAME" + i + "USDT"));
    }

    List<List<ChannelArg>> batches = SubscriptionLedger.batches(args, 50, 1000);

    assertThat(batches).hasSizeGreaterThan(1);
    for (List<ChannelArg> batch : batches) {
      assertThat(Frames.subscribe(batch).length()).isLessThanOrEqualTo(1000);
    }
  }

  @Test
  void argumentsFromTheServerMatchWhateverTheCaseOfTheProductType() {
    assertThat(ChannelArg.ofInstrument("usdt-futures", "ticker", "BTCUSDT")).isEqualTo(TICKER);
  }
}
