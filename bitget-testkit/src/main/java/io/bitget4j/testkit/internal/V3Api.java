package io.bitget4j.testkit.internal;

import io.bitget4j.core.ProductType;
import io.bitget4j.testkit.RateLimitGroup;
import io.bitget4j.testkit.internal.RestApi.Call;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import java.util.regex.Pattern;

/**
 * Bitget's V3 REST endpoints ({@code /api/v3/...}), the API of unified trading accounts, on the
 * same engine as {@link V2Api}. V3's requests are read into the engine's wire-independent ones:
 * {@code category} (either case) for {@code productType}, {@code qty} for {@code size}, no
 * {@code marginCoin} (an order takes the symbol's margin mode), {@code side} as the direction
 * of the trade with {@code posSide} naming the position in hedge mode (closing a long is sell +
 * long), {@code reduceOnly} in one-way mode; V2's {@code holdSide}/{@code tradeSide} get 25236.
 * Lists page by cursor (the last row's id, at most 100 rows), batches hold at most 20 orders and
 * report failures per item inside a {@code 00000} envelope. Answers are written by
 * {@link WireV3}.
 */
final class V3Api {
  /** Orders in one {@code place-batch} or {@code cancel-batch}. */
  static final int MAX_BATCH = 20;
  /** Rows per page of a cursor-paged list. */
  static final int MAX_PAGE = 100;
  /** V3's clientOid: 1 to 32 of these characters. */
  private static final Pattern CLIENT_OID = Pattern.compile("[A-Za-z0-9_:-]{1,32}");
  private static final long FUNDING_PERIOD_MILLIS = 8 * 3_600_000L;
  private static final long FUNDING_HISTORY_MILLIS = 90 * 24 * 3_600_000L;

  private final Exchange ex;
  private final FaultState faults;

  V3Api(Exchange ex, FaultState faults) {
    this.ex = ex;
    this.faults = faults;
  }

  void register(RestApi api) {
    ApiVersion v3 = ApiVersion.V3;
    api.get(v3, "/api/v3/public/time", RateLimitGroup.MARKET, false, this::time);
    String market = "/api/v3/market/";
    api.get(v3, market + "instruments", RateLimitGroup.MARKET, false, this::instruments);
    api.get(v3, market + "tickers", RateLimitGroup.MARKET, false, this::tickers);
    api.get(v3, market + "orderbook", RateLimitGroup.MARKET, false, this::orderBook);
    api.get(v3, market + "candles", RateLimitGroup.MARKET, false, (c, w) -> candles(c, w, 1000));
    api.get(v3, market + "history-candles", RateLimitGroup.MARKET, false, (c, w) -> candles(c, w, 100));
    api.get(v3, market + "fills", RateLimitGroup.MARKET, false, this::recentTrades);
    api.get(v3, market + "open-interest", RateLimitGroup.MARKET, false, this::openInterest);
    api.get(v3, market + "current-fund-rate", RateLimitGroup.MARKET, false, this::fundingRate);
    api.get(v3, market + "history-fund-rate", RateLimitGroup.MARKET, false, this::fundingHistory);
    String account = "/api/v3/account/";
    api.get(v3, account + "assets", RateLimitGroup.QUERY, true, this::assets);
    api.get(v3, account + "settings", RateLimitGroup.QUERY, true, this::settings);
    api.post(v3, account + "set-leverage", RateLimitGroup.ACCOUNT, this::setLeverage);
    api.post(v3, account + "set-hold-mode", RateLimitGroup.ACCOUNT, this::setHoldMode);
    api.post(v3, account + "set-margin", RateLimitGroup.ACCOUNT, this::setMargin);
    api.get(v3, "/api/v3/position/current-position", RateLimitGroup.QUERY, true, this::currentPositions);
    api.get(v3, "/api/v3/position/history-position", RateLimitGroup.QUERY, true, this::positionHistory);
    String trade = "/api/v3/trade/";
    api.post(v3, trade + "place-order", RateLimitGroup.TRADE, this::placeOrder);
    api.post(v3, trade + "place-batch", RateLimitGroup.BATCH, this::placeBatch);
    api.post(v3, trade + "modify-order", RateLimitGroup.TRADE, this::modifyOrder);
    api.post(v3, trade + "cancel-order", RateLimitGroup.TRADE, this::cancelOrder);
    api.post(v3, trade + "cancel-batch", RateLimitGroup.BATCH, this::cancelBatch);
    api.post(v3, trade + "cancel-symbol-order", RateLimitGroup.BATCH, this::cancelSymbolOrders);
    api.post(v3, trade + "close-positions", RateLimitGroup.BATCH, this::closePositions);
    api.get(v3, trade + "order-info", RateLimitGroup.QUERY, true, this::orderInfo);
    api.get(v3, trade + "unfilled-orders", RateLimitGroup.QUERY, true, this::unfilledOrders);
    api.get(v3, trade + "history-orders", RateLimitGroup.QUERY, true, this::historyOrders);
    api.get(v3, trade + "fills", RateLimitGroup.QUERY, true, this::fills);
    new V3StrategyApi(ex, this).register(api);
  }

