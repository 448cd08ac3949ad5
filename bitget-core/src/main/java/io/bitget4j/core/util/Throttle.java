package io.bitget4j.core.util;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Passes values to a sink at most once per interval, always the latest one, for example to
 * redraw a panel from a fast stream of order-book updates.
 *
 * <pre>{@code
 * Throttle<OrderBook> redraw =
 *     Throttle.create(Duration.ofMillis(100), clock, scheduler, panel::show);
 * socket.onBook(redraw::submit);
 * }</pre>
 *
 * <p>A value submitted when the interval since the last delivery has passed is delivered at once
 * (the leading edge). Values submitted within the interval replace each other, and the latest one
 * is delivered when the interval ends (the trailing edge); a value replaced before its delivery is
 * never delivered. A quiet throttle schedules nothing.
 *
 * <p>Threads: {@link #submit} may be called from any thread. A leading-edge delivery runs on the
 * submitting thread, inside {@code submit}, which delivers at most one value; a trailing-edge
 * delivery runs on a thread of the scheduler. Deliveries never overlap, so the sink needs no
 * locking, but it should be fast: while it runs, submits are only recorded. If the sink throws a
 * {@link RuntimeException} the value is dropped, the exception is logged at WARN and later values
 * are delivered as usual.
 *
 * <p>Time has millisecond resolution. The scheduler is the caller's: the throttle schedules
 * one-shot tasks on it and never shuts it down.
 *
 * @param <T> type of the values delivered
 */
public final class Throttle<T> implements AutoCloseable {
  private static final Logger logger = LoggerFactory.getLogger(Throttle.class);

  private final long intervalMillis;
  private final Clock clock;
  private final ScheduledExecutorService scheduler;
  private final Consumer<? super T> sink;
  private final Runnable trailingEdge = this::drainOnScheduler;

  /** The latest value not yet delivered. Set by submitters, taken only by the draining thread. */
  private final AtomicReference<T> pending = new AtomicReference<>();

  /**
   * Whether one thread owns delivery: it is delivering, or a trailing delivery is scheduled and
   * will take over. Ownership is what keeps deliveries from overlapping.
   */
  private final AtomicBoolean draining = new AtomicBoolean();

  private volatile long nextDeliveryMillis = Long.MIN_VALUE;
  private volatile ScheduledFuture<?> trailingTask;
  private volatile boolean closed;

  private Throttle(Duration interval, Clock clock, ScheduledExecutorService scheduler,
      Consumer<? super T> sink) {
    this.intervalMillis = Durations.toMillisSaturated(interval);
    this.clock = clock;
    this.scheduler = scheduler;
    this.sink = sink;
  }

  /**
   * Returns a throttle that delivers to {@code sink} at most once per {@code interval}.
   *
   * @param interval the shortest time between two deliveries; at least one millisecond
   * @param clock measures the interval
   * @param scheduler runs trailing-edge deliveries; owned by the caller
   * @param sink receives the values; see the class documentation for its threading contract
   * @param <T> the type of the values
   * @return the throttle, open
   */
  public static <T> Throttle<T> create(Duration interval, Clock clock,
      ScheduledExecutorService scheduler, Consumer<? super T> sink) {
    Durations.requireAtLeastOneMilli(interval, "interval");
    Objects.requireNonNull(clock, "clock == null");
    Objects.requireNonNull(scheduler, "scheduler == null");
    Objects.requireNonNull(sink, "sink == null");
    return new Throttle<>(interval, clock, scheduler, sink);
  }

  /**
   * Offers {@code value} for delivery: now, on this thread, if the interval since the last
   * delivery has passed and no delivery is under way; otherwise at the end of the interval,
   * unless a later value replaces it first. Does nothing once the throttle is closed.
   *
   * @param value the newest value; it replaces any value still waiting
   * @throws java.util.concurrent.RejectedExecutionException if the scheduler refuses the
   *     trailing delivery; the value stays pending and the next submit tries again
   */
  public void submit(T value) {
    Objects.requireNonNull(value, "value == null");
    if (closed) {
      return;
    }
    pending.set(value);
    if (!draining.get() && draining.compareAndSet(false, true)) {
      drain();
    }
  }

  /**
   * Stops deliveries: cancels the scheduled trailing delivery, drops the pending value and
   * ignores later submits. Nothing is delivered afterwards, except that a delivery already under
   * way on another thread may complete. Idempotent; the scheduler is left running.
   */
  @Override
  public void close() {
    closed = true;
    pending.set(null);
    ScheduledFuture<?> task = trailingTask;
    if (task != null) {
      task.cancel(false);
    }
  }

  /**
   * Returns true once {@link #close} has been called.
   *
   * @return whether {@link #close()} has been called
   */
  public boolean isClosed() {
    return closed;
  }

  /**
   * Delivers at most one pending value while this thread owns delivery, then hands ownership to a
   * scheduled task or gives it up. One delivery per call keeps a submitting thread from being
   * kept busy by a slow sink and a fast producer.
   */
  private void drain() {
    try {
      boolean delivered = false;
      while (!closed) {
        if (pending.get() == null) {
          draining.set(false);
          // A submit that found us still draining left its value for us: take ownership back.
          if (pending.get() == null || !draining.compareAndSet(false, true)) {
            return;
          }
          continue;
        }
        long now = clock.millis();
        long due = nextDeliveryMillis;
        if (delivered || now < due) {
          long delayMillis = Math.max(0, due - now);
          trailingTask = scheduler.schedule(trailingEdge, delayMillis, TimeUnit.MILLISECONDS);
          return;
        }
        nextDeliveryMillis = Durations.addSaturated(now, intervalMillis);
        deliver(pending.getAndSet(null));
        delivered = true;
      }
    } catch (RuntimeException | Error e) {
      draining.set(false); // the next submit starts over
      throw e;
    }
  }

  private void drainOnScheduler() {
    try {
      drain();
    } catch (RuntimeException | Error e) {
      logger.warn("Throttle failed to deliver on the scheduler; the next submit retries", e);
      throw e;
    }
  }

  private void deliver(T value) {
    if (value == null || closed) {
      return; // close() cleared it
    }
    try {
      sink.accept(value);
    } catch (RuntimeException e) {
      logger.warn(
          "Throttle sink threw; its value is dropped and later values will be delivered", e);
    }
  }
}
