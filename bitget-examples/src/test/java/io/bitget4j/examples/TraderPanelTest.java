package io.bitget4j.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.bitget4j.core.AccountMode;
import io.bitget4j.core.Symbol;
import io.bitget4j.examples.panel.PanelApp;
import io.bitget4j.testkit.FakeBitget;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.params.provider.EnumSource;

@Timeout(60)
class TraderPanelTest {

  @ParameterizedTest
  @EnumSource(value = AccountMode.class, names = {"CLASSIC", "UNIFIED"})
  void showsPricePositionAndAccountAndFollowsThePrice(AccountMode mode) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    try (FakeBitget fake = FakeBitget.builder()
            .accountMode(mode)
            .tickInterval(Duration.ZERO)
            .initialPosition(Symbol.BTCUSDT_UMCBL, new BigDecimal("0.1"), new BigDecimal("26900"), 10)
            .start();
        PipedOutputStream keyboard = new PipedOutputStream();
        PipedInputStream keys = new PipedInputStream(keyboard)) {
      CompletableFuture<Integer> status = CompletableFuture.supplyAsync(() -> PanelApp.run(
          new String[] {"--plain", "--duration", "40s"}, out, new PrintStream(errors, true, StandardCharsets.UTF_8),
          keys, false, Map.of(), fake));

      // the position may show before the REST client has told the screen the account mode it detected
      await().atMost(20, TimeUnit.SECONDS).until(() -> text(bytes).contains("position=LONG 0.100@26900.0")
          && text(bytes).contains(" account=" + mode.name().toLowerCase(Locale.ROOT)));
      assertThat(text(bytes)).contains("BTCUSDT_UMCBL [FAKE] last=").contains("stream=");
      // the panel read the account over the account's own API
      assertThat(fake.requests()).anySatisfy(c -> assertThat(c.path()).isEqualTo(
          mode == AccountMode.UNIFIED ? "/api/v3/position/current-position" : "/api/v2/mix/position/all-position"));
      // a fake passed in gets no demo order
      assertThat(fake.orders()).isEmpty();
      await().atMost(20, TimeUnit.SECONDS).until(() -> text(bytes).matches("(?s).*equity=\\d+\\.\\d\\d .*"));

      fake.setPrice(Symbol.BTCUSDT_UMCBL, new BigDecimal("31000"));
      fake.setPrice(Symbol.BTCUSDT_UMCBL, new BigDecimal("31000"));
      await().atMost(20, TimeUnit.SECONDS).until(() -> lastLine(bytes).contains("last=31000"));
      // 0.1 BTC bought at 26900 is worth 410 USDT more at 31000; the position stream follows within 2 s
      await().atMost(20, TimeUnit.SECONDS).until(() -> lastLine(bytes).contains("upnl=+410.00 roe=+152.42%"));

      keyboard.write('q');
      keyboard.flush();
      assertThat(status.get(20, TimeUnit.SECONDS)).isZero();
    }
    assertThat(text(errors)).isEmpty();
  }

  @Test
  void accountModeUnifiedRunsTheEmbeddedFakeAsAUnifiedAccount() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    try (PipedOutputStream keyboard = new PipedOutputStream(); PipedInputStream keys = new PipedInputStream(keyboard)) {
      CompletableFuture<Integer> status = CompletableFuture.supplyAsync(() -> PanelApp.run(
          new String[] {"--plain", "--account-mode", "unified", "--duration", "40s"},
          new PrintStream(bytes, true, StandardCharsets.UTF_8), new PrintStream(errors, true, StandardCharsets.UTF_8),
          keys, false, Map.of(), null));

      // the embedded fake's demo long, read over V3 by a client that detected the unified account
      await().atMost(20, TimeUnit.SECONDS).until(() -> lastLine(bytes).contains("position=LONG 0.100@26946.0")
          && lastLine(bytes).contains("orders=1"));
      assertThat(lastLine(bytes)).endsWith(" account=unified");

      keyboard.write('q');
      keyboard.flush();
      assertThat(status.get(20, TimeUnit.SECONDS)).isZero();
    }
    assertThat(text(errors)).isEmpty();
  }

  @Test
  void panelWithoutAKeyboardRunsUntilItsDuration() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    long started = System.nanoTime();
    int status = PanelApp.run(new String[] {"--plain", "--duration", "2s"}, new PrintStream(bytes, true,
        StandardCharsets.UTF_8), new PrintStream(errors, true, StandardCharsets.UTF_8), InputStream.nullInputStream(),
        false, Map.of(), null);

    assertThat(status).isZero();
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofSeconds(2));
    assertThat(text(bytes).lines().filter(line -> line.contains(" BTCUSDT_UMCBL [FAKE] last=")).count())
        .isGreaterThanOrEqualTo(2);
    assertThat(text(errors)).isEmpty();
  }

  @Test
  void accountModeIsForTheEmbeddedFakeOnlyAndTakesClassicOrUnified() {
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    PrintStream err = new PrintStream(errors, true, StandardCharsets.UTF_8);
    PrintStream out = new PrintStream(new ByteArrayOutputStream());

    int withMainnet = PanelApp.run(new String[] {"--mainnet", "--account-mode=unified"}, out, err,
        InputStream.nullInputStream(), false, Map.of(), null);
    int unknown = PanelApp.run(new String[] {"--account-mode", "uta"}, out, err, InputStream.nullInputStream(), false,
        Map.of(), null);

    assertThat(withMainnet).isEqualTo(2);
    assertThat(unknown).isEqualTo(2);
    assertThat(text(errors).lines()).satisfiesExactly(
        line -> assertThat(line).startsWith("--account-mode chooses the embedded fake exchange's kind of account;"
            + " with --demo or --mainnet the client detects the key's account mode, so drop --account-mode;"
            + " usage: trader-panel ").contains("[--account-mode classic|unified]"),
        line -> assertThat(line).isEqualTo("invalid --account-mode \"uta\": use classic or unified"));
  }

  @Test
  void invalidSymbolPrintsTheExceptionMessageAndExitsWithTwo() {
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    int status = PanelApp.run(new String[] {"--symbol", "btcusdt_umcbl"}, new PrintStream(new ByteArrayOutputStream()),
        new PrintStream(errors, true, StandardCharsets.UTF_8), InputStream.nullInputStream(), false, Map.of(), null);
    assertThat(status).isEqualTo(2);
    assertThat(text(errors)).isEqualTo("invalid symbol \"btcusdt_umcbl\": symbols are upper case;"
        + " did you mean \"BTCUSDT_UMCBL\"?" + System.lineSeparator());
  }

  @Test
  void marketsOfOnePanelShareOneProductType() {
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    int status = PanelApp.run(new String[] {"--demo", "--symbol", "BTCUSDT_UMCBL", "--symbol", "BTCUSD_DMCBL"},
        new PrintStream(new ByteArrayOutputStream()), new PrintStream(errors, true, StandardCharsets.UTF_8),
        InputStream.nullInputStream(), false, Map.of(), null);

    assertThat(status).isEqualTo(2);
    assertThat(text(errors)).isEqualTo("the markets of one panel share one account stream, so they must be of one"
        + " product type; got [BTCUSDT_UMCBL, BTCUSD_DMCBL]" + System.lineSeparator());
  }

  @Test
  void mainnetWithoutCredentialsNamesTheMissingVariables() {
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    int status = PanelApp.run(new String[] {"--mainnet"}, new PrintStream(new ByteArrayOutputStream()),
        new PrintStream(errors, true, StandardCharsets.UTF_8), new ByteArrayInputStream(new byte[0]), false,
        Map.of(), null);
    assertThat(status).isEqualTo(2);
    assertThat(text(errors)).contains("BITGET_API_KEY, BITGET_SECRET_KEY, BITGET_PASSPHRASE");
  }

  @Test
  void unknownArgumentPrintsUsage() {
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    int status = PanelApp.run(new String[] {"--fast"}, new PrintStream(new ByteArrayOutputStream()),
        new PrintStream(errors, true, StandardCharsets.UTF_8), InputStream.nullInputStream(), false, Map.of(), null);
    assertThat(status).isEqualTo(2);
    assertThat(text(errors)).startsWith("unknown argument \"--fast\"; usage: trader-panel");
  }

  @ParameterizedTest
  @ValueSource(strings = {"--help", "-h"})
  void helpPrintsTheUsageAndEveryOptionAndExitsWithZero(String flag) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    int status = PanelApp.run(new String[] {"--symbol", "ETHUSDT_UMCBL", flag}, new PrintStream(bytes, true,
        StandardCharsets.UTF_8), new PrintStream(errors, true, StandardCharsets.UTF_8), InputStream.nullInputStream(),
        false, Map.of(), null);

    assertThat(status).isZero();
    assertThat(text(bytes)).startsWith("usage: trader-panel [--symbol BTCUSDT_UMCBL]... [--size 0.01] [--duration 30s]")
        .contains("--symbol S", "--size N", "--duration D", "--demo", "--mainnet", "--allow-trading", "--plain",
            "-h, --help");
    assertThat(text(errors)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"0s", "0ms", "PT0S", "-5s"})
  void durationThatIsNotPositiveSaysSo(String duration) {
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    int status = PanelApp.run(new String[] {"--duration", duration}, new PrintStream(new ByteArrayOutputStream()),
        new PrintStream(errors, true, StandardCharsets.UTF_8), InputStream.nullInputStream(), false, Map.of(), null);

    assertThat(status).isEqualTo(2);
    assertThat(text(errors)).isEqualTo("invalid --duration \"" + duration + "\": must be positive"
        + System.lineSeparator());
  }

  private static String text(ByteArrayOutputStream bytes) {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static String lastLine(ByteArrayOutputStream bytes) {
    String[] lines = text(bytes).split("\n");
    return lines[lines.length - 1];
  }
}