  // ---- parameters ---------------------------------------------------------------------------

  /** The product type of {@code category}, in either case. */
  static Optional<ProductType> category(Params p) {
    Optional<String> name = p.get("category");
    if (name.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(ProductType.fromV2Name(name.get()));
    } catch (IllegalArgumentException e) {
      throw ApiError.invalid("category");
    }
  }

  static ProductType requiredCategory(Params p) {
    return category(p).orElseThrow(() -> ApiError.missing("category"));
  }

  /** The market named by the required {@code category} and {@code symbol}. */
  Market market(Params p) {
    ProductType type = requiredCategory(p);
    return ex.market(p.required("symbol"), type.v2Name());
  }

  /** The market of an optional {@code symbol}; without a category, the first simulated market of that name. */
  Optional<Market> symbolFilter(Params p, Optional<ProductType> type) {
    Optional<String> symbol = p.get("symbol");
    if (symbol.isEmpty()) {
      return Optional.empty();
    }
    if (type.isPresent()) {
      return Optional.of(ex.market(symbol.get(), type.get().v2Name()));
    }
    for (Market m : ex.markets.values()) {
      if (m.contract.symbol.v2Symbol().equalsIgnoreCase(symbol.get())) {
        return Optional.of(m);
      }
    }
    throw ApiError.doesNotExist(symbol.get());
  }

  static boolean matches(Market m, Optional<ProductType> type, Optional<Market> only) {
    return type.map(t -> m.contract.symbol.productType() == t).orElse(true) && only.map(o -> o == m).orElse(true);
  }

  /** A page size: {@code fallback} when absent, 1 to {@code max} when given. */
  private static int pageLimit(Params p, int fallback, int max) {
    long v = p.longValue("limit").orElse((long) fallback);
    if (v < 1 || v > max) {
      throw ApiError.invalid("limit", "must be 1.." + max);
    }
    return (int) v;
  }

  /** The exclusive upper bound on ids that a {@code cursor} (the last row's id of the previous page) sets. */
  private static long cursor(Params p) {
    return p.longValue("cursor").orElse(Long.MAX_VALUE);
  }

  static String clientOid(Params p) {
    String clientOid = p.get("clientOid", "");
    if (!clientOid.isEmpty() && !CLIENT_OID.matcher(clientOid).matches()) {
      throw ApiError.invalid("clientOid", "must be 1 to 32 characters of A-Z, a-z, 0-9, _, : and -");
    }
    return clientOid;
  }

  /**
   * Reads a V3 order. In hedge mode {@code side} is the trade's direction and {@code posSide}
   * the position (open long buy + long, close long sell + long); in one-way mode
   * {@code reduceOnly=yes} closes. V2's {@code holdSide} and {@code tradeSide} get 25236.
   */
  private OrderIntent intent(Account a, Params p) {
    if (p.has("holdSide") || p.has("tradeSide")) {
      throw ApiError.badRequest("25236", "Incorrect position open type");
    }
    Market m = market(p);
    BigDecimal qty = p.requiredPositive("qty");
    String side = p.requiredOneOf("side", "buy", "sell");
    String orderType = p.requiredOneOf("orderType", "limit", "market");
    BigDecimal price = orderType.equals("market") ? null : p.requiredPositive("price");
    String timeInForce = p.oneOf("timeInForce", "gtc", "ioc", "fok", "post_only").orElse("gtc");
    String posSide = null;
    boolean reduceOnly = false;
    if (a.isHedge()) {
      posSide = p.requiredOneOf("posSide", "long", "short");
    } else {
      reduceOnly = p.oneOf("reduceOnly", "yes", "no").orElse("no").equals("yes");
    }
    return new OrderIntent(m, null, qty, price, side, posSide, reduceOnly, orderType, timeInForce, clientOid(p),
        presets(p));
  }

