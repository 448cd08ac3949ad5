package io.bitget4j.core.json;

import static io.bitget4j.core.json.internal.JsonValues.decimal;

import com.squareup.moshi.JsonReader;
import io.bitget4j.core.Symbol;
import io.bitget4j.core.json.internal.JsonValues;
import io.bitget4j.core.model.HoldSide;
import io.bitget4j.core.model.MarginMode;
import io.bitget4j.core.model.Position;
import io.bitget4j.core.model.PositionMode;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/** Reads a position from REST ({@code symbol}, {@code marginRatio}) or WebSocket ({@code instId}, {@code marginRate}). */
final class PositionReader implements ItemReader<Position> {
  private static final JsonReader.Options NAMES = JsonReader.Options.of(
      "symbol", "instId", "holdSide", "marginMode", "posMode", "total", "available", "openPriceAvg",
      "leverage", "unrealizedPL", "liquidationPrice", "marginSize", "markPrice", "marginRatio", "marginRate",
      "keepMarginRate", "achievedProfits", "breakEvenPrice", "cTime", "uTime");

  private final SymbolResolver symbols;

  PositionReader(SymbolResolver symbols) {
    this.symbols = symbols;
  }

  @Override
  public Position read(JsonReader reader, boolean inList) throws IOException {
    String symbolText = null;
    Symbol symbol = null;
    HoldSide holdSide = null;
    MarginMode marginMode = null;
    PositionMode positionMode = null;
    BigDecimal size = null;
    BigDecimal available = null;
    BigDecimal entryPrice = null;
    Integer leverage = null;
    BigDecimal unrealizedPnl = null;
    BigDecimal liquidationPrice = null;
    BigDecimal margin = null;
    BigDecimal markPrice = null;
    BigDecimal marginRatio = null;
    BigDecimal keepMarginRate = null;
    BigDecimal achievedProfits = null;
    BigDecimal breakEvenPrice = null;
    Instant createdAt = null;
    Instant updatedAt = null;
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
          holdSide = WireEnum.HOLD_SIDE.read(reader);
          break;
        case 3:
          marginMode = WireEnum.MARGIN_MODE.read(reader);
          break;
        case 4:
          positionMode = WireEnum.POSITION_MODE.read(reader);
          break;
        case 5:
          size = decimal(reader);
          break;
        case 6:
          available = decimal(reader);
          break;
        case 7:
          entryPrice = decimal(reader);
          break;
        case 8:
          leverage = JsonValues.integer(reader);
          break;
        case 9:
          unrealizedPnl = decimal(reader);
          break;
        case 10:
          liquidationPrice = decimal(reader);
          break;
        case 11:
          margin = decimal(reader);
          break;
        case 12:
          markPrice = decimal(reader);
          break;
        case 13:
        case 14:
          marginRatio = decimal(reader);
          break;
        case 15:
          keepMarginRate = decimal(reader);
          break;
        case 16:
          achievedProfits = decimal(reader);
          break;
        case 17:
          breakEvenPrice = decimal(reader);
          break;
        case 18:
          createdAt = JsonValues.instant(reader);
          break;
        case 19:
          updatedAt = JsonValues.instant(reader);
          break;
        default:
          Shapes.skipField(reader);
          break;
      }
    }
    reader.endObject();
    if (symbolText != null && symbol == null) {
      return symbols.skipped("position", symbolText);
    }
    if (symbol == null || holdSide == null || marginMode == null || positionMode == null || size == null
        || available == null || entryPrice == null || leverage == null || unrealizedPnl == null || margin == null
        || achievedProfits == null || createdAt == null || updatedAt == null) {
      throw Required.missing("position", "symbol", symbol, "holdSide", holdSide, "marginMode", marginMode,
          "positionMode", positionMode, "size", size, "available", available, "entryPrice", entryPrice,
          "leverage", leverage, "unrealizedPnl", unrealizedPnl, "margin", margin,
          "achievedProfits", achievedProfits, "createdAt", createdAt, "updatedAt", updatedAt);
    }
    return new Position(symbol, holdSide, marginMode, positionMode, size, available, entryPrice, leverage,
        unrealizedPnl, Optional.ofNullable(liquidationPrice), margin, Optional.ofNullable(markPrice),
        Optional.ofNullable(marginRatio), Optional.ofNullable(keepMarginRate), achievedProfits,
        Optional.ofNullable(breakEvenPrice), createdAt, updatedAt);
  }
}
