package io.bitget4j.core.internal.json;

/**
 * A built-in decoder that can also read from a {@link TextScanner}, for the WebSocket fast path.
 * {@link #decodeFast} returns the same value {@link #decode} would, or throws
 * {@link TextScanner#FAIL} when it cannot tell.
 */
interface FastDecoder<T> extends JsonDecoder<T> {
  T decodeFast(TextScanner scanner);
}
