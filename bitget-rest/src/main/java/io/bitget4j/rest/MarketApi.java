package io.bitget4j.rest;

import io.bitget4j.core.InvalidRequestException;
import io.bitget4j.core.ProductType;
import io.bitget4j.core.internal.QueryParams;
import io.bitget4j.core.Symbol;
import io.bitget4j.core.model.Candle;
import io.bitget4j.core.model.Contract;
import io.bitget4j.core.model.FundingRate;
import io.bitget4j.core.model.OpenInterest;
import io.bitget4j.core.model.OrderBook;
import io.bitget4j.core.model.SymbolPrice;
import io.bitget4j.core.model.Ticker;
import io.bitget4j.core.model.Trade;
import io.bitget4j.rest.internal.Checks;
import io.bitget4j.rest.internal.ClientCore;
import io.bitget4j.rest.internal.Decoders;
import io.bitget4j.rest.internal.Endpoints;
import io.bitget4j.rest.internal.RestCall;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Public market data: server time, contracts, tickers, order books, trades, candles, funding,
 * open interest and mark/index prices. Needs no credentials.
 *
 * <p>Every call has an {@code ...Async} twin that runs on the client's executor and completes
 * its future with the same value or exception. Thread-safe.
 */
public final class MarketApi {
  private static final Set<Integer> BOOK_LIMITS = Set.of(1, 5, 15, 50);
  /** The most recent trades one request returns. */
  public static final int MAX_TRADES = 100;

  private final ClientCore core;

  MarketApi(ClientCore core) {
    this.core = core;
  }

  /** The exchange's clock. */
  public Instant serverTime() {
    return Instant.ofEpochMilli(core.call(
        RestCall.get(Endpoints.SERVER_TIME, QueryParams.empty(), Decoders.serverTime())));
  }

  public CompletableFuture<Instant> serverTimeAsync() {
    return core.async(this::serverTime);
  }

  /** Every contract of a product type. Refreshes the contract cache. */
  public List<Contract> contracts(ProductType productType) {
    Objects.requireNonNull(productType, "productType == null");
    QueryParams query = QueryParams.builder().put("productType", productType.v2Name()).build();
    List<Contract> contracts = core.call(RestCall.get(Endpoints.CONTRACTS, query, Decoders.contracts(productType)));
    contracts.forEach(core.contracts()::remember);
    return contracts;
  }

  public CompletableFuture<List<Contract>> contractsAsync(ProductType productType) {
    Objects.requireNonNull(productType, "productType == null");
    return core.async(() -> contracts(productType));
  }

  /** One symbol's contract, fetched now. Refreshes the contract cache. */
  public Contract contract(Symbol symbol) {
    Objects.requireNonNull(symbol, "symbol == null");
    return core.fetchContract(symbol);
  }

  public CompletableFuture<Contract> contractAsync(Symbol symbol) {
    Objects.requireNonNull(symbol, "symbol == null");
    return core.async(() -> contract(symbol));
  }

  /** One symbol's ticker. */
  public Ticker ticker(Symbol symbol) {
    return core.call(RestCall.get(Endpoints.TICKER, symbolQuery(symbol).build(),
        Decoders.ticker(symbol.productType())));
  }

  public CompletableFuture<Ticker> tickerAsync(Symbol symbol) {
    Objects.requireNonNull(symbol, "symbol == null");
    return core.async(() -> ticker(symbol));
  }

  /** The tickers of every symbol of a product type. */
  public List<Ticker> tickers(ProductType productType) {
    Objects.requireNonNull(productType, "productType == null");
    QueryParams query = QueryParams.builder().put("productType", productType.v2Name()).build();
    return core.call(RestCall.get(Endpoints.TICKERS, query, Decoders.tickers(productType)));
  }

  public CompletableFuture<List<Ticker>> tickersAsync(ProductType productType) {
    Objects.requireNonNull(productType, "productType == null");
    return core.async(() -> tickers(productType));
  }

  /** The order book (merged depth) at Bitget's default depth of 100 levels a side. */
  public OrderBook orderBook(Symbol symbol) {
    return core.call(RestCall.get(Endpoints.MERGE_DEPTH, symbolQuery(symbol).build(),
        Decoders.orderBook(symbol)));
  }

