package io.bitget4j.core.json;

import com.squareup.moshi.JsonReader;
import io.bitget4j.core.Symbol;
import io.bitget4j.core.json.internal.JsonValues;
import io.bitget4j.core.model.BookLevel;
import io.bitget4j.core.model.BookPush;
import io.bitget4j.core.model.OrderBook;
import io.bitget4j.core.model.RawBookLevel;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Readers for REST {@code merge-depth} books and WebSocket {@code books*} pushes. */
final class BookReaders {
  private static final JsonReader.Options DEPTH_NAMES = JsonReader.Options.of("asks", "bids", "ts");
  private static final JsonReader.Options PUSH_NAMES =
      JsonReader.Options.of("asks", "bids", "checksum", "seq", "prevSeq", "ts");

  private BookReaders() {
  }

  /** {@code {"asks":[["p","s"],..],"bids":..,"ts":..}}; prices and sizes as strings or numbers. */
  static ItemReader<OrderBook> orderBook(Symbol symbol) {
    Objects.requireNonNull(symbol, "symbol == null");
    return (reader, inList) -> {
      List<BookLevel> asks = null;
      List<BookLevel> bids = null;
      Instant timestamp = null;
      Shapes.beginObject(reader);
      while (reader.hasNext()) {
        switch (reader.selectName(DEPTH_NAMES)) {
          case 0:
            asks = levels(reader);
            break;
          case 1:
            bids = levels(reader);
            break;
          case 2:
            timestamp = JsonValues.instant(reader);
            break;
          default:
            Shapes.skipField(reader);
            break;
        }
      }
      reader.endObject();
      if (asks == null || bids == null || timestamp == null) {
        throw Required.missing("order book", "bids", bids, "asks", asks, "timestamp", timestamp);
      }
      return new OrderBook(symbol, bids, asks, timestamp);
    };
  }

  /** One element of a {@code books*} push's data. */
  static BookPush bookPush(JsonReader reader, boolean inList) throws IOException {
    List<RawBookLevel> asks = null;
    List<RawBookLevel> bids = null;
    Long checksum = null;
    Long seq = null;
    Long prevSeq = null;
    Instant timestamp = null;
    Shapes.beginObject(reader);
    while (reader.hasNext()) {
      switch (reader.selectName(PUSH_NAMES)) {
        case 0:
          asks = rawLevels(reader);
          break;
        case 1:
          bids = rawLevels(reader);
          break;
        case 2:
          checksum = JsonValues.longValue(reader);
          break;
        case 3:
          seq = JsonValues.longValue(reader);
          break;
        case 4:
          prevSeq = JsonValues.longValue(reader);
          break;
        case 5:
          timestamp = JsonValues.instant(reader);
          break;
        default:
          Shapes.skipField(reader);
          break;
      }
    }
    reader.endObject();
    if (timestamp == null) {
      throw Required.missing("book", "timestamp", null);
    }
    return new BookPush(asks == null ? List.of() : asks, bids == null ? List.of() : bids,
        Optional.ofNullable(checksum), Optional.ofNullable(seq), Optional.ofNullable(prevSeq), timestamp);
  }

  private static List<BookLevel> levels(JsonReader reader) throws IOException {
    if (reader.peek() == JsonReader.Token.NULL) {
      reader.nextNull();
      return List.of();
    }
    Shapes.beginArray(reader);
    List<BookLevel> levels = new ArrayList<>();
    while (reader.hasNext()) {
      Shapes.beginArray(reader);
      BigDecimal price = reader.hasNext() ? JsonValues.decimal(reader) : null;
      BigDecimal size = reader.hasNext() ? JsonValues.decimal(reader) : null;
      while (reader.hasNext()) {
        reader.skipValue();
      }
      if (price == null || size == null) {
        throw Required.missing("book level", "price", price, "size", size);
      }
      reader.endArray();
      levels.add(new BookLevel(price, size));
    }
    reader.endArray();
    return levels;
  }

  private static List<RawBookLevel> rawLevels(JsonReader reader) throws IOException {
    if (reader.peek() == JsonReader.Token.NULL) {
      reader.nextNull();
      return List.of();
    }
    Shapes.beginArray(reader);
    List<RawBookLevel> levels = new ArrayList<>();
    while (reader.hasNext()) {
      Shapes.beginArray(reader);
      String priceText = reader.hasNext() ? JsonValues.nonEmptyString(reader) : null;
      BigDecimal price = priceText == null ? null : JsonValues.decimal(priceText, reader);
      String sizeText = reader.hasNext() ? JsonValues.nonEmptyString(reader) : null;
      BigDecimal size = sizeText == null ? null : JsonValues.decimal(sizeText, reader);
      while (reader.hasNext()) {
        reader.skipValue();
      }
      if (price == null || size == null) {
        throw Required.missing("book level", "price", price, "size", size);
      }
      reader.endArray();
      levels.add(new RawBookLevel(priceText, sizeText, price, size));
    }
    reader.endArray();
    return levels;
  }
}
