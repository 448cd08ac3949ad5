package io.bitget4j.core.util;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bitget4j.core.testing.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
  void refillsExactlyOnePermitFiftyMillisecondsAfterEmptyingTwentyPerSecond() {
    RateLimiter limiter = limiter();
    empty(limiter, "market");

    clock.advanceMillis(49);
    assertThat(limiter.tryAcquire("market")).isFalse();
    clock.advanceMillis(1);

    assertThat(limiter.availablePermits("market")).isEqualTo(1);
    assertThat(limiter.tryAcquire("market")).isTrue();
    assertThat(limiter.tryAcquire("market")).isFalse();
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
  void carriesFractionOfPermitOverForNonDivisibleRates() {
    RateLimiter limiter = RateLimiter.builder()
        .limit("k", 3, Duration.ofSeconds(1))
        .clock(clock)
        .build();
    empty(limiter, "k");

    clock.advanceMillis(333);
    assertThat(limiter.tryAcquire("k")).isFalse();
    clock.advanceMillis(1);
    assertThat(limiter.tryAcquire("k")).isTrue();
    clock.advanceMillis(332);
    assertThat(limiter.tryAcquire("k")).isFalse();
    clock.advanceMillis(1); // 667 ms: two thirds of a second, so the second permit
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

    assertThat(limiter.delayUntilAvailable("market")).isEqualTo(Duration.ofMillis(50));
    clock.advanceMillis(20);
    assertThat(limiter.delayUntilAvailable("market")).isEqualTo(Duration.ofMillis(30));
    assertThat(limiter.delayUntilAvailable("market", 3)).isEqualTo(Duration.ofMillis(130));
    assertThat(limiter.delayUntilAvailable("market")).isEqualTo(Duration.ofMillis(30));
  }

  @Test
  void delayIsRoundedUpSoThePermitIsThereWhenItEnds() {
    RateLimiter limiter = RateLimiter.builder()
        .limit("k", 3, Duration.ofSeconds(1))
        .clock(clock)
        .build();
    empty(limiter, "k");

    Duration delay = limiter.delayUntilAvailable("k");
    assertThat(delay).isEqualTo(Duration.ofMillis(334));
    clock.advance(delay.minusMillis(1));
    assertThat(limiter.tryAcquire("k")).isFalse();
    clock.advanceMillis(1);

    assertThat(limiter.tryAcquire("k")).isTrue();
  }

  @Test
  void reservationsQueueBehindEachOther() {
    RateLimiter limiter = limiter();
    empty(limiter, "market");

    assertThat(limiter.tryReserve("market", 1, Duration.ofSeconds(1)))
        .contains(Duration.ofMillis(50));
    assertThat(limiter.tryReserve("market", 1, Duration.ofSeconds(1)))
        .contains(Duration.ofMillis(100));
    assertThat(limiter.tryReserve("market", 1, Duration.ofMillis(149))).isEmpty();

    clock.advanceMillis(100);
    assertThat(limiter.tryAcquire("market")).isFalse();
    clock.advanceMillis(50);
    assertThat(limiter.tryAcquire("market")).isTrue();
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

    assertThat(sleeps).containsExactly(Duration.ofMillis(50));
    assertThat(Duration.between(before, clock.instant())).isEqualTo(Duration.ofMillis(50));
    assertThat(limiter.tryAcquire("market")).isFalse();
  }

  @Test
  void acquireReturnsFalseAtOnceWhenWaitWouldExceedTimeout() throws InterruptedException {
    RateLimiter limiter = limiter();
    empty(limiter, "market");
    Instant before = clock.instant();

    assertThat(limiter.acquire("market", 2, Duration.ofMillis(99))).isFalse();

    assertThat(sleeps).isEmpty();
    assertThat(clock.instant()).isEqualTo(before);
    clock.advanceMillis(100);
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

    // The initial 20, plus exactly 20 refilled in the second that passed.
    assertThat(taken).isEqualTo(40);
  }

  @Test
  void clockSteppingBackwardsIssuesNoExtraPermits() {
    RateLimiter limiter = limiter();
    empty(limiter, "market");
    Instant emptiedAt = clock.instant();

    clock.set(emptiedAt.minusSeconds(10));
    assertThat(limiter.tryAcquire("market")).isFalse();
    clock.set(emptiedAt.plusMillis(50));

    assertThat(limiter.availablePermits("market")).isEqualTo(1);
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
        .hasMessage("permits must be between 1 and 10 (the capacity of \"trade\") but was 11");
    assertThatThrownBy(() -> limiter.tryAcquire("trade", 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("permits must be between 1 and 10 (the capacity of \"trade\") but was 0");
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
        .limit("market", Integer.MAX_VALUE, Duration.ofDays(365_000)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("period PT8760000H is too long for 2147483647 permits on \"market\"");
  }

  @Test
  void hugeMaxWaitDoesNotOverflow() {
    RateLimiter limiter = limiter();
    empty(limiter, "market");

    assertThat(limiter.tryReserve("market", 20, Duration.ofSeconds(Long.MAX_VALUE)))
        .contains(Duration.ofSeconds(1));
  }
}
