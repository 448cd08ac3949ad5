package io.bitget4j.core.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The query parameters of one request, sorted by key with absent values dropped, rendered in the
 * two forms Bitget needs from the same list: {@link #signedForm()} with raw values for the
 * signature, and {@link #urlForm()} percent-encoded for the URL.
 *
 * <p>Signing the escaped form is a known bug of other clients: it fails with 40009 as soon as a
 * value needs escaping ({@code symbol=$AIUSDT}, a space in a client order id). Building both
 * forms here, once, keeps the URL and the signature in step.
 *
 * <pre>{@code
 * QueryParams q = QueryParams.builder().put("symbol", "$AIUSDT").put("productType", "USDT-FUTURES").build();
 * q.signedForm(); // productType=USDT-FUTURES&symbol=$AIUSDT
 * q.urlForm();    // productType=USDT-FUTURES&symbol=%24AIUSDT
 * }</pre>
 */
public final class QueryParams {
  private static final QueryParams EMPTY = new QueryParams(new TreeMap<>());
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private final List<String> keys;
  private final List<String> values;
  private final String signedForm;
  private final String urlForm;

  private QueryParams(TreeMap<String, String> sorted) {
    List<String> k = new ArrayList<>(sorted.size());
    List<String> v = new ArrayList<>(sorted.size());
    StringBuilder signed = new StringBuilder();
    StringBuilder url = new StringBuilder();
    for (Map.Entry<String, String> entry : sorted.entrySet()) {
      if (signed.length() > 0) {
        signed.append('&');
        url.append('&');
      }
      k.add(entry.getKey());
      v.add(entry.getValue());
      signed.append(entry.getKey()).append('=').append(entry.getValue());
      percentEncode(entry.getKey(), url);
      url.append('=');
      percentEncode(entry.getValue(), url);
    }
    this.keys = Collections.unmodifiableList(k);
    this.values = Collections.unmodifiableList(v);
    this.signedForm = signed.toString();
    this.urlForm = url.toString();
  }

  /** No parameters. */
  public static QueryParams empty() {
    return EMPTY;
  }

  /** Starts an empty parameter list. */
  public static Builder builder() {
    return new Builder();
  }

  /** {@code key=value&...} with raw values, keys ascending: the form that is signed. */
  public String signedForm() {
    return signedForm;
  }

  /** The same pairs in the same order, percent-encoded (RFC 3986) for the URL. */
  public String urlForm() {
    return urlForm;
  }

  /** Whether there are no parameters. */
  public boolean isEmpty() {
    return keys.isEmpty();
  }

  /** The keys, ascending. */
  public List<String> keys() {
    return keys;
  }

  /** The value of {@code key}, if present. */
  public Optional<String> get(String key) {
    int index = Collections.binarySearch(keys, key);
    return index >= 0 ? Optional.of(values.get(index)) : Optional.empty();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof QueryParams && ((QueryParams) other).signedForm.equals(signedForm);
  }

  @Override
  public int hashCode() {
    return signedForm.hashCode();
  }

  /** The signed form; query values are not secrets. */
  @Override
  public String toString() {
    return signedForm;
  }

  private static void percentEncode(String s, StringBuilder out) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isUnreserved(c)) {
        out.append(c);
      } else {
        int end = i + 1;
        while (end < s.length() && !isUnreserved(s.charAt(end))) {
          end++;
        }
        for (byte b : s.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
          out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
        }
        i = end - 1;
      }
    }
  }

  private static boolean isUnreserved(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
        || c == '-' || c == '.' || c == '_' || c == '~';
  }

  /** Collects parameters; the order of {@code put} calls does not matter. */
  public static final class Builder {
    private final TreeMap<String, String> params = new TreeMap<>();

    private Builder() {
    }

    /** Adds a parameter; a null value means absent and is dropped. A repeated key replaces. */
    public Builder put(String key, String value) {
      Objects.requireNonNull(key, "key == null");
      if (key.isEmpty()) {
        throw new IllegalArgumentException("query parameter key is empty");
      }
      if (value != null) {
        params.put(key, value);
      } else {
        params.remove(key);
      }
      return this;
    }

    /** Adds a number as plain text (never in exponent form); null is dropped. */
    public Builder put(String key, java.math.BigDecimal value) {
      return put(key, value == null ? null : value.toPlainString());
    }

    /** Adds a whole number; use for limits and epoch-millisecond times. */
    public Builder put(String key, long value) {
      return put(key, Long.toString(value));
    }

    /** Adds the value when present. */
    public Builder put(String key, Optional<String> value) {
      return put(key, value.orElse(null));
    }

    /** The immutable parameter list. */
    public QueryParams build() {
      return params.isEmpty() ? EMPTY : new QueryParams(new TreeMap<>(params));
    }
  }
}
