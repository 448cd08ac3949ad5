package io.bitget4j.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Bitget's acknowledgement of a placed, modified or cancelled order: its ids only. Query the
 * order for its state.
 *
 * @param orderId Bitget's id of the order
 * @param clientOid empty when Bitget sends {@code ""} or none
 */
public record OrderAck(String orderId, Optional<String> clientOid) {
  /**
   * Validates that no component is null.
   *
   * @param orderId Bitget's id of the order
   * @param clientOid empty when Bitget sends {@code ""} or none
   */
  public OrderAck {
    Objects.requireNonNull(orderId, "orderId == null");
    Objects.requireNonNull(clientOid, "clientOid == null");
  }
}
