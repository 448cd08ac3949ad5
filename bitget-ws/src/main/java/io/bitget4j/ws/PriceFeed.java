package io.bitget4j.ws;

import io.bitget4j.core.BitgetException;
import io.bitget4j.core.Symbol;
import io.bitget4j.core.model.Ticker;
import io.bitget4j.ws.internal.ListenerHandle;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The live last price of one symbol, fed by its {@code ticker} channel.
 *
 * <pre>{@code
 * try (PriceFeed btc = client.priceFeed(Symbol.BTCUSDT_UMCBL)) {
 *   btc.subscribe(ticker -> label.setText(ticker.lastPrice().toPlainString()), Delivery.panelPrice());
 *   ...
 *   Optional<BigDecimal> now = btc.lastPrice();
 * }
 * }</pre>
 *
 * <p>Thread-safe. The getters read the latest ticker received; listeners follow the
 * {@link StreamListener} contract and share the feed's one server subscription. If the ticker
 * channel fails (Bitget refuses it, or the client gives up reconnecting), the feed stops for
 * good: its subscriptions get the error, and every later one gets it at once. {@link #close()}
 * ends the feed and every subscription made through it.
 */
public final class PriceFeed implements AutoCloseable {
  private final BitgetStreamClient client;
  private final Symbol symbol;
  private final AtomicReference<Received> latest = new AtomicReference<>();
  private final Set<Subscription> subscriptions = ConcurrentHashMap.newKeySet();
  private final Subscription feed;
  private volatile boolean closed;
  private volatile BitgetException failure;

  PriceFeed(BitgetStreamClient client, Symbol symbol) {
    this.client = client;
    this.symbol = Objects.requireNonNull(symbol, "symbol == null");
    this.feed = client.ticker(symbol, new StreamListener<Ticker>() {
      @Override
      public void onUpdate(Ticker ticker) {
        latest.set(new Received(ticker, client.engine().config().clock().instant()));
      }

      @Override
      public void onError(BitgetException error) {
        // The feed's subscriptions share its channel, so they got the error too.
        failure = error;
      }
    });
  }

  private record Received(Ticker ticker, Instant at) {
  }

  /**
   * The symbol this feed follows.
   *
   * @return the contract whose ticker feeds this view
   */
  public Symbol symbol() {
    return symbol;
  }

  /**
   * The last traded price, empty until the first ticker arrives.
   *
   * @return the latest ticker's last price, in quote coin
   */
  public Optional<BigDecimal> lastPrice() {
    return lastTicker().map(Ticker::lastPrice);
  }

  /**
   * The latest ticker, empty until the first one arrives.
   *
   * @return the whole latest ticker: best bid and ask, mark and index prices, 24-hour figures
   */
  public Optional<Ticker> lastTicker() {
    Received received = latest.get();
    return received == null ? Optional.empty() : Optional.of(received.ticker());
  }

  /**
   * When the latest ticker was received, by the client's clock.
   *
   * @return the receive time of the latest ticker; empty until the first one arrives
   */
  public Optional<Instant> lastUpdate() {
    Received received = latest.get();
    return received == null ? Optional.empty() : Optional.of(received.at());
  }

  /**
   * The error that stopped the feed (see the class comment); empty while it runs.
   *
   * @return the terminal error; empty while the feed runs
   */
  public Optional<BitgetException> failure() {
    return Optional.ofNullable(failure);
  }

  /**
   * Delivers every ticker of this symbol to {@code listener}; close the handle to stop.
   *
   * @param listener called on the listener executor with each ticker
   * @return the handle; close it to stop
   * @throws IllegalStateException when the feed or the client is closed
   */
  public Subscription subscribe(StreamListener<? super Ticker> listener) {
    return subscribe(listener, Delivery.immediate());
  }

  /**
   * Delivers the tickers of this symbol to {@code listener} as {@code delivery} says, for example
   * {@link Delivery#panelPrice()}; close the handle to stop. A listener that subscribes after the
   * first ticker gets the latest one at once. After the feed's channel failed, the listener gets
   * that error at once and the returned subscription is inactive.
   *
   * @param listener called on the listener executor with each ticker
   * @param delivery every ticker, or throttled to the latest per interval
   * @return the handle; close it to stop
   * @throws IllegalStateException when the feed or the client is closed
   */
  public Subscription subscribe(StreamListener<? super Ticker> listener, Delivery delivery) {
    Objects.requireNonNull(listener, "listener == null");
    Objects.requireNonNull(delivery, "delivery == null");
    if (closed) {
      throw new IllegalStateException("the price feed of " + symbol + " is closed");
    }
    BitgetException failed = failure;
    if (failed != null) {
      ListenerHandle<Ticker> handle = client.engine().localHandle("ticker " + symbol, listener, delivery, h -> { });
      handle.fail(failed);
      return handle;
    }
    Subscription subscription = client.ticker(symbol, listener, delivery);
    subscriptions.add(subscription);
    if (closed) {
      subscription.close(); // closed concurrently: do not leak it
    }
    subscriptions.removeIf(s -> !s.isActive());
    return subscription;
  }

  /** Ends the feed and every subscription made through it. Idempotent. */
  @Override
  public void close() {
    closed = true;
    feed.close();
    for (Subscription subscription : subscriptions) {
      subscription.close();
    }
    subscriptions.clear();
  }

  @Override
  public String toString() {
    return "PriceFeed{" + symbol + ", lastPrice=" + lastPrice().map(BigDecimal::toPlainString).orElse("none") + "}";
  }
}
