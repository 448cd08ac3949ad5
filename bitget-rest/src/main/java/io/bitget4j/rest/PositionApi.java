package io.bitget4j.rest;

import io.bitget4j.core.ProductType;
import io.bitget4j.core.internal.QueryParams;
import io.bitget4j.core.Symbol;
import io.bitget4j.core.model.Position;
import io.bitget4j.rest.internal.ClientCore;
import io.bitget4j.rest.internal.Decoders;
import io.bitget4j.rest.internal.Endpoints;
import io.bitget4j.rest.internal.RestCall;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Open positions: size, entry price, leverage, margin mode, unrealised PnL, liquidation price,
 * margin and side. Needs credentials. Every call has an {@code ...Async} twin. Thread-safe.
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

  /** The positions of one symbol: none, one (one-way mode) or up to two (hedge mode). */
  public List<Position> of(Symbol symbol) {
    QueryParams query = MarketApi.symbolQuery(symbol).put("marginCoin", symbol.marginCoin()).build();
    return core.call(RestCall.get(Endpoints.SINGLE_POSITION, query, Decoders.positions(symbol.productType())));
  }

  public CompletableFuture<List<Position>> ofAsync(Symbol symbol) {
    Objects.requireNonNull(symbol, "symbol == null");
    return core.async(() -> of(symbol));
  }

  /** Every open position of a product type. */
  public List<Position> all(ProductType productType) {
    Objects.requireNonNull(productType, "productType == null");
    QueryParams query = QueryParams.builder()
        .put("productType", productType.v2Name())
        .put("marginCoin", productType.fixedMarginCoin())
        .build();
    return core.call(RestCall.get(Endpoints.ALL_POSITION, query, Decoders.positions(productType)));
  }

  public CompletableFuture<List<Position>> allAsync(ProductType productType) {
    Objects.requireNonNull(productType, "productType == null");
    return core.async(() -> all(productType));
  }
}
