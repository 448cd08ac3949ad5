package io.bitget4j.rest.internal;

import io.bitget4j.core.model.ConditionalOrder;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A pending conditional order as a wire listed it, with the type its version needs to change or
 * cancel it: V2's plan type ({@code normal_plan}, {@code track_plan}, {@code profit_plan},
 * {@code loss_plan}, {@code pos_profit}, {@code pos_loss}, {@code moving_plan}), V3's strategy type
 * ({@code tpsl}, {@code trigger}).
 *
 * @param order the order
 * @param wireType its version's type
 */
public record PendingConditional(ConditionalOrder order, String wireType) {
  /** Newest first: Bitget's ids grow with time; a longer decimal id is a larger one. */
  public static final Comparator<ConditionalOrder> NEWEST_FIRST = Comparator
      .comparing((ConditionalOrder o) -> o.orderId().length())
      .thenComparing(ConditionalOrder::orderId)
      .reversed();

  /** Validates that no component is null. */
  public PendingConditional {
    Objects.requireNonNull(order, "order == null");
    Objects.requireNonNull(wireType, "wireType == null");
  }

  /** The orders of {@code pending}, in their order. */
  public static List<ConditionalOrder> orders(List<PendingConditional> pending) {
    return pending.stream().map(PendingConditional::order).toList();
  }
}
