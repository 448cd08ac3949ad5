package io.bitget4j.core.internal.json;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import okio.Buffer;
import okio.ByteString;

/**
 * One WebSocket text frame from Bitget, decoded by {@link BitgetJson#decodePush(String)}: an
 * {@linkplain Kind#EVENT event} (login, subscribe, unsubscribe, error acks), a
 * {@linkplain Kind#PUSH push} of channel data, or the {@linkplain Kind#PONG pong} heartbeat reply.
 *
 * <p>A push's {@code data} array is decoded with the channel's decoder, either in the same pass
 * (when {@link BitgetJson#decodePush(String, Router)} was given a {@link Router}) or later by
 * {@link #data(JsonDecoder)} from the raw bytes kept for it. Frames are immutable and safe to hand
 * to another thread.
 */
public final class StreamFrame {
  /** What a frame is. */
  public enum Kind {
    /** An {@code event} frame: {@code login}, {@code subscribe}, {@code unsubscribe} or {@code error}. */
    EVENT,
    /** Channel data: {@code {"action","arg","data","ts"}}. */
    PUSH,
    /** The literal text {@code pong}, the answer to a {@code ping}. */
    PONG,
    /** A JSON object that is neither an event nor a push. */
    UNKNOWN
  }

  /**
   * Chooses the decoder for a push's {@code data} from its {@code arg}, so that the data is decoded
   * while the frame is read. Called on the decoding thread; must be fast and must not throw.
   */
  @FunctionalInterface
  public interface Router {
    /** The decoder for this channel's data, or empty to keep the data raw. */
    Optional<? extends JsonDecoder<?>> decoderFor(StreamArg arg);
  }

  static final StreamFrame PONG = new StreamFrame(Kind.PONG, null, null, null, null, null, null, null, null, null);

  private final Kind kind;
  private final String event;
  private final String code;
  private final String message;
  private final StreamArg arg;
  private final String action;
  private final Instant timestamp;
  private final ByteString rawData;
  private final JsonDecoder<?> decodedWith;
  private final Object decoded;

  StreamFrame(Kind kind, String event, String code, String message, StreamArg arg, String action,
      Instant timestamp, ByteString rawData, JsonDecoder<?> decodedWith, Object decoded) {
    this.kind = kind;
    this.event = event;
    this.code = code;
    this.message = message;
    this.arg = arg;
    this.action = action;
    this.timestamp = timestamp;
    this.rawData = rawData;
    this.decodedWith = decodedWith;
    this.decoded = decoded;
  }

  /** What this frame is. */
  public Kind kind() {
    return kind;
  }

  /** The {@code event} of an event frame: {@code login}, {@code subscribe}, {@code unsubscribe}, {@code error}. */
  public Optional<String> event() {
    return Optional.ofNullable(event);
  }

  /** The {@code code}, as text whether it was sent as a number or a string ({@code 0} is {@code "0"}). */
  public Optional<String> code() {
    return Optional.ofNullable(code);
  }

  /** The {@code msg}, when sent. */
  public Optional<String> message() {
    return Optional.ofNullable(message);
  }

  /** The channel this frame is about, when sent. */
  public Optional<StreamArg> arg() {
    return Optional.ofNullable(arg);
  }

  /** The push {@code action}: {@code snapshot} or {@code update}. */
  public Optional<String> action() {
    return Optional.ofNullable(action);
  }

  /** The frame's {@code ts}, when sent. */
  public Optional<Instant> timestamp() {
    return Optional.ofNullable(timestamp);
  }

  /** Whether this is an {@code error} event. */
  public boolean isError() {
    return "error".equals(event);
  }

  /** Whether this is a push whose action is {@code snapshot}. */
  public boolean isSnapshot() {
    return "snapshot".equals(action);
  }

  /** Whether the frame carries a non-null {@code data} value. */
  public boolean hasData() {
    return rawData != null || decodedWith != null;
  }

  /** The undecoded {@code data} bytes, when they were not decoded while the frame was read. */
  public Optional<ByteString> rawData() {
    return Optional.ofNullable(rawData);
  }

  /**
   * The {@code data} decoded with {@code decoder}: the value decoded while the frame was read
   * when the {@link Router} chose this same decoder instance, otherwise decoded now from
   * {@link #rawData()}. Empty when the frame has no data.
   *
   * @throws io.bitget4j.core.BitgetDecodingException when the data does not fit the decoder
   * @throws IllegalStateException when the data was already decoded with another decoder
   */
  public <T> Optional<T> data(JsonDecoder<T> decoder) {
    Objects.requireNonNull(decoder, "decoder == null");
    if (decodedWith == decoder) {
      @SuppressWarnings("unchecked") // decoded by this very decoder
      T value = (T) decoded;
      return Optional.of(value);
    }
    if (rawData == null) {
      if (decodedWith != null) {
        throw new IllegalStateException("the data of this frame was decoded with " + decodedWith
            + " while it was read; ask for it with the same decoder");
      }
      return Optional.empty();
    }
    return Optional.of(Decoding.complete("frame data", new Buffer().write(rawData), decoder::decode));
  }

  /** Describes the frame without its data. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("StreamFrame{").append(kind);
    appendIf(sb, "event", event);
    appendIf(sb, "code", code);
    appendIf(sb, "msg", message);
    appendIf(sb, "arg", arg);
    appendIf(sb, "action", action);
    appendIf(sb, "ts", timestamp);
    if (hasData()) {
      sb.append(", data=").append(rawData != null ? rawData.size() + " bytes" : "decoded");
    }
    return sb.append('}').toString();
  }

  private static void appendIf(StringBuilder sb, String name, Object value) {
    if (value != null) {
      sb.append(", ").append(name).append('=').append(value);
    }
  }
}
