package io.bitget4j.testkit;

import java.util.Locale;
import java.util.Objects;

/**
 * A bad frame {@link Faults#sendMalformedFrame(MalformedFrame)} sends a WebSocket client, each
 * in the words of the API version (V2 or V3) of the client's endpoint. A client must skip it,
 * keep its connection and deliver the next valid push.
 */
public enum MalformedFrame {
  /** The start of a ticker push, cut off in the middle of its data: not valid JSON. */
  TRUNCATED_JSON,
  /** Text that is not JSON at all: an HTML error page, as a proxy in the way might send. */
  NOT_JSON,
  /**
   * A well-formed push of a channel that does not exist, so that no client can have subscribed
   * it (V2 channel, or V3 topic, {@code noSuchChannel} of BTCUSDT).
   */
  UNKNOWN_CHANNEL;

  /** {@return the name the control API takes: {@code truncated-json}, {@code not-json} or {@code unknown-channel}} */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * The kind whose {@link #wireName()} is {@code wireName}.
   *
   * @param wireName {@code truncated-json}, {@code not-json} or {@code unknown-channel}
   * @return the kind it names
   * @throws IllegalArgumentException when it names none
   */
  public static MalformedFrame ofWireName(String wireName) {
    Objects.requireNonNull(wireName, "wireName == null");
    for (MalformedFrame kind : values()) {
      if (kind.wireName().equals(wireName)) {
        return kind;
      }
    }
    throw new IllegalArgumentException("kind must be truncated-json, not-json or unknown-channel: \"" + wireName
        + "\"");
  }
}
