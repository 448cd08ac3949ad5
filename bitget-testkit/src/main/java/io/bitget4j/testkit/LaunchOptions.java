package io.bitget4j.testkit;

import io.bitget4j.core.AccountMode;
import io.bitget4j.core.Symbol;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@link FakeBitgetMain}'s command line, parsed and checked; {@link #builder()} turns it into a fake. */
final class LaunchOptions {
  static final String USAGE = String.join("\n",
      "Usage: java -jar bitget-testkit-<version>-standalone.jar [options]",
      "       (or java -cp <classpath> io.bitget4j.testkit.FakeBitgetMain [options])",
      "",
      "Runs FakeBitget, a fake Bitget USDT-futures exchange (REST, WebSocket and a control API under",
      "/__fake), on 127.0.0.1 until it is stopped (Ctrl-C or SIGTERM). At start-up it prints one JSON",
      "line on standard output with the URLs and credentials, such as",
      "  {\"event\":\"started\",\"restUrl\":\"http://127.0.0.1:8080\",\"publicWsUrl\":...,\"apiKey\":...}",
      "",
      "Options (--name value or --name=value):",
      "  --port N               port to listen on; 0 picks a free one (default 0)",
      "  --symbols LIST         comma-separated symbols, each SYMBOL or SYMBOL=PRICE, in the _UMCBL family:",
      "                         BTCUSDT_UMCBL,ETHUSDT_UMCBL=1800,$AIUSDT_UMCBL=0.25,龙虾USDT_UMCBL,",
      "                         SBTCSUSDT_SUMCBL (default BTCUSDT_UMCBL=27000,ETHUSDT_UMCBL=1800);",
      "                         without a price, well-known bases start near their usual price, others at 1",
      "  --seed N               seed of the market's random walk; equal seeds replay equally (default 42)",
      "  --api-key KEY          API key the account accepts (default " + FakeBitget.DEFAULT_API_KEY + ")",
      "  --secret SECRET        its secret key (default " + FakeBitget.DEFAULT_SECRET_KEY + ")",
      "  --passphrase TEXT      its passphrase (default " + FakeBitget.DEFAULT_PASSPHRASE + ")",
      "  --account-mode MODE    classic (V2 API, the default) or unified (a unified trading account: V3 REST",
      "                         and streams)",
      "  --demo                 a demo-trading key: private REST calls must send the header paptrading: 1",
      "  --tick-interval TIME   how often the market moves: 200ms (default), 1s, 1500 (milliseconds),",
      "                         or 0 to move it only through the control API",
      "  --balance AMOUNT       the account's starting balance in its margin coin (default 10000)",
      "  --no-rate-limits       serve every call instead of answering HTTP 429 over Bitget's budgets",
      "  --help                 print this text and exit",
      "");

  /** Starting prices of well-known bases when {@code --symbols} names none. */
  private static final Map<String, BigDecimal> USUAL_PRICES = usualPrices();
  private static final Pattern DURATION = Pattern.compile("(\\d+)(ms|s|m)?");

  boolean help;
  int port;
  final Map<Symbol, BigDecimal> symbols = new LinkedHashMap<>();
  long seed = 42L;
  String apiKey = FakeBitget.DEFAULT_API_KEY;
  String secretKey = FakeBitget.DEFAULT_SECRET_KEY;
  String passphrase = FakeBitget.DEFAULT_PASSPHRASE;
  AccountMode accountMode = AccountMode.CLASSIC;
  boolean demo;
  Duration tickInterval = Duration.ofMillis(200);
  BigDecimal balance = new BigDecimal("10000");
  boolean rateLimits = true;

