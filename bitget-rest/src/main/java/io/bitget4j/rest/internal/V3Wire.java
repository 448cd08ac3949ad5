package io.bitget4j.rest.internal;

import io.bitget4j.core.AccountMode;
import io.bitget4j.core.BitgetApiException;
import io.bitget4j.core.UnsupportedOnAccountModeException;
import io.bitget4j.core.InvalidRequestException;
import io.bitget4j.core.ProductType;
import io.bitget4j.core.Symbol;
import io.bitget4j.core.internal.QueryParams;
import io.bitget4j.core.model.Account;
import io.bitget4j.core.model.AccountSettings;
import io.bitget4j.core.model.BatchOrderResult;
import io.bitget4j.core.model.Candle;
import io.bitget4j.core.model.CandleInterval;
import io.bitget4j.core.model.BatchOrderFailure;
import io.bitget4j.core.model.ClosedPositionPage;
import io.bitget4j.core.model.ConditionalOrder;
import io.bitget4j.core.model.ConditionalOrderKind;
import io.bitget4j.core.model.ConditionalOrderPage;
import io.bitget4j.core.model.TriggerLeg;
import io.bitget4j.core.model.Contract;
import io.bitget4j.core.model.FillPage;
import io.bitget4j.core.model.FundingRate;
import io.bitget4j.core.model.HoldSide;
import io.bitget4j.core.model.MarginMode;
import io.bitget4j.core.model.OpenInterest;
import io.bitget4j.core.model.Order;
import io.bitget4j.core.model.OrderAck;
import io.bitget4j.core.model.OrderBook;
import io.bitget4j.core.model.OrderPage;
import io.bitget4j.core.model.OrderType;
import io.bitget4j.core.model.Position;
import io.bitget4j.core.model.PositionMode;
import io.bitget4j.core.model.SymbolPrice;
import io.bitget4j.core.model.SymbolSetting;
import io.bitget4j.core.model.Ticker;
import io.bitget4j.core.model.Trade;
import io.bitget4j.core.model.Wallet;
import io.bitget4j.rest.CandleRequest;
import io.bitget4j.rest.ConditionalOrderRequest;
import io.bitget4j.rest.ModifyOrderRequest;
import io.bitget4j.rest.OrderQuery;
import io.bitget4j.rest.OrderRef;
import io.bitget4j.rest.OrderRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The V3 wire of unified trading accounts: {@code /api/v3/...}, {@code category=USDT-FUTURES} plus
 * {@code symbol=BTCUSDT} (no {@code marginCoin}), {@code qty}, {@code timeInForce}, hedge-mode
 * orders as the trade's {@code side} plus {@code posSide} (closing a long is {@code side=sell,
 * posSide=long}), one-way closes as {@code reduceOnly=yes}, paging by {@code cursor}, batches as
 * top-level arrays. Requests carry the canonical case ({@code USDT-FUTURES}, {@code yes}); answers in
 * either case are read.
 *
 * <p>Conditional orders are strategy orders: {@code place-strategy-order} of type {@code tpsl} (a
 * {@code takeProfit} or {@code stopLoss} leg with its {@code *TriggerBy}, {@code *OrderType} and
 * {@code *LimitPrice}, {@code tpslMode} {@code partial} with a {@code qty} or {@code full} for the
 * whole position) or {@code trigger} ({@code triggerPrice}, {@code triggerBy},
 * {@code triggerOrderType}, {@code triggerOrderPrice}, the trade like a {@code place-order}); changed
 * with {@code modify-strategy-order}, cancelled one by one with {@code cancel-strategy-order}, listed
 * per type by {@code unfilled-strategy-orders} (no symbol filter: the client keeps the symbol's rows)
 * and {@code history-strategy-orders}. V3 has no trailing stops.
 */
public final class V3Wire implements Wire {
  /** The one instance; it holds no state. */
  public static final V3Wire INSTANCE = new V3Wire();

  /** The most orders one V3 cancel-batch takes. */
  public static final int MAX_BATCH_CANCELS = 20;
  /** The most candles one V3 request returns. */
  public static final int MAX_CANDLES = 100;
  /** The client's default book depth, as on V2's merge-depth. */
  private static final int DEFAULT_DEPTH = 100;
  private static final Set<CandleInterval> INTERVALS = Set.of(CandleInterval.MINUTE_1, CandleInterval.MINUTE_3,
      CandleInterval.MINUTE_5, CandleInterval.MINUTE_15, CandleInterval.MINUTE_30, CandleInterval.HOUR_1,
      CandleInterval.HOUR_4, CandleInterval.HOUR_6, CandleInterval.HOUR_12, CandleInterval.DAY_1);

  private V3Wire() {}

  @Override
  public AccountMode mode() {
    return AccountMode.UNIFIED;
  }

  @Override
  public RestCall<List<Contract>> contracts(ProductType productType) {
    return RestCall.get(Endpoints.V3_INSTRUMENTS, productQuery(productType).build(), Decoders.contracts(productType));
  }

  @Override
  public RestCall<List<Contract>> contract(Symbol symbol) {
    return RestCall.get(Endpoints.V3_INSTRUMENTS, symbolQuery(symbol).build(),
        Decoders.contracts(symbol.productType()));
  }

  @Override
  public RestCall<Ticker> ticker(Symbol symbol) {
    return RestCall.get(Endpoints.V3_TICKERS, symbolQuery(symbol).build(), Decoders.ticker(symbol.productType()));
  }

  @Override
  public RestCall<List<Ticker>> tickers(ProductType productType) {
    return RestCall.get(Endpoints.V3_TICKERS, productQuery(productType).build(), Decoders.tickers(productType));
  }

  @Override
  public RestCall<OrderBook> orderBook(Symbol symbol, OptionalInt depth) {
    QueryParams query = symbolQuery(symbol).put("limit", depth.orElse(DEFAULT_DEPTH)).build();
    return RestCall.get(Endpoints.V3_ORDERBOOK, query, Decoders.orderBook(symbol));
  }

  @Override
  public RestCall<List<Trade>> recentTrades(Symbol symbol, int limit) {
    return RestCall.get(Endpoints.V3_RECENT_FILLS, symbolQuery(symbol).put("limit", limit).build(),
        Decoders.trades(symbol));
  }

  @Override
  public RestCall<List<Candle>> candles(CandleRequest request) {
    if (!INTERVALS.contains(request.interval())) {
      throw InvalidRequestException.of("interval", request.interval() + " is not offered to unified accounts"
          + " (Bitget V3 has 1m, 3m, 5m, 15m, 30m, 1H, 4H, 6H, 12H and 1D candles)");
    }
    if (request.limit().isPresent() && request.limit().getAsInt() > MAX_CANDLES) {
      throw InvalidRequestException.of("limit", "a unified account (Bitget V3) returns at most " + MAX_CANDLES
          + " candles per request but " + request.limit().getAsInt() + " were asked for; page by startTime");
    }
    QueryParams query = symbolQuery(request.symbol())
        .put("interval", request.interval().restGranularity())
        .put("startTime", V2Wire.millis(request.startTime()))
        .put("endTime", V2Wire.millis(request.endTime()))
        .put("limit", V2Wire.text(request.limit()))
        .build();
    return RestCall.get(Endpoints.V3_CANDLES, query, Decoders.candles());
  }

  @Override
  public RestCall<FundingRate> fundingRate(Symbol symbol) {
    category(symbol.productType(), "symbol");
    // V3's current-fund-rate takes the symbol alone
    QueryParams query = QueryParams.builder().put("symbol", symbol.v2Symbol()).build();
    return RestCall.get(Endpoints.V3_FUNDING_RATE, query, Decoders.fundingRate(symbol.productType()));
  }

  @Override
  public RestCall<OpenInterest> openInterest(Symbol symbol) {
    return RestCall.get(Endpoints.V3_OPEN_INTEREST, symbolQuery(symbol).build(),
        Decoders.openInterest(symbol.productType()));
  }

  @Override
  public RestCall<SymbolPrice> symbolPrice(Symbol symbol) {
    // V3 has no symbol-price endpoint; its ticker carries the last, mark and index prices
    return RestCall.get(Endpoints.V3_TICKERS, symbolQuery(symbol).build(),
        Decoders.symbolPrice(symbol.productType()));
  }

  @Override
  public RestCall<Account> account(Symbol symbol) {
    category(symbol.productType(), "symbol");
    return RestCall.get(Endpoints.V3_ASSETS, QueryParams.empty(), Decoders.walletAccount(symbol.marginCoin()));
  }

  @Override
  public RestCall<List<Account>> accounts(ProductType productType) {
    category(productType, "productType");
    return RestCall.get(Endpoints.V3_ASSETS, QueryParams.empty(), Decoders.walletAccounts());
  }

  @Override
  public RestCall<Wallet> wallet() {
    return RestCall.get(Endpoints.V3_ASSETS, QueryParams.empty(), Decoders.wallet());
  }

  @Override
  public RestCall<AccountSettings> settings() {
    return RestCall.get(Endpoints.V3_SETTINGS, QueryParams.empty(), Decoders.accountSettings());
  }

  @Override
  public RestCall<Void> setLeverage(Symbol symbol, int leverage, Optional<HoldSide> holdSide) {
    JsonBody body = symbolBody(symbol)
        .put("leverage", Integer.toString(leverage))
        .put("posSide", holdSide.map(HoldSide::wireName));
    return RestCall.post(Endpoints.V3_SET_LEVERAGE, body, Decoders.ignored());
  }

  /**
   * V3 has no margin-mode endpoint: {@code set-leverage} takes a {@code marginMode}. The symbol's
   * current leverage is read from the account settings and sent back unchanged with the new mode.
   *
   * @throws IllegalStateException when the settings list no leverage for the symbol: set one first
   */
  @Override
  public void setMarginMode(RestExecutor executor, Symbol symbol, MarginMode marginMode) {
    category(symbol.productType(), "symbol");
    AccountSettings settings = executor.execute(settings());
    SymbolSetting current = settings.symbol(symbol).orElseThrow(() -> new IllegalStateException(
        "the unified account's settings list no leverage for " + symbol + ", and Bitget V3 sets the margin mode"
            + " together with the leverage: call setLeverage(symbol, leverage) first, then setMarginMode"));
    JsonBody body = symbolBody(symbol)
        .put("leverage", Integer.toString(current.leverage()))
        .put("marginMode", marginMode.wireName());
    executor.execute(RestCall.post(Endpoints.V3_SET_LEVERAGE, body, Decoders.ignored()));
  }

  @Override
  public RestCall<Void> setPositionMode(ProductType productType, PositionMode positionMode) {
    category(productType, "productType"); // the hold mode is account-wide on V3
    JsonBody body = JsonBody.object().put("holdMode", positionMode.wireName());
    return RestCall.post(Endpoints.V3_SET_HOLD_MODE, body, Decoders.ignored());
  }

  @Override
  public RestCall<List<Position>> positions(Symbol symbol) {
    return RestCall.get(Endpoints.V3_CURRENT_POSITION, symbolQuery(symbol).build(),
        Decoders.listedPositions(symbol.productType()));
  }

  @Override
  public RestCall<List<Position>> positions(ProductType productType) {
    return RestCall.get(Endpoints.V3_CURRENT_POSITION, productQuery(productType).build(),
        Decoders.listedPositions(productType));
  }

  @Override
  public RestCall<ClosedPositionPage> positionHistory(OrderQuery q) {
    QueryParams query = pageQuery(q).put("symbol", q.symbol().map(Symbol::v2Symbol)).build();
    return RestCall.get(Endpoints.V3_HISTORY_POSITION, query, Decoders.closedPositions(q.productType()));
  }

  @Override
  public RestCall<OrderAck> place(OrderRequest request) {
    return RestCall.post(Endpoints.V3_PLACE_ORDER, order(request, "clientOid"), Decoders.orderAck());
  }

  @Override
  public RestCall<BatchOrderResult> placeBatch(List<OrderRequest> requests) {
    List<JsonBody> items = new ArrayList<>();
    for (int i = 0; i < requests.size(); i++) {
      items.add(order(requests.get(i), "requests[" + i + "].clientOid"));
    }
    return RestCall.post(Endpoints.V3_PLACE_BATCH, JsonBody.array(items), Decoders.batchResult());
  }

  @Override
  public RestCall<Optional<Order>> findOrder(Symbol symbol, String clientOid) {
    QueryParams query = QueryParams.builder().put("clientOid", clientOid).build();
    return RestCall.get(Endpoints.V3_ORDER_INFO, query, Decoders.optionalOrder(symbol.productType()));
  }

  @Override
  public RestCall<Order> detail(Symbol symbol, OrderRef order) {
    category(symbol.productType(), "symbol");
    QueryParams query = QueryParams.builder()
        .put("orderId", order.orderId())
        .put("clientOid", unifiedClientOid(order))
        .build();
    return RestCall.get(Endpoints.V3_ORDER_INFO, query, Decoders.order(symbol.productType()));
  }

  @Override
  public RestCall<OrderAck> cancel(Symbol symbol, OrderRef order) {
    JsonBody body = ref(JsonBody.object(), order);
    return RestCall.post(Endpoints.V3_CANCEL_ORDER, withSymbol(body, symbol), Decoders.orderAck());
  }

  @Override
  public RestCall<BatchOrderResult> cancelBatch(Symbol symbol, List<OrderRef> orders) {
    if (orders.size() > MAX_BATCH_CANCELS) {
      throw InvalidRequestException.of("orders", "a unified account (Bitget V3) cancels at most "
          + MAX_BATCH_CANCELS + " orders per batch but got " + orders.size());
    }
    List<JsonBody> items = new ArrayList<>();
    for (OrderRef order : orders) {
      items.add(withSymbol(ref(JsonBody.object(), order), symbol));
    }
    return RestCall.post(Endpoints.V3_CANCEL_BATCH, JsonBody.array(items), Decoders.batchResult());
  }

  @Override
  public RestCall<BatchOrderResult> cancelAll(Symbol symbol) {
    return RestCall.post(Endpoints.V3_CANCEL_SYMBOL_ORDER, symbolBody(symbol), Decoders.batchResultOrEmpty());
  }

  @Override
  public RestCall<BatchOrderResult> cancelAll(ProductType productType) {
    JsonBody body = JsonBody.object().put("category", category(productType, "productType"));
    return RestCall.post(Endpoints.V3_CANCEL_SYMBOL_ORDER, body, Decoders.batchResultOrEmpty());
  }

  @Override
  public RestCall<OrderAck> modify(ModifyOrderRequest r) {
    if (r.newTakeProfitPrice().isPresent() || r.newStopLossPrice().isPresent()) {
      String field = r.newTakeProfitPrice().isPresent() ? "newTakeProfitPrice" : "newStopLossPrice";
      throw InvalidRequestException.of(field, "a unified account (Bitget V3) modifies only an order's size and"
          + " price; its take-profit and stop-loss are strategy orders of their own");
    }
    JsonBody body = withSymbol(ref(JsonBody.object(), r.order()), r.symbol())
        .put("qty", r.newSize().orElse(null))
        .put("price", r.newPrice().orElse(null));
    return RestCall.post(Endpoints.V3_MODIFY_ORDER, body, Decoders.orderAck());
  }

  @Override
  public RestCall<OrderPage> pending(OrderQuery q) {
    return RestCall.get(Endpoints.V3_UNFILLED_ORDERS, orderListQuery(q), Decoders.orderPage(q.productType()));
  }

  @Override
  public RestCall<OrderPage> history(OrderQuery q) {
    return RestCall.get(Endpoints.V3_HISTORY_ORDERS, orderListQuery(q), Decoders.orderPage(q.productType()));
  }

  @Override
  public RestCall<FillPage> fills(OrderQuery q) {
    // V3's fills take no symbol: the client keeps the symbol's fills of the page
    QueryParams query = pageQuery(q).put("orderId", q.orderId()).build();
    return RestCall.get(Endpoints.V3_FILLS, query, Decoders.fillPage(q.productType(), q.symbol()));
  }

  @Override
  public RestCall<BatchOrderResult> closePositions(Symbol symbol, Optional<HoldSide> holdSide) {
    JsonBody body = symbolBody(symbol).put("posSide", holdSide.map(HoldSide::wireName));
    return RestCall.post(Endpoints.V3_CLOSE_POSITIONS, body, Decoders.batchResultOrEmpty());
  }

  // ---- conditional orders ----

  /** V3's strategy order types. */
  private static final List<String> STRATEGY_TYPES = List.of("tpsl", "trigger");

  @Override
  public void checkConditional(ConditionalOrderRequest request) {
    if (request.kind() == ConditionalOrderKind.TRAILING_STOP) {
      throw new UnsupportedOnAccountModeException(AccountMode.UNIFIED, "a trailing stop is not offered to unified"
          + " trading accounts: Bitget V3's strategy orders are take-profit, stop-loss and trigger orders; protect"
          + " the position with a stop-loss (ConditionalOrderRequest.stopLoss) and move it with"
          + " conditionalOrders().modify(..), or use a classic account");
    }
    ClientOids.checkUnified("clientOid", request.clientOid());
  }

  @Override
  public RestCall<OrderAck> placeConditional(ConditionalOrderRequest r, PositionMode positionMode,
      MarginMode marginMode) {
    checkConditional(r);
    JsonBody body = symbolBody(r.symbol()).put("clientOid", r.clientOid());
    if (r.kind() == ConditionalOrderKind.TRIGGER) {
      boolean hedge = r.tradeSide().isPresent();
      body.put("type", "trigger")
          .put("qty", r.size().orElseThrow())
          .put("side", r.tradeDirection().wireName())
          .put("posSide", hedge ? r.positionSide().orElseThrow().wireName() : null)
          .put("reduceOnly", !hedge && r.reduceOnly() ? "yes" : null)
          .put("triggerBy", r.triggerPriceType().v3Name())
          .put("triggerPrice", r.triggerPrice())
          .put("triggerOrderType", r.limitPrice().isPresent() ? "limit" : "market")
          .put("triggerOrderPrice", r.limitPrice().orElse(null));
    } else {
      body.put("type", "tpsl")
          .put("tpslMode", r.wholePosition() ? "full" : "partial")
          .put("qty", r.size().orElse(null))
          .put("side", r.tradeDirection().wireName())
          .put("posSide", r.positionSide().orElseThrow().wireName());
      leg(body, r.kind() == ConditionalOrderKind.TAKE_PROFIT,
          new TriggerLeg(r.triggerPrice(), r.triggerPriceType(), r.limitPrice()));
    }
    return RestCall.post(Endpoints.V3_PLACE_STRATEGY_ORDER, body, Decoders.orderAck());
  }

  /** A TP/SL leg: {@code takeProfit}, {@code tpTriggerBy}, {@code tpOrderType}, {@code tpLimitPrice}, or the {@code sl} twins. */
  private static JsonBody leg(JsonBody body, boolean takeProfit, TriggerLeg leg) {
    String prefix = takeProfit ? "tp" : "sl";
    return body
        .put(takeProfit ? "takeProfit" : "stopLoss", leg.triggerPrice())
        .put(prefix + "TriggerBy", leg.priceType().v3Name())
        .put(prefix + "OrderType", leg.isMarket() ? "market" : "limit")
        .put(prefix + "LimitPrice", leg.limitPrice().orElse(null));
  }

  @Override
  public Optional<OrderAck> findConditional(RestExecutor executor, ConditionalOrderRequest r) {
    String type = r.kind() == ConditionalOrderKind.TRIGGER ? "trigger" : "tpsl";
    QueryParams query = productQuery(r.symbol().productType()).put("type", type).build();
    return PendingConditional.findByClientOid(executor, r.clientOid(), List.of(
        RestCall.get(Endpoints.V3_UNFILLED_STRATEGY_ORDERS, query,
            Decoders.pendingConditional(r.symbol().productType())),
        RestCall.get(Endpoints.V3_HISTORY_STRATEGY_ORDERS, query,
            Decoders.conditionalHistory(r.symbol().productType()))));
  }

  @Override
  public List<PendingConditional> pendingConditional(RestExecutor executor, ProductType productType,
      Optional<Symbol> symbol) {
    List<PendingConditional> all = new ArrayList<>();
    for (String type : STRATEGY_TYPES) {
      QueryParams query = productQuery(productType).put("type", type).build();
      ConditionalOrderPage page = executor.execute(
          RestCall.get(Endpoints.V3_UNFILLED_STRATEGY_ORDERS, query, Decoders.pendingConditional(productType)));
      for (ConditionalOrder o : page.orders()) {
        if (symbol.map(o.symbol()::equals).orElse(true)) {
          all.add(new PendingConditional(o, type));
        }
      }
    }
    all.sort((a, b) -> PendingConditional.NEWEST_FIRST.compare(a.order(), b.order()));
    return List.copyOf(all);
  }

  /**
   * Lists each strategy type below the cursor and keeps the newest {@code limit} rows of both, as
   * V2's families; V3 takes no symbol here, so the client keeps the symbol's rows of the page.
   */
  @Override
  public ConditionalOrderPage conditionalHistory(RestExecutor executor, OrderQuery q) {
    if (q.orderId().isPresent()) {
      throw InvalidRequestException.of("orderId", "a unified account (Bitget V3) lists strategy orders without an"
          + " order filter");
    }
    int limit = q.limit().orElse(OrderQuery.MAX_LIMIT);
    List<ConditionalOrder> all = new ArrayList<>();
    for (String type : STRATEGY_TYPES) {
      QueryParams query = pageQuery(q).put("type", type).put("limit", Integer.toString(limit)).build();
      for (ConditionalOrder o : executor.execute(RestCall.get(Endpoints.V3_HISTORY_STRATEGY_ORDERS, query,
          Decoders.conditionalHistory(q.productType()))).orders()) {
        if (q.symbol().map(o.symbol()::equals).orElse(true)) {
          all.add(o);
        }
      }
    }
    return V2Wire.mergedPage(all, limit);
  }

  @Override
  public RestCall<OrderAck> modifyConditional(PendingConditional pending, ConditionalChecks.Change change) {
    ConditionalOrder o = pending.order();
    JsonBody body = JsonBody.object()
        .put("orderId", o.orderId())
        .put("qty", change.size().orElse(null));
    TriggerLeg leg = change.leg();
    if (o.kind() == ConditionalOrderKind.TRIGGER) {
      body.put("triggerBy", leg.priceType().v3Name())
          .put("triggerPrice", leg.triggerPrice())
          .put("triggerOrderType", leg.isMarket() ? "market" : "limit")
          .put("triggerOrderPrice", leg.limitPrice().orElse(null));
    } else {
      leg(body, o.kind() == ConditionalOrderKind.TAKE_PROFIT, leg);
    }
    return RestCall.post(Endpoints.V3_MODIFY_STRATEGY_ORDER, body, Decoders.orderAck());
  }

  /** One {@code cancel-strategy-order} per order (V3 has no batch for them); a refusal is that order's failure. */
  @Override
  public BatchOrderResult cancelConditional(RestExecutor executor, Symbol symbol, List<PendingConditional> orders) {
    List<OrderAck> successes = new ArrayList<>();
    List<BatchOrderFailure> failures = new ArrayList<>();
    for (PendingConditional p : orders) {
      ConditionalOrder o = p.order();
      JsonBody body = JsonBody.object().put("orderId", o.orderId());
      try {
        executor.execute(RestCall.post(Endpoints.V3_CANCEL_STRATEGY_ORDER, body, Decoders.ignored()));
        successes.add(new OrderAck(o.orderId(), o.clientOid()));
      } catch (BitgetApiException e) {
        failures.add(PendingConditional.refused(o, e));
      }
    }
    return new BatchOrderResult(successes, failures);
  }

  @Override
  public BitgetApiException conditionalNotPending(Symbol symbol, OrderRef order) {
    return BitgetApiException.of("25597", "Strategy does not exist or has already been stopped: no pending"
        + " conditional order with " + order + " on " + symbol + "; it may have triggered or been cancelled (see"
        + " conditionalOrders().history(..))", 200, Endpoints.V3_UNFILLED_STRATEGY_ORDERS.method(),
        Endpoints.V3_UNFILLED_STRATEGY_ORDERS.path());
  }

  @Override
  public String toString() {
    return "V3 (unified)";
  }

  /**
   * A place-order body, also a place-batch item: the trade's direction, the hedge position as
   * {@code posSide}, a one-way close as {@code reduceOnly=yes}; no {@code marginCoin}, no margin mode
   * (a per-contract setting on V3), no {@code tradeSide} (V3 refuses V2's with 25236).
   */
  private static JsonBody order(OrderRequest r, String clientOidField) {
    ClientOids.checkUnified(clientOidField, r.clientOid());
    boolean hedge = r.positionSide().isPresent();
    return symbolBody(r.symbol())
        .put("qty", r.size())
        .put("price", r.price().orElse(null))
        .put("side", r.tradeDirection().wireName())
        .put("orderType", r.orderType().wireName())
        .put("timeInForce", r.orderType() == OrderType.LIMIT ? r.timeInForce().wireName() : null)
        .put("posSide", r.positionSide().map(HoldSide::wireName))
        .put("reduceOnly", r.reduceOnly() && !hedge ? "yes" : null)
        .put("clientOid", r.clientOid())
        .put("takeProfit", r.presetTakeProfitPrice().orElse(null))
        .put("stopLoss", r.presetStopLossPrice().orElse(null));
  }

  /** The order's id, or its client id checked against the unified rule. */
  private static JsonBody ref(JsonBody body, OrderRef order) {
    return body.put("orderId", order.orderId()).put("clientOid", unifiedClientOid(order));
  }

  private static String unifiedClientOid(OrderRef order) {
    return order.clientOid().map(id -> ClientOids.checkUnified("clientOid", id)).orElse(null);
  }

  private static JsonBody withSymbol(JsonBody body, Symbol symbol) {
    return body.put("category", category(symbol.productType(), "symbol")).put("symbol", symbol.v2Symbol());
  }

  /** {@code category} then {@code symbol}. */
  private static JsonBody symbolBody(Symbol symbol) {
    return withSymbol(JsonBody.object(), symbol);
  }

  private static QueryParams.Builder productQuery(ProductType productType) {
    return QueryParams.builder().put("category", category(productType, "productType"));
  }

  private static QueryParams.Builder symbolQuery(Symbol symbol) {
    return QueryParams.builder()
        .put("category", category(symbol.productType(), "symbol"))
        .put("symbol", symbol.v2Symbol());
  }

  /** The product type, time window, page size and cursor of a list request. */
  private static QueryParams.Builder pageQuery(OrderQuery q) {
    return productQuery(q.productType())
        .put("startTime", V2Wire.millis(q.startTime()))
        .put("endTime", V2Wire.millis(q.endTime()))
        .put("limit", V2Wire.text(q.limit()))
        .put("cursor", q.cursor());
  }

  private static QueryParams orderListQuery(OrderQuery q) {
    if (q.orderId().isPresent()) {
      throw InvalidRequestException.of("orderId", "a unified account (Bitget V3) lists orders without an order"
          + " filter; look one order up with detail(symbol, OrderRef.orderId(..))");
    }
    return pageQuery(q).put("symbol", q.symbol().map(Symbol::v2Symbol)).build();
  }

  /**
   * The V3 {@code category}: the product's name, {@code USDT-FUTURES}. V3 has no demo categories:
   * a unified demo account trades the live product types with {@code demoTrading(true)}.
   */
  private static String category(ProductType productType, String field) {
    if (productType.isDemo()) {
      throw InvalidRequestException.of(field, productType + " is a classic demo product type; a unified account"
          + " (Bitget V3) has no demo categories: trade the live product type (such as BTCUSDT_UMCBL) with"
          + " BitgetRestClient.builder().demoTrading(true)");
    }
    return productType.v2Name();
  }
}
