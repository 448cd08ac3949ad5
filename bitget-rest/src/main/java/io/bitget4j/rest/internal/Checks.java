package io.bitget4j.rest.internal;

import io.bitget4j.core.InvalidRequestException;
import java.math.BigDecimal;
import java.util.Objects;

/** Field checks shared by the request objects; each failure names the field. */
public final class Checks {
  private Checks() {}

  /** Requires a present value. */
  public static <T> T required(String field, T value) {
    if (value == null) {
      throw InvalidRequestException.of(field, "is required");
    }
    return value;
  }

  /** Requires a number above zero. */
  public static BigDecimal positive(String field, BigDecimal value) {
    required(field, value);
    if (value.signum() <= 0) {
      throw InvalidRequestException.of(field, "must be positive but was " + value.toPlainString());
    }
    return value;
  }

  /** Requires a known enum value, not the UNKNOWN constant used for unrecognised wire values. */
  public static <E extends Enum<E>> E known(String field, E value) {
    required(field, value);
    if (value.name().equals("UNKNOWN")) {
      throw InvalidRequestException.of(field, "UNKNOWN is only for values read from the wire; choose a real one");
    }
    return value;
  }

  /** Requires {@code min <= value <= max}. */
  public static int between(String field, int value, int min, int max) {
    if (value < min || value > max) {
      throw InvalidRequestException.of(field, "must be between " + min + " and " + max + " but was " + value);
    }
    return value;
  }

  /** Requires non-blank text. */
  public static String text(String field, String value) {
    Objects.requireNonNull(value, () -> field + " == null");
    if (value.isBlank()) {
      throw InvalidRequestException.of(field, "must not be blank");
    }
    return value;
  }
}
