package io.bitget4j.core;

/**
 * A request object was rejected before any I/O because one of its fields is invalid, such as a
 * size that is not positive or a limit order without a price. The message names the field, the
 * value and the fix.
 */
public final class InvalidRequestException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The offending field's name. */
  private final String field;

  private InvalidRequestException(String field, String message) {
    super(message);
    this.field = field;
  }

  /**
   * Creates the exception for {@code field}: the message becomes {@code "field: problem"}.
   *
   * @param field the field's name, as the builder names it
   * @param problem what is wrong with it and the fix, such as {@code must be positive, was -1}
   * @return the exception
   */
  public static InvalidRequestException of(String field, String problem) {
    return new InvalidRequestException(field, field + ": " + problem);
  }

  /** {@return the name of the offending field, as the request object's builder names it} */
  public String field() {
    return field;
  }
}
