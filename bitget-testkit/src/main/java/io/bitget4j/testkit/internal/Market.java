package io.bitget4j.testkit.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * One simulated symbol: a seeded random walk of the last price in whole price steps, the book
 * around it, the trades that move it, candles and 24-hour statistics. Not thread-safe; the
 * {@link Exchange} guards it.
 */
final class Market {
  private static final int KEEP_TRADES = 100;
  private static final long FUNDING_PERIOD_MILLIS = 8 * 3_600_000L;

  /** One public trade; price in ticks. */
  record Trade(String tradeId, long ts, long price, BigDecimal size, String side) {}

  final Contract contract;
  final OrderBook book;
  private final Random rng;
  private final long initialTicks;
  private final ArrayDeque<Trade> trades = new ArrayDeque<>();
  private final Map<String, CandleSeries> candles = new LinkedHashMap<>();
  private long lastTicks;
  private long indexOffsetTicks;
  private long open24h;
  private long high24h;
  private long low24h;
  private BigDecimal baseVolume;
  private BigDecimal quoteVolume;
  private final BigDecimal holdingAmount;
  private long seq;
  private long nextTradeId;
  private final List<Trade> fresh = new ArrayList<>();

  Market(Contract contract, BigDecimal initialPrice, long seed, long nowMillis) {
    this.contract = contract;
    this.book = new OrderBook(contract);
    this.rng = new Random(seed);
    this.initialTicks = contract.ticks(initialPrice);
    this.lastTicks = initialTicks;
    this.nextTradeId = 1_100_000_000_000_000_000L + (seed & 0xffff) * 1_000_000_000L;
    this.seq = 1000;
    for (Interval interval : Interval.all()) {
      candles.put(interval.name, new CandleSeries(interval));
    }
    long scale = (long) Math.pow(10, contract.volumePlace);
    this.baseVolume = BigDecimal.valueOf(50_000 * scale + rng.nextInt((int) (10_000 * scale)),
        contract.volumePlace);
    this.quoteVolume = baseVolume.multiply(initialPrice).setScale(1, RoundingMode.HALF_UP);
    this.holdingAmount = BigDecimal.valueOf(10_000 * scale + rng.nextInt((int) (5_000 * scale)),
        contract.volumePlace);
    backfill(nowMillis);
    this.open24h = firstCandleOpen();
    this.high24h = Math.max(open24h, lastTicks);
    this.low24h = Math.min(open24h, lastTicks);
    for (CandleSeries.Candle c : candles.get("1m").range(Long.MIN_VALUE, Long.MAX_VALUE, 1000)) {
      high24h = Math.max(high24h, c.high);
      low24h = Math.min(low24h, c.low);
    }
    book.rebuild(lastTicks, rng);
    fresh.clear();
  }

  /** Four hours of one-minute history ending at the initial price, so candles have a past. */
  private void backfill(long nowMillis) {
    int minutes = 240;
    long[] path = new long[minutes];
    long p = initialTicks;
    for (int i = minutes - 1; i >= 0; i--) {
      path[i] = p;
      p = Math.max(1, p + step(p));
    }
    for (int i = 0; i < minutes; i++) {
      long ts = nowMillis - (long) (minutes - i) * 60_000L;
      recordTrade(ts, path[i], i > 0 && path[i] < path[i - 1] ? "sell" : "buy");
    }
    lastTicks = initialTicks;
    recordTrade(nowMillis, lastTicks, "buy");
  }

  private long firstCandleOpen() {
    List<CandleSeries.Candle> all = candles.get("1m").range(Long.MIN_VALUE, Long.MAX_VALUE, 1000);
    return all.isEmpty() ? lastTicks : all.get(0).open;
  }

  /** A random move in whole price steps, about 0.02% of the price, pulled gently home. */
  private long step(long price) {
    double sigma = Math.max(1.0, price * 0.0002);
    double pull = (initialTicks - price) * 0.002;
    return Math.round(rng.nextGaussian() * sigma + pull);
  }

