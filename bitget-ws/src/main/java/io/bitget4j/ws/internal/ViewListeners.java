package io.bitget4j.ws.internal;

import io.bitget4j.core.BitgetException;
import io.bitget4j.ws.Delivery;
import io.bitget4j.ws.StreamListener;
import io.bitget4j.ws.Subscription;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The listeners of a view that keeps state built from a channel (a position or open-orders
 * tracker): each gets the view's whole value after every change, those that join later get the
 * current value at once, and the view's end (closed, or its channel failed) ends them all; a
 * listener that joins a failed view gets the error at once.
 *
 * <p>Not thread-safe: the view calls every method while holding its own lock, so that a value is
 * handed out in the order the view's state changed. Handing out never blocks.
 *
 * @param <V> the view's value
 */
public final class ViewListeners<V> {
  private final StreamEngine engine;
  private final String description;
  private final Set<ListenerHandle<V>> listeners = ConcurrentHashMap.newKeySet();
  private BitgetException failure;
  private boolean closed;

  /**
   * Creates the listeners of a view.
   *
   * @param description what the view's subscriptions receive, such as {@code positions tracker UMCBL}
   */
  public ViewListeners(StreamEngine engine, String description) {
    this.engine = engine;
    this.description = description;
  }

  /**
   * Adds a listener; it gets {@code current} at once when present. Its {@link Subscription#ready()}
   * follows {@code ready}, such as the view's channel's.
   *
   * @throws IllegalStateException when the view or the client is closed
   */
  public Subscription subscribe(StreamListener<? super V> listener, Delivery delivery, CompletionStage<?> ready,
      Optional<V> current) {
    if (closed) {
      throw new IllegalStateException("the " + description + " is closed");
    }
    ListenerHandle<V> handle = engine.localHandle(description, listener, delivery, listeners::remove);
    if (failure != null) {
      handle.fail(failure);
      return handle;
    }
    handle.readyWhen(ready);
    listeners.add(handle);
    current.ifPresent(handle::publish);
    return handle;
  }

  /** Hands {@code value} to every listener. */
  public void publish(V value) {
    for (ListenerHandle<V> listener : listeners) {
      listener.publish(value);
    }
  }

  /** Ends every listener with the channel's error, once; later listeners get it at once. */
  public void fail(BitgetException error) {
    if (closed || failure != null) {
      return;
    }
    failure = error;
    for (ListenerHandle<V> listener : listeners) {
      listener.fail(error);
    }
    listeners.clear();
  }

  /** The error that stopped the view; empty while it runs. */
  public Optional<BitgetException> failure() {
    return Optional.ofNullable(failure);
  }

  /** Whether the view takes no more changes: it is closed, its channel failed, or the client closed. */
  public boolean isStopped() {
    return closed || failure != null || engine.isClosed();
  }

  /** Marks the view closed; {@link #terminate()} then ends the listeners. */
  public void markClosed() {
    closed = true;
  }

  /** Ends every listener quietly; safe to call without the view's lock. */
  public void terminate() {
    for (ListenerHandle<V> listener : listeners) {
      listener.terminate();
    }
    listeners.clear();
  }
}
