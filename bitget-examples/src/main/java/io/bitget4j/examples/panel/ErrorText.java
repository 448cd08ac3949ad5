package io.bitget4j.examples.panel;

import io.bitget4j.core.AuthenticationException;
import io.bitget4j.core.BitgetApiException;
import io.bitget4j.core.BitgetTransportException;
import io.bitget4j.core.ClockSkewException;
import io.bitget4j.core.OrderNotFoundException;
import io.bitget4j.core.PermissionException;
import io.bitget4j.core.RateLimitException;
import io.bitget4j.core.ServiceUnavailableException;
import java.util.Map;

/**
 * Says in words why an exchange call failed, for the status line: {@code insufficient balance
 * (Bitget 40762: The order amount exceeds the balance)}. Never a stack trace.
 */
final class ErrorText {
  /** Bitget's codes (classic V2 and unified V3) a trader meets at the keys, in words. */
  private static final Map<String, String> WORDS = Map.ofEntries(
      Map.entry("40762", "insufficient balance"),
      Map.entry("25202", "insufficient balance"),
      Map.entry("45110", "below the contract's minimum order value"),
      Map.entry("25611", "below the contract's minimum order size"),
      Map.entry("40808", "price or size finer than the contract allows"),
      Map.entry("25244", "price finer than the contract's tick"),
      Map.entry("25610", "size finer than the contract's size step"),
      Map.entry("22002", "no position to close"),
      Map.entry("25227", "no position to close"),
      Map.entry("40757", "not enough position to close"),
      Map.entry("25225", "not enough position to close"),
      Map.entry("40797", "leverage above the contract's maximum"),
      Map.entry("25223", "leverage above the contract's maximum"),
      Map.entry("43128", "too many open orders"),
      Map.entry("25211", "too many open orders"),
      Map.entry("22001", "the order is no longer open"));

  private ErrorText() {
  }

  /** What went wrong with a call, in words a trader reads at a glance. */
  static String describe(Throwable error) {
    if (error instanceof BitgetApiException) {
      BitgetApiException api = (BitgetApiException) error;
      return words(api) + " (Bitget " + api.code() + ": " + api.exchangeMessage() + ")";
    }
    if (error instanceof BitgetTransportException) {
      return "no answer from the exchange (" + message(error) + ")";
    }
    if (error instanceof IllegalArgumentException) {
      return message(error);
    }
    if (error instanceof InterruptedException) {
      Thread.currentThread().interrupt();
      return "interrupted: the panel is stopping";
    }
    return error.getClass().getSimpleName() + ": " + message(error);
  }

  private static String words(BitgetApiException error) {
    String known = WORDS.get(error.code());
    if (known != null) {
      return known;
    }
    if (error instanceof OrderNotFoundException) {
      return "order not found: it may have filled or been cancelled";
    }
    if (error instanceof RateLimitException) {
      return "rate limited: wait a moment";
    }
    if (error instanceof ServiceUnavailableException) {
      return "the exchange is busy or in maintenance: try again";
    }
    if (error instanceof ClockSkewException) {
      return "this computer's clock is off: sync it";
    }
    if (error instanceof AuthenticationException) {
      return "the API key was refused";
    }
    if (error instanceof PermissionException) {
      return "the API key may not do this";
    }
    return "refused";
  }

  private static String message(Throwable error) {
    String message = error.getMessage();
    return message == null || message.isBlank() ? error.getClass().getSimpleName() : message;
  }
}