  /** A command-line mistake: the message says what was wrong and how to write it. */
  static final class UsageException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }

  private LaunchOptions() {}

  /**
   * Parses the arguments.
   *
   * @throws UsageException naming the argument that is wrong and the accepted form
   */
  static LaunchOptions parse(String... args) {
    LaunchOptions o = new LaunchOptions();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      String name = arg;
      String value = null;
      int eq = arg.indexOf('=');
      if (arg.startsWith("--") && eq > 0) {
        name = arg.substring(0, eq);
        value = arg.substring(eq + 1);
      }
      switch (name) {
        case "--help":
        case "-h":
          o.help = true;
          break;
        case "--demo":
          o.demo = true;
          break;
        case "--no-rate-limits":
          o.rateLimits = false;
          break;
        case "--port":
        case "--symbols":
        case "--seed":
        case "--api-key":
        case "--secret":
        case "--passphrase":
        case "--account-mode":
        case "--tick-interval":
        case "--balance":
          if (value == null) {
            if (i + 1 >= args.length) {
              throw new UsageException(name + " needs a value");
            }
            value = args[++i];
          }
          o.set(name, value);
          break;
        default:
          throw new UsageException("unknown option \"" + arg + "\"");
      }
    }
    return o;
  }

  private void set(String name, String value) {
    switch (name) {
      case "--port":
        port = (int) number(name, value, 0, 65535);
        break;
      case "--symbols":
        symbols(value);
        break;
      case "--seed":
        seed = number(name, value, Long.MIN_VALUE, Long.MAX_VALUE);
        break;
      case "--api-key":
        apiKey = nonBlank(name, value);
        break;
      case "--secret":
        secretKey = nonBlank(name, value);
        break;
      case "--passphrase":
        passphrase = nonBlank(name, value);
        break;
      case "--account-mode":
        accountMode = accountMode(value);
        break;
      case "--tick-interval":
        tickInterval = duration(name, value);
        break;
      default:
        balance = decimal(name, value);
        if (balance.signum() < 0) {
          throw new UsageException("--balance must not be negative, got \"" + value + "\"");
        }
    }
  }

  private static long number(String name, String value, long min, long max) {
    long n;
    try {
      n = Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new UsageException(name + " needs a whole number, got \"" + value + "\"");
    }
    if (n < min || n > max) {
      throw new UsageException(name + " must be " + min + ".." + max + ", got " + n);
    }
    return n;
  }

  private static String nonBlank(String name, String value) {
    if (value.isBlank()) {
      throw new UsageException(name + " must not be blank");
    }
    return value;
  }

  private static BigDecimal decimal(String name, String value) {
    try {
      return new BigDecimal(value);
    } catch (NumberFormatException e) {
      throw new UsageException(name + " needs a decimal number such as 27000.5, got \"" + value + "\"");
    }
  }

  private static AccountMode accountMode(String value) {
    switch (value) {
      case "classic":
        return AccountMode.CLASSIC;
      case "unified":
        return AccountMode.UNIFIED;
      default:
        throw new UsageException("--account-mode must be classic or unified, got \"" + value + "\"");
    }
  }

  /** {@code 200ms}, {@code 1s}, {@code 2m}, or a number of milliseconds; {@code 0} turns the ticks off. */
  private static Duration duration(String name, String value) {
    Matcher m = DURATION.matcher(value);
    if (!m.matches()) {
      throw new UsageException(name + " needs a duration such as 200ms, 1s or 0, got \"" + value + "\"");
    }
    long n;
    try {
      n = Long.parseLong(m.group(1));
    } catch (NumberFormatException e) {
      throw new UsageException(name + " is too long: \"" + value + "\"");
    }
    String unit = m.group(2) == null ? "ms" : m.group(2);
    return unit.equals("ms") ? Duration.ofMillis(n) : unit.equals("s") ? Duration.ofSeconds(n) : Duration.ofMinutes(n);
  }

  private void symbols(String list) {
    symbols.clear();
    for (String item : list.split(",", -1)) {
      String entry = item.trim();
      if (entry.isEmpty()) {
        throw new UsageException("--symbols has an empty entry in \"" + list
            + "\"; separate symbols with single commas");
      }
      int eq = entry.indexOf('=');
      String text = eq < 0 ? entry : entry.substring(0, eq).trim();
      Symbol symbol;
      try {
        symbol = Symbol.parse(text);
      } catch (IllegalArgumentException e) {
        throw new UsageException("--symbols: " + e.getMessage());
      }
      BigDecimal price = eq < 0 ? usualPrice(symbol) : decimal("--symbols price of " + symbol,
          entry.substring(eq + 1).trim());
      if (price.signum() <= 0) {
        throw new UsageException("--symbols price of " + symbol + " must be positive, got " + price.toPlainString());
      }
      if (symbols.put(symbol, price) != null) {
        throw new UsageException("--symbols names " + symbol + " twice");
      }
    }
  }

  /** A well-known base's usual price (a demo base {@code SBTC} as {@code BTC}), else 1. */
  static BigDecimal usualPrice(Symbol symbol) {
    String base = symbol.base();
    if (symbol.productType().isDemo() && base.startsWith("S")) {
      base = base.substring(1);
    }
    return USUAL_PRICES.getOrDefault(base, BigDecimal.ONE);
  }

  private static Map<String, BigDecimal> usualPrices() {
    Map<String, BigDecimal> m = new LinkedHashMap<>();
    m.put("BTC", new BigDecimal("27000"));
    m.put("ETH", new BigDecimal("1800"));
    m.put("BNB", new BigDecimal("210"));
    m.put("SOL", new BigDecimal("20"));
    m.put("LTC", new BigDecimal("65"));
    m.put("XRP", new BigDecimal("0.5"));
    m.put("ADA", new BigDecimal("0.25"));
    m.put("DOGE", new BigDecimal("0.06"));
    m.put("1000SATS", new BigDecimal("0.0003"));
    return Collections.unmodifiableMap(m);
  }

  /** A builder of the fake these options describe. */
  FakeBitget.Builder builder() {
    FakeBitget.Builder b = FakeBitget.builder()
        .port(port)
        .seed(seed)
        .credentials(apiKey, secretKey, passphrase)
        .accountMode(accountMode)
        .demoTrading(demo)
        .tickInterval(tickInterval)
        .initialBalance(balance)
        .rateLimitsEnabled(rateLimits);
    symbols.forEach(b::symbol);
    return b;
  }
}
