package io.bitget4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.parallel.Isolated;

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
  void restoreStdout() {
    System.setOut(original);
  }

  @Test
  void printTickerPrintsLastBidAndAsk() {
    PrintTicker.main(new String[0]);
    assertThat(output()).matches("BTCUSDT_UMCBL last \\d+(\\.\\d+)?, bid \\d+(\\.\\d+)?, ask .*\\R");
  }

  @Test
  void listPositionsPrintsTheStartingLong() {
    ListPositions.main(new String[0]);
    assertThat(output()).startsWith("BTCUSDT_UMCBL LONG 0.1 @ 26900 10x ISOLATED uPnL ");
  }

  @Test
  void placeAndCancelOrderEndsCancelled() {
    PlaceAndCancelOrder.main(new String[0]);
    assertThat(output()).contains("placed ").contains("status LIVE").contains("cancelled; now CANCELLED");
  }

  @Test
  void streamOrderBookPrintsFiveTopsOfBook() throws Exception {
    StreamOrderBook.main(new String[0]);
    assertThat(output().lines().filter(l -> l.startsWith("bid ")).count()).isEqualTo(5);
  }

  @Test
  void restQuickStartReadsTickerPositionsAndPlacesAnOrder() {
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
