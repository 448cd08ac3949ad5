package io.bitget4j.ws;

import io.bitget4j.core.ProductType;
import io.bitget4j.core.model.ConditionalOrder;
import java.util.List;

/**
 * Supplies the live conditional orders of a product type, to seed a {@link PositionTracker}'s
 * take-profits and stop-losses: neither API version's conditional-order channel sends the live
 * orders when subscribed. Wire it to the REST client, for example
 * {@code type -> rest.conditionalOrders().pending(type)} (Bitget's {@code orders-plan-pending}, or
 * {@code unfilled-strategy-orders} on a unified account), without this module depending on
 * bitget-rest. It should return every live conditional order: one missing from the answer counts as
 * no longer live.
 */
@FunctionalInterface
public interface ConditionalOrderSnapshotSource {

  /**
   * Returns the live conditional orders of {@code productType}; may block for a network call.
   *
   * @param productType the product line the tracker follows
   * @return every live conditional order of it (of any kind; the tracker keeps its TP/SL orders)
   */
  List<ConditionalOrder> pendingConditionalOrders(ProductType productType);
}
