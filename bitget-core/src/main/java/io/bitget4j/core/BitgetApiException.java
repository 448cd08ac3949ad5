package io.bitget4j.core;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * Bitget answered with an error: a code other than {@code 00000}, or an HTTP status other than
 * 2xx. Subtypes answer "what now?": {@link AuthenticationException} (fix the key),
 * {@link ClockSkewException} (re-sync time and retry), {@link PermissionException},
 * {@link DemoTradingMismatchException} (demo and mainnet settings mixed),
 * {@link RateLimitException} (back off), {@link ServiceUnavailableException} (retry later),
 * {@link OrderRejectedException} and {@link DuplicateClientOidException} (the order already
 * exists), {@link OrderNotFoundException}.
 */
public class BitgetApiException extends BitgetException {
  private static final long serialVersionUID = 1L;

  private static final Set<String> AUTH_CODES = Set.of(
      "40001", "40002", "40003", "40006", "40007", "40009", "40010", "40011", "40012", "40037",
      "30011", "30012", "30015");
  private static final Set<String> CLOCK_CODES = Set.of("40004", "40005", "40008", "30013", "30014");
  private static final Set<String> PERMISSION_CODES = Set.of("40014", "40018");
  private static final Set<String> UNAVAILABLE_CODES = Set.of("40200", "40604", "40725");
  private static final Set<String> DUPLICATE_CLIENT_OID_CODES =
      Set.of("40786", "40708", "43118", "45034", "50060");
  private static final Set<String> ORDER_REJECTED_CODES =
      Set.of("40762", "45110", "40305", "40808", "40774", "43011", "43012", "45111");

  /** Bitget's code, or the HTTP status as text. */
  private final String code;
  /** Bitget's {@code msg}, or the HTTP reason. */
  private final String exchangeMessage;
  /** The HTTP status, 0 for a WebSocket event. */
  private final int httpStatus;
  /** The HTTP method, or {@code WS}. */
  private final String method;
  /** The request path without query, or the stream channel. */
  private final String path;

  BitgetApiException(String code, String exchangeMessage, int httpStatus, String method, String path) {
    this(describe(code, exchangeMessage, httpStatus, method, path), code, exchangeMessage, httpStatus, method, path);
  }

  BitgetApiException(String message, String code, String exchangeMessage, int httpStatus, String method,
      String path) {
    super(message, null);
    this.code = code;
    this.exchangeMessage = exchangeMessage;
    this.httpStatus = httpStatus;
    this.method = method;
    this.path = path;
  }

  private static String describe(String code, String msg, int status, String method, String path) {
    return "Bitget error " + code + " (HTTP " + status + ") on " + method + " " + path + ": " + msg;
  }

  /**
   * Maps an error answer to its typed exception.
   *
   * @param code Bitget's code such as {@code 40009}; for a bare HTTP error without envelope,
   *     the status as text
   * @param message Bitget's {@code msg}, or the HTTP reason
   * @param httpStatus the HTTP status, or 0 for a WebSocket event
   * @param method the HTTP method, or {@code WS}
   * @param path the request path without query, or the channel
   * @return the exception whose type says what to do about the error
   */
  public static BitgetApiException of(String code, String message, int httpStatus, String method, String path) {
    return of(code, message, httpStatus, method, path, null);
  }

  /**
   * As {@link #of(String, String, int, String, String)}, with a retry hint for rate limits.
   *
   * @param code Bitget's code such as {@code 40009}; for a bare HTTP error without envelope, the
   *     status as text
   * @param message Bitget's {@code msg}, or the HTTP reason
   * @param httpStatus the HTTP status, or 0 for a WebSocket event
   * @param method the HTTP method, or {@code WS}
   * @param path the request path without query, or the channel
   * @param retryAfter how long the server asked to wait, or null when it did not say
   * @return the exception whose type says what to do about the error
   */
  public static BitgetApiException of(String code, String message, int httpStatus, String method,
      String path, Duration retryAfter) {
    Objects.requireNonNull(code, "code == null");
    String msg = message == null ? "" : message;
    String m = method == null ? "" : method;
    String p = path == null ? "" : path;
    if (CLOCK_CODES.contains(code)) {
      return new ClockSkewException(code, msg, httpStatus, m, p);
    }
    if (AUTH_CODES.contains(code)) {
      return new AuthenticationException(code, msg, httpStatus, m, p);
    }
    if (PERMISSION_CODES.contains(code)) {
      return new PermissionException(code, msg, httpStatus, m, p);
    }
    if (DemoTradingMismatchException.CODE.equals(code)) {
      return new DemoTradingMismatchException(code, msg, httpStatus, m, p);
    }
    if (httpStatus == 429 || "429".equals(code) || "30006".equals(code)) {
      return new RateLimitException(code, msg, httpStatus, m, p, retryAfter);
    }
    if (DUPLICATE_CLIENT_OID_CODES.contains(code)) {
      return new DuplicateClientOidException(code, msg, httpStatus, m, p);
    }
    if ("40109".equals(code) || "40768".equals(code)) {
      return new OrderNotFoundException(code, msg, httpStatus, m, p);
    }
    if (ORDER_REJECTED_CODES.contains(code)) {
      return new OrderRejectedException(code, msg, httpStatus, m, p);
    }
    if (UNAVAILABLE_CODES.contains(code) || httpStatus >= 500) {
      return new ServiceUnavailableException(code, msg, httpStatus, m, p);
    }
    return new BitgetApiException(code, msg, httpStatus, m, p);
  }

  /**
   * {@return whether {@code code} is one of the codes Bitget uses to refuse a repeated {@code
   * clientOid} (40786, 40708, 43118, 45034, 50060): the order with that id already exists}
   *
   * @param code a Bitget error code
   */
  public static boolean isDuplicateClientOidCode(String code) {
    return DUPLICATE_CLIENT_OID_CODES.contains(code);
  }

  /**
   * Bitget's error code, such as {@code 40009}; the HTTP status as text when there was none.
   *
   * @return Bitget's code, such as {@code 40009}; the HTTP status as text when there was none
   */
  public String code() {
    return code;
  }

  /**
   * Bitget's own message for the error.
   *
   * @return Bitget's own message for the error
   */
  public String exchangeMessage() {
    return exchangeMessage;
  }

  /** {@return the HTTP status, or 0 when the error came over a WebSocket} */
  public int httpStatus() {
    return httpStatus;
  }

  /** {@return the HTTP method of the request, or {@code WS}} */
  public String method() {
    return method;
  }

  /** {@return the request path without query, or the stream channel} */
  public String path() {
    return path;
  }

  /** False for a generic error: the same request will fail the same way. */
  @Override
  public boolean isRetryable() {
    return false;
  }
}
