package io.bitget4j.core;

import java.time.Duration;
import java.util.Optional;

/** Too many requests (HTTP 429 or code 429): back off, then retry. */
public final class RateLimitException extends BitgetApiException {
  private static final long serialVersionUID = 1L;

  /** The wait the server or the client's own limiter asked for; null when none was given. */
  private final Duration retryAfter;
  /** True when the client refused the request itself and nothing was sent. */
  private final boolean clientSide;

  RateLimitException(String code, String exchangeMessage, int httpStatus, String method, String path,
      Duration retryAfter) {
    super(code, exchangeMessage, httpStatus, method, path);
    this.retryAfter = retryAfter;
    this.clientSide = false;
  }

  private RateLimitException(String message, String method, String path, Duration retryAfter) {
    super(message, "429", message, 0, method, path);
    this.retryAfter = retryAfter;
    this.clientSide = true;
  }

  /**
   * The client's own refusal, before any request: honouring its rate limit would mean waiting
   * longer than allowed. {@link #httpStatus()} is 0 and {@link #isClientSide()} true.
   *
   * @param method the HTTP method of the request that was not sent
   * @param path the path of the request that was not sent
   * @param group the endpoint group whose budget is spent, such as {@code TRADE}
   * @param wait how long until a permit would be free
   * @param maxWait the longest wait the client accepts
   * @return the refusal, with a message naming the group, the request and both waits
   */
  public static RateLimitException clientSide(String method, String path, String group, Duration wait,
      Duration maxWait) {
    return new RateLimitException("client-side rate limit for " + group + " on " + method + " " + path
        + ": the next permit is " + wait.toMillis() + " ms away, more than the " + maxWait.toMillis()
        + " ms the client may wait; send fewer requests or raise the limit", method, path, wait);
  }

  /**
   * Whether the client refused the request itself, before sending it: nothing reached the
   * exchange. False for an exchange's HTTP 429 or code 429.
   *
   * @return true for the client's own refusal, false for the exchange's
   */
  public boolean isClientSide() {
    return clientSide;
  }

  /**
   * The server's hint of how long to wait, when it gave one (Bitget usually does not); for the
   * client's own refusal, how long until its next permit.
   *
   * @return the wait before retrying; empty when the exchange gave no hint
   */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }

  @Override
  public boolean isRetryable() {
    return true;
  }
}
