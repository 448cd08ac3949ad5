package io.bitget4j.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One order of a batch request that Bitget refused, inside an answer whose envelope succeeded:
 * V2 {@code failureList}, V3 items with their own {@code code}/{@code msg} (place-batch,
 * cancel-batch, cancel-symbol-order, close-positions).
 * {@link io.bitget4j.core.BitgetApiException#ofBatchItem} turns the code into the typed exception a
 * single request gets.
 *
 * @param orderId the order's id, when sent
 * @param clientOid the order's client id, when sent
 * @param errorCode wire {@code errorCode} (V3 {@code code}), when sent
 * @param errorMessage wire {@code errorMsg} (V3 {@code msg})
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
