package io.bitget4j.redis;

import io.bitget4j.core.Credentials;
import io.bitget4j.core.Symbol;
import io.bitget4j.core.util.RateBudget;
import io.bitget4j.rest.BitgetRestClient;
import io.bitget4j.testkit.FakeBitget;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * One bot process of {@link SharedBudgetAcrossProcessesTest}: a REST client on the fake's
 * default account, drawing from a {@link RedisRateBudget} (or, for the inverted case, from its
 * own in-process budget). It warms up, prints {@code READY}, waits for {@code GO <millis>} on
 * standard input, hammers for that long, prints {@code RESULT ...} and exits.
 *
 * <p>Arguments: the fake's REST URL, the Redis URI or {@code none}, the number of bot processes,
 * threads per endpoint group.
 */
public final class LoadBot {
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
      // Loads the HTTP stack, measures the server clock and caches the contract before the run.
      client.market().ticker(Symbol.BTCUSDT_UMCBL);
      client.orders().place(Hammer.restingBuy());
      out.println("READY");
      BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      String go = in.readLine();
      if (go == null || !go.startsWith("GO ")) {
        throw new IllegalStateException("expected GO <millis> but got " + go);
      }
      long runNanos = TimeUnit.MILLISECONDS.toNanos(Long.parseLong(go.substring(3).trim()));
      Hammer.Result result = new Hammer().run(client, threadsPerGroup, System.nanoTime() + runNanos, 5_000);
      String mode = budget instanceof RedisRateBudget ? ((RedisRateBudget) budget).health().mode().name() : "IN_PROCESS";
      out.println(result.line() + " mode=" + mode);
    } finally {
      if (budget instanceof RedisRateBudget) {
        ((RedisRateBudget) budget).close();
      }
    }
  }
}
