package io.bitget4j.examples;

import io.bitget4j.core.ProductType;
import io.bitget4j.core.Symbol;
import io.bitget4j.core.model.OrderAck;
import io.bitget4j.core.model.Position;
import io.bitget4j.core.model.Side;
import io.bitget4j.core.model.Ticker;
import io.bitget4j.rest.BitgetRestClient;
import io.bitget4j.rest.OrderRequest;
import io.bitget4j.testkit.FakeBitget;
import java.math.BigDecimal;
import java.util.List;

/**
 * The README's REST quick start, run on the embedded fake exchange. Against Bitget, build the
 * client with {@code BitgetRestClient.builder().credentials(Credentials.fromEnv())} instead.
 */
public final class RestQuickStart {
  private RestQuickStart() {
  }

  /**
   * Runs the quick start on a fake exchange started for it.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    try (FakeBitget fake = ExampleFakes.builder().start()) {
      quickStart(BitgetRestClient.builder().baseUrl(fake.restUrl()).credentials(fake.credentials()));
    }
  }

  static void quickStart(BitgetRestClient.Builder builder) {
    try (BitgetRestClient client = builder.build()) {
      Ticker btc = client.market().ticker(Symbol.parse("BTCUSDT_UMCBL"));
      List<Position> positions = client.positions().all(ProductType.UMCBL);
      OrderAck ack = client.orders().place(OrderRequest.limit(
          Symbol.BTCUSDT_UMCBL, Side.BUY, new BigDecimal("0.01"), new BigDecimal("26000")));
      System.out.println("BTC " + btc.lastPrice() + ", " + positions.size() + " positions, order " + ack.orderId());
    }
  }
}
