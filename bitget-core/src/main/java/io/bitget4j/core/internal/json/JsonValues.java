package io.bitget4j.core.internal.json;

import com.squareup.moshi.JsonReader;
import io.bitget4j.core.BitgetDecodingException;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * Reads Bitget's scalar values from a Moshi {@link JsonReader}: numbers that arrive as strings or
 * numbers, {@code ""} for absent values, {@code YES}/{@code NO} flags. Each method returns null
 * for JSON null (and, where noted, for {@code ""}), and throws {@link BitgetDecodingException}
 * naming the JSON path for a value of the wrong type.
 *
 * <p>Internal to bitget4j; not a supported API.
 */
public final class JsonValues {
  private JsonValues() {
  }

  /** A decimal from a string or number; null for null and {@code ""}. */
  public static BigDecimal decimal(JsonReader reader) throws IOException {
    String text = scalar(reader, "a decimal number");
    if (text == null) {
      return null;
    }
    BigDecimal value = Decimals.parseOrNull(text);
    if (value == null && !text.isEmpty()) {
      throw Decimals.notADecimal(text, reader.getPath());
    }
    return value;
  }

  /**
   * Parses text already read at {@code reader}'s position; null for {@code ""}. The path is only
   * computed on failure.
   */
  public static BigDecimal decimal(String text, JsonReader reader) {
    BigDecimal value = Decimals.parseOrNull(text);
    if (value == null && !text.isEmpty()) {
      throw Decimals.notADecimal(text, reader.getPath());
    }
    return value;
  }

  /** A string, numbers accepted as their text; null for null. {@code ""} is kept. */
  public static String string(JsonReader reader) throws IOException {
    return scalar(reader, "a string");
  }

  /** A string, numbers accepted as their text; null for null and {@code ""}. */
  public static String nonEmptyString(JsonReader reader) throws IOException {
    String text = scalar(reader, "a string");
    return text == null || text.isEmpty() ? null : text;
  }

  /** Epoch milliseconds from a string or number; null for null and {@code ""}. */
  public static Instant instant(JsonReader reader) throws IOException {
    Long millis = longValue(reader, "epoch milliseconds");
    return millis == null ? null : Instant.ofEpochMilli(millis);
  }

  /** A whole number from a string or number; null for null and {@code ""}. */
  public static Long longValue(JsonReader reader) throws IOException {
    return longValue(reader, "an integer");
  }

  /**
   * An {@code int} from a string or number ({@code "10"}, {@code 10}, {@code "10.0"}); null for
   * null and {@code ""}.
   */
  public static Integer integer(JsonReader reader) throws IOException {
    String text = scalar(reader, "an integer");
    if (text == null || text.isEmpty()) {
      return null;
    }
    Integer fast = parseInt(text);
    if (fast != null) {
      return fast;
    }
    BigDecimal decimal = Decimals.parseOrNull(text);
    try {
      if (decimal != null) {
        return decimal.intValueExact();
      }
    } catch (ArithmeticException e) {
      throw new BitgetDecodingException(
          "Expected an integer but was \"" + text + "\" at path " + reader.getPath(), e);
    }
    throw new BitgetDecodingException("Expected an integer but was \"" + text + "\" at path " + reader.getPath());
  }

  /**
   * A flag written {@code YES}/{@code NO} (any case), {@code true}/{@code false} as string or
   * boolean; null for null and {@code ""}.
   */
  public static Boolean flag(JsonReader reader) throws IOException {
    JsonReader.Token token = reader.peek();
    if (token == JsonReader.Token.BOOLEAN) {
      return reader.nextBoolean();
    }
    String text = scalar(reader, "YES or NO");
    if (text == null || text.isEmpty()) {
      return null;
    }
    Boolean value = flagOrNull(text);
    if (value == null) {
      throw new BitgetDecodingException("Expected YES or NO but was \"" + text + "\" at path " + reader.getPath());
    }
    return value;
  }

  /** {@code YES}/{@code true} and {@code NO}/{@code false}, in any case; null for other text. */
  public static Boolean flagOrNull(String text) {
    if (text.equalsIgnoreCase("yes") || text.equalsIgnoreCase("true")) {
      return Boolean.TRUE;
    }
    if (text.equalsIgnoreCase("no") || text.equalsIgnoreCase("false")) {
      return Boolean.FALSE;
    }
    return null;
  }

  /** Reads a string or number as text; null for null; anything else is a type error. */
  public static String scalar(JsonReader reader, String expected) throws IOException {
    JsonReader.Token token = reader.peek();
    switch (token) {
      case STRING:
      case NUMBER:
        return reader.nextString();
      case NULL:
        return reader.nextNull();
      default:
        throw wrongType(reader, expected, token);
    }
  }

  /** A type error naming what was expected, what was found and where. */
  public static BitgetDecodingException wrongType(JsonReader reader, String expected, JsonReader.Token actual) {
    return new BitgetDecodingException("Expected " + expected + " but was " + actual + " at path " + reader.getPath());
  }

  private static Long longValue(JsonReader reader, String expected) throws IOException {
    JsonReader.Token token = reader.peek();
    if (token == JsonReader.Token.NUMBER) {
      String text = reader.nextString();
      Long value = parseLong(text);
      if (value == null) {
        throw new BitgetDecodingException(
            "Expected " + expected + " but was " + text + " at path " + reader.getPath());
      }
      return value;
    }
    String text = scalar(reader, expected);
    if (text == null || text.isEmpty()) {
      return null;
    }
    Long value = parseLong(text);
    if (value == null) {
      throw new BitgetDecodingException(
          "Expected " + expected + " but was \"" + text + "\" at path " + reader.getPath());
    }
    return value;
  }

  private static Integer parseInt(String text) {
    Long value = parseLong(text);
    return value != null && value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE
        ? Integer.valueOf(value.intValue()) : null;
  }

  /** Parses a plain decimal integer of at most 18 digits; null for anything else. */
  private static final String MAX_LONG = Long.toString(Long.MAX_VALUE);

  static Long parseLong(String text) {
    int length = text.length();
    int i = text.startsWith("-") ? 1 : 0;
    int digits = length - i;
    // up to Long.MAX_VALUE: V3 book sequence numbers have 19 digits
    if (digits == 0 || digits > MAX_LONG.length()
        || (digits == MAX_LONG.length() && text.substring(i).compareTo(MAX_LONG) > 0)) {
      return null;
    }
    long value = 0;
    for (; i < length; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return null;
      }
      value = value * 10 + (c - '0');
    }
    return text.charAt(0) == '-' ? -value : value;
  }
}
