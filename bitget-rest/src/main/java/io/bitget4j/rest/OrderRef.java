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

  /**
   * The order with this exchange order id.
   *
   * @param orderId the id Bitget gave the order, as in {@code OrderAck.orderId()}; not blank
   * @return the reference
   * @throws io.bitget4j.core.InvalidRequestException when {@code orderId} is blank
   */
  public static OrderRef orderId(String orderId) {
    return new OrderRef(Checks.text("orderId", orderId), null);
  }

  /**
   * The order placed with this client order id.
   *
   * @param clientOid the id the order was placed with, as in {@code OrderRequest.clientOid()}
   * @return the reference
   * @throws io.bitget4j.core.InvalidRequestException when {@code clientOid} is empty, longer than
   *     50 characters or holds a character Bitget refuses
   */
  public static OrderRef clientOid(String clientOid) {
    return new OrderRef(null, ClientOids.check("clientOid", clientOid));
  }

  /** {@return the exchange order id; empty when the order is named by its client order id} */
  public Optional<String> orderId() {
    return Optional.ofNullable(orderId);
  }

  /** {@return the client order id; empty when the order is named by its exchange order id} */
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
