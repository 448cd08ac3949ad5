package io.bitget4j.core;

/**
 * The API key belongs to the other kind of account than the API the request spoke: a classic key
 * on a unified (V3) endpoint (40084, or 25245 "not the unified account mode"), or a unified key on
 * a classic (V2) endpoint (40085). The exchange refused the request before acting on it.
 *
 * <p>{@link #keyMode()} says which kind the key belongs to, and the message names the fix: build
 * the client with that {@code accountMode(..)}, or drop {@code accountMode(..)} so that the client
 * detects the mode itself ({@link AccountMode#AUTO}). A client in {@code AUTO} mode meets this only
 * when the account changed mode twice in a row, or the exchange contradicts itself.
 */
public final class AccountModeMismatchException extends BitgetApiException {
  private static final long serialVersionUID = 1L;

  /** The kind of account the key belongs to: {@code CLASSIC} or {@code UNIFIED}. */
  private final AccountMode keyMode;

  AccountModeMismatchException(String code, String exchangeMessage, int httpStatus, String method, String path,
      AccountMode keyMode) {
    super(describe(code, exchangeMessage, httpStatus, method, path, keyMode), code, exchangeMessage, httpStatus,
        method, path);
    this.keyMode = keyMode;
  }

  private static String describe(String code, String msg, int status, String method, String path,
      AccountMode keyMode) {
    String fix = keyMode == AccountMode.UNIFIED
        ? "this API key belongs to a unified trading account, which speaks Bitget's V3 API: build the client"
            + " with accountMode(AccountMode.UNIFIED), or drop accountMode(AccountMode.CLASSIC) so that it"
            + " detects the mode"
        : "this API key belongs to a classic account, which speaks Bitget's V2 API: build the client with"
            + " accountMode(AccountMode.CLASSIC), or drop accountMode(AccountMode.UNIFIED) so that it"
            + " detects the mode";
    return "Bitget error " + code + " (HTTP " + status + ") on " + method + " " + path + ": " + msg + "; " + fix;
  }

  /**
   * The kind of account the key belongs to: {@link AccountMode#CLASSIC} or {@link AccountMode#UNIFIED}.
   *
   * @return the mode to build the client with, never {@code AUTO}
   */
  public AccountMode keyMode() {
    return keyMode;
  }

  /**
   * False: the same request fails the same way; change the client's account mode instead.
   *
   * @return false
   */
  @Override
  public boolean isRetryable() {
    return false;
  }
}