  private static Presets presets(Params p) {
    return new Presets(positiveText(p, "takeProfit"), positiveText(p, "stopLoss"),
        p.oneOf("tpTriggerBy", "market", "mark").orElse(""), p.oneOf("slTriggerBy", "market", "mark").orElse(""),
        p.oneOf("tpOrderType", "limit", "market").orElse(""), p.oneOf("slOrderType", "limit", "market").orElse(""),
        positiveText(p, "tpLimitPrice"), positiveText(p, "slLimitPrice"));
  }

  /** An optional price as sent, checked to be positive; "" when absent. */
  private static String positiveText(Params p, String name) {
    if (!p.has(name)) {
      return "";
    }
    p.requiredPositive(name);
    return p.required(name);
  }

  /** The order named by {@code orderId}, else {@code clientOid} (the newest holder of that id). */
  private static Order find(Account a, Params p) {
    Order o;
    if (p.has("orderId")) {
      o = a.orders.get(p.required("orderId"));
    } else if (p.has("clientOid")) {
      o = a.byClientOid.get(p.required("clientOid"));
    } else {
      throw ApiError.badRequest("40017", "Parameter verification failed: orderId or clientOid cannot be empty");
    }
    if (o == null) {
      throw ApiError.orderNotFound();
    }
    return o;
  }

  /** The order named by {@code p}, which must be on the market its optional {@code category}/{@code symbol} name. */
  private Order findOn(Account a, Params p) {
    Optional<ProductType> type = category(p);
    Optional<Market> only = symbolFilter(p, type);
    Order o = find(a, p);
    if (!matches(o.market, type, only)) {
      throw ApiError.orderNotFound();
    }
    return o;
  }

  // ---- market -------------------------------------------------------------------------------

  private void time(Call c, JsonWriter w) {
    w.beginObject().field("serverTime", Long.toString(c.now())).endObject();
  }

  private void instruments(Call c, JsonWriter w) {
    String category = c.params().required("category");
    if (SpotApi.isSpotCategory(category)) {
      boolean margin = category.equalsIgnoreCase("MARGIN");
      w.beginArray();
      for (SpotReference.Pair p : ex.spot.pairs(c.params().get("symbol", null))) {
        WireV3.spotInstrument(w, p, margin);
      }
      w.endArray();
      return;
    }
    ProductType type = requiredCategory(c.params());
    Optional<Market> only = symbolFilter(c.params(), Optional.of(type));
    w.beginArray();
    for (Market m : ex.markets(type)) {
      if (only.map(o -> o == m).orElse(true)) {
        WireV3.instrument(w, m);
      }
    }
    w.endArray();
  }

  private void tickers(Call c, JsonWriter w) {
    ProductType type = requiredCategory(c.params());
    Optional<Market> only = symbolFilter(c.params(), Optional.of(type));
    w.beginArray();
    for (Market m : ex.markets(type)) {
      if (only.map(o -> o == m).orElse(true)) {
        WireV3.ticker(w, m, c.now());
      }
    }
    w.endArray();
  }

  private void orderBook(Call c, JsonWriter w) {
    Market m = market(c.params());
    int limit = Math.min(pageLimit(c.params(), 5, 200), OrderBook.LEVELS);
    w.beginObject().name("a");
    WireV3.levels(w, m.book.topAsks(limit));
    w.name("b");
    WireV3.levels(w, m.book.topBids(limit));
    w.field("ts", Long.toString(c.now())).endObject();
  }

