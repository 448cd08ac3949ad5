package io.bitget4j.testkit.internal;

import java.math.BigDecimal;

/**
 * A new order as the matching engine understands it, whichever API version it arrived through:
 * {@code side} is the direction of the trade ({@code buy} or {@code sell}); in hedge mode
 * {@code posSide} names the position it opens or closes ({@code long}/{@code short}: a buy on
 * the short side closes the short), in one-way mode it is null and {@code reduceOnly} marks a
 * closing order. {@code marginMode} is null when the order takes the symbol's margin mode (V3)
 * rather than naming one (V2), and {@code price} is null for a market order.
 */
record OrderIntent(
    Market market,
    String marginMode,
    BigDecimal size,
    BigDecimal price,
    String side,
    String posSide,
    boolean reduceOnly,
    String orderType,
    String force,
    String clientOid,
    Presets presets) {

  boolean isBuy() {
    return side.equals("buy");
  }

  /** In hedge mode, whether the order closes its position side: a sell on the long side, a buy on the short. */
  boolean closesHedgeSide() {
    return posSide != null && isBuy() == posSide.equals("short");
  }
}
