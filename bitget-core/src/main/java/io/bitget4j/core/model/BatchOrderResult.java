package io.bitget4j.core.model;

import java.util.List;
import java.util.Objects;

/**
 * The reply to a batch place or cancel: a batch succeeds per order, so check
 * {@link #failures()} even when the request as a whole succeeded.
 *
 * @param successes wire {@code successList}; V3 the items without an error code
 * @param failures wire {@code failureList}; V3 the items with an error code
 */
public record BatchOrderResult(List<OrderAck> successes, List<BatchOrderFailure> failures) {
  /**
   * Validates that no component is null and copies the lists.
   *
   * @param successes wire {@code successList}
   * @param failures wire {@code failureList}
   */
  public BatchOrderResult {
    successes = List.copyOf(Objects.requireNonNull(successes, "successes == null"));
    failures = List.copyOf(Objects.requireNonNull(failures, "failures == null"));
  }

  /** {@return whether every order of the batch was accepted} */
  public boolean allSucceeded() {
    return failures.isEmpty();
  }
}
