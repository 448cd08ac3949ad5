package io.bitget4j.core.internal.json;

import com.squareup.moshi.JsonReader;
import io.bitget4j.core.BitgetDecodingException;
import io.bitget4j.core.internal.json.JsonValues;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The container shapes Bitget wraps records in. */
final class Shapes {
  private Shapes() {
  }

  /** An array of items, unmodifiable; JSON null is an empty list; skipped (null) items are dropped. */
  static <T> List<T> list(JsonReader reader, ItemReader<T> item) throws IOException {
    JsonReader.Token token = reader.peek();
    if (token == JsonReader.Token.NULL) {
      reader.nextNull();
      return List.of();
    }
    if (token != JsonReader.Token.BEGIN_ARRAY) {
      throw JsonValues.wrongType(reader, "an array", token);
    }
    List<T> result = new ArrayList<>();
    reader.beginArray();
    while (reader.hasNext()) {
      T value = item.read(reader, true);
      if (value != null) {
        result.add(value);
      }
    }
    reader.endArray();
    return Collections.unmodifiableList(result);
  }

  /**
   * One object, or the first of an array of them (V2's ticker, funding rate and symbol price
   * answers are arrays of one).
   */
  static <T> T single(JsonReader reader, String what, ItemReader<T> item) throws IOException {
    JsonReader.Token token = reader.peek();
    if (token == JsonReader.Token.BEGIN_OBJECT) {
      return item.read(reader, false);
    }
    if (token != JsonReader.Token.BEGIN_ARRAY) {
      throw JsonValues.wrongType(reader, "an object or an array", token);
    }
    reader.beginArray();
    if (!reader.hasNext()) {
      throw new BitgetDecodingException("Expected one " + what + " but the array was empty at path " + reader.getPath());
    }
    T value = item.read(reader, false);
    while (reader.hasNext()) {
      reader.skipValue();
    }
    reader.endArray();
    return value;
  }

  /** Fails unless the next value is an object, and begins it. */
  static void beginObject(JsonReader reader) throws IOException {
    JsonReader.Token token = reader.peek();
    if (token != JsonReader.Token.BEGIN_OBJECT) {
      throw JsonValues.wrongType(reader, "an object", token);
    }
    reader.beginObject();
  }

  /** Fails unless the next value is an array, and begins it. */
  static void beginArray(JsonReader reader) throws IOException {
    JsonReader.Token token = reader.peek();
    if (token != JsonReader.Token.BEGIN_ARRAY) {
      throw JsonValues.wrongType(reader, "an array", token);
    }
    reader.beginArray();
  }

  /** Skips the name and value of a field that was not selected. */
  static void skipField(JsonReader reader) throws IOException {
    reader.skipName();
    reader.skipValue();
  }
}
