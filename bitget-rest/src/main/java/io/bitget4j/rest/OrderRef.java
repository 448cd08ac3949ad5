package io.bitget4j.rest;

import io.bitget4j.rest.internal.Checks;
import io.bitget4j.rest.internal.ClientOids;
import java.util.Objects;
import java.util.Optional;

/**
 * Names an existing order, by the exchange's order id or by the client order id it was placed
 * with: {@code OrderRef.orderId("1234567890")}, {@code OrderRef.clientOid("my-order-1")}.
 */
public final class OrderRef {
  private final String orderId;
  private final String clientOid;

  private OrderRef(String orderId, String clientOid) {
    this.orderId = orderId;
    this.clientOid = clientOid;
  }

  /** The order with this exchange order id. */
  public static OrderRef orderId(String orderId) {
    return new OrderRef(Checks.text("orderId", orderId), null);
  }

  /** The order placed with this client order id. */
  public static OrderRef clientOid(String clientOid) {
    return new OrderRef(null, ClientOids.check("clientOid", clientOid));
  }

  /** The exchange order id, when the order is named by it. */
  public Optional<String> orderId() {
    return Optional.ofNullable(orderId);
  }

  /** The client order id, when the order is named by it. */
  public Optional<String> clientOid() {
    return Optional.ofNullable(clientOid);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof OrderRef && Objects.equals(((OrderRef) other).orderId, orderId)
        && Objects.equals(((OrderRef) other).clientOid, clientOid);
  }

  @Override
  public int hashCode() {
    return Objects.hash(orderId, clientOid);
  }

  @Override
  public String toString() {
    return orderId != null ? "orderId=" + orderId : "clientOid=" + clientOid;
  }
}
