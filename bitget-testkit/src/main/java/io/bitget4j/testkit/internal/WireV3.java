package io.bitget4j.testkit.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

/**
 * Renders the fake's state in Bitget's V3 (unified account) REST shapes, field for field and in
 * the order of the samples in {@code bitget-samples/v3/}. Numbers travel as strings, except the
 * order book's levels, which V3 sends as JSON numbers ({@code [27000.1, 0.125]}); absent values
 * are {@code ""}. Fees of orders and fills are positive, those of positions negative, as Bitget
 * reports them.
 */
final class WireV3 {
  private WireV3() {}

  /** How much of an order a list shows: the order-info, unfilled-orders and history-orders rows differ. */
  enum OrderView {
    /** {@code order-info}: with {@code tradeSide}, {@code cancelReason} and {@code execType}. */
    INFO,
    /** {@code unfilled-orders}: with {@code delegateType}. */
    OPEN,
    /** {@code history-orders}: with {@code delegateType}, {@code cancelReason} and {@code execType}. */
    HISTORY
  }

  private static String category(Market m) {
    return m.contract.symbol.productType().v2Name();
  }

  private static String symbol(Market m) {
    return m.contract.symbol.v2Symbol();
  }

  /** The best level's price or size as the ticker shows it, or "" for an empty side. */
  private static String top(List<OrderBook.Level> side, boolean price) {
    if (side.isEmpty()) {
      return "";
    }
    return Num.str(new BigDecimal(price ? side.get(0).price() : side.get(0).size()));
  }

  // ---- market -------------------------------------------------------------------------------

  static void instrument(JsonWriter w, Market m) {
    Contract c = m.contract;
    w.beginObject()
        .field("symbol", symbol(m))
        .field("category", category(m))
        .field("baseCoin", c.symbol.base())
        .field("quoteCoin", c.symbol.productType().marginCoin(c.symbol.base()))
        .field("isRwa", "NO")
        .field("buyLimitPriceRatio", "0.01")
        .field("sellLimitPriceRatio", "0.01")
        .field("feeRateUpRatio", "0.005")
        .field("makerFeeRate", Contract.MAKER_FEE)
        .field("takerFeeRate", Contract.TAKER_FEE)
        .field("openCostUpRatio", "0.01")
        .field("minOrderQty", c.minSize)
        .field("maxOrderQty", "")
        .field("pricePrecision", Integer.toString(c.pricePlace))
        .field("quantityPrecision", Integer.toString(c.volumePlace))
        .field("quotePrecision", "")
        .field("priceMultiplier", c.tickSize())
        .field("quantityMultiplier", c.minSize)
        .field("type", "perpetual")
        .field("minOrderAmount", Contract.MIN_NOTIONAL)
        .field("maxSymbolOrderNum", "")
        .field("maxProductOrderNum", Integer.toString(Trading.MAX_OPEN_ORDERS))
        .field("maxPositionNum", "150")
        .field("status", "online")
        .field("offTime", "-1")
        .field("limitOpenTime", "-1")
        .field("deliveryTime", "")
        .field("deliveryStartTime", "")
        .field("deliveryPeriod", "")
        .field("launchTime", "0")
        .field("fundInterval", "8")
        .field("minLeverage", "1")
        .field("maxLeverage", Integer.toString(Contract.MAX_LEVER))
        .field("maintainTime", "")
        .field("symbolType", "crypto")
        .field("maxMarketOrderQty", "")
        .endObject();
  }

