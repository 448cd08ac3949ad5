package io.bitget4j.ws;

/**
 * Told about every state change of every connection of a {@link BitgetStreamClient}.
 *
 * <p>Called on the client's listener executor, one change at a time and in order, never on the
 * socket's reader thread. It must be fast and must not throw (a throw is logged and skipped).
 * Nothing follows the change to {@link ConnectionState#CLOSED} of the last connection after the
 * client is closed.
 */
@FunctionalInterface
public interface StateListener {

  /**
   * Receives one state change.
   *
   * @param change the connection, its old and new state, when, and the error if one caused it
   */
  void onStateChange(StateChange change);
}
