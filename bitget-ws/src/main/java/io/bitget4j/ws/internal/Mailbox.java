package io.bitget4j.ws.internal;

import io.bitget4j.core.BitgetException;
import java.util.ArrayDeque;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A bounded, ordered queue between the socket reader and one listener, drained on the listener
 * executor so that the reader never waits for a listener.
 *
 * <p>Overflow policy: when {@code capacity} values are waiting, {@link #offer} drops the oldest
 * waiting value to make room, so the newest value is always kept (a slow listener skips
 * intermediate values but converges on the latest). Drops are counted in the shared counter and
 * logged at WARN once per overflow episode.
 *
 * <p>Hand-off: the socket thread wakes the executor only when no drain is scheduled; a drain
 * delivers everything queued, in batches of {@value #BATCH} on a shared executor. On the client's
 * own listener threads (with a {@link Linger}) an emptied drain parks briefly and looks again
 * before it gives the thread back, so that a burst is drained in a few wake-ups
 * instead of one per value, and the socket thread never signals a thread that is still draining.
 *
 * <p>Values are delivered one at a time and in order; calls never overlap. Whatever a consumer
 * throws is logged and the next value is delivered as usual; only a fatal error (see
 * {@link Throwables#isFatal}) propagates, and the mailbox then goes on with the values waiting.
 * {@link #fail} ends the mailbox after the waiting values with one terminal error callback;
 * {@link #finish} ends it after the waiting values without one; {@link #close} ends it at once. Nothing is delivered after any of them,
 * except a callback already running. Thread-safe.
 */
public final class Mailbox<T> {
  private static final Logger logger = LoggerFactory.getLogger(Mailbox.class);
  /** Values delivered per executor task before yielding the thread to other mailboxes. */
  private static final int BATCH = 64;

  /**
   * How an emptied drain waits for more values before it gives its thread back: {@link #NONE} not
   * at all, {@link #park} in a timed park (not a spin).
   */
  @FunctionalInterface
  public interface Linger {
    /** Gives the thread back at once: for executors whose threads are not the client's own. */
    Linger NONE = () -> { };

    /** Waits; more values may be queued when it returns. */
    void await();

    /** Parks the draining thread for {@code nanos}. */
    static Linger park(long nanos) {
      return () -> LockSupport.parkNanos(nanos);
    }
  }

  private final String name;
  private final Executor executor;
  private final int capacity;
  private final Consumer<? super T> consumer;
  private final Consumer<? super BitgetException> errorConsumer;
  private final AtomicLong droppedCounter;
  private final Linger linger;

  private final Runnable drainTask = this::drain;
  private final ArrayDeque<T> queue = new ArrayDeque<>();
  private boolean scheduled; // guarded by this
  private boolean overflowing; // guarded by this
  private boolean ending; // guarded by this: fail or finish was called
  private BitgetException terminalError; // guarded by this; null after finish
  private volatile boolean closed;

  /**
   * Creates a mailbox that gives its executor's thread back as soon as it has nothing to deliver,
   * for an executor that is not the client's own.
   *
   * @param name names the listener in log lines
   * @param droppedCounter counts values dropped on overflow, shared by a client's mailboxes
   */
  public Mailbox(String name, Executor executor, int capacity, Consumer<? super T> consumer,
      Consumer<? super BitgetException> errorConsumer, AtomicLong droppedCounter) {
    this(name, executor, capacity, consumer, errorConsumer, droppedCounter, Linger.NONE);
  }

  /**
   * Creates a mailbox.
   *
   * @param name names the listener in log lines
   * @param droppedCounter counts values dropped on overflow, shared by a client's mailboxes
   * @param linger how an emptied drain waits for more values before it returns (see the class
   *     comment); {@link Linger#NONE} for an executor whose threads are not the client's own, such
   *     as one that runs tasks on the calling (socket) thread
   */
  public Mailbox(String name, Executor executor, int capacity, Consumer<? super T> consumer,
      Consumer<? super BitgetException> errorConsumer, AtomicLong droppedCounter, Linger linger) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1 but was " + capacity);
    }
    this.name = name;
    this.executor = executor;
    this.capacity = capacity;
    this.consumer = consumer;
    this.errorConsumer = errorConsumer;
    this.droppedCounter = droppedCounter;
    this.linger = linger;
  }

  /** Queues {@code value} for delivery; never blocks. Ignored once failed, finished or closed. */
  public void offer(T value) {
    synchronized (this) {
      if (closed || ending) {
        return;
      }
      if (queue.size() >= capacity) {
        queue.pollFirst();
        droppedCounter.incrementAndGet();
        if (!overflowing) {
          overflowing = true;
          logger.warn("Listener {} is slower than its stream: {} values are waiting; dropping the"
              + " oldest to keep the latest", name, capacity);
        }
      }
      queue.addLast(value);
      if (scheduled) {
        return;
      }
      scheduled = true;
    }
    schedule();
  }

  /**
   * Delivers the waiting values, then {@code error} to the error consumer, then nothing more.
   * Ignored once failed, finished or closed.
   */
  public void fail(BitgetException error) {
    synchronized (this) {
      if (closed || ending) {
        return;
      }
      ending = true;
      terminalError = error;
      if (scheduled) {
        return;
      }
      scheduled = true;
    }
    schedule();
  }

  /**
   * Delivers the waiting values, then nothing more; no error callback. Ignored once failed,
   * finished or closed.
   */
  public void finish() {
    synchronized (this) {
      if (closed || ending) {
        return;
      }
      ending = true;
      if (scheduled) {
        return;
      }
      if (queue.isEmpty()) {
        closed = true;
        return;
      }
      scheduled = true;
    }
    schedule();
  }

  /** Drops the waiting values and delivers nothing more. Idempotent. */
  public void close() {
    closed = true;
    synchronized (this) {
      queue.clear();
    }
  }

  /**
   * Whether nothing more will be delivered: after {@link #close}, after the end that
   * {@link #fail} or {@link #finish} asked for, or once the executor refused a delivery.
   */
  public boolean isClosed() {
    return closed;
  }

  private void schedule() {
    try {
      executor.execute(drainTask);
    } catch (RejectedExecutionException e) {
      logger.debug("Listener executor refused delivery to {}; closing its mailbox", name, e);
      close();
    }
  }

  private void drain() {
    boolean done = false;
    try {
      drainBatch();
      done = true;
    } finally {
      if (!done) {
        // A fatal error is on its way up; leave the mailbox able to deliver what waits, and later values.
        rescheduleAfterFatal();
      }
    }
  }

  private void drainBatch() {
    boolean napped = false;
    for (int delivered = 0; ; delivered++) {
      if (linger == Linger.NONE && delivered >= BATCH) {
        schedule(); // more may be waiting: yield the thread to other mailboxes, then go on
        return;
      }
      T value;
      BitgetException error = null;
      synchronized (this) {
        if (closed) {
          scheduled = false;
          queue.clear();
          return;
        }
        value = queue.pollFirst();
        if (value == null) {
          if (linger != Linger.NONE && !napped && !ending) {
            napped = true; // stay scheduled: offers queue without waking anyone
          } else {
            overflowing = false;
            scheduled = false;
            if (!ending) {
              return;
            }
            closed = true;
            if (terminalError == null) {
              return;
            }
            error = terminalError;
          }
        } else {
          napped = false;
        }
      }
      if (error != null) {
        deliverError(error);
        return;
      }
      if (value == null) {
        linger.await();
        continue;
      }
      deliver(value);
    }
  }

  private void rescheduleAfterFatal() {
    synchronized (this) {
      scheduled = !closed && (!queue.isEmpty() || ending);
      if (!scheduled) {
        return;
      }
    }
    schedule();
  }

  private void deliver(T value) {
    try {
      consumer.accept(value);
    } catch (Throwable e) {
      Throwables.rethrowIfFatal(e);
      logger.warn("Listener {} threw {}; the value is skipped and later values are delivered", name,
          e.getClass().getName(), e);
    }
  }

  private void deliverError(BitgetException error) {
    try {
      errorConsumer.accept(error);
    } catch (Throwable e) {
      Throwables.rethrowIfFatal(e);
      logger.warn("Listener {} threw {} from onError", name, e.getClass().getName(), e);
    }
  }

  @Override
  public String toString() {
    return "Mailbox{" + name + "}";
  }
}
