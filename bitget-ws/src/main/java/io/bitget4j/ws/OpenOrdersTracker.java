package io.bitget4j.ws;

import io.bitget4j.core.BitgetException;
import io.bitget4j.core.ProductType;
import io.bitget4j.core.Symbol;
import io.bitget4j.core.model.Order;
import io.bitget4j.ws.internal.LiveRecords;
import io.bitget4j.ws.internal.ViewListeners;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The open orders of one product type, seeded from REST and kept current by the orders channel.
 *
 * <pre>{@code
 * try (OpenOrdersTracker orders = client.openOrdersTracker(ProductType.UMCBL)) {
 *   orders.subscribe(panel::showOrders, Delivery.panelOrders());
 *   orders.seed(type -> rest.orders().pending(OrderQuery.of(type)).orders());
 *   ...
 *   orders.orders(Symbol.BTCUSDT_UMCBL);
 * }
 * }</pre>
 *
 * <p>The orders channel sends order updates only (a unified account's sends nothing when
 * subscribed, a classic account's no list of the open orders either), so the tracker starts from
 * a REST snapshot, {@link #seed}. Subscribe it first (the tracker's channel is live from its
 * creation), then seed: updates that arrive while the REST call runs are never lost and never
 * overwritten by the older snapshot. The tracker keeps each order's newest state by its update
 * time; an order that is filled or cancelled leaves it for good.
 *
 * <p>Thread-safe: the getters read an immutable snapshot replaced on each change. Listeners
 * follow the {@link StreamListener} contract and receive the whole list of open orders after each
 * change, in the order of the changes. If the orders channel fails, the tracker stops for good:
 * its subscriptions get the error, and every later one gets it at once. {@link #close()}, or
 * closing the client, ends the tracker and every subscription made through it.
 */
public final class OpenOrdersTracker implements AutoCloseable {
  private final ProductType productType;
  private final Clock clock;
  private final Subscription feed;
  private final ViewListeners<List<Order>> listeners; // guarded by this
  /** The open orders, in the order they appeared; guarded by this. */
  private final LiveRecords<Order> open =
      new LiveRecords<>(Order::orderId, Order::updatedAt, order -> order.status().isFinal());
  private volatile State state = new State(List.of(), Optional.empty());

  private record State(List<Order> orders, Optional<Instant> lastUpdate) {
  }

  OpenOrdersTracker(BitgetStreamClient client, ProductType productType) {
    this.productType = Objects.requireNonNull(productType, "productType == null");
    this.clock = client.engine().config().clock();
    this.listeners = new ViewListeners<>(client.engine(), "open orders tracker " + productType);
    this.feed = client.orders(productType, new StreamListener<Order>() {
      @Override
      public void onUpdate(Order order) {
        onPush(order);
      }

      @Override
      public void onError(BitgetException error) {
        failed(error);
      }
    });
  }

  /**
   * The product type tracked.
   *
   * @return the product line whose open orders this tracker holds
   */
  public ProductType productType() {
    return productType;
  }

  /**
   * Every open order, in the order they first appeared; empty before the first seed or update.
   *
   * @return an immutable snapshot; empty when no order is open or nothing arrived yet
   */
  public List<Order> orders() {
    return state.orders();
  }

  /**
   * The open orders of {@code symbol}.
   *
   * @param symbol the contract
   * @return an immutable snapshot, in the order they first appeared; empty when none is open
   */
  public List<Order> orders(Symbol symbol) {
    Objects.requireNonNull(symbol, "symbol == null");
    List<Order> matching = new ArrayList<>();
    for (Order order : state.orders()) {
      if (order.symbol().equals(symbol)) {
        matching.add(order);
      }
    }
    return List.copyOf(matching);
  }

  /**
   * The open order with Bitget's id {@code orderId}; empty when it is not open (or not known).
   *
   * @param orderId Bitget's order id, as in {@code OrderAck.orderId()}
   * @return the order's latest state while it is open
   */
  public Optional<Order> order(String orderId) {
    Objects.requireNonNull(orderId, "orderId == null");
    for (Order order : state.orders()) {
      if (order.orderId().equals(orderId)) {
        return Optional.of(order);
      }
    }
    return Optional.empty();
  }

  /**
   * When the open orders last changed by a seed or an update, by the client's clock.
   *
   * @return the time of the last change; empty before the first seed or update
   */
  public Optional<Instant> lastUpdate() {
    return state.lastUpdate();
  }

  /**
   * Replaces the tracked orders by a snapshot of the open orders, such as REST's
   * {@code orders-pending} (V2) or {@code unfilled-orders} (V3), keeping what the orders channel
   * said while the snapshot was taken: of an order that both name, the newer state by update time
   * (the channel's on a tie); an order the channel closed stays closed; an order the channel
   * opened meanwhile stays open. An order the tracker held from before the seed started that the
   * snapshot does not list has closed. Blocks for the source's call, on the caller's thread; may be
   * called again (after a reconnect, say).
   *
   * @param source the REST snapshot of the open orders, such as
   *     {@code type -> rest.orders().pending(OrderQuery.of(type)).orders()}
   * @return whether the snapshot was applied: false when the tracker or the client is closed, or
   *     the orders channel failed
   * @throws RuntimeException what the source throws; the tracker is left as it was
   */
  public boolean seed(OrderSnapshotSource source) {
    Objects.requireNonNull(source, "source == null");
    return open.seed(this, listeners::isStopped,
        () -> Objects.requireNonNull(source.openOrders(productType), "the order snapshot source returned null"),
        order -> order.symbol().productType() == productType, this::changed);
  }

  /**
   * The error of the orders channel that stopped the tracker; empty while it runs.
   *
   * @return the terminal error; empty while the tracker runs
   */
  public synchronized Optional<BitgetException> failure() {
    return listeners.failure();
  }

  /**
   * Delivers the open orders after every change; close the handle to stop.
   *
   * @param listener called on the listener executor with the whole list after each change
   * @return the handle; close it to stop
   * @throws IllegalStateException when the tracker or the client is closed
   */
  public Subscription subscribe(StreamListener<? super List<Order>> listener) {
    return subscribe(listener, Delivery.immediate());
  }

  /**
   * Delivers the whole list of open orders after every change as {@code delivery} says, for
   * example {@link Delivery#panelOrders()}. A listener that subscribes after the first change gets
   * the current list at once. After the orders channel failed, the listener gets that error at once
   * and the returned subscription is inactive. The subscription's {@link Subscription#ready()}
   * follows the tracker's orders channel.
   *
   * @param listener called on the listener executor with the whole list after each change
   * @param delivery every change, or throttled to the latest list per interval
   * @return the handle; close it to stop
   * @throws IllegalStateException when the tracker or the client is closed
   */
  public Subscription subscribe(StreamListener<? super List<Order>> listener, Delivery delivery) {
    Objects.requireNonNull(listener, "listener == null");
    Objects.requireNonNull(delivery, "delivery == null");
    synchronized (this) {
      State now = state;
      return listeners.subscribe(listener, delivery, feed.ready(),
          now.lastUpdate().isPresent() ? Optional.of(now.orders()) : Optional.empty());
    }
  }

  /** Takes one update of the orders channel; package-private for tests. */
  synchronized void onPush(Order order) {
    if (listeners.isStopped() || order.symbol().productType() != productType) {
      return;
    }
    if (open.update(order)) {
      changed();
    }
  }

  /** Publishes the open orders; under the lock, so that lists reach listeners in the order of the changes. */
  private void changed() {
    List<Order> orders = open.values();
    state = new State(orders, Optional.of(clock.instant()));
    listeners.publish(orders);
  }

  private synchronized void failed(BitgetException error) {
    listeners.fail(error);
  }

  /** Ends the tracker and every subscription made through it. Idempotent. */
  @Override
  public void close() {
    synchronized (this) {
      listeners.markClosed();
    }
    feed.close();
    listeners.terminate();
  }

  @Override
  public String toString() {
    return "OpenOrdersTracker{" + productType + ", orders=" + state.orders().size() + "}";
  }
}
