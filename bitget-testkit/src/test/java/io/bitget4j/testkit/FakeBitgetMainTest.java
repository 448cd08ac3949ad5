package io.bitget4j.testkit;

import static io.bitget4j.testkit.TestSupport.call;
import static io.bitget4j.testkit.TestSupport.get;
import static io.bitget4j.testkit.TestSupport.hmac;
import static io.bitget4j.testkit.TestSupport.object;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.bitget4j.core.AccountMode;
import io.bitget4j.core.Symbol;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link FakeBitgetMain}: its options parsed in-process, and the launcher run as a separate
 * process ({@code java -cp <test classpath>}), read through its JSON line, driven over HTTP and
 * stopped.
 */
@Timeout(90)
class FakeBitgetMainTest {
  private static final Duration START_TIMEOUT = Duration.ofSeconds(30);

  private static OkHttpClient client;
  private final List<Process> processes = new ArrayList<>();

  @TempDir
  Path temp;

  @BeforeAll
  static void createClient() {
    client = TestSupport.newClient();
  }

  @AfterAll
  static void closeClient() {
    TestSupport.shutdown(client);
  }

  @AfterEach
  void stopProcesses() throws InterruptedException {
    for (Process p : processes) {
      p.destroyForcibly();
      p.waitFor(10, TimeUnit.SECONDS);
    }
  }

  // ---- options, in-process ------------------------------------------------------------------

  @Test
  void parsesEveryOptionInBothSpellings() {
    LaunchOptions o = LaunchOptions.parse("--port", "18081", "--symbols",
        "BTCUSDT_UMCBL, $AIUSDT_UMCBL=0.25,龙虾USDT_UMCBL=3.5", "--seed=7", "--api-key", "k1", "--secret", "s1",
        "--passphrase", "p1", "--account-mode=unified", "--demo", "--tick-interval", "1s", "--balance", "500",
        "--no-rate-limits");

    assertThat(o.help).isFalse();
    assertThat(o.port).isEqualTo(18081);
    assertThat(o.symbols).containsExactly(
        Map.entry(Symbol.BTCUSDT_UMCBL, new BigDecimal("27000")),
        Map.entry(Symbol.parse("$AIUSDT_UMCBL"), new BigDecimal("0.25")),
        Map.entry(Symbol.parse("龙虾USDT_UMCBL"), new BigDecimal("3.5")));
    assertThat(o.seed).isEqualTo(7);
    assertThat(List.of(o.apiKey, o.secretKey, o.passphrase)).containsExactly("k1", "s1", "p1");
    assertThat(o.accountMode).isEqualTo(AccountMode.UNIFIED);
    assertThat(o.demo).isTrue();
    assertThat(o.tickInterval).isEqualTo(Duration.ofSeconds(1));
    assertThat(o.balance).isEqualByComparingTo("500");
    assertThat(o.rateLimits).isFalse();
  }

  @Test
  void defaultsAreTheBuildersAndHelpIsRecognised() {
    LaunchOptions o = LaunchOptions.parse();

    assertThat(o.port).isZero();
    assertThat(o.symbols).isEmpty();
    assertThat(o.accountMode).isEqualTo(AccountMode.CLASSIC);
    assertThat(o.tickInterval).isEqualTo(Duration.ofMillis(200));
    assertThat(o.apiKey).isEqualTo(FakeBitget.DEFAULT_API_KEY);
    assertThat(LaunchOptions.parse("--help").help).isTrue();
    assertThat(LaunchOptions.parse("--tick-interval", "0").tickInterval).isZero();
    assertThat(LaunchOptions.parse("--tick-interval", "1500").tickInterval).isEqualTo(Duration.ofMillis(1500));
  }

