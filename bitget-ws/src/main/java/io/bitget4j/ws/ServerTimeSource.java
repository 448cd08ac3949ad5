package io.bitget4j.ws;

import java.time.Instant;

/**
 * Tells Bitget's server time, so that the stream client can measure its clock offset when a login
 * is refused for clock skew (codes 30013/30014). Wire it to the REST client's server time, for
 * example {@code () -> rest.market().serverTime()}, without this module depending on bitget-rest.
 *
 * <p>Called on a listener-executor thread, never on a socket thread; it may block for a network
 * call. A throw counts as "could not measure".
 */
@FunctionalInterface
public interface ServerTimeSource {

  /**
   * Returns the server's current time.
   *
   * @return Bitget's clock now, to the millisecond
   */
  Instant serverTime();
}
