package io.bitget4j.examples.panel;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * Where the panel's keys come from: the terminal in a real session, a script in tests. The panel
 * reads it on one thread of its own.
 */
@FunctionalInterface
interface KeySource {

  /**
   * Waits for the next key.
   *
   * @return the key, or {@link Key#END} once no key will follow
   * @throws IOException when the keyboard cannot be read; the panel then stops listening to it
   * @throws InterruptedException when the reading thread is interrupted
   */
  Key next() throws IOException, InterruptedException;

  /**
   * Decodes a terminal's bytes: printable ASCII characters, Tab, Enter (CR or LF), and the
   * arrows' escape sequences ({@code ESC [ A} .. {@code ESC [ D}, or {@code ESC O A} .. in
   * application mode). An escape with nothing behind it is the Escape key; other control bytes
   * and unknown sequences are skipped.
   */
  static KeySource of(InputStream in) {
    Objects.requireNonNull(in, "in == null");
    return () -> {
      while (true) {
        int b = in.read();
        switch (b) {
          case -1:
            return Key.END;
          case '\t':
            return Key.TAB;
          case '\r':
          case '\n':
            return Key.ENTER;
          case 0x1b:
            Key escaped = escapeSequence(in);
            if (escaped != null) {
              return escaped;
            }
            break;
          default:
            if (b >= 0x20 && b < 0x7f) {
              return Key.of((char) b);
            }
        }
      }
    };
  }

  /** The key an escape sequence stands for; null for a sequence the panel has no use for. */
  private static Key escapeSequence(InputStream in) throws IOException {
    // a terminal writes a sequence in one go: an escape with nothing behind it was typed alone
    if (in.available() == 0) {
      return Key.ESCAPE;
    }
    int introducer = in.read();
    if (introducer != '[' && introducer != 'O') {
      return introducer == -1 ? Key.END : null;
    }
    int last = in.read();
    // skip parameters such as the "1;5" of a modified arrow
    while (last >= '0' && last <= '9' || last == ';') {
      last = in.read();
    }
    switch (last) {
      case 'A':
        return Key.UP;
      case 'B':
        return Key.DOWN;
      case 'C':
        return Key.RIGHT;
      case 'D':
        return Key.LEFT;
      case -1:
        return Key.END;
      default:
        return null;
    }
  }
}
