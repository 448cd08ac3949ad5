package io.bitget4j.core.internal.json;

import com.squareup.moshi.JsonReader;
import java.io.IOException;

/** Reads one object of a list or a single-object answer. */
@FunctionalInterface
interface ItemReader<T> {
  /**
   * Reads the next object. In a list ({@code inList}), an item whose symbol this library does not
   * support is consumed and null is returned; outside one, it fails.
   */
  T read(JsonReader reader, boolean inList) throws IOException;
}
