package io.bitget4j.core.internal.json;

import io.bitget4j.core.Symbol;
import io.bitget4j.core.model.Ticker;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * Reads a REST or WebSocket ticker object ({@code lastPr}, or {@code last} on the demo feed), or a V3
 * ticker ({@code lastPrice}, {@code bid1Price}, {@code volume24h}, ...), from either
 * {@link JsonSource}.
 *
 * <p>A V3 ticker push names neither its symbol nor its time: the symbol is its channel's, and the
 * time the frame's {@code ts}. A reader made for a channel's symbol fills in that symbol and leaves
 * a missing time as {@link #FRAME_TIME}, for {@link BitgetJson#atFrameTime} to replace.
 */
final class TickerReader implements RecordReader<Ticker> {
  /** The time of a pushed ticker that carries none: the frame's {@code ts} replaces it. */
  static final Instant FRAME_TIME = Instant.EPOCH;
  private static final int CATEGORY = 20;
  /**
   * The slot each selected name fills: the V2 names are their own slots (0 to 19), the V3 names
   * after them fill the slot of their V2 twin.
   */
  private static final int[] SLOT = {
      0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19,
      2, 4, 5, 6, 7, 8, 9, 10, 11, 16, 17, 18, CATEGORY};
  /** Selected names (V2, then V3), then the orders of the V2 and V3 WebSocket pushes. */
  private static final Fields FIELDS = Fields.inOrders(new String[] {
      "instId", "symbol", "lastPr", "last", "bidPr", "askPr", "bidSz", "askSz", "high24h", "low24h",
      "open24h", "change24h", "priceChangePercent", "markPrice", "indexPrice", "fundingRate",
      "baseVolume", "quoteVolume", "holdingAmount", "ts",
      "lastPrice", "bid1Price", "ask1Price", "bid1Size", "ask1Size", "highPrice24h", "lowPrice24h",
      "openPrice24h", "price24hPcnt", "volume24h", "turnover24h", "openInterest", "category"},
      new String[] {"instId", "lastPr", "bidPr", "askPr", "bidSz", "askSz", "open24h", "high24h", "low24h",
          "change24h", "fundingRate", "nextFundingTime", "markPrice", "indexPrice", "holdingAmount", "baseVolume",
          "quoteVolume", "openUtc", "symbolType", "symbol", "deliveryPrice", "ts"},
      // as Bitget's V3 documentation shows the push
      new String[] {"bid1Price", "lowPrice24h", "ask1Size", "volume24h", "price24hPcnt", "highPrice24h",
          "turnover24h", "bid1Size", "ask1Price", "openPrice24h", "lastPrice"});

  private final SymbolResolver symbols;
  private final Symbol channelSymbol;

  /** A reader of tickers that name their symbol and time (REST, V2 pushes). */
  TickerReader(SymbolResolver symbols) {
    this(symbols, null);
  }

  /**
   * A reader of the pushes of {@code channelSymbol}'s ticker channel, whose items may lack their
   * symbol and time (V3).
   */
  TickerReader(SymbolResolver symbols, Symbol channelSymbol) {
    this.symbols = symbols;
    this.channelSymbol = channelSymbol;
  }

  @Override
  public Ticker read(JsonSource in, boolean inList) throws IOException {
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
    String category = null;
    in.beginObject();
    for (int index; (index = in.nextField(FIELDS)) != JsonSource.END; ) {
      int field = Fields.slot(SLOT, index);
      // slots 2 to 18 are decimals: one call site, so that the JIT compiles one copy of decimal()
      BigDecimal value = field >= 2 && field <= 18 ? in.decimal() : null;
      switch (field) {
        case 0:
        case 1:
          if (symbolText == null) {
            symbolText = in.identifier();
            symbol = in.symbol(symbols, symbolText, inList);
          } else {
            in.skipValue();
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
          timestamp = in.instant();
          break;
        case CATEGORY:
          category = in.identifier();
          break;
        default:
          in.skipValue();
          break;
      }
    }
    if (change24h == null) {
      change24h = changePercent;
    }
    if (channelSymbol != null) {
      symbol = symbolText == null ? channelSymbol : symbol;
      timestamp = timestamp == null ? FRAME_TIME : timestamp;
    }
    if (symbolText != null && symbol == null) {
      return symbols.skipped("ticker", symbolText);
    }
    if (!symbols.accepts(category)) {
      return symbols.wrongCategory("ticker", category, inList);
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
