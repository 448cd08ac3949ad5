package io.bitget4j.testkit.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

/**
 * Renders the fake's state in the shapes of V3's WebSocket pushes ({@code /v3/ws/...}), field
 * for field as the {@code ws-v3-*.json} samples have them, which differ from V3's REST rows:
 * position {@code size}, {@code liqPrice}, {@code marginSize}, {@code totalFundingFee}; the order
 * push's {@code holdSide}; the account's {@code unrealisedPnL}; the one-letter keys of public
 * trades; book levels as strings, with {@code seq} and {@code pseq} as JSON numbers and
 * {@code checksum} 0 in snapshots only. Values are strings, {@code category} is lower case ({@code usdt-futures}),
 * fees are positive and absent values {@code ""}.
 */
final class StreamWireV3 {
  private StreamWireV3() {}

  /** The lower-case product type V3 streams use: {@code usdt-futures}. */
  static String instType(Market m) {
    return m.contract.symbol.productType().v2Name().toLowerCase(Locale.ROOT);
  }

  private static String symbol(Market m) {
    return m.contract.symbol.v2Symbol();
  }

  private static String top(List<OrderBook.Level> side, boolean price) {
    if (side.isEmpty()) {
      return price ? "" : "0";
    }
    return Num.str(new BigDecimal(price ? side.get(0).price() : side.get(0).size()));
  }

  // ---- public topics ------------------------------------------------------------------------

  /** A futures ticker: the sample's fields plus the futures ones Bitget documents. */
  static void ticker(JsonWriter w, Market m, long now) {
    List<OrderBook.Level> bid = m.book.topBids(1);
    List<OrderBook.Level> ask = m.book.topAsks(1);
    w.beginObject()
        .field("lastPrice", m.last())
        .field("openPrice24h", m.open24h())
        .field("highPrice24h", m.high24h())
        .field("lowPrice24h", m.low24h())
        .field("bid1Price", top(bid, true))
        .field("bid1Size", top(bid, false))
        .field("ask1Price", top(ask, true))
        .field("ask1Size", top(ask, false))
        .field("price24hPcnt", m.change24h())
        .field("volume24h", m.baseVolume())
        .field("turnover24h", m.quoteVolume())
        .field("indexPrice", m.index())
        .field("markPrice", m.mark())
        .field("fundingRate", m.fundingRate())
        .field("nextFundingTime", Long.toString(m.nextFundingTime(now)))
        .field("openInterest", m.holdingAmount())
        .endObject();
  }

  /** A candle as an object, not V2's array. */
  static void candle(JsonWriter w, Market m, CandleSeries.Candle c) {
    Contract k = m.contract;
    BigDecimal turnover = c.quoteVolume.setScale(Math.min(8, k.pricePlace + k.volumePlace), RoundingMode.HALF_UP);
    w.beginObject()
        .field("start", Long.toString(c.start))
        .field("open", k.price(c.open))
        .field("close", k.price(c.close))
        .field("high", k.price(c.high))
        .field("low", k.price(c.low))
        .field("volume", c.baseVolume)
        .field("turnover", turnover)
        .endObject();
  }

  /** A public trade with one-letter keys: price, volume, Side, Time, id, and the linked id. */
  static void trade(JsonWriter w, Market m, Market.Trade t) {
    w.beginObject()
        .field("p", m.contract.price(t.price()))
        .field("v", t.size())
        .field("S", t.side())
        .field("T", Long.toString(t.ts()))
        .field("i", t.tradeId())
        .field("L", t.tradeId())
        .endObject();
  }

  /**
   * One book push: levels as string pairs, {@code seq} and {@code pseq} as numbers. A snapshot
   * carries {@code checksum} 0, as the documented and a live-captured snapshot do; an update
   * carries none, as live ones do not (ccxt.pro verifies a checksum wherever one is sent).
   */
  static void book(JsonWriter w, List<OrderBook.Level> asks, List<OrderBook.Level> bids, long seq, long pseq,
      boolean snapshot, long now) {
    w.beginObject().name("a");
    Wire.levels(w, asks);
    w.name("b");
    Wire.levels(w, bids);
    if (snapshot) {
      w.field("checksum", 0);
    }
    w.field("pseq", pseq)
        .field("seq", seq)
        .field("ts", Long.toString(now))
        .endObject();
  }

  /** A liquidated position: {@code side} {@code buy} for a long, {@code sell} for a short. */
  static void liquidation(JsonWriter w, Position p, BigDecimal price, long now) {
    w.beginObject()
        .field("symbol", symbol(p.market))
        .field("side", p.isLong() ? "buy" : "sell")
        .field("price", price)
        .field("amount", p.size)
        .field("ts", Long.toString(now))
        .endObject();
  }

  // ---- private topics -----------------------------------------------------------------------

  static void account(JsonWriter w, Account a, String coin) {
    BigDecimal equity = a.equity();
    WireV3.Margins margins = WireV3.Margins.of(a);
    w.beginObject()
        .field("unrealisedPnL", a.unrealizedPnl())
        .field("totalEquity", equity)
        .field("effEquity", equity)
        .field("mmr", margins.mmr())
        .field("imr", margins.imr())
        .field("mgnRatio", margins.mgnRatio())
        .field("positionMgnRatio", margins.positionMgnRatio())
        .name("coin").beginArray();
    if (a.balance.signum() != 0 || equity.signum() != 0) {
      w.beginObject()
          .field("coin", coin)
          .field("equity", equity)
          .field("usdValue", equity)
          .field("balance", a.balance)
          .field("available", a.available().max(BigDecimal.ZERO))
          .field("locked", a.locked())
          .field("borrow", "0")
          .field("debts", "0")
          .endObject();
    }
    w.endArray().endObject();
  }

