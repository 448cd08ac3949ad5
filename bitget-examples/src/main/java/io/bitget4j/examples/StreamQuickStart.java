package io.bitget4j.examples;

import io.bitget4j.core.Symbol;
import io.bitget4j.testkit.FakeBitget;
import io.bitget4j.ws.BitgetStreamClient;
import io.bitget4j.ws.BookDepth;
import io.bitget4j.ws.Delivery;
import java.time.Duration;

/**
 * The README's stream quick start, run on the embedded fake exchange for five seconds. Against
 * Bitget, {@code BitgetStreamClient.builder().build()} connects to the public stream.
 */
public final class StreamQuickStart {
  private StreamQuickStart() {
  }

  /**
   * Runs the stream quick start on a fake exchange for five seconds.
   *
   * @param args ignored
   * @throws InterruptedException if interrupted while streaming
   */
  public static void main(String[] args) throws InterruptedException {
    try (FakeBitget fake = ExampleFakes.builder().start()) {
      quickStart(BitgetStreamClient.builder().publicUrl(fake.publicWsUrl()), Duration.ofSeconds(5));
    }
  }

  static void quickStart(BitgetStreamClient.Builder builder, Duration runFor) throws InterruptedException {
    try (BitgetStreamClient stream = builder.build()) {
      // First, so that it sees the connection open for the subscriptions below.
      stream.addStateListener(change -> System.out.println(change.connection() + ": " + change.current()));
      stream.ticker(Symbol.BTCUSDT_UMCBL, ticker -> System.out.println("BTC " + ticker.lastPrice()),
          Delivery.throttled(Duration.ofSeconds(1)));
      stream.orderBook(Symbol.BTCUSDT_UMCBL, BookDepth.FULL,
          book -> System.out.println("best bid " + book.bestBid().orElseThrow().price()),
          Delivery.throttled(Duration.ofSeconds(1)));
      Thread.sleep(runFor.toMillis());
    }
  }
}
