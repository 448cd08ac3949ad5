package io.bitget4j.core;

/**
 * The root of every error this SDK raises about talking to Bitget. Catch it to handle any
 * failure; ask {@link #isRetryable()} whether trying again can help.
 *
 * <p>{@link BitgetApiException} means the exchange answered with an error;
 * {@link BitgetTransportException} means it never answered (and, for a non-idempotent request,
 * that the outcome is unknown); {@link BitgetDecodingException} means the answer could not be
 * read. Bad input is reported separately, as {@link IllegalArgumentException} subtypes such as
 * {@link InvalidSymbolException} and {@link InvalidRequestException}, before any I/O.
 */
public abstract class BitgetException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  BitgetException(String message, Throwable cause) {
    super(message, cause);
  }

  /** {@return whether the same request may succeed if tried again later} */
  public abstract boolean isRetryable();
}
