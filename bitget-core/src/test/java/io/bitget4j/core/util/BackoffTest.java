package io.bitget4j.core.util;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@Timeout(10)
class BackoffTest {
  /** The largest double below 1, the most a uniform generator returns. */
  private static final double ALMOST_ONE = Math.nextDown(1.0);

  /** A generator that always returns {@code value} from nextDouble. */
  private static RandomGenerator fixed(double value) {
    return new RandomGenerator() {
      @Override
      public long nextLong() {
        throw new AssertionError("only nextDouble is expected");
      }

      @Override
      public double nextDouble() {
        return value;
      }
    };
  }

  private static Backoff defaults(double random) {
    return Backoff.builder().random(fixed(random)).build();
  }

  static Stream<Arguments> maxDelayGrowsExponentiallyUpToCap() {
    return Stream.of(
        Arguments.of("first retry waits up to the base", 0, Duration.ofSeconds(1)),
        Arguments.of("second retry doubles it", 1, Duration.ofSeconds(2)),
        Arguments.of("fourth retry waits up to 8 s", 3, Duration.ofSeconds(8)),
        Arguments.of("fifth retry waits up to 16 s", 4, Duration.ofSeconds(16)),
        Arguments.of("sixth retry reaches the 30 s cap", 5, Duration.ofSeconds(30)),
        Arguments.of("attempt 63 stays at the cap", 63, Duration.ofSeconds(30)),
        Arguments.of("attempt 1,100 overflows a double and stays at the cap", 1_100,
            Duration.ofSeconds(30)),
        Arguments.of("the largest attempt stays at the cap", Integer.MAX_VALUE,
            Duration.ofSeconds(30)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void maxDelayGrowsExponentiallyUpToCap(String name, int attempt, Duration expected) {
    Backoff backoff = defaults(ALMOST_ONE);

    assertThat(backoff.maxDelay(attempt)).isEqualTo(expected);
  }

  static Stream<Arguments> fullJitterStaysWithinZeroAndMaxDelay() {
    return Stream.of(
        Arguments.of("random 0 waits nothing on the first retry", 0.0, 0, Duration.ZERO),
        Arguments.of("random 0 waits nothing at the cap", 0.0, 40, Duration.ZERO),
        Arguments.of("random one half waits half the base", 0.5, 0, Duration.ofMillis(500)),
        Arguments.of("random one half waits 4 s of 8 s", 0.5, 3, Duration.ofSeconds(4)),
        Arguments.of("random just below 1 waits just below 8 s", ALMOST_ONE, 3,
            Duration.ofNanos(7_999_999_999L)),
        Arguments.of("random just below 1 waits just below the cap", ALMOST_ONE,
            Integer.MAX_VALUE, Duration.ofNanos(29_999_999_999L)),
        Arguments.of("a broken random above 1 is held at the ceiling", 1.5, 2,
            Duration.ofSeconds(4)),
        Arguments.of("a broken negative random is held at zero", -0.5, 2, Duration.ZERO));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void fullJitterStaysWithinZeroAndMaxDelay(
      String name, double random, int attempt, Duration expected) {
    Backoff backoff = defaults(random);

    assertThat(backoff.delay(attempt)).isEqualTo(expected);
  }

  @Test
  void seededRandomDelaysAreNeverNegativeNorAboveMaxDelay() {
    Backoff backoff = Backoff.builder().random(new Random(42)).build();
    List<Duration> delays = new ArrayList<>();

    for (int attempt = 0; attempt < 1_000; attempt++) {
      Duration delay = backoff.delay(attempt % 70);
      assertThat(delay).isBetween(Duration.ZERO, backoff.maxDelay(attempt % 70));
      delays.add(delay);
    }

    assertThat(delays).doesNotHaveDuplicates();
  }

  @Test
  void attemptsAreExhaustedAfterMaxAttemptsCountingTheFirst() {
    Backoff backoff = Backoff.builder().maxAttempts(3).random(fixed(ALMOST_ONE)).build();
    Backoff.Attempts attempts = backoff.start();

    Optional<Duration> first = attempts.nextDelay();
    Optional<Duration> second = attempts.nextDelay();
    Optional<Duration> third = attempts.nextDelay();

    assertThat(first).hasValueSatisfying(d -> assertThat(d).isLessThan(Duration.ofSeconds(1)));
    assertThat(second).hasValueSatisfying(d -> assertThat(d).isGreaterThan(Duration.ofSeconds(1)));
    assertThat(third).isEmpty();
    assertThat(attempts.nextDelay()).isEmpty();
    assertThat(attempts.attempts()).isEqualTo(3);
  }

  @Test
  void exponentialFactoryAllowsFiveAttempts() {
    Backoff.Attempts attempts =
        Backoff.exponential(Duration.ofMillis(100), Duration.ofSeconds(2)).start();

    int delays = 0;
    while (attempts.nextDelay().isPresent()) {
      delays++;
      assertThat(delays).isLessThan(10);
    }

    assertThat(delays).isEqualTo(4);
  }

  @Test
  void resetAfterSuccessStartsAgainFromFirstDelay() {
    Backoff backoff = defaults(0.5);
    Backoff.Attempts attempts = backoff.start();
    attempts.nextDelay();
    attempts.nextDelay();
    assertThat(attempts.nextDelay()).contains(Duration.ofSeconds(2));

    attempts.reset();

    assertThat(attempts.attempts()).isZero();
    assertThat(attempts.nextDelay()).contains(Duration.ofMillis(500));
  }

  @Test
  void unlimitedNeverExhausts() {
    Backoff backoff = Backoff.builder().unlimited().random(fixed(ALMOST_ONE)).build();
    Backoff.Attempts attempts = backoff.start();

    for (int i = 0; i < 1_000; i++) {
      Optional<Duration> delay = attempts.nextDelay();
      assertThat(delay).as("delay %d", i).isPresent();
      assertThat(delay.get()).isBetween(Duration.ZERO, Duration.ofSeconds(30));
    }
    assertThat(attempts.attempts()).isEqualTo(1_000);
  }

  @Test
  void maxAttemptsAfterUnlimitedRestoresTheLimit() {
    Backoff backoff = Backoff.builder().unlimited().maxAttempts(1).build();

    assertThat(backoff.start().nextDelay()).isEmpty();
  }

  @Test
  void factorOneKeepsDelayAtBase() {
    Backoff backoff = Backoff.builder().factor(1.0).random(fixed(0.5)).build();

    assertThat(backoff.delay(0)).isEqualTo(Duration.ofMillis(500));
    assertThat(backoff.delay(500)).isEqualTo(Duration.ofMillis(500));
  }

  @Test
  void hugeCapIsHonouredWithoutOverflow() {
    Backoff backoff = Backoff.builder().cap(Duration.ofSeconds(Long.MAX_VALUE))
        .random(fixed(ALMOST_ONE)).build();

    assertThat(backoff.maxDelay(Integer.MAX_VALUE)).isEqualTo(Duration.ofNanos(Long.MAX_VALUE));
    assertThat(backoff.delay(Integer.MAX_VALUE)).isPositive()
        .isLessThanOrEqualTo(Duration.ofNanos(Long.MAX_VALUE));
  }

  @Test
  void rejectsInvalidSettings() {
    assertThatThrownBy(() -> Backoff.builder().base(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("base must be positive but was PT0S");
    assertThatThrownBy(() -> Backoff.builder().factor(0.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("factor must be finite and at least 1 but was 0.5");
    assertThatThrownBy(() -> Backoff.builder().factor(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("factor must be finite and at least 1 but was NaN");
    assertThatThrownBy(() -> Backoff.builder().maxAttempts(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxAttempts must be at least 1 but was 0");
    assertThatThrownBy(() -> Backoff.exponential(Duration.ofSeconds(2), Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cap (PT1S) must not be less than base (PT2S)");
    assertThatThrownBy(() -> defaults(0.5).delay(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("attempt must not be negative but was -1");
  }
}
