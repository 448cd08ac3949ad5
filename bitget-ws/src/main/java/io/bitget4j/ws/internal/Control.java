package io.bitget4j.ws.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The client's control loop: a single-threaded scheduler on which every change of connection and
 * channel state runs, so that state needs no locks, and the time source its timers are measured
 * with. Both come from the configuration ({@code BitgetStreamClient.Builder} makes a daemon thread
 * and {@link System#nanoTime()}; tests pass a manual scheduler and clock).
 *
 * <p>Tasks are guarded: one that fails is logged and the loop goes on. Once the scheduler is shut
 * down, new tasks are dropped. Thread-safe.
 */
public final class Control {
  private static final Logger logger = LoggerFactory.getLogger(Control.class);

  private final ScheduledExecutorService scheduler;
  private final LongSupplier nanoTime;
  private final Clock clock = new LoopClock();
  /** The thread that ran the last task: the loop's own thread (or the test thread of a manual scheduler). */
  private volatile Thread loopThread;

  /**
   * Creates the loop.
   *
   * @param scheduler runs one task at a time (a single thread, or a test's manual scheduler)
   * @param nanoTime a monotonic time in nanoseconds, such as {@link System#nanoTime()}
   */
  public Control(ScheduledExecutorService scheduler, LongSupplier nanoTime) {
    this.scheduler = scheduler;
    this.nanoTime = nanoTime;
  }

  /** The scheduler, for throttled deliveries. */
  public ScheduledExecutorService scheduler() {
    return scheduler;
  }

  /** The current time of the loop's time source, in nanoseconds. */
  public long nanoTime() {
    return nanoTime.getAsLong();
  }

  /**
   * The loop's time source as a clock of millisecond readings, for the rate limiters that pace a
   * connection's frames and subscribe requests. Its epoch is arbitrary: only differences count.
   */
  public Clock clock() {
    return clock;
  }

  /**
   * Whether the calling thread is the loop's thread, which must not wait for the loop: the thread
   * that runs its tasks (with a manual scheduler, the test thread that advances it).
   */
  public boolean inLoop() {
    return loopThread == Thread.currentThread();
  }

  /** Runs {@code task} on the loop after the tasks already queued; false if the loop is shut down. */
  public boolean execute(Runnable task) {
    try {
      scheduler.execute(guard(task));
      return true;
    } catch (RejectedExecutionException e) {
      logger.debug("Control loop is shut down; dropped a task");
      return false;
    }
  }

  /** Runs {@code task} on the loop after {@code delay}; a dead timer if the loop is shut down. */
  public Timer schedule(Runnable task, Duration delay) {
    return schedule(task, delay.toNanos());
  }

  /** Runs {@code task} on the loop after {@code delayNanos}; a dead timer if the loop is shut down. */
  public Timer schedule(Runnable task, long delayNanos) {
    try {
      return new Timer(scheduler.schedule(guard(task), Math.max(0, delayNanos), TimeUnit.NANOSECONDS));
    } catch (RejectedExecutionException e) {
      logger.debug("Control loop is shut down; dropped a timer");
      return Timer.NONE;
    }
  }

  /** Runs {@code task} on the loop every {@code period}, the first time after one period. */
  public Timer every(Runnable task, Duration period) {
    try {
      long nanos = period.toNanos();
      return new Timer(scheduler.scheduleWithFixedDelay(guard(task), nanos, nanos, TimeUnit.NANOSECONDS));
    } catch (RejectedExecutionException e) {
      logger.debug("Control loop is shut down; dropped a timer");
      return Timer.NONE;
    }
  }

  /**
   * Runs {@code task} on the loop and waits up to {@code timeout} for it to finish; on the loop's
   * own thread it runs at once.
   *
   * @return whether it ran to the end in time
   */
  public boolean runAndWait(Runnable task, Duration timeout) {
    if (inLoop()) {
      task.run();
      return true;
    }
    try {
      Future<?> done = scheduler.submit(guard(task));
      done.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    } catch (Exception e) {
      logger.warn("A task on the control loop did not finish cleanly", e);
      return false;
    }
  }

  private Runnable guard(Runnable task) {
    return () -> {
      loopThread = Thread.currentThread();
      try {
        task.run();
      } catch (Throwable e) {
        Throwables.rethrowIfFatal(e);
        logger.error("Stream client failed in a control task", e);
      }
    };
  }

  /** {@link #nanoTime()} in whole milliseconds, as a {@link Clock}. */
  private final class LoopClock extends Clock {
    @Override
    public long millis() {
      return Math.floorDiv(nanoTime.getAsLong(), 1_000_000L);
    }

    @Override
    public Instant instant() {
      return Instant.ofEpochMilli(millis());
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException("the control loop's clock has no zone to change");
    }
  }

  /** A scheduled task that can be cancelled; cancelling a finished one does nothing. */
  public static final class Timer {
    /** A timer that never runs. */
    public static final Timer NONE = new Timer(null);

    private final ScheduledFuture<?> future;

    private Timer(ScheduledFuture<?> future) {
      this.future = future;
    }

    /** Cancels the task unless it has run. */
    public void cancel() {
      if (future != null) {
        future.cancel(false);
      }
    }
  }
}
