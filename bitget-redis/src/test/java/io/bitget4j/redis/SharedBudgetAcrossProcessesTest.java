package io.bitget4j.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.bitget4j.core.testing.RollingWindows;
import io.bitget4j.testkit.FakeBitget;
import io.bitget4j.testkit.RecordedCall;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The promise of the shared budget, with real processes: four JVMs, one API key, one Redis, one
 * fake exchange (in this JVM, reachable by all). Each bot places orders (TRADE, 10/s per account)
 * and reads the ticker (MARKET, 20/s per IP) from several threads as fast as its client lets it.
 * The exchange, not the bots, judges: it counts what arrives and what it refuses.
 *
 * <p>The bots warm up first (they hammer through the same budget for a few seconds) and are
 * measured once all of them are hammering. Four JVMs starting at once on a two-core machine starve every
 * thread, the fake's included, for hundreds of milliseconds, far beyond any margin a budget can
 * keep: no budget's promise reaches into a machine that cannot keep time, so the run, not the
 * start-up, is judged.
 */
@Timeout(value = 150, unit = TimeUnit.SECONDS)
class SharedBudgetAcrossProcessesTest {
  private static final int PROCESSES = 4;
  private static final int THREADS_PER_GROUP = 2;
  private static final String PLACE_ORDER = "/api/v2/mix/order/place-order";
  private static final Path LOGS = Path.of("target", "load-bots");

  private static EmbeddedRedis redis;
  private FakeBitget fake;
  private final List<Process> bots = new ArrayList<>();

  @BeforeAll
  static void startRedis() {
    redis = EmbeddedRedis.start();
  }

  @AfterAll
  static void stopRedis() {
    redis.close();
  }

  @BeforeEach
  void startFake() {
    fake = FakeBitget.builder().tickInterval(java.time.Duration.ZERO).start();
  }

  @AfterEach
  void stopEverything() throws InterruptedException {
    for (Process bot : bots) {
      bot.destroyForcibly();
      bot.waitFor(10, TimeUnit.SECONDS);
    }
    fake.close();
  }

  @Test
  void fourProcessesOnOneRedisStayWithinEveryLimitInEverySecondAndUseOver85PercentOfIt() throws Exception {
    long runMillis = 10_000;
    Run run = runBots(redis.uri(), runMillis);

    assertThat(run.rejections()).as("429s the exchange sent; bots:%n%s", run.report()).isZero();
    assertThat(run.results()).allSatisfy(line -> assertThat(line).contains("exchangeRateLimits=0",
        "clientRefusals=0", "otherFailures=0", "mode=SHARED"));
    Map<String, List<Long>> byGroup = run.arrivalsByGroup();
    assertThat(RollingWindows.worst(byGroup.get("TRADE"), 1_000)).as("orders in the fullest second; %s", run.report())
        .isLessThanOrEqualTo(10);
    assertThat(RollingWindows.worst(byGroup.get("MARKET"), 1_000)).as("market reads in the fullest second; %s",
        run.report()).isLessThanOrEqualTo(20);
    double seconds = runMillis / 1_000.0;
    assertThat(run.countDuringRun(byGroup.get("TRADE")) / seconds).as("orders per second, all bots together; %s",
        run.report()).isGreaterThanOrEqualTo(0.85 * 10);
    assertThat(run.countDuringRun(byGroup.get("MARKET")) / seconds).as("market reads per second, all bots together; %s",
        run.report()).isGreaterThanOrEqualTo(0.85 * 20);
  }

  @Test
  void withoutTheSharedBudgetTheSameProcessesProvokeRateLimits() throws Exception {
    Run run = runBots("none", 3_000);

    assertThat(run.rejections()).as("429s the exchange sent; bots:%n%s", run.report()).isPositive();
    assertThat(RollingWindows.worst(run.arrivalsByGroup().get("TRADE"), 1_000)).isGreaterThan(10);
  }

