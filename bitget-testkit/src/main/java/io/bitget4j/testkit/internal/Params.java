package io.bitget4j.testkit.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Request parameters, from the decoded query of a GET or the JSON body of a POST. A body that is
 * a JSON array (V3's batch endpoints) has no named values of its own; its elements are
 * {@link #items()}.
 */
final class Params {
  private final Map<String, Object> values;
  private final List<Params> items;

  Params(Map<String, Object> values) {
    this.values = values;
    this.items = List.of();
  }

  private Params(List<Params> items) {
    this.values = Map.of();
    this.items = items;
  }

  /** The parameters of a body that is a JSON array of objects. */
  static Params ofArray(List<?> array) {
    List<Params> items = new ArrayList<>(array.size());
    for (Object item : array) {
      if (!(item instanceof Map)) {
        throw ApiError.invalid("body", "must be an array of objects");
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> map = (Map<String, Object>) item;
      items.add(new Params(map));
    }
    return new Params(List.copyOf(items));
  }

  /** Whether the body was a JSON array. */
  boolean isArray() {
    return values.isEmpty() && !items.isEmpty();
  }

  /** The elements of a JSON array body; empty for any other request. */
  List<Params> items() {
    return items;
  }

  static Params ofQuery(String rawQuery) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (String[] pair : Query.pairs(rawQuery)) {
      map.putIfAbsent(pair[0], pair[1]);
    }
    return new Params(map);
  }

  /** A present, non-blank value as text. */
  Optional<String> get(String name) {
    Object v = values.get(name);
    if (v == null) {
      return Optional.empty();
    }
    String text = v instanceof BigDecimal ? ((BigDecimal) v).toPlainString() : v.toString();
    return text.isBlank() ? Optional.empty() : Optional.of(text);
  }

  String get(String name, String fallback) {
    return get(name).orElse(fallback);
  }

  /** @throws ApiError 40019 when absent or blank */
  String required(String name) {
    return get(name).orElseThrow(() -> ApiError.missing(name));
  }

  /** A lower-cased value that must be one of {@code allowed}. */
  Optional<String> oneOf(String name, String... allowed) {
    Optional<String> v = get(name).map(s -> s.toLowerCase(Locale.ROOT));
    if (v.isPresent()) {
      for (String a : allowed) {
        if (a.equals(v.get())) {
          return v;
        }
      }
      throw ApiError.invalid(name);
    }
    return v;
  }

  String requiredOneOf(String name, String... allowed) {
    return oneOf(name, allowed).orElseThrow(() -> ApiError.missing(name));
  }

  Optional<BigDecimal> decimal(String name) {
    Optional<String> v = get(name);
    if (v.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new BigDecimal(v.get()));
    } catch (NumberFormatException e) {
      throw ApiError.invalid(name);
    }
  }

  BigDecimal requiredDecimal(String name) {
    return decimal(name).orElseThrow(() -> ApiError.missing(name));
  }

  Optional<Long> longValue(String name) {
    Optional<String> v = get(name);
    if (v.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Long.parseLong(v.get()));
    } catch (NumberFormatException e) {
      throw ApiError.invalid(name);
    }
  }

  /** A value that must be a positive decimal. */
  BigDecimal requiredPositive(String name) {
    BigDecimal v = requiredDecimal(name);
    if (v.signum() <= 0) {
      throw ApiError.invalid(name);
    }
    return v;
  }

  /** A leverage: a whole number from 1 to the contracts' maximum. */
  Optional<Integer> leverage(String name) {
    Optional<BigDecimal> v = decimal(name);
    if (v.isEmpty()) {
      return Optional.empty();
    }
    BigDecimal lev = v.get();
    if (lev.stripTrailingZeros().scale() > 0 || lev.compareTo(BigDecimal.ONE) < 0) {
      throw ApiError.invalid(name);
    }
    if (lev.compareTo(BigDecimal.valueOf(Contract.MAX_LEVER)) > 0) {
      throw ApiError.leverageTooHigh();
    }
    return Optional.of(lev.intValueExact());
  }

  int limit(int fallback, int max) {
    long v = longValue("limit").orElse((long) fallback);
    if (v <= 0) {
      throw ApiError.invalid("limit");
    }
    return (int) Math.min(v, max);
  }

  /** A list of objects, such as {@code orderList}; empty when absent. */
  List<Params> list(String name) {
    Object v = values.get(name);
    List<Params> out = new ArrayList<>();
    if (v == null) {
      return out;
    }
    if (!(v instanceof List)) {
      throw ApiError.invalid(name);
    }
    for (Object item : (List<?>) v) {
      if (!(item instanceof Map)) {
        throw ApiError.invalid(name);
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> map = (Map<String, Object>) item;
      out.add(new Params(map));
    }
    return out;
  }

  boolean has(String name) {
    return get(name).isPresent();
  }

  /** These parameters with {@code overrides} on top. */
  Params with(Params overrides) {
    Map<String, Object> merged = new LinkedHashMap<>(values);
    merged.putAll(overrides.values);
    return new Params(merged);
  }
}
