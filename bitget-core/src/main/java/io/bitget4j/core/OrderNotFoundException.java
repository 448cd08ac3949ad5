package io.bitget4j.core;

/**
 * The order does not exist, or no longer does (40109, 40768; V3 25204).
 */
public final class OrderNotFoundException extends BitgetApiException {
  private static final long serialVersionUID = 1L;

  OrderNotFoundException(String code, String exchangeMessage, int httpStatus, String method, String path) {
    super(code, exchangeMessage, httpStatus, method, path);
  }

  @Override
  public boolean isRetryable() {
    return false;
  }
}
