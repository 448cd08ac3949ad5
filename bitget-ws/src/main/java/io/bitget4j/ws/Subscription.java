package io.bitget4j.ws;

import java.util.concurrent.CompletableFuture;

/**
 * A handle on one listener's subscription to one stream channel.
 *
 * <p>Several listeners on the same channel share one server subscription: closing a handle stops
 * delivery to its listener at once, and the client sends {@code unsubscribe} when the last
 * listener of the channel is gone. Thread-safe.
 *
 * <pre>{@code
 * Subscription ticks = client.ticker(Symbol.BTCUSDT_UMCBL, ticker -> show(ticker));
 * ticks.ready().get(10, TimeUnit.SECONDS); // the channel is live on the server
 * }</pre>
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
   *
   * @return true while values can still reach the listener
   */
  boolean isActive();

  /**
   * Completes when Bitget has acknowledged the channel, so that no sleep is needed before relying
   * on it:
   * <ul>
   *   <li>at once (on the listener executor) if the channel was already acknowledged when this
   *       listener joined it;
   *   <li>otherwise on the first acknowledgement after this listener joined: the first subscribe,
   *       or the resubscribe after a reconnect (a channel whose connection was lost waits for
   *       it); it stays complete afterwards, whatever happens to the connection (watch that with
   *       a {@link StateListener});
   *   <li>exceptionally with the error that ended the subscription before that: Bitget refused the
   *       channel (a {@link io.bitget4j.core.BitgetApiException} with Bitget's code) or the login,
   *       or the client gave up reconnecting (a {@link io.bitget4j.core.BitgetTransportException});
   *       a refusal Bitget marks as temporary is retried and does not fail it;
   *   <li>cancelled when the subscription is closed, or the client is, before that.
   * </ul>
   * It never waits forever once the subscription has ended. Dependent actions run on the listener
   * executor (or the closing thread, when cancelled), never on a socket thread. Subscriptions
   * without a server channel of their own (state listeners) are ready at once; those of a view
   * ({@link PositionTracker}) follow the view's channels. The same future is returned on every
   * call; completing it yourself changes only what you see of it.
   *
   * @return the same future on every call; it completes with {@code null}
   */
  CompletableFuture<Void> ready();

  /**
   * What this subscription receives, such as {@code ticker BTCUSDT_UMCBL}.
   *
   * @return a short label for logs; not for parsing
   */
  String description();
}
