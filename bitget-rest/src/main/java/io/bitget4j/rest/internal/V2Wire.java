package io.bitget4j.rest.internal;

import io.bitget4j.core.AccountMode;
import io.bitget4j.core.ProductType;
import io.bitget4j.core.Symbol;
import io.bitget4j.core.internal.QueryParams;
import io.bitget4j.core.model.Account;
import io.bitget4j.core.model.AccountSettings;
import io.bitget4j.core.model.BatchOrderResult;
import io.bitget4j.core.model.Candle;
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
import io.bitget4j.core.model.Side;
import io.bitget4j.core.model.SymbolPrice;
import io.bitget4j.core.model.Ticker;
import io.bitget4j.core.model.Trade;
import io.bitget4j.core.model.Wallet;
import io.bitget4j.core.BitgetApiException;
import io.bitget4j.core.InvalidRequestException;
import io.bitget4j.rest.CandleRequest;
import io.bitget4j.rest.ConditionalOrderRequest;
import io.bitget4j.rest.ModifyOrderRequest;
import io.bitget4j.rest.OrderQuery;
import io.bitget4j.rest.OrderRef;
import io.bitget4j.rest.OrderRequest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The V2 wire of classic accounts: {@code /api/v2/mix/...}, {@code symbol=BTCUSDT} plus
 * {@code productType=USDT-FUTURES} and {@code marginCoin}, {@code size}, {@code force}, hedge-mode
 * orders as {@code side} (the position) plus {@code tradeSide}, paging by {@code idLessThan}.
 *
 * <p>Conditional orders are plan orders: a take-profit or stop-loss for part of a position is a
 * {@code place-tpsl-order} of plan type {@code profit_plan} or {@code loss_plan}, for the whole
 * position a {@code place-pos-tpsl} ({@code pos_profit}, {@code pos_loss}); a trigger order is a
 * {@code place-plan-order} of plan type {@code normal_plan}, a trailing stop one of {@code track_plan}.
 * They are listed in three families ({@code normal_plan}, {@code track_plan}, {@code profit_loss}),
 * changed with {@code modify-tpsl-order} or {@code modify-plan-order} and cancelled with
 * {@code cancel-plan-order}, which need each order's plan type.
 */
public final class V2Wire implements Wire {
  /** The one instance; it holds no state. */
  public static final V2Wire INSTANCE = new V2Wire();

  private V2Wire() {}

  @Override
  public AccountMode mode() {
    return AccountMode.CLASSIC;
  }

  @Override
  public RestCall<List<Contract>> contracts(ProductType productType) {
    return RestCall.get(Endpoints.CONTRACTS, productQuery(productType).build(), Decoders.contracts(productType));
  }

  @Override
  public RestCall<List<Contract>> contract(Symbol symbol) {
    return RestCall.get(Endpoints.CONTRACTS, symbolQuery(symbol).build(), Decoders.contracts(symbol.productType()));
  }

  @Override
  public RestCall<Ticker> ticker(Symbol symbol) {
    return RestCall.get(Endpoints.TICKER, symbolQuery(symbol).build(), Decoders.ticker(symbol.productType()));
  }

  @Override
  public RestCall<List<Ticker>> tickers(ProductType productType) {
    return RestCall.get(Endpoints.TICKERS, productQuery(productType).build(), Decoders.tickers(productType));
  }

  @Override
  public RestCall<OrderBook> orderBook(Symbol symbol, OptionalInt depth) {
    QueryParams.Builder query = symbolQuery(symbol);
    if (depth.isPresent()) {
      query.put("limit", depth.getAsInt());
    }
    return RestCall.get(Endpoints.MERGE_DEPTH, query.build(), Decoders.orderBook(symbol));
  }

  @Override
  public RestCall<List<Trade>> recentTrades(Symbol symbol, int limit) {
    return RestCall.get(Endpoints.RECENT_TRADES, symbolQuery(symbol).put("limit", limit).build(),
        Decoders.trades(symbol));
  }

