package io.bitget4j.examples;

import io.bitget4j.examples.panel.PanelApp;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The trader panel: a terminal trading screen for one or more symbols. By default it runs on an
 * embedded {@code FakeBitget} with a demo position, a resting demo order and a live simulated
 * market, so it works anywhere.
 *
 * <pre>
 * mvn -B -q -pl bitget-examples exec:java -Dexec.args="--symbol ETHUSDT_UMCBL --duration 30s"
 * </pre>
 *
 * <p>It shows prices, the book, the account's fills, the position, open orders, the account and
 * the streams' health, and its keys trade: {@code b}/{@code s} at market, {@code B}/{@code S} limit,
 * {@code c}/{@code C} cancel, {@code x} close, {@code +}/{@code -} leverage, {@code Tab} the next
 * symbol, {@code ?} help, {@code q} quit. Each key that sends something shows it with its notional
 * value and waits for {@code y}. {@code --demo} and {@code --mainnet} connect to Bitget with
 * credentials from {@code BITGET_API_KEY}, {@code BITGET_SECRET_KEY} and {@code BITGET_PASSPHRASE};
 * on mainnet the keys trade only with {@code --allow-trading}. {@code --account-mode unified} makes
 * the embedded fake a unified trading account (V3 REST; classic by default). {@code --duration 30s}
 * stops by itself; {@code --plain} prints one line per second instead of redrawing; {@code --help}
 * lists the options. An invalid {@code --symbol} exits with status 2. In a terminal the log goes to
 * {@value #LOG_FILE_NAME} in the temporary directory, so that it does not scroll the screen.
 */
public final class TraderPanel {
  /** The log file's name in the temporary directory, when the panel draws on a terminal. */
  public static final String LOG_FILE_NAME = "bitget4j-trader-panel.log";

  private static final String LOG_FILE_PROPERTY = "org.slf4j.simpleLogger.logFile";

  private TraderPanel() {
  }

  /**
   * Runs the panel and exits with its status: 0 after a normal stop or {@code --help}, 2 for bad
   * arguments, 1 when it could not start.
   *
   * @param args the panel's options; {@code --help} lists them
   */
  public static void main(String[] args) {
    boolean terminal = System.console() != null;
    if (terminal && System.getProperty(LOG_FILE_PROPERTY) == null) {
      System.setProperty(LOG_FILE_PROPERTY, Path.of(System.getProperty("java.io.tmpdir"), LOG_FILE_NAME).toString());
    }
    // Maven's console wrapper strips escape sequences in batch mode: draw on the real stdout
    PrintStream out = terminal
        ? new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8)
        : System.out;
    System.exit(PanelApp.run(args, out, System.err, System.in, terminal, System.getenv(), null));
  }
}
