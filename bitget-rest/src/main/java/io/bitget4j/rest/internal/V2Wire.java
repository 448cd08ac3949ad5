package io.bitget4j.rest.internal;

import io.bitget4j.core.AccountMode;
import io.bitget4j.core.ProductType;
import io.bitget4j.core.Symbol;
import io.bitget4j.core.internal.QueryParams;
import io.bitget4j.core.model.Account;
import io.bitget4j.core.model.AccountSettings;
import io.bitget4j.core.model.BatchOrderResult;
import io.bitget4j.core.model.Candle;
import io.bitget4j.core.model.ClosedPositionPage;
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
import io.bitget4j.core.model.Ticker;
import io.bitget4j.core.model.Trade;
import io.bitget4j.core.model.Wallet;
import io.bitget4j.rest.CandleRequest;
import io.bitget4j.rest.ModifyOrderRequest;
import io.bitget4j.rest.OrderQuery;
import io.bitget4j.rest.OrderRef;
import io.bitget4j.rest.OrderRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The V2 wire of classic accounts: {@code /api/v2/mix/...}, {@code symbol=BTCUSDT} plus
 * {@code productType=USDT-FUTURES} and {@code marginCoin}, {@code size}, {@code force}, hedge-mode
 * orders as {@code side} (the position) plus {@code tradeSide}, paging by {@code idLessThan}.
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
