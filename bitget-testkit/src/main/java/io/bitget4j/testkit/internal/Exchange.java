package io.bitget4j.testkit.internal;

import io.bitget4j.core.AccountMode;
import io.bitget4j.core.ProductType;
import io.bitget4j.core.Symbol;
import io.bitget4j.core.model.HoldSide;
import io.bitget4j.core.model.MarginMode;
import io.bitget4j.testkit.FakeAccount;
import io.bitget4j.testkit.FakeConditionalOrder;
import io.bitget4j.testkit.FakeConditionalOrderEvent;
import io.bitget4j.testkit.FakeOrder;
import io.bitget4j.testkit.FakePosition;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The fake exchange's state: markets, accounts, orders and positions, behind this object's
 * monitor. REST handlers, WebSocket messages and market ticks all run while holding it; pushes
 * are queued on the sockets (never blocking) while it is held, which keeps every client's view
 * in order.
 */
public final class Exchange {
  private final Settings settings;
  private final Clock clock;
  private volatile long skewMillis;
  final Map<Symbol, Market> markets = new LinkedHashMap<>();
  private final Map<String, Account> accounts = new LinkedHashMap<>();
  final Account primary;
  final StreamHub hub;
  final Trading trading;
  final Conditionals conditionals;
  /** Conditional-order state changes of every account, oldest first (the last {@value #EVENTS_KEPT}). */
  private final java.util.ArrayDeque<ConditionalEvent> conditionalEvents = new java.util.ArrayDeque<>();
  /** Who hears of each conditional-order event as it happens, such as the streams. */
  private final List<java.util.function.Consumer<ConditionalEvent>> conditionalSinks =
      new java.util.concurrent.CopyOnWriteArrayList<>();
  private static final int EVENTS_KEPT = 10_000;
  /** The spot and margin lists clients read at start-up, derived from the simulated symbols. */
  final SpotReference spot;
  private long nextOrderId;
  private long nextTradeId;
  private long nextPosId;
  private final Set<Account> dirty = new LinkedHashSet<>();

  public Exchange(Settings settings) {
    this.settings = settings;
    this.clock = settings.clock();
    this.spot = new SpotReference(settings.symbols());
    this.primary = new Account(settings.apiKey(), settings.secretKey(), settings.passphrase(),
        settings.initialBalance(), settings.accountMode(), settings.demoTrading());
    accounts.put(primary.apiKey, primary);
    this.hub = new StreamHub(this, settings.loginCodeAsString());
    this.trading = new Trading(this);
    this.conditionals = new Conditionals(this, trading);
    begin(nowMillis());
  }

  /**
   * Starts the markets from the seed and the initial prices (their history ending at
   * {@code now}), the ids from the seed, and the account's initial positions.
   */
  private void begin(long now) {
    long seed = settings.seed();
    this.nextOrderId = 1_200_000_000_000_000_000L + Math.floorMod(seed, 1_000_000L) * 1_000_000L;
    this.nextTradeId = 1_300_000_000_000_000_000L + Math.floorMod(seed, 1_000_000L) * 1_000_000L;
    this.nextPosId = 1_400_000_000_000_000_000L + Math.floorMod(seed, 1_000_000L) * 1_000_000L;
    markets.clear();
    conditionalEvents.clear();
    for (Map.Entry<Symbol, BigDecimal> e : settings.symbols().entrySet()) {
      Contract contract = Contract.forPrice(e.getKey(), e.getValue());
      long marketSeed = seed * 1_000_003L + e.getKey().toString().hashCode();
      markets.put(e.getKey(), new Market(contract, e.getValue(), marketSeed, now));
    }
    for (Settings.InitialPosition ip : settings.initialPositions()) {
      trading.openInitial(primary, market(ip.symbol()), ip, now);
    }
    dirty.clear();
  }

  /**
   * Puts the exchange back where it started: markets replayed from the seed and the initial
   * prices, the account at its initial balance, mode and positions with no orders, fills or
   * settings, ids restarted. WebSocket sessions are not touched.
   */
  public synchronized void reset() {
    primary.reset(settings.initialBalance(), settings.accountMode());
    hub.reset();
    begin(nowMillis());
  }

  // ---- time and ids -------------------------------------------------------------------------

  /** The fake's clock: the configured clock plus the injected skew. */
  public long nowMillis() {
    return clock.millis() + skewMillis;
  }

  public void setClockSkewMillis(long skew) {
    this.skewMillis = skew;
  }

  String newOrderId() {
    return Long.toString(nextOrderId++);
  }

  String newTradeId() {
    return Long.toString(nextTradeId++);
  }

  String newPosId() {
    return Long.toString(nextPosId++);
  }

  // ---- account mode -------------------------------------------------------------------------

  /** The primary account's mode: {@code CLASSIC} (V2) or {@code UNIFIED} (V3). */
  public AccountMode accountMode() {
    return primary.mode;
  }

