package io.bitget4j.rest.internal;

import java.time.Duration;
import java.util.Optional;

/** What a decoder needs to name an error: the HTTP status, the request and any retry hint. */
public final class ResponseContext {
  private final int httpStatus;
  private final String method;
  private final String path;
  private final Duration retryAfter;

  ResponseContext(int httpStatus, String method, String path, Duration retryAfter) {
    this.httpStatus = httpStatus;
    this.method = method;
    this.path = path;
    this.retryAfter = retryAfter;
  }

  public int httpStatus() {
    return httpStatus;
  }

  public String method() {
    return method;
  }

  public String path() {
    return path;
  }

  /** The server's {@code Retry-After} hint, when it sent one. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
