package io.bitget4j.core;

/**
 * The request and the API key belong to different trading environments (40099): a demo-trading
 * key used without demo trading, a mainnet key with it, or Bitget's two demo modes mixed. Retrying
 * does not help; the message says which settings go together.
 *
 * <p>Bitget has two demo modes that cannot be mixed. The header mode sends {@code paptrading: 1}
 * ({@code demoTrading(true)} on the clients) with ordinary symbols such as {@code BTCUSDT_UMCBL}.
 * The S-symbol mode uses the demo product types ({@code SBTCSUSDT_SUMCBL}) without that header.
 */
public final class DemoTradingMismatchException extends BitgetApiException {
  private static final long serialVersionUID = 1L;

  /** Bitget's code for a request sent to the wrong trading environment. */
  static final String CODE = "40099";

  DemoTradingMismatchException(String code, String exchangeMessage, int httpStatus, String method, String path) {
    super(describe(code, exchangeMessage, httpStatus, method, path), code, exchangeMessage, httpStatus, method, path);
  }

  private static String describe(String code, String msg, int status, String method, String path) {
    return "Bitget error " + code + " (HTTP " + status + ") on " + method + " " + path + ": " + msg
        + ". The key and the request are in different trading environments: a demo-trading key needs"
        + " demoTrading(true) with ordinary symbols such as BTCUSDT_UMCBL, a mainnet key needs"
        + " demoTrading(false), and the S-symbols such as SBTCSUSDT_SUMCBL are the other demo mode,"
        + " used without demoTrading(true); do not mix the two";
  }

  /** False: the same request fails the same way until the configuration changes. */
  @Override
  public boolean isRetryable() {
    return false;
  }
}