  /**
   * A spot pair as V3's {@code instruments} lists it for {@code category=SPOT}, or with the
   * margin fields for {@code MARGIN} (every pair of the fake is a margin pair too).
   */
  static void spotInstrument(JsonWriter w, SpotReference.Pair p, boolean margin) {
    w.beginObject()
        .field("symbol", p.symbol())
        .field("category", margin ? "MARGIN" : "SPOT")
        .field("baseCoin", p.base())
        .field("quoteCoin", p.quote())
        .field("buyLimitPriceRatio", "0.05")
        .field("sellLimitPriceRatio", "0.05")
        .field("minOrderQty", BigDecimal.ONE.movePointLeft(p.quantityPlace()))
        .field("maxOrderQty", "0")
        .field("pricePrecision", Integer.toString(p.pricePlace()))
        .field("quantityPrecision", Integer.toString(p.quantityPlace()))
        .field("quotePrecision", Integer.toString(p.quotePlace()))
        .field("minOrderAmount", "1")
        .field("maxSymbolOrderNum", "400")
        .field("maxProductOrderNum", "400")
        .field("status", "online")
        .field("maintainTime", "");
    if (margin) {
      w.field("isIsolatedBaseBorrowable", "YES")
          .field("isIsolatedQuotedBorrowable", "YES")
          .field("warningRiskRatio", "0.8")
          .field("liquidationRiskRatio", "1")
          .field("maxCrossedLeverage", "3")
          .field("maxIsolatedLeverage", "10")
          .field("userMinBorrow", "0.00000001")
          .field("areaSymbol", "no");
    }
    w.endObject();
  }

  static void ticker(JsonWriter w, Market m, long now) {
    List<OrderBook.Level> bid = m.book.topBids(1);
    List<OrderBook.Level> ask = m.book.topAsks(1);
    w.beginObject()
        .field("category", category(m))
        .field("symbol", symbol(m))
        .field("ts", Long.toString(now))
        .field("lastPrice", m.last())
        .field("openPrice24h", m.open24h())
        .field("highPrice24h", m.high24h())
        .field("lowPrice24h", m.low24h())
        .field("ask1Price", top(ask, true))
        .field("bid1Price", top(bid, true))
        .field("bid1Size", bid.isEmpty() ? "0" : top(bid, false))
        .field("ask1Size", ask.isEmpty() ? "0" : top(ask, false))
        .field("price24hPcnt", m.change24h())
        .field("volume24h", m.baseVolume())
        .field("turnover24h", m.quoteVolume())
        .field("indexPrice", m.index())
        .field("markPrice", m.mark())
        .field("fundingRate", m.fundingRate())
        .field("openInterest", m.holdingAmount())
        .field("deliveryStartTime", "")
        .field("deliveryTime", "")
        .field("deliveryStatus", "")
        .endObject();
  }

  /** Book levels as JSON numbers, written from the exact wire text ({@code 27000.1}, {@code 1.500}). */
  static void levels(JsonWriter w, List<OrderBook.Level> levels) {
    w.beginArray();
    for (OrderBook.Level l : levels) {
      w.beginArray().raw(l.price()).raw(l.size()).endArray();
    }
    w.endArray();
  }

  /** {@code [ts, open, high, low, close, volume, turnover]}, all strings. */
  static void candle(JsonWriter w, Market m, CandleSeries.Candle c) {
    Contract k = m.contract;
    BigDecimal turnover = c.quoteVolume.setScale(Math.min(8, k.pricePlace + k.volumePlace), RoundingMode.HALF_UP);
    w.beginArray()
        .value(Long.toString(c.start))
        .value(k.price(c.open))
        .value(k.price(c.high))
        .value(k.price(c.low))
        .value(k.price(c.close))
        .value(c.baseVolume)
        .value(turnover)
        .endArray();
  }

  static void publicFill(JsonWriter w, Market m, Market.Trade t) {
    w.beginObject()
        .field("execId", t.tradeId())
        .field("execLinkId", t.tradeId())
        .field("price", m.contract.price(t.price()))
        .field("size", t.size())
        .field("side", t.side())
        .field("ts", Long.toString(t.ts()))
        .endObject();
  }

  // ---- account and positions ----------------------------------------------------------------

  /**
   * The margin figures V3 reports for the whole account, in REST {@code assets} and in the
   * {@code account} push alike: maintenance ({@code mmr}) and initial ({@code imr}) margin and
   * their ratios to equity.
   */
  record Margins(BigDecimal mmr, BigDecimal imr, BigDecimal mgnRatio, BigDecimal positionMgnRatio) {
    static Margins of(Account a) {
      BigDecimal equity = a.equity();
      BigDecimal maintenance = a.maintenanceMargin("crossed").add(a.maintenanceMargin("isolated"));
      return new Margins(Num.money(maintenance), Num.money(a.positionMargin().add(a.locked())),
          ratio(maintenance, equity), ratio(a.maintenanceMargin("crossed"), equity));
    }
  }

