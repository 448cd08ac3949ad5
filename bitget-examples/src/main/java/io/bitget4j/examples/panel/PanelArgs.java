package io.bitget4j.examples.panel;

import io.bitget4j.core.AccountMode;
import io.bitget4j.core.Symbol;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The trader panel's command line: {@code [--symbol S]... [--size N] [--duration 30s] [--demo|--mainnet]
 * [--account-mode classic|unified] [--allow-trading] [--plain] [--help]}.
 *
 * @param symbols the markets, in the order given, without repeats; the first one shows first
 * @param size the order size for the trading keys; empty for each contract's minimum
 * @param environment where the panel connects
 * @param duration how long the panel runs; empty for until {@code q}
 * @param allowTrading whether {@code --allow-trading} was given (needed on mainnet only)
 * @param forcePlain whether {@code --plain} was given
 * @param help whether {@code --help} was given
 * @param fakeAccountMode the kind of account the embedded fake exchange simulates (classic unless
 *     {@code --account-mode unified})
 */
record PanelArgs(
    List<Symbol> symbols,
    Optional<BigDecimal> size,
    Environment environment,
    Optional<Duration> duration,
    boolean allowTrading,
    boolean forcePlain,
    boolean help,
    AccountMode fakeAccountMode) {

  /** Where the panel connects. */
  enum Environment {
    /** The embedded fake exchange, the default: runs anywhere, needs no credentials. */
    FAKE,
    /** Bitget's demo trading (paper) environment, with credentials from the environment. */
    DEMO,
    /** Bitget's real exchange; the panel trades there only with {@code --allow-trading}. */
    MAINNET
  }

  static final String USAGE = "usage: trader-panel [--symbol BTCUSDT_UMCBL]... [--size 0.01] [--duration 30s]"
      + " [--demo | --mainnet] [--account-mode classic|unified] [--allow-trading] [--plain] [--help]";

  /** What {@code --help} prints: the usage line, then one line per option. */
  static final String HELP = String.join(System.lineSeparator(),
      USAGE,
      "",
      "A terminal trading screen: prices, book, your fills, position, orders, account,",
      "and keys that place and cancel orders, close the position and set the leverage.",
      "Every key that sends something shows it first, with its notional, and waits",
      "for y. Press ? in the panel for the keys.",
      "",
      "  --symbol S        a market, in Bitget's classic form (default BTCUSDT_UMCBL);",
      "                    repeat it for several markets, and Tab switches between them",
      "  --size N          the size of the orders the keys place (default: the",
      "                    contract's minimum)",
      "  --duration D      stop after D, such as 30s, 5m, 1h, 500ms or PT30S",
      "                    (default: until q or Ctrl-C)",
      "  --demo            Bitget's demo trading, with a key from BITGET_API_KEY,",
      "                    BITGET_SECRET_KEY and BITGET_PASSPHRASE",
      "  --mainnet         Bitget's real exchange, with the same variables; read-only",
      "                    unless --allow-trading",
      "  --account-mode M  classic (default) or unified: the embedded fake's account",
      "  --allow-trading   let the keys trade on mainnet (the fake and demo need none)",
      "  --plain           print one line a second instead of redrawing the screen",
      "  -h, --help        print this help and exit",
      "",
      "Without --demo or --mainnet the panel runs on an embedded fake exchange and",
      "needs no credentials.");

  PanelArgs {
    symbols = List.copyOf(symbols);
    if (symbols.isEmpty()) {
      throw new IllegalArgumentException("symbols is empty");
    }
    Objects.requireNonNull(size, "size == null");
    Objects.requireNonNull(environment, "environment == null");
    Objects.requireNonNull(duration, "duration == null");
    Objects.requireNonNull(fakeAccountMode, "fakeAccountMode == null");
  }

  /**
   * Parses the arguments.
   *
   * @throws io.bitget4j.core.InvalidSymbolException for a bad {@code --symbol}
   * @throws IllegalArgumentException for any other bad argument, with the usage line
   */
  static PanelArgs parse(String... args) {
    List<Symbol> symbols = new ArrayList<>();
    BigDecimal size = null;
    Environment environment = Environment.FAKE;
    Duration duration = null;
    boolean allowTrading = false;
    boolean plain = false;
    boolean help = false;
    AccountMode accountMode = null;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      switch (arg) {
        case "--help":
        case "-h":
          help = true;
          break;
        case "--symbol":
          addSymbol(symbols, value(args, ++i, arg));
          break;
        case "--size":
          size = parseSize(value(args, ++i, arg));
          break;
        case "--duration":
          duration = parseDuration(value(args, ++i, arg));
          break;
        case "--demo":
          environment = pick(environment, Environment.DEMO);
          break;
        case "--mainnet":
          environment = pick(environment, Environment.MAINNET);
          break;
        case "--account-mode":
          accountMode = parseAccountMode(value(args, ++i, arg));
          break;
        case "--allow-trading":
          allowTrading = true;
          break;
        case "--plain":
          plain = true;
          break;
        default:
          if (arg.startsWith("--symbol=")) {
            addSymbol(symbols, arg.substring("--symbol=".length()));
          } else if (arg.startsWith("--size=")) {
            size = parseSize(arg.substring("--size=".length()));
          } else if (arg.startsWith("--duration=")) {
            duration = parseDuration(arg.substring("--duration=".length()));
          } else if (arg.startsWith("--account-mode=")) {
            accountMode = parseAccountMode(arg.substring("--account-mode=".length()));
          } else {
            throw new IllegalArgumentException("unknown argument \"" + arg + "\"; " + USAGE);
          }
      }
    }
    if (accountMode != null && environment != Environment.FAKE) {
      throw new IllegalArgumentException("--account-mode chooses the embedded fake exchange's kind of account;"
          + " with --demo or --mainnet the client detects the key's account mode, so drop --account-mode; " + USAGE);
    }
    if (symbols.isEmpty()) {
      symbols.add(Symbol.BTCUSDT_UMCBL);
    }
    return new PanelArgs(symbols, Optional.ofNullable(size), environment, Optional.ofNullable(duration),
        allowTrading, plain, help, accountMode == null ? AccountMode.CLASSIC : accountMode);
  }

  /** The market shown first. */
  Symbol symbol() {
    return symbols.get(0);
  }

  /**
   * Why the keys may not trade, or empty when they may: the embedded fake and demo trading always
   * trade, mainnet only with {@code --allow-trading}.
   */
  Optional<String> tradingBlockedReason() {
    if (environment == Environment.MAINNET && !allowTrading) {
      return Optional.of("trading is off on mainnet: restart with --allow-trading to trade real money");
    }
    return Optional.empty();
  }

  private static void addSymbol(List<Symbol> symbols, String text) {
    Symbol symbol = Symbol.parse(text);
    if (!symbols.contains(symbol)) {
      symbols.add(symbol);
    }
  }

  /** Reads a positive order size such as {@code 0.01}. */
  static BigDecimal parseSize(String text) {
    BigDecimal size;
    try {
      size = new BigDecimal(text.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("invalid --size \"" + text + "\": use a number such as 0.01");
    }
    if (size.signum() <= 0) {
      throw new IllegalArgumentException("invalid --size \"" + text + "\": must be positive");
    }
    return size;
  }

  /** Reads {@code classic} or {@code unified}, in any case. */
  static AccountMode parseAccountMode(String text) {
    switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "classic":
        return AccountMode.CLASSIC;
      case "unified":
        return AccountMode.UNIFIED;
      default:
        throw new IllegalArgumentException("invalid --account-mode \"" + text + "\": use classic or unified");
    }
  }

  private static Environment pick(Environment current, Environment wanted) {
    if (current != Environment.FAKE && current != wanted) {
      throw new IllegalArgumentException("--demo and --mainnet exclude each other; " + USAGE);
    }
    return wanted;
  }

  private static String value(String[] args, int index, String flag) {
    if (index >= args.length) {
      throw new IllegalArgumentException(flag + " needs a value; " + USAGE);
    }
    return args[index];
  }

  /** Reads {@code 30s}, {@code 5m}, {@code 1h}, {@code 500ms} or ISO-8601 {@code PT30S}; it must be positive. */
  static Duration parseDuration(String text) {
    Duration duration = readDuration(text)
        .orElseThrow(() -> new IllegalArgumentException("invalid --duration \"" + text
            + "\": use a form like 30s, 5m, 1h or 500ms"));
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException("invalid --duration \"" + text + "\": must be positive");
    }
    return duration;
  }

  private static Optional<Duration> readDuration(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    try {
      if (t.startsWith("pt")) {
        return Optional.of(Duration.parse(text.strip()));
      }
      if (t.endsWith("ms")) {
        return Optional.of(Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2))));
      }
      if (t.length() < 2) {
        return Optional.empty();
      }
      long amount = Long.parseLong(t.substring(0, t.length() - 1));
      switch (t.charAt(t.length() - 1)) {
        case 's':
          return Optional.of(Duration.ofSeconds(amount));
        case 'm':
          return Optional.of(Duration.ofMinutes(amount));
        case 'h':
          return Optional.of(Duration.ofHours(amount));
        default:
          return Optional.empty();
      }
    } catch (NumberFormatException | DateTimeParseException | ArithmeticException e) {
      return Optional.empty(); // the caller names the accepted forms
    }
  }
}
