package io.bitget4j.examples;

import io.bitget4j.core.Symbol;
import io.bitget4j.core.model.HoldSide;
import io.bitget4j.core.model.Side;
import io.bitget4j.core.model.TriggerPriceType;
import io.bitget4j.rest.BitgetRestClient;
import io.bitget4j.rest.ConditionalOrderRequest;
import io.bitget4j.rest.OrderRequest;
import io.bitget4j.testkit.FakeBitget;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

/**
 * Opens a long on a classic fake exchange (trailing stops are a classic account's), puts a trailing
 * stop behind it, and walks the price up and back until the stop sells.
 */
public final class TrailingStopExample {
  private TrailingStopExample() {
  }

  /**
   * Places a trailing stop and moves the market on a fake exchange started for it.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Symbol btc = Symbol.BTCUSDT_UMCBL;
    try (FakeBitget fake = FakeBitget.builder().tickInterval(Duration.ZERO).start();
        BitgetRestClient client = BitgetRestClient.builder()
            .baseUrl(fake.restUrl()).credentials(fake.credentials()).build()) {
      fake.setPrice(btc, new BigDecimal("27000"));
      client.orders().place(OrderRequest.market(btc, Side.BUY, new BigDecimal("0.1")));

      client.conditionalOrders().place(ConditionalOrderRequest.trailingStop(btc, HoldSide.LONG)
          .activationPrice(new BigDecimal("27500")).triggerPriceType(TriggerPriceType.LAST)
          .callbackRatio(new BigDecimal("1"))   // once active, sell after a 1 % fall from the best price
          .size(new BigDecimal("0.1"))
          .build());

      for (String price : List.of("27600", "28000", "27800", "27720")) {
        fake.setPrice(btc, new BigDecimal(price));
        System.out.println("price " + price + ": long " + (client.positions().of(btc).isEmpty() ? "sold" : "held"));
      }
    }
  }
}
