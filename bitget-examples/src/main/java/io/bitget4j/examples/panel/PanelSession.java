package io.bitget4j.examples.panel;

import io.bitget4j.core.Credentials;
import io.bitget4j.core.ProductType;
import io.bitget4j.core.Symbol;
import io.bitget4j.core.model.Contract;
import io.bitget4j.core.model.Order;
import io.bitget4j.core.model.OrderStatus;
import io.bitget4j.core.model.Position;
import io.bitget4j.core.model.Side;
import io.bitget4j.rest.BitgetRestClient;
import io.bitget4j.testkit.FakeBitget;
import io.bitget4j.ws.BitgetStreamClient;
import io.bitget4j.ws.BookDepth;
import io.bitget4j.ws.ConnectionState;
import io.bitget4j.ws.Delivery;
import io.bitget4j.ws.StateChange;
import io.bitget4j.ws.StreamHealth;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

/**
 * One run of the panel: owns the clients, the streams, the model and three threads (render, keys,
 * worker).
 *
 * <p>Start-up subscribes the streams first and then reads the same state over REST, so that
 * nothing falls between the two: the frame shows positions, open orders and the account as soon as
 * either source has them. Every stream's values reach the model as they come, and a frame a second
 * bounds how stale the screen is (within the panel cadences of 1, 2, 5 and 10 s). What a key
 * changes is read back over REST before the action reports, so the next frame shows it; so is what
 * a fill changes, and everything after a stream reconnects, since pushes may have been missed while
 * it was down.
 *
 * <p>Every exchange call runs on the worker thread and every failure ends on the status line, in
 * words; the render and key threads never call the exchange.
 */
final class PanelSession {
  private static final Duration FRAME = Duration.ofSeconds(1);
  private static final Duration FUNDING_REFRESH = Duration.ofMinutes(5);
  private static final Duration CONTRACT_RETRY = Duration.ofSeconds(5);

  private final PanelArgs args;
  private final Optional<FakeBitget> fake;
  private final boolean demoOrder;
  private final Optional<Credentials> credentials;
  private final KeySource keys;
  private final Display display;
  private final Clock clock;
  private final CountDownLatch stop = new CountDownLatch(1);
  private final Set<Symbol> fillRefreshes = ConcurrentHashMap.newKeySet();
  private final Set<String> lostConnections = ConcurrentHashMap.newKeySet();
  private volatile Instant lastReconnect;
  private volatile Instant fundingLoadedAt;
  private volatile Instant contractsTriedAt;

  private ScheduledExecutorService render;
  private ExecutorService worker;
  private PanelModel model;
  private PanelTrader trader;
  private PanelController controller;
  private BitgetStreamClient streams;

  /**
   * A session on {@code fake} when present, otherwise on Bitget with {@code credentials};
   * {@code demoOrder} places a resting demo order at start (the embedded fake's).
   */
  PanelSession(PanelArgs args, Optional<FakeBitget> fake, boolean demoOrder, Optional<Credentials> credentials,
      KeySource keys, Display display, Clock clock) {
    this.args = args;
    this.fake = fake;
    this.demoOrder = demoOrder;
    this.credentials = credentials;
    this.keys = keys;
    this.display = display;
    this.clock = clock;
  }

  /** Runs until {@code q}, Ctrl-C ({@link #stop()}), an interrupt or the {@code --duration}. */
  void run() {
    render = Executors.newSingleThreadScheduledExecutor(daemon("trader-panel-render"));
    worker = Executors.newSingleThreadExecutor(daemon("trader-panel-worker"));
    try (BitgetRestClient rest = restClient(); BitgetStreamClient client = streamClient(rest)) {
      streams = client;
      model = new PanelModel(args.symbols(), clock);
      trader = new PanelTrader(rest, model, args.symbols());
      controller = new PanelController(args.symbols(), args.size(), args.tradingBlockedReason(), worker, trader,
          this::redraw, clock);
      client.addStateListener(this::onStateChange);
      subscribe(client);
      // the seed below loads both; the render loop reloads them when due
      fundingLoadedAt = clock.instant();
      contractsTriedAt = clock.instant();
      render.scheduleAtFixedRate(this::draw, 0, FRAME.toMillis(), TimeUnit.MILLISECONDS);
      work("load the markets", this::seed);
      startKeyReader();
      awaitStop();
    } finally {
      // let a call in flight finish rather than interrupt it: the REST client's transport does not
      // always turn an interrupt into an exception the caller can expect
      worker.shutdown();
      awaitTermination(worker);
      render.shutdownNow();
      awaitTermination(render);
    }
  }

  /** Stops the session from another thread (Ctrl-C). */
  void stop() {
    stop.countDown();
  }

  private boolean signedIn() {
    return credentials.isPresent() || fake.isPresent();
  }

