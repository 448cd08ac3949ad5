package io.bitget4j.core.model;

import java.util.function.Function;

/** Wire-name lookup shared by the enums of this package. */
final class WireNames {
  private WireNames() {
  }

  static String[] names(String wireName, String... aliases) {
    String[] names = new String[aliases.length + 1];
    names[0] = wireName;
    System.arraycopy(aliases, 0, names, 1, aliases.length);
    return names;
  }

  /** Exact match first (the common case), then ignoring case; {@code unknown} otherwise. */
  static <E> E find(E[] values, E unknown, String wire, Function<E, String[]> namesOf) {
    for (E value : values) {
      for (String name : namesOf.apply(value)) {
        if (name.equals(wire)) {
          return value;
        }
      }
    }
    for (E value : values) {
      if (value == unknown) {
        continue;
      }
      for (String name : namesOf.apply(value)) {
        if (name.equalsIgnoreCase(wire)) {
          return value;
        }
      }
    }
    return unknown;
  }
}
