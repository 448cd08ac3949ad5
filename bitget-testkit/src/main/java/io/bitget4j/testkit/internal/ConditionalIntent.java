package io.bitget4j.testkit.internal;

import java.math.BigDecimal;

/**
 * A new conditional order as the engine understands it, whichever API version it arrived through;
 * the fields are {@link Conditional}'s. {@code size} is null for a TP/SL of the whole position,
 * {@code marginMode} null for the symbol's, and the legs a kind does not use are null.
 */
record ConditionalIntent(
    Market market,
    Conditional.Kind kind,
    String posSide,
    String side,
    boolean closes,
    boolean hedge,
    Conditional.Leg takeProfit,
    Conditional.Leg stopLoss,
    Conditional.Leg trigger,
    BigDecimal size,
    BigDecimal callbackRatio,
    String marginMode,
    boolean tpslFamily,
    String clientOid,
    Presets presets) {

  /** A take-profit and/or stop-loss on the {@code posSide} position, closing it (reduce-only) when it fires. */
  static ConditionalIntent tpsl(Market market, String posSide, boolean hedge, Conditional.Leg takeProfit,
      Conditional.Leg stopLoss, BigDecimal size, String clientOid) {
    return new ConditionalIntent(market, Conditional.Kind.TPSL, posSide, posSide.equals("long") ? "sell" : "buy",
        true, hedge, takeProfit, stopLoss, null, size, null, null, false, clientOid, Presets.NONE);
  }
}
