package io.bitget4j.testkit;

import io.bitget4j.core.model.ConditionalOrderStatus;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One state change of a conditional order in {@link FakeBitget}, as the engine recorded it: the
 * order right after the change, whose status says what happened ({@code LIVE} when placed or
 * modified, {@code TRIGGERED}, {@code FILLED}, {@code CANCELLED}, {@code FAILED}).
 *
 * @param order the order right after the change
 * @param reason why it was cancelled ({@code user cancel}, {@code position closed}) or failed
 * @param timestamp when it changed, on the fake's clock
 */
public record FakeConditionalOrderEvent(FakeConditionalOrder order, Optional<String> reason, Instant timestamp) {
  /**
   * Validates that no component is null.
   *
   * @param order the order right after the change
   * @param reason why it was cancelled or failed
   * @param timestamp when it changed
   */
  public FakeConditionalOrderEvent {
    Objects.requireNonNull(order, "order == null");
    Objects.requireNonNull(reason, "reason == null");
    Objects.requireNonNull(timestamp, "timestamp == null");
  }

  /** {@return what happened: the order's status after the change} */
  public ConditionalOrderStatus status() {
    return order.status();
  }
}
