package io.bitget4j.rest;

import io.bitget4j.core.InvalidRequestException;
import io.bitget4j.core.ProductType;
import io.bitget4j.core.Symbol;
import io.bitget4j.core.model.ClosedPositionPage;
import io.bitget4j.core.model.Position;
import io.bitget4j.rest.internal.ClientCore;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Open positions: size, entry price, leverage, margin mode, unrealised PnL, liquidation price,
 * margin and side; and the history of closed positions. Needs credentials. Every call has an
 * {@code ...Async} twin. Thread-safe.
 *
 * <pre>{@code
 * for (Position p : client.positions().all(ProductType.UMCBL)) { ... }
 * }</pre>
 */
public final class PositionApi {
  private final ClientCore core;

  PositionApi(ClientCore core) {
    this.core = core;
  }

  /**
   * The positions of one symbol: none, one (one-way mode) or up to two (hedge mode).
   *
   * @param symbol the contract
   * @return the open positions; empty when nothing is open
   */
  public List<Position> of(Symbol symbol) {
    Objects.requireNonNull(symbol, "symbol == null");
    return core.call(wire -> wire.positions(symbol));
  }

  /**
   * {@link #of(Symbol)} on the client's executor.
   *
   * @param symbol the contract
   * @return completes with the positions, or fails with what {@link #of(Symbol)} throws
   */
  public CompletableFuture<List<Position>> ofAsync(Symbol symbol) {
    Objects.requireNonNull(symbol, "symbol == null");
    return core.async(() -> of(symbol));
  }

  /**
   * Every open position of a product type.
   *
   * @param productType the product line, such as {@link ProductType#UMCBL}
   * @return the open positions; empty when nothing is open
   */
  public List<Position> all(ProductType productType) {
    Objects.requireNonNull(productType, "productType == null");
    return core.call(wire -> wire.positions(productType));
  }

  /**
   * {@link #all(ProductType)} on the client's executor.
   *
   * @param productType the product line
   * @return completes with the positions, or fails with what {@link #all(ProductType)} throws
   */
  public CompletableFuture<List<Position>> allAsync(ProductType productType) {
    Objects.requireNonNull(productType, "productType == null");
    return core.async(() -> all(productType));
  }

  /**
   * One page of closed positions, newest first: the query's product type, optional symbol, time
   * window, page size and cursor (the previous page's {@link ClosedPositionPage#endId()}).
   *
   * @param query the product type, and optionally symbol, time window, limit and cursor
   * @return the page, newest first, with the cursor for the next page when Bitget sends one
   * @throws InvalidRequestException when the query names an order, which positions are not filtered
   *     by
   */
  public ClosedPositionPage history(OrderQuery query) {
    checkHistory(query);
    return core.call(wire -> wire.positionHistory(query));
  }

  /**
   * {@link #history(OrderQuery)} on the client's executor.
   *
   * @param query the product type, and optionally symbol, time window, limit and cursor
   * @return completes with the page, or fails with what {@link #history(OrderQuery)} throws
   * @throws InvalidRequestException when the query names an order, at once
   */
  public CompletableFuture<ClosedPositionPage> historyAsync(OrderQuery query) {
    checkHistory(query);
    return core.async(() -> history(query));
  }

  private static void checkHistory(OrderQuery query) {
    Objects.requireNonNull(query, "query == null");
    if (query.orderId().isPresent()) {
      throw InvalidRequestException.of("orderId", "the position history is not filtered by order; leave orderId"
          + " unset");
    }
  }
}
