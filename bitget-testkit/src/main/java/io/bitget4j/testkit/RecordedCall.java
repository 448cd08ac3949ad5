package io.bitget4j.testkit;

import io.bitget4j.testkit.internal.Query;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One HTTP request {@link FakeBitget} received (REST calls and WebSocket upgrades alike), as it
 * arrived: {@code query} is the raw, still percent-encoded query string (empty when there was
 * none), {@code body} the UTF-8 text of the body. {@link #toString()} hides the signature and
 * passphrase headers.
 *
 * @param method the HTTP method, such as {@code GET}
 * @param path the path without the query, such as {@code /api/v2/mix/market/ticker}
 * @param query the raw query string, still percent-encoded; empty when there was none
 * @param headers the request headers, matched case-insensitively
 * @param body the body as UTF-8 text; empty for a GET
 * @param receivedAt when the fake received the request, by its clock
 */
public record RecordedCall(
    String method,
    String path,
    String query,
    Map<String, List<String>> headers,
    String body,
    Instant receivedAt) {
  /**
   * Copies the headers into an unmodifiable, case-insensitive map.
   *
   * @param method the HTTP method, such as {@code GET}
   * @param path the path without the query, such as {@code /api/v2/mix/market/ticker}
   * @param query the raw query string, still percent-encoded; empty when there was none
   * @param headers the request headers, matched case-insensitively
   * @param body the body as UTF-8 text; empty for a GET
   * @param receivedAt when the fake received the request, by its clock
   */
  public RecordedCall {
    Objects.requireNonNull(method, "method == null");
    Objects.requireNonNull(path, "path == null");
    Objects.requireNonNull(query, "query == null");
    Objects.requireNonNull(headers, "headers == null");
    Objects.requireNonNull(body, "body == null");
    Objects.requireNonNull(receivedAt, "receivedAt == null");
    TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (Map.Entry<String, List<String>> e : headers.entrySet()) {
      copy.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).addAll(e.getValue());
    }
    copy.replaceAll((k, v) -> List.copyOf(v));
    headers = Collections.unmodifiableMap(copy);
  }

  /**
   * {@return the first value of a header, matched case-insensitively}
   *
   * @param name the header's name, in any case
   */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /**
   * {@return the first value of a query parameter, percent-decoded ({@code +} decodes to a space)}
   *
   * @param name the parameter's name, decoded
   */
  public Optional<String> queryParameter(String name) {
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      String key = Query.decode(eq < 0 ? pair : pair.substring(0, eq));
      if (key.equals(name)) {
        return Optional.of(eq < 0 ? "" : Query.decode(pair.substring(eq + 1)));
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("RecordedCall{").append(method).append(' ').append(path);
    if (!query.isEmpty()) {
      sb.append('?').append(query);
    }
    sb.append(", headers={");
    boolean first = true;
    for (Map.Entry<String, List<String>> e : headers.entrySet()) {
      if (!first) {
        sb.append(", ");
      }
      first = false;
      String key = e.getKey().toUpperCase(Locale.ROOT);
      boolean secret = key.equals("ACCESS-SIGN") || key.equals("ACCESS-PASSPHRASE");
      sb.append(e.getKey()).append('=').append(secret ? "***" : String.join(",", e.getValue()));
    }
    return sb.append("}, body=").append(body).append(", receivedAt=").append(receivedAt).append('}').toString();
  }
}
