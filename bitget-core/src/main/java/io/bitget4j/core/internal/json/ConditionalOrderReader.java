package io.bitget4j.core.internal.json;

import io.bitget4j.core.Symbol;
import io.bitget4j.core.model.ConditionalOrder;
import io.bitget4j.core.model.ConditionalOrderKind;
import io.bitget4j.core.model.ConditionalOrderStatus;
import io.bitget4j.core.model.ConditionalOrderUpdate;
import io.bitget4j.core.model.HoldSide;
import io.bitget4j.core.model.Side;
import io.bitget4j.core.model.TradeSide;
import io.bitget4j.core.model.TriggerLeg;
import io.bitget4j.core.model.TriggerPriceType;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a conditional order: a V2 plan order row ({@code planType}, {@code planStatus},
 * {@code triggerPrice}, {@code triggerType}, {@code executePrice}, {@code callbackRatio}, the
 * attached {@code stopSurplus*} and {@code stopLoss*} legs, {@code executeOrderId}, {@code cTime})
 * or a V3 strategy order row ({@code qty}, {@code status}, {@code takeProfit}/{@code tpTriggerBy}/
 * {@code tpOrderType}/{@code tpLimitPrice}, the {@code sl*} twins, {@code triggerPrice}/{@code
 * triggerBy}/{@code triggerOrderType}/{@code triggerOrderPrice}, {@code createdTime}). A price of
 * {@code ""}, {@code null} or {@code 0} is absent: Bitget writes {@code executePrice} {@code 0} for
 * market execution and empty legs as {@code ""}.
 *
 * <p>The same reader takes the stream pushes ({@link #updates()}): V2 {@code orders-algo} items
 * name the symbol {@code instId}, the plan type in short ({@code pl}, {@code tp}, {@code sl},
 * {@code ptp}, {@code psl}, {@code track}, {@code mtpsl}), the state {@code status}, a TP/SL's leg
 * as {@code stopSurplusTriggerPrice}/{@code stopSurplusPrice} (or the {@code stopLoss*} twins) and
 * the executed size {@code actualSize}; V3 {@code strategy-order} items are strategy rows whose
 * {@code type} ({@code tpsl}, {@code trigger}) says which legs count and whose {@code triggerType}
 * names the leg that fired ({@code takeProfit}, {@code stopLoss}), not a price type.
 */
final class ConditionalOrderReader implements RecordReader<ConditionalOrder> {
  private static final Fields FIELDS = new Fields(new String[] {
      "symbol", "orderId", "clientOid", "planType", "planStatus", "status", "side", "tradeSide", "posSide",
      "size", "qty", "triggerPrice", "triggerType", "triggerBy", "executePrice", "price", "orderType",
      "triggerOrderType", "triggerOrderPrice", "callbackRatio", "rangeRate", "executeOrderId", "priceAvg",
      "baseVolume", "stopSurplusTriggerPrice", "stopSurplusTriggerType", "stopSurplusExecutePrice",
      "stopLossTriggerPrice", "stopLossTriggerType", "stopLossExecutePrice", "takeProfit", "tpTriggerBy",
      "tpOrderType", "tpLimitPrice", "stopLoss", "slTriggerBy", "slOrderType", "slLimitPrice", "cTime",
      "createdTime", "uTime", "updatedTime", "category", "tpslMode", "holdSide", "instId", "stopSurplusPrice",
      "stopLossPrice", "actualSize", "type", "cancelReason"});

  private final SymbolResolver symbols;
  /** The status of a row that carries none: V3's unfilled rows are live, its history rows unknown. */
  private final ConditionalOrderStatus missingStatus;

  ConditionalOrderReader(SymbolResolver symbols, ConditionalOrderStatus missingStatus) {
    this.symbols = symbols;
    this.missingStatus = missingStatus;
  }

  /** The values of one row, as read. */
  private static final class Row {
    String symbolText;
    Symbol symbol;
    String orderId;
    String clientOid;
    String planType;
    ConditionalOrderStatus status;
    Side side;
    TradeSide tradeSide;
    HoldSide positionSide;
    BigDecimal size;
    BigDecimal triggerPrice;
    TriggerPriceType triggerType;
    BigDecimal executePrice;
    BigDecimal price;
    String orderType;
    String triggerOrderType;
    BigDecimal callbackRatio;
    String executeOrderId;
    BigDecimal priceAvg;
    BigDecimal baseVolume;
    BigDecimal surplusTrigger;
    TriggerPriceType surplusType;
    BigDecimal surplusExecute;
    BigDecimal lossTrigger;
    TriggerPriceType lossType;
    BigDecimal lossExecute;
    BigDecimal takeProfit;
    TriggerPriceType tpTriggerBy;
    String tpOrderType;
    BigDecimal tpLimitPrice;
    BigDecimal stopLoss;
    TriggerPriceType slTriggerBy;
    String slOrderType;
    BigDecimal slLimitPrice;
    Instant createdAt;
    Instant updatedAt;
    String category;
    String tpslMode;
    String type;
    String reason;
  }

  @Override
  public ConditionalOrder read(JsonSource in, boolean inList) throws IOException {
    return order(readRow(in, inList), inList);
  }

  /**
   * The items of a conditional-order push: each the order after a change, why it was cancelled or
   * failed, and when it changed (its update time). Neither Bitget stream documents a reason: it is
   * read from {@code cancelReason}, the name Bitget's order rows give it.
   */
  RecordReader<ConditionalOrderUpdate> updates() {
    return (in, inList) -> {
      Row r = readRow(in, inList);
      ConditionalOrder order = order(r, inList);
      return order == null ? null
          : new ConditionalOrderUpdate(order, Optional.ofNullable(r.reason), order.updatedAt());
    };
  }

  private Row readRow(JsonSource in, boolean inList) throws IOException {
    Row r = new Row();
    in.beginObject();
    for (int index; (index = in.nextField(FIELDS)) != JsonSource.END; ) {
      switch (index) {
        case 0:
        case 45:
          if (r.symbolText != null) {
            in.skipValue();
            break;
          }
          r.symbolText = in.identifier();
          if (r.symbolText != null) {
            // V2's documented plan rows write the symbol in lower case ("ethusdt")
            r.symbol = in.symbol(symbols, r.symbolText.toUpperCase(Locale.ROOT), inList);
          }
          break;
        case 1:
          r.orderId = in.nonEmptyString();
          break;
        case 2:
          r.clientOid = in.nonEmptyString();
          break;
        case 3:
          r.planType = in.nonEmptyString();
          break;
        case 4:
        case 5:
          r.status = in.wireEnum(WireEnum.CONDITIONAL_STATUS);
          break;
        case 6:
          r.side = in.wireEnum(WireEnum.SIDE);
          break;
        case 7:
          r.tradeSide = in.wireEnum(WireEnum.TRADE_SIDE);
          break;
        case 8:
        case 44:
          HoldSide hold = in.wireEnum(WireEnum.HOLD_SIDE);
          r.positionSide = r.positionSide == null ? hold : r.positionSide;
          break;
        case 9:
        case 10:
          r.size = positive(in.decimal());
          break;
        case 11:
          r.triggerPrice = positive(in.decimal());
          break;
        case 12:
        case 13:
          // V3's triggerType names the leg that fired (takeProfit), not a price: it never hides triggerBy
          TriggerPriceType type = in.wireEnum(WireEnum.TRIGGER_PRICE_TYPE);
          if (r.triggerType == null || r.triggerType == TriggerPriceType.UNKNOWN) {
            r.triggerType = type;
          }
          break;
        case 14:
          r.executePrice = positive(in.decimal());
          break;
        case 15:
          r.price = positive(in.decimal());
          break;
        case 16:
          r.orderType = in.nonEmptyString();
          break;
        case 17:
          r.triggerOrderType = in.nonEmptyString();
          break;
        case 18:
          r.executePrice = positive(in.decimal());
          break;
        case 19:
        case 20:
          BigDecimal ratio = positive(in.decimal());
          r.callbackRatio = r.callbackRatio == null ? ratio : r.callbackRatio;
          break;
        case 21:
          r.executeOrderId = in.nonEmptyString();
          break;
        case 22:
          r.priceAvg = positive(in.decimal());
          break;
        case 23:
          r.baseVolume = in.decimal();
          break;
        case 48:
          BigDecimal actual = positive(in.decimal());
          r.baseVolume = r.baseVolume == null ? actual : r.baseVolume;
          break;
        case 24:
          r.surplusTrigger = positive(in.decimal());
          break;
        case 25:
          r.surplusType = in.wireEnum(WireEnum.TRIGGER_PRICE_TYPE);
          break;
        case 26:
        case 46:
          r.surplusExecute = positive(in.decimal());
          break;
        case 27:
          r.lossTrigger = positive(in.decimal());
          break;
        case 28:
          r.lossType = in.wireEnum(WireEnum.TRIGGER_PRICE_TYPE);
          break;
        case 29:
        case 47:
          r.lossExecute = positive(in.decimal());
          break;
        case 30:
          r.takeProfit = positive(in.decimal());
          break;
        case 31:
          r.tpTriggerBy = in.wireEnum(WireEnum.TRIGGER_PRICE_TYPE);
          break;
        case 32:
          r.tpOrderType = in.nonEmptyString();
          break;
        case 33:
          r.tpLimitPrice = positive(in.decimal());
          break;
        case 34:
          r.stopLoss = positive(in.decimal());
          break;
        case 35:
          r.slTriggerBy = in.wireEnum(WireEnum.TRIGGER_PRICE_TYPE);
          break;
        case 36:
          r.slOrderType = in.nonEmptyString();
          break;
        case 37:
          r.slLimitPrice = positive(in.decimal());
          break;
        case 38:
        case 39:
          r.createdAt = in.instant();
          break;
        case 40:
        case 41:
          r.updatedAt = in.instant();
          break;
        case 42:
          r.category = in.identifier();
          break;
        case 43:
          r.tpslMode = in.nonEmptyString();
          break;
        case 49:
          r.type = in.nonEmptyString();
          break;
        case 50:
          r.reason = in.nonEmptyString();
          break;
        default:
          in.skipValue();
          break;
      }
    }
    return r;
  }

  private ConditionalOrder order(Row r, boolean inList) {
    if (r.symbolText != null && r.symbol == null) {
      return symbols.skipped("conditional order", r.symbolText);
    }
    if (!symbols.accepts(r.category)) {
      return symbols.wrongCategory("conditional order", r.category, inList);
    }
    return r.planType != null ? v2(r) : v3(r);
  }

  /**
   * A V2 plan order row or {@code orders-algo} item: its {@code planType} says what it is. A TP/SL's
   * own leg is {@code triggerPrice}, or on the stream, where that may be missing, its
   * {@code stopSurplus*} or {@code stopLoss*} leg; {@code orderType} market means no limit price
   * (the stream repeats the trigger price as {@code price}).
   */
  private ConditionalOrder v2(Row r) {
    ConditionalOrderKind kind = kindOf(r.planType);
    String planType = r.planType.toLowerCase(Locale.ROOT);
    boolean wholePosition = planType.startsWith("pos_") || planType.equals("ptp") || planType.equals("psl");
    Optional<TriggerLeg> trigger = Optional.empty();
    Optional<TriggerLeg> takeProfit = leg(r.surplusTrigger, r.surplusType, r.surplusExecute);
    Optional<TriggerLeg> stopLoss = leg(r.lossTrigger, r.lossType, r.lossExecute);
    boolean market = "market".equalsIgnoreCase(r.orderType);
    BigDecimal limit = market ? null : r.executePrice != null ? r.executePrice : r.price;
    if (kind == ConditionalOrderKind.TRIGGER) {
      trigger = leg(r.triggerPrice, r.triggerType, limit);
    } else if (kind == ConditionalOrderKind.TRAILING_STOP) {
      trigger = leg(r.triggerPrice, r.triggerType, null);
    } else if (kind == ConditionalOrderKind.TAKE_PROFIT) {
      takeProfit = r.triggerPrice != null ? leg(r.triggerPrice, r.triggerType, limit)
          : leg(r.surplusTrigger, r.surplusType, market ? null : r.surplusExecute);
      stopLoss = Optional.empty();
    } else if (kind == ConditionalOrderKind.STOP_LOSS) {
      stopLoss = r.triggerPrice != null ? leg(r.triggerPrice, r.triggerType, limit)
          : leg(r.lossTrigger, r.lossType, market ? null : r.lossExecute);
      takeProfit = Optional.empty();
    } else {
      trigger = leg(r.triggerPrice, r.triggerType, limit);
    }
    return build(r, kind, wholePosition ? null : r.size, trigger, takeProfit, stopLoss,
        r.status != null ? r.status : missingStatus);
  }

  /**
   * A V3 strategy order row: a trigger order carries {@code triggerPrice}, a TP/SL order its legs;
   * {@code type} {@code tpsl}, where sent, says a trigger price is not a leg of it.
   */
  private ConditionalOrder v3(Row r) {
    boolean tpsl = "tpsl".equalsIgnoreCase(r.type);
    Optional<TriggerLeg> trigger = tpsl ? Optional.empty() : leg(r.triggerPrice, r.triggerType,
        "limit".equalsIgnoreCase(r.triggerOrderType) ? r.executePrice : null);
    Optional<TriggerLeg> takeProfit = leg(r.takeProfit, r.tpTriggerBy,
        "limit".equalsIgnoreCase(r.tpOrderType) ? r.tpLimitPrice : null);
    Optional<TriggerLeg> stopLoss = leg(r.stopLoss, r.slTriggerBy,
        "limit".equalsIgnoreCase(r.slOrderType) ? r.slLimitPrice : null);
    ConditionalOrderKind kind = trigger.isPresent() ? ConditionalOrderKind.TRIGGER
        : takeProfit.isPresent() && stopLoss.isPresent() ? ConditionalOrderKind.TAKE_PROFIT_AND_STOP_LOSS
        : takeProfit.isPresent() ? ConditionalOrderKind.TAKE_PROFIT
        : stopLoss.isPresent() ? ConditionalOrderKind.STOP_LOSS
        : ConditionalOrderKind.UNKNOWN;
    boolean wholePosition = "full".equalsIgnoreCase(r.tpslMode);
    return build(r, kind, wholePosition ? null : r.size, trigger, takeProfit, stopLoss,
        r.status != null ? r.status : missingStatus);
  }

  private static ConditionalOrder build(Row r, ConditionalOrderKind kind, BigDecimal size,
      Optional<TriggerLeg> trigger, Optional<TriggerLeg> takeProfit, Optional<TriggerLeg> stopLoss,
      ConditionalOrderStatus status) {
    if (r.symbol == null || r.orderId == null || r.createdAt == null
        || (trigger.isEmpty() && takeProfit.isEmpty() && stopLoss.isEmpty())) {
      throw Required.missing("conditional order", "symbol", r.symbol, "orderId", r.orderId,
          "createdAt", r.createdAt, "triggerPrice",
          trigger.isPresent() || takeProfit.isPresent() || stopLoss.isPresent() ? Boolean.TRUE : null);
    }
    return new ConditionalOrder(r.symbol, r.orderId, Optional.ofNullable(r.clientOid), kind, status,
        Optional.ofNullable(r.side), Optional.ofNullable(r.tradeSide), Optional.ofNullable(r.positionSide),
        Optional.ofNullable(size), trigger, takeProfit, stopLoss, Optional.ofNullable(r.callbackRatio),
        Optional.ofNullable(r.executeOrderId), Optional.ofNullable(r.priceAvg), Optional.ofNullable(r.baseVolume),
        r.createdAt, r.updatedAt != null ? r.updatedAt : r.createdAt);
  }

  private static Optional<TriggerLeg> leg(BigDecimal triggerPrice, TriggerPriceType type, BigDecimal limitPrice) {
    if (triggerPrice == null) {
      return Optional.empty();
    }
    return Optional.of(new TriggerLeg(triggerPrice, type != null ? type : TriggerPriceType.UNKNOWN,
        Optional.ofNullable(limitPrice)));
  }

  /**
   * V2's plan types, as the lists write them and as {@code orders-algo} abbreviates them;
   * {@code profit_loss} is only a list filter, never a row's type.
   */
  private static ConditionalOrderKind kindOf(String planType) {
    switch (planType.toLowerCase(Locale.ROOT)) {
      case "normal_plan":
      case "pl":
        return ConditionalOrderKind.TRIGGER;
      case "track_plan":
      case "moving_plan":
      case "track":
      case "mtpsl":
        return ConditionalOrderKind.TRAILING_STOP;
      case "profit_plan":
      case "pos_profit":
      case "tp":
      case "ptp":
        return ConditionalOrderKind.TAKE_PROFIT;
      case "loss_plan":
      case "pos_loss":
      case "sl":
      case "psl":
        return ConditionalOrderKind.STOP_LOSS;
      default:
        return ConditionalOrderKind.UNKNOWN;
    }
  }

  /** Zero and negative prices mean "none" on Bitget's rows ({@code executePrice} 0 is market). */
  private static BigDecimal positive(BigDecimal value) {
    return value != null && value.signum() > 0 ? value : null;
  }
}
