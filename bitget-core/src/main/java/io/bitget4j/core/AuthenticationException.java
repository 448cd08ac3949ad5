package io.bitget4j.core;

/**
 * The key, passphrase or signature was refused (40001-40012 except the clock codes 40004,
 * 40005, 40008 and the timeout 40010; 40037; WebSocket 30011-30015).
 * Retrying does not help; check the credentials. {@link ClockSkewException} is the clock-caused
 * case that does.
 */
public class AuthenticationException extends BitgetApiException {
  private static final long serialVersionUID = 1L;

  AuthenticationException(String code, String exchangeMessage, int httpStatus, String method, String path) {
    super(code, exchangeMessage, httpStatus, method, path);
  }

  @Override
  public boolean isRetryable() {
    return false;
  }
}
