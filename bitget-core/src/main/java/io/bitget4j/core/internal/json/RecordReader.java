package io.bitget4j.core.internal.json;

import java.io.IOException;

/**
 * Reads one record from either {@link JsonSource}, so that REST, the WebSocket general path and
 * its fast path share one reader per record.
 */
@FunctionalInterface
interface RecordReader<T> {
  /**
   * Reads the next object. In a list ({@code inList}), an item whose symbol this library does not
   * support is consumed and null is returned; outside one, it fails.
   */
  T read(JsonSource in, boolean inList) throws IOException;

  /** This reader on Moshi's reader. */
  default ItemReader<T> onMoshi() {
    return (reader, inList) -> read(new MoshiSource(reader), inList);
  }
}
