package io.bitget4j.core.internal.json;

import io.bitget4j.core.Symbol;
import io.bitget4j.core.model.HoldSide;
import io.bitget4j.core.model.MarginMode;
import io.bitget4j.core.model.Position;
import io.bitget4j.core.model.PositionMode;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * Reads a position from REST ({@code symbol}, {@code marginRatio}) or WebSocket ({@code instId},
 * {@code marginRate}), or a V3 REST position ({@code posSide}, {@code holdMode}, {@code avgPrice},
 * {@code positionBalance}, {@code createdTime}, ...) or V3 position push ({@code size},
 * {@code liqPrice}, {@code marginSize}, {@code totalFundingFee}). A V3 push lists the positions of
 * every product type without a {@code category}: rows whose symbol or {@code marginCoin} does not
 * belong to the product type are skipped.
 */
final class PositionReader implements RecordReader<Position> {
  private static final int TOTAL_FUNDING = 20;
  private static final int OPEN_FEE = 22;
  private static final int CLOSE_FEE = 23;
  private static final int CATEGORY = 24;
  private static final int MARGIN_COIN = 25;
  /** The slot each selected name fills: V3 names after index 25 fill the slot of their V2 twin. */
  private static final int[] SLOT = {
      0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19,
      TOTAL_FUNDING, TOTAL_FUNDING, OPEN_FEE, CLOSE_FEE, CATEGORY, MARGIN_COIN,
      2, 4, 7, 9, 11, 15, 16, 18, 19, 5, 10, TOTAL_FUNDING};
  /** Selected names (V2, then V3), then the orders of the V2 and V3 WebSocket pushes. */
  private static final Fields FIELDS = Fields.inOrders(new String[] {
      "symbol", "instId", "holdSide", "marginMode", "posMode", "total", "available", "openPriceAvg",
      "leverage", "unrealizedPL", "liquidationPrice", "marginSize", "markPrice", "marginRatio", "marginRate",
      "keepMarginRate", "achievedProfits", "breakEvenPrice", "cTime", "uTime",
      "totalFee", "totalFunding", "openFeeTotal", "closeFeeTotal", "category", "marginCoin",
      "posSide", "holdMode", "avgPrice", "unrealisedPnl", "positionBalance", "mmr", "curRealisedPnl",
      "createdTime", "updatedTime", "size", "liqPrice", "totalFundingFee"},
      new String[] {"posId", "instId", "marginCoin", "marginSize", "marginMode", "holdSide", "posMode", "total",
          "available", "frozen", "openPriceAvg", "leverage", "achievedProfits", "unrealizedPL", "unrealizedPLR",
          "liquidationPrice", "keepMarginRate", "marginRate", "breakEvenPrice", "totalFee", "deductedFee",
          "autoMargin", "cTime", "uTime"},
      new String[] {"symbol", "leverage", "openFeeTotal", "mmr", "breakEvenPrice", "available", "liqPrice",
          "marginMode", "unrealisedPnl", "markPrice", "createdTime", "avgPrice", "totalFundingFee", "updatedTime",
          "marginCoin", "frozen", "profitRate", "closeFeeTotal", "marginSize", "curRealisedPnl", "size",
          "positionStatus", "posSide", "holdMode"});

  private final SymbolResolver symbols;

  PositionReader(SymbolResolver symbols) {
    this.symbols = symbols;
  }

  @Override
  public Position read(JsonSource in, boolean inList) throws IOException {
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
    BigDecimal totalFunding = null;
    BigDecimal openFee = null;
    BigDecimal closeFee = null;
    String category = null;
    String marginCoin = null;
    in.beginObject();
    for (int index; (index = in.nextField(FIELDS)) != JsonSource.END; ) {
      switch (Fields.slot(SLOT, index)) {
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
          holdSide = in.wireEnum(WireEnum.HOLD_SIDE);
          break;
        case 3:
          marginMode = in.wireEnum(WireEnum.MARGIN_MODE);
          break;
        case 4:
          positionMode = in.wireEnum(WireEnum.POSITION_MODE);
          break;
        case 5:
          size = in.decimal();
          break;
        case 6:
          available = in.decimal();
          break;
        case 7:
          entryPrice = in.decimal();
          break;
        case 8:
          leverage = in.integer();
          break;
        case 9:
          unrealizedPnl = in.decimal();
          break;
        case 10:
          liquidationPrice = in.decimal();
          break;
        case 11:
          margin = in.decimal();
          break;
        case 12:
          markPrice = in.decimal();
          break;
        case 13:
        case 14:
          marginRatio = in.decimal();
          break;
        case 15:
          keepMarginRate = in.decimal();
          break;
        case 16:
          achievedProfits = in.decimal();
          break;
        case 17:
          breakEvenPrice = in.decimal();
          break;
        case 18:
          createdAt = in.instant();
          break;
        case 19:
          updatedAt = in.instant();
          break;
        case TOTAL_FUNDING:
          totalFunding = in.decimal();
          break;
        case OPEN_FEE:
          openFee = in.decimal();
          break;
        case CLOSE_FEE:
          closeFee = in.decimal();
          break;
        case CATEGORY:
          category = in.identifier();
          break;
        case MARGIN_COIN:
          marginCoin = in.identifier();
          break;
        default:
          in.skipValue();
          break;
      }
    }
    if (symbolText != null && symbol == null) {
      return symbols.skipped("position", symbolText);
    }
    if (!symbols.accepts(category)) {
      return symbols.wrongCategory("position", category, inList);
    }
    if (!symbols.acceptsMarginCoin(marginCoin)) {
      return symbols.wrongMarginCoin("position", marginCoin, inList);
    }
    if (symbol == null || holdSide == null || marginMode == null || positionMode == null || size == null
        || available == null || entryPrice == null || leverage == null || unrealizedPnl == null || margin == null
        || achievedProfits == null || createdAt == null || updatedAt == null) {
      throw Required.missing("position", "symbol", symbol, "holdSide", holdSide, "marginMode", marginMode,
          "positionMode", positionMode, "size", size, "available", available, "entryPrice", entryPrice,
          "leverage", leverage, "unrealizedPnl", unrealizedPnl, "margin", margin,
          "achievedProfits", achievedProfits, "createdAt", createdAt, "updatedAt", updatedAt);
    }
    // Bitget documents a liquidation price of zero or less as "none at the current risk"
    Optional<BigDecimal> liquidation = Optional.ofNullable(liquidationPrice).filter(p -> p.signum() > 0);
    return new Position(symbol, holdSide, marginMode, positionMode, size, available, entryPrice, leverage,
        unrealizedPnl, liquidation, margin, Optional.ofNullable(markPrice), Optional.ofNullable(marginRatio),
        Optional.ofNullable(keepMarginRate), achievedProfits, Optional.ofNullable(breakEvenPrice), createdAt,
        updatedAt, Optional.ofNullable(totalFunding), Optional.ofNullable(openFee), Optional.ofNullable(closeFee));
  }
}
