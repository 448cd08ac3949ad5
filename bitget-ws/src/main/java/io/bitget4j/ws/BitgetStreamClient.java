package io.bitget4j.ws;

import io.bitget4j.core.AccountMode;
import io.bitget4j.core.Credentials;
import io.bitget4j.core.ProductType;
import io.bitget4j.core.RequestSigner;
import io.bitget4j.core.Symbol;
import io.bitget4j.core.internal.Urls;
import io.bitget4j.core.internal.json.BitgetJson;
import io.bitget4j.core.model.Account;
import io.bitget4j.core.model.Candle;
import io.bitget4j.core.model.CandleInterval;
import io.bitget4j.core.model.ConditionalOrderUpdate;
import io.bitget4j.core.model.FastFill;
import io.bitget4j.core.model.Fill;
import io.bitget4j.core.model.Liquidation;
import io.bitget4j.core.model.Order;
import io.bitget4j.core.model.OrderBook;
import io.bitget4j.core.model.Position;
import io.bitget4j.core.model.Ticker;
import io.bitget4j.core.model.Trade;
import io.bitget4j.core.util.Backoff;
import io.bitget4j.ws.internal.ChannelKey;
import io.bitget4j.ws.internal.ClockOffset;
import io.bitget4j.ws.internal.Control;
import io.bitget4j.ws.internal.DeliveryContext;
import io.bitget4j.ws.internal.Endpoints;
import io.bitget4j.ws.internal.Grammar;
import io.bitget4j.ws.internal.NamedThreadFactory;
import io.bitget4j.ws.internal.StreamConfig;
import io.bitget4j.ws.internal.StreamEngine;
import io.bitget4j.ws.internal.Topic;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import okhttp3.WebSocket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bitget's futures streams on OkHttp's WebSocket, for classic and unified trading accounts alike:
 * typed subscriptions that survive lost connections.
 *
 * <pre>{@code
 * try (BitgetStreamClient client = BitgetStreamClient.builder().build()) {
 *   Subscription ticks = client.ticker(Symbol.BTCUSDT_UMCBL,
 *       ticker -> System.out.println(ticker.lastPrice()));
 *   client.orderBook(Symbol.BTCUSDT_UMCBL, BookDepth.FULL,
 *       book -> System.out.println(book.bestBid()), Delivery.throttled(Duration.ofSeconds(1)));
 *   ...
 *   ticks.close(); // unsubscribes
 * }
 * }</pre>
 *
 * <p><b>Classic and unified accounts.</b> The same subscriptions deliver the same records on both
 * kinds of account; only the wire differs: a classic account streams Bitget's V2 API
 * ({@code /v2/ws/...}), a unified trading account V3 ({@code /v3/ws/...}, whose books are kept in
 * sync by sequence numbers, whose positions arrive as changes merged here into the whole list, and
 * whose orders topic sends no snapshot, see {@link #openOrdersTracker}). The client speaks the
 * version of {@link Builder#accountMode(AccountMode)}; in {@link AccountMode#AUTO}, the default, a
 * stream URL that names a version decides, else an {@link AccountModeSource} such as
 * {@code rest::detectAccountMode} tells the mode (see {@link Builder#accountModeSource}). A few
 * channels exist in one version only ({@link #liquidations}, {@link #fastFills} and
 * {@link BookDepth#TOP_50} on unified accounts): the other version refuses them with an
 * {@link io.bitget4j.core.InvalidRequestException} before any I/O. A unified account's service
 * upgrade notice (code 30033) moves the channels to a new connection, make before break.
 *
 * <p>Connections open on demand: the public one with the first public subscription, the private
 * one (which logs in with the {@linkplain Builder#credentials credentials} before it subscribes)
 * with the first private subscription. Each connection carries at most
 * {@linkplain Builder#maxChannelsPerConnection 50 channels}; more channels open more connections.
 * Listeners of the same channel share one server subscription.
 *
 * <p>The client sends {@code ping} every {@linkplain Builder#pingInterval 25 s}; a connection
 * that stays silent for {@linkplain Builder#pongTimeout 10 s} after a ping is treated as dead. A
 * connection that is lost for any reason other than {@link #close()} reconnects with
 * exponential backoff and jitter, logs in again and subscribes every active channel again, in
 * batches and at most 10 frames in any second; order books start again from a fresh snapshot.
 * {@linkplain #addStateListener State listeners} see each step.
 *
 * <p>Bitget's per-connection budgets are kept: at most 240 subscribe requests per connection in
 * any hour, resubscribes included (a connection short of budget takes no new channel, and a
 * reconnect waits until it can subscribe everything again; see
 * {@link StreamHealth#subscribeRequestsLastHour()}); a connection is replaced, make before break,
 * before Bitget's forced close after about 24 hours ({@linkplain Builder#maxConnectionAge
 * 23 h 30 min}); a connection without channels closes after {@linkplain Builder#idleTimeout
 * 60 s} and opens again with the next subscription. {@link Subscription#ready()} tells when
 * Bitget has acknowledged a subscription.
 *
 * <p>Thread-safe. Listener callbacks run on the listener executor, never on a socket thread (see
 * {@link StreamListener}). The client owns daemon threads: one control thread
 * ({@code bitget4j-ws-control-1}) for connection state, heartbeats, backoff, send pacing and
 * throttles; listener threads ({@code bitget4j-ws-listener-*}) unless an executor is supplied; and
 * socket threads ({@code bitget4j-ws-okhttp-*}) unless an {@link OkHttpClient} is supplied.
 * {@link #close()} closes the sockets and stops those threads.
 */
public final class BitgetStreamClient implements AutoCloseable {
  /** Bitget's public V2 stream, of classic accounts. */
  public static final String DEFAULT_PUBLIC_URL = "wss://ws.bitget.com/v2/ws/public";
  /** Bitget's private V2 stream, of classic accounts. */
  public static final String DEFAULT_PRIVATE_URL = "wss://ws.bitget.com/v2/ws/private";
  /** Bitget's public V2 stream for demo trading. */
  public static final String DEMO_PUBLIC_URL = "wss://wspap.bitget.com/v2/ws/public";
  /** Bitget's private V2 stream for demo trading. */
  public static final String DEMO_PRIVATE_URL = "wss://wspap.bitget.com/v2/ws/private";
  /** Bitget's public V3 stream, of unified trading accounts. */
  public static final String UNIFIED_PUBLIC_URL = "wss://ws.bitget.com/v3/ws/public";
  /** Bitget's private V3 stream, of unified trading accounts. */
  public static final String UNIFIED_PRIVATE_URL = "wss://ws.bitget.com/v3/ws/private";
  /** Bitget's public V3 stream for demo trading. */
  public static final String UNIFIED_DEMO_PUBLIC_URL = "wss://wspap.bitget.com/v3/ws/public";
  /** Bitget's private V3 stream for demo trading. */
  public static final String UNIFIED_DEMO_PRIVATE_URL = "wss://wspap.bitget.com/v3/ws/private";

  private static final Logger logger = LoggerFactory.getLogger(BitgetStreamClient.class);

  private final StreamEngine engine;
  private final boolean hasCredentials;

  private BitgetStreamClient(Builder builder, RequestSigner signer, Endpoints endpoints) {
    List<Runnable> release = new ArrayList<>();
    ScheduledExecutorService scheduler;
    if (builder.controlScheduler != null) {
      scheduler = builder.controlScheduler;
    } else {
      ScheduledThreadPoolExecutor own = new ScheduledThreadPoolExecutor(1,
          new NamedThreadFactory("bitget4j-ws-control"));
      own.setRemoveOnCancelPolicy(true);
      own.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
      scheduler = own;
    }
    Control control = new Control(scheduler, builder.nanoTime);
    Executor listenerExecutor;
    boolean ownListenerThreads = builder.listenerExecutor == null;
    if (ownListenerThreads) {
      ExecutorService own = Executors.newCachedThreadPool(new NamedThreadFactory("bitget4j-ws-listener"));
      listenerExecutor = own;
      // Queued callbacks, such as the last state changes, still run.
      release.add(own::shutdown);
    } else {
      listenerExecutor = builder.listenerExecutor;
    }
    WebSocket.Factory sockets;
    if (builder.webSocketFactory != null) {
      sockets = builder.webSocketFactory;
    } else if (builder.okHttpClient != null) {
      sockets = builder.okHttpClient;
    } else {
      ExecutorService socketThreads = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS,
          new SynchronousQueue<>(), new NamedThreadFactory("bitget4j-ws-okhttp"));
      OkHttpClient own = new OkHttpClient.Builder().dispatcher(new Dispatcher(socketThreads)).build();
      sockets = own;
      release.add(() -> {
        own.dispatcher().executorService().shutdown();
        own.connectionPool().evictAll();
      });
    }
    if (builder.controlScheduler == null) {
      release.add(() -> {
        scheduler.shutdownNow();
        if (!control.inLoop()) {
          awaitTermination(scheduler, builder.closeTimeout);
        }
      });
    }
    this.hasCredentials = builder.credentials != null;
    StreamConfig config = new StreamConfig(
        endpoints, sockets, endpoints.json(), builder.clock,
        new ClockOffset(builder.clock, builder.clockOffset, builder.serverTimeSource),
        Optional.ofNullable(builder.credentials), Optional.ofNullable(signer), builder.pingInterval,
        builder.pongTimeout, builder.loginTimeout, builder.backoff, builder.maxChannelsPerConnection,
        Builder.MAX_ARGS_PER_FRAME, Builder.MAX_FRAME_BYTES, Builder.MESSAGES_PER_SECOND,
        Builder.SUBSCRIBE_REQUESTS_PER_HOUR, builder.idleTimeout, builder.maxConnectionAge,
        builder.closeTimeout);
    DeliveryContext delivery = new DeliveryContext(listenerExecutor, ownListenerThreads, scheduler, builder.clock,
        new AtomicLong());
    this.engine = new StreamEngine(config, control, delivery, listenerExecutor, () -> {
      release.forEach(Runnable::run);
      logger.debug("Stream client closed");
    });
  }

  private static void awaitTermination(ExecutorService executor, Duration timeout) {
    try {
      executor.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Returns a builder with Bitget's production URLs and the defaults documented on each setting.
   *
   * @return a new builder; without credentials only the public channels work
   */
  public static Builder builder() {
    return new Builder();
  }

  // ---------------------------------------------------------------- public channels

  /**
   * Subscribes the ticker of {@code symbol}, delivering every ticker.
   *
   * @param symbol the contract
   * @param listener called on the listener executor with each ticker; see {@link StreamListener}
   * @return the handle: {@link Subscription#ready()} completes once Bitget acknowledged the
   *     channel; close it to stop
   */
  public Subscription ticker(Symbol symbol, StreamListener<? super Ticker> listener) {
    return ticker(symbol, listener, Delivery.immediate());
  }

  /**
   * Subscribes the ticker of {@code symbol} (V2 channel and V3 topic {@code ticker}). A listener
   * that joins a channel already live gets the latest ticker at once.
   *
   * @param symbol the contract
   * @param listener called on the listener executor with each ticker; see {@link StreamListener}
   * @param delivery every value, or throttled to the latest per interval
   * @return the handle: {@link Subscription#ready()} completes once Bitget acknowledged the
   *     channel; close it to stop
   */
  public Subscription ticker(Symbol symbol, StreamListener<? super Ticker> listener, Delivery delivery) {
    Objects.requireNonNull(symbol, "symbol == null");
    return engine.subscribe(ChannelKey.of(Topic.TICKER, symbol), "ticker " + symbol, g -> g.tickers(symbol),
        listener, delivery, true);
  }

  /**
   * Subscribes the public trades of {@code symbol}, delivering every trade.
   *
   * @param symbol the contract
   * @param listener called on the listener executor with each public trade; see
   *     {@link StreamListener}
   * @return the handle: {@link Subscription#ready()} completes once Bitget acknowledged the
   *     channel; close it to stop
   */
  public Subscription trades(Symbol symbol, StreamListener<? super Trade> listener) {
    return trades(symbol, listener, Delivery.immediate());
  }

  /**
   * Subscribes the public trades of {@code symbol} (V2 channel {@code trade}, V3 topic
   * {@code publicTrade}); each trade is one value.
   *
   * @param symbol the contract
   * @param listener called on the listener executor with each public trade; see
   *     {@link StreamListener}
   * @param delivery every value, or throttled to the latest per interval
   * @return the handle: {@link Subscription#ready()} completes once Bitget acknowledged the
   *     channel; close it to stop
   */
  public Subscription trades(Symbol symbol, StreamListener<? super Trade> listener, Delivery delivery) {
    Objects.requireNonNull(symbol, "symbol == null");
    return engine.subscribe(ChannelKey.of(Topic.TRADES, symbol), "trades " + symbol, g -> g.trades(symbol),
        listener, delivery, false);
  }

  /**
   * Subscribes the candles of {@code symbol} for {@code interval}, delivering every candle.
   *
   * @param symbol the contract
   * @param interval the candle length, such as {@link CandleInterval#MINUTE_1}
   * @param listener called on the listener executor with each candle of each push; see
   *     {@link StreamListener}
   * @return the handle: {@link Subscription#ready()} completes once Bitget acknowledged the
   *     channel; close it to stop
   * @throws io.bitget4j.core.InvalidRequestException for an interval the account's streams do not
   *     offer
   */
  public Subscription candles(Symbol symbol, CandleInterval interval, StreamListener<? super Candle> listener) {
    return candles(symbol, interval, listener, Delivery.immediate());
  }

  /**
   * Subscribes the candles of {@code symbol} (V2 channels {@code candle1m}, {@code candle1H}, ...;
   * V3 topic {@code kline} with its {@code interval}); each candle of a push is one value, the
   * first push being recent history.
   *
   * @param symbol the contract
   * @param interval the candle length, such as {@link CandleInterval#MINUTE_1}; not {@code UNKNOWN}
   * @param listener called on the listener executor with each candle of each push; see
   *     {@link StreamListener}
   * @param delivery every value, or throttled to the latest per interval
   * @return the handle: {@link Subscription#ready()} completes once Bitget acknowledged the
   *     channel; close it to stop
   * @throws io.bitget4j.core.InvalidRequestException for an interval the account's streams do not
   *     offer (unified accounts have 1m to 1D, no 1W or 1M)
   */
  public Subscription candles(Symbol symbol, CandleInterval interval, StreamListener<? super Candle> listener,
      Delivery delivery) {
    Objects.requireNonNull(symbol, "symbol == null");
    Objects.requireNonNull(interval, "interval == null");
    if (interval == CandleInterval.UNKNOWN) {
      throw new IllegalArgumentException("CandleInterval.UNKNOWN has no channel; choose an interval such as"
          + " CandleInterval.MINUTE_1");
    }
    return engine.subscribe(ChannelKey.candles(symbol, interval), "candles " + interval.wireName() + " " + symbol,
        Grammar::candles, listener, delivery, true);
  }

  /**
   * Subscribes the full order book ({@link BookDepth#FULL}) of {@code symbol}.
   *
   * @param symbol the contract
   * @param listener called on the listener executor with each whole book; see
   *     {@link StreamListener}
   * @return the handle: {@link Subscription#ready()} completes once Bitget acknowledged the
   *     channel; close it to stop
   */
  public Subscription orderBook(Symbol symbol, StreamListener<? super OrderBook> listener) {
    return orderBook(symbol, BookDepth.FULL, listener, Delivery.immediate());
  }

  /**
   * Subscribes an order book channel of {@code symbol}, delivering every book.
   *
   * @param symbol the contract
   * @param depth the channel: the full book or the top 1, 5, 15 (or, unified only, 50) levels
   * @param listener called on the listener executor with each book; see {@link StreamListener}
   * @return the handle: {@link Subscription#ready()} completes once Bitget acknowledged the
   *     channel; close it to stop
   * @throws io.bitget4j.core.InvalidRequestException for {@link BookDepth#TOP_50} on a classic
   *     account
   */
  public Subscription orderBook(Symbol symbol, BookDepth depth, StreamListener<? super OrderBook> listener) {
    return orderBook(symbol, depth, listener, Delivery.immediate());
  }

  /**
   * Subscribes an order book channel of {@code symbol}. With {@link BookDepth#FULL} every value is
   * the whole merged book after a push, kept in sync with Bitget's checks (the checksum on classic
   * accounts, the sequence numbers on unified ones); a book that fails them is never delivered, and
   * the client subscribes it again for a fresh snapshot. A listener that joins a live book gets the
   * latest book at once.
   *
   * @param symbol the contract
   * @param depth the channel: the full book or the top 1, 5, 15 (or, unified only, 50) levels
   * @param listener called on the listener executor with each book; see {@link StreamListener}
   * @param delivery every value, or throttled to the latest per interval
   * @return the handle: {@link Subscription#ready()} completes once Bitget acknowledged the
   *     channel; close it to stop
   * @throws io.bitget4j.core.InvalidRequestException for {@link BookDepth#TOP_50} on a classic
   *     account, whose streams have no 50-level books
   */
  public Subscription orderBook(Symbol symbol, BookDepth depth, StreamListener<? super OrderBook> listener,
      Delivery delivery) {
    Objects.requireNonNull(symbol, "symbol == null");
    Objects.requireNonNull(depth, "depth == null");
    Topic topic = topic(depth);
    return engine.subscribe(ChannelKey.of(topic, symbol), depth.channel() + " " + symbol,
        g -> g.books(symbol, topic), listener, delivery, true);
  }

  /**
   * Subscribes the forced liquidations of every symbol of {@code productType}, a unified-account
   * (V3) topic; each liquidation is one value.
   *
   * @param productType the product line, such as {@link ProductType#UMCBL}
   * @param listener called on the listener executor with each liquidation; see
   *     {@link StreamListener}
   * @return the handle: {@link Subscription#ready()} completes once Bitget acknowledged the
   *     channel; close it to stop
   * @throws io.bitget4j.core.InvalidRequestException on a classic account, whose streams have no
   *     liquidation channel
   */
  public Subscription liquidations(ProductType productType, StreamListener<? super Liquidation> listener) {
    return liquidations(productType, listener, Delivery.immediate());
  }

  /**
   * Subscribes the forced liquidations of every symbol of {@code productType}, as
   * {@code delivery} says (see {@link #liquidations(ProductType, StreamListener)}).
   *
   * @param productType the product line, such as {@link ProductType#UMCBL}
   * @param listener called on the listener executor with each liquidation; see
   *     {@link StreamListener}
   * @param delivery every value, or throttled to the latest per interval
   * @return the handle: {@link Subscription#ready()} completes once Bitget acknowledged the
   *     channel; close it to stop
   * @throws io.bitget4j.core.InvalidRequestException on a classic account
   */
  public Subscription liquidations(ProductType productType, StreamListener<? super Liquidation> listener,
      Delivery delivery) {
    Objects.requireNonNull(productType, "productType == null");
    return engine.subscribe(ChannelKey.of(Topic.LIQUIDATIONS, productType), "liquidations " + productType,
        g -> g.liquidations(productType), listener, delivery, false);
  }

  // ---------------------------------------------------------------- private channels

  /**
   * Subscribes the positions of {@code productType}; needs credentials.
   *
   * @param productType the product line, such as {@link ProductType#UMCBL}
   * @param listener called on the listener executor with each list of every open position, empty
   *     when none is open; see {@link StreamListener}
   * @return the handle: {@link Subscription#ready()} completes once Bitget acknowledged the
   *     channel; close it to stop
   * @throws IllegalStateException when the client has no credentials
   */
  public Subscription positions(ProductType productType, StreamListener<? super List<Position>> listener) {
    return positions(productType, listener, Delivery.immediate());
  }

  /**
   * Subscribes the positions of {@code productType} (V2 channel {@code positions}, V3 topic
   * {@code position}). Each value is the list of every open position of the product type, after
   * each push (V2 pushes the list whole; V3 pushes the positions that changed, merged here into the
   * list); an empty list means no open position. A listener that joins a live channel gets the
   * latest list at once.
   *
   * @param productType the product line, such as {@link ProductType#UMCBL}
   * @param listener called on the listener executor with each list of every open position, empty
   *     when none is open; see {@link StreamListener}
   * @param delivery every value, or throttled to the latest per interval
   * @return the handle: {@link Subscription#ready()} completes once Bitget acknowledged the
   *     channel; close it to stop
   * @throws IllegalStateException when the client has no credentials
   */
  public Subscription positions(ProductType productType, StreamListener<? super List<Position>> listener,
      Delivery delivery) {
    Objects.requireNonNull(productType, "productType == null");
    requireCredentials("positions");
    return engine.subscribe(ChannelKey.of(Topic.POSITIONS, productType), "positions " + productType,
        g -> g.positions(productType), listener, delivery, true);
  }

  /**
   * Subscribes the order updates of {@code productType}; needs credentials.
   *
   * @param productType the product line, such as {@link ProductType#UMCBL}
   * @param listener called on the listener executor with each changed order; see
   *     {@link StreamListener}
   * @return the handle: {@link Subscription#ready()} completes once Bitget acknowledged the
   *     channel; close it to stop
   * @throws IllegalStateException when the client has no credentials
   */
  public Subscription orders(ProductType productType, StreamListener<? super Order> listener) {
    return orders(productType, listener, Delivery.immediate());
  }

  /**
   * Subscribes the order updates of {@code productType} (V2 channel {@code orders}, V3 topic
   * {@code order}); each order update is one value. Neither sends the open orders when subscribed
   * (V3 sends nothing until an order changes): for the open orders, use
   * {@link #openOrdersTracker(ProductType)} seeded from REST.
   *
   * @param productType the product line, such as {@link ProductType#UMCBL}
   * @param listener called on the listener executor with each changed order; see
   *     {@link StreamListener}
   * @param delivery every value, or throttled to the latest per interval
   * @return the handle: {@link Subscription#ready()} completes once Bitget acknowledged the
   *     channel; close it to stop
   * @throws IllegalStateException when the client has no credentials
   */
  public Subscription orders(ProductType productType, StreamListener<? super Order> listener, Delivery delivery) {
    Objects.requireNonNull(productType, "productType == null");
    requireCredentials("orders");
    return engine.subscribe(ChannelKey.of(Topic.ORDERS, productType), "orders " + productType,
        g -> g.orders(productType), listener, delivery, false);
  }

  /**
   * Subscribes the account of {@code productType}; needs credentials.
   *
   * @param productType the product line, such as {@link ProductType#UMCBL}
   * @param listener called on the listener executor with each margin coin's account; see
   *     {@link StreamListener}
   * @return the handle: {@link Subscription#ready()} completes once Bitget acknowledged the
   *     channel; close it to stop
   * @throws IllegalStateException when the client has no credentials
   */
  public Subscription account(ProductType productType, StreamListener<? super Account> listener) {
    return account(productType, listener, Delivery.immediate());
  }

  /**
   * Subscribes the account of {@code productType} (V2 channel {@code account}, V3 topic
   * {@code account}); each margin coin's account is one value, and on a unified account, whose one
   * wallet serves every product type, each coin of the wallet (as REST's {@code accounts} answers).
   * A listener that joins a live channel gets the latest value at once.
   *
   * @param productType the product line, such as {@link ProductType#UMCBL}
   * @param listener called on the listener executor with each margin coin's account; see
   *     {@link StreamListener}
   * @param delivery every value, or throttled to the latest per interval
   * @return the handle: {@link Subscription#ready()} completes once Bitget acknowledged the
   *     channel; close it to stop
   * @throws IllegalStateException when the client has no credentials
   */
  public Subscription account(ProductType productType, StreamListener<? super Account> listener,
      Delivery delivery) {
    Objects.requireNonNull(productType, "productType == null");
    requireCredentials("account");
    return engine.subscribe(ChannelKey.of(Topic.ACCOUNT, productType), "account " + productType,
        g -> g.accounts(productType), listener, delivery, true);
  }

  /**
   * Subscribes the account's executions in {@code productType}; needs credentials.
   *
   * @param productType the product line, such as {@link ProductType#UMCBL}
   * @param listener called on the listener executor with each fill; see {@link StreamListener}
   * @return the handle: {@link Subscription#ready()} completes once Bitget acknowledged the
   *     channel; close it to stop
   * @throws IllegalStateException when the client has no credentials
   */
  public Subscription fills(ProductType productType, StreamListener<? super Fill> listener) {
    return fills(productType, listener, Delivery.immediate());
  }

  /**
   * Subscribes the account's executions in {@code productType} (V2 channel and V3 topic
   * {@code fill}): each fill is one value, with its fee and its role ({@link Fill#role()}, maker or
   * taker).
   *
   * @param productType the product line, such as {@link ProductType#UMCBL}
   * @param listener called on the listener executor with each fill; see {@link StreamListener}
   * @param delivery every value, or throttled to the latest per interval
   * @return the handle: {@link Subscription#ready()} completes once Bitget acknowledged the
   *     channel; close it to stop
   * @throws IllegalStateException when the client has no credentials
   */
  public Subscription fills(ProductType productType, StreamListener<? super Fill> listener, Delivery delivery) {
    Objects.requireNonNull(productType, "productType == null");
    requireCredentials("fills");
    return engine.subscribe(ChannelKey.of(Topic.FILLS, productType), "fills " + productType,
        g -> g.fills(productType), listener, delivery, false);
  }

  /**
   * Subscribes the account's executions in {@code productType} as a unified account's
   * {@code fast-fill} topic sends them: sooner than {@link #fills}, without fee or profit. Needs
   * credentials and a unified account.
   *
   * @param productType the product line, such as {@link ProductType#UMCBL}
   * @param listener called on the listener executor with each fast fill; see {@link StreamListener}
   * @return the handle: {@link Subscription#ready()} completes once Bitget acknowledged the
   *     channel; close it to stop
   * @throws IllegalStateException when the client has no credentials
   * @throws io.bitget4j.core.InvalidRequestException on a classic account, whose streams have no
   *     fast fills (use {@link #fills})
   */
  public Subscription fastFills(ProductType productType, StreamListener<? super FastFill> listener) {
    return fastFills(productType, listener, Delivery.immediate());
  }

  /**
   * Subscribes the fast fills of {@code productType} as {@code delivery} says (see
   * {@link #fastFills(ProductType, StreamListener)}).
   *
   * @param productType the product line, such as {@link ProductType#UMCBL}
   * @param listener called on the listener executor with each fast fill; see {@link StreamListener}
   * @param delivery every value, or throttled to the latest per interval
   * @return the handle: {@link Subscription#ready()} completes once Bitget acknowledged the
   *     channel; close it to stop
   * @throws IllegalStateException when the client has no credentials
   * @throws io.bitget4j.core.InvalidRequestException on a classic account
   */
  public Subscription fastFills(ProductType productType, StreamListener<? super FastFill> listener,
      Delivery delivery) {
    Objects.requireNonNull(productType, "productType == null");
    requireCredentials("fastFills");
    return engine.subscribe(ChannelKey.of(Topic.FAST_FILLS, productType), "fast fills " + productType,
        g -> g.fastFills(productType), listener, delivery, false);
  }

  /**
   * Subscribes the conditional-order updates of {@code productType}; needs credentials. See
   * {@link #conditionalOrders(ProductType, StreamListener, Delivery)}.
   *
   * @param productType the product line, such as {@link ProductType#UMCBL}
   * @param listener called on the listener executor with each change; see {@link StreamListener}
   * @return the handle: {@link Subscription#ready()} completes once Bitget acknowledged the
   *     channel; close it to stop
   * @throws IllegalStateException when the client has no credentials
   */
  public Subscription conditionalOrders(ProductType productType,
      StreamListener<? super ConditionalOrderUpdate> listener) {
    return conditionalOrders(productType, listener, Delivery.immediate());
  }

  /**
   * Subscribes the changes of the account's conditional orders in {@code productType}
   * (take-profits, stop-losses, trigger orders, trailing stops): V2 channel {@code orders-algo} on a
   * classic account, V3 topic {@code strategy-order} on a unified one. Each change is one value,
   * the order as it is after it, in the order Bitget sends them: placed or modified
   * ({@link io.bitget4j.core.model.ConditionalOrderStatus#LIVE}), triggered, cancelled or failed, and
   * filled where the exchange reports it ({@code FakeBitget} does; Bitget documents no filled state
   * for these channels, so on Bitget follow the triggered order's
   * {@link io.bitget4j.core.model.ConditionalOrder#executedOrderId()} on {@link #orders}). Neither
   * channel sends the live orders when subscribed: for those, read REST's pending conditional orders.
   *
   * @param productType the product line, such as {@link ProductType#UMCBL}
   * @param listener called on the listener executor with each change; see {@link StreamListener}
   * @param delivery every value, or throttled to the latest per interval
   * @return the handle: {@link Subscription#ready()} completes once Bitget acknowledged the
   *     channel; close it to stop
   * @throws IllegalStateException when the client has no credentials
   */
  public Subscription conditionalOrders(ProductType productType,
      StreamListener<? super ConditionalOrderUpdate> listener, Delivery delivery) {
    Objects.requireNonNull(productType, "productType == null");
    requireCredentials("conditionalOrders");
    return engine.subscribe(ChannelKey.of(Topic.CONDITIONAL_ORDERS, productType),
        "conditional orders " + productType, g -> g.conditionalOrders(productType), listener, delivery, false);
  }

  // ---------------------------------------------------------------- views

  /**
   * A live last price of {@code symbol}, fed by its ticker channel. Close it when done.
   *
   * @param symbol the contract
   * @return a new feed, subscribed to the ticker; empty until the first ticker arrives
   */
  public PriceFeed priceFeed(Symbol symbol) {
    return new PriceFeed(this, symbol);
  }

  /**
   * The live positions of {@code productType} with their risk figures and active take-profit and
   * stop-loss, fed by the positions and conditional-order channels. Close it when done.
   *
   * @param productType the product line, such as {@link ProductType#UMCBL}
   * @return a new tracker, subscribed to the positions channel
   * @throws IllegalStateException when the client has no credentials
   */
  public PositionTracker positionTracker(ProductType productType) {
    return new PositionTracker(this, productType);
  }

  /**
   * The open orders of {@code productType}, fed by the orders channel and seeded from REST (see
   * {@link OpenOrdersTracker#seed}), since neither API version sends the open orders when the
   * channel is subscribed. Close it when done.
   *
   * @param productType the product line, such as {@link ProductType#UMCBL}
   * @return a new tracker, subscribed to the orders channel; seed it from REST
   * @throws IllegalStateException when the client has no credentials
   */
  public OpenOrdersTracker openOrdersTracker(ProductType productType) {
    return new OpenOrdersTracker(this, productType);
  }

  // ---------------------------------------------------------------- state

  /**
   * The account mode whose streams the client speaks: {@link AccountMode#CLASSIC} (V2) or
   * {@link AccountMode#UNIFIED} (V3) once known (configured, named by a stream URL, or told by the
   * {@link Builder#accountModeSource account mode source} at the first subscription),
   * {@link AccountMode#AUTO} until then. Does no I/O.
   *
   * @return {@code CLASSIC} or {@code UNIFIED}; {@code AUTO} while still unknown
   */
  public AccountMode accountMode() {
    return engine.accountMode();
  }

  /**
   * The client's state: the least ready state of its live connections ({@code RECONNECTING}
   * before {@code CONNECTING} before {@code CONNECTED} before {@code AUTHENTICATED});
   * {@link ConnectionState#IDLE} before the first subscription; {@link ConnectionState#CLOSED}
   * after {@link #close()}, and also when every connection the client opened gave up for good
   * (a refused login, or reconnect attempts exhausted under a {@link Builder#backoff} with an
   * attempt limit), with the failure in {@link #health()}{@code .lastError()}. A connection that
   * gave up no longer counts once another one is live: a new subscription opens a new
   * connection, and the state follows it.
   *
   * @return the state now; {@code IDLE} before the first subscription
   */
  public ConnectionState state() {
    return engine.state();
  }

  /**
   * Adds a listener told about every state change of every connection, including login failures
   * ({@link StateChange#error()}). Close the returned handle to remove it.
   *
   * @param listener called on the listener executor with each {@link StateChange}
   * @return the handle; close it to remove the listener
   */
  public Subscription addStateListener(StateListener listener) {
    Objects.requireNonNull(listener, "listener == null");
    return engine.addStateListener(listener);
  }

  /**
   * Health figures: time since the last frame, reconnects, the last error and counts.
   *
   * @return a snapshot of the figures, taken now
   */
  public StreamHealth health() {
    return engine.health();
  }

  StreamEngine engine() {
    return engine;
  }

  /**
   * Closes every connection (close handshake, then cancel after a short grace period), stops
   * every subscription without further callbacks (pending {@link Subscription#ready()} futures
   * are cancelled), and stops the client's threads; the {@link OkHttpClient} is shut down too
   * when the client created it. State listeners are told {@link ConnectionState#CLOSED}, then
   * end. Idempotent and safe to call from several threads at once: the first call closes, the
   * others return when it is done. Subscribing afterwards throws {@link IllegalStateException}.
   */
  @Override
  public void close() {
    engine.close();
  }

  private void requireCredentials(String channel) {
    if (!hasCredentials) {
      throw new IllegalStateException(channel + " is a private channel and needs credentials: build the"
          + " client with BitgetStreamClient.builder().credentials(Credentials.fromEnv())");
    }
  }

  private static Topic topic(BookDepth depth) {
    switch (depth) {
      case TOP_1:
        return Topic.BOOKS1;
      case TOP_5:
        return Topic.BOOKS5;
      case TOP_15:
        return Topic.BOOKS15;
      case TOP_50:
        return Topic.BOOKS50;
      default:
        return Topic.BOOKS;
    }
  }

  /** Configures a {@link BitgetStreamClient}; every setting has a default. */
  public static final class Builder {
    static final int MAX_ARGS_PER_FRAME = 20;
    static final int MAX_FRAME_BYTES = 4000;
    static final int MESSAGES_PER_SECOND = 10;
    static final int SUBSCRIBE_REQUESTS_PER_HOUR = 240;
    private static final int MAX_CHANNELS_LIMIT = 1000;

    private Credentials credentials;
    private String publicUrl;
    private String privateUrl;
    private boolean demoTrading;
    private AccountMode accountMode = AccountMode.AUTO;
    private AccountModeSource accountModeSource;
    private Clock clock = Clock.systemUTC();
    private OkHttpClient okHttpClient;
    private Duration pingInterval = Duration.ofSeconds(25);
    private Duration pongTimeout = Duration.ofSeconds(10);
    private Duration loginTimeout = Duration.ofSeconds(10);
    private Duration closeTimeout = Duration.ofSeconds(2);
    private Backoff backoff = Backoff.builder()
        .base(Duration.ofSeconds(1)).cap(Duration.ofSeconds(30)).unlimited().build();
    private int maxChannelsPerConnection = 50;
    private Executor listenerExecutor;
    private Duration clockOffset = Duration.ZERO;
    private ServerTimeSource serverTimeSource;
    private Duration idleTimeout = Duration.ofSeconds(60);
    private Duration maxConnectionAge = Duration.ofHours(23).plusMinutes(30);
    private ScheduledExecutorService controlScheduler;
    private LongSupplier nanoTime = System::nanoTime;
    private WebSocket.Factory webSocketFactory;

    private Builder() {
    }

    /**
     * The API key for private channels ({@code positions}, {@code orders}, {@code account}, fills,
     * conditional orders).
     *
     * @param credentials the key, secret and passphrase (HMAC) or RSA key to log in with
     * @return this builder
     */
    public Builder credentials(Credentials credentials) {
      this.credentials = Objects.requireNonNull(credentials, "credentials == null");
      return this;
    }

    /**
     * The public stream URL; default Bitget's of the account mode ({@value #DEFAULT_PUBLIC_URL} for
     * classic accounts, {@value #UNIFIED_PUBLIC_URL} for unified ones). A path that names an API
     * version ({@code /v2/ws/...}, {@code /v3/ws/...}) makes public connections speak it. Must be
     * {@code wss://}, or {@code ws://} for a loopback host (a local test server).
     *
     * @param publicUrl such as a FakeBitget's {@code ws://127.0.0.1:port/v2/ws/public}
     * @return this builder
     * @throws IllegalArgumentException when it is not {@code wss://}, or {@code ws://} to a
     *     loopback host
     */
    public Builder publicUrl(String publicUrl) {
      this.publicUrl = checkUrl("publicUrl", publicUrl);
      return this;
    }

    /**
     * The private stream URL; default Bitget's of the account mode ({@value #DEFAULT_PRIVATE_URL}
     * for classic accounts, {@value #UNIFIED_PRIVATE_URL} for unified ones). A path that names an
     * API version ({@code /v2/ws/...}, {@code /v3/ws/...}) makes private connections speak it and,
     * in {@link AccountMode#AUTO}, tells the account mode. Must be {@code wss://}, or {@code ws://}
     * for a loopback host (a local test server).
     *
     * @param privateUrl such as a FakeBitget's {@code ws://127.0.0.1:port/v2/ws/private}
     * @return this builder
     * @throws IllegalArgumentException when it is not {@code wss://}, or {@code ws://} to a
     *     loopback host
     */
    public Builder privateUrl(String privateUrl) {
      this.privateUrl = checkUrl("privateUrl", privateUrl);
      return this;
    }

    /**
     * Which kind of account the credentials belong to, and so which streams the client speaks:
     * {@link AccountMode#CLASSIC} Bitget's V2 streams, {@link AccountMode#UNIFIED} V3. The default
     * {@link AccountMode#AUTO} takes the mode from a stream URL that names a version
     * ({@code /v2/ws/}, {@code /v3/ws/}; the private one first), else asks the
     * {@linkplain #accountModeSource account mode source} once, at the first subscription; without
     * a source (or without credentials) it speaks V2, as a classic account. Public market data is
     * the same on both; the private channels need the right version.
     *
     * @param accountMode {@code CLASSIC}, {@code UNIFIED} or {@code AUTO}
     * @return this builder
     */
    public Builder accountMode(AccountMode accountMode) {
      this.accountMode = Objects.requireNonNull(accountMode, "accountMode == null");
      return this;
    }

    /**
     * Tells the credentials' account mode in {@link AccountMode#AUTO}: wire it to the REST client,
     * {@code rest::detectAccountMode}, so that neither needs the mode by hand. See
     * {@link AccountModeSource} for when and on which thread it is asked.
     *
     * @param accountModeSource asked once, in {@code AUTO} mode, such as
     *     {@code rest::detectAccountMode}
     * @return this builder
     */
    public Builder accountModeSource(AccountModeSource accountModeSource) {
      this.accountModeSource = Objects.requireNonNull(accountModeSource, "accountModeSource == null");
      return this;
    }

    /**
     * Whether to use Bitget's demo-trading streams ({@code wss://wspap.bitget.com/v2/ws/...},
     * {@code .../v3/ws/...} for unified accounts) instead of production. URLs set explicitly take
     * precedence. Default false.
     *
     * @param demoTrading true for the demo-trading streams, false for real money
     * @return this builder
     */
    public Builder demoTrading(boolean demoTrading) {
      this.demoTrading = demoTrading;
      return this;
    }

    /**
     * The clock for login timestamps, state-change times and throttled delivery. Default the
     * system clock. Connection timing (heartbeat, timeouts, backoff, send rate, subscribe budget,
     * idle and age limits) runs on a monotonic time source instead, so a clock that jumps or
     * stands still cannot upset it.
     *
     * @param clock the wall clock; tests pass a manual one
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock == null");
      return this;
    }

    /**
     * The OkHttp client to open sockets with, to share its pools; it stays yours and is not shut
     * down by {@link BitgetStreamClient#close()}. Default: a client of the stream client's own.
     *
     * @param okHttpClient the application's shared client
     * @return this builder
     */
    public Builder okHttpClient(OkHttpClient okHttpClient) {
      this.okHttpClient = Objects.requireNonNull(okHttpClient, "okHttpClient == null");
      return this;
    }

    /**
     * How often to send {@code ping}; Bitget drops a connection silent for 2 minutes. Default 25 s.
     *
     * @param pingInterval at least 1 ms; keep it well under 2 minutes
     * @return this builder
     * @throws IllegalArgumentException if shorter than 1 ms
     */
    public Builder pingInterval(Duration pingInterval) {
      this.pingInterval = positive("pingInterval", pingInterval);
      return this;
    }

    /**
     * How long after a ping the connection may stay silent (no {@code pong}, no other frame)
     * before it counts as dead and is reconnected. Default 10 s.
     *
     * @param pongTimeout at least 1 ms
     * @return this builder
     * @throws IllegalArgumentException if shorter than 1 ms
     */
    public Builder pongTimeout(Duration pongTimeout) {
      this.pongTimeout = positive("pongTimeout", pongTimeout);
      return this;
    }

    /**
     * How long to wait for the answer to a login before reconnecting. Default 10 s.
     *
     * @param loginTimeout at least 1 ms
     * @return this builder
     * @throws IllegalArgumentException if shorter than 1 ms
     */
    public Builder loginTimeout(Duration loginTimeout) {
      this.loginTimeout = positive("loginTimeout", loginTimeout);
      return this;
    }

    /**
     * How long {@link BitgetStreamClient#close()} waits for the sockets' close handshakes before
     * cancelling them. Default 2 s.
     *
     * @param closeTimeout at least 1 ms
     * @return this builder
     * @throws IllegalArgumentException if shorter than 1 ms
     */
    public Builder closeTimeout(Duration closeTimeout) {
      this.closeTimeout = positive("closeTimeout", closeTimeout);
      return this;
    }

    /**
     * The delays between reconnect attempts. Default: exponential from 1 s, capped at 30 s, full
     * jitter, unlimited attempts. A backoff with {@link Backoff.Builder#maxAttempts} gives up
     * after that many failed attempts in a row: the connection goes {@link ConnectionState#CLOSED}
     * and its subscriptions get {@link StreamListener#onError} with a
     * {@link io.bitget4j.core.BitgetTransportException}.
     *
     * @param backoff the reconnect delays, and optionally an attempt limit
     * @return this builder
     */
    public Builder backoff(Backoff backoff) {
      this.backoff = Objects.requireNonNull(backoff, "backoff == null");
      return this;
    }

    /**
     * Channels per connection before another connection is opened (Bitget allows 1,000 but
     * advises fewer than about 50). Default 50.
     *
     * @param maxChannelsPerConnection 1 to 1,000
     * @return this builder
     * @throws IllegalArgumentException when out of range
     */
    public Builder maxChannelsPerConnection(int maxChannelsPerConnection) {
      if (maxChannelsPerConnection < 1 || maxChannelsPerConnection > MAX_CHANNELS_LIMIT) {
        throw new IllegalArgumentException("maxChannelsPerConnection must be between 1 and "
            + MAX_CHANNELS_LIMIT + " but was " + maxChannelsPerConnection);
      }
      this.maxChannelsPerConnection = maxChannelsPerConnection;
      return this;
    }

    /**
     * Runs listener callbacks; it stays yours. Default: a pool of daemon threads named
     * {@code bitget4j-ws-listener-*}, shut down by {@link BitgetStreamClient#close()}. Each
     * listener is called on one thread at a time; an executor that runs tasks in the calling
     * thread would make listeners run on socket threads, which the default never does.
     *
     * @param listenerExecutor runs the callbacks; not shut down by the client
     * @return this builder
     */
    public Builder listenerExecutor(Executor listenerExecutor) {
      this.listenerExecutor = Objects.requireNonNull(listenerExecutor, "listenerExecutor == null");
      return this;
    }

    /**
     * The known offset of Bitget's clock from the local one (server minus local), added to
     * login timestamps. Default zero.
     *
     * @param clockOffset server minus local; negative when the local clock is ahead
     * @return this builder
     */
    public Builder clockOffset(Duration clockOffset) {
      this.clockOffset = Objects.requireNonNull(clockOffset, "clockOffset == null");
      return this;
    }

    /**
     * Measures Bitget's clock when a login is refused for clock skew; the client then logs in
     * again once with the measured offset. Without it, such a refusal ends the private
     * subscriptions with a {@link io.bitget4j.core.ClockSkewException}.
     *
     * @param serverTimeSource reads Bitget's time, such as {@code () -> rest.market().serverTime()}
     * @return this builder
     */
    public Builder serverTimeSource(ServerTimeSource serverTimeSource) {
      this.serverTimeSource = Objects.requireNonNull(serverTimeSource, "serverTimeSource == null");
      return this;
    }

    /**
     * How long a connection stays open without any channel (after its last subscription closed);
     * then it closes, and the next subscription opens it again. Default 60 s.
     *
     * @param idleTimeout at least 1 ms
     * @return this builder
     * @throws IllegalArgumentException if shorter than 1 ms
     */
    public Builder idleTimeout(Duration idleTimeout) {
      this.idleTimeout = positive("idleTimeout", idleTimeout);
      return this;
    }

    /**
     * How old a connection may grow before the client replaces it, make before break: a new
     * connection opens, logs in and subscribes every channel, each channel switches over once the
     * new subscription is acknowledged (no push lost, none delivered twice), and the old one
     * closes. Bitget closes every connection after about 24 hours. Default 23 h 30 min; at least
     * one minute.
     *
     * @param maxConnectionAge at least one minute; under Bitget's 24 hours
     * @return this builder
     * @throws IllegalArgumentException if shorter than one minute
     */
    public Builder maxConnectionAge(Duration maxConnectionAge) {
      Objects.requireNonNull(maxConnectionAge, "maxConnectionAge == null");
      if (maxConnectionAge.compareTo(Duration.ofMinutes(1)) < 0) {
        throw new IllegalArgumentException("maxConnectionAge must be at least 1 minute but was " + maxConnectionAge);
      }
      this.maxConnectionAge = maxConnectionAge;
      return this;
    }

    /**
     * For tests: the scheduler of the control loop (heartbeats, timeouts, backoff, pacing,
     * throttles) instead of the client's own thread; it stays the caller's and is not shut down.
     */
    Builder controlScheduler(ScheduledExecutorService controlScheduler) {
      this.controlScheduler = Objects.requireNonNull(controlScheduler, "controlScheduler == null");
      return this;
    }

    /** For tests: the monotonic time, in nanoseconds, the control loop's timers are measured with. */
    Builder nanoTime(LongSupplier nanoTime) {
      this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime == null");
      return this;
    }

    /** For tests: opens the sockets instead of OkHttp. */
    Builder webSocketFactory(WebSocket.Factory webSocketFactory) {
      this.webSocketFactory = Objects.requireNonNull(webSocketFactory, "webSocketFactory == null");
      return this;
    }

    /**
     * Builds the client; it opens no connection until the first subscription.
     *
     * @return the client; {@link BitgetStreamClient#close()} it when done
     * @throws IllegalArgumentException when RSA credentials hold no readable private key, or when
     *     the private URL names the other API version than a configured account mode
     */
    public BitgetStreamClient build() {
      // Made now so that an unreadable key fails here, not on a background thread.
      RequestSigner signer = credentials == null ? null : RequestSigner.of(credentials);
      Endpoints endpoints = new Endpoints(accountMode, Optional.ofNullable(publicUrl),
          Optional.ofNullable(privateUrl), demoTrading, credentials != null, Optional.ofNullable(accountModeSource),
          BitgetJson.create());
      return new BitgetStreamClient(this, signer, endpoints);
    }

    private static Duration positive(String name, Duration value) {
      Objects.requireNonNull(value, name + " == null");
      if (value.compareTo(Duration.ofMillis(1)) < 0) {
        throw new IllegalArgumentException(name + " must be at least 1 ms but was " + value);
      }
      return value;
    }

    static String checkUrl(String name, String url) {
      Objects.requireNonNull(url, name + " == null");
      URI uri;
      try {
        uri = new URI(url);
      } catch (URISyntaxException e) {
        throw new IllegalArgumentException(name + " is not a valid URL: \"" + url + "\"", e);
      }
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      String host = uri.getHost();
      if (host == null || host.isEmpty()) {
        throw new IllegalArgumentException(name + " has no host: \"" + url + "\"; expected a URL such as \""
            + DEFAULT_PUBLIC_URL + "\"");
      }
      if ((scheme.equals("wss") || scheme.equals("ws")) && Urls.isSecureOrLoopback(scheme, host)) {
        return url;
      }
      throw new IllegalArgumentException(name + " must be a wss:// URL (ws:// only for a loopback test"
          + " server) but was \"" + url + "\"");
    }
  }
}
