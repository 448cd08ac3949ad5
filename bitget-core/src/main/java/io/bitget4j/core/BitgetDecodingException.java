package io.bitget4j.core;

import java.util.List;

/**
 * Bitget's answer could not be read: it was not JSON, was truncated, lacked required fields or
 * held a value of the wrong type. The message says what and where, such as {@code Invalid
 * position data. Missing fields: size, entryPrice}.
 */
public final class BitgetDecodingException extends BitgetException {
  private static final long serialVersionUID = 1L;

  /** The required fields that were absent; empty for other failures. */
  private final List<String> missingFields;

  /**
   * Creates the exception with a message that says what could not be read and where.
   *
   * @param message what could not be read, and where
   */
  public BitgetDecodingException(String message) {
    this(message, List.of(), null);
  }

  /**
   * Creates the exception with a message and the parse failure that caused it.
   *
   * @param message what could not be read, and where
   * @param cause the parse failure
   */
  public BitgetDecodingException(String message, Throwable cause) {
    this(message, List.of(), cause);
  }

  private BitgetDecodingException(String message, List<String> missingFields, Throwable cause) {
    super(message, cause);
    this.missingFields = List.copyOf(missingFields);
  }

  /**
   * Reports required fields that were absent: {@code Invalid position data. Missing fields:
   * size, entryPrice}.
   *
   * @param what the kind of record, such as {@code position}
   * @param missing the names of the absent fields, in declaration order
   * @return the exception, with {@link #missingFields()} set
   */
  public static BitgetDecodingException missingFields(String what, List<String> missing) {
    return new BitgetDecodingException(
        "Invalid " + what + " data. Missing fields: " + String.join(", ", missing), missing, null);
  }

  /** {@return the required fields that were absent, empty when the failure was of another kind} */
  public List<String> missingFields() {
    return missingFields;
  }

  /** Always false: the same answer would fail the same way. */
  @Override
  public boolean isRetryable() {
    return false;
  }
}
