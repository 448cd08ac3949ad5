package io.bitget4j.redis;

import io.bitget4j.core.Credentials;
import io.bitget4j.core.util.RateBudget;
import io.bitget4j.rest.BitgetRestClient;
import io.bitget4j.testkit.FakeBitget;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One bot process of {@link SharedBudgetAcrossProcessesTest}: a REST client on the fake's
 * default account, drawing from a {@link RedisRateBudget} (or, for the inverted case, from its
 * own in-process budget). It starts hammering at once and, after {@value #WARM_UP_MILLIS} ms
 * (its code compiled, its connections open), prints {@code READY}; it keeps hammering until
 * {@code GO <millis>} arrives on standard input and that many milliseconds more have passed,
 * then prints {@code RESULT ...} (counting the whole time) and exits.
 *
 * <p>Arguments: the fake's REST URL, the Redis URI or {@code none}, the number of bot processes,
 * threads per endpoint group.
 */
public final class LoadBot {
  private static final long WARM_UP_MILLIS = 3_000;

  private LoadBot() {}

  /**
   * Runs one bot.
   *
   * @param args fake URL, Redis URI or {@code none}, processes, threads per group
   * @throws Exception anything unexpected, which ends the process with a stack trace
   */
  public static void main(String[] args) throws Exception {
    String fakeUrl = args[0];
    String redisUri = args[1];
    int processes = Integer.parseInt(args[2]);
    int threadsPerGroup = Integer.parseInt(args[3]);
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    RateBudget budget = redisUri.equals("none")
        ? RateBudget.inProcess()
        : RedisRateBudget.builder().redisUri(redisUri).expectedProcesses(processes).build();
    Credentials credentials = Credentials.of(FakeBitget.DEFAULT_API_KEY, FakeBitget.DEFAULT_SECRET_KEY,
        FakeBitget.DEFAULT_PASSPHRASE);
    try (BitgetRestClient client = BitgetRestClient.builder().baseUrl(fakeUrl).credentials(credentials)
        .rateBudget(budget).build()) {
      // Until GO, the deadline is a minute away: a parent that never says GO still ends the bot.
      AtomicLong deadline = new AtomicLong(System.nanoTime() + TimeUnit.MINUTES.toNanos(1));
      CompletableFuture<Hammer.Result> hammering = CompletableFuture.supplyAsync(() -> {
        try {
          return new Hammer().run(client, threadsPerGroup, deadline, 5_000);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted", e);
        }
      });
      TimeUnit.MILLISECONDS.sleep(WARM_UP_MILLIS); // load, not synchronisation: how long to warm up
      out.println("READY");
      BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      String go = in.readLine();
      if (go == null || !go.startsWith("GO ")) {
        throw new IllegalStateException("expected GO <millis> but got " + go);
      }
      deadline.set(System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(Long.parseLong(go.substring(3).trim())));
      Hammer.Result result = hammering.get(2, TimeUnit.MINUTES);
      String mode = budget instanceof RedisRateBudget ? ((RedisRateBudget) budget).health().mode().name() : "IN_PROCESS";
      out.println(result.line() + " mode=" + mode);
    } finally {
      if (budget instanceof RedisRateBudget) {
        ((RedisRateBudget) budget).close();
      }
    }
  }
}
