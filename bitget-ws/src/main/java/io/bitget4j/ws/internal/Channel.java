package io.bitget4j.ws.internal;

import io.bitget4j.core.BitgetException;
import io.bitget4j.core.internal.json.JsonDecoder;
import io.bitget4j.core.internal.json.StreamFrame;
import io.bitget4j.core.model.Candle;
import io.bitget4j.core.model.OrderBook;
import io.bitget4j.core.model.Ticker;
import io.bitget4j.core.model.Trade;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One subscribed channel and the listeners that share it, and the one place that decides which
 * connection's pushes reach them. Its {@link #key} is what the callers asked for; its {@link #arg}
 * is the server subscription that serves it, which other channels may share (a unified account's
 * positions of several product types share V3's one {@code position} topic; those channels are
 * always on the same connection).
 *
 * <p>A channel is assigned to one connection ({@link #connection}, whose ledger subscribes its
 * argument) and takes pushes from one connection ({@link #route}). The two differ only while the
 * channel moves to a new connection, make before break: the old connection keeps delivering until
 * the new one's subscribe is acknowledged, then the route switches, atomically with respect to
 * deliveries. The old connection may still hold pushes that the server sent before it processed the
 * new subscribe, which only it received; so until it has been read to the end and closed (see
 * {@link StreamEngine}), it stays the channel's {@code previousRoute}, and a channel whose handler
 * keeps no state still takes its pushes. Meanwhile every push, from either connection, goes through
 * the repeat filter ({@link #isRepeat}): a value that one connection already delivered is dropped,
 * a value only one of them got is delivered once; after the old connection closed, the route's next
 * pushes are still checked against what the old one delivered after the switch, whose copies the new
 * connection may read late ({@link #fromPreviousRoute}). The new connection's first pushes may also repeat
 * what the old one delivered (its snapshot: the ticker, recent trades and candles): values the
 * channel has already delivered are dropped until a push brings nothing but new values. A stateful
 * handler (an order book, V3 positions: {@link PushHandler#needsSnapshot()}) is reset at the switch
 * so that the new connection's snapshot replaces its state; the old connection's pushes after the
 * switch are dropped for it, since applying them would corrupt the new state.
 *
 * <p>Pushes are handled on the socket reader threads, under the channel's lock; listeners are
 * added and removed on the control loop.
 *
 * @param <T> the type of the values delivered
 */
final class Channel<T> {
  /** How many of the last values delivered are remembered, to recognise repeats after a move. */
  private static final int RECENT = 64;

  final ChannelKey key;
  final ChannelArg arg;
  final PushHandler<T> handler;
  /** The handler's decoder, as the frame reader's router returns it. */
  final JsonDecoder<?> decoder;
  /** The connection whose ledger holds the channel. */
  volatile WsConnection connection;
  /** Resubscriptions asked for since the channel last delivered; spaces out repeated ones. */
  final AtomicInteger resyncsInARow = new AtomicInteger();
  private final boolean replayLast;
  private final CopyOnWriteArrayList<ListenerHandle<T>> listeners = new CopyOnWriteArrayList<>();
  // Guarded by this.
  private WsConnection route;
  /** The connection the channel moved away from, until it closes; null for a stateful handler. */
  private WsConnection previousRoute;
  /**
   * The values {@link #previousRoute} delivered after the switch, whose copy the new connection may
   * still hold when the old one closes: the two are read by different threads, so the copy can be
   * read after the old connection's last pong. Each is dropped once if the route brings it within
   * its next {@link #RECENT} pushes.
   */
  private final Recent fromPreviousRoute = new Recent();
  /** Pushes of the route still checked against {@link #fromPreviousRoute}. */
  private int lateCopiesAwaited;
  private boolean live;
  private boolean catchingUp;
  private T last;
  private Instant newestTime;
  private final Recent recent = new Recent();

  /** The last {@link #RECENT} values added, the oldest overwritten first. */
  private static final class Recent {
    private final Object[] values = new Object[RECENT];
    private int next;

    void add(Object value) {
      values[next] = value;
      next = (next + 1) % RECENT;
    }

    boolean contains(Object value) {
      for (Object v : values) {
        if (value.equals(v)) {
          return true;
        }
      }
      return false;
    }

    /** Forgets one value equal to {@code value}; returns whether there was one. */
    boolean removeOne(Object value) {
      for (int i = 0; i < RECENT; i++) {
        if (value.equals(values[i])) {
          values[i] = null;
          return true;
        }
      }
      return false;
    }

    void clear() {
      Arrays.fill(values, null);
    }
  }

  /**
   * Creates a channel.
   *
   * @param connection the connection whose ledger holds the argument
   * @param route the connection whose pushes it takes: {@code connection}, or the one a channel
   *     sharing the argument still takes them from while it moves
   */
  Channel(ChannelKey key, ChannelArg arg, PushHandler<T> handler, boolean replayLast, WsConnection connection,
      WsConnection route) {
    this.key = key;
    this.arg = arg;
    this.handler = handler;
    this.decoder = handler.decoder();
    this.replayLast = replayLast;
    this.connection = connection;
    this.route = route;
  }

  /**
   * Decodes a push of {@code from} and hands its values to every listener; ignored unless
   * {@code from} is the channel's route, or the connection it moved away from (for a handler
   * without state). Reader thread.
   */
  synchronized void deliver(WsConnection from, StreamFrame frame, Runnable resync) {
    boolean fromPrevious = from != route && from == previousRoute;
    if (from != route && !fromPrevious) {
      return; // the channel moved away from this connection
    }
    List<T> values = handler.onPush(frame, resync);
    if (values.isEmpty()) {
      return;
    }
    boolean filter = catchingUp || previousRoute != null;
    boolean lateCopies = !filter && lateCopiesAwaited > 0;
    boolean repeats = false;
    for (T value : values) {
      if (filter ? isRepeat(value) : lateCopies && fromPreviousRoute.removeOne(value)) {
        repeats = true;
        continue;
      }
      remember(value);
      if (fromPrevious) {
        fromPreviousRoute.add(value);
      }
      for (ListenerHandle<T> listener : listeners) {
        listener.publish(value);
      }
    }
    if (!fromPrevious) {
      resyncsInARow.set(0);
      catchingUp &= repeats;
      if (lateCopies) {
        lateCopiesAwaited--;
      }
    }
  }

  /**
   * Whether {@code value} was delivered already: it equals one of the last values delivered, or it
   * reports an event older than the newest one delivered (a ticker, a trade, a candle's start or a
   * book; an order's or account's update is judged by equality alone, since updates of different
   * orders are not ordered by time). The time rule also drops a ticker, trade or candle that only
   * the connection a channel moved away from got, when it is older than the newest one delivered:
   * right for latest-value channels, whose listeners want the newest value, not a late older one.
   */
  private boolean isRepeat(T value) {
    if (recent.contains(value)) {
      return true;
    }
    Instant time = eventTime(value);
    return time != null && newestTime != null && time.isBefore(newestTime);
  }

  private void remember(T value) {
    last = value;
    recent.add(value);
    Instant time = eventTime(value);
    if (time != null && (newestTime == null || time.isAfter(newestTime))) {
      newestTime = time;
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
      previousRoute = handler.needsSnapshot() ? null : movedFrom;
      fromPreviousRoute.clear();
      lateCopiesAwaited = 0;
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

  /** Whether the server acknowledged the channel's subscription in the current session of its route. */
  synchronized boolean isLive() {
    return live;
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
   * The socket of {@code connection} was lost or closed: if the channel moved away from it, its
   * pushes are over; if the channel takes its pushes from it, it is not live until the next
   * acknowledgement, and the handler forgets its state.
   */
  synchronized void sessionLost(WsConnection lost) {
    if (previousRoute == lost) {
      previousRoute = null;
      lateCopiesAwaited = RECENT;
    }
    if (route != lost) {
      return;
    }
    live = false;
    lateCopiesAwaited = 0; // the connection that could have sent them is gone
    handler.reset();
    last = null;
  }
}
