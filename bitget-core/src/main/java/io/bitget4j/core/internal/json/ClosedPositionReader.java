package io.bitget4j.core.internal.json;

import io.bitget4j.core.Symbol;
import io.bitget4j.core.model.ClosedPosition;
import io.bitget4j.core.model.HoldSide;
import io.bitget4j.core.model.MarginMode;
import io.bitget4j.core.model.PositionMode;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * Reads one closed position of REST {@code position/history-position}: V2 ({@code holdSide},
 * {@code openAvgPrice}, {@code pnl}, {@code openFee}, {@code cTime}) or V3 ({@code posSide},
 * {@code openPriceAvg}, {@code cumRealisedPnl}, {@code openFeeTotal}, {@code createdTime}).
 */
final class ClosedPositionReader implements RecordReader<ClosedPosition> {
  private static final int CATEGORY = 16;
  /** The slot each selected name fills: the V3 and alternative names after index 16 fill their twin's. */
  private static final int[] SLOT = {
      0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, CATEGORY,
      2, 4, 5, 6, 9, 12, 13, 14, 14, 15, 15};
  private static final Fields FIELDS = new Fields(new String[] {
      "symbol", "positionId", "holdSide", "marginMode", "posMode", "openAvgPrice", "closeAvgPrice", "openTotalPos",
      "closeTotalPos", "pnl", "netProfit", "totalFunding", "openFee", "closeFee", "cTime", "uTime", "category",
      "posSide", "holdMode", "openPriceAvg", "closePriceAvg", "cumRealisedPnl", "openFeeTotal", "closeFeeTotal",
      "createdTime", "ctime", "updatedTime", "utime"});

  private final SymbolResolver symbols;

  ClosedPositionReader(SymbolResolver symbols) {
    this.symbols = symbols;
  }

  @Override
  public ClosedPosition read(JsonSource in, boolean inList) throws IOException {
    String symbolText = null;
    Symbol symbol = null;
    String positionId = null;
    HoldSide holdSide = null;
    MarginMode marginMode = null;
    PositionMode positionMode = null;
    BigDecimal openPrice = null;
    BigDecimal closePrice = null;
    BigDecimal openedSize = null;
    BigDecimal closedSize = null;
    BigDecimal realizedPnl = null;
    BigDecimal netProfit = null;
    BigDecimal totalFunding = null;
    BigDecimal openFee = null;
    BigDecimal closeFee = null;
    Instant createdAt = null;
    Instant updatedAt = null;
    String category = null;
    in.beginObject();
    for (int index; (index = in.nextField(FIELDS)) != JsonSource.END; ) {
      switch (Fields.slot(SLOT, index)) {
        case 0:
          symbolText = in.identifier();
          symbol = in.symbol(symbols, symbolText, inList);
          break;
        case 1:
          positionId = in.nonEmptyString();
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
          openPrice = in.decimal();
          break;
        case 6:
          closePrice = in.decimal();
          break;
        case 7:
          openedSize = in.decimal();
          break;
        case 8:
          closedSize = in.decimal();
          break;
        case 9:
          realizedPnl = in.decimal();
          break;
        case 10:
          netProfit = in.decimal();
          break;
        case 11:
          totalFunding = in.decimal();
          break;
        case 12:
          openFee = in.decimal();
          break;
        case 13:
          closeFee = in.decimal();
          break;
        case 14:
          createdAt = in.instant();
          break;
        case 15:
          updatedAt = in.instant();
          break;
        case CATEGORY:
          category = in.identifier();
          break;
        default:
          in.skipValue();
          break;
      }
    }
    if (symbolText != null && symbol == null) {
      return symbols.skipped("closed position", symbolText);
    }
    if (!symbols.accepts(category)) {
      return symbols.wrongCategory("closed position", category, inList);
    }
    if (symbol == null || positionId == null || holdSide == null || openPrice == null || closePrice == null
        || openedSize == null || closedSize == null || realizedPnl == null || createdAt == null
        || updatedAt == null) {
      throw Required.missing("closed position", "symbol", symbol, "positionId", positionId, "holdSide", holdSide,
          "openPrice", openPrice, "closePrice", closePrice, "openedSize", openedSize, "closedSize", closedSize,
          "realizedPnl", realizedPnl, "createdAt", createdAt, "updatedAt", updatedAt);
    }
    return new ClosedPosition(symbol, positionId, holdSide, Optional.ofNullable(marginMode),
        Optional.ofNullable(positionMode), openPrice, closePrice, openedSize, closedSize, realizedPnl,
        Optional.ofNullable(netProfit), Optional.ofNullable(totalFunding), Optional.ofNullable(openFee),
        Optional.ofNullable(closeFee), createdAt, updatedAt);
  }
}