  /**
   * Every stream comes unthrottled into the model, and the frame, drawn every second, is the
   * throttle: a throttled delivery would hand a value over up to its interval after it arrived, so
   * the screen could be a second older than the frame rate says, and a REST answer could not be put
   * in order with a push (a change the user just made could flicker back to an older push).
   */
  private void subscribe(BitgetStreamClient client) {
    for (Symbol symbol : args.symbols()) {
      client.ticker(symbol, model::onTicker, Delivery.immediate());
      client.orderBook(symbol, BookDepth.TOP_5, model::onBook, Delivery.immediate());
    }
    if (signedIn()) {
      ProductType productType = args.symbol().productType();
      client.positions(productType, model::onPositionsPush, Delivery.immediate());
      client.orders(productType, this::onOrder, Delivery.immediate());
      client.account(productType, model::onAccountPush, Delivery.immediate());
      client.conditionalOrders(productType, model::onConditionalOrder, Delivery.immediate());
    }
  }

  /** Loads everything the streams do not carry, then what they do, in case they are slow. */
  private void seed() {
    loadMissingContracts();
    for (Symbol symbol : args.symbols()) {
      attempt("load the funding rate of " + symbol, () -> trader.loadFunding(symbol));
    }
    fundingLoadedAt = clock.instant();
    if (signedIn()) {
      refreshPrivate();
    }
    if (demoOrder) {
      attempt("place the demo order", this::placeDemoOrder);
    }
  }

  private void refreshPrivate() {
    attempt("load the positions", trader::refreshPositions);
    attempt("load the open orders", trader::refreshOrders);
    Set<String> coins = new HashSet<>();
    for (Symbol symbol : args.symbols()) {
      if (coins.add(symbol.marginCoin())) { // one account per margin coin (coin-M markets have several)
        attempt("load the account in " + symbol.marginCoin(), () -> trader.refreshAccount(symbol));
      }
      attempt("load the fills of " + symbol, () -> trader.refreshFills(symbol));
    }
  }

  /** A resting buy 3 % below the market, ten times the minimum size: the embedded fake's demo order. */
  private void placeDemoOrder() {
    Symbol symbol = args.symbol();
    Contract contract = model.contract(symbol).orElseThrow(() -> new IllegalStateException(
        "the contract of " + symbol + " did not load"));
    BigDecimal price = Precision.of(contract).onTick(fake.orElseThrow().price(symbol).multiply(new BigDecimal("0.97")),
        RoundingMode.DOWN);
    BigDecimal size = PanelController.minimumSize(contract, Optional.of(price)).multiply(BigDecimal.TEN);
    trader.placeLimit(symbol, Side.BUY, size, price);
  }

  private void onOrder(Order order) {
    model.onOrder(order);
    boolean filled = order.filledSize().signum() > 0
        && (order.status() == OrderStatus.FILLED || order.status() == OrderStatus.PARTIALLY_FILLED);
    if (filled && fillRefreshes.add(order.symbol())) {
      work("read the fill", () -> {
        fillRefreshes.remove(order.symbol());
        trader.refreshAfterFill(order.symbol());
      });
    }
  }

  private void onStateChange(StateChange change) {
    if (change.current() == ConnectionState.RECONNECTING) {
      lostConnections.add(change.connection());
      return;
    }
    boolean ready = change.current() == ConnectionState.AUTHENTICATED
        || change.current() == ConnectionState.CONNECTED && change.connection().startsWith("public");
    if (ready && lostConnections.remove(change.connection())) {
      lastReconnect = change.time();
      if (change.connection().startsWith("private")) {
        // pushes may have been missed while the connection was down
        work("reload after the reconnect", this::refreshPrivate);
      }
      redraw();
    }
  }

  // ---------------------------------------------------------------- frames

  private void redraw() {
    try {
      render.execute(this::draw);
    } catch (RejectedExecutionException stopping) {
      // the session is ending: no more frames
    }
  }

  private void draw() {
    try {
      display.show(snapshot());
      refreshFundingWhenDue();
      retryMissingContracts();
    } catch (RuntimeException e) {
      controller.status("could not draw the screen: " + ErrorText.describe(e), true);
    }
  }

  private void refreshFundingWhenDue() {
    Instant now = clock.instant();
    Optional<Instant> next = model.funding(controller.symbol()).flatMap(f -> f.nextFundingTime());
    boolean passed = next.isPresent() && !now.isBefore(next.get()) && fundingLoadedAt.isBefore(next.get());
    if (passed || Duration.between(fundingLoadedAt, now).compareTo(FUNDING_REFRESH) >= 0) {
      fundingLoadedAt = now;
      work("reload the funding rates", () -> {
        for (Symbol symbol : args.symbols()) {
          attempt("load the funding rate of " + symbol, () -> trader.loadFunding(symbol));
        }
      });
    }
  }


  /** The contracts carry the precision and the minimum size: without them the keys cannot trade. */
  private void loadMissingContracts() {
    contractsTriedAt = clock.instant();
    for (Symbol symbol : args.symbols()) {
      if (model.contract(symbol).isEmpty()) {
        attempt("load the contract of " + symbol, () -> trader.loadContract(symbol));
      }
    }
  }

  private void retryMissingContracts() {
    boolean missing = args.symbols().stream().anyMatch(s -> model.contract(s).isEmpty());
    if (missing && Duration.between(contractsTriedAt, clock.instant()).compareTo(CONTRACT_RETRY) >= 0) {
      contractsTriedAt = clock.instant();
      work("load the contracts", this::loadMissingContracts);
    }
  }