  @Override
  public RestCall<List<Candle>> candles(CandleRequest request) {
    QueryParams query = symbolQuery(request.symbol())
        .put("granularity", request.interval().restGranularity())
        .put("startTime", millis(request.startTime()))
        .put("endTime", millis(request.endTime()))
        .put("limit", text(request.limit()))
        .build();
    return RestCall.get(Endpoints.CANDLES, query, Decoders.candles());
  }

  @Override
  public RestCall<FundingRate> fundingRate(Symbol symbol) {
    return RestCall.get(Endpoints.FUNDING_RATE, symbolQuery(symbol).build(),
        Decoders.fundingRate(symbol.productType()));
  }

  @Override
  public RestCall<OpenInterest> openInterest(Symbol symbol) {
    return RestCall.get(Endpoints.OPEN_INTEREST, symbolQuery(symbol).build(),
        Decoders.openInterest(symbol.productType()));
  }

  @Override
  public RestCall<SymbolPrice> symbolPrice(Symbol symbol) {
    return RestCall.get(Endpoints.SYMBOL_PRICE, symbolQuery(symbol).build(),
        Decoders.symbolPrice(symbol.productType()));
  }

  @Override
  public RestCall<Account> account(Symbol symbol) {
    return RestCall.get(Endpoints.ACCOUNT, symbolQuery(symbol).put("marginCoin", symbol.marginCoin()).build(),
        Decoders.account());
  }

  @Override
  public RestCall<List<Account>> accounts(ProductType productType) {
    return RestCall.get(Endpoints.ACCOUNTS, productQuery(productType).build(), Decoders.accounts());
  }

  @Override
  public RestCall<Wallet> wallet() {
    throw new UnsupportedOperationException("a classic account has no unified wallet: it keeps one account per"
        + " margin coin and product type; use accounts(ProductType)");
  }

  @Override
  public RestCall<AccountSettings> settings() {
    throw new UnsupportedOperationException("account settings are a unified account's (V3); a classic account"
        + " reports its margin mode and position mode with each account (accounts(ProductType))");
  }

  @Override
  public RestCall<Void> setLeverage(Symbol symbol, int leverage, Optional<HoldSide> holdSide) {
    JsonBody body = symbolBody(symbol)
        .put("leverage", Integer.toString(leverage))
        .put("holdSide", holdSide.map(HoldSide::wireName));
    return RestCall.post(Endpoints.SET_LEVERAGE, body, Decoders.ignored());
  }

  @Override
  public void setMarginMode(RestExecutor executor, Symbol symbol, MarginMode marginMode) {
    JsonBody body = symbolBody(symbol).put("marginMode", marginMode.wireName());
    executor.execute(RestCall.post(Endpoints.SET_MARGIN_MODE, body, Decoders.ignored()));
  }

  @Override
  public RestCall<Void> setPositionMode(ProductType productType, PositionMode positionMode) {
    JsonBody body = JsonBody.object()
        .put("productType", productType.v2Name())
        .put("posMode", positionMode.wireName());
    return RestCall.post(Endpoints.SET_POSITION_MODE, body, Decoders.ignored());
  }

  @Override
  public RestCall<List<Position>> positions(Symbol symbol) {
    return RestCall.get(Endpoints.SINGLE_POSITION,
        symbolQuery(symbol).put("marginCoin", symbol.marginCoin()).build(), Decoders.positions(symbol.productType()));
  }

  @Override
  public RestCall<List<Position>> positions(ProductType productType) {
    QueryParams query = productQuery(productType).put("marginCoin", productType.fixedMarginCoin()).build();
    return RestCall.get(Endpoints.ALL_POSITION, query, Decoders.positions(productType));
  }

  @Override
  public RestCall<ClosedPositionPage> positionHistory(OrderQuery q) {
    return RestCall.get(Endpoints.HISTORY_POSITION, listQuery(q), Decoders.closedPositions(q.productType()));
  }

  @Override
  public RestCall<OrderAck> place(OrderRequest r) {
    JsonBody body = symbolBody(r.symbol(), false)
        .put("marginMode", r.marginMode().wireName())
        .put("marginCoin", r.symbol().marginCoin());
    return RestCall.post(Endpoints.PLACE_ORDER, orderFields(body, r), Decoders.orderAck());
  }

