package io.bitget4j.core.model;

/**
 * What a conditional order does when its trigger price is reached.
 *
 * <p>On the wire, a classic account (V2) names them by plan type: {@code profit_plan} and
 * {@code pos_profit} (take-profit for part of a position or the whole of it), {@code loss_plan}
 * and {@code pos_loss} (stop-loss), {@code normal_plan} (trigger order), {@code track_plan} and
 * {@code moving_plan} (trailing stop). A unified account's (V3) strategy orders are of type
 * {@code tpsl}, carrying a {@code takeProfit} and/or a {@code stopLoss} leg, or {@code trigger}.
 */
public enum ConditionalOrderKind {
  /** Closes (part of) a position when the price moves in its favour to the trigger price. */
  TAKE_PROFIT,
  /** Closes (part of) a position when the price moves against it to the trigger price. */
  STOP_LOSS,
  /**
   * A unified account's TP/SL order carrying both legs: whichever is reached first closes the
   * position and ends the other. Read from the exchange; the request family places one leg per order.
   */
  TAKE_PROFIT_AND_STOP_LOSS,
  /** A plan order: places a limit or market order (opening or closing) when the price crosses the trigger. */
  TRIGGER,
  /**
   * Once the price reaches the activation price, follows the best price since and closes at market
   * when the price pulls back by the callback ratio. Classic accounts only.
   */
  TRAILING_STOP,
  /** A kind this library does not recognise. */
  UNKNOWN;

  /** {@return whether the order closes a position it protects: a take-profit, stop-loss or trailing stop} */
  public boolean protectsPosition() {
    return this == TAKE_PROFIT || this == STOP_LOSS || this == TAKE_PROFIT_AND_STOP_LOSS || this == TRAILING_STOP;
  }
}
