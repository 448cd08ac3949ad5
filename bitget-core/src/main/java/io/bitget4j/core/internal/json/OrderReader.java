package io.bitget4j.core.internal.json;

import io.bitget4j.core.Symbol;
import io.bitget4j.core.model.HoldSide;
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
 * {@code status}, {@code accBaseVolume}, {@code feeDetail}/{@code fillFee}, {@code pnl}), or a V3
 * REST order ({@code qty}, {@code cumExecQty}, {@code avgPrice}, {@code timeInForce},
 * {@code orderStatus}, {@code takeProfit}, {@code createdTime}, ...) or V3 order push, which names
 * the position side {@code holdSide} and the profit {@code totalProfit}.
 */
final class OrderReader implements RecordReader<Order> {
  private static final int POSITION_SIDE = 27;
  private static final int CATEGORY = 28;
  /** The slot each selected name fills: V3 names after index 28 fill the slot of their V2 twin. */
  private static final int[] SLOT = {
      0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26,
      POSITION_SIDE, CATEGORY,
      5, 7, 8, 12, 13, 23, 24, 25, 26, POSITION_SIDE, 21};
  /** Selected names (V2, then V3), then the orders of the V2 and V3 WebSocket pushes. */
  private static final Fields FIELDS = Fields.inOrders(new String[] {
      "symbol", "instId", "orderId", "clientOid", "price", "size", "baseVolume", "accBaseVolume", "priceAvg",
      "side", "tradeSide", "orderType", "force", "state", "status", "reduceOnly", "marginMode", "leverage",
      "fee", "feeDetail", "fillFee", "totalProfits", "pnl", "presetStopSurplusPrice", "presetStopLossPrice",
      "cTime", "uTime", "posSide", "category",
      "qty", "cumExecQty", "avgPrice", "timeInForce", "orderStatus", "takeProfit", "stopLoss", "createdTime",
      "updatedTime", "holdSide", "totalProfit"},
      new String[] {"accBaseVolume", "cTime", "clientOid", "feeDetail", "fillFee", "fillFeeCoin", "fillNotionalUsd",
          "fillPrice", "baseVolume", "fillTime", "force", "instId", "leverage", "marginCoin", "marginMode",
          "notionalUsd", "orderId", "orderType", "pnl", "posMode", "posSide", "price", "priceAvg", "reduceOnly",
          "stpMode", "side", "size", "enterPointSource", "status", "tradeScope", "tradeId", "tradeSide",
          "presetStopSurplusPrice", "presetStopLossPrice", "uTime"},
      new String[] {"category", "symbol", "orderId", "clientOid", "price", "qty", "amount", "holdMode", "holdSide",
          "tradeSide", "orderType", "timeInForce", "side", "marginMode", "marginCoin", "reduceOnly", "cumExecQty",
          "cumExecValue", "avgPrice", "totalProfit", "orderStatus", "cancelReason", "leverage", "feeDetail",
          "createdTime", "updatedTime", "stpMode"});

  private final SymbolResolver symbols;

  OrderReader(SymbolResolver symbols) {
    this.symbols = symbols;
  }

  @Override
  public Order read(JsonSource in, boolean inList) throws IOException {
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
    HoldSide positionSide = null;
    String category = null;
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
          baseVolume = in.decimal();
          break;
        case 7:
          accBaseVolume = in.decimal();
          break;
        case 8:
          averagePrice = in.decimal();
          break;
        case 9:
          side = in.wireEnum(WireEnum.SIDE);
          break;
        case 10:
          tradeSide = in.wireEnum(WireEnum.TRADE_SIDE);
          break;
        case 11:
          orderType = in.wireEnum(WireEnum.ORDER_TYPE);
          break;
        case 12:
          force = in.wireEnum(WireEnum.TIME_IN_FORCE);
          break;
        case 13:
        case 14:
          status = in.wireEnum(WireEnum.ORDER_STATUS);
          break;
        case 15:
          reduceOnly = in.flag();
          break;
        case 16:
          marginMode = in.wireEnum(WireEnum.MARGIN_MODE);
          break;
        case 17:
          leverage = in.integer();
          break;
        case 18:
          fee = in.decimal();
          break;
        case 19:
          feeDetail = FeeDetail.sum(in);
          break;
        case 20:
          fillFee = in.decimal();
          break;
        case 21:
        case 22:
          pnl = in.decimal();
          break;
        case 23:
          takeProfit = in.decimal();
          break;
        case 24:
          stopLoss = in.decimal();
          break;
        case 25:
          createdAt = in.instant();
          break;
        case 26:
          updatedAt = in.instant();
          break;
        case POSITION_SIDE:
          positionSide = in.wireEnum(WireEnum.HOLD_SIDE);
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
      return symbols.skipped("order", symbolText);
    }
    if (!symbols.accepts(category)) {
      return symbols.wrongCategory("order", category, inList);
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
    // Bitget writes an average price of "0" (V2 sometimes "") until something fills: no average yet
    Optional<BigDecimal> average =
        averagePrice == null || averagePrice.signum() == 0 ? Optional.empty() : Optional.of(averagePrice);
    return new Order(symbol, orderId, Optional.ofNullable(clientOid), Optional.ofNullable(price), size, filledSize,
        average, side, Optional.ofNullable(tradeSide), orderType, force, status, reduceOnly != null && reduceOnly,
        Optional.ofNullable(marginMode), Optional.ofNullable(leverage), Optional.ofNullable(anyFee),
        Optional.ofNullable(pnl), Optional.ofNullable(takeProfit), Optional.ofNullable(stopLoss), createdAt,
        updatedAt, Optional.ofNullable(positionSide));
  }
}
