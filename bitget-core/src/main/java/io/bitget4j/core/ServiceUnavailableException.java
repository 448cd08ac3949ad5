package io.bitget4j.core;

/**
 * Bitget is busy or in maintenance (40200, 40604, HTTP 5xx; V3 25000, 25003), or says the outcome
 * of the request is unknown (40010 "Request timed out", 40725, 45001 "Unknown error", V3 25001
 * "Operation timed out"): retry later with backoff. A request that changes state may have taken
 * effect: look an order up by its client order id before sending it again (the client's
 * {@code place} does).
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
