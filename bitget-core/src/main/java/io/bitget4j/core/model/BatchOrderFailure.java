package io.bitget4j.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One order of a batch request that Bitget refused.
 *
 * @param orderId the refused order's id, when Bitget sends one
 * @param clientOid the refused order's client id, when Bitget sends one
 * @param errorCode wire {@code errorCode}, when sent
 * @param errorMessage wire {@code errorMsg}
 */
public record BatchOrderFailure(
    Optional<String> orderId, Optional<String> clientOid, Optional<String> errorCode, String errorMessage) {
  /**
   * Validates that no component is null.
   *
   * @param orderId the refused order's id, when Bitget sends one
   * @param clientOid the refused order's client id, when Bitget sends one
   * @param errorCode wire {@code errorCode}, when sent
   * @param errorMessage wire {@code errorMsg}
   */
  public BatchOrderFailure {
    Objects.requireNonNull(orderId, "orderId == null");
    Objects.requireNonNull(clientOid, "clientOid == null");
    Objects.requireNonNull(errorCode, "errorCode == null");
    Objects.requireNonNull(errorMessage, "errorMessage == null");
  }
}
