package io.bitget4j.ws;

/**
 * The state of a stream connection, and, aggregated, of a {@link BitgetStreamClient}.
 *
 * <p>A connection goes {@code CONNECTING → CONNECTED} (public channels are ready), then for
 * private channels {@code → AUTHENTICATED} once the login is acknowledged. When the socket is lost
 * it goes {@code → RECONNECTING} until it is connected again. A connection left without channels
 * for the {@linkplain BitgetStreamClient.Builder#idleTimeout idle timeout} goes back to
 * {@code IDLE} and opens again with the next subscription. {@code CLOSED} is terminal: the user
 * closed the client, the connection gave up (login refused, reconnect attempts exhausted), in
 * which case the {@link StateChange} carries the error, or it handed its channels to a new
 * connection before Bitget's forced close ({@linkplain BitgetStreamClient.Builder#maxConnectionAge
 * maximum age}), in which case the new connection's own changes come first.
 *
 * <p>The client's aggregate {@linkplain BitgetStreamClient#state() state} is the least ready state
 * of its open connections, and {@link #IDLE} while none is open.
 */
public enum ConnectionState {
  /**
   * No socket is open because nothing is subscribed yet, or nothing was for the idle timeout; the
   * next subscription opens one.
   */
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
