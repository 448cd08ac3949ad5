package io.bitget4j.rest.internal;

import io.bitget4j.core.BitgetApiException;
import io.bitget4j.core.model.BatchOrderFailure;
import io.bitget4j.core.model.ConditionalOrder;
import io.bitget4j.core.model.ConditionalOrderPage;
import io.bitget4j.core.model.OrderAck;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A pending conditional order as a wire listed it, with the type its version needs to change or
 * cancel it: V2's plan type ({@code normal_plan}, {@code track_plan}, {@code profit_plan},
 * {@code loss_plan}, {@code pos_profit}, {@code pos_loss}, {@code moving_plan}), V3's strategy type
 * ({@code tpsl}, {@code trigger}).
 *
 * @param order the order
 * @param wireType its version's type
 */
public record PendingConditional(ConditionalOrder order, String wireType) {
  /** Newest first: Bitget's ids grow with time; a longer decimal id is a larger one. */
  public static final Comparator<ConditionalOrder> NEWEST_FIRST = Comparator
      .comparing((ConditionalOrder o) -> o.orderId().length())
      .thenComparing(ConditionalOrder::orderId)
      .reversed();

  /** Validates that no component is null. */
  public PendingConditional {
    Objects.requireNonNull(order, "order == null");
    Objects.requireNonNull(wireType, "wireType == null");
  }

  /** The orders of {@code pending}, in their order. */
  public static List<ConditionalOrder> orders(List<PendingConditional> pending) {
    return pending.stream().map(PendingConditional::order).toList();
  }

  /**
   * The order carrying {@code clientOid} in the first of {@code lists} (their pages are fetched in
   * order, and no further once it is found), for reconciliation after a lost answer.
   */
  public static Optional<OrderAck> findByClientOid(RestExecutor executor, String clientOid,
      List<RestCall<ConditionalOrderPage>> lists) {
    for (RestCall<ConditionalOrderPage> list : lists) {
      for (ConditionalOrder o : executor.execute(list).orders()) {
        if (o.clientOid().filter(clientOid::equals).isPresent()) {
          return Optional.of(new OrderAck(o.orderId(), o.clientOid()));
        }
      }
    }
    return Optional.empty();
  }

  /** The failure of cancelling {@code order}, which the exchange refused with {@code refusal}. */
  public static BatchOrderFailure refused(ConditionalOrder order, BitgetApiException refusal) {
    return new BatchOrderFailure(Optional.of(order.orderId()), order.clientOid(), Optional.of(refusal.code()),
        refusal.exchangeMessage());
  }
}
