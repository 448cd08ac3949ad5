package io.bitget4j.core.internal.json;

import io.bitget4j.core.Symbol;
import io.bitget4j.core.model.Fill;
import io.bitget4j.core.model.Side;
import io.bitget4j.core.model.TradeSide;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/** Reads one entry of REST {@code order/fills} ({@code fillList}). */
final class FillReader implements RecordReader<Fill> {
  private static final Fields FIELDS = new Fields(new String[] {
      "symbol", "tradeId", "orderId", "price", "baseVolume", "side", "tradeSide", "feeDetail", "fee", "profit",
      "cTime"});

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
    in.beginObject();
    for (int field; (field = in.nextField(FIELDS)) != JsonSource.END; ) {
      switch (field) {
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
        default:
          in.skipValue();
          break;
      }
    }
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
