package io.bitget4j.examples.panel;

import io.bitget4j.core.AccountMode;
import io.bitget4j.core.BitgetException;
import io.bitget4j.core.Credentials;
import io.bitget4j.core.ProductType;
import io.bitget4j.core.Symbol;
import io.bitget4j.testkit.FakeBitget;
import java.io.InputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Starts the panel: reads the command line, the credentials and the terminal, then runs a session. */
public final class PanelApp {
  private PanelApp() {
  }

  /**
   * Runs the panel until {@code q}, Ctrl-C or the {@code --duration} ends.
   *
   * @param args the command line
   * @param out where the panel draws
   * @param err where errors go
   * @param keys the keyboard; {@code q} quits, {@code ?} lists the other keys
   * @param terminal whether {@code out} is a terminal that can redraw in place
   * @param environment the environment variables to read credentials from
   * @param fake an already started fake exchange to use instead of starting one (tests), or null
   * @return the exit status: 0 on a normal stop or after {@code --help}, 2 for bad arguments or missing credentials,
   *     1 when the panel could not start
   */
  public static int run(String[] args, PrintStream out, PrintStream err, InputStream keys, boolean terminal,
      Map<String, String> environment, FakeBitget fake) {
    return run(args, out, err, KeySource.of(keys), terminal, environment, fake);
  }

  /** As the public {@code run}, with the keys from {@code keys}. */
  static int run(String[] args, PrintStream out, PrintStream err, KeySource keys, boolean terminal,
      Map<String, String> environment, FakeBitget fake) {
    PanelArgs parsed;
    try {
      parsed = PanelArgs.parse(args);
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      return 2;
    }
    if (parsed.help()) {
      out.println(PanelArgs.HELP);
      out.flush();
      return 0;
    }
    boolean plain = !terminal || parsed.forcePlain();
    return run(parsed, keys, plain ? Display.plain(out) : null, out, err, environment, fake, Clock.systemUTC());
  }

  /**
   * Runs a session of {@code parsed} drawing on {@code display}, or on the terminal behind
   * {@code out} when it is null.
   */
  static int run(PanelArgs parsed, KeySource keys, Display display, PrintStream out, PrintStream err,
      Map<String, String> environment, FakeBitget fake, Clock clock) {
    if (parsed.environment() == PanelArgs.Environment.FAKE && fake == null) {
      for (Symbol symbol : parsed.symbols()) {
        if (symbol.productType() != ProductType.UMCBL) {
          err.println("the embedded fake exchange simulates USDT-M (_UMCBL) symbols only; use --demo or --mainnet for "
              + symbol);
          return 2;
        }
      }
    }
    if (parsed.symbols().stream().map(Symbol::productType).distinct().count() > 1) {
      err.println("the markets of one panel share one account stream, so they must be of one product type; got "
          + parsed.symbols());
      return 2;
    }
    Optional<Credentials> credentials = Optional.empty();
    if (parsed.environment() != PanelArgs.Environment.FAKE) {
      try {
        credentials = Optional.of(Credentials.fromEnv(environment));
      } catch (IllegalStateException e) {
        err.println(e.getMessage());
        return 2;
      }
    }
    boolean ownFake = fake == null && parsed.environment() == PanelArgs.Environment.FAKE;
    FakeBitget exchange = ownFake ? startFake(parsed.symbols(), parsed.fakeAccountMode()) : fake;
    RawTerminal rawTerminal = display == null ? RawTerminal.enter(out) : RawTerminal.none();
    Display screen = display == null ? Display.terminal(out, clock) : display;
    PanelSession session = new PanelSession(parsed, Optional.ofNullable(exchange), ownFake, credentials, keys,
        screen, clock);
    Thread hook = new Thread(() -> {
      session.stop();
      rawTerminal.restore();
    }, "trader-panel-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      session.run();
      return 0;
    } catch (BitgetException e) {
      rawTerminal.restore();
      err.println("the panel stopped: " + e.getMessage());
      return 1;
    } finally {
      rawTerminal.restore();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // the JVM is already exiting through the hook; nothing to remove
      }
      if (ownFake) {
        exchange.close();
      }
    }
  }

  /**
   * The embedded fake exchange: every symbol of the session, and a demo long of 10x in the first,
   * opened a little below the start so that the PnL is visible at once.
   */
  private static FakeBitget startFake(List<Symbol> symbols, AccountMode accountMode) {
    FakeBitget.Builder builder = FakeBitget.builder().accountMode(accountMode);
    for (Symbol symbol : symbols) {
      builder.symbol(symbol, startPrice(symbol));
    }
    Symbol first = symbols.get(0);
    BigDecimal start = startPrice(first);
    BigDecimal entry = start.multiply(new BigDecimal("0.998")).setScale(1, RoundingMode.HALF_UP);
    BigDecimal size = first.equals(Symbol.BTCUSDT_UMCBL) ? new BigDecimal("0.1") : new BigDecimal("10");
    builder.initialPosition(first, size, entry, 10);
    return builder.start();
  }

  private static BigDecimal startPrice(Symbol symbol) {
    return symbol.equals(Symbol.BTCUSDT_UMCBL) ? new BigDecimal("27000")
        : symbol.equals(Symbol.ETHUSDT_UMCBL) ? new BigDecimal("1800") : new BigDecimal("100");
  }
}