  private void candles(Call c, JsonWriter w, int maxLimit) {
    Params p = c.params();
    Market m = market(p);
    Interval interval = Interval.byName(p.required("interval")).orElseThrow(() -> ApiError.invalid("interval"));
    // The fake's mark and index follow the last price, so their candles are the market's.
    String type = p.oneOf("type", "market", "mark", "index", "premium").orElse("market");
    if (type.equals("premium")) {
      throw ApiError.invalid("type", "premium is not simulated by FakeBitget; use market, mark or index");
    }
    long start = p.longValue("startTime").orElse(Long.MIN_VALUE);
    long end = p.longValue("endTime").orElse(Long.MAX_VALUE);
    int limit = pageLimit(p, 100, maxLimit);
    w.beginArray();
    for (CandleSeries.Candle candle : m.candles(interval).range(start, end, limit)) {
      WireV3.candle(w, m, candle);
    }
    w.endArray();
  }

  private void recentTrades(Call c, JsonWriter w) {
    Market m = market(c.params());
    int limit = pageLimit(c.params(), 100, 100);
    w.beginArray();
    for (Market.Trade t : m.recentTrades(limit)) {
      WireV3.publicFill(w, m, t);
    }
    w.endArray();
  }

  private void openInterest(Call c, JsonWriter w) {
    ProductType type = requiredCategory(c.params());
    Optional<Market> only = symbolFilter(c.params(), Optional.of(type));
    w.beginObject().name("list").beginArray();
    for (Market m : ex.markets(type)) {
      if (only.map(o -> o == m).orElse(true)) {
        w.beginObject()
            .field("symbol", m.contract.symbol.v2Symbol())
            .field("openInterest", m.holdingAmount())
            .endObject();
      }
    }
    w.endArray().field("ts", Long.toString(c.now())).endObject();
  }

  private void fundingRate(Call c, JsonWriter w) {
    Market m = symbolFilter(c.params(), category(c.params())).orElseThrow(() -> ApiError.missing("symbol"));
    w.beginArray().beginObject()
        .field("symbol", m.contract.symbol.v2Symbol())
        .field("fundingRate", m.fundingRate())
        .field("fundingRateInterval", "8")
        .field("nextUpdate", Long.toString(m.nextFundingTime(c.now())))
        .field("minFundingRate", "-0.003")
        .field("maxFundingRate", "0.003")
        .endObject().endArray();
  }

  /**
   * The funding settlements of the last 90 days, newest first, at the fake's constant rate;
   * {@code cursor} is a page number (1 to 100) here, as Bitget has it.
   */
  private void fundingHistory(Call c, JsonWriter w) {
    Params p = c.params();
    Market m = market(p);
    int limit = pageLimit(p, 200, 200);
    long page = p.longValue("cursor").orElse(1L);
    if (page < 1 || page > 100) {
      throw ApiError.invalid("cursor", "must be a page number 1..100");
    }
    long latest = m.nextFundingTime(c.now()) - FUNDING_PERIOD_MILLIS;
    long oldest = c.now() - FUNDING_HISTORY_MILLIS;
    w.beginObject().name("resultList").beginArray();
    for (long i = (page - 1) * limit; i < page * limit; i++) {
      long settled = latest - i * FUNDING_PERIOD_MILLIS;
      if (settled < oldest) {
        break;
      }
      w.beginObject()
          .field("symbol", m.contract.symbol.v2Symbol())
          .field("fundingRate", m.fundingRate())
          .field("fundingRateTimestamp", Long.toString(settled))
          .endObject();
    }
    w.endArray().endObject();
  }

  // ---- account and positions ----------------------------------------------------------------

  private void assets(Call c, JsonWriter w) {
    WireV3.assets(w, c.account(), ex.marginCoin(), ex.btcPrice());
  }

  private void settings(Call c, JsonWriter w) {
    String accountMode = faults.takeSettingsAccountMode().orElse("unified");
    WireV3.settings(w, c.account(), new ArrayList<>(ex.markets.values()), accountMode);
  }

