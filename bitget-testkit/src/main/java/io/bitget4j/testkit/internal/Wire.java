package io.bitget4j.testkit.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Renders the fake's state in Bitget's V2 wire shapes, field for field and in the order of the
 * V2 samples in bitget-core's test fixtures ({@code src/test/resources/fixtures}). Numbers travel as strings except where Bitget sends
 * numbers (WebSocket {@code ts}, {@code checksum}, {@code seq}, position {@code leverage}).
 */
final class Wire {
  private Wire() {}

  private static String s(BigDecimal v) {
    return Num.str(v);
  }

  /** The best level's price as the ticker shows it, or "" for an empty side. */
  private static String topPrice(List<OrderBook.Level> side) {
    return side.isEmpty() ? "" : Num.str(new BigDecimal(side.get(0).price()));
  }

  /** The best level's size as the ticker shows it, or "0" for an empty side. */
  private static String topSize(List<OrderBook.Level> side) {
    return side.isEmpty() ? "0" : Num.str(new BigDecimal(side.get(0).size()));
  }

  // ---- market -------------------------------------------------------------------------------

  static void restTicker(JsonWriter w, Market m, long now) {
    List<OrderBook.Level> bid = m.book.topBids(1);
    List<OrderBook.Level> ask = m.book.topAsks(1);
    w.beginObject()
        .field("symbol", m.contract.symbol.v2Symbol())
        .field("lastPr", m.last())
        .field("askPr", topPrice(ask))
        .field("bidPr", topPrice(bid))
        .field("bidSz", topSize(bid))
        .field("askSz", topSize(ask))
        .field("high24h", m.high24h())
        .field("low24h", m.low24h())
        .field("ts", Long.toString(now))
        .field("change24h", m.change24h())
        .field("baseVolume", m.baseVolume())
        .field("quoteVolume", m.quoteVolume())
        .field("usdtVolume", m.quoteVolume())
        .field("openUtc", m.open24h())
        .field("changeUtc24h", m.change24h())
        .field("indexPrice", m.index())
        .field("fundingRate", m.fundingRate())
        .field("holdingAmount", m.holdingAmount())
        .name("deliveryStartTime").nullValue()
        .name("deliveryTime").nullValue()
        .field("deliveryStatus", "")
        .field("open24h", m.open24h())
        .field("markPrice", m.mark())
        .endObject();
  }

  static void wsTicker(JsonWriter w, Market m, long now) {
    List<OrderBook.Level> bid = m.book.topBids(1);
    List<OrderBook.Level> ask = m.book.topAsks(1);
    w.beginObject()
        .field("instId", m.contract.symbol.v2Symbol())
        .field("lastPr", m.last())
        .field("bidPr", topPrice(bid))
        .field("askPr", topPrice(ask))
        .field("bidSz", topSize(bid))
        .field("askSz", topSize(ask))
        .field("open24h", m.open24h())
        .field("high24h", m.high24h())
        .field("low24h", m.low24h())
        .field("change24h", m.change24h())
        .field("fundingRate", m.fundingRate())
        .field("nextFundingTime", Long.toString(m.nextFundingTime(now)))
        .field("markPrice", m.mark())
        .field("indexPrice", m.index())
        .field("holdingAmount", m.holdingAmount())
        .field("baseVolume", m.baseVolume())
        .field("quoteVolume", m.quoteVolume())
        .field("openUtc", m.open24h())
        .field("symbolType", 1)
        .field("symbol", m.contract.symbol.v2Symbol())
        .field("deliveryPrice", "0")
        .field("ts", Long.toString(now))
        .endObject();
  }

