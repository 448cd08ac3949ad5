package io.bitget4j.examples.panel;

import io.bitget4j.core.AccountMode;
import io.bitget4j.core.Symbol;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The trader panel's command line: {@code [--symbol S] [--duration 30s] [--demo|--mainnet]
 * [--account-mode classic|unified] [--allow-trading] [--plain]}. {@code fakeAccountMode} is the kind
 * of account the embedded fake exchange simulates (classic unless {@code --account-mode unified}).
 */
record PanelArgs(
    Symbol symbol,
    Environment environment,
    Optional<Duration> duration,
    boolean allowTrading,
    boolean forcePlain,
    AccountMode fakeAccountMode) {

  /** Where the panel connects. */
  enum Environment {
    /** The embedded fake exchange, the default: runs anywhere, needs no credentials. */
    FAKE,
    /** Bitget's demo trading (paper) environment, with credentials from the environment. */
    DEMO,
    /** Bitget's real exchange, read-only unless {@code --allow-trading}. */
    MAINNET
  }

  static final String USAGE = "usage: trader-panel [--symbol BTCUSDT_UMCBL] [--duration 30s]"
      + " [--demo | --mainnet] [--account-mode classic|unified] [--allow-trading] [--plain]";

  PanelArgs {
    Objects.requireNonNull(symbol, "symbol == null");
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
    Symbol symbol = Symbol.BTCUSDT_UMCBL;
    Environment environment = Environment.FAKE;
    Duration duration = null;
    boolean allowTrading = false;
    boolean plain = false;
    AccountMode accountMode = null;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      switch (arg) {
        case "--symbol":
          symbol = Symbol.parse(value(args, ++i, arg));
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
            symbol = Symbol.parse(arg.substring("--symbol=".length()));
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
    return new PanelArgs(symbol, environment, Optional.ofNullable(duration), allowTrading, plain,
        accountMode == null ? AccountMode.CLASSIC : accountMode);
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

  /** Reads {@code 30s}, {@code 5m}, {@code 1h}, {@code 500ms} or ISO-8601 {@code PT30S}. */
  static Duration parseDuration(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    try {
      if (t.startsWith("pt")) {
        return positive(Duration.parse(text.strip()), text);
      }
      if (t.endsWith("ms")) {
        return positive(Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2))), text);
      }
      long amount = Long.parseLong(t.substring(0, t.length() - 1));
      switch (t.charAt(t.length() - 1)) {
        case 's':
          return positive(Duration.ofSeconds(amount), text);
        case 'm':
          return positive(Duration.ofMinutes(amount), text);
        case 'h':
          return positive(Duration.ofHours(amount), text);
        default:
          break;
      }
    } catch (RuntimeException e) {
      // fall through to the message below
    }
    throw new IllegalArgumentException("invalid --duration \"" + text + "\": use a form like 30s, 5m, 1h or 500ms");
  }

  private static Duration positive(Duration d, String text) {
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException("invalid --duration \"" + text + "\": must be positive");
    }
    return d;
  }
}