  /**
   * Sets leverage on a symbol: {@code leverage} for both sides (or the {@code posSide} given)
   * and the cross leverage, {@code longLeverage}/{@code shortLeverage} per side, and with
   * {@code marginMode} the symbol's margin mode first, which V3 has no other endpoint for.
   */
  private void setLeverage(Call c, JsonWriter w) {
    Params p = c.params();
    Market m = market(p);
    Optional<String> marginMode = p.oneOf("marginMode", "isolated", "crossed");
    Optional<Integer> both = p.leverage("leverage");
    Optional<Integer> longLeverage = p.leverage("longLeverage");
    Optional<Integer> shortLeverage = p.leverage("shortLeverage");
    String posSide = p.oneOf("posSide", "long", "short").orElse(null);
    if (both.isEmpty() && longLeverage.isEmpty() && shortLeverage.isEmpty()) {
      throw ApiError.missing("leverage");
    }
    if (marginMode.isPresent()) {
      ex.trading.setMarginMode(c.account(), m, marginMode.get(), c.now());
    }
    ex.trading.setLeverage(c.account(), m, both.orElse(null), longLeverage.orElse(null),
        shortLeverage.orElse(null), posSide, c.now());
    w.value("success");
  }

  private void setHoldMode(Call c, JsonWriter w) {
    String holdMode = c.params().requiredOneOf("holdMode", "one_way_mode", "hedge_mode");
    ex.trading.setPositionMode(c.account(), holdMode, c.now());
    w.value("success");
  }

  /** Adds margin to, or takes added margin back from, one isolated position. */
  private void setMargin(Call c, JsonWriter w) {
    Params p = c.params();
    Market m = market(p);
    String posSide = p.requiredOneOf("posSide", "long", "short");
    String operation = p.requiredOneOf("operation", "add", "remove");
    BigDecimal amount = p.requiredPositive("amount");
    Position position = c.account().position(m.contract.symbol, posSide);
    if (position == null) {
      throw ApiError.invalid("posSide", "names no open position: there is no " + posSide + " position in "
          + m.contract.symbol.v2Symbol());
    }
    ex.trading.adjustMargin(c.account(), position, operation.equals("add") ? amount : amount.negate(), c.now());
    w.value("success");
  }

  private void currentPositions(Call c, JsonWriter w) {
    Params p = c.params();
    Optional<ProductType> type = Optional.of(requiredCategory(p));
    Optional<Market> only = symbolFilter(p, type);
    Optional<String> posSide = p.oneOf("posSide", "long", "short");
    w.beginObject().name("list").beginArray();
    for (Position pos : c.account().positions.values()) {
      if (matches(pos.market, type, only) && posSide.map(pos.holdSide::equals).orElse(true)) {
        WireV3.position(w, c.account(), pos);
      }
    }
    w.endArray().endObject();
  }

  private void positionHistory(Call c, JsonWriter w) {
    Params p = c.params();
    Optional<ProductType> type = Optional.of(requiredCategory(p));
    Optional<Market> only = symbolFilter(p, type);
    List<ClosedPosition> newestFirst = new ArrayList<>(c.account().closedPositions);
    newestFirst.sort((x, y) -> Long.compare(Long.parseLong(y.posId()), Long.parseLong(x.posId())));
    page(p, w, newestFirst, cp -> matches(cp.market(), type, only), ClosedPosition::posId, ClosedPosition::uTime,
        WireV3::closedPosition);
  }

  /**
   * Writes {@code {"list":[..],"cursor":".."}}: the rows of {@code newestFirst} (by descending
   * id) that pass {@code filter}, have an id below the request's {@code cursor} and a time in
   * its {@code startTime..endTime}, up to {@code limit}; the cursor is the last row's id, or ""
   * when the page is empty.
   */
  static <T> void page(Params p, JsonWriter w, List<T> newestFirst, Predicate<T> filter,
      Function<T, String> id, ToLongFunction<T> time, Row<T> row) {
    int limit = pageLimit(p, MAX_PAGE, MAX_PAGE);
    long below = cursor(p);
    long start = p.longValue("startTime").orElse(Long.MIN_VALUE);
    long end = p.longValue("endTime").orElse(Long.MAX_VALUE);
    String last = "";
    int n = 0;
    w.beginObject().name("list").beginArray();
    for (T item : newestFirst) {
      if (n == limit) {
        break;
      }
      long t = time.applyAsLong(item);
      if (!filter.test(item) || Long.parseLong(id.apply(item)) >= below || t < start || t > end) {
        continue;
      }
      row.write(w, item);
      last = id.apply(item);
      n++;
    }
    w.endArray().field("cursor", last).endObject();
  }

