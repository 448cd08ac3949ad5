package io.bitget4j.core.json;

import io.bitget4j.core.json.internal.Decimals;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A minimal JSON scanner over a {@link String} for the hot WebSocket path. It reads only the plain
 * shapes Bitget sends (no escapes in read values, no exotic numbers) and gives up with
 * {@link #FAIL} on anything else; the caller then decodes the same text with the Moshi-based
 * decoders, which accept every valid document and report errors with their JSON path. So the
 * scanner never decides what is an error, only what is easy.
 *
 * <p>Not thread-safe; one instance per decode.
 */
final class TextScanner {
  /** Thrown to abandon the fast path; preallocated, without a stack trace. */
  static final GiveUp FAIL = new GiveUp();

  private static final int MAX_DEPTH = 64;

  private final String text;
  private final int end;
  private int pos;
  private int spanStart;
  private int spanEnd;

  TextScanner(String text) {
    this.text = text;
    this.end = text.length();
  }

  /** The fast path cannot handle the input; decode it the general way. */
  static final class GiveUp extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private GiveUp() {
      super("fast path declined", null, false, false);
    }
  }

  /** A name lookup table for {@link #selectName}, built from the same names as a Moshi {@code Options}. */
  static final class Names {
    private final String[] names;
    private final int[] table;
    private final int mask;

    Names(String... names) {
      this.names = names.clone();
      int size = Integer.highestOneBit(Math.max(4, names.length * 4) - 1) << 1;
      this.table = new int[size];
      this.mask = size - 1;
      for (int i = 0; i < names.length; i++) {
        int slot = hash(names[i], 0, names[i].length()) & mask;
        while (table[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        table[slot] = i + 1;
      }
    }

    int find(String text, int start, int end) {
      int length = end - start;
      int slot = hash(text, start, end) & mask;
      while (true) {
        int entry = table[slot];
        if (entry == 0) {
          return -1;
        }
        String name = names[entry - 1];
        if (name.length() == length && text.regionMatches(start, name, 0, length)) {
          return entry - 1;
        }
        slot = (slot + 1) & mask;
      }
    }

    private static int hash(String s, int start, int end) {
      int h = 0;
      for (int i = start; i < end; i++) {
        h = 31 * h + s.charAt(i);
      }
      return h ^ (h >>> 16);
    }
  }

  // ---- structure ----

  /** The next non-whitespace character without consuming it, or -1 at the end. */
  int peek() {
    skipWhitespace();
    return pos < end ? text.charAt(pos) : -1;
  }

  void expect(char c) {
    skipWhitespace();
    if (pos >= end || text.charAt(pos) != c) {
      throw FAIL;
    }
    pos++;
  }

  /**
   * Moves to the next member or element: returns false (consuming the closer) at {@code close},
   * else consumes the comma that must separate it from the previous one.
   */
  boolean hasNext(char close, boolean first) {
    skipWhitespace();
    if (pos >= end) {
      throw FAIL;
    }
    char c = text.charAt(pos);
    if (c == close) {
      pos++;
      return false;
    }
    if (!first) {
      if (c != ',') {
        throw FAIL;
      }
      pos++;
    }
    return true;
  }

  /** Reads a member name and its colon; returns its index in {@code names}, or -1. */
  int selectName(Names names) {
    readStringSpan();
    int index = names.find(text, spanStart, spanEnd);
    expect(':');
    return index;
  }

  /** Fails unless only whitespace remains. */
  void expectEnd() {
    skipWhitespace();
    if (pos != end) {
      throw FAIL;
    }
  }

  // ---- values ----

  /** Consumes {@code null} and returns true, or returns false when the value is something else. */
  boolean consumeNull() {
    skipWhitespace();
    if (text.startsWith("null", pos)) {
      pos += 4;
      return true;
    }
    return false;
  }

  /** A decimal from a string or number; null for null and {@code ""}. */
  BigDecimal decimal() {
    if (!scalarSpan()) {
      return null;
    }
    if (spanStart == spanEnd) {
      return null;
    }
    BigDecimal value = Decimals.parseOrNull(text, spanStart, spanEnd);
    if (value == null) {
      throw FAIL;
    }
    return value;
  }

  /** Epoch milliseconds from a string or number; null for null and {@code ""}. */
  Instant instant() {
    Long millis = longValue();
    return millis == null ? null : Instant.ofEpochMilli(millis);
  }

  /** A plain integer (at most 18 digits) from a string or number; null for null and {@code ""}. */
  Long longValue() {
    if (!scalarSpan() || spanStart == spanEnd) {
      return null;
    }
    int i = spanStart;
    boolean negative = text.charAt(i) == '-';
    if (negative) {
      i++;
    }
    if (i == spanEnd || spanEnd - i > 18) {
      throw FAIL;
    }
    long value = 0;
    for (; i < spanEnd; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        throw FAIL;
      }
      value = value * 10 + (c - '0');
    }
    return negative ? -value : value;
  }

  /** A string (numbers as their text); null for null, {@code ""} kept. */
  String string() {
    if (!scalarSpan()) {
      return null;
    }
    return text.substring(spanStart, spanEnd);
  }

  /** A string (numbers as their text); null for null and {@code ""}. */
  String nonEmptyString() {
    if (!scalarSpan() || spanStart == spanEnd) {
      return null;
    }
    return text.substring(spanStart, spanEnd);
  }

  /**
   * A string value that is one of {@code values} returns the shared constant; other text is
   * returned as a new string; null for null and {@code ""}.
   */
  String knownString(Names names, String[] values) {
    if (!scalarSpan() || spanStart == spanEnd) {
      return null;
    }
    int index = names.find(text, spanStart, spanEnd);
    return index >= 0 ? values[index] : text.substring(spanStart, spanEnd);
  }

  /** The start of the next value, after whitespace. */
  int valueStart() {
    skipWhitespace();
    return pos;
  }

  /** The current position, just after the last value read. */
  int position() {
    return pos;
  }

  /** The text between two positions. */
  String text(int from, int to) {
    return text.substring(from, to);
  }

  /** Skips one value of any kind. */
  void skipValue() {
    skipValue(0);
  }

  private void skipValue(int depth) {
    if (depth > MAX_DEPTH) {
      throw FAIL;
    }
    int c = peek();
    if (c == '{' || c == '[') {
      char close = c == '{' ? '}' : ']';
      pos++;
      boolean first = true;
      while (hasNext(close, first)) {
        first = false;
        if (close == '}') {
          skipString();
          expect(':');
        }
        skipValue(depth + 1);
      }
    } else if (c == '"') {
      skipString();
    } else if (c == -1) {
      throw FAIL;
    } else {
      literalSpan();
    }
  }

  private void skipString() {
    expect('"');
    while (pos < end) {
      char c = text.charAt(pos++);
      if (c == '"') {
        return;
      }
      if (c == '\\') {
        pos++;
      }
    }
    throw FAIL;
  }

  /** Sets the span of a string (without quotes) or number; false for null. */
  private boolean scalarSpan() {
    int c = peek();
    if (c == '"') {
      readStringSpan();
      return true;
    }
    if (c == 'n') {
      if (consumeNull()) {
        return false;
      }
      throw FAIL;
    }
    if (c == '-' || (c >= '0' && c <= '9')) {
      literalSpan();
      return true;
    }
    throw FAIL;
  }

  /** A string without escapes, the span excluding its quotes. */
  private void readStringSpan() {
    expect('"');
    int start = pos;
    while (pos < end) {
      char c = text.charAt(pos);
      if (c == '"') {
        spanStart = start;
        spanEnd = pos++;
        return;
      }
      if (c == '\\' || c < 0x20) {
        throw FAIL;
      }
      pos++;
    }
    throw FAIL;
  }

  /** A bare literal (number, true, false, null) up to the next delimiter. */
  private void literalSpan() {
    int start = pos;
    while (pos < end) {
      char c = text.charAt(pos);
      if (c == ',' || c == '}' || c == ']' || c == ' ' || c == '\n' || c == '\r' || c == '\t') {
        break;
      }
      pos++;
    }
    if (pos == start || !isLiteral(start, pos)) {
      throw FAIL;
    }
    spanStart = start;
    spanEnd = pos;
  }

  /** {@code true}, {@code false}, {@code null} or a JSON number (so the scanner is never laxer than Moshi). */
  private boolean isLiteral(int start, int stop) {
    int length = stop - start;
    if (length == 4 && (text.startsWith("true", start) || text.startsWith("null", start))) {
      return true;
    }
    if (length == 5 && text.startsWith("false", start)) {
      return true;
    }
    int i = start;
    if (text.charAt(i) == '-') {
      i++;
    }
    if (i == stop || text.charAt(i) < '0' || text.charAt(i) > '9') {
      return false;
    }
    if (text.charAt(i) == '0' && i + 1 < stop && text.charAt(i + 1) >= '0' && text.charAt(i + 1) <= '9') {
      return false; // leading zero
    }
    for (; i < stop; i++) {
      char c = text.charAt(i);
      if (!(c >= '0' && c <= '9') && c != '.' && c != 'e' && c != 'E' && c != '+' && c != '-') {
        return false;
      }
    }
    return true;
  }

  private void skipWhitespace() {
    while (pos < end) {
      char c = text.charAt(pos);
      if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
        return;
      }
      pos++;
    }
  }
}