  @Override
  public RestCall<BatchOrderResult> placeBatch(List<OrderRequest> requests) {
    OrderRequest first = requests.get(0);
    List<JsonBody> items = new ArrayList<>();
    for (OrderRequest r : requests) {
      items.add(orderFields(JsonBody.object(), r));
    }
    JsonBody body = symbolBody(first.symbol())
        .put("marginMode", first.marginMode().wireName())
        .put("orderList", items);
    return RestCall.post(Endpoints.BATCH_PLACE_ORDER, body, Decoders.batchResult());
  }

  @Override
  public RestCall<Optional<Order>> findOrder(Symbol symbol, String clientOid) {
    return RestCall.get(Endpoints.ORDER_DETAIL, detailQuery(symbol, OrderRef.clientOid(clientOid)),
        Decoders.optionalOrder(symbol.productType()));
  }

  @Override
  public RestCall<Order> detail(Symbol symbol, OrderRef order) {
    return RestCall.get(Endpoints.ORDER_DETAIL, detailQuery(symbol, order), Decoders.order(symbol.productType()));
  }

  @Override
  public RestCall<OrderAck> cancel(Symbol symbol, OrderRef order) {
    JsonBody body = symbolBody(symbol).put("orderId", order.orderId()).put("clientOid", order.clientOid());
    return RestCall.post(Endpoints.CANCEL_ORDER, body, Decoders.orderAck());
  }

  @Override
  public RestCall<BatchOrderResult> cancelBatch(Symbol symbol, List<OrderRef> orders) {
    List<JsonBody> list = new ArrayList<>();
    for (OrderRef order : orders) {
      list.add(JsonBody.object().put("orderId", order.orderId()).put("clientOid", order.clientOid()));
    }
    return RestCall.post(Endpoints.BATCH_CANCEL_ORDERS, symbolBody(symbol).put("orderIdList", list),
        Decoders.batchResult());
  }

  @Override
  public RestCall<BatchOrderResult> cancelAll(Symbol symbol) {
    // batch-cancel-orders without an orderIdList cancels every open order of the symbol
    return RestCall.post(Endpoints.BATCH_CANCEL_ORDERS, symbolBody(symbol), Decoders.batchResultOrEmpty());
  }

  @Override
  public RestCall<BatchOrderResult> cancelAll(ProductType productType) {
    JsonBody body = JsonBody.object()
        .put("productType", productType.v2Name())
        .put("marginCoin", productType.fixedMarginCoin());
    return RestCall.post(Endpoints.CANCEL_ALL_ORDERS, body, Decoders.batchResultOrEmpty());
  }

  @Override
  public RestCall<OrderAck> modify(ModifyOrderRequest r) {
    JsonBody body = JsonBody.object()
        .put("orderId", r.order().orderId())
        .put("clientOid", r.order().clientOid())
        .put("symbol", r.symbol().v2Symbol())
        .put("productType", r.symbol().productType().v2Name())
        .put("marginCoin", r.symbol().marginCoin())
        .put("newClientOid", r.newClientOid())
        .put("newSize", r.newSize().orElse(null))
        .put("newPrice", r.newPrice().orElse(null))
        .put("newPresetStopSurplusPrice", r.newTakeProfitPrice().orElse(null))
        .put("newPresetStopLossPrice", r.newStopLossPrice().orElse(null));
    return RestCall.post(Endpoints.MODIFY_ORDER, body, Decoders.orderAck());
  }

  @Override
  public RestCall<OrderPage> pending(OrderQuery q) {
    return RestCall.get(Endpoints.ORDERS_PENDING, listQuery(q), Decoders.orderPage(q.productType()));
  }

  @Override
  public RestCall<OrderPage> history(OrderQuery q) {
    return RestCall.get(Endpoints.ORDERS_HISTORY, listQuery(q), Decoders.orderPage(q.productType()));
  }

  @Override
  public RestCall<FillPage> fills(OrderQuery q) {
    return RestCall.get(Endpoints.FILLS, listQuery(q), Decoders.fillPage(q.productType()));
  }

