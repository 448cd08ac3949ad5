package io.bitget4j.testkit;

import io.bitget4j.core.Symbol;
import io.bitget4j.testkit.internal.JsonWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;

/**
 * Runs a {@link FakeBitget} as a standalone server until the process is stopped (Ctrl-C or
 * SIGTERM), for clients and tests in any language:
 * {@code java -jar bitget-testkit-<version>-standalone.jar [options]}, or
 * {@code java -cp <classpath> io.bitget4j.testkit.FakeBitgetMain [options]}.
 *
 * <p>Options: {@code --port}, {@code --symbols} ({@code BTCUSDT_UMCBL,$AIUSDT_UMCBL=0.25,...}),
 * {@code --seed}, {@code --api-key}, {@code --secret}, {@code --passphrase},
 * {@code --account-mode classic|unified}, {@code --demo}, {@code --tick-interval},
 * {@code --balance}, {@code --no-rate-limits} and {@code --help}; a bad argument exits with
 * status 2 and a message on standard error.
 *
 * <p>At start-up it prints exactly one line on standard output, a JSON object (ASCII only,
 * non-ASCII symbols escaped) that a script can read:
 *
 * <pre>{@code
 * {"event":"started","restUrl":"http://127.0.0.1:8080","publicWsUrl":"ws://127.0.0.1:8080/v2/ws/public",
 *  "privateWsUrl":"ws://127.0.0.1:8080/v2/ws/private","controlUrl":"http://127.0.0.1:8080/__fake",
 *  "port":8080,"apiKey":"fake-api-key","secretKey":"fake-secret-key","passphrase":"fake-passphrase",
 *  "accountMode":"classic","demoTrading":false,"seed":42,"tickIntervalMillis":200,
 *  "symbols":[{"symbol":"BTCUSDT_UMCBL","v2Symbol":"BTCUSDT","productType":"USDT-FUTURES",
 *  "ccxt":"BTC/USDT:USDT","price":"27000"},...]}
 * }</pre>
 *
 * <p>The credentials are the fake's test credentials, printed so that a script can sign with them.
 * Logs go to standard error.
 */
public final class FakeBitgetMain {
  private FakeBitgetMain() {}

  /**
   * Starts the fake as the arguments say and serves until the process is stopped; prints the usage
   * and returns for {@code --help}; exits with status 2 for a bad argument, 1 when the port cannot
   * be bound.
   *
   * @param args the options; {@code --help} lists them
   * @throws InterruptedException if interrupted while serving
   */
  public static void main(String[] args) throws InterruptedException {
    LaunchOptions options;
    FakeBitget fake;
    try {
      options = LaunchOptions.parse(args);
      if (options.help) {
        System.out.print(LaunchOptions.USAGE);
        System.out.flush();
        return;
      }
      fake = options.builder().start();
    } catch (UncheckedIOException e) {
      System.err.println("FakeBitgetMain: " + e.getMessage() + ": " + e.getCause().getMessage());
      System.exit(1);
      return;
    } catch (IllegalArgumentException e) {
      System.err.println("FakeBitgetMain: " + e.getMessage());
      System.err.println("Run with --help for the options.");
      System.exit(2);
      return;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      fake.close();
      stopped.countDown();
    }, "FakeBitget shutdown"));
    System.out.println(startedLine(fake, options));
    System.out.flush();
    System.err.println("FakeBitget is running at " + fake.restUrl() + " (control API " + fake.controlUrl()
        + "). Stop it with Ctrl-C.");
    stopped.await();
  }

  /** The start-up line: one JSON object, ASCII only. */
  static String startedLine(FakeBitget fake, LaunchOptions options) {
    JsonWriter w = new JsonWriter().beginObject()
        .field("event", "started")
        .field("restUrl", fake.restUrl())
        .field("publicWsUrl", fake.publicWsUrl())
        .field("privateWsUrl", fake.privateWsUrl())
        .field("controlUrl", fake.controlUrl())
        .field("port", fake.port())
        .field("apiKey", options.apiKey)
        .field("secretKey", options.secretKey)
        .field("passphrase", options.passphrase)
        .field("accountMode", fake.accountMode().name().toLowerCase(Locale.ROOT))
        .name("demoTrading").value(fake.demoTrading())
        .field("seed", options.seed)
        .field("tickIntervalMillis", options.tickInterval.toMillis())
        .name("symbols").beginArray();
    for (Symbol s : fake.symbols()) {
      w.beginObject()
          .field("symbol", s.toString())
          .field("v2Symbol", s.v2Symbol())
          .field("productType", s.productType().v2Name())
          .field("ccxt", s.ccxt())
          .field("price", fake.price(s))
          .endObject();
    }
    return ascii(w.endArray().endObject().toString());
  }

  /** Escapes every non-ASCII character as {@code \\uXXXX}: valid JSON whatever the console's charset. */
  private static String ascii(String json) {
    StringBuilder out = new StringBuilder(json.length());
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (c < 0x7f) {
        out.append(c);
      } else {
        out.append(String.format("\\u%04x", (int) c));
      }
    }
    return out.toString();
  }
}
