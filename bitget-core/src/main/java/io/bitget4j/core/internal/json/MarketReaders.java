package io.bitget4j.core.internal.json;

import static io.bitget4j.core.internal.json.JsonValues.decimal;

import com.squareup.moshi.JsonReader;
import io.bitget4j.core.Symbol;
import io.bitget4j.core.internal.json.JsonValues;
import io.bitget4j.core.model.Candle;
import io.bitget4j.core.model.FundingRate;
import io.bitget4j.core.model.OpenInterest;
import io.bitget4j.core.model.Side;
import io.bitget4j.core.model.SymbolPrice;
import io.bitget4j.core.model.Trade;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** Readers for the smaller market records: trades, candles, funding, open interest, prices, time. */
final class MarketReaders {
  /** V2's names, V3 REST's {@code execId}, then the one-letter keys of V3's {@code publicTrade} pushes. */
  private static final JsonReader.Options TRADE_NAMES =
      JsonReader.Options.of("tradeId", "price", "size", "side", "ts", "execId", "i", "p", "v", "S", "T");
  private static final JsonReader.Options CANDLE_NAMES =
      JsonReader.Options.of("start", "open", "high", "low", "close", "volume", "turnover");
  private static final JsonReader.Options FUNDING_NAMES =
      JsonReader.Options.of("symbol", "fundingRate", "nextUpdate", "nextFundingTime");
  private static final JsonReader.Options OPEN_INTEREST_NAMES =
      JsonReader.Options.of("openInterestList", "ts", "list");
  private static final JsonReader.Options OPEN_INTEREST_ITEM_NAMES =
      JsonReader.Options.of("symbol", "size", "openInterest");
  private static final JsonReader.Options PRICE_NAMES =
      JsonReader.Options.of("symbol", "price", "indexPrice", "markPrice", "ts", "lastPrice", "category");
  private static final JsonReader.Options SERVER_TIME_NAMES = JsonReader.Options.of("serverTime");
  private static final String[] CANDLE_FIELDS =
      {"openTime", "open", "high", "low", "close", "baseVolume", "quoteVolume"};

  private MarketReaders() {
  }

  /**
   * A trade of {@code symbol} (WebSocket trade items carry no symbol; REST ones are ignored); V3
   * names the trade id {@code execId}, and its {@code publicTrade} pushes use one-letter keys:
   * {@code i} id, {@code p} price, {@code v} size, {@code S} side, {@code T} time (case matters).
   */
  static ItemReader<Trade> trade(Symbol symbol) {
    Objects.requireNonNull(symbol, "symbol == null");
    return (reader, inList) -> {
      String tradeId = null;
      BigDecimal price = null;
      BigDecimal size = null;
      Side side = null;
      Instant timestamp = null;
      Shapes.beginObject(reader);
      while (reader.hasNext()) {
        switch (reader.selectName(TRADE_NAMES)) {
          case 0:
          case 5:
          case 6:
            tradeId = JsonValues.nonEmptyString(reader);
            break;
          case 1:
          case 7:
            price = decimal(reader);
            break;
          case 2:
          case 8:
            size = decimal(reader);
            break;
          case 3:
          case 9:
            side = WireEnum.SIDE.read(reader);
            break;
          case 4:
          case 10:
            timestamp = JsonValues.instant(reader);
            break;
          default:
            Shapes.skipField(reader);
            break;
        }
      }
      reader.endObject();
      if (tradeId == null || price == null || size == null || side == null || timestamp == null) {
        throw Required.missing("trade", "tradeId", tradeId, "price", price, "size", size, "side", side,
            "timestamp", timestamp);
      }
      return new Trade(symbol, tradeId, price, size, side, timestamp);
    };
  }

  /**
   * A candle array {@code [ts, open, high, low, close, baseVolume, quoteVolume, ...]}, or a V3
   * {@code kline} push's object {@code {"start","open","high","low","close","volume","turnover"}}.
   */
  static Candle candle(JsonReader reader, boolean inList) throws IOException {
    Object[] values = new Object[CANDLE_FIELDS.length];
    if (reader.peek() == JsonReader.Token.BEGIN_OBJECT) {
      reader.beginObject();
      while (reader.hasNext()) {
        int index = reader.selectName(CANDLE_NAMES);
        if (index == 0) {
          values[0] = JsonValues.instant(reader);
        } else if (index > 0) {
          values[index] = decimal(reader);
        } else {
          Shapes.skipField(reader);
        }
      }
      reader.endObject();
      return candle(values);
    }
    Shapes.beginArray(reader);
    int index = 0;
    while (reader.hasNext()) {
      if (index == 0) {
        values[0] = JsonValues.instant(reader);
      } else if (index < values.length) {
        values[index] = decimal(reader);
      } else {
        reader.skipValue();
      }
      index++;
    }
    reader.endArray();
    return candle(values);
  }

  private static Candle candle(Object[] values) {
    for (Object value : values) {
      if (value == null) {
        Object[] pairs = new Object[values.length * 2];
        for (int i = 0; i < values.length; i++) {
          pairs[2 * i] = CANDLE_FIELDS[i];
          pairs[2 * i + 1] = values[i];
        }
        throw Required.missing("candle", pairs);
      }
    }
    return new Candle((Instant) values[0], (BigDecimal) values[1], (BigDecimal) values[2], (BigDecimal) values[3],
        (BigDecimal) values[4], (BigDecimal) values[5], (BigDecimal) values[6]);
  }