  @Override
  public RestCall<BatchOrderResult> closePositions(Symbol symbol, Optional<HoldSide> holdSide) {
    JsonBody body = symbolBody(symbol, false).put("holdSide", holdSide.map(HoldSide::wireName));
    return RestCall.post(Endpoints.CLOSE_POSITIONS, body, Decoders.batchResult());
  }

  // ---- conditional orders ----

  /** The list families of {@code orders-plan-pending} and {@code orders-plan-history}. */
  private static final List<String> PLAN_FAMILIES = List.of("normal_plan", "track_plan", "profit_loss");

  @Override
  public void checkConditional(ConditionalOrderRequest request) {
    // a classic account offers every kind, and the request checked its client id when it was built
  }

  @Override
  public RestCall<OrderAck> placeConditional(ConditionalOrderRequest r, PositionMode positionMode,
      MarginMode marginMode) {
    boolean hedge = positionMode == PositionMode.HEDGE;
    switch (r.kind()) {
      case TAKE_PROFIT:
      case STOP_LOSS:
        return r.wholePosition() ? positionTpsl(r, hedge) : tpsl(r, hedge);
      case TRIGGER:
        // a trigger order says its mode itself: open/close in hedge mode, a side in one-way mode
        return plan(r, marginMode, r.tradeSide().isPresent());
      case TRAILING_STOP:
        return plan(r, marginMode, hedge);
      default:
        throw new IllegalArgumentException("not a kind to place: " + r.kind());
    }
  }

  /** {@code place-tpsl-order}: part of a position, {@code holdSide} long/short (hedge) or buy/sell (one-way). */
  private static RestCall<OrderAck> tpsl(ConditionalOrderRequest r, boolean hedge) {
    JsonBody body = symbolBody(r.symbol())
        .put("planType", r.kind() == ConditionalOrderKind.TAKE_PROFIT ? "profit_plan" : "loss_plan")
        .put("triggerPrice", r.triggerPrice())
        .put("triggerType", r.triggerPriceType().wireName())
        .put("executePrice", r.limitPrice().orElse(null))
        .put("holdSide", holdSide(r.positionSide().orElseThrow(), hedge))
        .put("size", r.size().orElseThrow())
        .put("clientOid", r.clientOid());
    return RestCall.post(Endpoints.PLACE_TPSL_ORDER, body, Decoders.orderAck());
  }

  /** {@code place-pos-tpsl} with one leg: the whole position, whatever its size when it fires. */
  private static RestCall<OrderAck> positionTpsl(ConditionalOrderRequest r, boolean hedge) {
    String leg = r.kind() == ConditionalOrderKind.TAKE_PROFIT ? "stopSurplus" : "stopLoss";
    JsonBody body = symbolBody(r.symbol())
        .put("holdSide", holdSide(r.positionSide().orElseThrow(), hedge))
        .put(leg + "TriggerPrice", r.triggerPrice())
        .put(leg + "TriggerType", r.triggerPriceType().wireName())
        .put(leg + "ExecutePrice", r.limitPrice().orElse(null))
        .put(leg + "ClientOid", r.clientOid());
    return RestCall.post(Endpoints.PLACE_POS_TPSL, body, Decoders.positionTpslAck());
  }

  /**
   * {@code place-plan-order}: a trigger order ({@code normal_plan}) or a trailing stop
   * ({@code track_plan}), its trade written like a {@code place-order}: in hedge mode {@code side} names
   * the position and {@code tradeSide} whether it opens or closes; in one-way mode {@code side} is the
   * trade's direction, and a closing order is {@code reduceOnly}.
   */
  private static RestCall<OrderAck> plan(ConditionalOrderRequest r, MarginMode marginMode, boolean hedge) {
    return RestCall.post(Endpoints.PLACE_PLAN_ORDER, planBody(r, marginMode, hedge), Decoders.orderAck());
  }

