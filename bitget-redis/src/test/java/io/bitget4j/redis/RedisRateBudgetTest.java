package io.bitget4j.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.bitget4j.core.Credentials;
import io.bitget4j.core.testing.ManualClock;
import io.bitget4j.core.testing.RollingWindows;
import io.bitget4j.core.util.RateBudget;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The shared budget against a real Redis, with the buckets' time on a manual clock: due times
 * are exact, so windows are computed, not sampled. Each test uses its own key prefix.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class RedisRateBudgetTest {
  private static final Credentials ACCOUNT = Credentials.of("bg_0123456789abcdef0123", "secret", "passphrase");
  private static final RateBudget.Key TRADE = RateBudget.Key.perAccount(ACCOUNT, "TRADE", 10, Duration.ofSeconds(1));
  private static final AtomicInteger PREFIXES = new AtomicInteger();
  private static EmbeddedRedis redis;

  private final ManualClock clock = ManualClock.create();
  private final String prefix = "test" + PREFIXES.incrementAndGet() + ":";
  private final List<RedisRateBudget> budgets = new ArrayList<>();

  @BeforeAll
  static void startRedis() {
    redis = EmbeddedRedis.start();
  }

  @AfterAll
  static void stopRedis() {
    redis.close();
  }

  @AfterEach
  void closeBudgets() {
    budgets.forEach(RedisRateBudget::close);
  }

  private RedisRateBudget budget(int expectedProcesses) {
    return budget(RedisRateBudget.builder().redisUri(redis.uri()).expectedProcesses(expectedProcesses));
  }

  private RedisRateBudget budget(RedisRateBudget.Builder builder) {
    RedisRateBudget budget = builder.keyPrefix(prefix).clock(clock).build();
    budgets.add(budget);
    return budget;
  }

  @Test
  void fourProcessesOnOneKeyNeverExceedTheLimitInAnyWindowYetGetOverNinetyPercentOfIt() {
    List<RedisRateBudget> processes = List.of(budget(4), budget(4), budget(4), budget(4));
    List<Long> due = new ArrayList<>();

    for (int i = 0; i < 100; i++) {
      RateBudget.Decision decision = processes.get(i % 4).reserve(TRADE, Duration.ofMinutes(1));
      assertThat(decision.granted()).isTrue();
      due.add(clock.millis() + decision.delay().toMillis());
    }

    assertThat(due.get(0)).as("the first permit is free").isEqualTo(clock.millis());
    // The exchange's window and the budget's (window + 100 ms margin) both hold at most 10.
    assertThat(RollingWindows.worst(due, 1_000)).isLessThanOrEqualTo(10);
    assertThat(RollingWindows.worst(due, 1_100)).isLessThanOrEqualTo(10);
    double perSecond = (due.size() - 1) * 1_000.0 / (due.get(due.size() - 1) - due.get(0));
    assertThat(perSecond).as("aggregate permits per second").isGreaterThanOrEqualTo(9.0);
    assertThat(processes).allSatisfy(p -> assertThat(p.health().mode()).isEqualTo(RedisRateBudget.Mode.SHARED));
  }

  @Test
  void aPermitFurtherAwayThanTheCallerWaitsIsRefusedAndNotTaken() {
    RedisRateBudget budget = budget(1);
    assertThat(budget.reserve(TRADE, Duration.ZERO)).isEqualTo(RateBudget.Decision.granted(Duration.ZERO));

    RateBudget.Decision refused = budget.reserve(TRADE, Duration.ofMillis(50));
    await().atMost(Duration.ofSeconds(5)).until(() -> budget.backgroundWritesInFlight() == 0);
    RateBudget.Decision granted = budget.reserve(TRADE, Duration.ofSeconds(1));

    assertThat(refused.granted()).isFalse();
    assertThat(refused.delay()).isBetween(Duration.ofMillis(109), Duration.ofMillis(111));
    assertThat(granted.delay()).as("the refused permit was never taken").isEqualTo(refused.delay());
  }

  @Test
  void aPauseHoldsTheKeyForEveryProcess() {
    RedisRateBudget first = budget(2);
    RedisRateBudget second = budget(2);
    first.reserve(TRADE, Duration.ZERO);
    clock.advanceMillis(1_000);

    first.pause(TRADE, Duration.ofMillis(500));
    await().atMost(Duration.ofSeconds(5)).until(() -> first.backgroundWritesInFlight() == 0);

    assertThat(second.reserve(TRADE, Duration.ofSeconds(5)).delay()).isBetween(Duration.ofMillis(500),
        Duration.ofMillis(611));
  }

  @Test
  void aLateSendIsChargedToEveryProcess() {
    RedisRateBudget first = budget(2);
    RedisRateBudget second = budget(2);
    first.reserve(TRADE, Duration.ZERO);
    clock.advanceMillis(1_000);

    first.sentLate(TRADE, Duration.ofMillis(40)); // within half the 100 ms margin
    first.sentLate(TRADE, Duration.ofMillis(300));
    await().atMost(Duration.ofSeconds(5)).until(() -> first.backgroundWritesInFlight() == 0);

    assertThat(second.reserve(TRADE, Duration.ofSeconds(5)).delay()).isBetween(Duration.ofMillis(109),
        Duration.ofMillis(111));
  }

  @Test
  void eachPermitIsOneScriptCallByDigestAndAFlushedScriptIsLoadedAgain() {
    RedisRateBudget budget = budget(1);
    RateBudget.Key market = RateBudget.Key.perIp("test", "MARKET", 1_000, Duration.ofSeconds(1));
    budget.reserve(market, Duration.ofSeconds(1)); // creates the bucket
    RedisClient client = RedisClient.create(redis.uri());
    try (StatefulRedisConnection<String, String> connection = client.connect()) {
      RedisCommands<String, String> admin = connection.sync();
      admin.configResetstat();
      for (int i = 0; i < 20; i++) {
        assertThat(budget.reserve(market, Duration.ofSeconds(1)).granted()).isTrue();
      }
      String stats = admin.info("commandstats");
      assertThat(calls(stats, "evalsha")).as(stats).isEqualTo(20);
      assertThat(calls(stats, "eval")).as("the script is never sent in full again").isZero();
      // Redis counts the commands a script runs too: each swap reads once, and writes once.
      assertThat(calls(stats, "get")).as("no read before the swap: this process wrote last").isEqualTo(20);
      assertThat(calls(stats, "psetex")).isEqualTo(20);

      admin.scriptFlush(); // as after a restart of Redis: it no longer knows the script
      admin.configResetstat();
      for (int i = 0; i < 5; i++) {
        assertThat(budget.reserve(market, Duration.ofSeconds(1)).granted()).isTrue();
      }
      stats = admin.info("commandstats");
      assertThat(calls(stats, "eval")).as("loaded again once: " + stats).isEqualTo(1);
      assertThat(calls(stats, "psetex")).as("one swap per permit: " + stats).isEqualTo(5);
    } finally {
      client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
    }
    assertThat(budget.health().redisFailures()).isZero();
    assertThat(budget.health().mode()).isEqualTo(RedisRateBudget.Mode.SHARED);
  }

  /** How many times Redis ran {@code command}, from {@code INFO commandstats}. */
  private static long calls(String commandStats, String command) {
    return commandStats.lines().filter(line -> line.startsWith("cmdstat_" + command + ":")).findFirst()
        .map(line -> Long.parseLong(line.replaceFirst("^cmdstat_[a-z_]+:calls=(\\d+),.*", "$1"))).orElse(0L);
  }

  @Test
  void keysAreNamespacedByAHashOfTheApiKeyNeverTheKeyItself() {
    budget(1).reserve(TRADE, Duration.ZERO);

    RedisClient client = RedisClient.create(redis.uri());
    try (StatefulRedisConnection<String, String> connection = client.connect()) {
      List<String> keys = connection.sync().keys(prefix + "*");
      assertThat(keys).containsExactly(prefix + TRADE.id());
      assertThat(keys.get(0)).matches(prefix + "account-[0-9a-f]{16}/TRADE").doesNotContain(ACCOUNT.apiKey());
    } finally {
      client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
    }
  }

  @Test
  void startsOnALocalShareWhenRedisCannotBeReachedAndSaysSoOnce() {
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream originalErr = System.err;
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    RedisRateBudget budget;
    try {
      budget = budget(RedisRateBudget.builder()
          .redisUri("redis://127.0.0.1:" + EmbeddedRedis.freePort())
          .expectedProcesses(4)
          .connectTimeout(Duration.ofMillis(500)));
      for (int i = 0; i < 2; i++) {
        assertThat(budget.reserve(TRADE, Duration.ofSeconds(5))).isEqualTo(RateBudget.Decision.granted(Duration.ZERO));
      }
      assertThat(budget.reserve(TRADE, Duration.ofSeconds(5)))
          .as("a quarter of 10 a second: 2 per 1.1 s").isEqualTo(RateBudget.Decision.granted(Duration.ofMillis(1_100)));
    } finally {
      System.setErr(originalErr);
    }

    RedisRateBudget.Health health = budget.health();
    assertThat(health.mode()).isEqualTo(RedisRateBudget.Mode.LOCAL_SHARE);
    assertThat(health.redisFailures()).isPositive();
    assertThat(health.lastFailure()).hasValueSatisfying(f -> assertThat(f).contains("127.0.0.1"));
    String log = captured.toString(StandardCharsets.UTF_8);
    assertThat(log.lines().filter(l -> l.contains("WARN")))
        .singleElement().asString().contains("falls back to a local share of 1/4");
  }

  @Test
  void builderSaysWhatIsWrongWithoutEchoingTheUri() {
    assertThatThrownBy(() -> RedisRateBudget.builder().redisUri("http://user:s3cret@host:6379"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("redisUri must start with redis:// or rediss://, as in redis://host:6379");
    assertThatThrownBy(() -> RedisRateBudget.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("no Redis server: call redisUri(\"redis://host:port\") first");
    assertThatThrownBy(() -> RedisRateBudget.builder().expectedProcesses(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expectedProcesses must be at least 1 but was 0");
    assertThatThrownBy(() -> RedisRateBudget.builder().maxRedisWait(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxRedisWait must be between PT0.001S and PT10S but was PT0S");
    assertThatThrownBy(() -> RedisRateBudget.builder().keyPrefix("bad prefix"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("keyPrefix \"bad prefix\" must be at most 64 letters, digits or . _ : / -");
  }
}
