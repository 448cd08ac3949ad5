package io.bitget4j.core.json;

import static io.bitget4j.core.json.internal.JsonValues.decimal;

import com.squareup.moshi.JsonReader;
import io.bitget4j.core.Symbol;
import io.bitget4j.core.json.internal.JsonValues;
import io.bitget4j.core.model.Fill;
import io.bitget4j.core.model.Side;
import io.bitget4j.core.model.TradeSide;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/** Reads one entry of REST {@code order/fills} ({@code fillList}). */
final class FillReader implements ItemReader<Fill> {
  private static final JsonReader.Options NAMES = JsonReader.Options.of(
      "symbol", "tradeId", "orderId", "price", "baseVolume", "side", "tradeSide", "feeDetail", "fee", "profit",
      "cTime");

  private final SymbolResolver symbols;

  FillReader(SymbolResolver symbols) {
    this.symbols = symbols;
  }

  @Override
  public Fill read(JsonReader reader, boolean inList) throws IOException {
    String symbolText = null;
    Symbol symbol = null;
    String tradeId = null;
    String orderId = null;
    BigDecimal price = null;
    BigDecimal size = null;
    Side side = null;
    TradeSide tradeSide = null;
    BigDecimal feeDetail = null;
    BigDecimal fee = null;
    BigDecimal profit = null;
    Instant timestamp = null;
    Shapes.beginObject(reader);
    while (reader.hasNext()) {
      switch (reader.selectName(NAMES)) {
        case 0:
          symbolText = JsonValues.nonEmptyString(reader);
          symbol = symbols.resolve(symbolText, reader, inList);
          break;
        case 1:
          tradeId = JsonValues.nonEmptyString(reader);
          break;
        case 2:
          orderId = JsonValues.nonEmptyString(reader);
          break;
        case 3:
          price = decimal(reader);
          break;
        case 4:
          size = decimal(reader);
          break;
        case 5:
          side = WireEnum.SIDE.read(reader);
          break;
        case 6:
          tradeSide = WireEnum.TRADE_SIDE.read(reader);
          break;
        case 7:
          feeDetail = FeeDetail.sum(reader);
          break;
        case 8:
          fee = decimal(reader);
          break;
        case 9:
          profit = decimal(reader);
          break;
        case 10:
          timestamp = JsonValues.instant(reader);
          break;
        default:
          Shapes.skipField(reader);
          break;
      }
    }
    reader.endObject();
    if (symbolText != null && symbol == null) {
      return symbols.skipped("fill", symbolText);
    }
    BigDecimal anyFee = feeDetail != null ? feeDetail : fee;
    if (symbol == null || tradeId == null || orderId == null || price == null || size == null || side == null
        || anyFee == null || profit == null || timestamp == null) {
      throw Required.missing("fill", "symbol", symbol, "tradeId", tradeId, "orderId", orderId, "price", price,
          "size", size, "side", side, "fee", anyFee, "profit", profit, "timestamp", timestamp);
    }
    return new Fill(symbol, tradeId, orderId, price, size, side, Optional.ofNullable(tradeSide), anyFee, profit,
        timestamp);
  }
}
