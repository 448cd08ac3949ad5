package io.bitget4j.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.bitget4j.core.testing.RollingWindows;
import io.bitget4j.core.util.RateBudget;
import io.bitget4j.rest.BitgetRestClient;
import io.bitget4j.testkit.FakeBitget;
import io.bitget4j.testkit.RecordedCall;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Redis failing under three bots (three budgets, each with its own Redis connection, in this
 * JVM): killed, killed and restarted, slow. Nothing may hang, the exchange may see no 429, and
 * each budget says once that it fell back. The bots warm up for {@value #WARM_UP_MILLIS} ms
 * before the fault and the exchange is judged from then on. The log is captured and asserted on.
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class RedisOutageTest {
  private static final int BOTS = 3;
  private static final String PLACE_ORDER = "/api/v2/mix/order/place-order";
  private static final long WARM_UP_MILLIS = 2_000;

  private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
  private final PrintStream originalErr = System.err;
  private final List<RedisRateBudget> budgets = new ArrayList<>();
  private final List<BitgetRestClient> clients = new ArrayList<>();
  private final ScheduledExecutorService faults = Executors.newSingleThreadScheduledExecutor();
  private final ExecutorService bots = Executors.newFixedThreadPool(BOTS);
  private EmbeddedRedis redis;
  private FakeBitget fake;
  private volatile long warmAtMillis;
  private volatile long rejectionsWhenWarm;

  @BeforeEach
  void start() {
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    redis = EmbeddedRedis.start();
    fake = FakeBitget.builder().tickInterval(Duration.ZERO).start();
  }

  @AfterEach
  void stop() throws InterruptedException {
    faults.shutdownNow();
    bots.shutdownNow();
    assertThat(bots.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    clients.forEach(BitgetRestClient::close);
    budgets.forEach(RedisRateBudget::close);
    fake.close();
    redis.close();
    System.setErr(originalErr);
  }

  private String log() {
    System.err.flush();
    return captured.toString(StandardCharsets.UTF_8);
  }

  private RedisRateBudget budget(String uri) {
    RedisRateBudget budget = RedisRateBudget.builder()
        .redisUri(uri)
        .expectedProcesses(BOTS)
        .retryInterval(Duration.ofMillis(300))
        .build();
    budgets.add(budget);
    return budget;
  }

  /**
   * Builds the bots (each a client on its own budget and Redis connection), then starts them
   * hammering until {@code runMillis} from now.
   */
  private List<Future<Hammer.Result>> hammer(long runMillis) {
    for (int i = 0; i < BOTS; i++) {
      clients.add(BitgetRestClient.builder().baseUrl(fake.restUrl()).credentials(fake.credentials())
          .rateBudget(budget(redis.uri())).build());
    }
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(runMillis);
    faults.schedule(() -> {
      warmAtMillis = System.currentTimeMillis();
      rejectionsWhenWarm = fake.rateLimitRejections();
    }, WARM_UP_MILLIS, TimeUnit.MILLISECONDS);
    List<Future<Hammer.Result>> results = new ArrayList<>();
    for (BitgetRestClient client : clients) {
      results.add(bots.submit(() -> new Hammer().run(client, 2, deadline, 3_000)));
    }
    return results;
  }

  /** Arrival times of the requests on {@code path} since the bots were warm. */
  private List<Long> arrivals(String path) {
    return fake.requests().stream().filter(call -> call.path().equals(path))
        .map((RecordedCall call) -> call.receivedAt().toEpochMilli()).filter(t -> t >= warmAtMillis).toList();
  }

  /** Each path's fullest second and arrivals in ms since the bots were warm, for failure messages. */
  private String report() {
    StringBuilder report = new StringBuilder();
    for (String path : List.of(PLACE_ORDER, "/api/v2/mix/market/ticker")) {
      List<Long> times = arrivals(path);
      report.append('\n').append(path).append(": fullest second ").append(RollingWindows.worstWindow(times, 1_000))
          .append(", arrivals ").append(times.stream().sorted().map(t -> t - warmAtMillis).toList());
    }
    return report.toString();
  }

  /** The 429s the fake has sent since the bots were warm. */
  private long rejectionsSinceWarm() {
    return fake.rateLimitRejections() - rejectionsWhenWarm;
  }

  @Test
  void redisKilledMidRunFallsBackToLocalSharesWithoutRateLimitsOrHangs() throws Exception {
    List<Future<Hammer.Result>> running = hammer(WARM_UP_MILLIS + 5_000);
    faults.schedule(redis::stop, WARM_UP_MILLIS + 1_500, TimeUnit.MILLISECONDS);

    for (Future<Hammer.Result> bot : running) {
      Hammer.Result result = bot.get(30, TimeUnit.SECONDS); // a hung call fails the Hammer instead
      assertThat(result.slowestCallMillis()).as("slowest call of %s", result).isLessThan(8_000);
      assertThat(result.otherFailures() + result.exchangeRateLimits()).as("failed calls of %s", result).isZero();
    }

    assertThat(rejectionsSinceWarm()).as("429s the exchange sent; %s", report()).isZero();
    assertThat(RollingWindows.worst(arrivals(PLACE_ORDER), 1_000)).isLessThanOrEqualTo(10);
    assertThat(budgets).as("log: %s", log()).allSatisfy(budget -> {
      assertThat(budget.health().mode()).isEqualTo(RedisRateBudget.Mode.LOCAL_SHARE);
      assertThat(budget.health().redisFailures()).isPositive();
    });
    // One warning per fallback: a machine too busy to answer within the bound may add an earlier one.
    assertThat(log().lines().filter(line -> line.contains("WARN")))
        .allSatisfy(line -> assertThat(line).contains("is unavailable", "falls back to a local share of 1/3"))
        .hasSizeGreaterThanOrEqualTo(BOTS);
  }

  @Test
  void redisRestartedBringsEveryBudgetBackToTheSharedOne() throws Exception {
    List<Future<Hammer.Result>> running = hammer(WARM_UP_MILLIS + 6_000);
    faults.schedule(redis::stop, WARM_UP_MILLIS + 1_000, TimeUnit.MILLISECONDS);
    faults.schedule(redis::startAgain, WARM_UP_MILLIS + 2_500, TimeUnit.MILLISECONDS);

    for (Future<Hammer.Result> bot : running) {
      Hammer.Result result = bot.get(30, TimeUnit.SECONDS);
      assertThat(result.otherFailures() + result.exchangeRateLimits()).as("failed calls of %s", result).isZero();
    }

    // A budget returns once a call comes after its returning period; on a busy machine the bots may
    // have stopped before that, so each gets calls until it is back (or the wait runs out).
    RateBudget.Key key = RateBudget.Key.perAccount(fake.credentials(), "TRADE", 10, Duration.ofSeconds(1));
    await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
        assertThat(budgets).allSatisfy(budget -> {
          budget.reserve(key, Duration.ofSeconds(5));
          assertThat(budget.health().mode()).isEqualTo(RedisRateBudget.Mode.SHARED);
        }));
    assertThat(rejectionsSinceWarm()).as("429s the exchange sent; %s", report()).isZero();
    assertThat(RollingWindows.worst(arrivals(PLACE_ORDER), 1_000)).isLessThanOrEqualTo(10);
    assertThat(log().lines().filter(line -> line.contains("answers again: returning to the shared budget")))
        .hasSizeGreaterThanOrEqualTo(BOTS);
    assertThat(log().lines().filter(line -> line.contains(": back on the shared budget")))
        .hasSizeGreaterThanOrEqualTo(BOTS);
  }

  @Test
  void aSlowRedisCostsACallNoMoreThanTheConfiguredWait() {
    RateBudget.Key key = RateBudget.Key.perAccount(fake.credentials(), "TRADE", 10, Duration.ofSeconds(1));
    try (DelayingProxy proxy = new DelayingProxy(redis.port())) {
      RedisRateBudget budget = RedisRateBudget.builder().redisUri(proxy.uri()).expectedProcesses(2)
          .retryInterval(Duration.ofMillis(200)).build();
      budgets.add(budget);
      assertThat(budget.reserve(key, Duration.ofSeconds(5)).granted()).isTrue();
      assertThat(budget.health().mode()).isEqualTo(RedisRateBudget.Mode.SHARED);

      proxy.delay(3_000);
      long slowestNanos = 0;
      long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
      for (int call = 0; call < 100_000 && System.nanoTime() < until; call++) {
        long start = System.nanoTime();
        budget.reserve(key, Duration.ofSeconds(5));
        slowestNanos = Math.max(slowestNanos, System.nanoTime() - start);
      }

      // bound 250 ms, against Redis answering after 3 s; the slack covers a machine too busy to
      // schedule the caller on time
      assertThat(Duration.ofNanos(slowestNanos)).as("the longest call while Redis was slow, bound 250 ms")
          .isLessThan(Duration.ofMillis(1_000));
      assertThat(budget.health().mode()).isEqualTo(RedisRateBudget.Mode.LOCAL_SHARE);
      assertThat(budget.health().lastFailure()).hasValueSatisfying(f -> assertThat(f).containsIgnoringCase("timeout"));

      proxy.delay(0);
      await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
        budget.reserve(key, Duration.ofSeconds(5));
        assertThat(budget.health().mode()).isEqualTo(RedisRateBudget.Mode.SHARED);
      });
    }
    assertThat(log()).contains("is unavailable", "answers again");
  }
}
