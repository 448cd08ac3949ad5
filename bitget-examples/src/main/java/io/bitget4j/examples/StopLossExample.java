package io.bitget4j.examples;

import io.bitget4j.core.Symbol;
import io.bitget4j.core.model.ConditionalOrder;
import io.bitget4j.core.model.HoldSide;
import io.bitget4j.core.model.OrderAck;
import io.bitget4j.core.model.Side;
import io.bitget4j.core.model.TriggerPriceType;
import io.bitget4j.rest.BitgetRestClient;
import io.bitget4j.rest.ConditionalOrderRequest;
import io.bitget4j.rest.OrderQuery;
import io.bitget4j.rest.OrderRequest;
import io.bitget4j.testkit.FakeBitget;
import java.math.BigDecimal;
import java.time.Duration;

/**
 * Opens a long on the fake exchange, protects all of it with a stop-loss on the mark price, and moves
 * the market through the stop (a unified account with {@code -Dbitget4j.accountMode=unified}).
 */
public final class StopLossExample {
  private StopLossExample() {
  }

  /**
   * Places and fires a stop-loss on a fake exchange started for it.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Symbol btc = Symbol.BTCUSDT_UMCBL;
    try (FakeBitget fake = ExampleFakes.builder().tickInterval(Duration.ZERO).start();
        BitgetRestClient client = BitgetRestClient.builder()
            .baseUrl(fake.restUrl()).credentials(fake.credentials()).build()) {
      fake.setPrice(btc, new BigDecimal("27000"));
      client.orders().place(OrderRequest.market(btc, Side.BUY, new BigDecimal("0.1")));

      OrderAck stop = client.conditionalOrders().place(ConditionalOrderRequest.stopLoss(btc, HoldSide.LONG)
          .triggerPrice(new BigDecimal("26000")).triggerPriceType(TriggerPriceType.MARK)
          .wholePosition().market()        // sell whatever the long holds when the mark price reaches 26000
          .build());
      System.out.println("stop-loss " + stop.orderId() + " waits at 26000 on a " + client.accountMode() + " account");

      fake.setPrice(btc, new BigDecimal("25900"));   // the market falls through the stop
      ConditionalOrder fired = client.conditionalOrders().history(OrderQuery.of(btc)).orders().get(0);
      System.out.println("stop-loss " + fired.status() + ", positions left: " + client.positions().of(btc).size());
    }
  }
}
