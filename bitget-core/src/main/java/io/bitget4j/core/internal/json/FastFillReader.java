package io.bitget4j.core.internal.json;

import io.bitget4j.core.Symbol;
import io.bitget4j.core.model.FastFill;
import io.bitget4j.core.model.FillRole;
import io.bitget4j.core.model.HoldSide;
import io.bitget4j.core.model.Side;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/** Reads one execution of the V3 {@code fast-fill} topic. */
final class FastFillReader implements RecordReader<FastFill> {
  private static final Fields FIELDS = new Fields(new String[] {
      "symbol", "execId", "orderId", "clientOid", "execPrice", "execQty", "side", "holdSide", "tradeScope",
      "execTime", "category"},
      "symbol", "updatedTime", "side", "orderId", "execTime", "tradeScope", "execId", "execPrice", "holdSide",
      "category", "execQty", "clientOid");

  private final SymbolResolver symbols;

  FastFillReader(SymbolResolver symbols) {
    this.symbols = symbols;
  }

  @Override
  public FastFill read(JsonSource in, boolean inList) throws IOException {
    String symbolText = null;
    Symbol symbol = null;
    String tradeId = null;
    String orderId = null;
    String clientOid = null;
    BigDecimal price = null;
    BigDecimal size = null;
    Side side = null;
    HoldSide holdSide = null;
    FillRole role = null;
    Instant timestamp = null;
    String category = null;
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
          clientOid = in.nonEmptyString();
          break;
        case 4:
          price = in.decimal();
          break;
        case 5:
          size = in.decimal();
          break;
        case 6:
          side = in.wireEnum(WireEnum.SIDE);
          break;
        case 7:
          holdSide = in.wireEnum(WireEnum.HOLD_SIDE);
          break;
        case 8:
          role = in.wireEnum(WireEnum.FILL_ROLE);
          break;
        case 9:
          timestamp = in.instant();
          break;
        case 10:
          category = in.identifier();
          break;
        default:
          in.skipValue();
          break;
      }
    }
    if (symbolText != null && symbol == null) {
      return symbols.skipped("fast fill", symbolText);
    }
    if (!symbols.accepts(category)) {
      return symbols.wrongCategory("fast fill", category, inList);
    }
    if (symbol == null || tradeId == null || orderId == null || price == null || size == null || side == null
        || timestamp == null) {
      throw Required.missing("fast fill", "symbol", symbol, "tradeId", tradeId, "orderId", orderId,
          "price", price, "size", size, "side", side, "timestamp", timestamp);
    }
    return new FastFill(symbol, tradeId, orderId, Optional.ofNullable(clientOid), price, size, side,
        Optional.ofNullable(holdSide), Optional.ofNullable(role), timestamp);
  }
}
