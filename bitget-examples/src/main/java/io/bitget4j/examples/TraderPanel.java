package io.bitget4j.examples;

import io.bitget4j.examples.panel.PanelApp;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The trader panel: a terminal dashboard for one symbol. By default it runs on an embedded
 * {@code FakeBitget} with a demo position and a live simulated market, so it works anywhere.
 *
 * <pre>
 * mvn -B -q -pl bitget-examples exec:java -Dexec.args="--symbol ETHUSDT_UMCBL --duration 30s"
 * </pre>
 *
 * <p>{@code --demo} and {@code --mainnet} connect to Bitget with credentials from
 * {@code BITGET_API_KEY}, {@code BITGET_SECRET_KEY} and {@code BITGET_PASSPHRASE}; the panel only
 * reads there ({@code --allow-trading} only labels the session). {@code --account-mode unified} makes the
 * embedded fake a unified trading account (V3 REST; classic by default). {@code q} or Ctrl-C quits;
 * {@code --duration 30s} stops by itself; {@code --plain} prints one line per second instead of
 * redrawing; {@code --help} lists the options. An invalid {@code --symbol} exits with status 2.
 */
public final class TraderPanel {
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
    // Maven's console wrapper strips escape sequences in batch mode: draw on the real stdout
    PrintStream out = terminal
        ? new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8)
        : System.out;
    System.exit(PanelApp.run(args, out, System.err, System.in, terminal, System.getenv(), null));
  }
}
