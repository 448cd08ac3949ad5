package io.bitget4j.ws.internal;

import io.bitget4j.core.BitgetException;
import io.bitget4j.core.internal.json.JsonDecoder;
import io.bitget4j.core.internal.json.StreamFrame;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One server subscription and the listeners that share it. Pushes are handled on the socket's
 * reader thread; listeners are added and removed on the control thread.
 *
 * @param <T> the type of the values delivered
 */
final class Channel<T> {
  final ChannelArg arg;
  final PushHandler<T> handler;
  /** The handler's decoder, as the frame reader's router returns it. */
  final Optional<JsonDecoder<?>> decoder;
  final WsConnection connection;
  private final boolean replayLast;
  /** Resubscriptions asked for since the channel last delivered; spaces out repeated ones. */
  final AtomicInteger resyncsInARow = new AtomicInteger();
  private final CopyOnWriteArrayList<ListenerHandle<T>> listeners = new CopyOnWriteArrayList<>();
  private T last; // guarded by this

  Channel(ChannelArg arg, PushHandler<T> handler, boolean replayLast, WsConnection connection) {
    this.arg = arg;
    this.handler = handler;
    this.decoder = Optional.of(handler.decoder());
    this.replayLast = replayLast;
    this.connection = connection;
  }

  /** Decodes a push and hands its values to every listener. Reader thread. */
  synchronized void deliver(StreamFrame frame, Runnable resync) {
    List<T> values = handler.onPush(frame, resync);
    if (!values.isEmpty()) {
      resyncsInARow.set(0);
    }
    for (T value : values) {
      if (replayLast) {
        last = value;
      }
      for (ListenerHandle<T> listener : listeners) {
        listener.publish(value);
      }
    }
  }

  /** Adds a listener; a channel that keeps state hands it the latest value at once. */
  synchronized void add(ListenerHandle<T> listener) {
    listeners.add(listener);
    if (last != null) {
      listener.publish(last);
    }
  }

  /** Removes a listener; returns whether none is left. */
  boolean removeAndCheckEmpty(ListenerHandle<?> listener) {
    listeners.remove(listener);
    return listeners.isEmpty();
  }

  /** Ends every listener with the error. */
  void fail(BitgetException error) {
    for (ListenerHandle<T> listener : listeners) {
      listener.fail(error);
    }
    listeners.clear();
  }

  /** Stops every listener silently, for a client that is closing. */
  void terminate() {
    for (ListenerHandle<T> listener : listeners) {
      listener.terminate();
    }
    listeners.clear();
  }

  /** Forgets the handler's state after the socket was lost. */
  synchronized void reset() {
    handler.reset();
    last = null;
  }
}
