package io.bitget4j.ws.internal;

import io.bitget4j.core.BitgetException;
import io.bitget4j.core.internal.json.JsonDecoder;
import io.bitget4j.core.internal.json.StreamFrame;
import io.bitget4j.core.model.Candle;
import io.bitget4j.core.model.Order;
import io.bitget4j.core.model.OrderBook;
import io.bitget4j.core.model.Ticker;
import io.bitget4j.core.model.Trade;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One server subscription and the listeners that share it, and the one place that decides which
 * connection's pushes reach them.
 *
 * <p>A channel is assigned to one connection ({@link #connection}, whose ledger subscribes it)
 * and takes pushes from one connection ({@link #route}). The two differ only while the channel
 * moves to a new connection, make before break: the old connection keeps delivering until the new
 * one's subscribe is acknowledged, then the route switches, atomically with respect to deliveries
 * (pushes of the old connection after that are dropped, so none is delivered twice from both).
 * The new connection's first push may repeat what the old one delivered (a ticker, a trade
 * snapshot, recent candles): from that push, values are dropped that the channel has already
 * delivered, by their event time and equality (see {@link #isRepeat}). A stateful handler (an
 * order book) is reset at the switch, so that the new connection's snapshot replaces its state.
 *
 * <p>Pushes are handled on the socket reader threads, under the channel's lock; listeners are
 * added and removed on the control loop.
 *
 * @param <T> the type of the values delivered
 */
final class Channel<T> {
  /** Values remembered at the newest event time, to recognise repeats; more are not kept. */
  private static final int SAME_TIME_KEPT = 64;

  final ChannelArg arg;
  final PushHandler<T> handler;
  /** The handler's decoder, as the frame reader's router returns it. */
  final Optional<JsonDecoder<?>> decoder;
  /** The connection whose ledger holds the channel. */
  volatile WsConnection connection;
  /** Resubscriptions asked for since the channel last delivered; spaces out repeated ones. */
  final AtomicInteger resyncsInARow = new AtomicInteger();
  private final boolean replayLast;
  private final CopyOnWriteArrayList<ListenerHandle<T>> listeners = new CopyOnWriteArrayList<>();
  // Guarded by this.
  private WsConnection route;
  private boolean live;
  private boolean catchingUp;
  private T last;
  private Instant newestTime;
  private final List<T> atNewestTime = new ArrayList<>(2);

  Channel(ChannelArg arg, PushHandler<T> handler, boolean replayLast, WsConnection connection) {
    this.arg = arg;
    this.handler = handler;
    this.decoder = Optional.of(handler.decoder());
    this.replayLast = replayLast;
    this.connection = connection;
    this.route = connection;
  }

  /**
   * Decodes a push of {@code from} and hands its values to every listener; ignored unless
   * {@code from} is the channel's route. Reader thread.
   */
  synchronized void deliver(WsConnection from, StreamFrame frame, Runnable resync) {
    if (from != route) {
      return; // the channel moved away from this connection
    }
    List<T> values = handler.onPush(frame, resync);
    if (values.isEmpty()) {
      return;
    }
    resyncsInARow.set(0);
    boolean filter = catchingUp;
    catchingUp = false;
    for (T value : values) {
      if (filter && isRepeat(value)) {
        continue;
      }
      remember(value);
      for (ListenerHandle<T> listener : listeners) {
        listener.publish(value);
      }
    }
  }

  /**
   * Whether {@code value} was delivered already: older than the newest event time delivered, or
   * equal to a value delivered at that time; a value without an event time, if it equals the last
   * value delivered.
   */
  private boolean isRepeat(T value) {
    Instant time = eventTime(value);
    if (time == null || newestTime == null) {
      return value.equals(last);
    }
    int order = time.compareTo(newestTime);
    return order < 0 || (order == 0 && atNewestTime.contains(value));
  }

  private void remember(T value) {
    last = value;
    Instant time = eventTime(value);
    if (time == null) {
      return;
    }
    int order = newestTime == null ? 1 : time.compareTo(newestTime);
    if (order > 0) {
      newestTime = time;
      atNewestTime.clear();
    }
    if (order >= 0 && atNewestTime.size() < SAME_TIME_KEPT) {
      atNewestTime.add(value);
    }
  }

  /** When the event a value reports happened at the exchange; null for values without one. */
  private static Instant eventTime(Object value) {
    if (value instanceof Ticker) {
      return ((Ticker) value).timestamp();
    }
    if (value instanceof Trade) {
      return ((Trade) value).timestamp();
    }
    if (value instanceof OrderBook) {
      return ((OrderBook) value).timestamp();
    }
    if (value instanceof Candle) {
      return ((Candle) value).openTime();
    }
    if (value instanceof Order) {
      return ((Order) value).updatedAt();
    }
    return null;
  }

  /**
   * Bitget acknowledged the channel's subscribe on {@code from}. If {@code from} is the connection
   * the channel moves to, its pushes now reach the listeners instead of the old connection's.
   * Reader thread.
   *
   * @return the connection the channel moved away from, or null if it did not move
   */
  synchronized WsConnection acknowledged(WsConnection from) {
    if (from != connection) {
      return null; // a late ack of a connection the channel has left
    }
    WsConnection movedFrom = null;
    if (route != from) {
      movedFrom = route;
      route = from;
      handler.reset();
      catchingUp = true;
    }
    live = true;
    for (ListenerHandle<T> listener : listeners) {
      listener.markReady();
    }
    return movedFrom;
  }

  /** The connection whose pushes the channel takes. */
  synchronized WsConnection route() {
    return route;
  }

  /** Adds a listener; a channel that keeps state hands it the latest value at once. */
  synchronized void add(ListenerHandle<T> listener) {
    listeners.add(listener);
    if (replayLast && last != null) {
      listener.publish(last);
    }
    if (live) {
      listener.markReady();
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

  /**
   * The socket of {@code connection} was lost: if the channel takes its pushes from it, it is not
   * live until the next acknowledgement, and the handler forgets its state.
   */
  synchronized void sessionLost(WsConnection lost) {
    if (route != lost) {
      return;
    }
    live = false;
    handler.reset();
    last = null;
  }
}
