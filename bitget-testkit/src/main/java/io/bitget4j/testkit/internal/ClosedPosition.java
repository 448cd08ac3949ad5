package io.bitget4j.testkit.internal;

import java.math.BigDecimal;

/**
 * A position that was closed to zero by trading (not removed by a test control), as position
 * history reports it. Fees are negative, Bitget's sign.
 */
record ClosedPosition(
    String posId,
    Market market,
    String holdSide,
    String posMode,
    String marginMode,
    BigDecimal openPriceAvg,
    BigDecimal closePriceAvg,
    BigDecimal openTotal,
    BigDecimal closeTotal,
    BigDecimal realisedPnl,
    BigDecimal openFee,
    BigDecimal closeFee,
    long cTime,
    long uTime) {

  /** Realised PnL net of fees (funding is not simulated). */
  BigDecimal netProfit() {
    return realisedPnl.add(openFee).add(closeFee);
  }
}