  static ItemReader<FundingRate> fundingRate(SymbolResolver symbols) {
    return (reader, inList) -> {
      String symbolText = null;
      Symbol symbol = null;
      BigDecimal rate = null;
      Instant next = null;
      Shapes.beginObject(reader);
      while (reader.hasNext()) {
        switch (reader.selectName(FUNDING_NAMES)) {
          case 0:
            symbolText = JsonValues.nonEmptyString(reader);
            symbol = symbols.resolve(symbolText, reader, inList);
            break;
          case 1:
            rate = decimal(reader);
            break;
          case 2:
          case 3:
            Instant value = JsonValues.instant(reader);
            next = value != null ? value : next;
            break;
          default:
            Shapes.skipField(reader);
            break;
        }
      }
      reader.endObject();
      if (symbolText != null && symbol == null) {
        return symbols.skipped("funding rate", symbolText);
      }
      if (symbol == null || rate == null) {
        throw Required.missing("funding rate", "symbol", symbol, "fundingRate", rate);
      }
      return new FundingRate(symbol, rate, Optional.ofNullable(next));
    };
  }

  /**
   * {@code {"openInterestList":[{"symbol","size"}],"ts"}} (V2) or {@code {"list":[{"symbol","openInterest"}],"ts"}}
   * (V3): the first entry of the list.
   */
  static ItemReader<OpenInterest> openInterest(SymbolResolver symbols) {
    return (reader, inList) -> {
      Symbol symbol = null;
      BigDecimal size = null;
      Instant timestamp = null;
      Shapes.beginObject(reader);
      while (reader.hasNext()) {
        switch (reader.selectName(OPEN_INTEREST_NAMES)) {
          case 0:
          case 2:
            if (reader.peek() == JsonReader.Token.NULL) {
              reader.nextNull();
              break;
            }
            Shapes.beginArray(reader);
            while (reader.hasNext()) {
              if (symbol != null) {
                reader.skipValue();
                continue;
              }
              Shapes.beginObject(reader);
              while (reader.hasNext()) {
                switch (reader.selectName(OPEN_INTEREST_ITEM_NAMES)) {
                  case 0:
                    symbol = symbols.resolve(JsonValues.nonEmptyString(reader), reader, false);
                    break;
                  case 1:
                  case 2:
                    size = decimal(reader);
                    break;
                  default:
                    Shapes.skipField(reader);
                    break;
                }
              }
              reader.endObject();
            }
            reader.endArray();
            break;
          case 1:
            timestamp = JsonValues.instant(reader);
            break;
          default:
            Shapes.skipField(reader);
            break;
        }
      }
      reader.endObject();
      if (symbol == null || size == null || timestamp == null) {
        throw Required.missing("open interest", "symbol", symbol, "size", size, "timestamp", timestamp);
      }
      return new OpenInterest(symbol, size, timestamp);
    };
  }

  /**
   * V2 {@code symbol-price} ({@code price}), or a V3 ticker ({@code lastPrice}), which carries the
   * same three prices: V3 has no symbol-price endpoint.
   */
  static ItemReader<SymbolPrice> symbolPrice(SymbolResolver symbols) {
    return (reader, inList) -> {
      String symbolText = null;
      Symbol symbol = null;
      BigDecimal price = null;
      BigDecimal indexPrice = null;
      BigDecimal markPrice = null;
      Instant timestamp = null;
      String category = null;
      Shapes.beginObject(reader);
      while (reader.hasNext()) {
        switch (reader.selectName(PRICE_NAMES)) {
          case 0:
            symbolText = JsonValues.nonEmptyString(reader);
            symbol = symbols.resolve(symbolText, reader, inList);
            break;
          case 1:
          case 5:
            price = decimal(reader);
            break;
          case 2:
            indexPrice = decimal(reader);
            break;
          case 3:
            markPrice = decimal(reader);
            break;
          case 4:
            timestamp = JsonValues.instant(reader);
            break;
          case 6:
            category = JsonValues.nonEmptyString(reader);
            break;
          default:
            Shapes.skipField(reader);
            break;
        }
      }
      reader.endObject();
      if (symbolText != null && symbol == null) {
        return symbols.skipped("symbol price", symbolText);
      }
      if (!symbols.accepts(category)) {
        return symbols.wrongCategory("symbol price", category, inList);
      }
      if (symbol == null || price == null || indexPrice == null || markPrice == null || timestamp == null) {
        throw Required.missing("symbol price", "symbol", symbol, "price", price, "indexPrice", indexPrice,
            "markPrice", markPrice, "timestamp", timestamp);
      }
      return new SymbolPrice(symbol, price, indexPrice, markPrice, timestamp);
    };
  }

  /** {@code {"serverTime":"1700111073740"}}. */
  static Instant serverTime(JsonReader reader) throws IOException {
    Instant time = null;
    Shapes.beginObject(reader);
    while (reader.hasNext()) {
      if (reader.selectName(SERVER_TIME_NAMES) == 0) {
        time = JsonValues.instant(reader);
      } else {
        Shapes.skipField(reader);
      }
    }
    reader.endObject();
    if (time == null) {
      throw Required.missing("server time", "serverTime", null);
    }
    return time;
  }
}
