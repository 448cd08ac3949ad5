package io.bitget4j.ws;

import io.bitget4j.core.ProductType;
import io.bitget4j.core.model.Position;
import java.util.List;

/**
 * Supplies the current positions of a product type, to seed a {@link PositionTracker} before the
 * first push. Wire it to the REST client, for example
 * {@code type -> rest.positions().all(type)}, without this module depending on bitget-rest.
 */
@FunctionalInterface
public interface PositionSnapshotSource {

  /**
   * Returns the open positions of {@code productType}; may block for a network call.
   *
   * @param productType the product line the tracker follows
   * @return every open position of it; empty when none is open
   */
  List<Position> positions(ProductType productType);
}
