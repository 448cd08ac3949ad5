package io.bitget4j.core.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of REST {@code order/fills} ({@code fillList}), or V3 {@code trade/fills} ({@code list}).
 *
 * @param fills the fills of this page, newest first
 * @param endId the cursor for the next page (V2 {@code endId}, passed back as {@code idLessThan}; V3
 *     {@code cursor}, passed back as {@code cursor}), when Bitget sends one
 */
public record FillPage(List<Fill> fills, Optional<String> endId) {
  /**
   * Validates that no component is null and copies the list.
   *
   * @param fills the fills of this page, newest first
   * @param endId the cursor for the next page ({@code idLessThan}), when Bitget sends one
   */
  public FillPage {
    fills = List.copyOf(Objects.requireNonNull(fills, "fills == null"));
    Objects.requireNonNull(endId, "endId == null");
  }
}
