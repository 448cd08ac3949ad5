package io.bitget4j.testkit.internal;

import io.bitget4j.core.ProductType;
import io.bitget4j.testkit.internal.RestApi.Call;
import io.bitget4j.testkit.RateLimitGroup;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Bitget's V2 USDT-futures REST endpoints ({@code /api/v2/public/time}, {@code /api/v2/mix/...}),
 * the API of classic accounts: V2's parameters are read into the engine's wire-independent
 * requests, and the engine's state is written in V2's shapes by {@link Wire}.
 */
final class V2Api {
  /** V2's longest clientOid. */
  private static final int MAX_CLIENT_OID = 50;

  private final Exchange ex;

  V2Api(Exchange ex) {
    this.ex = ex;
  }

  void register(RestApi api) {
    ApiVersion v2 = ApiVersion.V2;
    String market = "/api/v2/mix/market/";
    api.get(v2, "/api/v2/public/time", RateLimitGroup.MARKET, false, this::time);
    api.get(v2, market + "ticker", RateLimitGroup.MARKET, false, this::ticker);
    api.get(v2, market + "tickers", RateLimitGroup.MARKET, false, this::tickers);
    api.get(v2, market + "contracts", RateLimitGroup.MARKET, false, this::contracts);
    api.get(v2, market + "merge-depth", RateLimitGroup.MARKET, false, this::mergeDepth);
    api.get(v2, market + "candles", RateLimitGroup.MARKET, false, this::candles);
    api.get(v2, market + "fills", RateLimitGroup.MARKET, false, this::recentTrades);
    api.get(v2, market + "fills-history", RateLimitGroup.MARKET, false, this::tradeHistory);
    api.get(v2, market + "current-fund-rate", RateLimitGroup.MARKET, false, this::fundingRate);
    api.get(v2, market + "open-interest", RateLimitGroup.MARKET, false, this::openInterest);
    api.get(v2, market + "symbol-price", RateLimitGroup.MARKET, false, this::symbolPrice);
    String account = "/api/v2/mix/account/";
    api.get(v2, account + "account", RateLimitGroup.ACCOUNT, true, this::account);
    api.get(v2, account + "accounts", RateLimitGroup.ACCOUNT, true, this::accounts);
    api.post(v2, account + "set-leverage", RateLimitGroup.SETTINGS, this::setLeverage);
    api.post(v2, account + "set-margin-mode", RateLimitGroup.SETTINGS, this::setMarginMode);
    api.post(v2, account + "set-position-mode", RateLimitGroup.SETTINGS, this::setPositionMode);
    api.get(v2, "/api/v2/mix/position/single-position", RateLimitGroup.ACCOUNT, true, this::singlePosition);
    api.get(v2, "/api/v2/mix/position/all-position", RateLimitGroup.SETTINGS, true, this::allPositions);
    api.get(v2, "/api/v2/mix/position/history-position", RateLimitGroup.ACCOUNT, true, this::positionHistory);
    String order = "/api/v2/mix/order/";
    api.post(v2, order + "place-order", RateLimitGroup.TRADE, this::placeOrder);
    api.post(v2, order + "batch-place-order", RateLimitGroup.TRADE, this::batchPlaceOrder);
    api.post(v2, order + "cancel-order", RateLimitGroup.TRADE, this::cancelOrder);
    api.post(v2, order + "batch-cancel-orders", RateLimitGroup.TRADE, this::batchCancelOrders);
    api.post(v2, order + "cancel-all-orders", RateLimitGroup.TRADE, this::cancelAllOrders);
    api.post(v2, order + "modify-order", RateLimitGroup.TRADE, this::modifyOrder);
    api.post(v2, order + "close-positions", RateLimitGroup.TRADE, this::closePositions);
    api.get(v2, order + "detail", RateLimitGroup.TRADE, true, this::orderDetail);
    api.get(v2, order + "orders-pending", RateLimitGroup.TRADE, true, this::ordersPending);
    api.get(v2, order + "orders-history", RateLimitGroup.TRADE, true, this::ordersHistory);
    api.get(v2, order + "fills", RateLimitGroup.TRADE, true, this::fills);
    new V2PlanApi(ex).register(api);
  }