  @Test
  void symbolsWithoutAPriceStartNearTheirUsualPrice() {
    assertThat(LaunchOptions.usualPrice(Symbol.parse("ETHUSDT_UMCBL"))).isEqualByComparingTo("1800");
    assertThat(LaunchOptions.usualPrice(Symbol.parse("SBTCSUSDT_SUMCBL"))).isEqualByComparingTo("27000");
    assertThat(LaunchOptions.usualPrice(Symbol.parse("1000SATSUSDT_UMCBL"))).isEqualByComparingTo("0.0003");
    assertThat(LaunchOptions.usualPrice(Symbol.parse("龙虾USDT_UMCBL"))).isEqualByComparingTo("1");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "--port                               | --port needs a value",
      "--port x                             | --port needs a whole number, got \"x\"",
      "--port 70000                         | --port must be 0..65535, got 70000",
      "--symbols btcusdt_umcbl              | --symbols: invalid symbol \"btcusdt_umcbl\": symbols are upper case; "
          + "did you mean \"BTCUSDT_UMCBL\"?",
      "--symbols BTCUSDT_UMCBL,,ETHUSDT_UMCBL | --symbols has an empty entry in \"BTCUSDT_UMCBL,,ETHUSDT_UMCBL\"; "
          + "separate symbols with single commas",
      "--symbols BTCUSDT_UMCBL=-1           | --symbols price of BTCUSDT_UMCBL must be positive, got -1",
      "--symbols BTCUSDT_UMCBL=cheap        | --symbols price of BTCUSDT_UMCBL needs a decimal number such as "
          + "27000.5, got \"cheap\"",
      "--symbols BTCUSDT_UMCBL,BTCUSDT_UMCBL | --symbols names BTCUSDT_UMCBL twice",
      "--account-mode auto                  | --account-mode must be classic or unified, got \"auto\"",
      "--tick-interval fast                 | --tick-interval needs a duration such as 200ms, 1s or 0, got \"fast\"",
      "--balance -5                         | --balance must not be negative, got \"-5\"",
      "--api-key=                           | --api-key must not be blank",
      "--frobnicate                         | unknown option \"--frobnicate\"",
  })
  void refusesABadArgumentNamingTheFix(String args, String message) {
    assertThatThrownBy(() -> LaunchOptions.parse(args.trim().split(" ")))
        .isInstanceOf(LaunchOptions.UsageException.class)
        .hasMessage(message);
  }

  // ---- the launcher as a separate process ---------------------------------------------------

  private Process launch(Path stderr, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"),
        FakeBitgetMain.class.getName()));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command)
        .redirectError(stderr.toFile())
        .redirectInput(ProcessBuilder.Redirect.PIPE)
        .start();
    processes.add(p);
    return p;
  }

  /** The first line the process prints, within {@link #START_TIMEOUT}. */
  private static String firstLine(Process p) throws InterruptedException, ExecutionException {
    BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    CompletableFuture<String> line = CompletableFuture.supplyAsync(() -> {
      try {
        return out.readLine();
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    try {
      return line.get(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      throw new AssertionError("the launcher printed no line within " + START_TIMEOUT, e);
    }
  }

  @Test
  void launcherPrintsOneJsonLineThenServesItsOptionsUntilStopped() throws Exception {
    Process p = launch(temp.resolve("stderr.txt"), "--port", "0",
        "--symbols", "BTCUSDT_UMCBL,$AIUSDT_UMCBL=0.25,龙虾USDT_UMCBL=2", "--seed", "7",
        "--api-key", "k1", "--secret", "s1", "--passphrase", "p1",
        "--account-mode", "unified", "--demo", "--tick-interval", "0");

    String line = firstLine(p);
    Map<String, Object> info = object(line);

    assertThat(line).isASCII();
    String rest = (String) info.get("restUrl");
    assertThat(rest).startsWith("http://127.0.0.1:");
    assertThat(info).containsEntry("event", "started")
        .containsEntry("publicWsUrl", rest.replace("http:", "ws:") + "/v3/ws/public")
        .containsEntry("privateWsUrl", rest.replace("http:", "ws:") + "/v3/ws/private")
        .containsEntry("controlUrl", rest + "/__fake")
        .containsEntry("apiKey", "k1").containsEntry("secretKey", "s1").containsEntry("passphrase", "p1")
        .containsEntry("accountMode", "unified").containsEntry("demoTrading", true)
        .containsEntry("seed", 7.0).containsEntry("tickIntervalMillis", 0.0);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> symbols = (List<Map<String, Object>>) info.get("symbols");
    assertThat(symbols).extracting(s -> s.get("symbol"), s -> s.get("ccxt"), s -> s.get("price")).containsExactly(
        tuple("BTCUSDT_UMCBL", "BTC/USDT:USDT", "27000"),
        tuple("$AIUSDT_UMCBL", "$AI/USDT:USDT", "0.25"),
        tuple("龙虾USDT_UMCBL", "龙虾/USDT:USDT", "2"));

    String aiTicker = rest + "/api/v3/market/tickers?category=USDT-FUTURES&symbol=%24AIUSDT";
    Request price = new Request.Builder().url(info.get("controlUrl") + "/prices")
        .post(RequestBody.create("{\"symbol\":\"$AIUSDT_UMCBL\",\"price\":\"0.3\"}", TestSupport.JSON)).build();
    assertThat(call(client, price).status()).isEqualTo(200);
    assertThat(get(client, aiTicker).dataList().get(0)).containsEntry("lastPrice", "0.3");
    assertThat(call(client, signedAssets(rest, true)).code()).isEqualTo("00000");
    assertThat(call(client, signedAssets(rest, false)).code()).isEqualTo("40099");

    p.destroy();
    assertThat(p.waitFor(10, TimeUnit.SECONDS)).as("the launcher stops on SIGTERM").isTrue();
    assertThatThrownBy(() -> get(client, rest + "/api/v2/public/time")).isInstanceOf(IOException.class);
  }

  /** V3's assets, signed with the launcher's k1/s1/p1 at the local clock, with or without {@code paptrading}. */
  private static Request signedAssets(String rest, boolean paper) {
    String path = "/api/v3/account/assets";
    String ts = Long.toString(System.currentTimeMillis());
    Request.Builder b = new Request.Builder().url(rest + path)
        .header("ACCESS-KEY", "k1")
        .header("ACCESS-SIGN", hmac("s1", ts + "GET" + path))
        .header("ACCESS-TIMESTAMP", ts)
        .header("ACCESS-PASSPHRASE", "p1");
    if (paper) {
      b.header("paptrading", "1");
    }
    return b.build();
  }

  @Test
  void launcherWithoutOptionsIsAClassicFakeOfBtcAndEth() throws Exception {
    Process p = launch(temp.resolve("stderr.txt"));

    Map<String, Object> info = object(firstLine(p));
    String rest = (String) info.get("restUrl");

    assertThat(info).containsEntry("accountMode", "classic").containsEntry("demoTrading", false)
        .containsEntry("apiKey", FakeBitget.DEFAULT_API_KEY).containsEntry("tickIntervalMillis", 200.0);
    assertThat(get(client, rest + "/api/v2/mix/market/tickers?productType=USDT-FUTURES").dataList())
        .extracting(t -> t.get("symbol")).containsExactly("BTCUSDT", "ETHUSDT");
    assertThat(get(client, rest + "/api/v2/spot/public/coins").dataList())
        .extracting(c -> c.get("coin")).containsExactly("BTC", "USDT", "ETH");
  }

  @Test
  void helpPrintsTheUsageAndExitsZero() throws Exception {
    Process p = launch(temp.resolve("stderr.txt"), "--help");

    assertThat(p.waitFor(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS)).isTrue();
    String usage = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(p.exitValue()).isZero();
    assertThat(usage).startsWith("Usage: java -jar bitget-testkit-<version>-standalone.jar [options]")
        .contains("--symbols", "--account-mode", "--demo", "--tick-interval", "--help");
  }

  @Test
  void aBadArgumentExitsTwoWithTheMessage() throws Exception {
    Path stderr = temp.resolve("stderr.txt");
    Process p = launch(stderr, "--account-mode", "auto");

    assertThat(p.waitFor(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS)).isTrue();

    assertThat(p.exitValue()).isEqualTo(2);
    assertThat(p.getInputStream().readAllBytes()).isEmpty();
    assertThat(Files.readString(stderr)).contains(
        "FakeBitgetMain: --account-mode must be classic or unified, got \"auto\"",
        "Run with --help for the options.");
  }
}
