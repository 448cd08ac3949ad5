package io.bitget4j.core.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of the position history (REST {@code position/history-position}).
 *
 * @param positions the closed positions of this page, newest first
 * @param endId the cursor for the next page (V2 {@code endId}, V3 {@code cursor}), when Bitget sends one
 */
public record ClosedPositionPage(List<ClosedPosition> positions, Optional<String> endId) {
  /**
   * Validates that no component is null and copies the list.
   *
   * @param positions the closed positions of this page, newest first
   * @param endId the cursor for the next page (V2 {@code endId}, V3 {@code cursor}), when Bitget sends one
   */
  public ClosedPositionPage {
    positions = List.copyOf(Objects.requireNonNull(positions, "positions == null"));
    Objects.requireNonNull(endId, "endId == null");
  }
}