  // ---- market -------------------------------------------------------------------------------

  private Market market(Params p) {
    String productType = p.required("productType");
    return ex.market(p.required("symbol"), productType);
  }

  private void time(Call c, JsonWriter w) {
    w.beginObject().field("serverTime", Long.toString(c.now())).endObject();
  }

  private void ticker(Call c, JsonWriter w) {
    Market m = market(c.params());
    w.beginArray();
    Wire.restTicker(w, m, c.now());
    w.endArray();
  }

  private void tickers(Call c, JsonWriter w) {
    ProductType type = Exchange.productType(c.params().required("productType"));
    w.beginArray();
    for (Market m : ex.markets(type)) {
      Wire.restTicker(w, m, c.now());
    }
    w.endArray();
  }

  private void contracts(Call c, JsonWriter w) {
    ProductType type = Exchange.productType(c.params().required("productType"));
    Market only = c.params().has("symbol") ? ex.market(c.params().required("symbol"), type.v2Name()) : null;
    w.beginArray();
    for (Market m : ex.markets(type)) {
      if (only == null || only == m) {
        Wire.contract(w, m);
      }
    }
    w.endArray();
  }

  private void mergeDepth(Call c, JsonWriter w) {
    Market m = market(c.params());
    String limitText = c.params().get("limit", "100");
    int limit;
    if (limitText.equals("max")) {
      limit = OrderBook.LEVELS;
    } else {
      try {
        limit = Integer.parseInt(limitText);
      } catch (NumberFormatException e) {
        throw ApiError.invalid("limit");
      }
      if (limit <= 0) {
        throw ApiError.invalid("limit");
      }
    }
    w.beginObject().name("asks");
    Wire.levels(w, m.book.topAsks(limit));
    w.name("bids");
    Wire.levels(w, m.book.topBids(limit));
    w.field("ts", Long.toString(c.now()))
        .field("scale", m.contract.tickSize())
        .field("precision", c.params().get("precision", "scale0"))
        .field("isMaxPrecision", "YES")
        .endObject();
  }

  private void candles(Call c, JsonWriter w) {
    Market m = market(c.params());
    String granularity = c.params().required("granularity");
    Interval interval = Interval.byName(granularity).orElseThrow(() -> ApiError.invalid("granularity"));
    long start = c.params().longValue("startTime").orElse(Long.MIN_VALUE);
    long end = c.params().longValue("endTime").orElse(Long.MAX_VALUE);
    int limit = c.params().limit(100, 1000);
    w.beginArray();
    for (CandleSeries.Candle candle : m.candles(interval).range(start, end, limit)) {
      Wire.candle(w, m, candle);
    }
    w.endArray();
  }

  private void recentTrades(Call c, JsonWriter w) {
    Market m = market(c.params());
    int limit = c.params().limit(100, 100);
    w.beginArray();
    for (Market.Trade t : m.recentTrades(limit)) {
      Wire.restTrade(w, m, t);
    }
    w.endArray();
  }

  /**
   * The public trades still kept (the last 100), newest first, filtered by {@code idLessThan},
   * {@code startTime} and {@code endTime}; {@code limit} up to 1000 as Bitget allows.
   */
  private void tradeHistory(Call c, JsonWriter w) {
    Market m = market(c.params());
    int limit = c.params().limit(500, 1000);
    long idLessThan = c.params().longValue("idLessThan").orElse(Long.MAX_VALUE);
    long start = c.params().longValue("startTime").orElse(Long.MIN_VALUE);
    long end = c.params().longValue("endTime").orElse(Long.MAX_VALUE);
    w.beginArray();
    int n = 0;
    for (Market.Trade t : m.recentTrades(Integer.MAX_VALUE)) {
      if (n < limit && Long.parseLong(t.tradeId()) < idLessThan && t.ts() >= start && t.ts() <= end) {
        Wire.restTrade(w, m, t);
        n++;
      }
    }
    w.endArray();
  }

