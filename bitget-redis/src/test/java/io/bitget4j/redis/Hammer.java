package io.bitget4j.redis;

import io.bitget4j.core.BitgetException;
import io.bitget4j.core.RateLimitException;
import io.bitget4j.core.Symbol;
import io.bitget4j.core.model.Side;
import io.bitget4j.rest.BitgetRestClient;
import io.bitget4j.rest.OrderRequest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bot that sends as fast as its client lets it: threads placing resting limit orders (the
 * TRADE group) and threads reading the ticker (MARKET), until a deadline. It counts what came
 * back; the exchange (a FakeBitget) counts what arrived.
 */
final class Hammer {
  /** A new order (its own client order id) far below the fake's BTC price: it rests and never fills. */
  static OrderRequest restingBuy() {
    return OrderRequest.limit(Symbol.BTCUSDT_UMCBL, Side.BUY, new BigDecimal("0.001"), new BigDecimal("10000"));
  }

  private final AtomicLong orders = new AtomicLong();
  private final AtomicLong tickers = new AtomicLong();
  private final AtomicLong exchangeRateLimits = new AtomicLong();
  private final AtomicLong clientRefusals = new AtomicLong();
  private final AtomicLong otherFailures = new AtomicLong();
  private final AtomicLong slowestCallNanos = new AtomicLong();

  /**
   * Runs {@code threadsPerGroup} threads for each group until {@code deadlineNanos} of
   * {@link System#nanoTime()}, then waits for them at most {@code graceMillis}.
   *
   * @throws IllegalStateException if a thread is still busy after the grace: a call hung
   */
  Result run(BitgetRestClient client, int threadsPerGroup, long deadlineNanos, long graceMillis)
      throws InterruptedException {
    return run(client, threadsPerGroup, new AtomicLong(deadlineNanos), graceMillis);
  }

  /** As {@link #run(BitgetRestClient, int, long, long)}, with a deadline that may be set later. */
  Result run(BitgetRestClient client, int threadsPerGroup, AtomicLong deadlineNanos, long graceMillis)
      throws InterruptedException {
    ExecutorService threads = Executors.newFixedThreadPool(threadsPerGroup * 2);
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int i = 0; i < threadsPerGroup; i++) {
        workers.add(threads.submit(() -> loop(deadlineNanos, () -> client.orders().place(restingBuy()), orders)));
        workers.add(threads.submit(() -> loop(deadlineNanos, () -> client.market().ticker(Symbol.BTCUSDT_UMCBL),
            tickers)));
      }
      for (Future<?> worker : workers) {
        try {
          long waitUntil = deadlineNanos.get() + TimeUnit.MILLISECONDS.toNanos(graceMillis);
          worker.get(Math.max(0, waitUntil - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
          throw new IllegalStateException("a call was still running " + graceMillis + " ms after the deadline", e);
        } catch (ExecutionException e) {
          throw new IllegalStateException("a worker failed", e.getCause());
        }
      }
    } finally {
      threads.shutdownNow();
    }
    return new Result(orders.get(), tickers.get(), exchangeRateLimits.get(), clientRefusals.get(),
        otherFailures.get(), TimeUnit.NANOSECONDS.toMillis(slowestCallNanos.get()));
  }

  private void loop(AtomicLong deadlineNanos, Runnable call, AtomicLong succeeded) {
    while (System.nanoTime() < deadlineNanos.get()) {
      long start = System.nanoTime();
      try {
        call.run();
        succeeded.incrementAndGet();
      } catch (RateLimitException e) {
        (e.isClientSide() ? clientRefusals : exchangeRateLimits).incrementAndGet();
      } catch (BitgetException e) {
        otherFailures.incrementAndGet();
      }
      slowestCallNanos.accumulateAndGet(System.nanoTime() - start, Math::max);
    }
  }

  /**
   * What one bot saw.
   *
   * @param orders orders placed
   * @param tickers tickers read
   * @param exchangeRateLimits calls that ended in the exchange's HTTP 429
   * @param clientRefusals calls the client refused itself (the permit was too far away)
   * @param otherFailures calls that failed otherwise
   * @param slowestCallMillis the longest call, permit waits included
   */
  record Result(long orders, long tickers, long exchangeRateLimits, long clientRefusals, long otherFailures,
      long slowestCallMillis) {
    /** One line, {@code RESULT key=value ...}, for a parent process to read. */
    String line() {
      return "RESULT orders=" + orders + " tickers=" + tickers + " exchangeRateLimits=" + exchangeRateLimits
          + " clientRefusals=" + clientRefusals + " otherFailures=" + otherFailures
          + " slowestCallMillis=" + slowestCallMillis;
    }
  }
}