  static void contract(JsonWriter w, Market m) {
    Contract c = m.contract;
    w.beginObject()
        .field("symbol", c.symbol.v2Symbol())
        .field("baseCoin", c.symbol.base())
        .field("quoteCoin", c.symbol.productType().marginCoin(c.symbol.base()))
        .field("buyLimitPriceRatio", "0.01")
        .field("sellLimitPriceRatio", "0.01")
        .field("feeRateUpRatio", "0.005")
        .field("makerFeeRate", Contract.MAKER_FEE)
        .field("takerFeeRate", Contract.TAKER_FEE)
        .field("openCostUpRatio", "0.01")
        .name("supportMarginCoins").beginArray().value(c.symbol.marginCoin()).endArray()
        .field("minTradeNum", c.minSize)
        .field("priceEndStep", "1")
        .field("volumePlace", Integer.toString(c.volumePlace))
        .field("pricePlace", Integer.toString(c.pricePlace))
        .field("sizeMultiplier", c.minSize)
        .field("symbolType", "perpetual")
        .field("minTradeUSDT", Contract.MIN_NOTIONAL)
        .field("maxSymbolOrderNum", "200")
        .field("maxProductOrderNum", "400")
        .field("maxPositionNum", "150")
        .field("symbolStatus", "normal")
        .field("offTime", "-1")
        .field("limitOpenTime", "-1")
        .field("deliveryTime", "")
        .field("deliveryStartTime", "")
        .field("deliveryPeriod", "")
        .field("launchTime", "")
        .field("fundInterval", "8")
        .field("minLever", "1")
        .field("maxLever", Integer.toString(Contract.MAX_LEVER))
        .field("posLimit", "0.05")
        .field("maintainTime", "")
        .endObject();
  }

  static void levels(JsonWriter w, List<OrderBook.Level> levels) {
    w.beginArray();
    for (OrderBook.Level l : levels) {
      w.beginArray().value(l.price()).value(l.size()).endArray();
    }
    w.endArray();
  }

  static void restTrade(JsonWriter w, Market m, Market.Trade t) {
    w.beginObject()
        .field("tradeId", t.tradeId())
        .field("price", m.contract.price(t.price()))
        .field("size", t.size())
        .field("side", t.side())
        .field("ts", Long.toString(t.ts()))
        .field("symbol", m.contract.symbol.v2Symbol())
        .endObject();
  }

  static void wsTrade(JsonWriter w, Market m, Market.Trade t) {
    w.beginObject()
        .field("ts", Long.toString(t.ts()))
        .field("price", m.contract.price(t.price()))
        .field("size", t.size())
        .field("side", t.side())
        .field("tradeId", t.tradeId())
        .endObject();
  }

  static void candle(JsonWriter w, Market m, CandleSeries.Candle c) {
    Contract k = m.contract;
    BigDecimal quote = c.quoteVolume.setScale(Math.min(8, k.pricePlace + k.volumePlace), RoundingMode.HALF_UP);
    w.beginArray()
        .value(Long.toString(c.start))
        .value(k.price(c.open))
        .value(k.price(c.high))
        .value(k.price(c.low))
        .value(k.price(c.close))
        .value(c.baseVolume)
        .value(quote)
        .value(quote)
        .endArray();
  }

  // ---- account and positions ----------------------------------------------------------------

  static void restAccount(JsonWriter w, Account a, Account.SymbolSettings st, String marginCoin, BigDecimal btc) {
    BigDecimal equity = a.equity();
    BigDecimal available = a.available().max(BigDecimal.ZERO);
    w.beginObject()
        .field("marginCoin", marginCoin)
        .field("locked", a.locked())
        .field("available", available)
        .field("crossedMaxAvailable", available)
        .field("isolatedMaxAvailable", available)
        .field("maxTransferOut", available)
        .field("accountEquity", equity)
        .field("usdtEquity", equity)
        .field("btcEquity", equity.divide(btc, 8, RoundingMode.HALF_UP))
        .field("crossedRiskRate", riskRate(a))
        .field("crossedMarginLeverage", Integer.toString(st.crossLeverage))
        .field("isolatedLongLever", Integer.toString(st.longLeverage))
        .field("isolatedShortLever", Integer.toString(st.shortLeverage))
        .field("marginMode", st.marginMode)
        .field("posMode", a.posMode)
        .field("unrealizedPL", a.unrealizedPnl())
        .field("coupon", "0")
        .field("crossedUnrealizedPL", a.unrealizedPnl("crossed"))
        .field("isolatedUnrealizedPL", a.unrealizedPnl("isolated"))
        .field("assetMode", "single")
        .endObject();
  }

