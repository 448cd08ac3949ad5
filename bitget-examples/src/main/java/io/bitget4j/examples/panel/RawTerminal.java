package io.bitget4j.examples.panel;

import java.io.IOException;
import java.io.PrintStream;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Puts the controlling terminal into character mode (so {@code q} works without Enter) and
 * hides the cursor, and restores both exactly once. Uses {@code stty} on {@code /dev/tty}.
 */
final class RawTerminal {
  private final PrintStream out;
  private final String savedMode;
  private final AtomicBoolean restored = new AtomicBoolean();

  private RawTerminal(PrintStream out, String savedMode) {
    this.out = out;
    this.savedMode = savedMode;
  }

  static RawTerminal none() {
    RawTerminal t = new RawTerminal(null, null);
    t.restored.set(true);
    return t;
  }

  static RawTerminal enter(PrintStream out) {
    String saved = stty("-g");
    if (saved != null) {
      stty("-icanon -echo min 1");
    }
    out.print("\u001b[?25l\u001b[2J\u001b[H");
    out.flush();
    return new RawTerminal(out, saved);
  }

  void restore() {
    if (!restored.compareAndSet(false, true)) {
      return;
    }
    if (savedMode != null) {
      stty(savedMode.strip());
    }
    out.print("\u001b[?25h\n");
    out.flush();
  }

  /** The terminal's size as {@code {columns, rows}}; empty when {@code stty} cannot tell. */
  static Optional<int[]> size() {
    String answer = stty("size");
    if (answer == null) {
      return Optional.empty();
    }
    String[] parts = answer.strip().split("\\s+");
    try {
      int rows = Integer.parseInt(parts[0]);
      int columns = Integer.parseInt(parts[1]);
      return rows > 0 && columns > 0 ? Optional.of(new int[] {columns, rows}) : Optional.empty();
    } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
      return Optional.empty(); // not a terminal that reports its size: the caller keeps its default
    }
  }

  private static String stty(String arguments) {
    try {
      Process process = new ProcessBuilder("sh", "-c", "stty " + arguments + " < /dev/tty")
          .redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      if (!process.waitFor(2, TimeUnit.SECONDS) || process.exitValue() != 0) {
        return null;
      }
      return output;
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }
}
