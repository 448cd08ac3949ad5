package io.bitget4j.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bitget4j.core.AccountMode;
import io.bitget4j.testkit.FakeBitget;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Runs every short example against its embedded fake exchange and checks what it prints. */
@Timeout(60)
@Isolated
class ExamplesTest {
  private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
  private PrintStream original;

  @BeforeEach
  void captureStdout() {
    original = System.out;
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restoreStdoutAndTheAccountMode() {
    System.setOut(original);
    System.clearProperty(ExampleFakes.ACCOUNT_MODE_PROPERTY);
  }

  private static void onA(AccountMode mode) {
    System.setProperty(ExampleFakes.ACCOUNT_MODE_PROPERTY, mode.name().toLowerCase(Locale.ROOT));
  }

  @Test
  void printTickerPrintsLastBidAndAsk() {
    PrintTicker.main(new String[0]);
    assertThat(output()).matches("BTCUSDT_UMCBL last \\d+(\\.\\d+)?, bid \\d+(\\.\\d+)?, ask .*\\R");
  }

  @ParameterizedTest
  @EnumSource(value = AccountMode.class, names = {"CLASSIC", "UNIFIED"})
  void listPositionsPrintsTheStartingLong(AccountMode mode) {
    onA(mode);
    ListPositions.main(new String[0]);
    assertThat(output()).startsWith("BTCUSDT_UMCBL LONG 0.1 @ 26900 10x ISOLATED uPnL ")
        .endsWith("(a " + mode + " account)" + System.lineSeparator());
  }

  @ParameterizedTest
  @EnumSource(value = AccountMode.class, names = {"CLASSIC", "UNIFIED"})
  void placeAndCancelOrderEndsCancelled(AccountMode mode) {
    onA(mode);
    PlaceAndCancelOrder.main(new String[0]);
    assertThat(output()).contains("placed ").contains(" on a " + mode + " account").contains("status LIVE")
        .contains("cancelled; now CANCELLED");
  }

  @ParameterizedTest
  @EnumSource(value = AccountMode.class, names = {"CLASSIC", "UNIFIED"})
  void stopLossExampleSellsTheLongWhenThePriceFallsThroughIt(AccountMode mode) {
    onA(mode);
    StopLossExample.main(new String[0]);
    assertThat(output()).matches("stop-loss \\d+ waits at 26000 on a " + mode + " account\\R"
        + "stop-loss TRIGGERED, positions left: 0\\R");
  }

  @Test
  void trailingStopExampleSellsOnThePullbackFromTheBestPrice() {
    TrailingStopExample.main(new String[0]);
    assertThat(output().lines()).containsExactly("price 27600: long held", "price 28000: long held",
        "price 27800: long held", "price 27720: long sold");
  }

  @Test
  void classicIsTheDefaultAndAnUnknownAccountModeIsRefusedNamingTheChoices() {
    try (FakeBitget fake = ExampleFakes.builder().start()) {
      assertThat(fake.accountMode()).isEqualTo(AccountMode.CLASSIC);
    }
    System.setProperty(ExampleFakes.ACCOUNT_MODE_PROPERTY, "uta");
    assertThatThrownBy(ExampleFakes::builder).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("invalid -Dbitget4j.accountMode=uta: use classic or unified");
  }

  @Test
  void streamOrderBookPrintsFiveTopsOfBook() throws Exception {
    StreamOrderBook.main(new String[0]);
    assertThat(output().lines().filter(l -> l.startsWith("bid ")).count()).isEqualTo(5);
  }

  @ParameterizedTest
  @EnumSource(value = AccountMode.class, names = {"CLASSIC", "UNIFIED"})
  void restQuickStartReadsTickerPositionsAndPlacesAnOrder(AccountMode mode) {
    onA(mode);
    RestQuickStart.main(new String[0]);
    assertThat(output()).matches("BTC \\d+(\\.\\d+)?, 0 positions, order \\d+\\R");
  }

  @Test
  void streamQuickStartPrintsPricesBooksAndStates() throws Exception {
    StreamQuickStart.main(new String[0]);
    assertThat(output()).contains("BTC ").contains("best bid ").contains("public-1: CONNECTED");
  }

  private String output() {
    return captured.toString(StandardCharsets.UTF_8);
  }
}