  static void accountsItem(JsonWriter w, Account a, String marginCoin, BigDecimal btc) {
    BigDecimal equity = a.equity();
    BigDecimal available = a.available().max(BigDecimal.ZERO);
    BigDecimal isolatedMargin = BigDecimal.ZERO;
    BigDecimal crossedMargin = BigDecimal.ZERO;
    for (Position p : a.positions.values()) {
      if ("crossed".equals(p.marginMode)) {
        crossedMargin = crossedMargin.add(p.margin());
      } else {
        isolatedMargin = isolatedMargin.add(p.margin());
      }
    }
    w.beginObject()
        .field("marginCoin", marginCoin)
        .field("locked", a.locked())
        .field("available", available)
        .field("crossedMaxAvailable", available)
        .field("isolatedMaxAvailable", available)
        .field("maxTransferOut", available)
        .field("accountEquity", equity)
        .field("usdtEquity", equity)
        .field("btcEquity", equity.divide(btc, 8, RoundingMode.HALF_UP))
        .field("crossedRiskRate", riskRate(a))
        .field("unrealizedPL", a.unrealizedPnl())
        .field("coupon", "0")
        .field("isolatedMargin", isolatedMargin)
        .field("crossedMargin", crossedMargin)
        .field("crossedUnrealizedPL", a.unrealizedPnl("crossed"))
        .field("isolatedUnrealizedPL", a.unrealizedPnl("isolated"))
        .field("assetMode", "single")
        .endObject();
  }

  static void wsAccount(JsonWriter w, Account a, String marginCoin) {
    BigDecimal equity = a.equity();
    BigDecimal available = a.available().max(BigDecimal.ZERO);
    w.beginObject()
        .field("marginCoin", marginCoin)
        .field("frozen", a.locked())
        .field("available", available)
        .field("maxOpenPosAvailable", available)
        .field("maxTransferOut", available)
        .field("equity", equity)
        .field("usdtEquity", equity)
        .field("crossedRiskRate", riskRate(a))
        .field("unrealizedPL", a.unrealizedPnl())
        .endObject();
  }

  private static BigDecimal riskRate(Account a) {
    BigDecimal equity = a.equity();
    BigDecimal mm = a.maintenanceMargin("crossed");
    if (mm.signum() == 0 || equity.signum() <= 0) {
      return BigDecimal.ZERO;
    }
    return mm.divide(equity, 8, RoundingMode.HALF_UP);
  }

  static void restPosition(JsonWriter w, Account a, Position p) {
    BigDecimal openDelegate = BigDecimal.ZERO;
    for (Order o : a.live.values()) {
      if (o.market == p.market && "open".equals(o.tradeSide) && o.positionSide().equals(p.holdSide)) {
        openDelegate = openDelegate.add(o.size.subtract(o.filled));
      }
    }
    w.beginObject()
        .field("marginCoin", p.market.contract.symbol.marginCoin())
        .field("symbol", p.market.contract.symbol.v2Symbol())
        .field("holdSide", p.holdSide)
        .field("openDelegateSize", openDelegate)
        .field("marginSize", p.margin())
        .field("available", p.available())
        .field("locked", p.locked)
        .field("total", p.size)
        .field("leverage", Integer.toString(p.leverage))
        .field("achievedProfits", p.achievedProfits)
        .field("openPriceAvg", p.entryDisplay())
        .field("marginMode", p.marginMode)
        .field("posMode", a.posMode)
        .field("unrealizedPL", p.unrealizedPnl())
        .field("liquidationPrice", p.liquidationPrice())
        .field("keepMarginRate", Contract.KEEP_MARGIN_RATE)
        .field("markPrice", p.market.mark())
        .field("breakEvenPrice", p.breakEvenPrice())
        .field("totalFee", p.totalFee())
        .field("deductedFee", p.totalFee().negate())
        .field("marginRatio", p.marginRatio())
        .field("assetMode", "single")
        .field("uTime", Long.toString(p.uTime))
        .field("autoMargin", "off")
        .field("cTime", Long.toString(p.cTime))
        .endObject();
  }

