package io.bitget4j.core;

/**
 * The request timestamp was refused as too far from the server clock (40004, 40005, 40008;
 * WebSocket 30013, 30014). Re-measure the clock offset, then retry: clients do this once
 * by themselves.
 */
public final class ClockSkewException extends AuthenticationException {
  private static final long serialVersionUID = 1L;

  ClockSkewException(String code, String exchangeMessage, int httpStatus, String method, String path) {
    super(code, exchangeMessage, httpStatus, method, path);
  }

  @Override
  public boolean isRetryable() {
    return true;
  }
}