  private static JsonBody planBody(ConditionalOrderRequest r, MarginMode marginMode, boolean hedge) {
    boolean trailing = r.kind() == ConditionalOrderKind.TRAILING_STOP;
    Side side = hedge ? (r.positionSide().orElseThrow() == HoldSide.LONG ? Side.BUY : Side.SELL) : r.tradeDirection();
    return JsonBody.object()
        .put("planType", trailing ? "track_plan" : "normal_plan")
        .put("symbol", r.symbol().v2Symbol())
        .put("productType", r.symbol().productType().v2Name())
        .put("marginMode", marginMode.wireName())
        .put("marginCoin", r.symbol().marginCoin())
        .put("size", r.size().orElseThrow())
        .put("price", r.limitPrice().orElse(null))
        .put("callbackRatio", r.callbackRatio().orElse(null))
        .put("triggerPrice", r.triggerPrice())
        .put("triggerType", r.triggerPriceType().wireName())
        .put("side", side.wireName())
        .put("tradeSide", hedge ? r.tradeSide().orElseThrow().wireName() : null)
        .put("orderType", r.limitPrice().isPresent() ? "limit" : "market")
        .put("clientOid", r.clientOid())
        .put("reduceOnly", !hedge && r.reduceOnly() ? "YES" : null);
  }

  /** V2's {@code holdSide} of a TP/SL order: the position, {@code long}/{@code short} in hedge mode, {@code buy}/{@code sell} in one-way mode. */
  private static String holdSide(HoldSide position, boolean hedge) {
    if (hedge) {
      return position.wireName();
    }
    return position == HoldSide.LONG ? "buy" : "sell";
  }

  @Override
  public Optional<OrderAck> findConditional(RestExecutor executor, ConditionalOrderRequest r) {
    QueryParams query = symbolQuery(r.symbol()).put("planType", family(r.kind())).put("clientOid", r.clientOid())
        .build();
    return PendingConditional.findByClientOid(executor, r.clientOid(), List.of(
        RestCall.get(Endpoints.ORDERS_PLAN_PENDING, query, Decoders.pendingConditional(r.symbol().productType())),
        RestCall.get(Endpoints.ORDERS_PLAN_HISTORY, query, Decoders.conditionalHistory(r.symbol().productType()))));
  }

  private static String family(ConditionalOrderKind kind) {
    return kind == ConditionalOrderKind.TRIGGER ? "normal_plan"
        : kind == ConditionalOrderKind.TRAILING_STOP ? "track_plan" : "profit_loss";
  }

  @Override
  public List<PendingConditional> pendingConditional(RestExecutor executor, ProductType productType,
      Optional<Symbol> symbol) {
    List<PendingConditional> all = new ArrayList<>();
    for (String family : PLAN_FAMILIES) {
      QueryParams query = productQuery(productType)
          .put("symbol", symbol.map(Symbol::v2Symbol))
          .put("planType", family)
          .put("limit", Integer.toString(OrderQuery.MAX_LIMIT))
          .build();
      ConditionalOrderPage page = executor.execute(
          RestCall.get(Endpoints.ORDERS_PLAN_PENDING, query, Decoders.pendingConditional(productType)));
      for (ConditionalOrder o : page.orders()) {
        all.add(new PendingConditional(o, planType(family, o)));
      }
    }
    all.sort((a, b) -> PendingConditional.NEWEST_FIRST.compare(a.order(), b.order()));
    return List.copyOf(all);
  }

  /** The plan type of a row of {@code family}: a {@code profit_loss} row's from its kind and size. */
  private static String planType(String family, ConditionalOrder o) {
    if (!family.equals("profit_loss")) {
      return family;
    }
    switch (o.kind()) {
      case TAKE_PROFIT:
        return o.wholePosition() ? "pos_profit" : "profit_plan";
      case STOP_LOSS:
        return o.wholePosition() ? "pos_loss" : "loss_plan";
      case TRAILING_STOP:
        return "moving_plan";
      default:
        return family;
    }
  }

