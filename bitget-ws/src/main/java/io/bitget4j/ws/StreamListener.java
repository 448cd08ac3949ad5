package io.bitget4j.ws;

import io.bitget4j.core.BitgetException;

/**
 * Receives the values of one stream subscription.
 *
 * <p>Threading: callbacks run on the client's listener executor (by default a pool of daemon
 * threads named {@code bitget4j-ws-listener-*}), never on the socket's reader thread. Calls to one
 * listener never overlap and arrive in order. A callback should be fast: while it runs, values
 * for this listener wait in a bounded queue whose overflow policy drops the oldest and keeps the
 * latest (see {@link Delivery}). A callback should not throw; if it does, whatever it throws
 * (a runtime exception, a checked exception thrown sneakily, an {@link Error} such as
 * {@link StackOverflowError}) is logged and the next value is delivered as usual. Only a
 * {@link VirtualMachineError} other than {@code StackOverflowError}, such as
 * {@link OutOfMemoryError}, propagates to the thread that runs the listener.
 *
 * <p>{@link #onError} is terminal: nothing is delivered after it, and the subscription is no
 * longer {@linkplain Subscription#isActive() active}. Nothing is delivered after
 * {@link Subscription#close()} returns, except a callback already running.
 *
 * @param <T> the type of the values
 */
@FunctionalInterface
public interface StreamListener<T> {

  /**
   * Receives the next value.
   *
   * @param value the next value, never null
   */
  void onUpdate(T value);

  /**
   * Receives the error that ended this subscription: the server refused the channel (an
   * {@link io.bitget4j.core.BitgetApiException} with Bitget's code), the login was refused (an
   * {@link io.bitget4j.core.AuthenticationException}, possibly a
   * {@link io.bitget4j.core.ClockSkewException}), or the client gave up reconnecting (a
   * {@link io.bitget4j.core.BitgetTransportException}). Transient failures that the client
   * recovers from by itself are not reported here; watch them with a {@link StateListener}.
   * Does nothing by default; the client logs the error either way.
   *
   * @param error why the subscription ended; nothing is delivered after it
   */
  default void onError(BitgetException error) {
  }
}
