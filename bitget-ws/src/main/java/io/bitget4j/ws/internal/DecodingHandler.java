package io.bitget4j.ws.internal;

import io.bitget4j.core.internal.json.JsonDecoder;
import io.bitget4j.core.internal.json.StreamFrame;
import java.util.List;
import java.util.function.BiFunction;

/**
 * A stateless handler: takes a push's data decoded with a {@link JsonDecoder} and delivers each
 * item, or the whole list as one value.
 *
 * @param <D> what the decoder returns
 * @param <T> the type of the values delivered
 */
public final class DecodingHandler<D, T> implements PushHandler<T> {
  private final JsonDecoder<D> decoder;
  private final BiFunction<D, StreamFrame, List<T>> values;

  private DecodingHandler(JsonDecoder<D> decoder, BiFunction<D, StreamFrame, List<T>> values) {
    this.decoder = decoder;
    this.values = values;
  }

  /** Delivers every item of the decoded list as its own value. */
  public static <T> DecodingHandler<List<T>, T> eachItem(JsonDecoder<List<T>> decoder) {
    return new DecodingHandler<>(decoder, (list, frame) -> list);
  }

  /** Delivers the decoded list as one value, such as all positions of a push. */
  public static <T> DecodingHandler<List<T>, List<T>> wholeList(JsonDecoder<List<T>> decoder) {
    return new DecodingHandler<>(decoder, (list, frame) -> List.of(list));
  }

  /**
   * Delivers the values {@code values} makes of the decoded data and its frame, for pushes whose
   * values need the frame too (V3 tickers take their time from the frame's {@code ts}).
   */
  public static <D, T> DecodingHandler<D, T> of(JsonDecoder<D> decoder, BiFunction<D, StreamFrame, List<T>> values) {
    return new DecodingHandler<>(decoder, values);
  }

  @Override
  public JsonDecoder<D> decoder() {
    return decoder;
  }

  @Override
  public List<T> onPush(StreamFrame frame, Runnable resync) {
    return frame.data(decoder).map(data -> values.apply(data, frame)).orElse(List.of());
  }
}