  /** A closed position as V2's {@code history-position} lists it. */
  static void closedPosition(JsonWriter w, ClosedPosition p) {
    Contract c = p.market().contract;
    w.beginObject()
        .field("positionId", p.posId())
        .field("marginCoin", c.symbol.marginCoin())
        .field("symbol", c.symbol.v2Symbol())
        .field("holdSide", p.holdSide())
        .field("openAvgPrice", p.openPriceAvg().setScale(c.pricePlace + 4, RoundingMode.HALF_UP))
        .field("closeAvgPrice", p.closePriceAvg().setScale(c.pricePlace + 4, RoundingMode.HALF_UP))
        .field("marginMode", p.marginMode())
        .field("openTotalPos", p.openTotal())
        .field("closeTotalPos", p.closeTotal())
        .field("pnl", p.realisedPnl())
        .field("netProfit", p.netProfit())
        .field("totalFunding", "0")
        .field("openFee", p.openFee())
        .field("closeFee", p.closeFee())
        .field("utime", Long.toString(p.uTime()))
        .field("ctime", Long.toString(p.cTime()))
        .endObject();
  }

  static void wsPosition(JsonWriter w, Account a, Position p) {
    BigDecimal margin = p.margin();
    BigDecimal upnl = p.unrealizedPnl();
    w.beginObject()
        .field("posId", p.posId)
        .field("instId", p.market.contract.symbol.v2Symbol())
        .field("marginCoin", p.market.contract.symbol.marginCoin())
        .field("marginSize", margin)
        .field("marginMode", p.marginMode)
        .field("holdSide", p.holdSide)
        .field("posMode", a.posMode)
        .field("total", p.size)
        .field("available", p.available())
        .field("frozen", p.locked)
        .field("openPriceAvg", p.entryDisplay())
        .field("leverage", p.leverage)
        .field("achievedProfits", p.achievedProfits)
        .field("unrealizedPL", upnl)
        .field("unrealizedPLR", margin.signum() == 0 ? BigDecimal.ZERO : upnl.divide(margin, 10, RoundingMode.HALF_UP))
        .field("liquidationPrice", p.liquidationPrice())
        .field("keepMarginRate", Contract.KEEP_MARGIN_RATE)
        .field("marginRate", p.marginRatio())
        .field("breakEvenPrice", p.breakEvenPrice())
        .field("totalFee", p.totalFee())
        .field("deductedFee", p.totalFee().negate())
        .field("autoMargin", "off")
        .field("cTime", Long.toString(p.cTime))
        .field("uTime", Long.toString(p.uTime))
        .endObject();
  }

  // ---- orders and fills ---------------------------------------------------------------------

  /** The REST order shape; {@code stateKey} is {@code state} for detail, {@code status} in lists. */
  static void restOrder(JsonWriter w, Order o, String stateKey) {
    BigDecimal quote = o.priceAvg == null ? BigDecimal.ZERO : o.filled.multiply(o.priceAvg);
    w.beginObject()
        .field("symbol", o.market.contract.symbol.v2Symbol())
        .field("size", o.size)
        .field("orderId", o.orderId)
        .field("clientOid", o.clientOid)
        .field("baseVolume", o.filled)
        .field("priceAvg", o.priceAvg == null ? "" : s(o.priceAvg))
        .field("fee", o.fee.signum() == 0 ? "0" : s(o.fee))
        .field("price", o.price == null ? "" : s(o.price))
        .field(stateKey, o.status)
        .field("side", o.v2Side())
        .field("force", o.force)
        .field("totalProfits", o.pnl)
        .field("posSide", o.posSide)
        .field("marginCoin", o.market.contract.symbol.marginCoin())
        .field("presetStopSurplusPrice", o.presets.takeProfit())
        .field("presetStopLossPrice", o.presets.stopLoss())
        .field("quoteVolume", Num.money(quote))
        .field("orderType", o.orderType)
        .field("leverage", Integer.toString(o.leverage))
        .field("marginMode", o.marginMode)
        .field("reduceOnly", o.reduceOnly ? "yes" : "no")
        .field("enterPointSource", "api")
        .field("tradeSide", o.tradeSide)
        .field("posMode", o.posMode)
        .field("orderSource", o.orderType.equals("market") ? "market" : "normal")
        .field("cancelReason", o.cancelReason == null ? "" : o.cancelReason.v2Text)
        .field("cTime", Long.toString(o.cTime))
        .field("uTime", Long.toString(o.uTime))
        .endObject();
  }

