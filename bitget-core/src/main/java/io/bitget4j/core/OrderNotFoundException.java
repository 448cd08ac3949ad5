package io.bitget4j.core;

/**
 * The order does not exist, or no longer does (40109, 40768; V3 25204), or a conditional order
 * does not (V2 43025 "Plan order does not exist", V3 25597 "Strategy does not exist or has already
 * been stopped").
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
