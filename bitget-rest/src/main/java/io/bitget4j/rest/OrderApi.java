package io.bitget4j.rest;

import io.bitget4j.core.BitgetTransportException;
import io.bitget4j.core.InvalidRequestException;
import io.bitget4j.core.OrderNotFoundException;
import io.bitget4j.core.internal.QueryParams;
import io.bitget4j.core.Symbol;
import io.bitget4j.core.model.BatchOrderResult;
import io.bitget4j.core.model.Contract;
import io.bitget4j.core.model.FillPage;
import io.bitget4j.core.model.HoldSide;
import io.bitget4j.core.model.Order;
import io.bitget4j.core.model.OrderAck;
import io.bitget4j.core.model.OrderPage;
import io.bitget4j.core.model.OrderType;
import io.bitget4j.rest.internal.Checks;
import io.bitget4j.rest.internal.ClientCore;
import io.bitget4j.rest.internal.ContractBook;
import io.bitget4j.rest.internal.Decoders;
import io.bitget4j.rest.internal.Endpoints;
import io.bitget4j.rest.internal.JsonBody;
import io.bitget4j.rest.internal.RestCall;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Orders: place, batch place, cancel, modify, look up, list, fills and closing positions. Needs
 * credentials. Every call has an {@code ...Async} twin. Thread-safe.
 *
 * <p>Placing is never retried blindly. Each {@link OrderRequest} carries a client order id from
 * the moment it is built; when an attempt's outcome is unknown (a timeout after sending, a 5xx,
 * an unreadable answer) the client looks the order up by that id, and resends only if the
 * exchange does not have it, with the same id, so the exchange refuses any second copy. One
 * {@code place} call never yields two orders. If even the lookup fails, {@code place} throws the
 * original failure (the lookup's attached as suppressed) and the order may exist: look it up
 * later with {@code detail(symbol, OrderRef.clientOid(request.clientOid()))}.
 */
public final class OrderApi {
  /** The most orders one batch may place. */
  public static final int MAX_BATCH_ORDERS = 20;
  /** The most orders one batch may cancel. */
  public static final int MAX_BATCH_CANCELS = 50;

  private final ClientCore core;

  OrderApi(ClientCore core) {
    this.core = core;
  }

  /**
   * Places one order and returns its ids.
   *
   * @throws InvalidRequestException when the size or a price does not fit the symbol's contract,
   *     before the order is sent
   * @throws io.bitget4j.core.OrderRejectedException when the exchange refuses the order
   * @throws BitgetTransportException when the outcome could not be established; see the class
   *     documentation
   */
  public OrderAck place(OrderRequest request) {
    Objects.requireNonNull(request, "request == null");
    core.requireOpen();
    core.executor().requireCredentialsFor(Endpoints.PLACE_ORDER);
    checkAgainstContract(request);
    RestCall<OrderAck> call = RestCall.post(Endpoints.PLACE_ORDER, placeBody(request), Decoders.orderAck());
    return core.placer().place(call, request.clientOid(), id -> lookup(request.symbol(), id));
  }

  public CompletableFuture<OrderAck> placeAsync(OrderRequest request) {
    Objects.requireNonNull(request, "request == null");
    return core.async(() -> place(request));
  }

  /**
   * Places up to {@value #MAX_BATCH_ORDERS} orders of one symbol and margin mode in one request.
   * Orders the exchange refuses are reported one by one in {@link BatchOrderResult#failures()}.
   *
   * @throws InvalidRequestException for an empty or oversized batch, mixed symbols or margin
   *     modes, a repeated client order id, or an order that does not fit the contract
   */
  public BatchOrderResult placeBatch(List<OrderRequest> requests) {
    Map<String, OrderRequest> byClientOid = checkBatch(requests);
    core.requireOpen();
    core.executor().requireCredentialsFor(Endpoints.BATCH_PLACE_ORDER);
    requests.forEach(this::checkAgainstContract);
    OrderRequest first = requests.get(0);
    Map<String, JsonBody> items = new LinkedHashMap<>();
    byClientOid.forEach((id, request) -> items.put(id, batchItem(request)));
    return core.placer().placeBatch(new ArrayList<>(byClientOid.keySet()), ids -> {
      List<JsonBody> list = new ArrayList<>();
      ids.forEach(id -> list.add(items.get(id)));
      JsonBody body = JsonBody.object()
          .put("symbol", first.symbol().v2Symbol())
          .put("productType", first.symbol().productType().v2Name())
          .put("marginCoin", first.symbol().marginCoin())
          .put("marginMode", first.marginMode().wireName())
          .put("orderList", list);
      return RestCall.post(Endpoints.BATCH_PLACE_ORDER, body, Decoders.batchResult());
    }, id -> lookup(first.symbol(), id));
  }

  public CompletableFuture<BatchOrderResult> placeBatchAsync(List<OrderRequest> requests) {
    checkBatch(requests);
    List<OrderRequest> copy = List.copyOf(requests);
    return core.async(() -> placeBatch(copy));
  }

  /** Cancels one order. Not retried after an unclear failure; check with {@link #detail}. */
  public OrderAck cancel(Symbol symbol, OrderRef order) {
    return core.call(RestCall.post(Endpoints.CANCEL_ORDER, cancelBody(symbol, order), Decoders.orderAck()));
  }

  public CompletableFuture<OrderAck> cancelAsync(Symbol symbol, OrderRef order) {
    JsonBody body = cancelBody(symbol, order);
    return core.async(() -> core.call(RestCall.post(Endpoints.CANCEL_ORDER, body, Decoders.orderAck())));
  }

  /** Cancels up to {@value #MAX_BATCH_CANCELS} orders of one symbol; failures are per order. */
  public BatchOrderResult cancelBatch(Symbol symbol, List<OrderRef> orders) {
    return core.call(RestCall.post(Endpoints.BATCH_CANCEL_ORDERS, batchCancelBody(symbol, orders),
        Decoders.batchResult()));
  }

  public CompletableFuture<BatchOrderResult> cancelBatchAsync(Symbol symbol, List<OrderRef> orders) {
    JsonBody body = batchCancelBody(symbol, orders);
    return core.async(() -> core.call(RestCall.post(Endpoints.BATCH_CANCEL_ORDERS, body, Decoders.batchResult())));
  }

  /**
   * Changes an open order's size and price or its preset take-profit and stop-loss.
   *
   * @throws InvalidRequestException when the new size or price does not fit the contract
   */
  public OrderAck modify(ModifyOrderRequest request) {
    Objects.requireNonNull(request, "request == null");
    core.requireOpen();
    core.executor().requireCredentialsFor(Endpoints.MODIFY_ORDER);
    if (core.config().checkOrdersAgainstContracts()) {
      Contract contract = core.contracts().contract(request.symbol());
      if (request.newSize().isPresent()) {
        ContractBook.check(contract, "newSize", request.newSize().get(), request.newPrice(),
            request.newTakeProfitPrice(), request.newStopLossPrice());
      } else {
        ContractBook.checkModifiedPrices(contract, request.newTakeProfitPrice(), request.newStopLossPrice());
      }
    }
    return core.call(RestCall.post(Endpoints.MODIFY_ORDER, modifyBody(request), Decoders.orderAck()));
  }

  public CompletableFuture<OrderAck> modifyAsync(ModifyOrderRequest request) {
    Objects.requireNonNull(request, "request == null");
    return core.async(() -> modify(request));
  }

  /**
   * One order's details.
   *
   * @throws OrderNotFoundException when the exchange does not know the order
   */
  public Order detail(Symbol symbol, OrderRef order) {
    return core.call(RestCall.get(Endpoints.ORDER_DETAIL, detailQuery(symbol, order),
        Decoders.order(symbol.productType())));
  }

  public CompletableFuture<Order> detailAsync(Symbol symbol, OrderRef order) {
    QueryParams query = detailQuery(symbol, order);
    return core.async(() -> core.call(RestCall.get(Endpoints.ORDER_DETAIL, query,
        Decoders.order(symbol.productType()))));
  }

  /** Open orders, newest first, one page. */
  public OrderPage pending(OrderQuery query) {
    return core.call(RestCall.get(Endpoints.ORDERS_PENDING, listQuery(query),
        Decoders.orderPage(query.productType())));
  }

  public CompletableFuture<OrderPage> pendingAsync(OrderQuery query) {
    Objects.requireNonNull(query, "query == null");
    return core.async(() -> pending(query));
  }

  /** Finished orders (filled or cancelled), newest first, one page. */
  public OrderPage history(OrderQuery query) {
    return core.call(RestCall.get(Endpoints.ORDERS_HISTORY, listQuery(query),
        Decoders.orderPage(query.productType())));
  }

  public CompletableFuture<OrderPage> historyAsync(OrderQuery query) {
    Objects.requireNonNull(query, "query == null");
    return core.async(() -> history(query));
  }

  /** The account's fills, newest first, one page. */
  public FillPage fills(OrderQuery query) {
    return core.call(RestCall.get(Endpoints.FILLS, listQuery(query), Decoders.fillPage(query.productType())));
  }

  public CompletableFuture<FillPage> fillsAsync(OrderQuery query) {
    Objects.requireNonNull(query, "query == null");
    return core.async(() -> fills(query));
  }

  /** Closes every position of {@code symbol} at market. Not retried after an unclear failure. */
  public BatchOrderResult closePositions(Symbol symbol) {
    return core.call(RestCall.post(Endpoints.CLOSE_POSITIONS, closeBody(symbol, null), Decoders.batchResult()));
  }

  /** Closes one side of a hedge-mode position at market. */
  public BatchOrderResult closePositions(Symbol symbol, HoldSide holdSide) {
    Checks.known("holdSide", holdSide);
    return core.call(RestCall.post(Endpoints.CLOSE_POSITIONS, closeBody(symbol, holdSide), Decoders.batchResult()));
  }

  public CompletableFuture<BatchOrderResult> closePositionsAsync(Symbol symbol) {
    JsonBody body = closeBody(symbol, null);
    return core.async(() -> core.call(RestCall.post(Endpoints.CLOSE_POSITIONS, body, Decoders.batchResult())));
  }

  public CompletableFuture<BatchOrderResult> closePositionsAsync(Symbol symbol, HoldSide holdSide) {
    Checks.known("holdSide", holdSide);
    JsonBody body = closeBody(symbol, holdSide);
    return core.async(() -> core.call(RestCall.post(Endpoints.CLOSE_POSITIONS, body, Decoders.batchResult())));
  }

  /** Finds an order by client id for reconciliation; empty when the exchange does not know it. */
  private Optional<OrderAck> lookup(Symbol symbol, String clientOid) {
    try {
      Optional<Order> order = core.call(RestCall.get(Endpoints.ORDER_DETAIL,
          detailQuery(symbol, OrderRef.clientOid(clientOid)), Decoders.optionalOrder(symbol.productType())));
      return order.map(o -> new OrderAck(o.orderId(), Optional.of(o.clientOid().orElse(clientOid))));
    } catch (OrderNotFoundException e) {
      return Optional.empty();
    }
  }

  private void checkAgainstContract(OrderRequest request) {
    if (core.config().checkOrdersAgainstContracts()) {
      core.contracts().check(request.symbol(), request.size(), request.price(),
          request.presetTakeProfitPrice(), request.presetStopLossPrice());
    }
  }

  private static Map<String, OrderRequest> checkBatch(List<OrderRequest> requests) {
    Objects.requireNonNull(requests, "requests == null");
    if (requests.isEmpty() || requests.size() > MAX_BATCH_ORDERS) {
      throw InvalidRequestException.of("requests", "a batch holds 1 to " + MAX_BATCH_ORDERS
          + " orders but got " + requests.size());
    }
    OrderRequest first = Objects.requireNonNull(requests.get(0), "requests[0] == null");
    Map<String, OrderRequest> byClientOid = new LinkedHashMap<>();
    for (int i = 0; i < requests.size(); i++) {
      OrderRequest request = Objects.requireNonNull(requests.get(i), "requests[" + i + "] == null");
      if (!request.symbol().equals(first.symbol())) {
        throw InvalidRequestException.of("requests[" + i + "].symbol", "a batch is for one symbol: "
            + request.symbol() + " differs from " + first.symbol());
      }
      if (request.marginMode() != first.marginMode()) {
        throw InvalidRequestException.of("requests[" + i + "].marginMode", "a batch has one margin mode: "
            + request.marginMode() + " differs from " + first.marginMode());
      }
      if (byClientOid.put(request.clientOid(), request) != null) {
        throw InvalidRequestException.of("requests[" + i + "].clientOid", "\"" + request.clientOid()
            + "\" appears twice in the batch; each order needs its own");
      }
    }
    return byClientOid;
  }

  static JsonBody placeBody(OrderRequest r) {
    return JsonBody.object()
        .put("symbol", r.symbol().v2Symbol())
        .put("productType", r.symbol().productType().v2Name())
        .put("marginMode", r.marginMode().wireName())
        .put("marginCoin", r.symbol().marginCoin())
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

  private static JsonBody batchItem(OrderRequest r) {
    return JsonBody.object()
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

  private static JsonBody symbolBody(Symbol symbol) {
    Objects.requireNonNull(symbol, "symbol == null");
    return JsonBody.object()
        .put("symbol", symbol.v2Symbol())
        .put("productType", symbol.productType().v2Name())
        .put("marginCoin", symbol.marginCoin());
  }

  private static JsonBody cancelBody(Symbol symbol, OrderRef order) {
    Objects.requireNonNull(order, "order == null");
    return symbolBody(symbol).put("orderId", order.orderId()).put("clientOid", order.clientOid());
  }

  private static JsonBody batchCancelBody(Symbol symbol, List<OrderRef> orders) {
    Objects.requireNonNull(orders, "orders == null");
    if (orders.isEmpty() || orders.size() > MAX_BATCH_CANCELS) {
      throw InvalidRequestException.of("orders", "a batch cancels 1 to " + MAX_BATCH_CANCELS
          + " orders but got " + orders.size());
    }
    Set<OrderRef> seen = new HashSet<>();
    List<JsonBody> list = new ArrayList<>();
    for (int i = 0; i < orders.size(); i++) {
      OrderRef order = Objects.requireNonNull(orders.get(i), "orders[" + i + "] == null");
      if (!seen.add(order)) {
        throw InvalidRequestException.of("orders[" + i + "]", order + " appears twice");
      }
      list.add(JsonBody.object().put("orderId", order.orderId()).put("clientOid", order.clientOid()));
    }
    return symbolBody(symbol).put("orderIdList", list);
  }

  private static JsonBody modifyBody(ModifyOrderRequest r) {
    return JsonBody.object()
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
  }

  private static JsonBody closeBody(Symbol symbol, HoldSide holdSide) {
    Objects.requireNonNull(symbol, "symbol == null");
    return JsonBody.object()
        .put("symbol", symbol.v2Symbol())
        .put("productType", symbol.productType().v2Name())
        .put("holdSide", holdSide == null ? null : holdSide.wireName());
  }

  private static QueryParams detailQuery(Symbol symbol, OrderRef order) {
    Objects.requireNonNull(order, "order == null");
    return MarketApi.symbolQuery(symbol)
        .put("orderId", order.orderId())
        .put("clientOid", order.clientOid())
        .build();
  }

  private static QueryParams listQuery(OrderQuery q) {
    Objects.requireNonNull(q, "query == null");
    return QueryParams.builder()
        .put("productType", q.productType().v2Name())
        .put("symbol", q.symbol().map(Symbol::v2Symbol))
        .put("orderId", q.orderId())
        .put("startTime", q.startTime().map(t -> Long.toString(t.toEpochMilli())))
        .put("endTime", q.endTime().map(t -> Long.toString(t.toEpochMilli())))
        .put("limit", q.limit().isPresent() ? Integer.toString(q.limit().getAsInt()) : null)
        .put("idLessThan", q.idLessThan())
        .build();
  }
}
