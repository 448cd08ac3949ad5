package io.bitget4j.core;

import java.util.Objects;

/**
 * The request asks for something the account's mode does not offer, such as a trailing stop on a
 * unified trading account (Bitget's V3 strategy orders are take-profit, stop-loss and trigger
 * orders). Thrown before anything is sent; the message names what is missing and the alternative.
 */
public final class UnsupportedOnAccountModeException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The account mode that does not offer the request: {@code CLASSIC} or {@code UNIFIED}. */
  private final AccountMode accountMode;

  /**
   * Creates the exception.
   *
   * @param accountMode the account mode that does not offer the request: {@code CLASSIC} or {@code UNIFIED}
   * @param message what is not offered, and the alternative
   */
  public UnsupportedOnAccountModeException(AccountMode accountMode, String message) {
    super(Objects.requireNonNull(message, "message == null"));
    this.accountMode = Objects.requireNonNull(accountMode, "accountMode == null");
  }

  /** {@return the account mode that does not offer the request} */
  public AccountMode accountMode() {
    return accountMode;
  }
}
