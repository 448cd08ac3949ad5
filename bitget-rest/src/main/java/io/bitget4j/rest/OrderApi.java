package io.bitget4j.rest;

import io.bitget4j.core.BitgetTransportException;
import io.bitget4j.core.InvalidRequestException;
import io.bitget4j.core.OrderNotFoundException;
import io.bitget4j.core.ProductType;
import io.bitget4j.core.Symbol;
import io.bitget4j.core.model.BatchOrderResult;
import io.bitget4j.core.model.Contract;
import io.bitget4j.core.model.FillPage;
import io.bitget4j.core.model.HoldSide;
import io.bitget4j.core.model.Order;
import io.bitget4j.core.model.OrderAck;
import io.bitget4j.core.model.OrderPage;
import io.bitget4j.rest.internal.Checks;
import io.bitget4j.rest.internal.ClientCore;
import io.bitget4j.rest.internal.ContractBook;
import io.bitget4j.rest.internal.RestCall;
import io.bitget4j.rest.internal.Wire;
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
 * Orders: place, batch place, cancel, cancel all, modify, look up, list, fills and closing
 * positions. Needs credentials. Every call has an {@code ...Async} twin. Thread-safe.
 *
 * <p>Placing is never retried blindly. Each {@link OrderRequest} carries a client order id from
 * the moment it is built; when an attempt's outcome is unknown (a timeout after sending, a 5xx,
 * an unreadable answer, or Bitget's own "outcome unknown" codes 40010, 40725, 45001, 25001) the
 * client looks the order up by that id (classic {@code order/detail?clientOid=}, unified
 * {@code trade/order-info?clientOid=}) right before it would send again, and resends only if the
 * exchange does not have it, with the same id and body. This matters most on a unified account,
 * which refuses a repeated id only while the first order is still pending: an order that filled at
 * once would not stop a blind resend. One {@code place} call never yields two orders. If even the
 * lookup fails, {@code place} throws the original failure (the lookup's attached as suppressed)
 * and the order may exist: look it up later with
 * {@code detail(symbol, OrderRef.clientOid(request.clientOid()))}.
 */
public final class OrderApi {
  /** The most orders one batch may place. */
  public static final int MAX_BATCH_ORDERS = 20;
  /** The most orders one batch may cancel on a classic account (a unified account takes 20). */
  public static final int MAX_BATCH_CANCELS = 50;

  private final ClientCore core;

  OrderApi(ClientCore core) {
    this.core = core;
  }

  /**
   * Places one order and returns its ids.
   *
   * @param request the order, built with {@link OrderRequest#limit} or {@link OrderRequest#market}
   *     or the builder; its client order id is fixed from the moment it was built
   * @return the exchange's order id and the client order id
   * @throws InvalidRequestException when the size or a price does not fit the symbol's contract,
   *     or, on a unified account, the client order id does not fit its rule; before the order is
   *     sent
   * @throws io.bitget4j.core.OrderRejectedException when the exchange refuses the order
   * @throws BitgetTransportException when the outcome could not be established; see the class
   *     documentation
   */
  public OrderAck place(OrderRequest request) {
    Objects.requireNonNull(request, "request == null");
    return core.privately(wire -> {
      RestCall<OrderAck> call = wire.place(request);
      core.executor().requireCredentialsFor(call.endpoint());
      checkAgainstContract(request);
      return core.placer().place(call, request.clientOid(), id -> lookup(wire, request.symbol(), id));
    });
  }

  /**
   * {@link #place(OrderRequest)} on the client's executor.
   *
   * @param request the order
   * @return completes with the ids, or fails with what {@link #place(OrderRequest)} throws
   */
  public CompletableFuture<OrderAck> placeAsync(OrderRequest request) {
    Objects.requireNonNull(request, "request == null");
    return core.async(() -> place(request));
  }

  /**
   * Places up to {@value #MAX_BATCH_ORDERS} orders of one symbol and margin mode in one request.
   * Orders the exchange refuses are reported one by one in {@link BatchOrderResult#failures()}.
   *
   * @param requests 1 to {@value #MAX_BATCH_ORDERS} orders of one symbol and one margin mode, each
   *     with its own client order id
   * @return the placed orders' ids and, one by one, the refused orders with Bitget's code and
   *     message
   * @throws InvalidRequestException for an empty or oversized batch, mixed symbols or margin modes,
   *     a repeated client order id, or an order that does not fit the contract
   */
  public BatchOrderResult placeBatch(List<OrderRequest> requests) {
    Map<String, OrderRequest> byClientOid = checkBatch(requests);
    Symbol symbol = requests.get(0).symbol();
    return core.privately(wire -> {
      RestCall<BatchOrderResult> all = wire.placeBatch(List.copyOf(byClientOid.values()));
      core.executor().requireCredentialsFor(all.endpoint());
      byClientOid.values().forEach(this::checkAgainstContract);
      return core.placer().placeBatch(new ArrayList<>(byClientOid.keySet()), ids -> {
        List<OrderRequest> pending = new ArrayList<>();
        ids.forEach(id -> pending.add(byClientOid.get(id)));
        return wire.placeBatch(pending);
      }, id -> lookup(wire, symbol, id));
    });
  }

  /**
   * {@link #placeBatch(List)} on the client's executor.
   *
   * @param requests 1 to {@value #MAX_BATCH_ORDERS} orders of one symbol and one margin mode
   * @return completes with the result, or fails with what {@link #placeBatch(List)} throws
   * @throws InvalidRequestException for an empty or oversized batch, mixed symbols or margin modes
   *     or a repeated client order id, at once
   */
  public CompletableFuture<BatchOrderResult> placeBatchAsync(List<OrderRequest> requests) {
    checkBatch(requests);
    List<OrderRequest> copy = List.copyOf(requests);
    return core.async(() -> placeBatch(copy));
  }

  /**
   * Cancels one order. Not retried after an unclear failure; check with {@link #detail}.
   *
   * @param symbol the contract
   * @param order the order, by exchange id or client order id
   * @return the cancelled order's ids
   * @throws OrderNotFoundException when the exchange does not know the order
   */
  public OrderAck cancel(Symbol symbol, OrderRef order) {
    checkRef(symbol, order);
    return core.call(wire -> wire.cancel(symbol, order));
  }

  /**
   * {@link #cancel(Symbol, OrderRef)} on the client's executor.
   *
   * @param symbol the contract
   * @param order the order, by exchange id or client order id
   * @return completes with the ids, or fails with what {@link #cancel(Symbol, OrderRef)} throws
   */
  public CompletableFuture<OrderAck> cancelAsync(Symbol symbol, OrderRef order) {
    checkRef(symbol, order);
    return core.async(() -> cancel(symbol, order));
  }

  /**
   * Cancels up to {@value #MAX_BATCH_CANCELS} orders of one symbol (20 on a unified account);
   * failures are per order.
   *
   * @param symbol the contract
   * @param orders 1 to {@value #MAX_BATCH_CANCELS} different orders of that symbol
   * @return the cancelled orders' ids and, one by one, the orders that could not be cancelled
   * @throws InvalidRequestException for an empty or oversized batch or an order named twice
   */
  public BatchOrderResult cancelBatch(Symbol symbol, List<OrderRef> orders) {
    List<OrderRef> copy = checkCancelBatch(symbol, orders);
    return core.call(wire -> wire.cancelBatch(symbol, copy));
  }

  /**
   * {@link #cancelBatch(Symbol, List)} on the client's executor.
   *
   * @param symbol the contract
   * @param orders 1 to {@value #MAX_BATCH_CANCELS} different orders of that symbol
   * @return completes with the result, or fails with what {@link #cancelBatch(Symbol, List)} throws
   * @throws InvalidRequestException for an empty or oversized batch or an order named twice, at
   *     once
   */
  public CompletableFuture<BatchOrderResult> cancelBatchAsync(Symbol symbol, List<OrderRef> orders) {
    List<OrderRef> copy = checkCancelBatch(symbol, orders);
    return core.async(() -> cancelBatch(symbol, copy));
  }

  /**
   * Cancels every open order of {@code symbol}. With none open the result is empty, on both account
   * modes. Not retried after an unclear failure (list with {@link #pending} to check).
   *
   * @param symbol the contract
   * @return the cancelled orders and those that could not be cancelled; empty when none was open
   */
  public BatchOrderResult cancelAll(Symbol symbol) {
    Objects.requireNonNull(symbol, "symbol == null");
    return core.call(wire -> wire.cancelAll(symbol));
  }

  /**
   * {@link #cancelAll(Symbol)} on the client's executor.
   *
   * @param symbol the contract
   * @return completes with the result, or fails with what {@link #cancelAll(Symbol)} throws
   */
  public CompletableFuture<BatchOrderResult> cancelAllAsync(Symbol symbol) {
    Objects.requireNonNull(symbol, "symbol == null");
    return core.async(() -> cancelAll(symbol));
  }

  /**
   * Cancels every open order of a product type. Not retried after an unclear failure.
   *
   * @param productType the product line, such as {@link ProductType#UMCBL}
   * @return the cancelled orders and those that could not be cancelled
   */
  public BatchOrderResult cancelAll(ProductType productType) {
    Objects.requireNonNull(productType, "productType == null");
    return core.call(wire -> wire.cancelAll(productType));
  }

  /**
   * {@link #cancelAll(ProductType)} on the client's executor.
   *
   * @param productType the product line
   * @return completes with the result, or fails with what {@link #cancelAll(ProductType)} throws
   */
  public CompletableFuture<BatchOrderResult> cancelAllAsync(ProductType productType) {
    Objects.requireNonNull(productType, "productType == null");
    return core.async(() -> cancelAll(productType));
  }

  /**
   * Changes an open order's size and price or its preset take-profit and stop-loss (a unified
   * account changes size and price only).
   *
   * @param request the order and what to change
   * @return the modified order's ids
   * @throws InvalidRequestException when the new size or price does not fit the contract, or a
   *     unified account is asked to change the take-profit or stop-loss
   */
  public OrderAck modify(ModifyOrderRequest request) {
    Objects.requireNonNull(request, "request == null");
    return core.privately(wire -> {
      RestCall<OrderAck> call = wire.modify(request);
      core.executor().requireCredentialsFor(call.endpoint());
      if (core.config().checkOrdersAgainstContracts()) {
        Contract contract = core.contracts().contract(request.symbol());
        if (request.newSize().isPresent()) {
          ContractBook.check(contract, "newSize", request.newSize().get(), request.newPrice(),
              request.newTakeProfitPrice(), request.newStopLossPrice());
        } else {
          ContractBook.checkModifiedPrices(contract, request.newTakeProfitPrice(), request.newStopLossPrice());
        }
      }
      return core.executor().execute(call);
    });
  }

  /**
   * {@link #modify(ModifyOrderRequest)} on the client's executor.
   *
   * @param request the order and what to change
   * @return completes with the ids, or fails with what {@link #modify(ModifyOrderRequest)} throws
   */
  public CompletableFuture<OrderAck> modifyAsync(ModifyOrderRequest request) {
    Objects.requireNonNull(request, "request == null");
    return core.async(() -> modify(request));
  }

  /**
   * One order's details.
   *
   * @param symbol the contract
   * @param order the order, by exchange id or client order id
   * @return the order as the exchange holds it now, open or finished
   * @throws OrderNotFoundException when the exchange does not know the order
   */
  public Order detail(Symbol symbol, OrderRef order) {
    checkRef(symbol, order);
    return core.call(wire -> wire.detail(symbol, order));
  }

  /**
   * {@link #detail(Symbol, OrderRef)} on the client's executor.
   *
   * @param symbol the contract
   * @param order the order, by exchange id or client order id
   * @return completes with the order, or fails with what {@link #detail(Symbol, OrderRef)} throws
   */
  public CompletableFuture<Order> detailAsync(Symbol symbol, OrderRef order) {
    checkRef(symbol, order);
    return core.async(() -> detail(symbol, order));
  }

  /**
   * Open orders, newest first, one page.
   *
   * @param query the product type, and optionally symbol, order id, time window, limit and cursor
   * @return the page, with the cursor for the next page when Bitget sends one; empty orders when
   *     nothing is open
   */
  public OrderPage pending(OrderQuery query) {
    Objects.requireNonNull(query, "query == null");
    return core.call(wire -> wire.pending(query));
  }

  /**
   * {@link #pending(OrderQuery)} on the client's executor.
   *
   * @param query the product type, and optionally symbol, order id, time window, limit and cursor
   * @return completes with the page, or fails with what {@link #pending(OrderQuery)} throws
   */
  public CompletableFuture<OrderPage> pendingAsync(OrderQuery query) {
    Objects.requireNonNull(query, "query == null");
    return core.async(() -> pending(query));
  }

  /**
   * Finished orders (filled or cancelled), newest first, one page.
   *
   * @param query the product type, and optionally symbol, order id, time window, limit and cursor
   * @return the page, with the cursor for the next page when Bitget sends one
   */
  public OrderPage history(OrderQuery query) {
    Objects.requireNonNull(query, "query == null");
    return core.call(wire -> wire.history(query));
  }

  /**
   * {@link #history(OrderQuery)} on the client's executor.
   *
   * @param query the product type, and optionally symbol, order id, time window, limit and cursor
   * @return completes with the page, or fails with what {@link #history(OrderQuery)} throws
   */
  public CompletableFuture<OrderPage> historyAsync(OrderQuery query) {
    Objects.requireNonNull(query, "query == null");
    return core.async(() -> history(query));
  }

  /**
   * The account's fills, newest first, one page.
   *
   * @param query the product type, and optionally symbol, order id, time window, limit and cursor
   * @return the page, with the cursor for the next page when Bitget sends one
   */
  public FillPage fills(OrderQuery query) {
    Objects.requireNonNull(query, "query == null");
    return core.call(wire -> wire.fills(query));
  }

  /**
   * {@link #fills(OrderQuery)} on the client's executor.
   *
   * @param query the product type, and optionally symbol, order id, time window, limit and cursor
   * @return completes with the page, or fails with what {@link #fills(OrderQuery)} throws
   */
  public CompletableFuture<FillPage> fillsAsync(OrderQuery query) {
    Objects.requireNonNull(query, "query == null");
    return core.async(() -> fills(query));
  }

  /**
   * Closes every position of {@code symbol} at market. Not retried after an unclear failure. With
   * nothing open, a unified account answers with an empty result, while a classic one refuses with
   * Bitget's 22002 ("No position to close") as a {@link io.bitget4j.core.BitgetApiException}.
   *
   * @param symbol the contract
   * @return the ids of the closing market orders, and any the exchange refused
   */
  public BatchOrderResult closePositions(Symbol symbol) {
    Objects.requireNonNull(symbol, "symbol == null");
    return core.call(wire -> wire.closePositions(symbol, Optional.empty()));
  }

  /**
   * Closes one side of a hedge-mode position at market.
   *
   * @param symbol the contract
   * @param holdSide {@link HoldSide#LONG} or {@link HoldSide#SHORT}
   * @return the ids of the closing market orders, and any the exchange refused
   * @throws InvalidRequestException when {@code holdSide} is {@link HoldSide#UNKNOWN}
   */
  public BatchOrderResult closePositions(Symbol symbol, HoldSide holdSide) {
    Objects.requireNonNull(symbol, "symbol == null");
    Checks.known("holdSide", holdSide);
    return core.call(wire -> wire.closePositions(symbol, Optional.of(holdSide)));
  }

  /**
   * {@link #closePositions(Symbol)} on the client's executor.
   *
   * @param symbol the contract
   * @return completes with the result, or fails with what {@link #closePositions(Symbol)} throws
   */
  public CompletableFuture<BatchOrderResult> closePositionsAsync(Symbol symbol) {
    Objects.requireNonNull(symbol, "symbol == null");
    return core.async(() -> closePositions(symbol));
  }

  /**
   * {@link #closePositions(Symbol, HoldSide)} on the client's executor.
   *
   * @param symbol the contract
   * @param holdSide {@link HoldSide#LONG} or {@link HoldSide#SHORT}
   * @return completes with the result, or fails with what {@link #closePositions(Symbol, HoldSide)}
   *     throws
   * @throws InvalidRequestException when {@code holdSide} is {@link HoldSide#UNKNOWN}, at once
   */
  public CompletableFuture<BatchOrderResult> closePositionsAsync(Symbol symbol, HoldSide holdSide) {
    Objects.requireNonNull(symbol, "symbol == null");
    Checks.known("holdSide", holdSide);
    return core.async(() -> closePositions(symbol, holdSide));
  }

  /** Finds an order by client id for reconciliation; empty when the exchange does not know it. */
  private Optional<OrderAck> lookup(Wire wire, Symbol symbol, String clientOid) {
    try {
      Optional<Order> order = core.executor().execute(wire.findOrder(symbol, clientOid));
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

  private static void checkRef(Symbol symbol, OrderRef order) {
    Objects.requireNonNull(symbol, "symbol == null");
    Objects.requireNonNull(order, "order == null");
  }

  private static List<OrderRef> checkCancelBatch(Symbol symbol, List<OrderRef> orders) {
    Objects.requireNonNull(symbol, "symbol == null");
    Objects.requireNonNull(orders, "orders == null");
    if (orders.isEmpty() || orders.size() > MAX_BATCH_CANCELS) {
      throw InvalidRequestException.of("orders", "a batch cancels 1 to " + MAX_BATCH_CANCELS
          + " orders but got " + orders.size());
    }
    Set<OrderRef> seen = new HashSet<>();
    for (int i = 0; i < orders.size(); i++) {
      OrderRef order = Objects.requireNonNull(orders.get(i), "orders[" + i + "] == null");
      if (!seen.add(order)) {
        throw InvalidRequestException.of("orders[" + i + "]", order + " appears twice");
      }
    }
    return List.copyOf(orders);
  }
}
