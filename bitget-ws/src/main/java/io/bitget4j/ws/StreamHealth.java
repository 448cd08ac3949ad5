package io.bitget4j.ws;

import io.bitget4j.core.BitgetException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Health figures of a {@link BitgetStreamClient}, for a status line or a monitoring probe.
 *
 * @param state the client's aggregate state
 * @param sinceLastMessage time since the most recent frame on any open connection (pushes, acks
 *     and {@code pong} all count); empty before the first frame
 * @param reconnectCount how many times a connection came back since the client was built: it had
 *     been ready (open, and logged in for a private connection), was lost, and became ready again;
 *     failed attempts in between do not count
 * @param lastError the most recent failure of any connection: a lost socket, a refused login or
 *     subscription, or a connection giving up for good; empty if there was none
 * @param connections open connections (public and private)
 * @param channels channels with at least one listener; each is one server subscription, except
 *     that on a unified account the private channels of several product types share one
 * @param droppedValues values dropped because a listener's queue overflowed
 * @param subscribeRequestsLastHour the most subscribe requests any open connection sent in the last
 *     hour, resubscribes after reconnects included: Bitget allows 240 per connection per hour, and
 *     the client opens another connection, or waits, rather than send more
 */
public record StreamHealth(
    ConnectionState state,
    Optional<Duration> sinceLastMessage,
    long reconnectCount,
    Optional<BitgetException> lastError,
    int connections,
    int channels,
    long droppedValues,
    int subscribeRequestsLastHour) {

  /**
   * Validates that no component is null.
   *
   * @param state the client's aggregate state
   * @param sinceLastMessage time since the most recent frame on any open connection (pushes, acks
   *     and {@code pong} all count); empty before the first frame
   * @param reconnectCount how many times a connection came back since the client was built: it had
   *     been ready (open, and logged in for a private connection), was lost, and became ready again;
   *     failed attempts in between do not count
   * @param lastError the most recent failure of any connection: a lost socket, a refused login or
   *     subscription, or a connection giving up for good; empty if there was none
   * @param connections open connections (public and private)
   * @param channels channels with at least one listener; each is one server subscription, except
   *     that on a unified account the private channels of several product types share one
   * @param droppedValues values dropped because a listener's queue overflowed
   * @param subscribeRequestsLastHour the most subscribe requests any open connection sent in the last
   *     hour, resubscribes after reconnects included: Bitget allows 240 per connection per hour, and
   *     the client opens another connection, or waits, rather than send more
   */
  public StreamHealth {
    Objects.requireNonNull(state, "state == null");
    Objects.requireNonNull(sinceLastMessage, "sinceLastMessage == null");
    Objects.requireNonNull(lastError, "lastError == null");
  }
}
