package io.bitget4j.examples.panel;

import java.util.concurrent.LinkedBlockingQueue;

/** Keys a test types: each {@link #type} queues keys that the panel reads as if from a keyboard. */
final class ScriptedKeys implements KeySource {
  private final LinkedBlockingQueue<Key> keys = new LinkedBlockingQueue<>();

  @Override
  public Key next() throws InterruptedException {
    return keys.take();
  }

  /** Types {@code typed}: each character a key press. */
  void type(String typed) {
    for (char c : typed.toCharArray()) {
      keys.add(c == '\t' ? Key.TAB : Key.of(c));
    }
  }

  /** Presses special keys such as {@link Key#DOWN}. */
  void press(Key... pressed) {
    for (Key key : pressed) {
      keys.add(key);
    }
  }
}
