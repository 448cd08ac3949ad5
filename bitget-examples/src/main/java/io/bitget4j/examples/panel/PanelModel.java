package io.bitget4j.examples.panel;

import io.bitget4j.core.Symbol;
import io.bitget4j.core.model.Account;
import io.bitget4j.core.model.ConditionalOrder;
import io.bitget4j.core.model.ConditionalOrderUpdate;
import io.bitget4j.core.model.Contract;
import io.bitget4j.core.model.Fill;
import io.bitget4j.core.model.FundingRate;
import io.bitget4j.core.model.MarginMode;
import io.bitget4j.core.model.Order;
import io.bitget4j.core.model.OrderBook;
import io.bitget4j.core.model.Position;
import io.bitget4j.core.model.PositionMode;
import io.bitget4j.core.model.Ticker;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What the panel knows, written by stream listeners and REST calls and read by the render loop.
 * Every method is synchronized: updates arrive a few times a second, so one lock is plenty.
 *
 * <p>Streams and REST answers both write here, and a REST answer may be older than a push that
 * arrived while it was on its way. So each kind of private state counts the pushes it received: a
 * REST refresh takes the count before it asks ({@link #ordersVersion()}, {@link #positionsVersion()},
 * {@link #accountVersion()}) and hands it back with the answer, and what a push changed since then
 * stays. An order the stream saw finish never comes back from a slower list.
 *
 * <p>Conditional orders (take-profits, stop-losses, trigger orders) follow the same rule with a
 * count of their own ({@link #conditionalVersion()}): their stream reports each change, and a REST
 * list seeds them, since the stream sends none when subscribed.
 */
final class PanelModel {
  private static final int HISTORY = 200;
  private static final Duration HISTORY_STEP = Duration.ofSeconds(1);
  private static final int FILLS = 20;

  private final Clock clock;
  private final Map<Symbol, Market> markets = new LinkedHashMap<>();

  private final OpenOrders<Order> openOrders = new OpenOrders<>(Order::orderId, o -> o.status().isFinal());
  private boolean ordersListed;
  private final OpenOrders<ConditionalOrder> conditionalOrders =
      new OpenOrders<>(ConditionalOrder::orderId, o -> o.status().isFinal());

  private List<Position> positions = List.of();
  private Instant positionsAt;
  private long positionsVersion;

  private final Map<String, Tracked<Account>> accounts = new HashMap<>();
  private long accountVersion;

  private PositionMode positionMode;
  private final Map<Symbol, MarginMode> marginModes = new HashMap<>();
  private final Map<Symbol, Integer> leverages = new HashMap<>();

  /** One market's public data and the account's fills in it. */
  private static final class Market {
    Ticker ticker;
    final ArrayDeque<BigDecimal> history = new ArrayDeque<>();
    Instant sampledAt;
    OrderBook book;
    Contract contract;
    FundingRate funding;
    List<Fill> fills;
  }

  /** A value and the version of its kind of state when it was written. */
  private record Tracked<T>(T value, long version, Instant at) {
  }

  /**
   * The open orders of one kind (plain or conditional), merged by the rule of the class comment:
   * each stream update counts, and a REST list yields to what the stream changed since it was asked
   * for; an order the stream saw finish never comes back.
   */
  private static final class OpenOrders<T> {
    private final Function<T, String> id;
    private final Predicate<T> isFinal;
    private final Map<String, T> open = new LinkedHashMap<>();
    private final Map<String, Long> changedAt = new HashMap<>();
    private final Set<String> finished = new HashSet<>();
    private long version;

    OpenOrders(Function<T, String> id, Predicate<T> isFinal) {
      this.id = id;
      this.isFinal = isFinal;
    }

    void onUpdate(T order) {
      version++;
      String key = id.apply(order);
      if (isFinal.test(order)) {
        open.remove(key);
        changedAt.remove(key);
        finished.add(key);
      } else if (!finished.contains(key)) {
        open.put(key, order);
        changedAt.put(key, version);
      }
    }

    /** The open ones of a REST list asked for at {@code asked}; the caller kept its own markets'. */
    void onList(Collection<T> listed, long asked) {
      Map<String, T> byId = new HashMap<>();
      for (T o : listed) {
        if (!isFinal.test(o)) {
          byId.put(id.apply(o), o);
        }
      }
      open.keySet().removeIf(key -> changedAt.get(key) <= asked && !byId.containsKey(key));
      changedAt.keySet().retainAll(open.keySet());
      for (Map.Entry<String, T> e : byId.entrySet()) {
        Long changed = changedAt.get(e.getKey());
        if (finished.contains(e.getKey()) || changed != null && changed > asked) {
          continue;
        }
        open.put(e.getKey(), e.getValue());
        changedAt.put(e.getKey(), asked);
      }
    }

    Collection<T> values() {
      return open.values();
    }
  }

  PanelModel(List<Symbol> symbols, Clock clock) {
    this.clock = clock;
    for (Symbol symbol : symbols) {
      markets.put(symbol, new Market());
    }
  }

  // ---------------------------------------------------------------- market data

  /** The latest ticker; the price chart keeps one last price a second of them. */
  synchronized void onTicker(Ticker t) {
    Market m = markets.get(t.symbol());
    if (m == null) {
      return;
    }
    m.ticker = t;
    Instant now = clock.instant();
    if (m.sampledAt != null && Duration.between(m.sampledAt, now).compareTo(HISTORY_STEP) < 0) {
      m.history.removeLast();
    } else {
      m.sampledAt = now;
    }
    m.history.addLast(t.lastPrice());
    while (m.history.size() > HISTORY) {
      m.history.removeFirst();
    }
  }

  synchronized void onBook(OrderBook book) {
    Market m = markets.get(book.symbol());
    if (m != null) {
      m.book = book;
    }
  }

  synchronized void onContract(Contract contract) {
    Market m = markets.get(contract.symbol());
    if (m != null) {
      m.contract = contract;
    }
  }

  synchronized void onFunding(FundingRate funding) {
    Market m = markets.get(funding.symbol());
    if (m != null) {
      m.funding = funding;
    }
  }

  /** The account's latest fills in {@code symbol}, newest first. */
  synchronized void onFills(Symbol symbol, List<Fill> fills) {
    Market m = markets.get(symbol);
    if (m != null) {
      List<Fill> sorted = new ArrayList<>(fills);
      sorted.sort(Comparator.comparing(Fill::timestamp).reversed());
      m.fills = List.copyOf(sorted.subList(0, Math.min(FILLS, sorted.size())));
    }
  }

  synchronized Optional<Ticker> ticker(Symbol symbol) {
    return Optional.ofNullable(markets.get(symbol).ticker);
  }

  synchronized List<BigDecimal> history(Symbol symbol) {
    return List.copyOf(markets.get(symbol).history);
  }

  synchronized Optional<OrderBook> book(Symbol symbol) {
    return Optional.ofNullable(markets.get(symbol).book);
  }

  synchronized Optional<Contract> contract(Symbol symbol) {
    return Optional.ofNullable(markets.get(symbol).contract);
  }

  synchronized Optional<FundingRate> funding(Symbol symbol) {
    return Optional.ofNullable(markets.get(symbol).funding);
  }

  /** The account's latest fills in {@code symbol}, newest first; empty until they were read once. */
  synchronized Optional<List<Fill>> fills(Symbol symbol) {
    return Optional.ofNullable(markets.get(symbol).fills);
  }

  /**
   * The mark price a frame shows for {@code symbol}: the ticker's, or else the mark of a position's
   * last REST report; empty when neither is known.
   */
  synchronized Optional<BigDecimal> mark(Symbol symbol) {
    Market m = markets.get(symbol);
    if (m != null && m.ticker != null && m.ticker.markPrice().isPresent()) {
      return m.ticker.markPrice();
    }
    return positions.stream().filter(p -> p.symbol().equals(symbol)).findFirst().flatMap(Position::markPrice);
  }

  // ---------------------------------------------------------------- orders

  /** How many order changes the model has seen; a REST list asked for now hands it back. */
  synchronized long ordersVersion() {
    return openOrders.version;
  }

  /** One order update from the stream. */
  synchronized void onOrder(Order order) {
    if (markets.containsKey(order.symbol())) {
      openOrders.onUpdate(order);
    }
  }

  /**
   * The open orders of a REST list asked for at {@code version}: orders missing from it are gone
   * unless the stream brought them since; listed ones are taken unless the stream changed them
   * since or saw them finish.
   */
  synchronized void onOpenOrders(List<Order> open, long version) {
    ordersListed = true;
    openOrders.onList(open.stream().filter(o -> markets.containsKey(o.symbol())).toList(), version);
  }

  /** How many conditional-order changes the model has seen; a REST list asked for now hands it back. */
  synchronized long conditionalVersion() {
    return conditionalOrders.version;
  }

  /**
   * One change of a conditional order from the stream: a live one is added or replaced; a
   * triggered, filled, cancelled or failed one waits no more.
   */
  synchronized void onConditionalOrder(ConditionalOrderUpdate update) {
    if (markets.containsKey(update.order().symbol())) {
      conditionalOrders.onUpdate(update.order());
    }
  }

  /**
   * The pending conditional orders of a REST list asked for at {@code version}, merged as
   * {@link #onOpenOrders} merges the plain ones: what the stream changed since stays.
   */
  synchronized void onConditionalOrders(List<ConditionalOrder> pending, long version) {
    conditionalOrders.onList(pending.stream().filter(o -> markets.containsKey(o.symbol())).toList(), version);
  }

  /** Whether the open orders were listed over REST once, so that an empty list means none. */
  synchronized boolean ordersListed() {
    return ordersListed;
  }

  /** The open orders of {@code symbol}, plain and conditional, newest first. */
  synchronized List<OrderLine> orders(Symbol symbol) {
    List<OrderLine> lines = new ArrayList<>();
    for (Order o : openOrders.values()) {
      if (o.symbol().equals(symbol)) {
        lines.add(OrderLine.of(o));
      }
    }
    for (ConditionalOrder o : conditionalOrders.values()) {
      if (o.symbol().equals(symbol)) {
        lines.add(OrderLine.of(o));
      }
    }
    lines.sort(Comparator.comparing(OrderLine::createdAt).reversed().thenComparing(OrderLine::orderId));
    return List.copyOf(lines);
  }

  // ---------------------------------------------------------------- positions

  /** How many position pushes the model has seen; a REST list asked for now hands it back. */
  synchronized long positionsVersion() {
    return positionsVersion;
  }

  /** One push of the positions stream: every open position of the product type. */
  synchronized void onPositionsPush(Collection<Position> all) {
    positionsVersion++;
    setPositions(all);
  }

  /** The positions of a REST list asked for at {@code version}; ignored when a push came since. */
  synchronized void onPositions(Collection<Position> all, long version) {
    if (version == positionsVersion) {
      setPositions(all);
    }
  }

  private void setPositions(Collection<Position> all) {
    List<Position> open = new ArrayList<>();
    for (Position p : all) {
      if (!p.isEmpty()) {
        open.add(p);
        leverages.put(p.symbol(), p.leverage());
        marginModes.put(p.symbol(), p.marginMode());
        positionMode = p.positionMode();
      }
    }
    positions = List.copyOf(open);
    positionsAt = clock.instant();
  }

  /** Every open position of the product type, in every market. */
  synchronized List<Position> positions() {
    return positions;
  }

  /** When the positions were last reported; empty before the first report. */
  synchronized Optional<Instant> positionsAt() {
    return Optional.ofNullable(positionsAt);
  }

  // ---------------------------------------------------------------- account

  /** How many account pushes the model has seen; a REST answer asked for now hands it back. */
  synchronized long accountVersion() {
    return accountVersion;
  }

  /** One push of the account stream. */
  synchronized void onAccountPush(Account account) {
    accountVersion++;
    setAccount(account, accountVersion);
  }

  /**
   * The account of a REST answer asked for at {@code version}: its balances are ignored when a push
   * came since, its position mode is kept all the same, since no account push carries one.
   */
  synchronized void onAccount(Account account, long version) {
    Tracked<Account> known = accounts.get(account.marginCoin());
    if (known == null || known.version() <= version) {
      setAccount(account, version);
    } else {
      account.positionMode().ifPresent(mode -> positionMode = mode);
    }
  }

  private void setAccount(Account account, long version) {
    accounts.put(account.marginCoin(), new Tracked<>(account, version, clock.instant()));
    account.positionMode().ifPresent(mode -> positionMode = mode);
  }

  /** The account in {@code marginCoin} and how long ago it was reported. */
  synchronized Optional<Map.Entry<Account, Duration>> account(String marginCoin) {
    Tracked<Account> t = accounts.get(marginCoin);
    if (t == null) {
      return Optional.empty();
    }
    return Optional.of(Map.entry(t.value(), Duration.between(t.at(), clock.instant())));
  }

  // ---------------------------------------------------------------- settings

  synchronized void onPositionMode(PositionMode mode) {
    positionMode = mode;
  }

  synchronized void onMarginMode(Symbol symbol, MarginMode mode) {
    marginModes.put(symbol, mode);
  }

  synchronized void onLeverage(Symbol symbol, int leverage) {
    leverages.put(symbol, leverage);
  }

  /** One-way or hedge, once known. */
  synchronized Optional<PositionMode> positionMode() {
    return Optional.ofNullable(positionMode);
  }

  /** The margin mode of {@code symbol}, once known. */
  synchronized Optional<MarginMode> marginMode(Symbol symbol) {
    return Optional.ofNullable(marginModes.get(symbol));
  }

  /** The leverage of {@code symbol}, once known. */
  synchronized Optional<Integer> leverage(Symbol symbol) {
    return Optional.ofNullable(leverages.get(symbol));
  }
}