  /** One market tick: the price walks, trades print, the book moves. */
  void tick(long nowMillis) {
    moveTo(Math.max(1, lastTicks + step(lastTicks)), nowMillis);
  }

  /** Moves the last price to {@code target} ticks through one to three trades. */
  void moveTo(long target, long nowMillis) {
    long from = lastTicks;
    int n = 1 + rng.nextInt(3);
    for (int i = 1; i <= n; i++) {
      long price = from + (target - from) * i / n;
      String side = target > from ? "buy" : target < from ? "sell" : rng.nextBoolean() ? "buy" : "sell";
      recordTrade(nowMillis, price, side);
    }
    lastTicks = target;
    indexOffsetTicks = rng.nextInt(5) - 2;
  }

  private void recordTrade(long ts, long price, String side) {
    BigDecimal size = BigDecimal.valueOf(1 + rng.nextInt((int) Math.pow(10, contract.volumePlace) * 3),
        contract.volumePlace);
    Trade trade = new Trade(Long.toString(nextTradeId++), ts, price, size, side);
    trades.addFirst(trade);
    if (trades.size() > KEEP_TRADES) {
      trades.removeLast();
    }
    fresh.add(trade);
    BigDecimal quote = size.multiply(contract.price(price));
    for (CandleSeries series : candles.values()) {
      series.add(ts, price, size, quote);
    }
    high24h = Math.max(high24h, price);
    low24h = low24h == 0 ? price : Math.min(low24h, price);
    if (baseVolume != null) {
      baseVolume = baseVolume.add(size);
      quoteVolume = quoteVolume.add(quote).setScale(1, RoundingMode.HALF_UP);
    }
  }

  /** Rebuilds the book around the current price and returns the change, advancing seq. */
  OrderBook.Diff moveBook() {
    OrderBook.Diff diff = book.rebuild(lastTicks, rng);
    if (!diff.isEmpty()) {
      seq++;
    }
    return diff;
  }

  /** Trades printed since the last call, oldest first. */
  List<Trade> drainFreshTrades() {
    List<Trade> out = new ArrayList<>(fresh);
    fresh.clear();
    return out;
  }

  /** The most recent trades, newest first. */
  List<Trade> recentTrades(int limit) {
    List<Trade> out = new ArrayList<>();
    Iterator<Trade> it = trades.iterator();
    while (it.hasNext() && out.size() < limit) {
      out.add(it.next());
    }
    return out;
  }

  CandleSeries candles(Interval interval) {
    return candles.get(interval.name);
  }

  long lastTicks() {
    return lastTicks;
  }

  BigDecimal last() {
    return contract.price(lastTicks);
  }

  /** The mark price: the last price, so that tests can reason about PnL exactly. */
  BigDecimal mark() {
    return last();
  }

  BigDecimal index() {
    return contract.price(lastTicks + indexOffsetTicks);
  }

  long seq() {
    return seq;
  }

  BigDecimal open24h() {
    return contract.price(open24h);
  }

  BigDecimal high24h() {
    return contract.price(high24h);
  }

  BigDecimal low24h() {
    return contract.price(low24h);
  }

  BigDecimal change24h() {
    if (open24h == 0) {
      return BigDecimal.ZERO;
    }
    return BigDecimal.valueOf(lastTicks - open24h).divide(BigDecimal.valueOf(open24h), 5, RoundingMode.HALF_UP);
  }

  BigDecimal baseVolume() {
    return baseVolume;
  }

  BigDecimal quoteVolume() {
    return quoteVolume;
  }

  BigDecimal holdingAmount() {
    return holdingAmount;
  }

  String fundingRate() {
    return "0.0001";
  }

  long nextFundingTime(long nowMillis) {
    return Math.floorDiv(nowMillis, FUNDING_PERIOD_MILLIS) * FUNDING_PERIOD_MILLIS + FUNDING_PERIOD_MILLIS;
  }
}