  /** An open position ({@code positionStatus} {@code opening}). */
  static void position(JsonWriter w, Account a, Position p) {
    BigDecimal margin = p.margin();
    BigDecimal upnl = p.unrealizedPnl();
    positionHead(w, a, p, "opening")
        .field("size", p.size)
        .field("available", p.available())
        .field("frozen", p.locked)
        .field("marginSize", margin)
        .field("unrealisedPnl", upnl)
        .field("liqPrice", p.liquidationPrice())
        .field("mmr", Contract.KEEP_MARGIN_RATE)
        .field("breakEvenPrice", p.breakEvenPrice())
        .field("profitRate", margin.signum() == 0 ? BigDecimal.ZERO : upnl.divide(margin, 16, RoundingMode.HALF_UP))
        .field("openFeeTotal", p.openFee)
        .field("closeFeeTotal", p.closeFee);
    positionTail(w, p);
  }

  /**
   * A position that has gone since the last push ({@code positionStatus} {@code ended}, size 0),
   * as Bitget pushes a closed position once: like its sample, figures that no longer apply are
   * {@code ""}.
   */
  static void endedPosition(JsonWriter w, Account a, Position p) {
    positionHead(w, a, p, "ended")
        .field("size", "0")
        .field("available", "0")
        .field("frozen", "0")
        .field("marginSize", "0")
        .field("unrealisedPnl", "0")
        .field("liqPrice", "")
        .field("mmr", "")
        .field("breakEvenPrice", "")
        .field("profitRate", "")
        .field("openFeeTotal", "")
        .field("closeFeeTotal", "");
    positionTail(w, p);
  }

  private static JsonWriter positionHead(JsonWriter w, Account a, Position p, String status) {
    return w.beginObject()
        .field("symbol", symbol(p.market))
        .field("marginCoin", p.market.contract.symbol.marginCoin())
        .field("marginMode", p.marginMode)
        .field("posSide", p.holdSide)
        .field("holdMode", a.posMode)
        .field("positionStatus", status)
        .field("leverage", Integer.toString(p.leverage))
        .field("avgPrice", p.entryDisplay())
        .field("curRealisedPnl", p.achievedProfits)
        .field("totalFundingFee", "0");
  }

  private static void positionTail(JsonWriter w, Position p) {
    w.field("markPrice", p.market.mark())
        .field("createdTime", Long.toString(p.cTime))
        .field("updatedTime", Long.toString(p.uTime))
        .endObject();
  }

  static void order(JsonWriter w, Order o) {
    String coin = o.market.contract.symbol.marginCoin();
    BigDecimal value = o.priceAvg == null ? BigDecimal.ZERO : o.filled.multiply(o.priceAvg);
    w.beginObject()
        .field("category", instType(o.market))
        .field("symbol", symbol(o.market))
        .field("orderId", o.orderId)
        .field("clientOid", o.clientOid)
        .field("price", o.price == null ? "" : Num.str(o.price))
        .field("qty", o.size)
        .field("amount", "0")
        .field("holdMode", o.posMode)
        .field("holdSide", o.positionSide())
        .field("tradeSide", o.tradeSide)
        .field("orderType", o.orderType)
        .field("timeInForce", o.force)
        .field("side", o.side)
        .field("marginMode", o.marginMode)
        .field("marginCoin", coin)
        .field("reduceOnly", o.reduceOnly ? "yes" : "no")
        .field("cumExecQty", o.filled)
        .field("cumExecValue", Num.money(value))
        .field("avgPrice", o.priceAvg == null ? BigDecimal.ZERO : o.priceAvg)
        .field("totalProfit", o.pnl)
        .field("orderStatus", WireV3.status(o))
        .field("cancelReason", o.cancelReason == null ? "" : o.cancelReason.v3Value)
        .field("leverage", Integer.toString(o.leverage));
    WireV3.feeDetail(w, coin, o.fee.negate());
    w.field("createdTime", Long.toString(o.cTime))
        .field("updatedTime", Long.toString(o.uTime))
        .field("stpMode", "none")
        .endObject();
  }

  /** A {@code fill} row, as the newer documented sample has it (lower-case category, {@code isRPI}). */
  static void fill(JsonWriter w, Fill f) {
    Order o = f.order();
    fillHead(w, f)
        .field("execLinkId", f.tradeId())
        .field("orderType", o.orderType)
        .field("tradeSide", o.tradeSide)
        .field("execValue", Num.money(f.size().multiply(f.price())))
        .field("execPnl", f.profit());
    WireV3.feeDetail(w, o.market.contract.symbol.marginCoin(), f.fee().negate());
    w.field("execTime", Long.toString(f.cTime()))
        .field("updatedTime", Long.toString(f.cTime()))
        .field("isRPI", "no")
        .endObject();
  }

  /** A {@code fast-fill} item: the execution without fee, value or PnL. */
  static void fastFill(JsonWriter w, Fill f) {
    fillHead(w, f)
        .field("execTime", Long.toString(f.cTime()))
        .field("updatedTime", Long.toString(f.cTime()))
        .endObject();
  }

  private static JsonWriter fillHead(JsonWriter w, Fill f) {
    Order o = f.order();
    return w.beginObject()
        .field("category", instType(o.market))
        .field("symbol", symbol(o.market))
        .field("orderId", o.orderId)
        .field("clientOid", o.clientOid)
        .field("execId", f.tradeId())
        .field("side", o.side)
        .field("holdSide", o.positionSide())
        .field("execPrice", f.price())
        .field("execQty", f.size())
        .field("tradeScope", f.maker() ? "maker" : "taker");
  }
}