  static void assets(JsonWriter w, Account a, String coin, BigDecimal btcPrice) {
    BigDecimal equity = a.equity();
    BigDecimal upnl = a.unrealizedPnl();
    Margins margins = Margins.of(a);
    w.beginObject()
        .field("accountEquity", equity)
        .field("usdtEquity", equity)
        .field("btcEquity", equity.divide(btcPrice, 8, RoundingMode.HALF_UP))
        .field("unrealisedPnl", upnl)
        .field("usdtUnrealisedPnl", upnl)
        .field("btcUnrealizedPnl", upnl.divide(btcPrice, 8, RoundingMode.HALF_UP))
        .field("effEquity", equity)
        .field("mmr", margins.mmr())
        .field("imr", margins.imr())
        .field("mgnRatio", margins.mgnRatio())
        .field("positionMgnRatio", margins.positionMgnRatio())
        .name("assets").beginArray();
    if (a.balance.signum() != 0 || equity.signum() != 0) {
      w.beginObject()
          .field("coin", coin)
          .field("equity", equity)
          .field("usdValue", equity)
          .field("balance", a.balance)
          .field("available", a.available().max(BigDecimal.ZERO))
          .field("debt", "0")
          .field("locked", a.locked())
          .endObject();
    }
    w.endArray().endObject();
  }

  private static BigDecimal ratio(BigDecimal part, BigDecimal whole) {
    if (part.signum() == 0 || whole.signum() <= 0) {
      return BigDecimal.ZERO;
    }
    return part.divide(whole, 8, RoundingMode.HALF_UP);
  }

  /** {@code accountMode} is what the settings report: {@code unified}, or a state a test injected. */
  static void settings(JsonWriter w, Account a, List<Market> markets, String accountMode) {
    w.beginObject()
        .field("uid", a.uid)
        .field("accountMode", accountMode)
        .field("assetMode", "multi_assets")
        .field("accountLevel", "advanced")
        .field("holdMode", a.posMode)
        .field("stpMode", "none")
        .name("symbolConfigList").beginArray();
    for (Market m : markets) {
      Account.SymbolSettings s = a.settings(m.contract.symbol);
      int leverage = "crossed".equals(s.marginMode) ? s.crossLeverage : s.longLeverage;
      w.beginObject()
          .field("category", category(m))
          .field("symbol", symbol(m))
          .field("marginMode", s.marginMode)
          .field("leverage", Integer.toString(leverage))
          .endObject();
    }
    w.endArray()
        .name("coinConfigList").beginArray().endArray()
        .endObject();
  }

  static void position(JsonWriter w, Account a, Position p) {
    BigDecimal margin = p.margin();
    BigDecimal upnl = p.unrealizedPnl();
    w.beginObject()
        .field("category", category(p.market))
        .field("symbol", symbol(p.market))
        .field("marginCoin", p.market.contract.symbol.marginCoin())
        .field("holdMode", a.posMode)
        .field("posSide", p.holdSide)
        .field("marginMode", p.marginMode)
        .field("positionBalance", margin)
        .field("available", p.available())
        .field("frozen", p.locked)
        .field("total", p.size)
        .field("leverage", Integer.toString(p.leverage))
        .field("curRealisedPnl", p.achievedProfits)
        .field("avgPrice", p.entryDisplay())
        .field("positionStatus", "normal")
        .field("unrealisedPnl", upnl)
        .field("liquidationPrice", p.liquidationPrice())
        .field("mmr", Contract.KEEP_MARGIN_RATE)
        .field("profitRate", margin.signum() == 0 ? BigDecimal.ZERO : upnl.divide(margin, 16, RoundingMode.HALF_UP))
        .field("markPrice", p.market.mark())
        .field("breakEvenPrice", p.breakEvenPrice())
        .field("totalFunding", "0")
        .field("openFeeTotal", p.openFee)
        .field("closeFeeTotal", p.closeFee)
        .field("createdTime", Long.toString(p.cTime))
        .field("updatedTime", Long.toString(p.uTime))
        .endObject();
  }

