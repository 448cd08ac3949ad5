package io.bitget4j.core.internal.json;

import io.bitget4j.core.Symbol;
import io.bitget4j.core.model.Fill;
import io.bitget4j.core.model.FillRole;
import io.bitget4j.core.model.Side;
import io.bitget4j.core.model.TradeSide;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * Reads one entry of REST {@code order/fills} ({@code fillList}) and of the V2 {@code fill}
 * channel, or of V3 {@code trade/fills} and the V3 {@code fill} topic ({@code execId},
 * {@code execPrice}, {@code execQty}, {@code execPnl}, {@code createdTime}, on the stream
 * {@code execTime}); {@code tradeScope} is the role.
 */
final class FillReader implements RecordReader<Fill> {
  private static final int CATEGORY = 11;
  private static final int ROLE = 12;
  /** The slot each selected name fills: V3 names after index 12 fill the slot of their V2 twin. */
  private static final int[] SLOT = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, CATEGORY, ROLE, 1, 3, 4, 9, 10, 10};
  private static final Fields FIELDS = new Fields(new String[] {
      "symbol", "tradeId", "orderId", "price", "baseVolume", "side", "tradeSide", "feeDetail", "fee", "profit",
      "cTime", "category", "tradeScope", "execId", "execPrice", "execQty", "execPnl", "createdTime", "execTime"});

  private final SymbolResolver symbols;

  FillReader(SymbolResolver symbols) {
    this.symbols = symbols;
  }

  @Override
  public Fill read(JsonSource in, boolean inList) throws IOException {
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
    String category = null;
    FillRole role = null;
    in.beginObject();
    for (int index; (index = in.nextField(FIELDS)) != JsonSource.END; ) {
      switch (Fields.slot(SLOT, index)) {
        case 0:
          symbolText = in.identifier();
          symbol = in.symbol(symbols, symbolText, inList);
          break;
        case 1:
          tradeId = in.nonEmptyString();
          break;
        case 2:
          orderId = in.nonEmptyString();
          break;
        case 3:
          price = in.decimal();
          break;
        case 4:
          size = in.decimal();
          break;
        case 5:
          side = in.wireEnum(WireEnum.SIDE);
          break;
        case 6:
          tradeSide = in.wireEnum(WireEnum.TRADE_SIDE);
          break;
        case 7:
          feeDetail = FeeDetail.sum(in);
          break;
        case 8:
          fee = in.decimal();
          break;
        case 9:
          profit = in.decimal();
          break;
        case 10:
          timestamp = in.instant();
          break;
        case CATEGORY:
          category = in.identifier();
          break;
        case ROLE:
          role = in.wireEnum(WireEnum.FILL_ROLE);
          break;
        default:
          in.skipValue();
          break;
      }
    }
    if (symbolText != null && symbol == null) {
      return symbols.skipped("fill", symbolText);
    }
    if (!symbols.accepts(category)) {
      return symbols.wrongCategory("fill", category, inList);
    }
    BigDecimal anyFee = feeDetail != null ? feeDetail : fee;
    if (symbol == null || tradeId == null || orderId == null || price == null || size == null || side == null
        || anyFee == null || profit == null || timestamp == null) {
      throw Required.missing("fill", "symbol", symbol, "tradeId", tradeId, "orderId", orderId, "price", price,
          "size", size, "side", side, "fee", anyFee, "profit", profit, "timestamp", timestamp);
    }
    return new Fill(symbol, tradeId, orderId, price, size, side, Optional.ofNullable(tradeSide), anyFee, profit,
        Optional.ofNullable(role), timestamp);
  }
}
