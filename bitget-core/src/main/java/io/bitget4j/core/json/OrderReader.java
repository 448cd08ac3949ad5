package io.bitget4j.core.json;

import static io.bitget4j.core.json.internal.JsonValues.decimal;

import com.squareup.moshi.JsonReader;
import io.bitget4j.core.Symbol;
import io.bitget4j.core.json.internal.JsonValues;
import io.bitget4j.core.model.MarginMode;
import io.bitget4j.core.model.Order;
import io.bitget4j.core.model.OrderStatus;
import io.bitget4j.core.model.OrderType;
import io.bitget4j.core.model.Side;
import io.bitget4j.core.model.TimeInForce;
import io.bitget4j.core.model.TradeSide;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * Reads an order from REST detail and order lists ({@code symbol}, {@code state}, {@code baseVolume},
 * {@code fee}, {@code totalProfits}) or the WebSocket {@code orders} channel ({@code instId},
 * {@code status}, {@code accBaseVolume}, {@code feeDetail}/{@code fillFee}, {@code pnl}).
 */
final class OrderReader implements ItemReader<Order> {
  private static final JsonReader.Options NAMES = JsonReader.Options.of(
      "symbol", "instId", "orderId", "clientOid", "price", "size", "baseVolume", "accBaseVolume", "priceAvg",
      "side", "tradeSide", "orderType", "force", "state", "status", "reduceOnly", "marginMode", "leverage",
      "fee", "feeDetail", "fillFee", "totalProfits", "pnl", "presetStopSurplusPrice", "presetStopLossPrice",
      "cTime", "uTime");

  private final SymbolResolver symbols;

  OrderReader(SymbolResolver symbols) {
    this.symbols = symbols;
  }

  @Override
  public Order read(JsonReader reader, boolean inList) throws IOException {
    String symbolText = null;
    Symbol symbol = null;
    String orderId = null;
    String clientOid = null;
    BigDecimal price = null;
    BigDecimal size = null;
    BigDecimal baseVolume = null;
    BigDecimal accBaseVolume = null;
    BigDecimal averagePrice = null;
    Side side = null;
    TradeSide tradeSide = null;
    OrderType orderType = null;
    TimeInForce force = null;
    OrderStatus status = null;
    Boolean reduceOnly = null;
    MarginMode marginMode = null;
    Integer leverage = null;
    BigDecimal fee = null;
    BigDecimal feeDetail = null;
    BigDecimal fillFee = null;
    BigDecimal pnl = null;
    BigDecimal takeProfit = null;
    BigDecimal stopLoss = null;
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
          orderId = JsonValues.nonEmptyString(reader);
          break;
        case 3:
          clientOid = JsonValues.nonEmptyString(reader);
          break;
        case 4:
          price = decimal(reader);
          break;
        case 5:
          size = decimal(reader);
          break;
        case 6:
          baseVolume = decimal(reader);
          break;
        case 7:
          accBaseVolume = decimal(reader);
          break;
        case 8:
          averagePrice = decimal(reader);
          break;
        case 9:
          side = WireEnum.SIDE.read(reader);
          break;
        case 10:
          tradeSide = WireEnum.TRADE_SIDE.read(reader);
          break;
        case 11:
          orderType = WireEnum.ORDER_TYPE.read(reader);
          break;
        case 12:
          force = WireEnum.TIME_IN_FORCE.read(reader);
          break;
        case 13:
        case 14:
          status = WireEnum.ORDER_STATUS.read(reader);
          break;
        case 15:
          reduceOnly = JsonValues.flag(reader);
          break;
        case 16:
          marginMode = WireEnum.MARGIN_MODE.read(reader);
          break;
        case 17:
          leverage = JsonValues.integer(reader);
          break;
        case 18:
          fee = decimal(reader);
          break;
        case 19:
          feeDetail = FeeDetail.sum(reader);
          break;
        case 20:
          fillFee = decimal(reader);
          break;
        case 21:
        case 22:
          pnl = decimal(reader);
          break;
        case 23:
          takeProfit = decimal(reader);
          break;
        case 24:
          stopLoss = decimal(reader);
          break;
        case 25:
          createdAt = JsonValues.instant(reader);
          break;
        case 26:
          updatedAt = JsonValues.instant(reader);
          break;
        default:
          Shapes.skipField(reader);
          break;
      }
    }
    reader.endObject();
    if (symbolText != null && symbol == null) {
      return symbols.skipped("order", symbolText);
    }
    // On the WebSocket, baseVolume is the last fill and accBaseVolume the order's total.
    BigDecimal filledSize = accBaseVolume != null ? accBaseVolume : baseVolume;
    if (symbol == null || orderId == null || size == null || filledSize == null || side == null
        || orderType == null || force == null || status == null || createdAt == null || updatedAt == null) {
      throw Required.missing("order", "symbol", symbol, "orderId", orderId, "size", size,
          "filledSize", filledSize, "side", side, "orderType", orderType, "force", force, "status", status,
          "createdAt", createdAt, "updatedAt", updatedAt);
    }
    BigDecimal anyFee = fee != null ? fee : feeDetail != null ? feeDetail : fillFee;
    return new Order(symbol, orderId, Optional.ofNullable(clientOid), Optional.ofNullable(price), size, filledSize,
        Optional.ofNullable(averagePrice), side, Optional.ofNullable(tradeSide), orderType, force, status,
        reduceOnly != null && reduceOnly, Optional.ofNullable(marginMode), Optional.ofNullable(leverage),
        Optional.ofNullable(anyFee), Optional.ofNullable(pnl), Optional.ofNullable(takeProfit),
        Optional.ofNullable(stopLoss), createdAt, updatedAt);
  }
}
