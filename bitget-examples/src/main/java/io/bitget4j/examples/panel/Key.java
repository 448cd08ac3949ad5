package io.bitget4j.examples.panel;

import java.util.Objects;

/**
 * One key press as the panel understands it: a printable character, or one of the few special
 * keys it uses (arrows, Enter, Escape, Tab). {@link #END} says the keyboard is gone.
 *
 * @param kind what was pressed
 * @param character the character, for {@link Kind#CHARACTER}; {@code 0} otherwise
 */
record Key(Kind kind, char character) {

  /** The kinds of key the panel tells apart. */
  enum Kind {
    /** A printable character such as {@code b} or {@code ?}. */
    CHARACTER,
    /** The up arrow. */
    UP,
    /** The down arrow. */
    DOWN,
    /** The left arrow. */
    LEFT,
    /** The right arrow. */
    RIGHT,
    /** Enter (carriage return or line feed). */
    ENTER,
    /** Escape on its own, not the start of an arrow's sequence. */
    ESCAPE,
    /** Tab. */
    TAB,
    /** The keyboard closed: no key will follow. */
    END
  }

  /** The up arrow. */
  static final Key UP = new Key(Kind.UP, '\0');
  /** The down arrow. */
  static final Key DOWN = new Key(Kind.DOWN, '\0');
  /** The left arrow. */
  static final Key LEFT = new Key(Kind.LEFT, '\0');
  /** The right arrow. */
  static final Key RIGHT = new Key(Kind.RIGHT, '\0');
  /** Enter. */
  static final Key ENTER = new Key(Kind.ENTER, '\0');
  /** Escape. */
  static final Key ESCAPE = new Key(Kind.ESCAPE, '\0');
  /** Tab. */
  static final Key TAB = new Key(Kind.TAB, '\0');
  /** The end of input. */
  static final Key END = new Key(Kind.END, '\0');

  Key {
    Objects.requireNonNull(kind, "kind == null");
  }

  /** The key that types {@code c}. */
  static Key of(char c) {
    return new Key(Kind.CHARACTER, c);
  }

  /** Whether this is the character {@code c}. */
  boolean is(char c) {
    return kind == Kind.CHARACTER && character == c;
  }
}
