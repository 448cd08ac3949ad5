package io.bitget4j.ws;

import io.bitget4j.core.BitgetException;
import io.bitget4j.core.ProductType;
import io.bitget4j.core.Symbol;
import io.bitget4j.core.model.Position;
import io.bitget4j.ws.internal.ViewListeners;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The current positions of one product type, fed by the {@code positions} channel, with derived
 * risk figures.
 *
 * <pre>{@code
 * try (PositionTracker tracker = client.positionTracker(ProductType.UMCBL)) {
 *   tracker.seed(type -> rest.positions().all(type)); // optional: fill in before the first push
 *   tracker.subscribe(panel::showPositions, Delivery.panelPositions());
 *   ...
 *   tracker.risk(Symbol.BTCUSDT_UMCBL).flatMap(PositionRisk::distanceToLiquidationPercent);
 * }
 * }</pre>
 *
 * <p>Each value of the positions channel is the whole list of open positions of the product type
 * (a classic account's channel sends it whole; a unified account's sends the changes, which the
 * client merges into the list), so each push replaces what the tracker holds. Positions of size
 * zero are left out.
 *
 * <p>Thread-safe: the getters read an immutable snapshot replaced on each push. Listeners follow
 * the {@link StreamListener} contract and receive the tracker's whole list after each change, in
 * the order of the changes, so the last list a listener receives is the tracker's current one.
 * If the positions channel fails (a refused login, say), the tracker stops for good: every
 * subscription made through it gets the error through {@link StreamListener#onError}, and so
 * does every later one, at once. {@link #close()}, or closing the client, ends the tracker and
 * every subscription made through it.
 */
public final class PositionTracker implements AutoCloseable {
  private final BitgetStreamClient client;
  private final ProductType productType;
  private final Clock clock;
  private final Subscription feed;
  private final ViewListeners<List<Position>> listeners; // guarded by this
  private volatile State state = new State(List.of(), Optional.empty(), false);

  private record State(List<Position> positions, Optional<Instant> lastUpdate, boolean fromStream) {
  }

  PositionTracker(BitgetStreamClient client, ProductType productType) {
    this.client = client;
    this.productType = Objects.requireNonNull(productType, "productType == null");
    this.clock = client.engine().config().clock();
    this.listeners = new ViewListeners<>(client.engine(), "positions tracker " + productType);
    this.feed = client.positions(productType, new StreamListener<List<Position>>() {
      @Override
      public void onUpdate(List<Position> positions) {
        onPush(positions);
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
   * @return the product line whose positions this tracker holds
   */
  public ProductType productType() {
    return productType;
  }

  /**
   * Every open position, in Bitget's order; empty before the first push or seed.
   *
   * @return an immutable snapshot; empty when nothing is open or nothing arrived yet
   */
  public List<Position> positions() {
    return state.positions();
  }

  /**
   * The open position of {@code symbol}; in hedge mode, where a symbol can hold a long and a
   * short, the first of them (see {@link #positions(Symbol)}).
   *
   * @param symbol the contract
   * @return the position; empty when none is open (or nothing arrived yet)
   */
  public Optional<Position> position(Symbol symbol) {
    Objects.requireNonNull(symbol, "symbol == null");
    for (Position position : state.positions()) {
      if (position.symbol().equals(symbol)) {
        return Optional.of(position);
      }
    }
    return Optional.empty();
  }

  /**
   * Every open position of {@code symbol}: one in one-way mode, up to two in hedge mode.
   *
   * @param symbol the contract
   * @return an immutable snapshot; empty when none is open
   */
  public List<Position> positions(Symbol symbol) {
    Objects.requireNonNull(symbol, "symbol == null");
    List<Position> matching = new ArrayList<>(2);
    for (Position position : state.positions()) {
      if (position.symbol().equals(symbol)) {
        matching.add(position);
      }
    }
    return List.copyOf(matching);
  }

  /**
   * When the positions were last replaced by a push or a seed, by the client's clock.
   *
   * @return the time of the last replacement; empty before the first push or seed
   */
  public Optional<Instant> lastUpdate() {
    return state.lastUpdate();
  }

  /**
   * The risk figures of every open position.
   *
   * @return mark price, liquidation price and the distance to it, per open position, in the order
   *     of {@link #positions()}
   */
  public List<PositionRisk> risks() {
    List<PositionRisk> risks = new ArrayList<>();
    for (Position position : state.positions()) {
      risks.add(PositionRisk.of(position));
    }
    return List.copyOf(risks);
  }

  /**
   * The risk figures of {@link #position(Symbol)}.
   *
   * @param symbol the contract
   * @return the figures; empty when no position of {@code symbol} is open
   */
  public Optional<PositionRisk> risk(Symbol symbol) {
    return position(symbol).map(PositionRisk::of);
  }

  /**
   * Fills the tracker from a snapshot, such as the REST {@code all-position} answer, unless a
   * push arrived first (a push is always newer), or the tracker is closed or failed, or the
   * client is closed. Blocks for the source's call, on the caller's thread.
   *
   * @param source the REST snapshot, such as {@code type -> rest.positions().all(type)}
   * @return whether the snapshot was applied
   */
  public boolean seed(PositionSnapshotSource source) {
    Objects.requireNonNull(source, "source == null");
    List<Position> snapshot = source.positions(productType);
    Objects.requireNonNull(snapshot, "the snapshot source returned null");
    List<Position> open = open(snapshot);
    synchronized (this) {
      if (listeners.isStopped() || state.fromStream()) {
        return false;
      }
      state = new State(open, Optional.of(clock.instant()), false);
      publish(open); // under the lock, so that a newer push is published after it, never before
    }
    return true;
  }

  /**
   * The error of the positions channel that stopped the tracker; empty while it runs.
   *
   * @return the terminal error; empty while the tracker runs
   */
  public synchronized Optional<BitgetException> failure() {
    return listeners.failure();
  }

  /**
   * Delivers the tracker's positions after every change; close the handle to stop.
   *
   * @param listener called on the listener executor with the whole list after each change
   * @return the handle; close it to stop
   * @throws IllegalStateException when the tracker or the client is closed
   */
  public Subscription subscribe(StreamListener<? super List<Position>> listener) {
    return subscribe(listener, Delivery.immediate());
  }

  /**
   * Delivers the tracker's whole list of positions after every change as {@code delivery} says,
   * for example {@link Delivery#panelPositions()}. A listener that subscribes after the first
   * change gets the current list at once. After the positions channel failed, the listener gets
   * that error at once and the returned subscription is inactive. The subscription's
   * {@link Subscription#ready()} follows the tracker's positions channel.
   *
   * @param listener called on the listener executor with the whole list after each change
   * @param delivery every change, or throttled to the latest list per interval
   * @return the handle; close it to stop
   * @throws IllegalStateException when the tracker or the client is closed
   */
  public Subscription subscribe(StreamListener<? super List<Position>> listener, Delivery delivery) {
    Objects.requireNonNull(listener, "listener == null");
    Objects.requireNonNull(delivery, "delivery == null");
    synchronized (this) {
      State now = state;
      return listeners.subscribe(listener, delivery, feed,
          now.lastUpdate().isPresent() ? Optional.of(now.positions()) : Optional.empty());
    }
  }

  /** Takes one push of the positions channel; package-private for tests. */
  void onPush(List<Position> positions) {
    List<Position> open = open(positions);
    synchronized (this) {
      if (listeners.isStopped()) {
        return;
      }
      state = new State(open, Optional.of(clock.instant()), true);
      publish(open); // under the lock: see seed
    }
  }

  private synchronized void failed(BitgetException error) {
    listeners.fail(error);
  }

  /** Hands a list to every listener; never blocks, so callers may hold the lock. */
  private synchronized void publish(List<Position> positions) {
    listeners.publish(positions);
  }

  private static List<Position> open(List<Position> positions) {
    List<Position> open = new ArrayList<>(positions.size());
    for (Position position : positions) {
      if (!position.isEmpty()) {
        open.add(position);
      }
    }
    return List.copyOf(open);
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
    return "PositionTracker{" + productType + ", positions=" + state.positions().size() + "}";
  }
}