  static void wsOrder(JsonWriter w, Order o) {
    Fill f = o.lastFill;
    BigDecimal notionalPrice = o.priceAvg != null ? o.priceAvg : o.price != null ? o.price : o.market.last();
    w.beginObject()
        .field("accBaseVolume", o.filled)
        .field("cTime", Long.toString(o.cTime))
        .field("clientOid", o.clientOid)
        .name("feeDetail").beginArray().beginObject()
        .field("feeCoin", o.market.contract.symbol.marginCoin())
        .field("fee", o.fee)
        .endObject().endArray();
    if (f != null) {
      w.field("fillFee", f.fee())
          .field("fillFeeCoin", o.market.contract.symbol.marginCoin())
          .field("fillNotionalUsd", Num.money(f.size().multiply(f.price())))
          .field("fillPrice", f.price())
          .field("baseVolume", f.size())
          .field("fillTime", Long.toString(f.cTime()));
    }
    w.field("force", o.force)
        .field("instId", o.market.contract.symbol.v2Symbol())
        .field("leverage", Integer.toString(o.leverage))
        .field("marginCoin", o.market.contract.symbol.marginCoin())
        .field("marginMode", o.marginMode)
        .field("notionalUsd", Num.money(o.size.multiply(notionalPrice)))
        .field("orderId", o.orderId)
        .field("orderType", o.orderType)
        .field("pnl", o.pnl)
        .field("posMode", o.posMode)
        .field("posSide", o.posSide)
        .field("price", o.price == null ? BigDecimal.ZERO : o.price)
        .field("priceAvg", o.priceAvg == null ? BigDecimal.ZERO : o.priceAvg)
        .field("reduceOnly", o.reduceOnly ? "yes" : "no")
        .field("stpMode", "cancel_taker")
        .field("side", o.v2Side())
        .field("size", o.size)
        .field("enterPointSource", "API")
        .field("status", o.status);
    if (f != null) {
      w.field("tradeScope", f.maker() ? "M" : "T").field("tradeId", f.tradeId());
    }
    w.field("tradeSide", o.tradeSide)
        .field("presetStopSurplusPrice", o.presets.takeProfit())
        .field("presetStopLossPrice", o.presets.stopLoss())
        .field("uTime", Long.toString(o.uTime))
        .endObject();
  }

  /** A row of REST {@code order/fills} ({@code fillList}). */
  static void restFill(JsonWriter w, Fill f) {
    fill(w, f, false);
  }

  /**
   * An item of the private {@code fill} channel: one execution, the REST row with the order's
   * {@code clientOid} and {@code orderType} and a {@code uTime} (as the documented push has them).
   */
  static void wsFill(JsonWriter w, Fill f) {
    fill(w, f, true);
  }

  /**
   * One execution as V2 writes it, in REST's member order, the push's additions beside their
   * neighbours: {@code side} the order's V2 side, {@code tradeScope} {@code maker} or
   * {@code taker}, the fee (negative, as paid) in {@code feeDetail} {@code totalFee}.
   */
  private static void fill(JsonWriter w, Fill f, boolean push) {
    Order o = f.order();
    w.beginObject()
        .field("tradeId", f.tradeId())
        .field("symbol", o.market.contract.symbol.v2Symbol())
        .field("orderId", o.orderId);
    if (push) {
      w.field("clientOid", o.clientOid).field("orderType", o.orderType);
    }
    w.field("price", f.price())
        .field("baseVolume", f.size())
        .name("feeDetail").beginArray().beginObject()
        .field("deduction", "no")
        .field("feeCoin", o.market.contract.symbol.marginCoin())
        .field("totalDeductionFee", "0")
        .field("totalFee", f.fee())
        .endObject().endArray()
        .field("side", o.v2Side())
        .field("quoteVolume", Num.money(f.size().multiply(f.price())))
        .field("profit", f.profit());
    if (!push) { // the REST row names where the order came from; Bitget's documented push does not
      w.field("enterPointSource", "api");
    }
    w.field("tradeSide", o.tradeSide)
        .field("posMode", o.posMode)
        .field("tradeScope", f.maker() ? "maker" : "taker")
        .field("cTime", Long.toString(f.cTime()));
    if (push) {
      w.field("uTime", Long.toString(f.cTime()));
    }
    w.endObject();
  }