  private void fundingRate(Call c, JsonWriter w) {
    Market m = market(c.params());
    w.beginArray().beginObject()
        .field("symbol", m.contract.symbol.v2Symbol())
        .field("fundingRate", m.fundingRate())
        .field("fundingRateInterval", "8")
        .field("nextUpdate", Long.toString(m.nextFundingTime(c.now())))
        .field("minFundingRate", "-0.003")
        .field("maxFundingRate", "0.003")
        .endObject().endArray();
  }

  private void openInterest(Call c, JsonWriter w) {
    Market m = market(c.params());
    w.beginObject().name("openInterestList").beginArray().beginObject()
        .field("symbol", m.contract.symbol.v2Symbol())
        .field("size", m.holdingAmount())
        .endObject().endArray()
        .field("ts", Long.toString(c.now()))
        .endObject();
  }

  private void symbolPrice(Call c, JsonWriter w) {
    Market m = market(c.params());
    w.beginArray().beginObject()
        .field("symbol", m.contract.symbol.v2Symbol())
        .field("price", m.last())
        .field("indexPrice", m.index())
        .field("markPrice", m.mark())
        .field("ts", Long.toString(c.now()))
        .endObject().endArray();
  }

  // ---- account and positions ----------------------------------------------------------------

  private Market marketWithCoin(Params p) {
    return marketWithCoin(ex, p);
  }

  /** The market of {@code symbol} and {@code productType}, whose {@code marginCoin} must be named and match. */
  static Market marketWithCoin(Exchange ex, Params p) {
    Market m = ex.market(p.required("symbol"), p.required("productType"));
    String coin = p.required("marginCoin");
    if (!coin.equalsIgnoreCase(m.contract.symbol.marginCoin())) {
      throw ApiError.invalid("marginCoin");
    }
    return m;
  }

  private void account(Call c, JsonWriter w) {
    Market m = marketWithCoin(c.params());
    Wire.restAccount(w, c.account(), c.account().settings(m.contract.symbol), m.contract.symbol.marginCoin(),
        ex.btcPrice());
  }

  private void accounts(Call c, JsonWriter w) {
    Exchange.productType(c.params().required("productType"));
    w.beginArray();
    Wire.accountsItem(w, c.account(), ex.marginCoin(), ex.btcPrice());
    w.endArray();
  }

  private void singlePosition(Call c, JsonWriter w) {
    Market m = marketWithCoin(c.params());
    w.beginArray();
    for (Position p : c.account().positions.values()) {
      if (p.market == m) {
        Wire.restPosition(w, c.account(), p);
      }
    }
    w.endArray();
  }

  private void allPositions(Call c, JsonWriter w) {
    ProductType type = Exchange.productType(c.params().required("productType"));
    w.beginArray();
    for (Position p : c.account().positions.values()) {
      if (p.market.contract.symbol.productType() == type) {
        Wire.restPosition(w, c.account(), p);
      }
    }
    w.endArray();
  }

  private void setLeverage(Call c, JsonWriter w) {
    Market m = marketWithCoin(c.params());
    Params p = c.params();
    ex.trading.setLeverage(c.account(), m, p.leverage("leverage").orElse(null),
        p.leverage("longLeverage").orElse(null), p.leverage("shortLeverage").orElse(null),
        p.oneOf("holdSide", "long", "short").orElse(null), c.now());
    Account.SymbolSettings s = c.account().settings(m.contract.symbol);
    w.beginObject()
        .field("symbol", m.contract.symbol.v2Symbol())
        .field("marginCoin", m.contract.symbol.marginCoin())
        .field("longLeverage", Integer.toString(s.longLeverage))
        .field("shortLeverage", Integer.toString(s.shortLeverage))
        .field("crossMarginLeverage", Integer.toString(s.crossLeverage))
        .field("marginMode", s.marginMode)
        .endObject();
  }

