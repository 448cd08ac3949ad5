package io.bitget4j.ws;

import io.bitget4j.core.BitgetException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One state transition of one stream connection, as told to a {@link StateListener}.
 *
 * @param connection the connection's name, such as {@code public-1} or {@code private-1}
 * @param previous the connection's state before
 * @param current the connection's state now
 * @param clientState the client's aggregate state after this change
 * @param error why the connection changed state when a failure caused it: a
 *     {@link io.bitget4j.core.BitgetTransportException} for a lost socket, an
 *     {@link io.bitget4j.core.AuthenticationException} (or {@link io.bitget4j.core.ClockSkewException})
 *     for a refused login
 * @param time when the change happened, by the client's clock
 */
public record StateChange(
    String connection,
    ConnectionState previous,
    ConnectionState current,
    ConnectionState clientState,
    Optional<BitgetException> error,
    Instant time) {

  /**
   * Validates that no component is null.
   *
   * @param connection the connection's name, such as {@code public-1} or {@code private-1}
   * @param previous the connection's state before
   * @param current the connection's state now
   * @param clientState the client's aggregate state after this change
   * @param error why the connection changed state when a failure caused it: a
   *     {@link io.bitget4j.core.BitgetTransportException} for a lost socket, an
   *     {@link io.bitget4j.core.AuthenticationException} (or {@link io.bitget4j.core.ClockSkewException})
   *     for a refused login
   * @param time when the change happened, by the client's clock
   */
  public StateChange {
    Objects.requireNonNull(connection, "connection == null");
    Objects.requireNonNull(previous, "previous == null");
    Objects.requireNonNull(current, "current == null");
    Objects.requireNonNull(clientState, "clientState == null");
    Objects.requireNonNull(error, "error == null");
    Objects.requireNonNull(time, "time == null");
  }
}
