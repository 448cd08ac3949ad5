package io.bitget4j.testkit.internal;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** The recent candles of one symbol at one interval, built from the simulated trades. */
final class CandleSeries {
  private static final int KEEP = 1000;

  /** One candle; prices in ticks. */
  static final class Candle {
    final long start;
    long open;
    long high;
    long low;
    long close;
    BigDecimal baseVolume = BigDecimal.ZERO;
    BigDecimal quoteVolume = BigDecimal.ZERO;

    Candle(long start, long price) {
      this.start = start;
      this.open = price;
      this.high = price;
      this.low = price;
      this.close = price;
    }
  }

  private final Interval interval;
  private final ArrayDeque<Candle> candles = new ArrayDeque<>();

  CandleSeries(Interval interval) {
    this.interval = interval;
  }

  void add(long epochMillis, long price, BigDecimal size, BigDecimal quote) {
    long start = interval.start(epochMillis);
    Candle last = candles.peekLast();
    if (last == null || start > last.start) {
      last = new Candle(start, last == null ? price : last.close);
      candles.addLast(last);
      if (candles.size() > KEEP) {
        candles.removeFirst();
      }
    }
    last.high = Math.max(last.high, price);
    last.low = Math.min(last.low, price);
    last.close = price;
    last.baseVolume = last.baseVolume.add(size);
    last.quoteVolume = last.quoteVolume.add(quote);
  }

  Candle current() {
    return candles.peekLast();
  }

  /** Up to {@code limit} candles within [startTime, endTime], oldest first. */
  List<Candle> range(long startTime, long endTime, int limit) {
    List<Candle> out = new ArrayList<>();
    Iterator<Candle> newestFirst = candles.descendingIterator();
    while (newestFirst.hasNext() && out.size() < limit) {
      Candle c = newestFirst.next();
      if (c.start > endTime) {
        continue;
      }
      if (c.start < startTime) {
        break;
      }
      out.add(0, c);
    }
    return out;
  }
}
