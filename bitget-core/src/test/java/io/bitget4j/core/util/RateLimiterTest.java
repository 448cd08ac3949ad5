package io.bitget4j.core.util;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bitget4j.core.testing.ManualClock;
import io.bitget4j.core.testing.RollingWindows;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@Timeout(10)
class RateLimiterTest {
  private final ManualClock clock = ManualClock.create();
  private final List<Duration> sleeps = new ArrayList<>();
  private final Sleeper sleeper = duration -> {
    sleeps.add(duration);
    clock.advance(duration);
  };
  private final ExecutorService threads = Executors.newFixedThreadPool(2);

  @AfterEach
  void stopThreads() throws InterruptedException {
    threads.shutdownNow();
    assertThat(threads.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
  }

  private RateLimiter limiter() {
    return RateLimiter.builder()
        .limit("market", 20, Duration.ofSeconds(1))
        .limit("trade", 10, Duration.ofSeconds(1))
        .clock(clock)
        .sleeper(sleeper)
        .build();
  }

  private static void empty(RateLimiter limiter, String key) {
    while (limiter.tryAcquire(key)) {
      assertThat(limiter.availablePermits(key)).isGreaterThanOrEqualTo(0);
    }
    assertThat(limiter.availablePermits(key)).isZero();
  }

  @Test
  void startsFullAndRefusesOncePermitsPerPeriodAreTaken() {
    RateLimiter limiter = limiter();

    for (int i = 0; i < 20; i++) {
      assertThat(limiter.tryAcquire("market")).as("permit %d", i + 1).isTrue();
    }

    assertThat(limiter.tryAcquire("market")).isFalse();
  }

  @Test
  void issuesNothingMoreUntilTheBurstIsAWholePeriodOld() {
    RateLimiter limiter = limiter();
    empty(limiter, "market");
    List<Long> granted = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      granted.add(0L);
    }

    // A token bucket refilling one permit every 50 ms would hand out 19 more in this second.
    for (long ms = 1; ms < 1_000; ms++) {
      clock.advanceMillis(1);
      assertThat(limiter.tryAcquire("market")).as("permit at %d ms", ms).isFalse();
    }
    clock.advanceMillis(1);

    assertThat(limiter.availablePermits("market")).isEqualTo(20);
    while (limiter.tryAcquire("market")) {
      granted.add(1_000L);
    }
    assertThat(granted).hasSize(40);
    assertThat(RollingWindows.worst(granted, 1_000)).isEqualTo(20);
  }

