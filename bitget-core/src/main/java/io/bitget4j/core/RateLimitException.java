package io.bitget4j.core;

import java.time.Duration;
import java.util.Optional;

/** Too many requests (HTTP 429 or code 429): back off, then retry. */
public final class RateLimitException extends BitgetApiException {
  private static final long serialVersionUID = 1L;

  private final Duration retryAfter;

  RateLimitException(String code, String exchangeMessage, int httpStatus, String method, String path,
      Duration retryAfter) {
    super(code, exchangeMessage, httpStatus, method, path);
    this.retryAfter = retryAfter;
  }

  /** The server's hint of how long to wait, when it gave one (Bitget usually does not). */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }

  @Override
  public boolean isRetryable() {
    return true;
  }
}
