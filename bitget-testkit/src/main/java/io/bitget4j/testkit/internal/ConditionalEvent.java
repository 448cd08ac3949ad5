package io.bitget4j.testkit.internal;

/**
 * A state change of a conditional order, as the engine records it for the conditional-order
 * streams (V2 {@code orders-algo}, V3 {@code strategy-order}) to render: the order as it was right
 * after the change, which {@link Conditional#status} says, and why it was cancelled or failed.
 *
 * <ul>
 *   <li>{@code LIVE}: placed, or modified, and waiting;
 *   <li>{@code TRIGGERED}: its trigger was reached; the order it placed is {@code executedOrderId}
 *       (a failed placement is reported as {@code FAILED} right after);
 *   <li>{@code FILLED}: that order filled, at {@code fillPrice} for {@code filledSize};
 *   <li>{@code CANCELLED}: by the user, because its position closed, or replaced by a newer
 *       position TP/SL ({@code reason});
 *   <li>{@code FAILED}: its order could not be placed ({@code reason}: the refusal's V2 message).
 * </ul>
 *
 * @param account the account whose order changed
 * @param order a snapshot of the order after the change
 * @param timestampMillis when it changed
 */
record ConditionalEvent(Account account, Conditional order, long timestampMillis) {
  /** What happened: the order's status after the change. */
  Conditional.Status status() {
    return order.status;
  }
}
