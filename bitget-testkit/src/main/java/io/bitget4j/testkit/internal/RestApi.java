package io.bitget4j.testkit.internal;

import io.bitget4j.core.ProductType;
import io.bitget4j.testkit.RateLimitGroup;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mockwebserver3.RecordedRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bitget's V2 USDT-futures REST API over the {@link Exchange}: routing, authentication, rate
 * limits, parameter checks and the {@code {"code","msg","requestTime","data"}} envelope.
 */
public final class RestApi {
  private static final Logger log = LoggerFactory.getLogger(RestApi.class);
  private static final String PLACE_ORDER = "POST /api/v2/mix/order/place-order";

  /** An HTTP answer: status, JSON body, and whether to cut the connection instead of answering. */
  public record Reply(int status, String body, boolean cutConnection) {}

  private interface Handler {
    void handle(Call call, JsonWriter data);
  }

  private record Route(RateLimitGroup group, boolean signed, Handler handler) {}

  private record Call(Account account, Params params, long now) {}

  private final Exchange ex;
  private final RateLimits limits;
  private final FaultState faults;
  private final Map<String, Route> routes = new HashMap<>();

  public RestApi(Exchange ex, RateLimits limits, FaultState faults) {
    this.ex = ex;
    this.limits = limits;
    this.faults = faults;
    String market = "/api/v2/mix/market/";
    get("/api/v2/public/time", RateLimitGroup.MARKET, false, this::time);
    get(market + "ticker", RateLimitGroup.MARKET, false, this::ticker);
    get(market + "tickers", RateLimitGroup.MARKET, false, this::tickers);
    get(market + "contracts", RateLimitGroup.MARKET, false, this::contracts);
    get(market + "merge-depth", RateLimitGroup.MARKET, false, this::mergeDepth);
    get(market + "candles", RateLimitGroup.MARKET, false, this::candles);
    get(market + "fills", RateLimitGroup.MARKET, false, this::recentTrades);
    get(market + "current-fund-rate", RateLimitGroup.MARKET, false, this::fundingRate);
    get(market + "open-interest", RateLimitGroup.MARKET, false, this::openInterest);
    get(market + "symbol-price", RateLimitGroup.MARKET, false, this::symbolPrice);
    String account = "/api/v2/mix/account/";
    get(account + "account", RateLimitGroup.ACCOUNT, true, this::account);
    get(account + "accounts", RateLimitGroup.ACCOUNT, true, this::accounts);
    post(account + "set-leverage", RateLimitGroup.SETTINGS, this::setLeverage);
    post(account + "set-margin-mode", RateLimitGroup.SETTINGS, this::setMarginMode);
    post(account + "set-position-mode", RateLimitGroup.SETTINGS, this::setPositionMode);
    get("/api/v2/mix/position/single-position", RateLimitGroup.ACCOUNT, true, this::singlePosition);
    get("/api/v2/mix/position/all-position", RateLimitGroup.SETTINGS, true, this::allPositions);
    String order = "/api/v2/mix/order/";
    post(order + "place-order", RateLimitGroup.TRADE, this::placeOrder);
    post(order + "batch-place-order", RateLimitGroup.TRADE, this::batchPlaceOrder);
    post(order + "cancel-order", RateLimitGroup.TRADE, this::cancelOrder);
    post(order + "batch-cancel-orders", RateLimitGroup.TRADE, this::batchCancelOrders);
    post(order + "modify-order", RateLimitGroup.TRADE, this::modifyOrder);
    post(order + "close-positions", RateLimitGroup.TRADE, this::closePositions);
    get(order + "detail", RateLimitGroup.TRADE, true, this::orderDetail);
    get(order + "orders-pending", RateLimitGroup.TRADE, true, this::ordersPending);
    get(order + "orders-history", RateLimitGroup.TRADE, true, this::ordersHistory);
    get(order + "fills", RateLimitGroup.TRADE, true, this::fills);
  }

  private void get(String path, RateLimitGroup group, boolean signed, Handler handler) {
    routes.put("GET " + path, new Route(group, signed, handler));
  }

  private void post(String path, RateLimitGroup group, Handler handler) {
    routes.put("POST " + path, new Route(group, true, handler));
  }

