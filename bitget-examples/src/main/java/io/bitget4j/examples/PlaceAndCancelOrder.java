package io.bitget4j.examples;

import io.bitget4j.core.Symbol;
import io.bitget4j.core.model.Order;
import io.bitget4j.core.model.OrderAck;
import io.bitget4j.core.model.Side;
import io.bitget4j.rest.BitgetRestClient;
import io.bitget4j.rest.OrderRef;
import io.bitget4j.rest.OrderRequest;
import io.bitget4j.testkit.FakeBitget;
import java.math.BigDecimal;

/**
 * Places a limit buy below the market on the fake exchange, reads it back and cancels it (on a unified
 * account with {@code -Dbitget4j.accountMode=unified}).
 */
public final class PlaceAndCancelOrder {
  private PlaceAndCancelOrder() {
  }

  /**
   * Places, reads back and cancels one order on a fake exchange started for it.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Symbol btc = Symbol.BTCUSDT_UMCBL;
    try (FakeBitget fake = ExampleFakes.builder().start();
        BitgetRestClient client = BitgetRestClient.builder()
            .baseUrl(fake.restUrl()).credentials(fake.credentials()).build()) {
      BigDecimal price = client.market().ticker(btc).lastPrice().multiply(new BigDecimal("0.95")).setScale(1,
          java.math.RoundingMode.DOWN);
      OrderRequest request = OrderRequest.limit(btc, Side.BUY, new BigDecimal("0.01"), price);
      OrderAck ack = client.orders().place(request);
      System.out.println("placed " + ack.orderId() + " with clientOid " + request.clientOid() + " on a "
          + client.accountMode() + " account");

      Order order = client.orders().detail(btc, OrderRef.orderId(ack.orderId()));
      System.out.println("status " + order.status() + ", price " + order.price().orElseThrow());

      client.orders().cancel(btc, OrderRef.clientOid(request.clientOid()));
      System.out.println("cancelled; now " + client.orders().detail(btc, OrderRef.orderId(ack.orderId())).status());
    }
  }
}
