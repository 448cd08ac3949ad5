package io.bitget4j.examples;

import io.bitget4j.core.Symbol;
import io.bitget4j.core.model.OrderBook;
import io.bitget4j.testkit.FakeBitget;
import io.bitget4j.ws.BitgetStreamClient;
import io.bitget4j.ws.BookDepth;
import io.bitget4j.ws.Subscription;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Streams the checksummed full order book of BTCUSDT_UMCBL and prints the top of book five times. */
public final class StreamOrderBook {
  private StreamOrderBook() {
  }

  /**
   * Streams the order book from a fake exchange started for it until five tops of book are printed.
   *
   * @param args ignored
   * @throws InterruptedException if interrupted while streaming
   */
  public static void main(String[] args) throws InterruptedException {
    CountDownLatch updates = new CountDownLatch(5);
    try (FakeBitget fake = ExampleFakes.builder().start();
        BitgetStreamClient streams = BitgetStreamClient.builder().publicUrl(fake.publicWsUrl()).build()) {
      Subscription book = streams.orderBook(Symbol.BTCUSDT_UMCBL, BookDepth.FULL, (OrderBook b) -> {
        System.out.println("bid " + b.bestBid().orElseThrow() + "  ask " + b.bestAsk().orElseThrow()
            + "  levels " + b.bids().size() + "/" + b.asks().size());
        updates.countDown();
      });
      if (!updates.await(30, TimeUnit.SECONDS)) {
        System.out.println("no book updates within 30 s; state " + streams.state());
      }
      book.close();
    }
  }
}