  static void closedPosition(JsonWriter w, ClosedPosition p) {
    Contract c = p.market().contract;
    w.beginObject()
        .field("positionId", p.posId())
        .field("category", category(p.market()))
        .field("symbol", symbol(p.market()))
        .field("marginCoin", c.symbol.marginCoin())
        .field("holdMode", p.posMode())
        .field("posSide", p.holdSide())
        .field("marginMode", p.marginMode())
        .field("openPriceAvg", p.openPriceAvg().setScale(c.pricePlace + 4, RoundingMode.HALF_UP))
        .field("closePriceAvg", p.closePriceAvg().setScale(c.pricePlace + 4, RoundingMode.HALF_UP))
        .field("openTotalPos", p.openTotal())
        .field("closeTotalPos", p.closeTotal())
        .field("cumRealisedPnl", p.realisedPnl())
        .field("netProfit", p.netProfit())
        .field("totalFunding", "0")
        .field("openFeeTotal", p.openFee())
        .field("closeFeeTotal", p.closeFee())
        .field("createdTime", Long.toString(p.cTime()))
        .field("updatedTime", Long.toString(p.uTime()))
        .endObject();
  }

  // ---- orders and fills ---------------------------------------------------------------------

  /** V3 spells the end state {@code cancelled}; the engine says {@code canceled}, as V2 does. */
  static String status(Order o) {
    return o.status.equals("canceled") ? "cancelled" : o.status;
  }

  /** {@code feeDetail}: the fee paid, positive, or {@code [{"feeCoin":"","fee":""}]} before any. */
  static void feeDetail(JsonWriter w, String coin, BigDecimal paid) {
    w.name("feeDetail").beginArray().beginObject();
    if (paid.signum() == 0) {
      w.field("feeCoin", "").field("fee", "");
    } else {
      w.field("feeCoin", coin).field("fee", paid);
    }
    w.endObject().endArray();
  }

  static void order(JsonWriter w, Order o, OrderView view) {
    Presets ps = o.presets;
    BigDecimal value = o.priceAvg == null ? BigDecimal.ZERO : o.filled.multiply(o.priceAvg);
    w.beginObject()
        .field("orderId", o.orderId)
        .field("clientOid", o.clientOid)
        .field("category", category(o.market))
        .field("symbol", symbol(o.market))
        .field("orderType", o.orderType)
        .field("side", o.side)
        .field("price", o.price == null ? BigDecimal.ZERO : o.price)
        .field("qty", o.size)
        .field("amount", "0")
        .field("cumExecQty", o.filled)
        .field("cumExecValue", Num.money(value))
        .field("avgPrice", o.priceAvg == null ? BigDecimal.ZERO : o.priceAvg)
        .field("timeInForce", o.force)
        .field("orderStatus", status(o))
        .field("posSide", o.positionSide())
        .field("holdMode", o.posMode);
    if (view == OrderView.INFO) {
      w.field("tradeSide", o.tradeSide);
    } else {
      w.field("delegateType", "normal");
    }
    w.field("reduceOnly", o.reduceOnly ? "YES" : "NO")
        .field("marginMode", o.marginMode)
        .field("stpMode", "none")
        .field("takeProfit", ps.takeProfit())
        .field("stopLoss", ps.stopLoss())
        .field("tpTriggerBy", ps.tpTriggerBy())
        .field("slTriggerBy", ps.slTriggerBy())
        .field("tpOrderType", ps.tpOrderType())
        .field("slOrderType", ps.slOrderType())
        .field("tpLimitPrice", ps.tpLimitPrice())
        .field("slLimitPrice", ps.slLimitPrice());
    feeDetail(w, o.market.contract.symbol.marginCoin(), o.fee.negate());
    if (view != OrderView.OPEN) {
      w.field("cancelReason", o.cancelReason == null ? "" : o.cancelReason.v3Value)
          .field("execType", o.liquidation ? "liquidation" : "normal");
    }
    w.field("createdTime", Long.toString(o.cTime))
        .field("updatedTime", Long.toString(o.uTime))
        .endObject();
  }

