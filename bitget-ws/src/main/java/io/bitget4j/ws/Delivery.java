package io.bitget4j.ws;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How a subscription's values reach its listener: every value as it arrives, or throttled to at
 * most one per interval.
 *
 * <pre>{@code
 * client.ticker(btc, panel::showPrice, Delivery.throttled(Duration.ofSeconds(1)));
 * client.positions(ProductType.UMCBL, panel::showPositions, Delivery.panelPositions());
 * }</pre>
 *
 * <p>Throttled delivery always delivers the latest value: the first value after a quiet interval
 * goes out at once, later ones replace each other and the last one goes out when the interval
 * ends. Intermediate values are dropped, never the newest.
 *
 * <p>Between the socket and the listener each subscription has a bounded queue of
 * {@link #queueCapacity()} values (default {@value #DEFAULT_QUEUE_CAPACITY}). The socket reader
 * never waits for a listener: when a slow listener lets its queue fill, the oldest queued value is
 * dropped to make room, so the listener falls behind by at most that many values and always
 * receives the latest one. Dropped values are counted in {@link StreamHealth#droppedValues()}.
 * Immutable.
 */
public final class Delivery {
  /** The queue capacity unless {@link #withQueueCapacity(int)} says otherwise. */
  public static final int DEFAULT_QUEUE_CAPACITY = 256;

  private static final Delivery IMMEDIATE = new Delivery(null, DEFAULT_QUEUE_CAPACITY);

  private final Duration interval;
  private final int queueCapacity;

  private Delivery(Duration interval, int queueCapacity) {
    this.interval = interval;
    this.queueCapacity = queueCapacity;
  }

  /**
   * Every value, as soon as the listener is free. The default.
   *
   * @return the shared immediate delivery, with the default queue capacity
   */
  public static Delivery immediate() {
    return IMMEDIATE;
  }

  /**
   * At most one value per {@code interval}, always the latest.
   *
   * @param interval at least one millisecond
   * @return the throttled delivery, with the default queue capacity
   * @throws IllegalArgumentException if {@code interval} is shorter than 1 ms
   */
  public static Delivery throttled(Duration interval) {
    Objects.requireNonNull(interval, "interval == null");
    if (interval.compareTo(Duration.ofMillis(1)) < 0) {
      throw new IllegalArgumentException("interval must be at least 1 ms but was " + interval
          + "; use Delivery.immediate() for unthrottled delivery");
    }
    return new Delivery(interval, DEFAULT_QUEUE_CAPACITY);
  }

  /**
   * The trader panel's price cadence: throttled to one value a second.
   *
   * @return {@code throttled(1 s)}
   */
  public static Delivery panelPrice() {
    return throttled(Duration.ofSeconds(1));
  }

  /**
   * The trader panel's positions cadence: throttled to one value every 2 seconds.
   *
   * @return {@code throttled(2 s)}
   */
  public static Delivery panelPositions() {
    return throttled(Duration.ofSeconds(2));
  }

  /**
   * The trader panel's orders cadence: throttled to one value every 5 seconds.
   *
   * @return {@code throttled(5 s)}
   */
  public static Delivery panelOrders() {
    return throttled(Duration.ofSeconds(5));
  }

  /**
   * The trader panel's account cadence: throttled to one value every 10 seconds.
   *
   * @return {@code throttled(10 s)}
   */
  public static Delivery panelAccount() {
    return throttled(Duration.ofSeconds(10));
  }

  /**
   * Returns this delivery with another queue capacity.
   *
   * @param capacity at least 1
   * @return a delivery with the same interval and the new capacity
   * @throws IllegalArgumentException if {@code capacity} is less than 1
   */
  public Delivery withQueueCapacity(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("queue capacity must be at least 1 but was " + capacity);
    }
    return new Delivery(interval, capacity);
  }

  /**
   * The throttle interval, or empty for immediate delivery.
   *
   * @return the shortest time between two values; empty for immediate delivery
   */
  public Optional<Duration> interval() {
    return Optional.ofNullable(interval);
  }

  /**
   * Whether values are throttled.
   *
   * @return true when {@link #interval()} is present
   */
  public boolean isThrottled() {
    return interval != null;
  }

  /**
   * How many values may wait for a slow listener before the oldest is dropped.
   *
   * @return the queue's capacity, at least 1
   */
  public int queueCapacity() {
    return queueCapacity;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Delivery
        && Objects.equals(((Delivery) other).interval, interval)
        && ((Delivery) other).queueCapacity == queueCapacity;
  }

  @Override
  public int hashCode() {
    return Objects.hash(interval, queueCapacity);
  }

  @Override
  public String toString() {
    return (interval == null ? "Delivery.immediate()" : "Delivery.throttled(" + interval + ")")
        + (queueCapacity == DEFAULT_QUEUE_CAPACITY ? "" : ".withQueueCapacity(" + queueCapacity + ")");
  }
}
