package io.bitget4j.core.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.Delayed;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A {@link ScheduledExecutorService} for tests that runs nothing on its own: tasks wait until the
 * test calls {@link #advance} or {@link #runDueTasks}, and then run on the test's thread, in due
 * order, with the {@link ManualClock} set to each task's due time.
 *
 * <p>Scheduling is thread-safe, so code under test may schedule from several threads. Tasks that
 * throw keep their exception in their future, as with a real executor. Having no thread of its
 * own, the scheduler runs the tasks already due on a thread that waits for a task's future
 * ({@code get}) before it is done, so code that submits a task and waits for it (a
 * {@code close()} handing work to its control thread) does not wait in vain. {@link #execute} and
 * {@code submit} schedule with no delay: the task runs at the next advance. After
 * {@link #shutdown}, new tasks are rejected and {@link #awaitTermination} returns at once.
 */
public final class ManualScheduler extends AbstractExecutorService
    implements ScheduledExecutorService {
  /** Stops a task that reschedules itself with no delay, which would never let time pass. */
  private static final int MAX_RUNS_PER_ADVANCE = 100_000;

  private final ManualClock clock;
  private final PriorityQueue<Task<?>> queue = new PriorityQueue<>();
  private long sequence;
  private boolean shutdown;

  private ManualScheduler(ManualClock clock) {
    this.clock = clock;
  }

  /** Returns a scheduler whose time is {@code clock}. */
  public static ManualScheduler create(ManualClock clock) {
    return new ManualScheduler(Objects.requireNonNull(clock, "clock == null"));
  }

  /** Returns the clock this scheduler reads and moves. */
  public ManualClock clock() {
    return clock;
  }

  /**
   * Moves the clock forward by {@code duration}, running every task that falls due on the way
   * (including ones those tasks schedule) with the clock set to its due time. Ends with the
   * clock at the start time plus {@code duration}.
   *
   * @return how many tasks ran
   */
  public int advance(Duration duration) {
    Objects.requireNonNull(duration, "duration == null");
    if (duration.isNegative()) {
      throw new IllegalArgumentException("duration must not be negative but was " + duration);
    }
    Instant target = clock.instant().plus(duration);
    int runs = runUntil(target);
    if (clock.instant().isBefore(target)) {
      clock.set(target);
    }
    return runs;
  }

  /** Moves the clock forward by {@code millis} milliseconds; see {@link #advance}. */
  public int advanceMillis(long millis) {
    return advance(Duration.ofMillis(millis));
  }

  /** Runs the tasks already due at the clock's current time; returns how many ran. */
  public int runDueTasks() {
    return runUntil(clock.instant());
  }

  /** Returns how many tasks are waiting to run, cancelled ones excluded. */
  public synchronized int pendingTaskCount() {
    queue.removeIf(Task::isCancelled);
    return queue.size();
  }

  /** Returns the delays of the waiting tasks from now, soonest first, cancelled ones excluded. */
  public synchronized List<Duration> pendingDelays() {
    List<Task<?>> tasks = new ArrayList<>(queue);
    tasks.sort(null);
    List<Duration> delays = new ArrayList<>();
    Instant now = clock.instant();
    for (Task<?> task : tasks) {
      if (!task.isCancelled()) {
        delays.add(Duration.between(now, task.due));
      }
    }
    return delays;
  }

  private int runUntil(Instant target) {
    int runs = 0;
    while (true) {
      Task<?> task = pollDue(target);
      if (task == null) {
        return runs;
      }
      if (++runs > MAX_RUNS_PER_ADVANCE) {
        throw new IllegalStateException("More than " + MAX_RUNS_PER_ADVANCE
            + " tasks ran in one advance; a task probably reschedules itself with no delay");
      }
      if (task.due.isAfter(clock.instant())) {
        clock.set(task.due);
      }
      task.run();
    }
  }

  private synchronized Task<?> pollDue(Instant target) {
    while (!queue.isEmpty()) {
      Task<?> head = queue.peek();
      if (head.due.isAfter(target)) {
        return null;
      }
      queue.poll();
      if (!head.isCancelled()) {
        return head;
      }
    }
    return null;
  }

  private synchronized <V> Task<V> enqueue(Task<V> task) {
    if (shutdown) {
      throw new RejectedExecutionException("ManualScheduler is shut down");
    }
    queue.add(task);
    return task;
  }

  private synchronized long nextSequence() {
    return sequence++;
  }

  private Instant dueAfter(long delay, TimeUnit unit) {
    Objects.requireNonNull(unit, "unit == null");
    return clock.instant().plusNanos(Math.max(0, unit.toNanos(delay)));
  }

  @Override
  public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
    Objects.requireNonNull(command, "command == null");
    return enqueue(new Task<>(Executors.callable(command, null), dueAfter(delay, unit), 0));
  }

  @Override
  public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
    Objects.requireNonNull(callable, "callable == null");
    return enqueue(new Task<>(callable, dueAfter(delay, unit), 0));
  }

  @Override
  public ScheduledFuture<?> scheduleAtFixedRate(
      Runnable command, long initialDelay, long period, TimeUnit unit) {
    return schedulePeriodic(command, initialDelay, period, unit, true);
  }

  @Override
  public ScheduledFuture<?> scheduleWithFixedDelay(
      Runnable command, long initialDelay, long delay, TimeUnit unit) {
    return schedulePeriodic(command, initialDelay, delay, unit, false);
  }

  private ScheduledFuture<?> schedulePeriodic(
      Runnable command, long initialDelay, long period, TimeUnit unit, boolean fixedRate) {
    Objects.requireNonNull(command, "command == null");
    if (period <= 0) {
      throw new IllegalArgumentException("period must be positive but was " + period);
    }
    long periodNanos = unit.toNanos(period);
    return enqueue(new Task<>(Executors.callable(command, null), dueAfter(initialDelay, unit),
        fixedRate ? periodNanos : -periodNanos));
  }

  @Override
  public ScheduledFuture<?> submit(Runnable task) {
    return schedule(task, 0, TimeUnit.NANOSECONDS);
  }

  @Override
  public <T> ScheduledFuture<T> submit(Runnable task, T result) {
    Objects.requireNonNull(task, "task == null");
    return schedule(Executors.callable(task, result), 0, TimeUnit.NANOSECONDS);
  }

  @Override
  public <T> ScheduledFuture<T> submit(Callable<T> task) {
    return schedule(task, 0, TimeUnit.NANOSECONDS);
  }

  @Override
  public void execute(Runnable command) {
    schedule(command, 0, TimeUnit.NANOSECONDS);
  }

  @Override
  public synchronized void shutdown() {
    shutdown = true;
  }

  @Override
  public synchronized List<Runnable> shutdownNow() {
    shutdown = true;
    List<Runnable> waiting = new ArrayList<>(queue);
    queue.clear();
    return waiting;
  }

  @Override
  public synchronized boolean isShutdown() {
    return shutdown;
  }

  @Override
  public synchronized boolean isTerminated() {
    return shutdown && queue.isEmpty();
  }

  @Override
  public boolean awaitTermination(long timeout, TimeUnit unit) {
    return isTerminated();
  }

  /**
   * A scheduled task. A positive period repeats at a fixed rate, a negative one with a fixed
   * delay after each run, zero runs once.
   */
  private final class Task<V> extends FutureTask<V> implements ScheduledFuture<V> {
    private final long id = nextSequence();
    private final long periodNanos;
    private volatile Instant due;

    Task(Callable<V> callable, Instant due, long periodNanos) {
      super(callable);
      this.due = due;
      this.periodNanos = periodNanos;
    }

    @Override
    public void run() {
      if (periodNanos == 0) {
        super.run();
        return;
      }
      if (runAndReset() && !isCancelled()) {
        due = periodNanos > 0
            ? due.plusNanos(periodNanos)
            : clock.instant().plusNanos(-periodNanos);
        synchronized (ManualScheduler.this) {
          if (!shutdown) {
            queue.add(this);
          }
        }
      }
    }

    @Override
    public V get() throws InterruptedException, ExecutionException {
      runDueTasksUnlessDone();
      return super.get();
    }

    @Override
    public V get(long timeout, TimeUnit unit)
        throws InterruptedException, ExecutionException, TimeoutException {
      runDueTasksUnlessDone();
      return super.get(timeout, unit);
    }

    private void runDueTasksUnlessDone() {
      if (!isDone()) {
        runDueTasks();
      }
    }

    @Override
    public long getDelay(TimeUnit unit) {
      return unit.convert(Duration.between(clock.instant(), due));
    }

    @Override
    public int compareTo(Delayed other) {
      if (other instanceof Task<?>) {
        Task<?> task = (Task<?>) other;
        int byDue = due.compareTo(task.due);
        return byDue != 0 ? byDue : Long.compare(id, task.id);
      }
      return Long.compare(getDelay(TimeUnit.NANOSECONDS), other.getDelay(TimeUnit.NANOSECONDS));
    }

    @Override
    public boolean equals(Object other) {
      return this == other;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(this);
    }
  }
}