  static void fill(JsonWriter w, Fill f) {
    Order o = f.order();
    w.beginObject()
        .field("execId", f.tradeId())
        .field("execLinkId", f.tradeId())
        .field("orderId", o.orderId)
        .field("clientOid", o.clientOid)
        .field("category", category(o.market))
        .field("symbol", symbol(o.market))
        .field("orderType", o.orderType)
        .field("side", o.side)
        .field("execPrice", f.price())
        .field("execQty", f.size())
        .field("execValue", Num.money(f.size().multiply(f.price())))
        .field("tradeScope", f.maker() ? "maker" : "taker")
        .field("tradeSide", o.tradeSide);
    feeDetail(w, o.market.contract.symbol.marginCoin(), f.fee().negate());
    w.field("createdTime", Long.toString(f.cTime()))
        .field("updatedTime", Long.toString(f.cTime()))
        .field("execPnl", f.profit())
        .field("isRPI", "no")
        .endObject();
  }

  // ---- strategy orders ----------------------------------------------------------------------

  /**
   * A strategy order row of {@code unfilled-strategy-orders} and {@code history-strategy-orders}: its
   * {@code status} ({@code pending}, {@code success}, {@code cancelled}, {@code failed}), a TP/SL's
   * {@code tpslMode} and legs ({@code ""} for a leg it has not), a trigger order's
   * {@code triggerPrice}/{@code triggerBy}/{@code triggerOrderType}/{@code triggerOrderPrice} and trade,
   * and which leg fired ({@code triggerType} {@code takeProfit} or {@code stopLoss}). {@code qty} is ""
   * for a TP/SL of the whole position.
   */
  static void strategyOrder(JsonWriter w, Conditional o) {
    strategyOrder(w, o, false);
  }

  /**
   * A {@code strategy-order} push item: the row of {@link #strategyOrder(JsonWriter, Conditional)}
   * with {@code category} in lower case and a TP/SL's {@code side}, as Bitget's docs show the push.
   * Undocumented, and named as Bitget's order rows name them: {@code status} {@code filled} once the
   * executed order filled (the docs list no such state), and why it ended in {@code cancelReason}.
   */
  static void strategyOrderPush(JsonWriter w, Conditional o) {
    strategyOrder(w, o, true);
  }

  private static void strategyOrder(JsonWriter w, Conditional o, boolean push) {
    boolean tpsl = o.kind == Conditional.Kind.TPSL;
    String category = category(o.market);
    w.beginObject()
        .field("orderId", o.orderId)
        .field("clientOid", o.clientOid)
        .field("category", push ? category.toLowerCase(Locale.ROOT) : category)
        .field("symbol", symbol(o.market))
        .field("type", o.v3Type())
        .field("qty", o.size == null ? "" : Num.str(o.size))
        .field("posSide", o.posSide == null ? "" : o.posSide)
        .field("status", push && o.status == Conditional.Status.FILLED ? "filled" : o.status.v3);
    if (tpsl) {
      if (push) {
        w.field("side", o.side);
      }
      w.field("tpslMode", o.size == null ? "full" : "partial")
          .field("triggerType", o.firedLeg == null ? "" : o.firedLeg);
      strategyLeg(w, "tp", "takeProfit", o.takeProfit);
      strategyLeg(w, "sl", "stopLoss", o.stopLoss);
    } else {
      Conditional.Leg t = o.trigger;
      w.field("side", o.side)
          .field("reduceOnly", !o.hedge && o.closes ? "yes" : "no")
          .field("triggerBy", v3By(t.by()))
          .field("triggerPrice", t.price())
          .field("triggerOrderType", t.isMarket() ? "market" : "limit")
          .field("triggerOrderPrice", t.limitPrice() == null ? "" : Num.str(t.limitPrice()));
    }
    if (push) {
      w.field("cancelReason", o.reason == null ? "" : o.reason);
    }
    w.field("createdTime", Long.toString(o.cTime))
        .field("updatedTime", Long.toString(o.uTime))
        .endObject();
  }

  private static void strategyLeg(JsonWriter w, String prefix, String price, Conditional.Leg leg) {
    w.field(prefix + "TriggerBy", leg == null ? "" : v3By(leg.by()))
        .field(price, leg == null ? "" : Num.str(leg.price()))
        .field(prefix + "OrderType", leg == null ? "" : leg.isMarket() ? "market" : "limit")
        .field(prefix + "LimitPrice", leg == null || leg.limitPrice() == null ? "" : Num.str(leg.limitPrice()));
  }

  private static String v3By(String by) {
    return "mark".equals(by) ? "mark" : "market";
  }
}
