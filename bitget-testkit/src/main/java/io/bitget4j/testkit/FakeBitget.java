package io.bitget4j.testkit;

import io.bitget4j.core.AccountMode;
import io.bitget4j.core.Credentials;
import io.bitget4j.core.Symbol;
import io.bitget4j.testkit.internal.ControlApi;
import io.bitget4j.testkit.internal.Exchange;
import io.bitget4j.testkit.internal.FakeDispatcher;
import io.bitget4j.testkit.internal.FaultState;
import io.bitget4j.testkit.internal.NoDelayServerSocketFactory;
import io.bitget4j.testkit.internal.RateLimits;
import io.bitget4j.testkit.internal.Recorder;
import io.bitget4j.testkit.internal.RestApi;
import io.bitget4j.testkit.internal.Settings;
import io.bitget4j.testkit.internal.StreamHub;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An in-process fake of Bitget's USDT-futures API, REST and WebSocket, on 127.0.0.1: a
 * seeded simulated market, a small matching engine for one account, real-style authentication,
 * rate limits and injectable faults. Use it in tests the way you would use MockWebServer.
 *
 * <pre>{@code
 * try (FakeBitget fake = FakeBitget.start()) {
 *   BitgetRestClient client = BitgetRestClient.builder()
 *       .baseUrl(fake.restUrl())
 *       .credentials(fake.credentials())
 *       .build();
 *   fake.setPrice(Symbol.BTCUSDT_UMCBL, new BigDecimal("27000"));
 *   // ... place orders, then assert on fake.positions(), fake.orders(), fake.requests()
 * }
 * }</pre>
 *
 * <p>REST paths follow Bitget's ({@code /api/v2/public/time}, {@code /api/v2/mix/market/*},
 * {@code /api/v2/mix/account/*}, {@code /api/v2/mix/position/*}, {@code /api/v2/mix/order/*});
 * WebSocket endpoints are {@link #publicWsUrl()} and {@link #privateWsUrl()}, whose version
 * follows the account mode (below). All methods are
 * thread-safe. By default the market moves every 200 ms; build with
 * {@code tickInterval(Duration.ZERO)} and call {@link #tickMarket()} for deterministic tests.
 *
 * <h2>Classic and unified accounts</h2>
 *
 * <p>The fake's key belongs to a classic account by default, which speaks Bitget's V2 API. Built
 * with {@code accountMode(AccountMode.UNIFIED)} it is a unified trading account, which speaks V3
 * on the same matching engine, positions and balance:
 *
 * <pre>{@code
 * try (FakeBitget fake = FakeBitget.builder().accountMode(AccountMode.UNIFIED).start()) {
 *   // POST /api/v3/trade/place-order {"category":"USDT-FUTURES","symbol":"BTCUSDT","qty":"0.1",
 *   //   "side":"buy","orderType":"market"}, GET /api/v3/position/current-position, ...
 * }
 * }</pre>
 *
 * <ul>
 *   <li>V3 endpoints: {@code /api/v3/public/time}; {@code /api/v3/market/} {@code instruments},
 *       {@code tickers}, {@code orderbook}, {@code candles}, {@code history-candles},
 *       {@code fills}, {@code open-interest}, {@code current-fund-rate},
 *       {@code history-fund-rate}; {@code /api/v3/account/} {@code assets}, {@code settings},
 *       {@code set-leverage} (with {@code marginMode}, V3's way to set the margin mode),
 *       {@code set-hold-mode}, {@code set-margin} (add or remove an isolated position's margin);
 *       {@code /api/v3/position/} {@code current-position}, {@code history-position};
 *       {@code /api/v3/trade/} {@code place-order}, {@code place-batch}, {@code modify-order},
 *       {@code cancel-order}, {@code cancel-batch}, {@code cancel-symbol-order},
 *       {@code close-positions}, {@code order-info}, {@code unfilled-orders},
 *       {@code history-orders}, {@code fills}.
 *   <li>V3's wire as Bitget has it: {@code category} in either case, {@code qty}, no
 *       {@code marginCoin}; in hedge mode {@code posSide} with the trade's side (closing a long is
 *       {@code side=sell}, {@code posSide=long}), in one-way mode {@code reduceOnly=yes}; V2's
 *       {@code holdSide}/{@code tradeSide} get 25236. Lists page by cursor (the last row's id,
 *       {@code limit} at most 100), batches take at most 20 orders and report failures per item
 *       inside a {@code 00000} envelope, book levels are JSON numbers, and a resting order's
 *       {@code modify-order} changes it in place. At most 400 orders rest at once.
 *   <li>Each mode refuses the other's private API, as Bitget does: a unified key gets 40085 on
 *       {@code /api/v2/mix/...}, a classic key 40084 on private {@code /api/v3/...} calls,
 *       {@code /api/v3/account/settings} included (it answers a unified key with
 *       {@code accountMode} {@code unified}). Public market data of both versions answers in
 *       either mode.
 *   <li>A unified account's {@code clientOid} is 1 to 32 characters of {@code [A-Za-z0-9_:-]},
 *       and is refused as a duplicate only while the order holding it is pending: once that
 *       order has filled or been cancelled, the id may be used again. A classic account keeps
 *       V2's rule (at most 50 characters, never reused).
 *   <li>{@link #setAccountMode} switches the account mid-session, and
 *       {@link Faults#reportAccountMode} makes the settings report a switch in progress. The
 *       faults, the recordings and the rate limits ({@link RateLimitGroup}) cover V3 calls too.
 * </ul>
 *
 * <h2>Streams: V2 and V3</h2>
 *
 * <p>{@link #publicWsUrl()} and {@link #privateWsUrl()} are the stream endpoints of the account's
 * mode: V2's ({@code /v2/ws/public}, {@code /v2/ws/private}) for a classic account, V3's
 * ({@code /v3/ws/public}, {@code /v3/ws/private}) for a unified one. Both versions' public
 * endpoints answer in either mode, as Bitget's do; a private login is refused to the other mode's
 * key (a unified key gets {@code {"event":"error","code":40085,...}} on V2, a classic key
 * {@code {"event":"error","code":"40084",...}} on V3), and switching the account closes its
 * private connections of the version it left. The V3 grammar, as in Bitget's samples:
 *
 * <pre>{@code
 * > {"op":"login","args":[{"apiKey":"..","passphrase":"..","timestamp":"1732413600","sign":".."}]}
 * < {"event":"login","code":"0","msg":""}           (errors: {"event":"error","code":"30015","msg":"Invalid sign"})
 * > {"op":"subscribe","args":[{"instType":"usdt-futures","topic":"books","symbol":"BTCUSDT"}]}
 * < {"event":"subscribe","arg":{"instType":"usdt-futures","topic":"books","symbol":"BTCUSDT"}}
 * < {"action":"snapshot","arg":{..},"data":[{"a":[["27000.1","1.5"],..],"b":[..],"checksum":0,"pseq":0,
 *    "seq":1304314508780744000,"ts":"1732413600000"}],"ts":1732413600000}
 * > {"op":"subscribe","args":[{"instType":"UTA","topic":"position"}]}
 * < {"event":"subscribe","arg":{"instType":"UTA","topic":"position"},"code":"","msg":""}
 * }</pre>
 *
 * <ul>
 *   <li>Public topics: {@code ticker}, {@code kline} (with {@code interval} {@code 1m} ..
 *       {@code 1D}), {@code books} (a snapshot, then updates), {@code books1}, {@code books5},
 *       {@code books50} (a snapshot at every move), {@code publicTrade} (keys {@code p},
 *       {@code v}, {@code S}, {@code T}, {@code i}, {@code L}) and {@code liquidation} (no
 *       symbol; the account's own liquidations). {@code instType} is accepted in any case and
 *       acknowledged and pushed in lower case.
 *   <li>Private topics under {@code instType} {@code UTA}: {@code account} and {@code position}
 *       (a snapshot on subscribe, a push at every change, and pushed again unchanged every 5 s of
 *       the fake's clock, see {@link Builder#repushInterval}), {@code order}, {@code fill},
 *       {@code strategy-order} and {@code fast-fill} (no snapshot; a push per order change,
 *       conditional-order change or execution; {@code fast-fill}'s
 *       {@code data} is one object, as documented). A position that has gone is pushed once more
 *       with {@code positionStatus} {@code ended} and size 0.
 *   <li>V2's private channels: {@code positions}, {@code orders}, {@code orders-algo} and
 *       {@code fill} ({@code instId} {@code default}), {@code account} ({@code coin}
 *       {@code default}). {@code fill} sends no snapshot and a push per execution, before the
 *       order's own, as Bitget documents it ({@code tradeId}, {@code orderId}, {@code clientOid},
 *       {@code price}, {@code baseVolume}, {@code profit}, {@code tradeScope} {@code maker} or
 *       {@code taker}, the fee in {@code feeDetail} {@code totalFee}, ...).
 *   <li>Books chain by sequence number: a snapshot has {@code pseq} 0, each update's
 *       {@code pseq} is the {@code seq} before it; {@code seq} is a JSON number beyond 2<sup>53</sup>;
 *       snapshots carry {@code checksum} 0, updates none. {@link Faults#dropNextBookUpdate()} makes a gap,
 *       {@link Faults#resetBookSequence()} a reset, {@link Faults#announceServiceUpgrade} sends
 *       code 30033 and closes the connections after a delay; the other WebSocket faults act on
 *       both versions' connections. Error codes are strings on V3, numbers on V2.
 * </ul>
 *
 * <h2>Conditional orders</h2>
 *
 * <p>The engine holds take-profits and stop-losses (for part of a position or the whole of it),
 * trigger orders and trailing stops, and watches the price each names (last or mark) on every
 * market tick and every {@link #setPrice}, so a test moves the market across a trigger and asserts
 * on what fired:
 *
 * <pre>{@code
 * fake.setPosition(Symbol.BTCUSDT_UMCBL, new BigDecimal("0.1"), new BigDecimal("27000"), 10);
 * // ... the bot places its stop-loss at 26000 ...
 * fake.setPrice(Symbol.BTCUSDT_UMCBL, new BigDecimal("25900")); // fires it: the position is closed
 * assertThat(fake.conditionalOrders()).singleElement()
 *     .satisfies(o -> assertThat(o.status()).isEqualTo(ConditionalOrderStatus.FILLED));
 * }</pre>
 *
 * <ul>
 *   <li>A take-profit or stop-loss closes its position reduce-only, at market or at its limit price;
 *       one for the whole position closes whatever size the position has when it fires. When a
 *       position closes, its remaining take-profits and stop-losses are cancelled.
 *   <li>A trigger order fires when the price crosses its trigger price, in the direction it lay from
 *       the price when placed, and places its limit or market order (opening or closing).
 *   <li>A trailing stop waits for its activation price, then keeps the best price since (the
 *       highest for one that sells) and closes at market once the price pulls back from it by the
 *       callback ratio. Prices are those the fake has seen: one per tick or {@code setPrice}.
 *   <li>Classic accounts: {@code /api/v2/mix/order/} {@code place-tpsl-order}, {@code place-pos-tpsl},
 *       {@code place-plan-order} ({@code normal_plan}, {@code track_plan}), {@code modify-tpsl-order},
 *       {@code modify-plan-order}, {@code cancel-plan-order}, {@code orders-plan-pending},
 *       {@code orders-plan-history}. Unified accounts: {@code /api/v3/trade/}
 *       {@code place-strategy-order} ({@code tpsl}, {@code trigger}), {@code modify-strategy-order},
 *       {@code cancel-strategy-order}, {@code unfilled-strategy-orders},
 *       {@code history-strategy-orders}. Invalid orders are refused with Bitget's codes (a long's
 *       stop-loss above the price: V2 40917, V3 25586 or 25590; no position: 40757, 25601; unknown
 *       order: 43025, 25597).
 *   <li>{@link #conditionalOrders()} and {@link #conditionalOrderEvents()} show each order and each
 *       of its state changes (placed or modified, triggered, filled, cancelled, failed), and
 *       {@link Faults#loseNextOrderResponse()} covers the conditional place endpoints too.
 *   <li>Every state change is pushed, in order, on the private stream: V2 channel
 *       {@code orders-algo} (the documented fields, the short plan types {@code pl}, {@code tp},
 *       {@code sl}, {@code ptp}, {@code psl}, {@code track}, {@code mtpsl}) and V3 topic
 *       {@code strategy-order}. Bitget documents no state for a filled order there; the fake writes
 *       {@code status} {@code filled}, with {@code priceAvg} (V2) and {@code cancelReason}, as Bitget's
 *       REST rows name them.
 * </ul>
 *
 * <h2>General clients, other languages, demo trading</h2>
 *
 * <p>The fake also serves the public spot and margin lists that general clients read at start-up
 * ({@code /api/v2/spot/public/coins}, {@code /api/v2/spot/public/symbols},
 * {@code /api/v2/margin/currencies}, V3 {@code instruments} of {@code SPOT} and {@code MARGIN}),
 * derived from the simulated symbols, so that ccxt and the {@code bitget-api} Node SDK run
 * against it unchanged but for their URLs. {@link FakeBitgetMain} runs it standalone
 * ({@code java -jar bitget-testkit-<version>-standalone.jar}), and its control API under
 * {@link #controlUrl()} lets a test in any language do over HTTP what this class's methods do.
 * Built with {@link Builder#demoTrading(boolean) demoTrading(true)}, its key is a demo-trading
 * key whose private calls need {@code paptrading: 1}. {@link #reset()} puts it back where it
 * started.
 */
public final class FakeBitget implements AutoCloseable {
  /** The API key of the default test credentials. */
  public static final String DEFAULT_API_KEY = "fake-api-key";
  /** The secret key of the default test credentials. */
  public static final String DEFAULT_SECRET_KEY = "fake-secret-key";
  /** The passphrase of the default test credentials. */
  public static final String DEFAULT_PASSPHRASE = "fake-passphrase";

  private static final Logger log = LoggerFactory.getLogger(FakeBitget.class);

  private final MockWebServer server;
  private final Exchange exchange;
  private final Recorder recorder;
  private final Faults faults;
  private final RateLimits rateLimits;
  private final Credentials credentials;
  /** Market ticks and timed faults; its thread starts with the first task. */
  private final ScheduledExecutorService timers;
  private volatile boolean closed;

  private FakeBitget(Settings settings) throws IOException {
    this.credentials = Credentials.of(settings.apiKey(), settings.secretKey(), settings.passphrase());
    this.exchange = new Exchange(settings);
    this.recorder = new Recorder(exchange::nowMillis);
    FaultState faultState = new FaultState();
    this.timers = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "FakeBitget timers");
      t.setDaemon(true);
      return t;
    });
    this.faults = new Faults(faultState, exchange, timers);
    NoDelayServerSocketFactory sockets = new NoDelayServerSocketFactory();
    this.rateLimits = new RateLimits(settings.rateLimits(), settings.rateLimitsEnabled());
    RestApi rest = new RestApi(exchange, rateLimits, faultState);
    this.server = new MockWebServer();
    server.setServerSocketFactory(sockets);
    ControlApi control = new ControlApi(exchange, faults, recorder, this::reset);
    server.setDispatcher(new FakeDispatcher(exchange, rest, control, faultState, recorder, sockets));
    server.start(InetAddress.getByName("127.0.0.1"), settings.port());
    if (!settings.tickInterval().isZero()) {
      long nanos = settings.tickInterval().toNanos();
      timers.scheduleAtFixedRate(this::safeTick, nanos, nanos, TimeUnit.NANOSECONDS);
    }
  }

  /**
   * Starts a fake with the defaults: ephemeral port, BTC and ETH, 200 ms ticks, 10,000 USDT.
   *
   * @return a running fake with the defaults of {@link #builder()}
   */
  public static FakeBitget start() {
    return builder().start();
  }

  /**
   * A builder for a configured fake.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  private void safeTick() {
    try {
      exchange.tick();
    } catch (RuntimeException e) {
      log.warn("FakeBitget market tick failed", e);
    }
  }

  /**
   * {@return the REST base URL, such as {@code http://127.0.0.1:53211}, without a trailing slash}
   */
  public String restUrl() {
    return "http://127.0.0.1:" + server.getPort();
  }

  /**
   * {@return the public WebSocket URL of the account's current mode}: V2's
   * ({@code ws://127.0.0.1:53211/v2/ws/public}) for a classic account, V3's
   * ({@code ws://127.0.0.1:53211/v3/ws/public}) for a unified one. The other version's public
   * endpoint answers too, as Bitget's does.
   */
  public String publicWsUrl() {
    return wsUrl(unified() ? StreamHub.V3_PUBLIC_PATH : StreamHub.V2_PUBLIC_PATH);
  }

  /**
   * {@return the private WebSocket URL of the account's current mode}: V2's
   * ({@code ws://127.0.0.1:53211/v2/ws/private}) for a classic account, V3's
   * ({@code ws://127.0.0.1:53211/v3/ws/private}) for a unified one, the only one whose login
   * the account's key passes.
   */
  public String privateWsUrl() {
    return wsUrl(unified() ? StreamHub.V3_PRIVATE_PATH : StreamHub.V2_PRIVATE_PATH);
  }

  private boolean unified() {
    return exchange.accountMode() == AccountMode.UNIFIED;
  }

  private String wsUrl(String path) {
    return "ws://127.0.0.1:" + server.getPort() + path;
  }

  /**
   * {@return the base URL of the fake's control API, such as {@code http://127.0.0.1:53211/__fake}}: HTTP
   * and JSON endpoints with which a test in any language moves prices, sets positions, injects
   * faults, reads the recordings and {@linkplain #reset() resets} the fake. It is always on (the
   * fake is for tests only); no Bitget path starts with {@code /__fake}, and control calls are
   * not recorded, rate limited or hit by injected faults. The testkit's README lists the
   * endpoints.
   */
  public String controlUrl() {
    return restUrl() + ControlApi.PREFIX;
  }

  /** {@return the port the fake listens on} */
  public int port() {
    return server.getPort();
  }

  /** {@return the credentials the fake's account accepts} */
  public Credentials credentials() {
    return credentials;
  }

  /** {@return the kind of account the fake's key belongs to now: {@code CLASSIC} or {@code UNIFIED}} */
  public AccountMode accountMode() {
    return exchange.accountMode();
  }

  /**
   * Switches the account to {@code mode} at once, as upgrading a classic account to a unified one
   * (or back) does: from then on private calls of the other mode's API get 40084 or 40085, which
   * is how a client learns of the switch mid-session. Balance, positions and orders carry over
   * unchanged (Bitget asks for a flat account first; the fake does not).
   *
   * @param mode {@code CLASSIC} or {@code UNIFIED}
   * @throws IllegalArgumentException for {@link AccountMode#AUTO}
   */
  public void setAccountMode(AccountMode mode) {
    exchange.setAccountMode(requireConcrete(mode));
  }

  private static AccountMode requireConcrete(AccountMode mode) {
    Objects.requireNonNull(mode, "mode == null");
    if (mode == AccountMode.AUTO) {
      throw new IllegalArgumentException("an account is CLASSIC or UNIFIED; AUTO is the clients' setting for "
          + "finding out which, not a kind of account");
    }
    return mode;
  }

  /**
   * {@return whether the fake's key is a demo-trading key}, as built with
   * {@link Builder#demoTrading(boolean)}: its private REST calls must carry {@code paptrading: 1}.
   */
  public boolean demoTrading() {
    return exchange.demoTrading();
  }

  /** {@return the fake's current time: its clock plus any {@linkplain Faults#setClockSkew skew}} */
  public Instant now() {
    return Instant.ofEpochMilli(exchange.nowMillis());
  }

  // ---- market controls ----------------------------------------------------------------------

  /**
   * Moves a symbol's last and mark price to {@code price} at once (rounded to its price step):
   * prints a trade, moves the book, fills limit orders the price crossed and pushes every change
   * before returning.
   *
   * @param symbol a simulated symbol
   * @param price the new last price; positive
   * @throws IllegalArgumentException when the symbol is not simulated or the price is not positive
   */
  public void setPrice(Symbol symbol, BigDecimal price) {
    exchange.setPrice(symbol, price);
  }

  /** {@return the simulated symbols, in the order they were configured} */
  public List<Symbol> symbols() {
    return exchange.symbols();
  }

  /**
   * {@return the current last price of a simulated symbol}
   *
   * @param symbol a simulated symbol
   */
  public BigDecimal price(Symbol symbol) {
    return exchange.price(symbol);
  }

  /** Advances every simulated market one step now, as the scheduler does every tick interval. */
  public void tickMarket() {
    exchange.tick();
  }

  // ---- position controls --------------------------------------------------------------------

  /**
   * Opens, or replaces, a position of the account at once, without an order: a positive
   * {@code signedSize} is a long, a negative one a short, entered at {@code entryPrice}.
   *
   * <p>The position takes the symbol's current margin mode (isolated unless changed), and
   * {@code leverage} becomes that side's leverage (the cross leverage in crossed mode), as
   * {@code set-leverage} would set it. Margin, unrealised PnL, equity and the liquidation price
   * then follow exactly as for a position opened by a fill at {@code entryPrice}; no fee is
   * charged and the balance does not change, nor is the margin checked against it. In one-way
   * mode the opposite side of the symbol is removed first (cancelling its resting closing
   * orders); in hedge mode the other side is kept. A position whose liquidation price the mark
   * has already passed is liquidated at the next price move. Pushes positions and account to
   * subscribed private WebSocket clients before returning.
   *
   * @param symbol a simulated symbol
   * @param signedSize the size in base coin: positive for long, negative for short
   * @param entryPrice the average entry price
   * @param leverage the leverage, such as 10
   * @throws IllegalArgumentException when the symbol is not simulated, the size is zero or finer
   *     than the contract's size step, the entry price is not positive, or the leverage is not
   *     1..125
   */
  public void setPosition(Symbol symbol, BigDecimal signedSize, BigDecimal entryPrice, int leverage) {
    exchange.setPosition(symbol, signedSize, entryPrice, leverage);
  }

  /**
   * Removes the account's positions in {@code symbol} (both sides in hedge mode) at once,
   * without trading: no fill, fee or realised PnL, the balance unchanged. Resting orders reserved
   * to close them are cancelled, as {@code close-positions} does. Pushes the changes to
   * subscribed private WebSocket clients before returning.
   *
   * @param symbol the symbol whose positions go
   * @throws IllegalArgumentException when the symbol is not simulated
   */
  public void clearPositions(Symbol symbol) {
    Objects.requireNonNull(symbol, "symbol == null");
    exchange.clearPositions(symbol);
  }

  /** Removes every position of the account at once, as {@link #clearPositions(Symbol)} does for one symbol. */
  public void clearPositions() {
    exchange.clearPositions(null);
  }

  // ---- state for assertions -----------------------------------------------------------------

  /** {@return every order of the account, oldest first} */
  public List<FakeOrder> orders() {
    return exchange.orders();
  }

  /** {@return every conditional order of the account (take-profit, stop-loss, trigger, trailing), oldest first} */
  public List<FakeConditionalOrder> conditionalOrders() {
    return exchange.conditionalOrders();
  }

  /**
   * {@return every state change of the account's conditional orders (the last 10,000), oldest first:
   * placed or modified ({@code LIVE}), triggered, filled, cancelled, failed, in the order they happened}
   */
  public List<FakeConditionalOrderEvent> conditionalOrderEvents() {
    return exchange.conditionalOrderEvents();
  }

  /** {@return the account's open positions} */
  public List<FakePosition> positions() {
    return exchange.positions();
  }

  /** {@return the account's balance, equity and margin at the current prices} */
  public FakeAccount account() {
    return exchange.account();
  }

  /** {@return the HTTP requests received so far (the last 10,000), oldest first} */
  public List<RecordedCall> requests() {
    return recorder.calls();
  }

  /**
   * {@return the WebSocket text frames received from clients so far (the last 10,000), oldest
   * first}
   */
  public List<RecordedFrame> webSocketFrames() {
    return recorder.frames();
  }

  /**
   * How many REST requests the fake has refused with HTTP 429 because their caller (an API key,
   * across all its connections, or the IP for public market data) went over an endpoint's
   * {@linkplain Builder#rateLimit rate limit}. Failures injected through {@link #faults()} are not
   * counted.
   *
   * @return the count so far; 0 while every caller kept within the limits
   */
  public long rateLimitRejections() {
    return rateLimits.rejections();
  }

  /** Forgets the recorded requests and frames. */
  public void clearRecordings() {
    recorder.clear();
  }

  /** {@return how many WebSocket clients are connected now} */
  public int webSocketConnections() {
    return exchange.hub().connectionCount();
  }

  /**
   * Controls for injecting faults: dropped sockets, silent pings, malformed frames, service
   * upgrades, book gaps and resets, failed or slow calls, lost responses, skew.
   *
   * @return the fault controls of this fake
   */
  public Faults faults() {
    return faults;
  }

  /**
   * Puts the fake back where it started, as if it had just been built: every market is replayed
   * from the seed and its initial price (so the same ticks print the same prices again), the
   * account has its initial balance, account mode and initial positions again with no orders,
   * fills or symbol settings (leverage, margin mode, position mode), and order ids restart. The
   * recordings are cleared, every fault is disarmed (clock skew and ping replies included), and
   * open WebSocket connections are closed normally, so that clients reconnect to the new state
   * instead of applying book updates to a book that is gone. The port, credentials, demo flag and
   * rate limits stay.
   */
  public void reset() {
    faults.clear();
    exchange.setClockSkewMillis(0);
    exchange.hub().closeAll();
    exchange.reset();
    recorder.clear();
  }

  /**
   * Stops the market, closes every WebSocket (a normal close, then abruptly whatever has not
   * closed within a second) and shuts the server down.
   */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    timers.shutdownNow();
    exchange.hub().closeAll();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
    while (exchange.hub().connectionCount() > 0 && System.nanoTime() < deadline) {
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    exchange.hub().dropAll();
    server.close();
  }

  @Override
  public String toString() {
    return "FakeBitget{" + restUrl() + "}";
  }

  /** Configures a {@link FakeBitget}; every setting has a default. */
  public static final class Builder {
    private int port;
    private String apiKey = DEFAULT_API_KEY;
    private String secretKey = DEFAULT_SECRET_KEY;
    private String passphrase = DEFAULT_PASSPHRASE;
    private Clock clock = Clock.systemUTC();
    private long seed = 42L;
    private final Map<Symbol, BigDecimal> symbols = new LinkedHashMap<>();
    private Duration tickInterval = Duration.ofMillis(200);
    private BigDecimal initialBalance = new BigDecimal("10000");
    private final List<Settings.InitialPosition> initialPositions = new ArrayList<>();
    private final Map<RateLimitGroup, Integer> rateLimits = new EnumMap<>(RateLimitGroup.class);
    private boolean rateLimitsEnabled = true;
    private boolean loginCodeAsString;
    private AccountMode accountMode = AccountMode.CLASSIC;
    private boolean demoTrading;
    private Duration repushInterval = Duration.ofSeconds(5);

    private Builder() {}

    /**
     * The port to listen on; 0 (the default) picks a free one.
     *
     * @param port the port to listen on; 0 picks a free one
     * @return this builder
     */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be 0..65535: " + port);
      }
      this.port = port;
      return this;
    }

    /**
     * The API key, secret and passphrase the account accepts (default {@link #DEFAULT_API_KEY},
     * {@link #DEFAULT_SECRET_KEY}, {@link #DEFAULT_PASSPHRASE}). Taken as text because the fake
     * needs the secret to verify signatures, and {@link Credentials} never reveals it.
     *
     * @param apiKey the key id clients must send
     * @param secretKey the secret signatures are checked with
     * @param passphrase the passphrase clients must send
     * @return this builder
     */
    public Builder credentials(String apiKey, String secretKey, String passphrase) {
      Credentials.of(apiKey, secretKey, passphrase);
      this.apiKey = apiKey;
      this.secretKey = secretKey;
      this.passphrase = passphrase;
      return this;
    }

    /**
     * The clock behind server time, timestamps and signature windows (default system UTC).
     *
     * @param clock the fake's time source
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock == null");
      return this;
    }

    /**
     * The seed of the simulated market's random walk (default 42); equal seeds replay equally.
     *
     * @param seed the seed of the simulated market's random walk
     * @return this builder
     */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /**
     * Simulates {@code symbol} starting at {@code initialPrice}. The first call replaces the
     * default pair ({@code BTCUSDT_UMCBL} at 27000, {@code ETHUSDT_UMCBL} at 1800).
     *
     * @param symbol a USDT-M symbol to simulate
     * @param initialPrice its starting price; positive
     * @return this builder
     */
    public Builder symbol(Symbol symbol, BigDecimal initialPrice) {
      Objects.requireNonNull(symbol, "symbol == null");
      Objects.requireNonNull(initialPrice, "initialPrice == null");
      if (initialPrice.signum() <= 0) {
        throw new IllegalArgumentException("initialPrice must be positive: " + initialPrice);
      }
      symbols.put(symbol, initialPrice);
      return this;
    }

    /**
     * How often the market moves (default 200 ms). {@link Duration#ZERO} turns the scheduler off:
     * the market then moves only on {@link FakeBitget#tickMarket()} and
     * {@link FakeBitget#setPrice}.
     *
     * @param tickInterval how often the market moves; {@link Duration#ZERO} for only when told
     * @return this builder
     */
    public Builder tickInterval(Duration tickInterval) {
      Objects.requireNonNull(tickInterval, "tickInterval == null");
      if (tickInterval.isNegative()) {
        throw new IllegalArgumentException("tickInterval is negative: " + tickInterval);
      }
      this.tickInterval = tickInterval;
      return this;
    }

    /**
     * The account's starting balance in its margin coin (default 10,000).
     *
     * @param initialBalance the account's starting USDT balance
     * @return this builder
     */
    public Builder initialBalance(BigDecimal initialBalance) {
      Objects.requireNonNull(initialBalance, "initialBalance == null");
      if (initialBalance.signum() < 0) {
        throw new IllegalArgumentException("initialBalance is negative: " + initialBalance);
      }
      this.initialBalance = initialBalance;
      return this;
    }

    /**
     * Starts the account with an open isolated position: a positive {@code signedSize} is a
     * long, a negative one a short, entered at {@code entryPrice} with {@code leverage}.
     *
     * @param symbol a simulated symbol
     * @param signedSize the size in base coin: positive for long, negative for short
     * @param entryPrice the average entry price
     * @param leverage the leverage, such as 10
     * @return this builder
     */
    public Builder initialPosition(Symbol symbol, BigDecimal signedSize, BigDecimal entryPrice, int leverage) {
      Objects.requireNonNull(symbol, "symbol == null");
      Objects.requireNonNull(signedSize, "signedSize == null");
      Objects.requireNonNull(entryPrice, "entryPrice == null");
      if (signedSize.signum() == 0) {
        throw new IllegalArgumentException("signedSize is zero; positive opens a long, negative a short");
      }
      if (entryPrice.signum() <= 0) {
        throw new IllegalArgumentException("entryPrice must be positive: " + entryPrice);
      }
      if (leverage < 1 || leverage > 125) {
        throw new IllegalArgumentException("leverage must be 1..125: " + leverage);
      }
      initialPositions.add(new Settings.InitialPosition(symbol, signedSize, entryPrice, leverage));
      return this;
    }

    /**
     * The requests per second one caller may make to each endpoint of {@code group} before HTTP
     * 429.
     *
     * @param group the endpoint group
     * @param perSecond the requests per second it allows
     * @return this builder
     */
    public Builder rateLimit(RateLimitGroup group, int perSecond) {
      Objects.requireNonNull(group, "group == null");
      if (perSecond < 1) {
        throw new IllegalArgumentException("perSecond must be at least 1: " + perSecond);
      }
      rateLimits.put(group, perSecond);
      return this;
    }

    /**
     * Whether rate limits are enforced at all (default true).
     *
     * @param enabled false to answer every request, however fast
     * @return this builder
     */
    public Builder rateLimitsEnabled(boolean enabled) {
      this.rateLimitsEnabled = enabled;
      return this;
    }

    /**
     * Answers a successful login with {@code "code":"0"} instead of {@code "code":0}, as some
     * servers do.
     *
     * @param asString true to acknowledge logins with {@code "code":"0"} instead of {@code 0}
     * @return this builder
     */
    public Builder loginCodeAsString(boolean asString) {
      this.loginCodeAsString = asString;
      return this;
    }

    /**
     * The kind of account the fake's key belongs to (default {@link AccountMode#CLASSIC}):
     * {@code CLASSIC} serves the V2 private API and answers V3 private calls with 40084,
     * {@code UNIFIED} serves the V3 private API ({@code /api/v3/...}) and answers V2 private
     * calls with 40085. Public market data of both versions works in either mode.
     *
     * @param accountMode {@code CLASSIC} or {@code UNIFIED}
     * @return this builder
     * @throws IllegalArgumentException for {@link AccountMode#AUTO}, which is a client setting:
     *     an account is one or the other
     */
    public Builder accountMode(AccountMode accountMode) {
      this.accountMode = requireConcrete(accountMode);
      return this;
    }

    /**
     * Makes the fake's key a demo-trading key (default false), as Bitget's demo environment
     * issues: its private REST calls must carry the header {@code paptrading: 1} and get 40099
     * ("exchange environment is incorrect") without it, as on Bitget. Public endpoints answer
     * with or without the header, and a live key's calls are served with it too. Bitget's demo
     * environment lists the ordinary symbols ({@code BTCUSDT}, {@code USDT-FUTURES}); the older
     * simulated pairs such as {@code SBTCSUSDT_SUMCBL} ({@code SUSDT-FUTURES}) can be simulated
     * in either environment with {@link #symbol}.
     *
     * @param demoTrading true for a demo key, whose private calls need {@code paptrading: 1}
     * @return this builder
     */
    public Builder demoTrading(boolean demoTrading) {
      this.demoTrading = demoTrading;
      return this;
    }

    /**
     * How often a unified account's V3 {@code account} and {@code position} topics are pushed
     * again unchanged (default 5 s, as Bitget does). The fake's clock decides, checked at every
     * market tick: a tick finding the last push of either at least this old pushes both again.
     * {@link Duration#ZERO} re-pushes at every tick, which with {@code tickInterval(ZERO)} means
     * at every {@link FakeBitget#tickMarket()}.
     *
     * @param repushInterval how long account and positions may go unpushed; zero for every tick
     * @return this builder
     */
    public Builder repushInterval(Duration repushInterval) {
      Objects.requireNonNull(repushInterval, "repushInterval == null");
      if (repushInterval.isNegative()) {
        throw new IllegalArgumentException("repushInterval is negative: " + repushInterval);
      }
      this.repushInterval = repushInterval;
      return this;
    }

    /**
     * Starts the fake.
     *
     * @return the running fake; close it when done
     * @throws IllegalArgumentException when an initial position names a symbol not simulated
     * @throws UncheckedIOException when the port cannot be bound
     */
    public FakeBitget start() {
      Map<Symbol, BigDecimal> markets = new LinkedHashMap<>(symbols);
      if (markets.isEmpty()) {
        markets.put(Symbol.BTCUSDT_UMCBL, new BigDecimal("27000"));
        markets.put(Symbol.ETHUSDT_UMCBL, new BigDecimal("1800"));
      }
      for (Settings.InitialPosition ip : initialPositions) {
        if (!markets.containsKey(ip.symbol())) {
          throw new IllegalArgumentException("initial position in " + ip.symbol()
              + ", which is not simulated; add it with symbol(..)");
        }
      }
      Settings settings = new Settings(port, apiKey, secretKey, passphrase, clock, seed, markets, tickInterval,
          initialBalance, List.copyOf(initialPositions), new EnumMap<>(fillDefaults(rateLimits)),
          rateLimitsEnabled, loginCodeAsString, accountMode, demoTrading, repushInterval);
      try {
        return new FakeBitget(settings);
      } catch (IOException e) {
        throw new UncheckedIOException("FakeBitget could not listen on 127.0.0.1:" + port, e);
      }
    }

    private static Map<RateLimitGroup, Integer> fillDefaults(Map<RateLimitGroup, Integer> configured) {
      Map<RateLimitGroup, Integer> out = new EnumMap<>(RateLimitGroup.class);
      for (RateLimitGroup g : RateLimitGroup.values()) {
        out.put(g, configured.getOrDefault(g, g.defaultPerSecond()));
      }
      return out;
    }
  }
}
