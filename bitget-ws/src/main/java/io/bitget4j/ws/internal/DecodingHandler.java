package io.bitget4j.ws.internal;

import io.bitget4j.core.internal.json.JsonDecoder;
import io.bitget4j.core.internal.json.StreamFrame;
import java.util.List;
import java.util.function.Function;

/**
 * A stateless handler: takes a push's data decoded with a {@link JsonDecoder} and delivers each
 * item, or the whole list as one value.
 *
 * @param <D> what the decoder returns
 * @param <T> the type of the values delivered
 */
public final class DecodingHandler<D, T> implements PushHandler<T> {
  private final JsonDecoder<D> decoder;
  private final Function<D, List<T>> values;

  private DecodingHandler(JsonDecoder<D> decoder, Function<D, List<T>> values) {
    this.decoder = decoder;
    this.values = values;
  }

  /** Delivers every item of the decoded list as its own value. */
  public static <T> DecodingHandler<List<T>, T> eachItem(JsonDecoder<List<T>> decoder) {
    return new DecodingHandler<>(decoder, list -> list);
  }

  /** Delivers the decoded list as one value, such as all positions of a push. */
  public static <T> DecodingHandler<List<T>, List<T>> wholeList(JsonDecoder<List<T>> decoder) {
    return new DecodingHandler<>(decoder, List::of);
  }

  @Override
  public JsonDecoder<D> decoder() {
    return decoder;
  }

  @Override
  public List<T> onPush(StreamFrame frame, Runnable resync) {
    return frame.data(decoder).map(values).orElse(List.of());
  }
}
