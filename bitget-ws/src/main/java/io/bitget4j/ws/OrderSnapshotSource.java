package io.bitget4j.ws;

import io.bitget4j.core.ProductType;
import io.bitget4j.core.model.Order;
import java.util.List;

/**
 * Supplies the open orders of a product type, to seed an {@link OpenOrdersTracker}: neither API
 * version's orders channel sends the open orders when subscribed (a unified account's sends
 * nothing until an order changes). Wire it to the REST client, for example
 * {@code type -> rest.orders().pending(OrderQuery.of(type)).orders()} (Bitget's
 * {@code orders-pending}, or {@code unfilled-orders} on a unified account), without this module
 * depending on bitget-rest. It should return every open order: one missing from the answer counts
 * as closed.
 */
@FunctionalInterface
public interface OrderSnapshotSource {

  /**
   * Returns the open orders of {@code productType}; may block for a network call.
   *
   * @param productType the product line the tracker follows
   * @return every open order of it; empty when none is open
   */
  List<Order> openOrders(ProductType productType);
}
