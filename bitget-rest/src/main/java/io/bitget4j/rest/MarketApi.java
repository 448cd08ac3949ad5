package io.bitget4j.rest;

import io.bitget4j.core.InvalidRequestException;
import io.bitget4j.core.ProductType;
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
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Public market data: server time, contracts, tickers, order books, trades, candles, funding,
 * open interest and mark/index prices. Needs no credentials.
 *
 * <p>The calls speak the API of the client's account mode: V3 ({@code /api/v3/market/...}) once the
 * client knows the account is unified (configured, or detected on a private call), V2
 * ({@code /api/v2/mix/market/...}) otherwise. Both serve public data to either kind of account, and
 * the records are the same; a public call never triggers detection.
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

  /**
   * The exchange's clock, read now with one public request.
   *
   * @return the server's time, to the millisecond
   */
  public Instant serverTime() {
    return Instant.ofEpochMilli(core.serverTimeMillis());
  }

  /**
   * {@link #serverTime()} on the client's executor.
   *
   *
   * @return completes with the server's time, or fails with what {@link #serverTime()} throws
   */
  public CompletableFuture<Instant> serverTimeAsync() {
    return core.async(this::serverTime);
  }

  /**
   * Every contract of a product type. Refreshes the contract cache.
   *
   * @param productType the product line, such as {@link ProductType#UMCBL}
   * @return the contracts with their size and price steps, limits and status
   */
  public List<Contract> contracts(ProductType productType) {
    Objects.requireNonNull(productType, "productType == null");
    List<Contract> contracts = core.callPublic(wire -> wire.contracts(productType));
    contracts.forEach(core.contracts()::remember);
    return contracts;
  }

  /**
   * {@link #contracts(ProductType)} on the client's executor.
   *
   * @param productType the product line
   * @return completes with the contracts, or fails with what {@link #contracts(ProductType)} throws
   */
  public CompletableFuture<List<Contract>> contractsAsync(ProductType productType) {
    Objects.requireNonNull(productType, "productType == null");
    return core.async(() -> contracts(productType));
  }

  /**
   * One symbol's contract, fetched now. Refreshes the contract cache.
   *
   * @param symbol the contract to read
   * @return its size and price steps, limits and status
   * @throws io.bitget4j.core.BitgetException when the exchange does not list the symbol
   */
  public Contract contract(Symbol symbol) {
    Objects.requireNonNull(symbol, "symbol == null");
    return core.fetchContract(symbol);
  }

  /**
   * {@link #contract(Symbol)} on the client's executor.
   *
   * @param symbol the contract to read
   * @return completes with the contract, or fails with what {@link #contract(Symbol)} throws
   */
  public CompletableFuture<Contract> contractAsync(Symbol symbol) {
    Objects.requireNonNull(symbol, "symbol == null");
    return core.async(() -> contract(symbol));
  }

  /**
   * One symbol's ticker.
   *
   * @param symbol the contract
   * @return last, best bid and ask, mark and index prices and 24-hour figures
   */
  public Ticker ticker(Symbol symbol) {
    Objects.requireNonNull(symbol, "symbol == null");
    return core.callPublic(wire -> wire.ticker(symbol));
  }

  /**
   * {@link #ticker(Symbol)} on the client's executor.
   *
   * @param symbol the contract
   * @return completes with the ticker, or fails with what {@link #ticker(Symbol)} throws
   */
  public CompletableFuture<Ticker> tickerAsync(Symbol symbol) {
    Objects.requireNonNull(symbol, "symbol == null");
    return core.async(() -> ticker(symbol));
  }

  /**
   * The tickers of every symbol of a product type.
   *
   * @param productType the product line
   * @return one ticker per listed symbol, in the exchange's order
   */
  public List<Ticker> tickers(ProductType productType) {
    Objects.requireNonNull(productType, "productType == null");
    return core.callPublic(wire -> wire.tickers(productType));
  }

  /**
   * {@link #tickers(ProductType)} on the client's executor.
   *
   * @param productType the product line
   * @return completes with the tickers, or fails with what {@link #tickers(ProductType)} throws
   */
  public CompletableFuture<List<Ticker>> tickersAsync(ProductType productType) {
    Objects.requireNonNull(productType, "productType == null");
    return core.async(() -> tickers(productType));
  }

  /**
   * The order book (merged depth) at 100 levels a side.
   *
   * @param symbol the contract
   * @return bids best (highest) first, asks best (lowest) first; sizes in base coin
   */
  public OrderBook orderBook(Symbol symbol) {
    Objects.requireNonNull(symbol, "symbol == null");
    return core.callPublic(wire -> wire.orderBook(symbol, OptionalInt.empty()));
  }

  /**
   * The order book with {@code depth} levels a side.
   *
   * @param symbol the contract
   * @param depth 1, 5, 15 or 50
   * @return bids best (highest) first, asks best (lowest) first, at most {@code depth} each
   * @throws InvalidRequestException for any other depth, before any request
   */
  public OrderBook orderBook(Symbol symbol, int depth) {
    Objects.requireNonNull(symbol, "symbol == null");
    checkDepth(depth);
    return core.callPublic(wire -> wire.orderBook(symbol, OptionalInt.of(depth)));
  }

  /**
   * {@link #orderBook(Symbol)} on the client's executor.
   *
   * @param symbol the contract
   * @return completes with the book, or fails with what {@link #orderBook(Symbol)} throws
   */
  public CompletableFuture<OrderBook> orderBookAsync(Symbol symbol) {
    Objects.requireNonNull(symbol, "symbol == null");
    return core.async(() -> orderBook(symbol));
  }

  /**
   * {@link #orderBook(Symbol, int)} on the client's executor.
   *
   * @param symbol the contract
   * @param depth 1, 5, 15 or 50
   * @return completes with the book, or fails with what {@link #orderBook(Symbol, int)} throws
   * @throws InvalidRequestException for any other depth, at once
   */
  public CompletableFuture<OrderBook> orderBookAsync(Symbol symbol, int depth) {
    Objects.requireNonNull(symbol, "symbol == null");
    checkDepth(depth);
    return core.async(() -> orderBook(symbol, depth));
  }

  /**
   * The most recent public trades, newest first (up to {@value #MAX_TRADES}).
   *
   * @param symbol the contract
   * @param limit how many trades, 1 to {@value #MAX_TRADES}
   * @return at most {@code limit} trades; empty when the market has none
   * @throws InvalidRequestException when {@code limit} is out of range, before any request
   */
  public List<Trade> recentTrades(Symbol symbol, int limit) {
    Objects.requireNonNull(symbol, "symbol == null");
    Checks.between("limit", limit, 1, MAX_TRADES);
    return core.callPublic(wire -> wire.recentTrades(symbol, limit));
  }

  /**
   * {@link #recentTrades(Symbol, int)} on the client's executor.
   *
   * @param symbol the contract
   * @param limit how many trades, 1 to {@value #MAX_TRADES}
   * @return completes with the trades, or fails with what {@link #recentTrades(Symbol, int)} throws
   * @throws InvalidRequestException when {@code limit} is out of range, at once
   */
  public CompletableFuture<List<Trade>> recentTradesAsync(Symbol symbol, int limit) {
    Objects.requireNonNull(symbol, "symbol == null");
    Checks.between("limit", limit, 1, MAX_TRADES);
    return core.async(() -> recentTrades(symbol, limit));
  }

  /**
   * Candles, oldest first.
   *
   * @param request the symbol, interval, and optional time window and count
   * @return the candles; empty when none fall in the window
   * @throws InvalidRequestException on a unified account for a weekly or monthly interval, or more
   *     than 100 candles, which Bitget's V3 does not offer
   */
  public List<Candle> candles(CandleRequest request) {
    Objects.requireNonNull(request, "request == null");
    return core.callPublic(wire -> wire.candles(request));
  }

  /**
   * {@link #candles(CandleRequest)} on the client's executor.
   *
   * @param request the symbol, interval, and optional time window and count
   * @return completes with the candles, or fails with what {@link #candles(CandleRequest)} throws
   */
  public CompletableFuture<List<Candle>> candlesAsync(CandleRequest request) {
    Objects.requireNonNull(request, "request == null");
    return core.async(() -> candles(request));
  }

  /**
   * The current funding rate.
   *
   * @param symbol the contract
   * @return the rate as a fraction per funding interval (0.0001 is 0.01 %), positive when longs pay
   *     shorts, and the next funding time when Bitget gives it
   */
  public FundingRate fundingRate(Symbol symbol) {
    Objects.requireNonNull(symbol, "symbol == null");
    return core.callPublic(wire -> wire.fundingRate(symbol));
  }

  /**
   * {@link #fundingRate(Symbol)} on the client's executor.
   *
   * @param symbol the contract
   * @return completes with the funding rate, or fails with what {@link #fundingRate(Symbol)} throws
   */
  public CompletableFuture<FundingRate> fundingRateAsync(Symbol symbol) {
    Objects.requireNonNull(symbol, "symbol == null");
    return core.async(() -> fundingRate(symbol));
  }

  /**
   * The total open interest.
   *
   * @param symbol the contract
   * @return the size of all open positions, in base coin
   */
  public OpenInterest openInterest(Symbol symbol) {
    Objects.requireNonNull(symbol, "symbol == null");
    return core.callPublic(wire -> wire.openInterest(symbol));
  }

  /**
   * {@link #openInterest(Symbol)} on the client's executor.
   *
   * @param symbol the contract
   * @return completes with the open interest, or fails with what {@link #openInterest(Symbol)}
   *     throws
   */
  public CompletableFuture<OpenInterest> openInterestAsync(Symbol symbol) {
    Objects.requireNonNull(symbol, "symbol == null");
    return core.async(() -> openInterest(symbol));
  }

  /**
   * The last, mark and index prices.
   *
   * @param symbol the contract
   * @return the three prices and when Bitget took them
   */
  public SymbolPrice symbolPrice(Symbol symbol) {
    Objects.requireNonNull(symbol, "symbol == null");
    return core.callPublic(wire -> wire.symbolPrice(symbol));
  }

  /**
   * {@link #symbolPrice(Symbol)} on the client's executor.
   *
   * @param symbol the contract
   * @return completes with the prices, or fails with what {@link #symbolPrice(Symbol)} throws
   */
  public CompletableFuture<SymbolPrice> symbolPriceAsync(Symbol symbol) {
    Objects.requireNonNull(symbol, "symbol == null");
    return core.async(() -> symbolPrice(symbol));
  }

  private static void checkDepth(int depth) {
    if (!BOOK_LIMITS.contains(depth)) {
      throw InvalidRequestException.of("depth",
          "must be 1, 5, 15 or 50 but was " + depth + "; use orderBook(symbol) for 100 levels");
    }
  }
}
