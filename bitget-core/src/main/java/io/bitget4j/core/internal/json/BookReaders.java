package io.bitget4j.core.internal.json;

import io.bitget4j.core.Symbol;
import io.bitget4j.core.model.BookLevel;
import io.bitget4j.core.model.OrderBook;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Readers for REST {@code merge-depth} (V2) and {@code orderbook} (V3) books and WebSocket {@code books*} pushes. */
final class BookReaders {
  private static final Fields DEPTH_FIELDS = new Fields(new String[] {"asks", "bids", "ts", "a", "b"});
  /** V2's names, then V3's ({@code a}, {@code b}, {@code pseq}), then V2's and V3's orders. */
  private static final Fields PUSH_FIELDS = Fields.inOrders(
      new String[] {"asks", "bids", "checksum", "seq", "prevSeq", "ts", "a", "b", "pseq"},
      new String[] {"asks", "bids", "checksum", "seq", "ts"},
      new String[] {"a", "b", "checksum", "pseq", "seq", "ts"});

  /** Room for the levels of a {@code books15} push without growing the list; longer books grow it. */
  private static final int LEVELS_EXPECTED = 16;

  private BookReaders() {
  }

  /**
   * {@code {"asks":[["p","s"],..],"bids":..,"ts":..}} (V2) or {@code {"a":[[p,s],..],"b":..,"ts":..}}
   * (V3); prices and sizes as strings or JSON numbers ({@code 73000.0}), read from their text.
   */
  static RecordReader<OrderBook> orderBook(Symbol symbol) {
    Objects.requireNonNull(symbol, "symbol == null");
    return (in, inList) -> {
      List<BookLevel> asks = null;
      List<BookLevel> bids = null;
      Instant timestamp = null;
      in.beginObject();
      for (int field; (field = in.nextField(DEPTH_FIELDS)) != JsonSource.END; ) {
        switch (field) {
          case 0:
          case 3:
            asks = levels(in);
            break;
          case 1:
          case 4:
            bids = levels(in);
            break;
          case 2:
            timestamp = in.instant();
            break;
          default:
            in.skipValue();
            break;
        }
      }
      if (asks == null || bids == null || timestamp == null) {
        throw Required.missing("order book", "bids", bids, "asks", asks, "timestamp", timestamp);
      }
      return new OrderBook(symbol, bids, asks, timestamp);
    };
  }

  /**
   * One element of a {@code books*} push's data: V2 {@code asks}/{@code bids} with {@code checksum}
   * and {@code seq}, or V3 {@code a}/{@code b} with {@code seq} and {@code pseq} (numbers beyond
   * 2^53 are read exactly).
   */
  static BookPush bookPush(JsonSource in, boolean inList) throws IOException {
    List<RawBookLevel> asks = null;
    List<RawBookLevel> bids = null;
    Long checksum = null;
    Long seq = null;
    Long prevSeq = null;
    Instant timestamp = null;
    in.beginObject();
    for (int field; (field = in.nextField(PUSH_FIELDS)) != JsonSource.END; ) {
      switch (field) {
        case 0:
        case 6:
          asks = rawLevels(in);
          break;
        case 1:
        case 7:
          bids = rawLevels(in);
          break;
        case 2:
          checksum = in.longValue();
          break;
        case 3:
          seq = in.longValue();
          break;
        case 4:
        case 8:
          prevSeq = in.longValue();
          break;
        case 5:
          timestamp = in.instant();
          break;
        default:
          in.skipValue();
          break;
      }
    }
    if (timestamp == null) {
      throw Required.missing("book", "timestamp", null);
    }
    return new BookPush(asks == null ? List.of() : asks, bids == null ? List.of() : bids,
        Optional.ofNullable(checksum), Optional.ofNullable(seq), Optional.ofNullable(prevSeq), timestamp);
  }

  private static List<BookLevel> levels(JsonSource in) throws IOException {
    if (in.nextNull()) {
      return List.of();
    }
    in.beginArray();
    List<BookLevel> levels = new ArrayList<>();
    while (in.hasNextElement()) {
      in.beginArray();
      boolean more = in.hasNextElement();
      BigDecimal price = more ? in.decimal() : null;
      more = more && in.hasNextElement();
      BigDecimal size = more ? in.decimal() : null;
      if (price == null || size == null) {
        throw Required.missing("book level", "price", price, "size", size);
      }
      skipRest(in);
      levels.add(new BookLevel(price, size));
    }
    return levels;
  }

  private static List<RawBookLevel> rawLevels(JsonSource in) throws IOException {
    if (in.nextNull()) {
      return List.of();
    }
    in.beginArray();
    List<RawBookLevel> levels = new ArrayList<>(LEVELS_EXPECTED);
    while (in.hasNextElement()) {
      in.beginArray();
      boolean more = in.hasNextElement();
      String priceText = more ? in.decimalText() : null;
      BigDecimal price = priceText == null ? null : in.decimal(priceText);
      more = more && in.hasNextElement();
      String sizeText = more ? in.decimalText() : null;
      BigDecimal size = sizeText == null ? null : in.decimal(sizeText);
      if (price == null || size == null) {
        throw Required.missing("book level", "price", price, "size", size);
      }
      skipRest(in);
      levels.add(new RawBookLevel(priceText, sizeText, price, size));
    }
    return levels;
  }

  /** Skips what follows a level's price and size (both were read), and ends the level's array. */
  private static void skipRest(JsonSource in) throws IOException {
    while (in.hasNextElement()) {
      in.skipValue();
    }
  }
}