  /** Starts the bots, lets them warm up, runs them together for {@code runMillis}, collects what they say. */
  private Run runBots(String redisUri, long runMillis) throws Exception {
    Files.createDirectories(LOGS);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classpath = System.getProperty("java.class.path");
    List<BotOutput> outputs = new ArrayList<>();
    for (int i = 0; i < PROCESSES; i++) {
      Process bot = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m",
          "-cp", classpath, LoadBot.class.getName(), fake.restUrl(), redisUri, Integer.toString(PROCESSES),
          Integer.toString(THREADS_PER_GROUP))
          .redirectError(LOGS.resolve("bot-" + i + ".log").toFile())
          .start();
      bots.add(bot);
      outputs.add(new BotOutput(bot));
    }
    for (BotOutput output : outputs) {
      assertThat(output.ready.get(90, TimeUnit.SECONDS)).as("a bot's first line").isEqualTo("READY");
    }
    long rejectionsBeforeRun = fake.rateLimitRejections();
    long goAtMillis = System.currentTimeMillis();
    for (Process bot : bots) {
      Writer stdin = new OutputStreamWriter(bot.getOutputStream(), StandardCharsets.UTF_8);
      stdin.write("GO " + runMillis + "\n");
      stdin.flush();
    }
    List<String> results = new ArrayList<>();
    for (BotOutput output : outputs) {
      results.add(output.result.get(runMillis + 30_000, TimeUnit.MILLISECONDS));
    }
    for (Process bot : bots) {
      assertThat(bot.waitFor(20, TimeUnit.SECONDS)).as("bot exited").isTrue();
      assertThat(bot.exitValue()).as("bot exit code; see %s", LOGS).isZero();
    }
    return new Run(fake.requests(), goAtMillis, runMillis, results, fake.rateLimitRejections() - rejectionsBeforeRun);
  }

  /**
   * What the exchange recorded and the bots reported.
   *
   * @param calls every request the fake received, warm-up included
   * @param goAtMillis when the bots were told to start
   * @param runMillis how long they ran
   * @param results each bot's {@code RESULT} line
   * @param rejections the 429s the fake sent during the run
   */
  private record Run(List<RecordedCall> calls, long goAtMillis, long runMillis, List<String> results,
      long rejections) {
    /**
     * Arrival times in epoch millis of the requests that arrived during the run, per client endpoint group: orders
     * TRADE, public data MARKET.
     */
    Map<String, List<Long>> arrivalsByGroup() {
      return calls.stream().filter(call -> call.receivedAt().toEpochMilli() >= goAtMillis).collect(Collectors.groupingBy(
          call -> call.path().equals(PLACE_ORDER) ? "TRADE"
              : call.path().startsWith("/api/v2/mix/market/") || call.path().equals("/api/v2/public/time")
                  ? "MARKET" : "OTHER",
          Collectors.mapping(call -> call.receivedAt().toEpochMilli(), Collectors.toList())));
    }

    long countDuringRun(List<Long> arrivals) {
      return arrivals.stream().filter(t -> t >= goAtMillis && t < goAtMillis + runMillis).count();
    }

    /** The bots' results, and each group's arrivals in ms from the start, for a failure message. */
    String report() {
      StringBuilder report = new StringBuilder();
      results.forEach(line -> report.append(line).append('\n'));
      arrivalsByGroup().forEach((group, times) -> report.append(group).append(": fullest second ")
          .append(RollingWindows.worstWindow(times, 1_000)).append(", arrivals ")
          .append(times.stream().sorted().map(t -> t - goAtMillis).toList()).append('\n'));
      return report.append("bot logs in ").append(LOGS.toAbsolutePath()).toString();
    }
  }

  /** Reads a bot's standard output on its own thread: the first line, then the RESULT line. */
  private static final class BotOutput {
    final CompletableFuture<String> ready = new CompletableFuture<>();
    final CompletableFuture<String> result = new CompletableFuture<>();

    BotOutput(Process bot) {
      Thread reader = new Thread(() -> read(bot), "load-bot-reader-" + bot.pid());
      reader.setDaemon(true);
      reader.start();
    }

    private void read(Process bot) {
      try (BufferedReader lines = new BufferedReader(new InputStreamReader(bot.getInputStream(), StandardCharsets.UTF_8))) {
        String line;
        while ((line = lines.readLine()) != null) {
          if (!ready.isDone()) {
            ready.complete(line);
          } else if (line.startsWith("RESULT")) {
            result.complete(line);
          }
        }
        IllegalStateException ended = new IllegalStateException("bot " + bot.pid() + " closed its output early");
        ready.completeExceptionally(ended);
        result.completeExceptionally(ended);
      } catch (IOException e) {
        ready.completeExceptionally(new UncheckedIOException(e));
        result.completeExceptionally(new UncheckedIOException(e));
      }
    }
  }
}
