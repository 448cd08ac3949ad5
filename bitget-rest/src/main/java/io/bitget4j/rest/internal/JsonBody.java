package io.bitget4j.rest.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes a flat JSON request body once, keys in insertion order and every value a string (Bitget
 * wants numbers as strings), so the bytes sent are exactly the bytes signed. Non-ASCII text stays
 * raw UTF-8; only quotes, backslashes and control characters are escaped. A body is an object, or
 * (V3 batches) a top-level array of objects.
 */
public final class JsonBody {
  private final StringBuilder json;
  private final char close;
  private boolean empty = true;

  private JsonBody(char open, char close) {
    this.json = new StringBuilder().append(open);
    this.close = close;
  }

  /** Starts an empty object. */
  public static JsonBody object() {
    return new JsonBody('{', '}');
  }

  /** A top-level array of {@code objects}, such as V3's place-batch body. */
  public static JsonBody array(List<JsonBody> objects) {
    Objects.requireNonNull(objects, "objects == null");
    JsonBody array = new JsonBody('[', ']');
    array.elements(objects);
    return array;
  }

  /** Adds a string member; a null value is left out. */
  public JsonBody put(String key, String value) {
    if (value == null) {
      return this;
    }
    key(key);
    string(value, json);
    return this;
  }

  /** Adds a number as plain text (never in exponent form); null is left out. */
  public JsonBody put(String key, BigDecimal value) {
    return put(key, value == null ? null : value.toPlainString());
  }

  /** Adds the value when present. */
  public JsonBody put(String key, Optional<String> value) {
    return put(key, value.orElse(null));
  }

  /** Adds an array of objects. */
  public JsonBody put(String key, List<JsonBody> objects) {
    Objects.requireNonNull(objects, "objects == null");
    key(key);
    json.append('[');
    elements(objects);
    json.append(']');
    return this;
  }

  private void elements(List<JsonBody> objects) {
    for (int i = 0; i < objects.size(); i++) {
      if (i > 0) {
        json.append(',');
      }
      json.append(objects.get(i).text());
    }
  }

  /** The JSON text. */
  public String text() {
    return json.toString() + close;
  }

  /** The UTF-8 bytes to send and sign. */
  public byte[] toBytes() {
    return text().getBytes(StandardCharsets.UTF_8);
  }

  private void key(String key) {
    Objects.requireNonNull(key, "key == null");
    if (close != '}') {
      throw new IllegalStateException("an array body takes no members");
    }
    if (!empty) {
      json.append(',');
    }
    empty = false;
    string(key, json);
    json.append(':');
  }

  private static void string(String s, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"':
          out.append("\\\"");
          break;
        case '\\':
          out.append("\\\\");
          break;
        case '\n':
          out.append("\\n");
          break;
        case '\r':
          out.append("\\r");
          break;
        case '\t':
          out.append("\\t");
          break;
        default:
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
      }
    }
    out.append('"');
  }
}