  /** One consistent frame: every figure from one read of each part of the model. */
  PanelSnapshot snapshot() {
    Instant now = clock.instant();
    Symbol symbol = controller.symbol();
    Precision precision = model.contract(symbol).map(Precision::of).orElseGet(() -> Precision.unknown(symbol));
    List<Position> all = new ArrayList<>(model.positions());
    // the long before the short, whatever order the exchange lists them in
    all.sort(Comparator.comparing((Position p) -> p.symbol().toString()).thenComparing(Position::holdSide));
    List<PositionFigures> mine = new ArrayList<>();
    List<PositionFigures> sameCoin = new ArrayList<>();
    for (Position p : all) {
      if (!p.symbol().marginCoin().equals(symbol.marginCoin())) {
        continue;
      }
      PositionFigures figures = PositionFigures.of(p, model.mark(p.symbol()));
      sameCoin.add(figures);
      if (p.symbol().equals(symbol)) {
        mine.add(figures);
      }
    }
    Optional<AccountFigures> account = model.account(symbol.marginCoin())
        .map(e -> AccountFigures.of(e.getKey(), e.getValue(), sameCoin));
    List<OrderLine> orders = model.orders(symbol);
    return new PanelSnapshot(now, args.environment(), trader.accountMode(), args.tradingBlockedReason(),
        args.symbols(), symbol, model.contract(symbol), precision, model.ticker(symbol), model.mark(symbol),
        model.history(symbol), model.book(symbol), model.funding(symbol), model.fills(symbol), mine,
        model.positionsAt().map(at -> Duration.between(at, now)), model.leverage(symbol), orders,
        model.ordersListed(), controller.selectedOrder(orders), account, streamStatus(), controller.status(),
        controller.prompt(precision), controller.help());
  }

  private PanelSnapshot.StreamStatus streamStatus() {
    StreamHealth health = streams.health();
    return new PanelSnapshot.StreamStatus(streams.state(), health.sinceLastMessage(), health.reconnectCount(),
        Optional.ofNullable(lastReconnect), health.channels(),
        health.lastError().map(ErrorText::describe));
  }

  // ---------------------------------------------------------------- threads

  private void startKeyReader() {
    Thread reader = new Thread(() -> {
      try {
        while (stop.getCount() > 0) {
          Key key = keys.next();
          if (key.kind() == Key.Kind.END) {
            return; // no keyboard (input from a file, say): the panel runs on until --duration or Ctrl-C
          }
          if (!controller.onKey(key, snapshot())) {
            stop.countDown();
            return;
          }
          redraw();
        }
      } catch (IOException e) {
        controller.status("the keyboard cannot be read (" + e.getMessage() + "): q no longer works, Ctrl-C does",
            true);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "trader-panel-keys");
    reader.setDaemon(true);
    reader.start();
  }

  /** Runs {@code task} on the worker; a failure goes to the status line. */
  private void work(String what, Runnable task) {
    try {
      worker.execute(() -> attempt(what, task));
    } catch (RejectedExecutionException stopping) {
      // the session is ending: nothing more to do
    }
  }

  /** Runs {@code task}; a failure goes to the status line as "could not {@code what}: why". */
  private void attempt(String what, Runnable task) {
    try {
      task.run();
    } catch (Exception e) { // also what the transport throws sneakily, such as an InterruptedException
      controller.status("could not " + what + ": " + ErrorText.describe(e), true);
    }
    redraw();
  }

  private void awaitStop() {
    try {
      if (args.duration().isPresent()) {
        stop.await(args.duration().get().toMillis(), TimeUnit.MILLISECONDS);
      } else {
        stop.await();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void awaitTermination(ExecutorService executor) {
    try {
      if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
        executor.shutdownNow();
      }
    } catch (InterruptedException e) {
      executor.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  private static ThreadFactory daemon(String name) {
    return r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    };
  }

  // ---------------------------------------------------------------- clients

  private BitgetRestClient restClient() {
    BitgetRestClient.Builder builder = BitgetRestClient.builder().clock(clock);
    if (fake.isPresent()) {
      return builder.baseUrl(fake.get().restUrl()).credentials(fake.get().credentials()).build();
    }
    builder.demoTrading(args.environment() == PanelArgs.Environment.DEMO);
    credentials.ifPresent(builder::credentials);
    return builder.build();
  }

  /** The streams of the REST client's account mode: its detection tells the stream client, once. */
  private BitgetStreamClient streamClient(BitgetRestClient rest) {
    BitgetStreamClient.Builder builder = BitgetStreamClient.builder().clock(clock)
        .accountModeSource(rest::detectAccountMode);
    if (fake.isPresent()) {
      // the fake's stream URLs name the API version of its account mode
      return builder.publicUrl(fake.get().publicWsUrl()).privateUrl(fake.get().privateWsUrl())
          .credentials(fake.get().credentials()).build();
    }
    builder.demoTrading(args.environment() == PanelArgs.Environment.DEMO);
    credentials.ifPresent(builder::credentials);
    return builder.build();
  }
}