  /** Writes one row of a list. */
  interface Row<T> {
    void write(JsonWriter w, T item);
  }

  // ---- orders -------------------------------------------------------------------------------

  private static void ids(JsonWriter w, Order o) {
    w.beginObject().field("clientOid", o.clientOid).field("orderId", o.orderId).endObject();
  }

  /** A failed item of a batch answer, inside its {@code 00000} envelope. */
  private static void failure(JsonWriter w, String orderId, String clientOid, String code, String msg) {
    w.beginObject()
        .field("orderId", orderId)
        .field("clientOid", clientOid)
        .field("code", code)
        .field("msg", msg)
        .endObject();
  }

  private static void failure(JsonWriter w, String orderId, String clientOid, ApiError e) {
    failure(w, orderId, clientOid, e.code(ApiVersion.V3), e.message(ApiVersion.V3));
  }

  private void placeOrder(Call c, JsonWriter w) {
    Order o = ex.trading.place(c.account(), intent(c.account(), c.params()), c.now());
    ids(w, o);
  }

  /** The orders of a batch body: a JSON array of 1 to 20 objects. */
  private static List<Params> batch(Params p) {
    if (!p.isArray()) {
      throw ApiError.invalid("body", "must be a JSON array of 1 to " + MAX_BATCH + " orders");
    }
    if (p.items().size() > MAX_BATCH) {
      throw ApiError.invalid("body", "holds " + p.items().size() + " orders; at most " + MAX_BATCH);
    }
    return p.items();
  }

  /** Places each order of the batch; one that is refused is reported in its place, the others go ahead. */
  private void placeBatch(Call c, JsonWriter w) {
    List<Params> items = batch(c.params());
    String category = items.get(0).get("category", "").toUpperCase(Locale.ROOT);
    w.beginArray();
    for (Params item : items) {
      try {
        if (!item.get("category", "").toUpperCase(Locale.ROOT).equals(category)) {
          throw ApiError.invalid("category", "must be the same for every order of a batch");
        }
        ids(w, ex.trading.place(c.account(), intent(c.account(), item), c.now()));
      } catch (ApiError e) {
        failure(w, "", item.get("clientOid", ""), e);
      }
    }
    w.endArray();
  }

  /**
   * Changes the quantity and/or price of a resting order in place (same ids). With
   * {@code autoCancel=yes} a refused change cancels the order.
   */
  private void modifyOrder(Call c, JsonWriter w) {
    Params p = c.params();
    Account a = c.account();
    Order o = findOn(a, p);
    if (!o.isLive() || o.price == null) {
      throw ApiError.badRequest("25568", "The order does not meet the modification requirements.");
    }
    Optional<BigDecimal> qty = p.has("qty") ? Optional.of(p.requiredPositive("qty")) : Optional.empty();
    Optional<BigDecimal> price = p.has("price") ? Optional.of(p.requiredPositive("price")) : Optional.empty();
    Presets presets = presets(p);
    if (qty.isEmpty() && price.isEmpty() && presets.isEmpty()) {
      throw ApiError.badRequest("40017", "Parameter verification failed: qty or price cannot be empty");
    }
    BigDecimal newQty = qty.orElse(o.size);
    BigDecimal newPrice = price.orElse(o.price);
    if (newQty.compareTo(o.size) == 0 && newPrice.compareTo(o.price) == 0 && presets.isEmpty()) {
      throw ApiError.badRequest("25571",
          "The modification price and qty is the same as the original value. Please adjust and try again.");
    }
    boolean autoCancel = p.oneOf("autoCancel", "yes", "no").orElse("no").equals("yes");
    try {
      ex.trading.amend(a, o, newQty, newPrice, presets, c.now());
    } catch (ApiError e) {
      if (autoCancel && o.isLive()) {
        ex.trading.cancel(a, o, CancelReason.MODIFIED, c.now());
      }
      throw e;
    }
    w.beginObject().field("orderId", o.orderId).field("clientOid", o.clientOid).endObject();
  }

