package io.bitget4j.core.internal.json;

import com.squareup.moshi.JsonReader;
import java.io.IOException;
import java.util.function.Function;

/** A decoder whose result is mapped to another type, keeping the fast path of the decoder it maps. */
final class MappedDecoder<A, B> implements FastDecoder<B> {
  private final FastDecoder<A> decoder;
  private final Function<A, B> mapping;

  MappedDecoder(FastDecoder<A> decoder, Function<A, B> mapping) {
    this.decoder = decoder;
    this.mapping = mapping;
  }

  @Override
  public B decode(JsonReader reader) throws IOException {
    return mapping.apply(decoder.decode(reader));
  }

  @Override
  public B decodeFast(TextScanner scanner) {
    return mapping.apply(decoder.decodeFast(scanner));
  }
}
