package io.bitget4j.core.internal.json;

import com.squareup.moshi.JsonReader;
import io.bitget4j.core.BitgetDecodingException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A list of records, such as a WebSocket push's data, with the fast path: the same
 * {@link RecordReader} reads from Moshi's reader and from the {@link TextScanner}. JSON null is an
 * empty list, skipped (null) items are dropped, and the list is unmodifiable.
 */
final class ListDecoder<T> implements FastDecoder<List<T>> {
  private final RecordReader<T> item;
  private final ItemReader<T> moshiItem;
  private final boolean loneObject;

  ListDecoder(RecordReader<T> item) {
    this(item, false);
  }

  private ListDecoder(RecordReader<T> item, boolean loneObject) {
    this.item = item;
    this.moshiItem = item.onMoshi();
    this.loneObject = loneObject;
  }

  /** A list decoder that also reads a lone object as a list of one, for pushes sent either way. */
  static <T> ListDecoder<T> orLoneObject(RecordReader<T> item) {
    return new ListDecoder<>(item, true);
  }

  @Override
  public List<T> decode(JsonReader reader) throws IOException {
    if (loneObject && reader.peek() == JsonReader.Token.BEGIN_OBJECT) {
      T value = moshiItem.read(reader, true);
      return value == null ? List.of() : List.of(value);
    }
    return Shapes.list(reader, moshiItem);
  }

  @Override
  public List<T> decodeFast(TextScanner scanner) {
    try {
      if (scanner.nextNull()) {
        return List.of();
      }
      if (loneObject && scanner.peek() == '{') {
        T value = item.read(scanner, true);
        return value == null ? List.of() : List.of(value);
      }
      scanner.beginArray();
      T only = null; // a push usually holds one item
      List<T> items = null;
      while (scanner.hasNextElement()) {
        T value = item.read(scanner, true);
        if (value == null) {
          continue;
        }
        if (only == null) {
          only = value;
        } else {
          if (items == null) {
            items = new ArrayList<>();
            items.add(only);
          }
          items.add(value);
        }
      }
      return items != null ? Collections.unmodifiableList(items) : only != null ? List.of(only) : List.of();
    } catch (IOException | BitgetDecodingException e) {
      throw TextScanner.FAIL; // the general path reads it again and says what is wrong, and where
    }
  }
}
