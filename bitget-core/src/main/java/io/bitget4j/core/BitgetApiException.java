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
 * exists), {@link OrderNotFoundException}, {@link AccountModeMismatchException} (the key belongs to the
 * other kind of account).
 *
 * <p>Classic (V2) and unified (V3) accounts share most codes; V3's own {@code 25xxx} codes map to
 * the same types: 25204 order not found, 25212 duplicate {@code clientOid}, 25202/25203 and the other
 * order checks rejected, 25000/25001/25003 busy, 25004 rate limited, 25620 permission, 25245 the
 * account is not unified. A stream login refused with 30005 ("login failed", V3's documented
 * failure), 30011, 30012 or 30015 is an {@link AuthenticationException}. A request whose outcome Bitget itself calls unknown (40010 "Request timed
 * out", 40725 "service return an error", 45001 "Unknown error", 25001 "Operation timed out") is a
 * {@link ServiceUnavailableException}: retryable, but an order must be looked up by its client order
 * id before it is sent again.
 */
public class BitgetApiException extends BitgetException {
  private static final long serialVersionUID = 1L;

  private static final Set<String> AUTH_CODES = Set.of(
      "40001", "40002", "40003", "40006", "40007", "40009", "40011", "40012", "40037",
      "30005", "30011", "30012", "30015");
  private static final Set<String> CLOCK_CODES = Set.of("40004", "40005", "40008", "30013", "30014");
  private static final Set<String> PERMISSION_CODES = Set.of("40014", "40018", "25620");
  /** Busy or maintenance, and the codes after which Bitget says the outcome is unknown. */
  private static final Set<String> UNAVAILABLE_CODES =
      Set.of("40200", "40604", "40725", "40010", "45001", "25000", "25001", "25003");
  private static final Set<String> RATE_LIMIT_CODES = Set.of("429", "30006", "25004");
  private static final Set<String> DUPLICATE_CLIENT_OID_CODES =
      Set.of("40786", "40708", "43118", "45034", "50060", "25212");
  private static final Set<String> ORDER_NOT_FOUND_CODES = Set.of("40109", "40768", "25204", "43025", "25597");
  private static final Set<String> ORDER_REJECTED_CODES = orderRejectedCodes();

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
    if ("40085".equals(code)) {
      return new AccountModeMismatchException(code, msg, httpStatus, m, p, AccountMode.UNIFIED);
    }
    if ("40084".equals(code) || "25245".equals(code)) {
      return new AccountModeMismatchException(code, msg, httpStatus, m, p, AccountMode.CLASSIC);
    }
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
    if (httpStatus == 429 || RATE_LIMIT_CODES.contains(code)) {
      return new RateLimitException(code, msg, httpStatus, m, p, retryAfter);
    }
    if (DUPLICATE_CLIENT_OID_CODES.contains(code)) {
      return new DuplicateClientOidException(code, msg, httpStatus, m, p);
    }
    if (ORDER_NOT_FOUND_CODES.contains(code)) {
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
   * The typed exception for one item of a batch answer whose envelope succeeded (V2
   * {@code failureList}, V3 per-item {@code code}/{@code msg} in place-batch, cancel-batch,
   * cancel-symbol-order and close-positions): the same type a single request with that code
   * gets, such as {@link OrderNotFoundException} for 25204. Its {@link #httpStatus()} is 200, the
   * status of the batch answer.
   *
   * @param code the item's code, such as {@code 25204}
   * @param message the item's message
   * @param method the HTTP method of the batch request
   * @param path the path of the batch request
   * @return the typed exception, to report in a batch result or to throw
   */
  public static BitgetApiException ofBatchItem(String code, String message, String method, String path) {
    return of(code, message, 200, method, path);
  }

  /**
   * {@return whether {@code code} is one of the codes Bitget uses to refuse a repeated {@code
   * clientOid} (40786, 40708, 43118, 45034, 50060; V3 25212): the order with that id already exists,
   * and on a unified account is still pending}
   *
   * @param code a Bitget error code
   */
  public static boolean isDuplicateClientOidCode(String code) {
    return DUPLICATE_CLIENT_OID_CODES.contains(code);
  }

  private static Set<String> orderRejectedCodes() {
    Set<String> codes = new java.util.HashSet<>(Set.of("40762", "45110", "40305", "40808", "40774", "43011",
        "43012", "45111"));
    // V3 order and position checks (Bitget's UTA error table): balance, margin, price and quantity
    // limits, open-order and position limits, reduce-only and position-side rules, TP/SL prices
    codes.addAll(Set.of("25202", "25203", "25205", "25206", "25207", "25208", "25209", "25210", "25211",
        "25213", "25214", "25215", "25216", "25224", "25225", "25226", "25227", "25229", "25230", "25231",
        "25232", "25233", "25234", "25235", "25236", "25237", "25241", "25242", "25244", "25567", "25574"));
    for (int code = 25579; code <= 25612; code++) {
      codes.add(Integer.toString(code));
    }
    for (int code = 25650; code <= 25655; code++) {
      codes.add(Integer.toString(code));
    }
    return Set.copyOf(codes);
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
