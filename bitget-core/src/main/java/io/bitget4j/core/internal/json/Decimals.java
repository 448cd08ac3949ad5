package io.bitget4j.core.internal.json;

import io.bitget4j.core.BitgetDecodingException;
import java.math.BigDecimal;

/**
 * Exact decimal parsing from wire text without going through {@code double}: up to 18 significant
 * digits are accumulated into a {@code long} and turned into a {@link BigDecimal} with
 * {@link BigDecimal#valueOf(long, int)}, which skips {@code new BigDecimal(String)}'s character
 * copying; longer values and exponent forms fall back to {@code new BigDecimal(String)}. The result
 * always equals {@code new BigDecimal(text)}, scale included ({@code "1.50"} has scale 2).
 *
 * <p>Internal to bitget4j; not a supported API.
 */
public final class Decimals {
  private static final int MAX_FAST_DIGITS = 18;

  private Decimals() {
  }

  /**
   * Parses {@code text} exactly; returns null for the empty string, which Bitget sends for an
   * absent value.
   *
   * @throws BitgetDecodingException when the text is not a decimal number
   */
  public static BigDecimal parse(CharSequence text) {
    BigDecimal value = parseOrNull(text);
    if (value == null && text.length() != 0) {
      throw notADecimal(text, null);
    }
    return value;
  }

  /**
   * Like {@link #parse(CharSequence)}, with {@code path} (such as {@code $.data[0].lastPr}) in the
   * message when the text is not a decimal number.
   */
  public static BigDecimal parse(CharSequence text, String path) {
    BigDecimal value = parseOrNull(text);
    if (value == null && text.length() != 0) {
      throw notADecimal(text, path);
    }
    return value;
  }

  /** Returns the decimal, or null for the empty string and for text that is not a number. */
  static BigDecimal parseOrNull(CharSequence text) {
    return parseOrNull(text, 0, text.length());
  }

  /**
   * Parses {@code text[start, end)}; returns null when the range is empty or not a number. For
   * bitget4j's own decoders.
   */
  public static BigDecimal parseOrNull(CharSequence text, int start, int end) {
    if (start >= end) {
      return null;
    }
    int i = start;
    boolean negative = false;
    char first = text.charAt(start);
    if (first == '-' || first == '+') {
      negative = first == '-';
      i++;
    }
    long unscaled = 0;
    int significant = 0;
    int digits = 0;
    int scale = 0;
    boolean dot = false;
    for (; i < end; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
        if (dot) {
          scale++;
        }
        if (significant > 0 || c != '0') {
          if (++significant > MAX_FAST_DIGITS) {
            return slow(text.subSequence(start, end));
          }
        }
        unscaled = unscaled * 10 + (c - '0');
      } else if (c == '.' && !dot) {
        dot = true;
      } else {
        return slow(text.subSequence(start, end));
      }
    }
    if (digits == 0) {
      return null;
    }
    return BigDecimal.valueOf(negative ? -unscaled : unscaled, scale);
  }

  private static BigDecimal slow(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      // BigDecimal(String) also takes non-ASCII digits, which no JSON number contains
      if (!(c >= '0' && c <= '9') && c != '.' && c != '-' && c != '+' && c != 'e' && c != 'E') {
        return null;
      }
    }
    try {
      return new BigDecimal(text.toString());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  static BitgetDecodingException notADecimal(CharSequence text, String path) {
    String shown = text.length() > 64 ? text.subSequence(0, 64) + "..." : text.toString();
    return new BitgetDecodingException("Expected a decimal number but was \"" + shown + "\""
        + (path == null ? "" : " at path " + path));
  }
}
