package io.bitget4j.ws;

/**
 * A handle on one listener's subscription to one stream channel.
 *
 * <p>Several listeners on the same channel share one server subscription: closing a handle stops
 * delivery to its listener at once, and the client sends {@code unsubscribe} when the last
 * listener of the channel is gone. Thread-safe.
 */
public interface Subscription extends AutoCloseable {

  /**
   * Stops delivery to this listener and, if it was the channel's last one, unsubscribes the
   * channel on the server. Idempotent; never throws.
   */
  @Override
  void close();

  /**
   * True until {@link #close()} is called, the subscription fails, the client is closed, or
   * nothing can reach the listener any more (its listener executor refuses work). A listener that
   * throws stays active: see {@link StreamListener}.
   */
  boolean isActive();

  /** What this subscription receives, such as {@code ticker BTCUSDT_UMCBL}. */
  String description();
}
