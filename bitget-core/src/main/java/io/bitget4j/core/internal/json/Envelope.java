package io.bitget4j.core.internal.json;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Bitget's REST response envelope {@code {"code","msg","requestTime","data"}}. Only a success
 * ({@code "00000"}) carries decoded {@link #data()}; for any other code the data is skipped and
 * the caller turns the code into an exception.
 *
 * @param code Bitget's result code, {@code "00000"} for success
 * @param msg Bitget's message, {@code ""} when absent
 * @param requestTime when Bitget handled the request (a number or a string on the wire)
 * @param data the decoded data; empty for errors, for {@code "data": null} and for a missing key
 * @param <T> the decoded data type
 */
public record Envelope<T>(String code, String msg, Optional<Instant> requestTime, Optional<T> data) {
  /** The code of a successful response. */
  public static final String SUCCESS = "00000";

  /** Validates that no component is null. */
  public Envelope {
    Objects.requireNonNull(code, "code == null");
    Objects.requireNonNull(msg, "msg == null");
    Objects.requireNonNull(requestTime, "requestTime == null");
    Objects.requireNonNull(data, "data == null");
  }

  /** Whether {@link #code()} is {@code "00000"}. */
  public boolean isSuccess() {
    return SUCCESS.equals(code);
  }
}
