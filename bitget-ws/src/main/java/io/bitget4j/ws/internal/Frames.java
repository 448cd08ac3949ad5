package io.bitget4j.ws.internal;

import java.util.List;

/**
 * Renders the outgoing frames, the same envelope in both API versions: {@code ping}, the login and
 * subscribe/unsubscribe frames whose arguments the connection's {@link Grammar} writes. Secrets
 * enter only {@link #login}; log with {@link #redact}.
 */
public final class Frames {
  /** The heartbeat frame, plain text. */
  public static final String PING = "ping";

  /** The heartbeat answer, plain text. */
  public static final String PONG = "pong";

  private static final String LOGIN_PREFIX = "{\"op\":\"login\"";

  private Frames() {
  }

  /**
   * The login frame: {@code {"op":"login","args":[{"apiKey":..,"passphrase":..,"timestamp":..,"sign":..}]}}.
   *
   * @param timestampSeconds epoch seconds, the same value the signature covers
   */
  public static String login(String apiKey, String passphrase, long timestampSeconds, String sign) {
    StringBuilder json = new StringBuilder(200);
    json.append(LOGIN_PREFIX).append(",\"args\":[{\"apiKey\":");
    appendString(json, apiKey);
    json.append(",\"passphrase\":");
    appendString(json, passphrase);
    json.append(",\"timestamp\":");
    appendString(json, Long.toString(timestampSeconds));
    json.append(",\"sign\":");
    appendString(json, sign);
    json.append("}]}");
    return json.toString();
  }

  /** A subscribe frame for the given arguments, in order, written by {@code grammar}. */
  public static String subscribe(Grammar grammar, List<ChannelArg> args) {
    return operation("subscribe", grammar, args);
  }

  /** An unsubscribe frame for the given arguments, in order, written by {@code grammar}. */
  public static String unsubscribe(Grammar grammar, List<ChannelArg> args) {
    return operation("unsubscribe", grammar, args);
  }

  /** The frame as it may appear in logs: a login frame without its credentials. */
  public static String redact(String frame) {
    return frame.startsWith(LOGIN_PREFIX) ? "{\"op\":\"login\",\"args\":[<redacted>]}" : frame;
  }

  private static String operation(String op, Grammar grammar, List<ChannelArg> args) {
    if (args.isEmpty()) {
      throw new IllegalArgumentException(op + " needs at least one channel argument");
    }
    StringBuilder json = new StringBuilder(32 + 80 * args.size());
    json.append("{\"op\":\"").append(op).append("\",\"args\":[");
    for (int i = 0; i < args.size(); i++) {
      if (i > 0) {
        json.append(',');
      }
      grammar.appendJson(json, args.get(i));
    }
    return json.append("]}").toString();
  }

  /** Appends {@code value} as a JSON string; non-ASCII text stays as it is (UTF-8 on the wire). */
  static void appendString(StringBuilder json, String value) {
    json.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"':
          json.append("\\\"");
          break;
        case '\\':
          json.append("\\\\");
          break;
        case '\n':
          json.append("\\n");
          break;
        case '\r':
          json.append("\\r");
          break;
        case '\t':
          json.append("\\t");
          break;
        default:
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            json.append(String.format("\\u%04x", (int) c));
          } else {
            json.append(c);
          }
      }
    }
    json.append('"');
  }
}