  /**
   * Lists each family below the cursor and keeps the newest {@code limit} rows of all three: Bitget's
   * ids grow with time across families, so the last row's id is the cursor of the next page.
   */
  @Override
  public ConditionalOrderPage conditionalHistory(RestExecutor executor, OrderQuery q) {
    int limit = q.limit().orElse(OrderQuery.MAX_LIMIT);
    List<ConditionalOrder> all = new ArrayList<>();
    for (String family : PLAN_FAMILIES) {
      QueryParams query = productQuery(q.productType())
          .put("symbol", q.symbol().map(Symbol::v2Symbol))
          .put("planType", family)
          .put("orderId", q.orderId())
          .put("startTime", millis(q.startTime()))
          .put("endTime", millis(q.endTime()))
          .put("limit", Integer.toString(limit))
          .put("idLessThan", q.cursor())
          .build();
      all.addAll(executor.execute(RestCall.get(Endpoints.ORDERS_PLAN_HISTORY, query,
          Decoders.conditionalHistory(q.productType()))).orders());
    }
    return mergedPage(all, limit);
  }

  /** The newest {@code limit} of {@code rows}, with the last one's id as the cursor. */
  static ConditionalOrderPage mergedPage(List<ConditionalOrder> rows, int limit) {
    List<ConditionalOrder> sorted = new ArrayList<>(rows);
    sorted.sort(PendingConditional.NEWEST_FIRST);
    List<ConditionalOrder> page = sorted.subList(0, Math.min(limit, sorted.size()));
    Optional<String> cursor = page.isEmpty() ? Optional.empty() : Optional.of(page.get(page.size() - 1).orderId());
    return new ConditionalOrderPage(page, cursor);
  }

  @Override
  public RestCall<OrderAck> modifyConditional(PendingConditional pending, ConditionalChecks.Change change) {
    ConditionalOrder o = pending.order();
    TriggerLeg leg = change.leg();
    String planType = pending.wireType();
    if (planType.equals("normal_plan") || planType.equals("track_plan")) {
      boolean wasMarket = o.primaryLeg().isMarket();
      if (wasMarket != leg.isMarket()) {
        throw InvalidRequestException.of(leg.isMarket() ? "market" : "limitPrice", "a classic account (Bitget V2)"
            + " cannot change whether a trigger order executes at market or at a limit price; cancel order "
            + o.orderId() + " and place a new one");
      }
      JsonBody body = JsonBody.object()
          .put("planType", planType)
          .put("orderId", o.orderId())
          .put("symbol", o.symbol().v2Symbol())
          .put("productType", o.symbol().productType().v2Name())
          .put("newSize", change.size().orElse(null))
          .put("newPrice", leg.limitPrice().orElse(null))
          .put("newCallbackRatio", planType.equals("track_plan") ? change.callbackRatio().orElse(null) : null)
          .put("newTriggerPrice", leg.triggerPrice())
          .put("newTriggerType", leg.priceType().wireName());
      return RestCall.post(Endpoints.MODIFY_PLAN_ORDER, body, Decoders.orderAck());
    }
    // modify-tpsl-order takes the whole new state; size "" keeps a position TP/SL on the whole position
    JsonBody body = JsonBody.object()
        .put("orderId", o.orderId())
        .put("marginCoin", o.symbol().marginCoin())
        .put("productType", o.symbol().productType().v2Name())
        .put("symbol", o.symbol().v2Symbol())
        .put("triggerPrice", leg.triggerPrice())
        .put("triggerType", leg.priceType().wireName())
        .put("executePrice", leg.limitPrice().orElse(BigDecimal.ZERO))
        .put("size", change.size().map(BigDecimal::toPlainString).orElse(""))
        .put("rangeRate", planType.equals("moving_plan") ? change.callbackRatio().orElse(null) : null);
    return RestCall.post(Endpoints.MODIFY_TPSL_ORDER, body, Decoders.orderAck());
  }