  // ---- conditional orders -------------------------------------------------------------------

  /**
   * A plan order row of {@code orders-plan-pending} (the fields of ccxt's live capture) and
   * {@code orders-plan-history} (the documented ones, adding {@code executeOrderId},
   * {@code executePrice}, {@code priceAvg} and {@code baseVolume}): its plan type and
   * {@code planStatus} ({@code live}, {@code executed}, {@code cancelled}, {@code fail_execute}), the
   * trigger as {@code triggerPrice}/{@code triggerType} with the limit price as {@code price} (a TP/SL's
   * own leg), the trade like an order's ({@code side} the position's direction in hedge mode, with
   * {@code tradeSide}; a TP/SL's {@code posSide} is its position in either mode), and a trigger
   * order's attached {@code stopSurplus*}/{@code stopLoss*}. {@code size} is "" for a TP/SL of the
   * whole position.
   */
  static void planOrder(JsonWriter w, Conditional o, Order executed, boolean history) {
    Conditional.Leg leg = o.primaryLeg();
    boolean trailing = o.kind == Conditional.Kind.TRAILING;
    boolean tpsl = o.kind == Conditional.Kind.TPSL;
    String v2Side = o.hedge ? ("long".equals(o.posSide) ? "buy" : "sell") : o.side;
    w.beginObject()
        .field("planType", o.v2PlanType())
        .field("symbol", o.market.contract.symbol.v2Symbol())
        .field("size", o.size == null ? "" : s(o.size))
        .field("orderId", o.orderId);
    if (history) {
      w.field("executeOrderId", o.executedOrderId == null ? "" : o.executedOrderId);
    }
    w.field("clientOid", o.clientOid)
        .field("planStatus", o.status.v2)
        .field("price", leg.limitPrice() == null ? "" : s(leg.limitPrice()));
    if (history) {
      w.field("executePrice", leg.limitPrice() == null ? "0" : s(leg.limitPrice()))
          .field("priceAvg", executed == null || executed.priceAvg == null ? "" : s(executed.priceAvg))
          .field("baseVolume", executed == null ? "0" : s(executed.filled));
    }
    w.field("callbackRatio", trailing ? s(o.callbackRatio) : "")
        .field("triggerPrice", leg.price())
        .field("triggerType", v2By(leg.by()))
        .field("side", v2Side)
        .field("posSide", o.hedge || tpsl ? (o.posSide == null ? "net" : o.posSide) : "net")
        .field("marginCoin", o.market.contract.symbol.marginCoin())
        .field("marginMode", o.marginMode == null ? "isolated" : o.marginMode)
        .field("enterPointSource", "API")
        .field("tradeSide", o.hedge ? (o.closes ? "close" : "open") : "")
        .field("posMode", o.hedge ? "hedge_mode" : "one_way_mode")
        .field("orderType", leg.isMarket() ? "market" : "limit")
        .field("stopSurplusTriggerPrice", o.presets.takeProfit())
        .field("stopSurplusExecutePrice", o.presets.tpLimitPrice())
        .field("stopSurplusTriggerType", o.presets.tpTriggerBy())
        .field("stopLossTriggerPrice", o.presets.stopLoss())
        .field("stopLossExecutePrice", o.presets.slLimitPrice())
        .field("stopLossTriggerType", o.presets.slTriggerBy())
        .field("cTime", Long.toString(o.cTime))
        .field("uTime", Long.toString(o.uTime))
        .endObject();
  }

