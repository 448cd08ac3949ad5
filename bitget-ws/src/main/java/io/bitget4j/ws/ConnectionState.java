package io.bitget4j.ws;

/**
 * The state of a stream connection, and, aggregated, of a {@link BitgetStreamClient}.
 *
 * <p>A connection goes {@code CONNECTING → CONNECTED} (public channels are ready), then for
 * private channels {@code → AUTHENTICATED} once the login is acknowledged. When the socket is lost
 * it goes {@code → RECONNECTING} until it is connected again. {@code CLOSED} is terminal: the user
 * closed the client, or the connection gave up (login refused, reconnect attempts exhausted), in
 * which case the {@link StateChange} carries the error.
 *
 * <p>The client's aggregate {@linkplain BitgetStreamClient#state() state} is the least ready state
 * of its open connections, and {@link #IDLE} while none is open.
 */
public enum ConnectionState {
  /** No connection is open because nothing is subscribed yet; the first subscription opens one. */
  IDLE,
  /** The first connection attempt is under way. */
  CONNECTING,
  /** The socket is open; public channels are subscribed. A private connection logs in now. */
  CONNECTED,
  /** The private connection's login was acknowledged; private channels are subscribed. */
  AUTHENTICATED,
  /** The socket was lost; the client waits out its backoff and connects again. */
  RECONNECTING,
  /** Terminal: closed by the user or given up. Nothing follows. */
  CLOSED
}