  private void cancelOrder(Call c, JsonWriter w) {
    Order o = findOn(c.account(), c.params());
    if (!o.isLive()) {
      throw ApiError.orderNotOpen("cancel");
    }
    ex.trading.cancel(c.account(), o, CancelReason.USER, c.now());
    ids(w, o);
  }

  /** Cancels each order of the batch; one that cannot be cancelled is reported in its place. */
  private void cancelBatch(Call c, JsonWriter w) {
    List<Params> items = batch(c.params());
    Account a = c.account();
    w.beginArray();
    for (Params item : items) {
      try {
        item.required("category");
        item.required("symbol");
        Order o = findOn(a, item);
        if (!o.isLive()) {
          throw ApiError.orderNotOpen("cancel");
        }
        ex.trading.cancel(a, o, CancelReason.USER, c.now());
        ids(w, o);
      } catch (ApiError e) {
        failure(w, item.get("orderId", ""), item.get("clientOid", ""), e);
      }
    }
    w.endArray();
  }

  /**
   * Writes {@code {"list":[..]}} with one item per order, or, when there were none, the single
   * {@code {"code":"24056","msg":"notExisted"}} item Bitget's documentation shows for these
   * calls, inside a {@code 00000} envelope.
   */
  private static void listOrNotExisted(JsonWriter w, List<Order> orders) {
    w.beginObject().name("list").beginArray();
    for (Order o : orders) {
      w.beginObject().field("orderId", o.orderId).field("clientOid", o.clientOid).endObject();
    }
    if (orders.isEmpty()) {
      failure(w, "", "", "24056", "notExisted");
    }
    w.endArray().endObject();
  }

  private void cancelSymbolOrders(Call c, JsonWriter w) {
    Params p = c.params();
    Optional<ProductType> type = Optional.of(requiredCategory(p));
    Optional<Market> only = symbolFilter(p, type);
    Account a = c.account();
    List<Order> cancelled = new ArrayList<>();
    for (Order o : new ArrayList<>(a.live.values())) {
      if (matches(o.market, type, only)) {
        ex.trading.cancel(a, o, CancelReason.USER, c.now());
        cancelled.add(o);
      }
    }
    listOrNotExisted(w, cancelled);
  }

  private void closePositions(Call c, JsonWriter w) {
    Params p = c.params();
    ProductType type = requiredCategory(p);
    Market only = symbolFilter(p, Optional.of(type)).orElse(null);
    String posSide = p.oneOf("posSide", "long", "short").orElse(null);
    listOrNotExisted(w, ex.trading.closePositions(c.account(), type, only, posSide, c.now()));
  }

  private void orderInfo(Call c, JsonWriter w) {
    WireV3.order(w, find(c.account(), c.params()), WireV3.OrderView.INFO);
  }

  private void unfilledOrders(Call c, JsonWriter w) {
    orders(c, w, category(c.params()), true);
  }

  private void historyOrders(Call c, JsonWriter w) {
    orders(c, w, Optional.of(requiredCategory(c.params())), false);
  }

  private void orders(Call c, JsonWriter w, Optional<ProductType> type, boolean open) {
    Params p = c.params();
    Optional<Market> only = symbolFilter(p, type);
    List<Order> newestFirst = new ArrayList<>(c.account().orders.values());
    Collections.reverse(newestFirst);
    WireV3.OrderView view = open ? WireV3.OrderView.OPEN : WireV3.OrderView.HISTORY;
    page(p, w, newestFirst, o -> o.isLive() == open && matches(o.market, type, only), o -> o.orderId,
        o -> o.cTime, (out, o) -> WireV3.order(out, o, view));
  }

  private void fills(Call c, JsonWriter w) {
    Params p = c.params();
    Optional<ProductType> type = category(p);
    Optional<String> orderId = p.get("orderId");
    List<Fill> newestFirst = new ArrayList<>(c.account().fills);
    Collections.reverse(newestFirst);
    page(p, w, newestFirst,
        f -> matches(f.order().market, type, Optional.empty()) && orderId.map(f.order().orderId::equals).orElse(true),
        Fill::tradeId, Fill::cTime, WireV3::fill);
  }
}