  /**
   * An {@code orders-algo} push item, as Bitget's docs show it: {@code instId}, the short plan type
   * ({@code pl} trigger order, {@code tp}/{@code sl} partial and {@code ptp}/{@code psl} position
   * TP/SL, {@code track} trailing stop, {@code mtpsl} position trailing stop), {@code status}
   * ({@code live}, {@code executed}, {@code cancelled}, {@code fail_execute}), a TP/SL's leg in
   * {@code stopSurplusTriggerPrice}/{@code stopSurplusTriggerType}/{@code stopSurplusPrice} (or the
   * {@code stopLoss*} twins) as well as in {@code triggerPrice}, a trigger order's presets there
   * instead, and the executed size in {@code actualSize}. Undocumented, and written as Bitget's
   * REST rows write them: {@code status} {@code filled} once the executed order filled (the docs list
   * no such state), {@code executeOrderId}, {@code priceAvg}, and why it ended in {@code cancelReason}.
   */
  static void wsPlanOrder(JsonWriter w, Conditional o) {
    Conditional.Leg leg = o.primaryLeg();
    boolean tpsl = o.kind == Conditional.Kind.TPSL;
    Conditional.Leg tp = tpsl ? o.takeProfit : null;
    Conditional.Leg sl = tpsl ? o.stopLoss : null;
    w.beginObject()
        .field("instId", o.market.contract.symbol.v2Symbol())
        .field("orderId", o.orderId)
        .field("clientOid", o.clientOid)
        .field("triggerPrice", leg.price())
        .field("triggerType", v2By(leg.by()))
        .field("triggerTime", o.status == Conditional.Status.LIVE ? "" : Long.toString(o.uTime))
        .field("planType", wsPlanType(o))
        .field("price", leg.limitPrice() == null ? "" : s(leg.limitPrice()))
        .field("executePrice", leg.limitPrice() == null ? "" : s(leg.limitPrice()))
        .field("size", o.size == null ? "" : s(o.size))
        .field("actualSize", o.filledSize == null ? "0" : s(o.filledSize))
        .field("orderType", leg.isMarket() ? "market" : "limit")
        .field("side", o.hedge ? ("long".equals(o.posSide) ? "buy" : "sell") : o.side)
        .field("tradeSide", o.hedge ? (o.closes ? "close" : "open") : "")
        .field("posSide", o.hedge || tpsl ? (o.posSide == null ? "net" : o.posSide) : "net")
        .field("marginCoin", o.market.contract.symbol.marginCoin())
        .field("status", o.status == Conditional.Status.FILLED ? "filled" : o.status.v2)
        .field("posMode", o.hedge ? "hedge_mode" : "one_way_mode")
        .field("enterPointSource", "API")
        .field("stopSurplusTriggerPrice", tp != null ? s(tp.price()) : tpsl ? "" : o.presets.takeProfit())
        .field("stopSurplusTriggerType", tp != null ? v2By(tp.by()) : tpsl ? "" : o.presets.tpTriggerBy())
        .field("stopSurplusPrice", tp != null ? limit(tp) : tpsl ? "" : o.presets.tpLimitPrice())
        .field("stopLossTriggerPrice", sl != null ? s(sl.price()) : tpsl ? "" : o.presets.stopLoss())
        .field("stopLossTriggerType", sl != null ? v2By(sl.by()) : tpsl ? "" : o.presets.slTriggerBy())
        .field("stopLossPrice", sl != null ? limit(sl) : tpsl ? "" : o.presets.slLimitPrice())
        .field("stpMode", "none")
        .field("executeOrderId", o.executedOrderId == null ? "" : o.executedOrderId)
        .field("priceAvg", o.fillPrice == null ? "" : s(o.fillPrice))
        .field("cancelReason", o.reason == null ? "" : o.reason)
        .field("cTime", Long.toString(o.cTime))
        .field("uTime", Long.toString(o.uTime))
        .endObject();
  }

  private static String wsPlanType(Conditional o) {
    switch (o.kind) {
      case TRIGGER:
        return "pl";
      case TRAILING:
        return o.tpslFamily ? "mtpsl" : "track";
      default:
        if (o.takeProfit != null) {
          return o.wholePosition() ? "ptp" : "tp";
        }
        return o.wholePosition() ? "psl" : "sl";
    }
  }

  private static String v2By(String by) {
    return "mark".equals(by) ? "mark_price" : "fill_price";
  }

  private static String limit(Conditional.Leg leg) {
    return leg.limitPrice() == null ? "" : s(leg.limitPrice());
  }
}
