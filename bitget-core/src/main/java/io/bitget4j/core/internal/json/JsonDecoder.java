package io.bitget4j.core.internal.json;

import com.squareup.moshi.JsonReader;
import java.io.IOException;

/**
 * Decodes one JSON value into a {@code T}. The decoders {@link BitgetJson} hands out are
 * stateless and safe to share between threads.
 *
 * @param <T> the decoded type
 */
@FunctionalInterface
public interface JsonDecoder<T> {
  /**
   * Reads the next value from {@code reader}, which is positioned before it, and returns the
   * decoded result, never null.
   *
   * @throws io.bitget4j.core.BitgetDecodingException when the value lacks required fields or has
   *     a value of the wrong type; the message names the fields or the JSON path
   * @throws IOException when the underlying source fails or ends early
   */
  T decode(JsonReader reader) throws IOException;
}