  /**
   * The order book with {@code depth} levels a side.
   *
   * @param depth 1, 5, 15 or 50
   */
  public OrderBook orderBook(Symbol symbol, int depth) {
    if (!BOOK_LIMITS.contains(depth)) {
      throw InvalidRequestException.of("depth",
          "must be 1, 5, 15 or 50 but was " + depth + "; use orderBook(symbol) for 100 levels");
    }
    return core.call(RestCall.get(Endpoints.MERGE_DEPTH,
        symbolQuery(symbol).put("limit", depth).build(), Decoders.orderBook(symbol)));
  }

  public CompletableFuture<OrderBook> orderBookAsync(Symbol symbol) {
    Objects.requireNonNull(symbol, "symbol == null");
    return core.async(() -> orderBook(symbol));
  }

  public CompletableFuture<OrderBook> orderBookAsync(Symbol symbol, int depth) {
    Objects.requireNonNull(symbol, "symbol == null");
    return core.async(() -> orderBook(symbol, depth));
  }

  /** The most recent public trades, newest first (up to {@value #MAX_TRADES}). */
  public List<Trade> recentTrades(Symbol symbol, int limit) {
    Checks.between("limit", limit, 1, MAX_TRADES);
    return core.call(RestCall.get(Endpoints.RECENT_TRADES,
        symbolQuery(symbol).put("limit", limit).build(), Decoders.trades(symbol)));
  }

  public CompletableFuture<List<Trade>> recentTradesAsync(Symbol symbol, int limit) {
    Objects.requireNonNull(symbol, "symbol == null");
    Checks.between("limit", limit, 1, MAX_TRADES);
    return core.async(() -> recentTrades(symbol, limit));
  }

  /** Candles, oldest first. */
  public List<Candle> candles(CandleRequest request) {
    Objects.requireNonNull(request, "request == null");
    QueryParams query = symbolQuery(request.symbol())
        .put("granularity", request.interval().restGranularity())
        .put("startTime", request.startTime().map(t -> Long.toString(t.toEpochMilli())))
        .put("endTime", request.endTime().map(t -> Long.toString(t.toEpochMilli())))
        .put("limit", request.limit().isPresent() ? Integer.toString(request.limit().getAsInt()) : null)
        .build();
    return core.call(RestCall.get(Endpoints.CANDLES, query, Decoders.candles()));
  }

  public CompletableFuture<List<Candle>> candlesAsync(CandleRequest request) {
    Objects.requireNonNull(request, "request == null");
    return core.async(() -> candles(request));
  }

  /** The current funding rate. */
  public FundingRate fundingRate(Symbol symbol) {
    return core.call(RestCall.get(Endpoints.FUNDING_RATE, symbolQuery(symbol).build(),
        Decoders.fundingRate(symbol.productType())));
  }

  public CompletableFuture<FundingRate> fundingRateAsync(Symbol symbol) {
    Objects.requireNonNull(symbol, "symbol == null");
    return core.async(() -> fundingRate(symbol));
  }

  /** The total open interest. */
  public OpenInterest openInterest(Symbol symbol) {
    return core.call(RestCall.get(Endpoints.OPEN_INTEREST, symbolQuery(symbol).build(),
        Decoders.openInterest(symbol.productType())));
  }

  public CompletableFuture<OpenInterest> openInterestAsync(Symbol symbol) {
    Objects.requireNonNull(symbol, "symbol == null");
    return core.async(() -> openInterest(symbol));
  }

  /** The last, mark and index prices. */
  public SymbolPrice symbolPrice(Symbol symbol) {
    return core.call(RestCall.get(Endpoints.SYMBOL_PRICE, symbolQuery(symbol).build(),
        Decoders.symbolPrice(symbol.productType())));
  }

  public CompletableFuture<SymbolPrice> symbolPriceAsync(Symbol symbol) {
    Objects.requireNonNull(symbol, "symbol == null");
    return core.async(() -> symbolPrice(symbol));
  }

  /** {@code productType} and {@code symbol} in V2 form: the one place the wire form is rendered. */
  static QueryParams.Builder symbolQuery(Symbol symbol) {
    Objects.requireNonNull(symbol, "symbol == null");
    return QueryParams.builder()
        .put("productType", symbol.productType().v2Name())
        .put("symbol", symbol.v2Symbol());
  }
}
