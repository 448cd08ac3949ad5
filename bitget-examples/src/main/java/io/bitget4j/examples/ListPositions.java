package io.bitget4j.examples;

import io.bitget4j.core.ProductType;
import io.bitget4j.core.Symbol;
import io.bitget4j.core.model.Position;
import io.bitget4j.rest.BitgetRestClient;
import io.bitget4j.testkit.FakeBitget;
import java.math.BigDecimal;

/**
 * Lists the USDT-M positions of the account, on a fake exchange that starts with one long (a unified
 * account with {@code -Dbitget4j.accountMode=unified}).
 */
public final class ListPositions {
  private ListPositions() {
  }

  /**
   * Lists the positions on a fake exchange started for it.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    try (FakeBitget fake = ExampleFakes.builder()
            .initialPosition(Symbol.BTCUSDT_UMCBL, new BigDecimal("0.1"), new BigDecimal("26900"), 10)
            .start();
        BitgetRestClient client = BitgetRestClient.builder()
            .baseUrl(fake.restUrl()).credentials(fake.credentials()).build()) {
      for (Position p : client.positions().all(ProductType.UMCBL)) {
        System.out.println(p.symbol() + " " + p.holdSide() + " " + p.size() + " @ " + p.entryPrice()
            + " " + p.leverage() + "x " + p.marginMode() + " uPnL " + p.unrealizedPnl()
            + " liq " + p.liquidationPrice().map(BigDecimal::toPlainString).orElse("-"));
      }
      System.out.println("(a " + client.accountMode() + " account)"); // detected by the first private call
    }
  }
}