  private void setMarginMode(Call c, JsonWriter w) {
    Market m = marketWithCoin(c.params());
    String mode = c.params().requiredOneOf("marginMode", "isolated", "crossed");
    ex.trading.setMarginMode(c.account(), m, mode, c.now());
    Account.SymbolSettings s = c.account().settings(m.contract.symbol);
    w.beginObject()
        .field("symbol", m.contract.symbol.v2Symbol())
        .field("marginCoin", m.contract.symbol.marginCoin())
        .field("longLeverage", Integer.toString(s.longLeverage))
        .field("shortLeverage", Integer.toString(s.shortLeverage))
        .field("marginMode", s.marginMode)
        .endObject();
  }

  private void setPositionMode(Call c, JsonWriter w) {
    Exchange.productType(c.params().required("productType"));
    String posMode = c.params().requiredOneOf("posMode", "one_way_mode", "hedge_mode");
    ex.trading.setPositionMode(c.account(), posMode, c.now());
    w.beginObject().field("posMode", posMode).endObject();
  }

  // ---- orders -------------------------------------------------------------------------------

  private static void idPair(JsonWriter w, String orderId, String clientOid) {
    w.beginObject().field("orderId", orderId).field("clientOid", clientOid).endObject();
  }

  /**
   * Reads a V2 order: {@code size}, {@code marginMode} and {@code marginCoin} are required; in
   * hedge mode {@code side} names the position ({@code buy} long, {@code sell} short) and
   * {@code tradeSide} whether the order opens or closes it, so closing a long is buy + close.
   */
  private OrderIntent intent(Account a, Params p) {
    Market m = marketWithCoin(p);
    String marginMode = p.requiredOneOf("marginMode", "isolated", "crossed");
    BigDecimal size = p.requiredDecimal("size");
    String side = p.requiredOneOf("side", "buy", "sell");
    String orderType = p.requiredOneOf("orderType", "limit", "market");
    String force = p.oneOf("force", "gtc", "ioc", "fok", "post_only").orElse("gtc");
    BigDecimal price = orderType.equals("market") ? null : p.requiredDecimal("price");
    String clientOid = clientOid(p, "clientOid");
    String posSide = null;
    String direction = side;
    boolean reduceOnly = false;
    if (a.isHedge()) {
      String tradeSide = p.requiredOneOf("tradeSide", "open", "close");
      posSide = side.equals("buy") ? "long" : "short";
      if (tradeSide.equals("close")) {
        direction = side.equals("buy") ? "sell" : "buy";
      }
    } else {
      reduceOnly = p.oneOf("reduceOnly", "yes", "no").orElse("no").equals("yes");
    }
    return new OrderIntent(m, marginMode, size, price, direction, posSide, reduceOnly, orderType, force, clientOid,
        Presets.prices(p.get("presetStopSurplusPrice", ""), p.get("presetStopLossPrice", "")));
  }

  /** A V2 client order id: at most 50 characters; "" when absent. */
  static String clientOid(Params p, String name) {
    String clientOid = p.get(name, "");
    if (clientOid.length() > MAX_CLIENT_OID) {
      throw ApiError.badRequest("40305", "The clientOid length cannot be greater than " + MAX_CLIENT_OID);
    }
    return clientOid;
  }

  private void placeOrder(Call c, JsonWriter w) {
    Order o = ex.trading.place(c.account(), intent(c.account(), c.params()), c.now());
    idPair(w, o.orderId, o.clientOid);
  }

