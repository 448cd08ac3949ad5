package io.bitget4j.core.internal.json;

import io.bitget4j.core.Symbol;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * What a record reader needs from the JSON it reads, so that one reader serves both paths: Moshi's
 * {@code JsonReader} on the general path ({@link MoshiSource}, whose errors name the JSON path) and
 * the {@link TextScanner} on the WebSocket fast path (which gives up with {@link TextScanner#FAIL}
 * wherever it cannot tell, and the frame is then read again on the general path).
 *
 * <p>Scalar methods read the next value; they return null for JSON null and, where Bitget uses it
 * for an absent value, {@code ""}.
 */
interface JsonSource {
  /** Returned by {@link #nextField} at the end of an object. */
  int END = -2;

  /** Fails unless the next value is an object, and begins it. */
  void beginObject() throws IOException;

  /**
   * Reads the next member name: returns its index in {@code fields}, -1 for another name (the
   * caller then skips the value), or {@link #END} after consuming the end of the object.
   */
  int nextField(Fields fields) throws IOException;

  /** Fails unless the next value is an array, and begins it. */
  void beginArray() throws IOException;

  /** Whether the array has another element; false after consuming the end of the array. */
  boolean hasNextElement() throws IOException;

  /** Consumes a JSON null and returns true, or returns false when the next value is something else. */
  boolean nextNull() throws IOException;

  void skipValue() throws IOException;

  /** A decimal from a string or number. */
  BigDecimal decimal() throws IOException;

  /** Parses {@code text}, the value just read with {@link #nonEmptyString} or {@link #decimalText}. */
  BigDecimal decimal(String text);

  /**
   * The text of a decimal exactly as received, for a value that keeps it (a book level's checksum
   * is computed over {@code "27000.10"}, not {@code 27000.1}); {@link #decimal(String)} then parses
   * it. Null for null and {@code ""}.
   */
  default String decimalText() throws IOException {
    return nonEmptyString();
  }

  /** A string, numbers accepted as their text. */
  String nonEmptyString() throws IOException;

  /**
   * Like {@link #nonEmptyString}, for identifiers that repeat from push to push ({@code instId}):
   * the scanner returns a recent one as the same instance.
   */
  default String identifier() throws IOException {
    return nonEmptyString();
  }

  /** Epoch milliseconds from a string or number. */
  Instant instant() throws IOException;

  /** A whole number from a string or number. */
  Long longValue() throws IOException;

  /** An {@code int} from a string or number. */
  Integer integer() throws IOException;

  /** {@code YES}/{@code NO} or {@code true}/{@code false}, as string or boolean. */
  Boolean flag() throws IOException;

  /** A model enum; {@code UNKNOWN} for unrecognised text. */
  <E extends Enum<E>> E wireEnum(WireEnum<E> type) throws IOException;

  /**
   * The symbol of the V2 name just read: null for null, and for a name that is not a perpetual of
   * the product when {@code inList} (the item is then skipped); outside a list that fails.
   */
  Symbol symbol(SymbolResolver symbols, String v2, boolean inList);
}
