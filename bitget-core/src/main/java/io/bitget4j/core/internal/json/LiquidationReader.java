package io.bitget4j.core.internal.json;

import io.bitget4j.core.Symbol;
import io.bitget4j.core.model.Liquidation;
import io.bitget4j.core.model.Side;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;

/** Reads one item of the V3 public {@code liquidation} topic: {@code symbol, side, price, amount, ts}. */
final class LiquidationReader implements RecordReader<Liquidation> {
  private static final Fields FIELDS = new Fields(new String[] {"symbol", "side", "price", "amount", "ts"},
      "symbol", "side", "price", "amount", "ts");

  private final SymbolResolver symbols;

  LiquidationReader(SymbolResolver symbols) {
    this.symbols = symbols;
  }

  @Override
  public Liquidation read(JsonSource in, boolean inList) throws IOException {
    String symbolText = null;
    Symbol symbol = null;
    Side side = null;
    BigDecimal price = null;
    BigDecimal amount = null;
    Instant timestamp = null;
    in.beginObject();
    for (int field; (field = in.nextField(FIELDS)) != JsonSource.END; ) {
      switch (field) {
        case 0:
          symbolText = in.identifier();
          symbol = in.symbol(symbols, symbolText, inList);
          break;
        case 1:
          side = in.wireEnum(WireEnum.SIDE);
          break;
        case 2:
          price = in.decimal();
          break;
        case 3:
          amount = in.decimal();
          break;
        case 4:
          timestamp = in.instant();
          break;
        default:
          in.skipValue();
          break;
      }
    }
    if (symbolText != null && symbol == null) {
      return symbols.skipped("liquidation", symbolText);
    }
    if (symbol == null || side == null || price == null || amount == null || timestamp == null) {
      throw Required.missing("liquidation", "symbol", symbol, "side", side, "price", price, "amount", amount,
          "timestamp", timestamp);
    }
    return new Liquidation(symbol, side, price, amount, timestamp);
  }
}