  /**
   * Switches the primary account to {@code mode}; positions, orders and balance stay as they are,
   * its private stream connections of the other API version are closed.
   */
  public synchronized void setAccountMode(AccountMode mode) {
    primary.mode = mode;
    hub.accountModeChanged(primary);
  }

  /** Whether the account's key is a demo-trading key (private REST calls need {@code paptrading: 1}). */
  public boolean demoTrading() {
    return primary.demo;
  }

  // ---- lookups ------------------------------------------------------------------------------

  Optional<Account> account(String apiKey) {
    return Optional.ofNullable(accounts.get(apiKey));
  }

  Market market(Symbol symbol) {
    Market m = markets.get(symbol);
    if (m == null) {
      throw new IllegalArgumentException("FakeBitget does not simulate " + symbol
          + "; add it with FakeBitget.builder().symbol(..)");
    }
    return m;
  }

  /** The product type named on the wire, such as {@code USDT-FUTURES} (any case). */
  static ProductType productType(String v2Name) {
    try {
      return ProductType.fromV2Name(v2Name);
    } catch (IllegalArgumentException e) {
      throw ApiError.invalid("productType");
    }
  }

  /** The simulated market of a V2 symbol and product type; 40034 when it is not simulated. */
  Market market(String v2Symbol, String productType) {
    ProductType type = productType(productType);
    Optional<Symbol> symbol = Symbol.tryParse(v2Symbol.toUpperCase(Locale.ROOT) + type.suffix());
    Market m = symbol.map(markets::get).orElse(null);
    if (m == null) {
      throw ApiError.doesNotExist(v2Symbol);
    }
    return m;
  }

  /** The markets of one product type, in configuration order. */
  List<Market> markets(ProductType type) {
    List<Market> out = new ArrayList<>();
    for (Market m : markets.values()) {
      if (m.contract.symbol.productType() == type) {
        out.add(m);
      }
    }
    return out;
  }

  /** The coin the account is margined in: that of the first simulated symbol. */
  String marginCoin() {
    return markets.isEmpty() ? "USDT" : markets.values().iterator().next().contract.symbol.marginCoin();
  }

  Collection<Account> accounts() {
    return accounts.values();
  }

  /** The BTC price used to express equity in BTC; the first BTC market, or 27000. */
  BigDecimal btcPrice() {
    for (Market m : markets.values()) {
      if (m.contract.symbol.base().equals("BTC")) {
        return m.last();
      }
    }
    return new BigDecimal("27000");
  }

  // ---- market -------------------------------------------------------------------------------

  /**
   * Advances every market one step and publishes what changed, then whatever the streams push
   * again on a schedule (a unified account's account and positions) if it is due.
   */
  public synchronized void tick() {
    long now = nowMillis();
    for (Market m : markets.values()) {
      m.tick(now);
      afterMove(m, now);
    }
    flush(now);
    hub.repushIfDue(now, settings.repushInterval());
  }

  /** Moves one market to {@code price} at once, filling crossed orders and pushing the change. */
  public synchronized void setPrice(Symbol symbol, BigDecimal price) {
    Objects.requireNonNull(symbol, "symbol == null");
    Objects.requireNonNull(price, "price == null");
    if (price.signum() <= 0) {
      throw new IllegalArgumentException("price must be positive: " + price);
    }
    long now = nowMillis();
    Market m = market(symbol);
    m.moveTo(m.contract.ticks(price), now);
    afterMove(m, now);
    flush(now);
  }

  /** The simulated symbols, in configuration order. */
  public List<Symbol> symbols() {
    return List.copyOf(settings.symbols().keySet());
  }

  public synchronized BigDecimal price(Symbol symbol) {
    Objects.requireNonNull(symbol, "symbol == null");
    return market(symbol).last();
  }

  /** Opens or replaces a position of the primary account; see {@code FakeBitget.setPosition}. */
  public synchronized void setPosition(Symbol symbol, BigDecimal signedSize, BigDecimal entryPrice, int leverage) {
    Objects.requireNonNull(symbol, "symbol == null");
    Objects.requireNonNull(signedSize, "signedSize == null");
    Objects.requireNonNull(entryPrice, "entryPrice == null");
    Market m = market(symbol);
    if (signedSize.signum() == 0) {
      throw new IllegalArgumentException("signedSize is zero; positive opens a long, negative a short, "
          + "and clearPositions(symbol) removes a position");
    }
    if (signedSize.stripTrailingZeros().scale() > m.contract.volumePlace) {
      throw new IllegalArgumentException("signedSize " + signedSize.toPlainString() + " is finer than the "
          + m.contract.volumePlace + " decimals " + symbol + " allows");
    }
    if (entryPrice.signum() <= 0) {
      throw new IllegalArgumentException("entryPrice must be positive: " + entryPrice);
    }
    if (leverage < 1 || leverage > Contract.MAX_LEVER) {
      throw new IllegalArgumentException("leverage must be 1.." + Contract.MAX_LEVER + ": " + leverage);
    }
    long now = nowMillis();
    trading.setPosition(primary, m, signedSize, entryPrice, leverage, now);
    flush(now);
  }

