package io.bitget4j.examples;

import io.bitget4j.core.Symbol;
import io.bitget4j.core.model.Ticker;
import io.bitget4j.rest.BitgetRestClient;
import io.bitget4j.testkit.FakeBitget;

/** Prints the ticker of one symbol (default {@code BTCUSDT_UMCBL}) from the embedded fake exchange. */
public final class PrintTicker {
  private PrintTicker() {
  }

  /**
   * Prints one ticker from a fake exchange started for it.
   *
   * @param args the symbol to show, {@code BTCUSDT_UMCBL} when absent
   */
  public static void main(String[] args) {
    Symbol symbol = Symbol.parse(args.length > 0 ? args[0] : "BTCUSDT_UMCBL");
    try (FakeBitget fake = ExampleFakes.builder().start();
        BitgetRestClient client = BitgetRestClient.builder().baseUrl(fake.restUrl()).build()) {
      Ticker ticker = client.market().ticker(symbol);
      System.out.println(symbol + " last " + ticker.lastPrice() + ", bid " + ticker.bidPrice()
          + ", ask " + ticker.askPrice() + ", 24h high " + ticker.high24h() + ", low " + ticker.low24h());
    }
  }
}
