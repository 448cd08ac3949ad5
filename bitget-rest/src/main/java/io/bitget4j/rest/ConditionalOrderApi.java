package io.bitget4j.rest;

import io.bitget4j.core.BitgetApiException;
import io.bitget4j.core.BitgetTransportException;
import io.bitget4j.core.InvalidRequestException;
import io.bitget4j.core.ProductType;
import io.bitget4j.core.Symbol;
import io.bitget4j.core.model.BatchOrderFailure;
import io.bitget4j.core.model.BatchOrderResult;
import io.bitget4j.core.model.ConditionalOrder;
import io.bitget4j.core.model.ConditionalOrderPage;
import io.bitget4j.core.model.Contract;
import io.bitget4j.core.model.MarginMode;
import io.bitget4j.core.model.OrderAck;
import io.bitget4j.core.model.Position;
import io.bitget4j.core.model.PositionMode;
import io.bitget4j.core.model.SymbolPrice;
import io.bitget4j.rest.internal.ClientCore;
import io.bitget4j.rest.internal.ConditionalChecks;
import io.bitget4j.rest.internal.Endpoints;
import io.bitget4j.rest.internal.PendingConditional;
import io.bitget4j.rest.internal.RestCall;
import io.bitget4j.rest.internal.RestExecutor;
import io.bitget4j.rest.internal.Wire;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Conditional orders: take-profit, stop-loss, trigger (plan) orders and trailing stops. Place,
 * modify, cancel one or all of a symbol, list the pending ones and the finished ones. Needs
 * credentials. Every call has an {@code ...Async} twin that runs on the client's executor.
 * Thread-safe.
 *
 * <pre>{@code
 * OrderAck stop = client.conditionalOrders().place(
 *     ConditionalOrderRequest.stopLoss(Symbol.BTCUSDT_UMCBL, HoldSide.LONG)
 *         .triggerPrice(new BigDecimal("25000")).triggerPriceType(TriggerPriceType.MARK)
 *         .wholePosition().market()
 *         .build());
 * List<ConditionalOrder> waiting = client.conditionalOrders().pending(Symbol.BTCUSDT_UMCBL);
 * }</pre>
 *
 * <p><b>Both account modes.</b> A classic account (Bitget V2) places take-profits and stop-losses
 * with {@code place-tpsl-order} (part of a position) and {@code place-pos-tpsl} (the whole position),
 * trigger orders and trailing stops with {@code place-plan-order}; a unified account (V3) places
 * them all as strategy orders ({@code place-strategy-order}), and has no trailing stops: placing one
 * there throws {@link io.bitget4j.core.UnsupportedOnAccountModeException} before any request of its
 * own (a client in {@code AUTO} mode has only detected the account mode by then). The records are the
 * same on both.
 *
 * <p><b>Before sending</b>, {@link #place} checks the request against the contract's price tick and
 * size rules (from the client's contract cache), reads the symbol's last and mark price (public
 * market data: classic {@code market/symbol-price}, unified {@code market/tickers}) and, for an order
 * that protects a position, the symbol's positions ({@code position/single-position},
 * {@code position/current-position}). It refuses, with an {@link InvalidRequestException} that says
 * why: a trigger price on the wrong side of the watched price (a long's stop-loss at or above it, its
 * take-profit at or below it: it would fire at once), a trailing stop whose activation price the
 * price has passed, a trigger order at the current price, a take-profit or stop-loss without the
 * position it closes, or with more size than the position holds. The position also tells a classic
 * account's position mode, which its wire form depends on. The prices are those of the moment before
 * sending; the exchange checks again against its own.
 *
 * <p><b>Never twice.</b> Placing follows {@link OrderApi}'s rules: the request's client order id is
 * fixed when it is built, and when an attempt's outcome is unknown the order is looked up by that id
 * (among the pending orders of its kind, then the finished ones) right before it would be sent
 * again. One {@code place} call never yields two conditional orders.
 *
 * <p><b>Lists.</b> {@link #pending} returns every pending conditional order (a classic account lists
 * three families, trigger orders, trailing stops and TP/SL orders, in one request each; a unified
 * account two types). {@link #history} pages the finished ones of every kind, newest first.
 * {@link #modify} and {@link #cancel} find the order among the pending ones first: both APIs need
 * what only the order's listing tells (V2 its plan type, V3 its whole state for a change).
 */
public final class ConditionalOrderApi {
  private final ClientCore core;

  ConditionalOrderApi(ClientCore core) {
    this.core = core;
  }

  /**
   * Places one conditional order and returns its ids.
   *
   * @param request the order
   * @return the exchange's order id and the request's client order id
   * @throws io.bitget4j.core.UnsupportedOnAccountModeException for a trailing stop on a unified account
   * @throws InvalidRequestException when a price or the size does not fit the contract, the trigger
   *     price is on the wrong side of the market, or the position it protects is missing or smaller;
   *     before the order is sent
   * @throws io.bitget4j.core.OrderRejectedException when the exchange refuses the order
   * @throws BitgetTransportException when the outcome could not be established: look the order up
   *     with {@link #pending} by {@code request.clientOid()}
   */
  public OrderAck place(ConditionalOrderRequest request) {
    Objects.requireNonNull(request, "request == null");
    core.requireCredentials("conditionalOrders().place");
    return core.privately(wire -> {
      wire.checkConditional(request);
      RestExecutor executor = core.executor();
      Symbol symbol = request.symbol();
      if (core.config().checkOrdersAgainstContracts()) {
        Contract contract = core.contracts().contract(symbol);
        ConditionalChecks.checkAgainstContract(contract, request.triggerPrice(), request.limitPrice(), request.size());
      }
      PositionMode positionMode = request.tradeSide().isPresent() ? PositionMode.HEDGE : PositionMode.ONE_WAY;
      MarginMode marginMode = request.marginMode();
      if (request.kind().protectsPosition()) {
        Position position = ConditionalChecks.requirePosition(request, executor.execute(wire.positions(symbol)));
        positionMode = position.positionMode();
        marginMode = position.marginMode();
      }
      ConditionalChecks.checkMarket(request, executor.execute(wire.symbolPrice(symbol)));
      RestCall<OrderAck> call = wire.placeConditional(request, positionMode, marginMode);
      return core.placer().place(call, request.clientOid(), id -> wire.findConditional(executor, request));
    });
  }

  /**
   * {@link #place(ConditionalOrderRequest)} on the client's executor.
   *
   * @param request the order
   * @return the future ids
   */
  public CompletableFuture<OrderAck> placeAsync(ConditionalOrderRequest request) {
    Objects.requireNonNull(request, "request == null");
    return core.async(() -> place(request));
  }

  /**
   * Changes a pending conditional order: reads it from the pending orders, applies the change and
   * checks the result as {@link #place} checks a new order (the contract's ticks, the side of the
   * market), then sends it. Not retried after an unclear failure; list with {@link #pending} to check.
   *
   * @param request the change
   * @return the order's ids
   * @throws io.bitget4j.core.OrderNotFoundException when the order is not pending (it may have
   *     triggered or been cancelled)
   * @throws InvalidRequestException when the change does not fit the order, the contract or the market
   */
  public OrderAck modify(ModifyConditionalOrderRequest request) {
    Objects.requireNonNull(request, "request == null");
    core.requireCredentials("conditionalOrders().modify");
    return core.privately(wire -> {
      RestExecutor executor = core.executor();
      Symbol symbol = request.symbol();
      PendingConditional pending = findPending(wire, symbol, request.order());
      ConditionalChecks.Change change = ConditionalChecks.merge(pending.order(), request);
      if (core.config().checkOrdersAgainstContracts()) {
        ConditionalChecks.checkAgainstContract(core.contracts().contract(symbol), change.leg().triggerPrice(),
            change.leg().limitPrice(), request.newSize());
      }
      SymbolPrice price = executor.execute(wire.symbolPrice(symbol));
      ConditionalChecks.checkMarket(pending.order().kind(), pending.order().positionSide(),
          change.leg().triggerPrice(), change.leg().priceType(), price);
      return executor.execute(wire.modifyConditional(pending, change));
    });
  }

  /**
   * {@link #modify(ModifyConditionalOrderRequest)} on the client's executor.
   *
   * @param request the change
   * @return the future ids
   */
  public CompletableFuture<OrderAck> modifyAsync(ModifyConditionalOrderRequest request) {
    Objects.requireNonNull(request, "request == null");
    return core.async(() -> modify(request));
  }

  /**
   * Cancels one pending conditional order. Not retried after an unclear failure.
   *
   * @param symbol the order's contract
   * @param order the order, by its id or client id
   * @throws io.bitget4j.core.OrderNotFoundException when the order is not pending (it may have
   *     triggered or been cancelled already)
   * @throws BitgetApiException when the exchange refuses the cancel
   */
  public void cancel(Symbol symbol, OrderRef order) {
    Objects.requireNonNull(symbol, "symbol == null");
    Objects.requireNonNull(order, "order == null");
    core.requireCredentials("conditionalOrders().cancel");
    core.privately(wire -> {
      PendingConditional pending = findPending(wire, symbol, order);
      BatchOrderResult result = wire.cancelConditional(core.executor(), symbol, List.of(pending));
      if (!result.failures().isEmpty()) {
        BatchOrderFailure failure = result.failures().get(0);
        String path = (wire.mode() == io.bitget4j.core.AccountMode.UNIFIED ? Endpoints.V3_CANCEL_STRATEGY_ORDER
            : Endpoints.CANCEL_PLAN_ORDER).path();
        throw BitgetApiException.ofBatchItem(failure.errorCode().orElse(""), failure.errorMessage(), "POST", path);
      }
      return null;
    });
  }

  /**
   * {@link #cancel(Symbol, OrderRef)} on the client's executor.
   *
   * @param symbol the order's contract
   * @param order the order, by its id or client id
   * @return a future completed when the order is cancelled
   */
  public CompletableFuture<Void> cancelAsync(Symbol symbol, OrderRef order) {
    Objects.requireNonNull(symbol, "symbol == null");
    Objects.requireNonNull(order, "order == null");
    return core.async(() -> {
      cancel(symbol, order);
      return null;
    });
  }

  /**
   * Cancels every pending conditional order of {@code symbol}: lists them, then cancels them (a
   * classic account one request per plan type, a unified account one per order). With none pending
   * the result is empty; an order that triggered in between is reported as a failure.
   *
   * @param symbol the contract
   * @return the cancelled orders and the refusals
   */
  public BatchOrderResult cancelAll(Symbol symbol) {
    Objects.requireNonNull(symbol, "symbol == null");
    core.requireCredentials("conditionalOrders().cancelAll");
    return core.privately(wire -> {
      List<PendingConditional> pending =
          wire.pendingConditional(core.executor(), symbol.productType(), Optional.of(symbol));
      if (pending.isEmpty()) {
        return new BatchOrderResult(List.of(), List.of());
      }
      return wire.cancelConditional(core.executor(), symbol, pending);
    });
  }

  /**
   * {@link #cancelAll(Symbol)} on the client's executor.
   *
   * @param symbol the contract
   * @return the future result
   */
  public CompletableFuture<BatchOrderResult> cancelAllAsync(Symbol symbol) {
    Objects.requireNonNull(symbol, "symbol == null");
    return core.async(() -> cancelAll(symbol));
  }

  /**
   * Every pending conditional order of {@code symbol}, newest first.
   *
   * @param symbol the contract
   * @return the orders waiting for their trigger
   */
  public List<ConditionalOrder> pending(Symbol symbol) {
    Objects.requireNonNull(symbol, "symbol == null");
    return pending(symbol.productType(), Optional.of(symbol));
  }

  /**
   * {@link #pending(Symbol)} on the client's executor.
   *
   * @param symbol the contract
   * @return the future orders
   */
  public CompletableFuture<List<ConditionalOrder>> pendingAsync(Symbol symbol) {
    Objects.requireNonNull(symbol, "symbol == null");
    return core.async(() -> pending(symbol));
  }

  /**
   * Every pending conditional order of a product type, newest first.
   *
   * @param productType the product type
   * @return the orders waiting for their trigger
   */
  public List<ConditionalOrder> pending(ProductType productType) {
    Objects.requireNonNull(productType, "productType == null");
    return pending(productType, Optional.empty());
  }

  /**
   * {@link #pending(ProductType)} on the client's executor.
   *
   * @param productType the product type
   * @return the future orders
   */
  public CompletableFuture<List<ConditionalOrder>> pendingAsync(ProductType productType) {
    Objects.requireNonNull(productType, "productType == null");
    return core.async(() -> pending(productType));
  }

  private List<ConditionalOrder> pending(ProductType productType, Optional<Symbol> symbol) {
    core.requireCredentials("conditionalOrders().pending");
    return core.privately(wire -> PendingConditional.orders(
        wire.pendingConditional(core.executor(), productType, symbol)));
  }

  /**
   * One page of finished conditional orders (triggered, cancelled or failed) of every kind, newest
   * first; pass the page's {@link ConditionalOrderPage#endId()} to {@link OrderQuery.Builder#cursor}
   * for the next. A unified account cannot filter by symbol on the exchange: the client keeps the
   * symbol's rows, so a page may hold fewer than the limit.
   *
   * @param query the product type, symbol, time window, page size and cursor
   * @return the page
   */
  public ConditionalOrderPage history(OrderQuery query) {
    Objects.requireNonNull(query, "query == null");
    core.requireCredentials("conditionalOrders().history");
    return core.privately(wire -> wire.conditionalHistory(core.executor(), query));
  }

  /**
   * {@link #history(OrderQuery)} on the client's executor.
   *
   * @param query the product type, symbol, time window, page size and cursor
   * @return the future page
   */
  public CompletableFuture<ConditionalOrderPage> historyAsync(OrderQuery query) {
    Objects.requireNonNull(query, "query == null");
    return core.async(() -> history(query));
  }

  /** The pending order {@code ref} names, or the exchange's not-found answer. */
  private PendingConditional findPending(Wire wire, Symbol symbol, OrderRef ref) {
    for (PendingConditional p : wire.pendingConditional(core.executor(), symbol.productType(), Optional.of(symbol))) {
      ConditionalOrder o = p.order();
      boolean byId = ref.orderId().map(o.orderId()::equals).orElse(false);
      boolean byClientOid = ref.clientOid().isPresent() && ref.clientOid().equals(o.clientOid());
      if (byId || byClientOid) {
        return p;
      }
    }
    throw wire.conditionalNotPending(symbol, ref);
  }
}