  static Stream<Arguments> permitsIssuedInOnePeriodAfterEmptying() {
    return Stream.of(
        Arguments.of("twenty per second polled every millisecond", 20, 1_000, 1, 20),
        Arguments.of("twenty per second polled every 7 ms", 20, 1_000, 7, 20),
        Arguments.of("three per second, a non-divisible rate", 3, 1_000, 1, 3),
        Arguments.of("seven per second polled every 13 ms", 7, 1_000, 13, 7),
        Arguments.of("one per minute polled every second", 1, 60_000, 1_000, 1),
        Arguments.of("ten per 100 ms", 10, 100, 1, 10));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void permitsIssuedInOnePeriodAfterEmptying(
      String name, int permits, long periodMillis, long stepMillis, int expected) {
    RateLimiter limiter = RateLimiter.builder()
        .limit("k", permits, Duration.ofMillis(periodMillis))
        .clock(clock)
        .build();
    empty(limiter, "k");

    int issued = 0;
    long elapsed = 0;
    while (elapsed + stepMillis <= periodMillis) {
      clock.advanceMillis(stepMillis);
      elapsed += stepMillis;
      while (limiter.tryAcquire("k")) {
        issued++;
      }
    }
    // A period that the step does not divide ends between polls: collect the rest.
    clock.advanceMillis(periodMillis - elapsed);
    while (limiter.tryAcquire("k")) {
      issued++;
    }

    assertThat(issued).isEqualTo(expected);
  }

  @Test
  void eachPermitFreesOnePeriodAfterItWasTaken() {
    RateLimiter limiter = RateLimiter.builder()
        .limit("k", 3, Duration.ofSeconds(1))
        .clock(clock)
        .build();
    assertThat(limiter.tryAcquire("k")).isTrue();
    clock.advanceMillis(333);
    assertThat(limiter.tryAcquire("k")).isTrue();
    clock.advanceMillis(333);
    assertThat(limiter.tryAcquire("k")).isTrue();

    clock.advanceMillis(333); // 999 ms: the first permit is still in the window
    assertThat(limiter.tryAcquire("k")).isFalse();
    clock.advanceMillis(1);
    assertThat(limiter.tryAcquire("k")).isTrue();
    assertThat(limiter.tryAcquire("k")).isFalse();
    clock.advanceMillis(333);
    assertThat(limiter.tryAcquire("k")).isTrue();
  }

  @Test
  void doesNotRefillBeyondCapacityAfterLongIdle() {
    RateLimiter limiter = limiter();
    empty(limiter, "trade");

    clock.advance(Duration.ofDays(3));

    assertThat(limiter.availablePermits("trade")).isEqualTo(10);
  }

  @Test
  void multiplePermitsAreTakenAllOrNothing() {
    RateLimiter limiter = limiter();

    assertThat(limiter.tryAcquire("trade", 7)).isTrue();
    assertThat(limiter.tryAcquire("trade", 4)).isFalse();

    assertThat(limiter.availablePermits("trade")).isEqualTo(3);
  }

  @Test
  void keysHaveIndependentBuckets() {
    RateLimiter limiter = limiter();
    empty(limiter, "trade");

    assertThat(limiter.tryAcquire("market")).isTrue();
    assertThat(limiter.keys()).containsExactly("market", "trade");
  }

  @Test
  void delayUntilAvailableReportsTimeToNextPermitWithoutTakingIt() {
    RateLimiter limiter = limiter();
    assertThat(limiter.delayUntilAvailable("market")).isEqualTo(Duration.ZERO);
    empty(limiter, "market");

    assertThat(limiter.delayUntilAvailable("market")).isEqualTo(Duration.ofSeconds(1));
    clock.advanceMillis(20);
    assertThat(limiter.delayUntilAvailable("market")).isEqualTo(Duration.ofMillis(980));
    assertThat(limiter.delayUntilAvailable("market", 3)).isEqualTo(Duration.ofMillis(980));
    assertThat(limiter.delayUntilAvailable("market")).isEqualTo(Duration.ofMillis(980));
    assertThat(limiter.availablePermits("market")).isZero();
  }

  @Test
  void delayForSeveralPermitsWaitsForAsManyToLeaveTheWindow() {
    RateLimiter limiter = RateLimiter.builder().limit("k", 3, Duration.ofSeconds(1)).clock(clock).build();
    assertThat(limiter.tryAcquire("k")).isTrue();
    clock.advanceMillis(100);
    assertThat(limiter.tryAcquire("k")).isTrue();
    clock.advanceMillis(100);
    assertThat(limiter.tryAcquire("k")).isTrue();

    assertThat(limiter.delayUntilAvailable("k", 1)).isEqualTo(Duration.ofMillis(800));
    assertThat(limiter.delayUntilAvailable("k", 2)).isEqualTo(Duration.ofMillis(900));
    assertThat(limiter.delayUntilAvailable("k", 3)).isEqualTo(Duration.ofMillis(1_000));
  }

  @Test
  void thePermitIsThereExactlyWhenTheDelayEnds() {
    RateLimiter limiter = RateLimiter.builder()
        .limit("k", 2, Duration.ofSeconds(1))
        .clock(clock)
        .build();
    assertThat(limiter.tryAcquire("k")).isTrue();
    clock.advanceMillis(300);
    assertThat(limiter.tryAcquire("k")).isTrue();
    clock.advanceMillis(100);

    Duration delay = limiter.delayUntilAvailable("k");
    assertThat(delay).isEqualTo(Duration.ofMillis(600));
    clock.advance(delay.minusMillis(1));
    assertThat(limiter.tryAcquire("k")).isFalse();
    clock.advanceMillis(1);

    assertThat(limiter.tryAcquire("k")).isTrue();
  }

  @Test
  void reservationsQueueBehindEachOther() {
    RateLimiter limiter = RateLimiter.builder().limit("k", 2, Duration.ofSeconds(1)).clock(clock).build();
    empty(limiter, "k");

    assertThat(limiter.tryReserve("k", 1, Duration.ofSeconds(5))).contains(Duration.ofSeconds(1));
    assertThat(limiter.tryReserve("k", 1, Duration.ofSeconds(5))).contains(Duration.ofSeconds(1));
    assertThat(limiter.tryReserve("k", 1, Duration.ofMillis(1_999))).isEmpty();
    assertThat(limiter.tryReserve("k", 1, Duration.ofSeconds(5))).contains(Duration.ofSeconds(2));

    clock.advanceMillis(1_000);
    assertThat(limiter.tryAcquire("k")).as("both permits of this second are reserved").isFalse();
    clock.advanceMillis(999);
    assertThat(limiter.tryAcquire("k")).isFalse();
    clock.advanceMillis(2);
    assertThat(limiter.tryAcquire("k")).as("the reservation at 2 s took one of two").isTrue();
  }

  @Test
  void pauseHoldsEveryPermitUntilItEndsAndKeepsTheLongerOfTwo() {
    RateLimiter limiter = limiter();

    limiter.pause("market", Duration.ofMillis(500));
    limiter.pause("market", Duration.ofMillis(200));

    assertThat(limiter.tryAcquire("market")).isFalse();
    assertThat(limiter.availablePermits("market")).isZero();
    assertThat(limiter.tryReserve("market", 1, Duration.ofSeconds(1))).contains(Duration.ofMillis(500));
    assertThat(limiter.tryAcquire("trade")).as("other keys carry on").isTrue();
    clock.advanceMillis(500);
    assertThat(limiter.availablePermits("market")).isEqualTo(19);
  }

  static Stream<Arguments> noRollingWindowEverHoldsMoreThanTheLimit() {
    return Stream.of(
        Arguments.of("twenty per second", 20, 1_000L, 1L),
        Arguments.of("ten per second", 10, 1_000L, 2L),
        Arguments.of("three per second", 3, 1_000L, 3L),
        Arguments.of("five per 100 ms", 5, 100L, 4L),
        Arguments.of("a hundred per ten seconds", 100, 10_000L, 5L));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void noRollingWindowEverHoldsMoreThanTheLimit(String name, int permits, long periodMillis, long seed) {
    RateLimiter limiter = RateLimiter.builder()
        .limit("k", permits, Duration.ofMillis(periodMillis))
        .clock(clock)
        .build();
    Random random = new Random(seed);
    List<Long> due = new ArrayList<>();
    for (int step = 0; step < 20_000; step++) {
      int op = random.nextInt(10);
      int n = 1 + (random.nextInt(4) == 0 ? random.nextInt(Math.min(permits, 4)) : 0);
      if (op < 5) {
        if (limiter.tryAcquire("k", n)) {
          addTimes(due, clock.millis(), n);
        }
      } else if (op < 8) {
        Optional<Duration> wait = limiter.tryReserve("k", n, Duration.ofMillis(random.nextInt((int) periodMillis * 2)));
        wait.ifPresent(d -> addTimes(due, clock.millis() + d.toMillis(), n));
      } else if (op == 8) {
        limiter.pause("k", Duration.ofMillis(random.nextInt((int) periodMillis)));
      } else {
        clock.advanceMillis(random.nextInt((int) Math.max(2, periodMillis / 10)));
      }
    }

    assertThat(due.size()).as("permits issued").isGreaterThan(permits * 3);
    assertThat(RollingWindows.worst(due, periodMillis)).as("the fullest window, which the callers kept full")
        .isEqualTo(permits);
  }

  private static void addTimes(List<Long> times, long at, int n) {
    for (int i = 0; i < n; i++) {
      times.add(at);
    }
  }

  @Test
  void acquireTakesAvailablePermitWithoutSleeping() throws InterruptedException {
    RateLimiter limiter = limiter();

    assertThat(limiter.acquire("trade", Duration.ZERO)).isTrue();

    assertThat(sleeps).isEmpty();
    assertThat(limiter.availablePermits("trade")).isEqualTo(9);
  }

  @Test
  void acquireSleepsExactlyUntilPermitIsDue() throws InterruptedException {
    RateLimiter limiter = limiter();
    empty(limiter, "market");
    Instant before = clock.instant();

    assertThat(limiter.acquire("market", Duration.ofSeconds(1))).isTrue();

    assertThat(sleeps).containsExactly(Duration.ofSeconds(1));
    assertThat(Duration.between(before, clock.instant())).isEqualTo(Duration.ofSeconds(1));
    assertThat(limiter.availablePermits("market")).isEqualTo(19);
  }

  @Test
  void acquireReturnsFalseAtOnceWhenWaitWouldExceedTimeout() throws InterruptedException {
    RateLimiter limiter = limiter();
    empty(limiter, "market");
    Instant before = clock.instant();

    assertThat(limiter.acquire("market", 2, Duration.ofMillis(99))).isFalse();

    assertThat(sleeps).isEmpty();
    assertThat(clock.instant()).isEqualTo(before);
    clock.advanceMillis(1_000);
    assertThat(limiter.tryAcquire("market", 2)).as("nothing was taken by the refusal").isTrue();
  }

  @Test
  void acquireKeepsPermitsTakenWhenInterrupted() {
    RateLimiter limiter = RateLimiter.builder()
        .limit("k", 1, Duration.ofSeconds(1))
        .clock(clock)
        .sleeper(duration -> {
          throw new InterruptedException("interrupted in sleep");
        })
        .build();
    empty(limiter, "k");

    assertThatThrownBy(() -> limiter.acquire("k", Duration.ofSeconds(5)))
        .isInstanceOf(InterruptedException.class);

    assertThat(limiter.delayUntilAvailable("k")).isEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void neverIssuesMorePermitsThanRefilledUnderTwoThreads() throws Exception {
    RateLimiter limiter = limiter();
    AtomicBoolean stop = new AtomicBoolean();
    CountDownLatch started = new CountDownLatch(2);
    List<Future<Integer>> takers = new ArrayList<>();
    for (int t = 0; t < 2; t++) {
      takers.add(threads.submit(() -> {
        started.countDown();
        int taken = 0;
        while (!stop.get()) {
          if (limiter.tryAcquire("market")) {
            taken++;
          }
        }
        return taken;
      }));
    }
    assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();

    for (int ms = 0; ms < 1_000; ms++) {
      clock.advanceMillis(1);
    }
    stop.set(true);
    int taken = 0;
    for (Future<Integer> taker : takers) {
      taken += taker.get(5, TimeUnit.SECONDS);
    }
    while (limiter.tryAcquire("market")) {
      taken++;
    }

    // The first 20, and 20 more once they are a whole second old.
    assertThat(taken).isEqualTo(40);
  }

  @Test
  void clockSteppingBackwardsIssuesNoExtraPermits() {
    RateLimiter limiter = limiter();
    empty(limiter, "market");
    Instant emptiedAt = clock.instant();

    clock.set(emptiedAt.minusSeconds(10));
    assertThat(limiter.tryAcquire("market")).isFalse();
    clock.set(emptiedAt.plusMillis(999));
    assertThat(limiter.tryAcquire("market")).isFalse();
    clock.set(emptiedAt.plusMillis(1_000));

    assertThat(limiter.availablePermits("market")).isEqualTo(20);
  }

  @Test
  void unknownKeyNamesItAndTheKnownKeys() {
    RateLimiter limiter = limiter();

    assertThatThrownBy(() -> limiter.tryAcquire("markets"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Unknown rate limit key \"markets\"; known keys are [market, trade]. "
            + "Add .limit(\"markets\", permits, period) to the RateLimiter builder.");
  }

  @Test
  void rejectsPermitCountsOutsideCapacity() {
    RateLimiter limiter = limiter();

    assertThatThrownBy(() -> limiter.tryAcquire("trade", 11))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("permits must be between 1 and 10 (the limit of \"trade\") but was 11");
    assertThatThrownBy(() -> limiter.tryAcquire("trade", 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("permits must be between 1 and 10 (the limit of \"trade\") but was 0");
  }

  @Test
  void builderRejectsInvalidLimits() {
    assertThatThrownBy(() -> RateLimiter.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("No limits configured; call limit(key, permits, period) at least once");
    assertThatThrownBy(() -> RateLimiter.builder()
        .limit("market", 20, Duration.ofSeconds(1))
        .limit("market", 10, Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Duplicate limit for key \"market\"");
    assertThatThrownBy(() -> RateLimiter.builder().limit("market", 0, Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("permits must be at least 1 but was 0 for \"market\"");
    assertThatThrownBy(() -> RateLimiter.builder().limit("market", 20, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("period must be at least 1 ms but was PT0S");
    assertThatThrownBy(() -> RateLimiter.builder()
        .limit("market", Integer.MAX_VALUE, Duration.ofDays(367)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("period must be at most PT8784H but was PT8808H for \"market\"");
  }

  @Test
  void hugeMaxWaitDoesNotOverflow() {
    RateLimiter limiter = limiter();
    empty(limiter, "market");

    assertThat(limiter.tryReserve("market", 20, Duration.ofSeconds(Long.MAX_VALUE)))
        .contains(Duration.ofSeconds(1));
  }
}
