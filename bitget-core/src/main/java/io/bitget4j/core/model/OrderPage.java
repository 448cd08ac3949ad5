package io.bitget4j.core.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of REST {@code orders-pending} or {@code orders-history} ({@code entrustedList}), or V3
 * {@code unfilled-orders} or {@code history-orders} ({@code list}).
 *
 * @param orders the orders of this page, newest first
 * @param endId the cursor for the next page (V2 {@code endId}, passed back as {@code idLessThan}; V3
 *     {@code cursor}, passed back as {@code cursor}), when Bitget sends one
 */
public record OrderPage(List<Order> orders, Optional<String> endId) {
  /**
   * Validates that no component is null and copies the list.
   *
   * @param orders the orders of this page, newest first
   * @param endId the cursor for the next page ({@code idLessThan}), when Bitget sends one
   */
  public OrderPage {
    orders = List.copyOf(Objects.requireNonNull(orders, "orders == null"));
    Objects.requireNonNull(endId, "endId == null");
  }
}
