package io.bitget4j.ws;

import io.bitget4j.core.Symbol;
import io.bitget4j.core.model.Ticker;
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
 * {@link StreamListener} contract and share the feed's one server subscription. {@link #close()}
 * ends the feed and every subscription made through it.
 */
public final class PriceFeed implements AutoCloseable {
  private final BitgetStreamClient client;
  private final Symbol symbol;
  private final AtomicReference<Received> latest = new AtomicReference<>();
  private final Set<Subscription> subscriptions = ConcurrentHashMap.newKeySet();
  private final Subscription feed;
  private volatile boolean closed;

  PriceFeed(BitgetStreamClient client, Symbol symbol) {
    this.client = client;
    this.symbol = Objects.requireNonNull(symbol, "symbol == null");
    this.feed = client.ticker(symbol, ticker -> latest.set(new Received(ticker, client.engine().config().clock().instant())));
  }

  private record Received(Ticker ticker, Instant at) {
  }

  /** The symbol this feed follows. */
  public Symbol symbol() {
    return symbol;
  }

  /** The last traded price, empty until the first ticker arrives. */
  public Optional<BigDecimal> lastPrice() {
    return lastTicker().map(Ticker::lastPrice);
  }

  /** The latest ticker, empty until the first one arrives. */
  public Optional<Ticker> lastTicker() {
    Received received = latest.get();
    return received == null ? Optional.empty() : Optional.of(received.ticker());
  }

  /** When the latest ticker was received, by the client's clock. */
  public Optional<Instant> lastUpdate() {
    Received received = latest.get();
    return received == null ? Optional.empty() : Optional.of(received.at());
  }

  /** Delivers every ticker of this symbol to {@code listener}; close the handle to stop. */
  public Subscription subscribe(StreamListener<? super Ticker> listener) {
    return subscribe(listener, Delivery.immediate());
  }

  /**
   * Delivers the tickers of this symbol to {@code listener} as {@code delivery} says, for example
   * {@link Delivery#panelPrice()}; close the handle to stop. A listener that subscribes after the
   * first ticker gets the latest one at once.
   *
   * @throws IllegalStateException when the feed is closed
   */
  public Subscription subscribe(StreamListener<? super Ticker> listener, Delivery delivery) {
    Objects.requireNonNull(listener, "listener == null");
    Objects.requireNonNull(delivery, "delivery == null");
    if (closed) {
      throw new IllegalStateException("the price feed of " + symbol + " is closed");
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
