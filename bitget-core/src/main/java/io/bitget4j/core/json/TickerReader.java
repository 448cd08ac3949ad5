package io.bitget4j.core.json;

import static io.bitget4j.core.json.internal.JsonValues.decimal;

import com.squareup.moshi.JsonReader;
import io.bitget4j.core.Symbol;
import io.bitget4j.core.json.internal.JsonValues;
import io.bitget4j.core.model.Ticker;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * Reads a REST or WebSocket ticker object ({@code lastPr}, or {@code last} on the demo feed), from
 * a Moshi reader or, on the WebSocket fast path, from a {@link TextScanner}. Both read the same
 * fields into the same {@link #assemble}.
 */
final class TickerReader implements ItemReader<Ticker> {
  private static final String[] FIELDS = {
      "instId", "symbol", "lastPr", "last", "bidPr", "askPr", "bidSz", "askSz", "high24h", "low24h",
      "open24h", "change24h", "priceChangePercent", "markPrice", "indexPrice", "fundingRate",
      "baseVolume", "quoteVolume", "holdingAmount", "ts"};
  private static final JsonReader.Options NAMES = JsonReader.Options.of(FIELDS);
  /** The order of the WebSocket push; only a guess that saves a lookup per member. */
  private static final TextScanner.Names FAST_NAMES = new TextScanner.Names(FIELDS,
      "instId", "lastPr", "bidPr", "askPr", "bidSz", "askSz", "open24h", "high24h", "low24h", "change24h",
      "fundingRate", "nextFundingTime", "markPrice", "indexPrice", "holdingAmount", "baseVolume", "quoteVolume",
      "openUtc", "symbolType", "symbol", "deliveryPrice", "ts");

  private final SymbolResolver symbols;

  TickerReader(SymbolResolver symbols) {
    this.symbols = symbols;
  }

  @Override
  public Ticker read(JsonReader reader, boolean inList) throws IOException {
    String symbolText = null;
    Symbol symbol = null;
    BigDecimal lastPrice = null;
    BigDecimal bidPrice = null;
    BigDecimal askPrice = null;
    BigDecimal bidSize = null;
    BigDecimal askSize = null;
    BigDecimal high24h = null;
    BigDecimal low24h = null;
    BigDecimal open24h = null;
    BigDecimal change24h = null;
    BigDecimal changePercent = null;
    BigDecimal markPrice = null;
    BigDecimal indexPrice = null;
    BigDecimal fundingRate = null;
    BigDecimal baseVolume = null;
    BigDecimal quoteVolume = null;
    BigDecimal holdingAmount = null;
    Instant timestamp = null;
    Shapes.beginObject(reader);
    while (reader.hasNext()) {
      switch (reader.selectName(NAMES)) {
        case 0:
        case 1:
          if (symbolText == null) {
            symbolText = JsonValues.nonEmptyString(reader);
            symbol = symbols.resolve(symbolText, reader, inList);
          } else {
            reader.skipValue();
          }
          break;
        case 2:
        case 3:
          lastPrice = decimal(reader);
          break;
        case 4:
          bidPrice = decimal(reader);
          break;
        case 5:
          askPrice = decimal(reader);
          break;
        case 6:
          bidSize = decimal(reader);
          break;
        case 7:
          askSize = decimal(reader);
          break;
        case 8:
          high24h = decimal(reader);
          break;
        case 9:
          low24h = decimal(reader);
          break;
        case 10:
          open24h = decimal(reader);
          break;
        case 11:
          change24h = decimal(reader);
          break;
        case 12:
          changePercent = decimal(reader);
          break;
        case 13:
          markPrice = decimal(reader);
          break;
        case 14:
          indexPrice = decimal(reader);
          break;
        case 15:
          fundingRate = decimal(reader);
          break;
        case 16:
          baseVolume = decimal(reader);
          break;
        case 17:
          quoteVolume = decimal(reader);
          break;
        case 18:
          holdingAmount = decimal(reader);
          break;
        case 19:
          timestamp = JsonValues.instant(reader);
          break;
        default:
          Shapes.skipField(reader);
          break;
      }
    }
    reader.endObject();
    return assemble(symbols, symbolText, symbol, lastPrice, bidPrice, askPrice, bidSize, askSize, high24h, low24h,
        open24h, change24h != null ? change24h : changePercent, markPrice, indexPrice, fundingRate, baseVolume,
        quoteVolume, holdingAmount, timestamp);
  }

  /** The fast-path twin of {@link #read}; throws {@link TextScanner#FAIL} for anything unusual. */
  Ticker readFast(TextScanner scanner, boolean inList) {
    String symbolText = null;
    Symbol symbol = null;
    BigDecimal lastPrice = null;
    BigDecimal bidPrice = null;
    BigDecimal askPrice = null;
    BigDecimal bidSize = null;
    BigDecimal askSize = null;
    BigDecimal high24h = null;
    BigDecimal low24h = null;
    BigDecimal open24h = null;
    BigDecimal change24h = null;
    BigDecimal changePercent = null;
    BigDecimal markPrice = null;
    BigDecimal indexPrice = null;
    BigDecimal fundingRate = null;
    BigDecimal baseVolume = null;
    BigDecimal quoteVolume = null;
    BigDecimal holdingAmount = null;
    Instant timestamp = null;
    scanner.expect('{');
    int field = -1;
    boolean first = true;
    while (scanner.hasNext('}', first)) {
      first = false;
      field = scanner.selectName(FAST_NAMES, field);
      // fields 2 to 18 are decimals: one call site, so that the JIT compiles one copy of decimal()
      BigDecimal value = field >= 2 && field <= 18 ? scanner.decimal() : null;
      switch (field) {
        case 0:
        case 1:
          if (symbolText == null) {
            symbolText = scanner.nonEmptyString();
            symbol = symbolText == null ? null : symbols.resolveOrNull(symbolText);
            if (symbolText != null && symbol == null && !inList) {
              throw TextScanner.FAIL;
            }
          } else {
            scanner.skipValue();
          }
          break;
        case 2:
        case 3:
          lastPrice = value;
          break;
        case 4:
          bidPrice = value;
          break;
        case 5:
          askPrice = value;
          break;
        case 6:
          bidSize = value;
          break;
        case 7:
          askSize = value;
          break;
        case 8:
          high24h = value;
          break;
        case 9:
          low24h = value;
          break;
        case 10:
          open24h = value;
          break;
        case 11:
          change24h = value;
          break;
        case 12:
          changePercent = value;
          break;
        case 13:
          markPrice = value;
          break;
        case 14:
          indexPrice = value;
          break;
        case 15:
          fundingRate = value;
          break;
        case 16:
          baseVolume = value;
          break;
        case 17:
          quoteVolume = value;
          break;
        case 18:
          holdingAmount = value;
          break;
        case 19:
          timestamp = scanner.instant();
          break;
        default:
          scanner.skipValue();
          break;
      }
    }
    return assemble(symbols, symbolText, symbol, lastPrice, bidPrice, askPrice, bidSize, askSize, high24h, low24h,
        open24h, change24h != null ? change24h : changePercent, markPrice, indexPrice, fundingRate, baseVolume,
        quoteVolume, holdingAmount, timestamp);
  }

  private static Ticker assemble(SymbolResolver symbols, String symbolText, Symbol symbol, BigDecimal lastPrice,
      BigDecimal bidPrice, BigDecimal askPrice, BigDecimal bidSize, BigDecimal askSize, BigDecimal high24h,
      BigDecimal low24h, BigDecimal open24h, BigDecimal change24h, BigDecimal markPrice, BigDecimal indexPrice,
      BigDecimal fundingRate, BigDecimal baseVolume, BigDecimal quoteVolume, BigDecimal holdingAmount,
      Instant timestamp) {
    if (symbolText != null && symbol == null) {
      return symbols.skipped("ticker", symbolText);
    }
    if (symbol == null || lastPrice == null || bidPrice == null || askPrice == null || bidSize == null
        || askSize == null || high24h == null || low24h == null || open24h == null || baseVolume == null
        || quoteVolume == null || timestamp == null) {
      throw Required.missing("ticker", "symbol", symbol, "lastPrice", lastPrice, "bidPrice", bidPrice,
          "askPrice", askPrice, "bidSize", bidSize, "askSize", askSize, "high24h", high24h, "low24h", low24h,
          "open24h", open24h, "baseVolume", baseVolume, "quoteVolume", quoteVolume, "timestamp", timestamp);
    }
    return new Ticker(symbol, lastPrice, bidPrice, askPrice, bidSize, askSize, high24h, low24h, open24h,
        Optional.ofNullable(change24h), Optional.ofNullable(markPrice), Optional.ofNullable(indexPrice),
        Optional.ofNullable(fundingRate), baseVolume, quoteVolume, Optional.ofNullable(holdingAmount), timestamp);
  }
}
