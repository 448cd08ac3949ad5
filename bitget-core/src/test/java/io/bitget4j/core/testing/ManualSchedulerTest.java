package io.bitget4j.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class ManualSchedulerTest {
  private final ManualClock clock = ManualClock.create();
  private final ManualScheduler scheduler = ManualScheduler.create(clock);
  private final List<String> log = new ArrayList<>();

  private Runnable record(String name) {
    return () -> log.add(name + "@" + Duration.between(ManualClock.DEFAULT_START, clock.instant())
        .toMillis());
  }

  @Test
  void runsNothingUntilTimeIsAdvanced() {
    scheduler.schedule(record("a"), 0, TimeUnit.MILLISECONDS);
    scheduler.execute(record("b"));

    assertThat(log).isEmpty();
    assertThat(scheduler.runDueTasks()).isEqualTo(2);
    assertThat(log).containsExactly("a@0", "b@0");
  }

  @Test
  void runsDueTasksInOrderWithClockAtTheirDueTime() {
    scheduler.schedule(record("late"), 300, TimeUnit.MILLISECONDS);
    scheduler.schedule(record("early"), 100, TimeUnit.MILLISECONDS);
    scheduler.schedule(record("never"), 2, TimeUnit.SECONDS);

    assertThat(scheduler.advanceMillis(500)).isEqualTo(2);

    assertThat(log).containsExactly("early@100", "late@300");
    assertThat(clock.instant()).isEqualTo(ManualClock.DEFAULT_START.plusMillis(500));
    assertThat(scheduler.pendingDelays()).containsExactly(Duration.ofMillis(1_500));
  }

  @Test
  void runsTasksScheduledByTasksWhenTheyFallDueWithinTheAdvance() {
    scheduler.schedule(() -> {
      record("first").run();
      scheduler.schedule(record("second"), 100, TimeUnit.MILLISECONDS);
    }, 100, TimeUnit.MILLISECONDS);

    scheduler.advanceMillis(250);

    assertThat(log).containsExactly("first@100", "second@200");
  }

  @Test
  void repeatsAtFixedRateAndWithFixedDelay() {
    ScheduledFuture<?> rate = scheduler.scheduleAtFixedRate(record("rate"), 0, 100,
        TimeUnit.MILLISECONDS);
    scheduler.scheduleWithFixedDelay(record("delay"), 50, 200, TimeUnit.MILLISECONDS);

    scheduler.advanceMillis(300);
    rate.cancel(false);
    scheduler.advanceMillis(300);

    assertThat(log).containsExactly(
        "rate@0", "delay@50", "rate@100", "rate@200", "delay@250", "rate@300", "delay@450");
  }

  @Test
  void cancelledTaskDoesNotRun() {
    ScheduledFuture<?> task = scheduler.schedule(record("a"), 10, TimeUnit.MILLISECONDS);

    assertThat(task.cancel(false)).isTrue();
    scheduler.advanceMillis(20);

    assertThat(log).isEmpty();
    assertThat(scheduler.pendingTaskCount()).isZero();
  }

  @Test
  void taskFailureIsKeptInItsFuture() {
    ScheduledFuture<?> task = scheduler.schedule(() -> {
      throw new IllegalStateException("boom");
    }, 0, TimeUnit.MILLISECONDS);

    scheduler.runDueTasks();

    assertThatThrownBy(task::get).isInstanceOf(ExecutionException.class)
        .hasRootCauseMessage("boom");
  }

  @Test
  void waitingForAFutureRunsTheTasksAlreadyDue() throws Exception {
    scheduler.execute(record("queued first"));
    java.util.concurrent.Future<String> answer = scheduler.submit(() -> "done");

    assertThat(answer.get(1, TimeUnit.MILLISECONDS)).isEqualTo("done");
    assertThat(log).containsExactly("queued first@0");
  }

  @Test
  void waitingForAFutureNotYetDueStillTimesOut() {
    ScheduledFuture<?> later = scheduler.schedule(record("later"), 1, TimeUnit.SECONDS);

    assertThatThrownBy(() -> later.get(1, TimeUnit.MILLISECONDS))
        .isInstanceOf(java.util.concurrent.TimeoutException.class);
    assertThat(log).isEmpty();
  }

  @Test
  void reportsDelayRelativeToClock() {
    ScheduledFuture<?> task = scheduler.schedule(record("a"), 1, TimeUnit.SECONDS);

    clock.advanceMillis(400);

    assertThat(task.getDelay(TimeUnit.MILLISECONDS)).isEqualTo(600);
  }

  @Test
  void rejectsTasksAfterShutdown() {
    scheduler.schedule(record("a"), 10, TimeUnit.MILLISECONDS);

    List<Runnable> waiting = scheduler.shutdownNow();

    assertThat(waiting).hasSize(1);
    assertThat(scheduler.isTerminated()).isTrue();
    assertThatThrownBy(() -> scheduler.execute(record("b")))
        .isInstanceOf(RejectedExecutionException.class);
  }

  @Test
  void stopsTaskThatReschedulesItselfWithNoDelay() {
    scheduler.scheduleWithFixedDelay(() -> { }, 0, 1, TimeUnit.NANOSECONDS);

    assertThatThrownBy(() -> scheduler.advance(Duration.ofSeconds(1)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("More than 100000 tasks ran in one advance");
  }

  @Test
  void clockCanBeSetBackwardsOnlyExplicitly() {
    Instant start = clock.instant();

    assertThatThrownBy(() -> clock.advance(Duration.ofMillis(-1)))
        .isInstanceOf(IllegalArgumentException.class);
    clock.set(start.minusSeconds(1));

    assertThat(clock.instant()).isEqualTo(start.minusSeconds(1));
    assertThat(clock.withZone(java.time.ZoneId.of("Asia/Singapore")).instant())
        .isEqualTo(clock.instant());
  }
}
