package io.bitget4j.core.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One change of a conditional order, as a stream of conditional-order updates delivers it (a
 * classic account's V2 {@code orders-algo} channel, a unified account's V3 {@code strategy-order}
 * topic): the order as it is after the change, whose {@link ConditionalOrder#status()} says what
 * happened.
 *
 * <ul>
 *   <li>{@link ConditionalOrderStatus#LIVE}: placed, or modified, and waiting for its trigger;
 *   <li>{@link ConditionalOrderStatus#TRIGGERED}: the trigger price was reached and the order was
 *       placed ({@link ConditionalOrder#executedOrderId()});
 *   <li>{@link ConditionalOrderStatus#FILLED}: that order filled ({@link ConditionalOrder#averagePrice()},
 *       {@link ConditionalOrder#filledSize()});
 *   <li>{@link ConditionalOrderStatus#CANCELLED}: cancelled, by the user or because its position closed;
 *   <li>{@link ConditionalOrderStatus#FAILED}: triggered, but its order could not be placed.
 * </ul>
 *
 * @param order the order after the change
 * @param reason why it was cancelled or failed, when the exchange says
 * @param timestamp when the change happened
 */
public record ConditionalOrderUpdate(ConditionalOrder order, Optional<String> reason, Instant timestamp) {
  /**
   * Validates that no component is null.
   *
   * @param order the order after the change
   * @param reason why it was cancelled or failed, when the exchange says
   * @param timestamp when the change happened
   */
  public ConditionalOrderUpdate {
    Objects.requireNonNull(order, "order == null");
    Objects.requireNonNull(reason, "reason == null");
    Objects.requireNonNull(timestamp, "timestamp == null");
  }

  /** {@return what happened: the order's status after the change} */
  public ConditionalOrderStatus status() {
    return order.status();
  }
}