  private void batchPlaceOrder(Call c, JsonWriter w) {
    Params p = c.params();
    p.required("productType");
    p.required("symbol");
    p.required("marginCoin");
    p.required("marginMode");
    List<Params> items = p.list("orderList");
    if (items.isEmpty()) {
      throw ApiError.missing("orderList");
    }
    if (items.size() > 50) {
      throw ApiError.badRequest("40020", "Parameter orderList error: at most 50 orders");
    }
    List<String[]> success = new ArrayList<>();
    List<String[]> failure = new ArrayList<>();
    for (Params item : items) {
      Params merged = p.with(item);
      try {
        Order o = ex.trading.place(c.account(), intent(c.account(), merged), c.now());
        success.add(new String[] {o.orderId, o.clientOid});
      } catch (ApiError e) {
        failure.add(new String[] {"", merged.get("clientOid", ""), e.message(ApiVersion.V2),
            e.code(ApiVersion.V2)});
      }
    }
    batchResult(w, success, failure);
  }

  private static void batchResult(JsonWriter w, List<String[]> success, List<String[]> failure) {
    w.beginObject().name("successList").beginArray();
    for (String[] s : success) {
      idPair(w, s[0], s[1]);
    }
    w.endArray().name("failureList").beginArray();
    for (String[] f : failure) {
      w.beginObject()
          .field("orderId", f[0])
          .field("clientOid", f[1])
          .field("errorMsg", f[2])
          .field("errorCode", f[3])
          .endObject();
    }
    w.endArray().endObject();
  }

  /** Finds an order by orderId, else by clientOid, within one market. */
  private static Order find(Account a, Market m, Params p) {
    Order o;
    if (p.has("orderId")) {
      o = a.orders.get(p.required("orderId"));
    } else if (p.has("clientOid")) {
      o = a.byClientOid.get(p.required("clientOid"));
    } else {
      throw ApiError.badRequest("40019", "Parameter orderId or clientOid cannot be empty");
    }
    if (o == null || o.market != m) {
      throw ApiError.orderNotFound();
    }
    return o;
  }

  private void cancelOrder(Call c, JsonWriter w) {
    Market m = market(c.params());
    Order o = find(c.account(), m, c.params());
    if (!o.isLive()) {
      throw ApiError.orderNotOpen("cancel");
    }
    ex.trading.cancel(c.account(), o, CancelReason.USER, c.now());
    idPair(w, o.orderId, o.clientOid);
  }

  private void batchCancelOrders(Call c, JsonWriter w) {
    Params p = c.params();
    ProductType type = Exchange.productType(p.required("productType"));
    List<Params> items = p.list("orderIdList");
    Market only = p.has("symbol") ? ex.market(p.required("symbol"), type.v2Name()) : null;
    if (!items.isEmpty() && only == null) {
      throw ApiError.missing("symbol");
    }
    List<String[]> success = new ArrayList<>();
    List<String[]> failure = new ArrayList<>();
    Account a = c.account();
    if (items.isEmpty()) {
      success.addAll(cancelLive(c, type, only));
    } else {
      for (Params item : items) {
        try {
          Order o = find(a, only, item);
          if (!o.isLive()) {
            throw ApiError.orderNotOpen("cancel");
          }
          ex.trading.cancel(a, o, CancelReason.USER, c.now());
          success.add(new String[] {o.orderId, o.clientOid});
        } catch (ApiError e) {
          failure.add(new String[] {item.get("orderId", ""), item.get("clientOid", ""), e.message(ApiVersion.V2),
              e.code(ApiVersion.V2)});
        }
      }
    }
    batchResult(w, success, failure);
  }

  /** Cancels every open order of the {@code productType} (its {@code marginCoin} named and matching), as V2 does. */
  private void cancelAllOrders(Call c, JsonWriter w) {
    Params p = c.params();
    ProductType type = Exchange.productType(p.required("productType"));
    String coin = p.required("marginCoin");
    if (type.fixedMarginCoin().map(fixed -> !fixed.equalsIgnoreCase(coin)).orElse(false)) {
      throw ApiError.invalid("marginCoin");
    }
    batchResult(w, cancelLive(c, type, null), List.of());
  }

