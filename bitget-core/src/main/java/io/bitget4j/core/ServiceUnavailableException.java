package io.bitget4j.core;

/**
 * Bitget is busy or in maintenance (40200, 40604, HTTP 5xx): retry later with backoff.
 */
public final class ServiceUnavailableException extends BitgetApiException {
  private static final long serialVersionUID = 1L;

  ServiceUnavailableException(String code, String exchangeMessage, int httpStatus, String method, String path) {
    super(code, exchangeMessage, httpStatus, method, path);
  }

  @Override
  public boolean isRetryable() {
    return true;
  }
}