  /** Removes the primary account's positions, of one symbol or (null) all; see {@code FakeBitget}. */
  public synchronized void clearPositions(Symbol symbolOrNull) {
    Market only = symbolOrNull == null ? null : market(symbolOrNull);
    long now = nowMillis();
    trading.clearPositions(primary, only, now);
    flush(now);
  }

  private void afterMove(Market m, long now) {
    OrderBook.Diff diff = m.moveBook();
    List<Market.Trade> trades = m.drainFreshTrades();
    hub.publishMarket(m, diff, trades, now);
    for (Account a : accounts.values()) {
      trading.matchResting(a, m, now);
      conditionals.onPrice(a, m, now);
      trading.liquidate(a, m, now);
      if (!a.positions.isEmpty()) {
        dirty.add(a);
      }
    }
  }

  /** Marks an account whose positions and balance must be pushed at the next flush. */
  void touch(Account a) {
    dirty.add(a);
  }

  /** Pushes positions and account for every account touched since the last flush. */
  void flush(long now) {
    for (Account a : dirty) {
      hub.publishPositions(a, now);
      hub.publishAccount(a, now);
    }
    dirty.clear();
  }

  // ---- conditional-order events ------------------------------------------------------------

  /** Records a conditional-order state change and hands it to every sink, in the order they happen. */
  void recordConditional(ConditionalEvent event) {
    conditionalEvents.addLast(event);
    if (conditionalEvents.size() > EVENTS_KEPT) {
      conditionalEvents.removeFirst();
    }
    for (java.util.function.Consumer<ConditionalEvent> sink : conditionalSinks) {
      sink.accept(event);
    }
  }

  /**
   * Hands every later conditional-order event to {@code sink}, under the exchange's monitor, in the
   * order they happen (for the conditional-order streams to render); the sink must not block.
   */
  void addConditionalSink(java.util.function.Consumer<ConditionalEvent> sink) {
    conditionalSinks.add(Objects.requireNonNull(sink, "sink == null"));
  }

  // ---- snapshots for assertions ---------------------------------------------------------------

  /** The primary account's conditional orders, oldest first. */
  public synchronized List<FakeConditionalOrder> conditionalOrders() {
    List<FakeConditionalOrder> out = new ArrayList<>();
    for (Conditional c : primary.conditionals.values()) {
      out.add(ConditionalSnapshots.of(c));
    }
    return out;
  }

  /** The primary account's conditional-order events, oldest first. */
  public synchronized List<FakeConditionalOrderEvent> conditionalOrderEvents() {
    List<FakeConditionalOrderEvent> out = new ArrayList<>();
    for (ConditionalEvent e : conditionalEvents) {
      if (e.account() == primary) {
        out.add(new FakeConditionalOrderEvent(ConditionalSnapshots.of(e.order()),
            Optional.ofNullable(e.order().reason), Instant.ofEpochMilli(e.timestampMillis())));
      }
    }
    return out;
  }

  public synchronized List<FakeOrder> orders() {
    List<FakeOrder> out = new ArrayList<>();
    for (Order o : primary.orders.values()) {
      out.add(new FakeOrder(o.orderId, o.clientOid, o.market.contract.symbol, o.v2Side(), o.tradeSide,
          o.orderType, o.force, Num.plain(o.size), o.price == null ? BigDecimal.ZERO : Num.plain(o.price),
          o.reduceOnly, o.status, Num.plain(o.filled), o.priceAvg == null ? BigDecimal.ZERO : Num.plain(o.priceAvg),
          Num.plain(o.fee),
          Instant.ofEpochMilli(o.cTime), Instant.ofEpochMilli(o.uTime)));
    }
    return out;
  }

  public synchronized List<FakePosition> positions() {
    List<FakePosition> out = new ArrayList<>();
    for (Position p : primary.positions.values()) {
      out.add(new FakePosition(p.market.contract.symbol, HoldSide.fromWire(p.holdSide),
          MarginMode.fromWire(p.marginMode), p.leverage, Num.plain(p.size), Num.plain(p.entry),
          Num.plain(p.margin()), Num.plain(p.unrealizedPnl()), Num.plain(p.achievedProfits),
          Num.plain(p.liquidationPrice())));
    }
    return out;
  }

  public synchronized FakeAccount account() {
    Account a = primary;
    return new FakeAccount(marginCoin(), Num.plain(a.balance), Num.plain(a.equity()), Num.plain(a.available()),
        Num.plain(a.locked()), Num.plain(a.positionMargin()), Num.plain(a.unrealizedPnl()), a.posMode);
  }

  public StreamHub hub() {
    return hub;
  }
}