  /**
   * Cancels every live order of {@code type} (of the market {@code only}, unless null) and returns
   * their {@code {orderId, clientOid}} pairs.
   */
  private List<String[]> cancelLive(Call c, ProductType type, Market only) {
    List<String[]> cancelled = new ArrayList<>();
    Account a = c.account();
    for (Order o : new ArrayList<>(a.live.values())) {
      if (o.market.contract.symbol.productType() == type && (only == null || o.market == only)) {
        ex.trading.cancel(a, o, CancelReason.USER, c.now());
        cancelled.add(new String[] {o.orderId, o.clientOid});
      }
    }
    return cancelled;
  }

  /**
   * Modifies a resting limit order: new presets alone update it in place; a new size and price
   * cancel it and place a replacement (under {@code newClientOid}), as Bitget's V2 does. The
   * replacement is validated first, so a refused modify leaves the original order live.
   */
  private void modifyOrder(Call c, JsonWriter w) {
    Params p = c.params();
    Account a = c.account();
    Market m = market(p);
    Order original = find(a, m, p);
    if (!original.isLive() || original.price == null) {
      throw ApiError.orderNotOpen("modify");
    }
    boolean hasSize = p.has("newSize");
    boolean hasPrice = p.has("newPrice");
    if (hasSize != hasPrice) {
      throw ApiError.missing(hasSize ? "newPrice" : "newSize");
    }
    Presets presets = Presets.prices(p.get("newPresetStopSurplusPrice", ""), p.get("newPresetStopLossPrice", ""));
    Order result = original;
    if (!hasSize) {
      ex.trading.updatePresets(a, original, presets, c.now());
    } else {
      OrderIntent replacement = new OrderIntent(m, original.marginMode, p.requiredDecimal("newSize"),
          p.requiredDecimal("newPrice"), original.side, original.isHedge() ? original.posSide : null,
          original.reduceOnly, "limit", original.force, p.get("newClientOid", ""), original.presets.with(presets));
      result = ex.trading.replace(a, original, replacement, c.now());
    }
    // Bitget cannot return the replacement's id synchronously: it answers with the original's.
    idPair(w, original.orderId, result.clientOid);
  }

  private void closePositions(Call c, JsonWriter w) {
    Params p = c.params();
    ProductType type = Exchange.productType(p.required("productType"));
    Market only = p.has("symbol") ? ex.market(p.required("symbol"), type.v2Name()) : null;
    String holdSide = p.oneOf("holdSide", "long", "short").orElse(null);
    List<Order> closed = ex.trading.closePositions(c.account(), type, only, holdSide, c.now());
    if (closed.isEmpty()) {
      throw ApiError.noPositionToClose();
    }
    List<String[]> success = new ArrayList<>();
    for (Order o : closed) {
      success.add(new String[] {o.orderId, o.clientOid});
    }
    batchResult(w, success, Collections.emptyList());
  }

  private void orderDetail(Call c, JsonWriter w) {
    Market m = market(c.params());
    Wire.restOrder(w, find(c.account(), m, c.params()), "state");
  }

  /**
   * Closed positions, newest first, as {@code {"list":[..],"endId":".."}}: of the optional
   * {@code productType} (USDT-FUTURES when absent) and {@code symbol}, with a position id below
   * {@code idLessThan}, closed within {@code startTime..endTime}, at most {@code limit} (20, up to 100).
   */
  private void positionHistory(Call c, JsonWriter w) {
    Params p = c.params();
    ProductType type = Exchange.productType(p.get("productType", ProductType.UMCBL.v2Name()));
    Market only = p.has("symbol") ? ex.market(p.required("symbol"), type.v2Name()) : null;
    long idLessThan = p.longValue("idLessThan").orElse(Long.MAX_VALUE);
    long start = p.longValue("startTime").orElse(Long.MIN_VALUE);
    long end = p.longValue("endTime").orElse(Long.MAX_VALUE);
    int limit = p.limit(20, 100);
    List<ClosedPosition> newestFirst = new ArrayList<>(c.account().closedPositions);
    newestFirst.sort((x, y) -> Long.compare(Long.parseLong(y.posId()), Long.parseLong(x.posId())));
    w.beginObject().name("list").beginArray();
    String endId = "";
    int n = 0;
    for (ClosedPosition cp : newestFirst) {
      if (n == limit) {
        break;
      }
      if (cp.market().contract.symbol.productType() != type || (only != null && cp.market() != only)
          || Long.parseLong(cp.posId()) >= idLessThan || cp.uTime() < start || cp.uTime() > end) {
        continue;
      }
      Wire.closedPosition(w, cp);
      endId = cp.posId();
      n++;
    }
    w.endArray().field("endId", endId).endObject();
  }

