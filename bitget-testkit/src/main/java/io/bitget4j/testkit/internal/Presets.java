package io.bitget4j.testkit.internal;

/**
 * The take-profit and stop-loss preset on an order, kept as the text received ({@code ""} when
 * absent). The fake stores and reports them; it does not trigger them.
 */
record Presets(
    String takeProfit,
    String stopLoss,
    String tpTriggerBy,
    String slTriggerBy,
    String tpOrderType,
    String slOrderType,
    String tpLimitPrice,
    String slLimitPrice) {

  static final Presets NONE = new Presets("", "", "", "", "", "", "", "");

  /** Only a take-profit and a stop-loss price, as V2 sends them. */
  static Presets prices(String takeProfit, String stopLoss) {
    return new Presets(takeProfit, stopLoss, "", "", "", "", "", "");
  }

  /** These presets with every non-empty field of {@code changes} on top. */
  Presets with(Presets changes) {
    return new Presets(pick(changes.takeProfit, takeProfit), pick(changes.stopLoss, stopLoss),
        pick(changes.tpTriggerBy, tpTriggerBy), pick(changes.slTriggerBy, slTriggerBy),
        pick(changes.tpOrderType, tpOrderType), pick(changes.slOrderType, slOrderType),
        pick(changes.tpLimitPrice, tpLimitPrice), pick(changes.slLimitPrice, slLimitPrice));
  }

  boolean isEmpty() {
    return equals(NONE);
  }

  private static String pick(String change, String current) {
    return change.isEmpty() ? current : change;
  }
}
