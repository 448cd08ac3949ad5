package io.bitget4j.core.util;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bitget4j.core.Credentials;
import io.bitget4j.core.testing.ManualClock;
import io.bitget4j.core.testing.RollingWindows;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class RateBudgetTest {
  private static final Credentials ALICE = Credentials.of("bg_alice0123456789abcdef", "secret", "pass");
  private static final Credentials BOB = Credentials.of("bg_bob0123456789abcdef", "secret", "pass");

  private final ManualClock clock = ManualClock.create();
  private final RateBudget budget = RateBudget.inProcess(clock, Duration.ofMillis(50));
  private final RateBudget.Key trade = RateBudget.Key.perAccount(ALICE, "TRADE", 10, Duration.ofSeconds(1));
  private final ExecutorService threads = Executors.newFixedThreadPool(4);

  @AfterEach
  void stopThreads() throws InterruptedException {
    threads.shutdownNow();
    assertThat(threads.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void grantsTheLimitAtOnceThenQueuesBehindTheWindowAndItsMargin() {
    for (int i = 0; i < 10; i++) {
      assertThat(budget.reserve(trade, Duration.ZERO)).isEqualTo(RateBudget.Decision.granted(Duration.ZERO));
    }

    assertThat(budget.reserve(trade, Duration.ofSeconds(5))).isEqualTo(RateBudget.Decision.granted(Duration.ofMillis(1_050)));
  }

  @Test
  void refusesWithoutTakingWhenTheWaitIsTooLong() {
    for (int i = 0; i < 10; i++) {
      budget.reserve(trade, Duration.ZERO);
    }

    assertThat(budget.reserve(trade, Duration.ofMillis(1_049))).isEqualTo(RateBudget.Decision.refused(Duration.ofMillis(1_050)));
    clock.advanceMillis(1_050);
    for (int i = 0; i < 10; i++) {
      assertThat(budget.reserve(trade, Duration.ZERO).granted()).as("permit %d after the window", i).isTrue();
    }
  }

  @Test
  void accountsAndGroupsHaveSeparateBudgets() {
    RateBudget.Key bobTrade = RateBudget.Key.perAccount(BOB, "TRADE", 10, Duration.ofSeconds(1));
    RateBudget.Key aliceRead = RateBudget.Key.perAccount(ALICE, "PRIVATE_READ", 10, Duration.ofSeconds(1));
    for (int i = 0; i < 10; i++) {
      budget.reserve(trade, Duration.ZERO);
    }

    assertThat(budget.reserve(bobTrade, Duration.ZERO).granted()).isTrue();
    assertThat(budget.reserve(aliceRead, Duration.ZERO).granted()).isTrue();
    assertThat(budget.reserve(RateBudget.Key.perAccount(ALICE, "TRADE", 10, Duration.ofSeconds(1)), Duration.ZERO).granted())
        .as("an equal key is the same budget").isFalse();
  }

  @Test
  void aPauseHoldsTheWholeKeyAndQueuesReservationsAfterIt() {
    budget.reserve(trade, Duration.ZERO);

    budget.pause(trade, Duration.ofMillis(400));

    assertThat(budget.reserve(trade, Duration.ZERO).granted()).isFalse();
    assertThat(budget.reserve(trade, Duration.ofSeconds(1))).isEqualTo(RateBudget.Decision.granted(Duration.ofMillis(400)));
    assertThat(budget.reserve(RateBudget.Key.perIp("default", "MARKET", 20, Duration.ofSeconds(1)), Duration.ZERO).granted())
        .isTrue();
  }

  @Test
  void aSendLaterThanHalfTheMarginIsChargedAsOneMorePermit() {
    for (int i = 0; i < 10; i++) {
      budget.reserve(trade, Duration.ZERO);
    }
    clock.advanceMillis(300);

    assertThat(budget.tolerance()).isEqualTo(Duration.ofMillis(25));
    budget.sentLate(trade, Duration.ofMillis(25)); // within the tolerance: costs nothing
    budget.sentLate(trade, Duration.ofMillis(300)); // one of the ten went out only now

    // Nine more at 1.05 s, when the others are a window old; the tenth waits for the late one.
    for (int i = 0; i < 9; i++) {
      assertThat(budget.reserve(trade, Duration.ofSeconds(5))).isEqualTo(RateBudget.Decision.granted(Duration.ofMillis(750)));
    }
    assertThat(budget.reserve(trade, Duration.ofSeconds(5))).isEqualTo(RateBudget.Decision.granted(Duration.ofMillis(1_050)));
  }

  @Test
  void manyThreadsNeverGetMoreThanTheLimitInAnyWindowOfTheExchange() throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    List<Future<List<Long>>> takers = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      takers.add(threads.submit(() -> {
        start.await();
        List<Long> due = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
          long now = clock.millis();
          RateBudget.Decision decision = budget.reserve(trade, Duration.ofMinutes(1));
          assertThat(decision.granted()).isTrue();
          due.add(now + decision.delay().toMillis());
        }
        return due;
      }));
    }
    start.countDown();
    List<Long> due = new ArrayList<>();
    for (Future<List<Long>> taker : takers) {
      due.addAll(taker.get(5, TimeUnit.SECONDS));
    }

    assertThat(due).hasSize(100);
    // The exchange's window is 1 s; the budget's is 1.05 s, so even 50 ms of jitter stays within it.
    assertThat(RollingWindows.worst(due, 1_000)).isEqualTo(10);
    assertThat(RollingWindows.worst(due, 1_050)).isEqualTo(10);
  }

  @Test
  void accountScopeIsAStableHashThatNeverShowsTheKey() {
    RateBudget.Key key = RateBudget.Key.perAccount(ALICE, "TRADE", 10, Duration.ofSeconds(1));

    assertThat(key.scope()).matches("account-[0-9a-f]{16}").doesNotContain("alice");
    assertThat(key.id()).isEqualTo(key.scope() + "/TRADE").doesNotContain(ALICE.apiKey());
    assertThat(RateBudget.Key.perAccount(Credentials.of(ALICE.apiKey(), "other", "other"), "TRADE", 10,
        Duration.ofSeconds(1))).isEqualTo(key);
    assertThat(RateBudget.Key.perAccount(BOB, "TRADE", 10, Duration.ofSeconds(1)).scope()).isNotEqualTo(key.scope());
    assertThat(RateBudget.Key.perIp("203.0.113.7", "MARKET", 20, Duration.ofSeconds(1)).id())
        .isEqualTo("ip-203.0.113.7/MARKET");
  }

  @Test
  void keysRejectWhatCannotNameABudget() {
    assertThatThrownBy(() -> RateBudget.Key.perIp("office nat", "MARKET", 20, Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("scope \"ip-office nat\" must be 1 to 64 letters, digits or . _ : - (it becomes part of a key in a"
            + " shared store)");
    assertThatThrownBy(() -> RateBudget.Key.perIp("a", "MAR/KET", 20, Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("group \"MAR/KET\" must be 1 to 64 letters, digits or . _ -");
    assertThatThrownBy(() -> RateBudget.Key.perIp("a", "MARKET", 0, Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("permits must be at least 1 but was 0 for MARKET");
    assertThatThrownBy(() -> RateBudget.Key.perIp("a", "MARKET", 1, Duration.ofDays(2)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("window must be at most 1 day but was PT48H for MARKET");
    assertThatThrownBy(() -> RateBudget.inProcess(clock, Duration.ofMinutes(2)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("margin must be at most 1 minute but was PT2M");
  }
}