  private void ordersPending(Call c, JsonWriter w) {
    List<Order> newestFirst = new ArrayList<>(c.account().live.values());
    Collections.reverse(newestFirst);
    orderList(c, w, newestFirst);
  }

  private void ordersHistory(Call c, JsonWriter w) {
    List<Order> done = new ArrayList<>();
    for (Order o : c.account().orders.values()) {
      if (!o.isLive()) {
        done.add(o);
      }
    }
    Collections.reverse(done);
    orderList(c, w, done);
  }

  private void orderList(Call c, JsonWriter w, List<Order> newestFirst) {
    Params p = c.params();
    ProductType type = Exchange.productType(p.required("productType"));
    Market only = p.has("symbol") ? ex.market(p.required("symbol"), type.v2Name()) : null;
    String orderId = p.get("orderId", null);
    String clientOid = p.get("clientOid", null);
    String status = p.get("status", null);
    long idLessThan = p.longValue("idLessThan").orElse(Long.MAX_VALUE);
    long start = p.longValue("startTime").orElse(Long.MIN_VALUE);
    long end = p.longValue("endTime").orElse(Long.MAX_VALUE);
    int limit = p.limit(100, 100);
    w.beginObject().name("entrustedList").beginArray();
    String endId = "";
    int n = 0;
    for (Order o : newestFirst) {
      if (n == limit) {
        break;
      }
      if (o.market.contract.symbol.productType() != type || (only != null && o.market != only)
          || (orderId != null && !orderId.equals(o.orderId)) || (clientOid != null && !clientOid.equals(o.clientOid))
          || (status != null && !status.equals(o.status)) || Long.parseLong(o.orderId) >= idLessThan
          || o.cTime < start || o.cTime > end) {
        continue;
      }
      Wire.restOrder(w, o, "status");
      endId = o.orderId;
      n++;
    }
    w.endArray().field("endId", endId).endObject();
  }

  private void fills(Call c, JsonWriter w) {
    Params p = c.params();
    ProductType type = Exchange.productType(p.required("productType"));
    Market only = p.has("symbol") ? ex.market(p.required("symbol"), type.v2Name()) : null;
    String orderId = p.get("orderId", null);
    long idLessThan = p.longValue("idLessThan").orElse(Long.MAX_VALUE);
    long start = p.longValue("startTime").orElse(Long.MIN_VALUE);
    long end = p.longValue("endTime").orElse(Long.MAX_VALUE);
    int limit = p.limit(100, 100);
    List<Fill> all = c.account().fills;
    w.beginObject().name("fillList").beginArray();
    String endId = "";
    int n = 0;
    for (int i = all.size() - 1; i >= 0 && n < limit; i--) {
      Fill f = all.get(i);
      Order o = f.order();
      if (o.market.contract.symbol.productType() != type || (only != null && o.market != only)
          || (orderId != null && !orderId.equals(o.orderId)) || Long.parseLong(f.tradeId()) >= idLessThan
          || f.cTime() < start || f.cTime() > end) {
        continue;
      }
      Wire.restFill(w, f);
      endId = f.tradeId();
      n++;
    }
    w.endArray().field("endId", endId).endObject();
  }
}