  /** Answers one REST request. */
  public Reply handle(RecordedRequest request) {
    long now = ex.nowMillis();
    String key = request.getMethod() + " " + request.getUrl().encodedPath();
    Route route = routes.get(key);
    if (route == null) {
      return error(404, "40404", "Request URL NOT FOUND", now);
    }
    try {
      Account account = route.signed() ? Auth.verify(request, ex) : null;
      if (!limits.tryAcquire(route.group(), (account == null ? "ip" : account.apiKey) + " " + key)) {
        return error(429, "429", "Too Many Requests", now);
      }
      Params params = params(request);
      String data;
      synchronized (ex) {
        now = ex.nowMillis();
        JsonWriter w = new JsonWriter();
        try {
          route.handler().handle(new Call(account, params, now), w);
        } finally {
          ex.flush(now);
        }
        data = w.toString();
      }
      boolean cut = key.equals(PLACE_ORDER) && faults.takeLoseNextOrder();
      return new Reply(200, envelope(now, data), cut);
    } catch (ApiError e) {
      return error(e.httpStatus, e.code, e.getMessage(), now);
    } catch (RuntimeException e) {
      log.warn("FakeBitget failed on {}", key, e);
      // 40725 "service exception": clients see a retryable outage, not an authentication failure
      return error(500, "40725", "service exception: internal error in FakeBitget: " + e, now);
    }
  }

  private static Params params(RecordedRequest request) {
    if (request.getMethod().equals("GET")) {
      return Params.ofQuery(Auth.rawQuery(request));
    }
    String body = request.getBody() == null ? "" : request.getBody().string(StandardCharsets.UTF_8);
    if (body.isBlank()) {
      return new Params(new LinkedHashMap<>());
    }
    Object parsed;
    try {
      parsed = JsonParser.parse(body);
    } catch (IllegalArgumentException e) {
      throw ApiError.badRequest("40020", "Parameter verification failed: the body is not valid JSON");
    }
    if (!(parsed instanceof Map)) {
      throw ApiError.badRequest("40020", "Parameter verification failed: the body is not a JSON object");
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> map = (Map<String, Object>) parsed;
    return new Params(map);
  }

  private static String envelope(long now, String data) {
    return new JsonWriter().beginObject()
        .field("code", "00000")
        .field("msg", "success")
        .field("requestTime", now)
        .name("data").raw(data)
        .endObject().toString();
  }

  /** An error answer in Bitget's envelope. */
  public static Reply error(int status, String code, String msg, long now) {
    String body = new JsonWriter().beginObject()
        .field("code", code)
        .field("msg", msg)
        .field("requestTime", now)
        .name("data").nullValue()
        .endObject().toString();
    return new Reply(status, body, false);
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
    Market m = market(p);
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
    ex.trading.setLeverage(c.account(), m, c.params(), c.now());
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

  private void placeOrder(Call c, JsonWriter w) {
    Order o = ex.trading.place(c.account(), c.params(), c.now());
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
        Order o = ex.trading.place(c.account(), merged, c.now());
        success.add(new String[] {o.orderId, o.clientOid});
      } catch (ApiError e) {
        failure.add(new String[] {"", merged.get("clientOid", ""), e.getMessage(), e.code});
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

  private void cancelOrder(Call c, JsonWriter w) {
    Order o = ex.trading.cancel(c.account(), c.params(), c.now());
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
      for (Order o : new ArrayList<>(a.live.values())) {
        if (o.market.contract.symbol.productType() == type && (only == null || o.market == only)) {
          ex.trading.cancel(a, o, "user cancel", c.now());
          success.add(new String[] {o.orderId, o.clientOid});
        }
      }
    } else {
      for (Params item : items) {
        try {
          Order o = ex.trading.find(a, only, item);
          if (!o.isLive()) {
            throw ApiError.badRequest("22001", "No order to cancel");
          }
          ex.trading.cancel(a, o, "user cancel", c.now());
          success.add(new String[] {o.orderId, o.clientOid});
        } catch (ApiError e) {
          failure.add(new String[] {item.get("orderId", ""), item.get("clientOid", ""), e.getMessage(), e.code});
        }
      }
    }
    batchResult(w, success, failure);
  }

  private void modifyOrder(Call c, JsonWriter w) {
    Order original;
    Market m = market(c.params());
    original = ex.trading.find(c.account(), m, c.params());
    Order result = ex.trading.modify(c.account(), c.params(), c.now());
    // Bitget cannot return the replacement's id synchronously: it answers with the original's.
    idPair(w, original.orderId, result.clientOid);
  }

  private void closePositions(Call c, JsonWriter w) {
    List<Order> closed = ex.trading.closePositions(c.account(), c.params(), c.now());
    List<String[]> success = new ArrayList<>();
    for (Order o : closed) {
      success.add(new String[] {o.orderId, o.clientOid});
    }
    batchResult(w, success, Collections.emptyList());
  }

  private void orderDetail(Call c, JsonWriter w) {
    Market m = market(c.params());
    Wire.restOrder(w, ex.trading.find(c.account(), m, c.params()), "state");
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
      Wire.fill(w, f);
      endId = f.tradeId();
      n++;
    }
    w.endArray().field("endId", endId).endObject();
  }
}