  /** One {@code cancel-plan-order} per plan type, naming the orders by id. */
  @Override
  public BatchOrderResult cancelConditional(RestExecutor executor, Symbol symbol, List<PendingConditional> orders) {
    Map<String, List<ConditionalOrder>> byPlanType = new LinkedHashMap<>();
    for (PendingConditional p : orders) {
      byPlanType.computeIfAbsent(p.wireType(), t -> new ArrayList<>()).add(p.order());
    }
    List<OrderAck> successes = new ArrayList<>();
    List<BatchOrderFailure> failures = new ArrayList<>();
    for (Map.Entry<String, List<ConditionalOrder>> group : byPlanType.entrySet()) {
      List<JsonBody> ids = new ArrayList<>();
      group.getValue().forEach(o -> ids.add(JsonBody.object().put("orderId", o.orderId())));
      JsonBody body = symbolBody(symbol).put("planType", group.getKey()).put("orderIdList", ids);
      try {
        BatchOrderResult result = executor.execute(RestCall.post(Endpoints.CANCEL_PLAN_ORDER, body,
            Decoders.batchResult()));
        successes.addAll(result.successes());
        failures.addAll(result.failures());
      } catch (BitgetApiException e) {
        group.getValue().forEach(o -> failures.add(PendingConditional.refused(o, e)));
      }
    }
    return new BatchOrderResult(successes, failures);
  }

  @Override
  public BitgetApiException conditionalNotPending(Symbol symbol, OrderRef order) {
    return BitgetApiException.of("43025", "Plan order does not exist: no pending conditional order with " + order
        + " on " + symbol + "; it may have triggered or been cancelled (see conditionalOrders().history(..))",
        200, Endpoints.ORDERS_PLAN_PENDING.method(), Endpoints.ORDERS_PLAN_PENDING.path());
  }

  @Override
  public String toString() {
    return "V2 (classic)";
  }

  /** The order fields a single order and a batch item share. */
  private static JsonBody orderFields(JsonBody body, OrderRequest r) {
    return body
        .put("size", r.size())
        .put("price", r.price().orElse(null))
        .put("side", r.side().wireName())
        .put("tradeSide", r.tradeSide().map(t -> t.wireName()))
        .put("orderType", r.orderType().wireName())
        .put("force", r.orderType() == OrderType.LIMIT ? r.timeInForce().wireName() : null)
        .put("clientOid", r.clientOid())
        .put("reduceOnly", r.reduceOnly() ? "YES" : null)
        .put("presetStopSurplusPrice", r.presetTakeProfitPrice().orElse(null))
        .put("presetStopLossPrice", r.presetStopLossPrice().orElse(null));
  }

  private static QueryParams.Builder productQuery(ProductType productType) {
    return QueryParams.builder().put("productType", productType.v2Name());
  }

  /** {@code productType} and {@code symbol} in V2 form. */
  private static QueryParams.Builder symbolQuery(Symbol symbol) {
    return QueryParams.builder()
        .put("productType", symbol.productType().v2Name())
        .put("symbol", symbol.v2Symbol());
  }

  private static JsonBody symbolBody(Symbol symbol) {
    return symbolBody(symbol, true);
  }

  /** {@code symbol}, {@code productType} and, when asked, {@code marginCoin}. */
  private static JsonBody symbolBody(Symbol symbol, boolean marginCoin) {
    return JsonBody.object()
        .put("symbol", symbol.v2Symbol())
        .put("productType", symbol.productType().v2Name())
        .put("marginCoin", marginCoin ? symbol.marginCoin() : null);
  }

  private static QueryParams detailQuery(Symbol symbol, OrderRef order) {
    return symbolQuery(symbol)
        .put("orderId", order.orderId())
        .put("clientOid", order.clientOid())
        .build();
  }

  private static QueryParams listQuery(OrderQuery q) {
    return productQuery(q.productType())
        .put("symbol", q.symbol().map(Symbol::v2Symbol))
        .put("orderId", q.orderId())
        .put("startTime", millis(q.startTime()))
        .put("endTime", millis(q.endTime()))
        .put("limit", text(q.limit()))
        .put("idLessThan", q.cursor())
        .build();
  }

  static Optional<String> millis(Optional<java.time.Instant> time) {
    return time.map(t -> Long.toString(t.toEpochMilli()));
  }

  static String text(OptionalInt value) {
    return value.isPresent() ? Integer.toString(value.getAsInt()) : null;
  }
}
