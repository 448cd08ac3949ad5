package io.bitget4j.testkit.internal;

import java.math.BigDecimal;

/**
 * A minimal streaming JSON writer that emits exactly what it is told, so that the fake's wire
 * shapes (strings for numbers, key order) match Bitget's samples byte for byte.
 */
public final class JsonWriter {
  private final StringBuilder out = new StringBuilder(256);
  /** One flag per open container: true while it has no element yet. */
  private boolean[] empty = new boolean[16];
  private int depth;
  private boolean afterName;

  public JsonWriter beginObject() {
    beforeValue();
    out.append('{');
    push();
    return this;
  }

  public JsonWriter endObject() {
    depth--;
    out.append('}');
    return this;
  }

  public JsonWriter beginArray() {
    beforeValue();
    out.append('[');
    push();
    return this;
  }

  public JsonWriter endArray() {
    depth--;
    out.append(']');
    return this;
  }

  public JsonWriter name(String name) {
    separate();
    string(name);
    out.append(':');
    afterName = true;
    return this;
  }

  /** Writes a string value, or {@code null} when {@code value} is null. */
  public JsonWriter value(String value) {
    beforeValue();
    if (value == null) {
      out.append("null");
    } else {
      string(value);
    }
    return this;
  }

  public JsonWriter value(long value) {
    beforeValue();
    out.append(value);
    return this;
  }

  public JsonWriter value(boolean value) {
    beforeValue();
    out.append(value);
    return this;
  }

  /** Writes a decimal as a JSON string in plain notation without trailing zeros. */
  public JsonWriter value(BigDecimal value) {
    return value(value == null ? null : Num.str(value));
  }

  public JsonWriter nullValue() {
    beforeValue();
    out.append("null");
    return this;
  }

  /** Writes pre-encoded JSON as the next value. */
  public JsonWriter raw(String json) {
    beforeValue();
    out.append(json);
    return this;
  }

  public JsonWriter field(String name, String value) {
    return name(name).value(value);
  }

  public JsonWriter field(String name, BigDecimal value) {
    return name(name).value(value);
  }

  public JsonWriter field(String name, long value) {
    return name(name).value(value);
  }

  @Override
  public String toString() {
    return out.toString();
  }

  private void push() {
    if (depth == empty.length) {
      boolean[] bigger = new boolean[depth * 2];
      System.arraycopy(empty, 0, bigger, 0, depth);
      empty = bigger;
    }
    empty[depth++] = true;
  }

  private void beforeValue() {
    if (afterName) {
      afterName = false;
      return;
    }
    separate();
  }

  private void separate() {
    if (depth > 0) {
      if (!empty[depth - 1]) {
        out.append(',');
      }
      empty[depth - 1] = false;
    }
  }

  private void string(String s) {
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
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
      }
    }
    out.append('"');
  }
}
