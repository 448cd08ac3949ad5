package io.bitget4j.core.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of conditional orders, newest first.
 *
 * @param orders the orders of this page, newest first
 * @param endId the cursor for the next page (pass it back with {@code OrderQuery.Builder.cursor}),
 *     when there may be one
 */
public record ConditionalOrderPage(List<ConditionalOrder> orders, Optional<String> endId) {
  /**
   * Validates that no component is null and copies the list.
   *
   * @param orders the orders of this page, newest first
   * @param endId the cursor for the next page, when there may be one
   */
  public ConditionalOrderPage {
    orders = List.copyOf(Objects.requireNonNull(orders, "orders == null"));
    Objects.requireNonNull(endId, "endId == null");
  }
}
