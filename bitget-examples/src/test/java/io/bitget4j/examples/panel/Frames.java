package io.bitget4j.examples.panel;

import io.bitget4j.core.AccountMode;
import io.bitget4j.core.Symbol;
import io.bitget4j.core.model.Account;
import io.bitget4j.core.model.BookLevel;
import io.bitget4j.core.model.ConditionalOrder;
import io.bitget4j.core.model.ConditionalOrderKind;
import io.bitget4j.core.model.ConditionalOrderStatus;
import io.bitget4j.core.model.Contract;
import io.bitget4j.core.model.Fill;
import io.bitget4j.core.model.FundingRate;
import io.bitget4j.core.model.HoldSide;
import io.bitget4j.core.model.MarginMode;
import io.bitget4j.core.model.OrderBook;
import io.bitget4j.core.model.Position;
import io.bitget4j.core.model.PositionMode;
import io.bitget4j.core.model.Side;
import io.bitget4j.core.model.Ticker;
import io.bitget4j.core.model.TradeSide;
import io.bitget4j.core.model.TriggerLeg;
import io.bitget4j.core.model.TriggerPriceType;
import io.bitget4j.ws.ConnectionState;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Hand-made frames for rendering tests: the screen (a long of 0.1 BTC at 26946, mark
 * 27031.2, the account's last report 5 s old with a uPnL of 11.14), built field by field so that
 * each test changes only what it is about.
 */
final class Frames {
  static final Instant NOW = Instant.parse("2025-03-01T07:59:30Z");
  static final Symbol BTC = Symbol.BTCUSDT_UMCBL;

  Instant now = NOW;
  PanelArgs.Environment environment = PanelArgs.Environment.FAKE;
  AccountMode accountMode = AccountMode.CLASSIC;
  Optional<String> tradingBlocked = Optional.empty();
  List<Symbol> symbols = List.of(BTC);
  Symbol symbol = BTC;
  Optional<Contract> contract = Optional.of(contract(BTC, "0.001", 1, 3));
  BigDecimal mark = new BigDecimal("27031.2");
  List<Fill> fills = List.of(fill("27031.25", "0.001", "2025-03-01T07:59:01Z"));
  List<Position> positions = new ArrayList<>(List.of(position(BTC, HoldSide.LONG, "0.1", "26946", "269.46",
      "24359.2")));
  List<OrderLine> orders = new ArrayList<>(List.of(limit("1200000000042000000", Side.BUY, "0.01", "26189",
      "2025-03-01T07:59:10Z")));
  Account account = account("10011.14", "9712.3764216", "11.14");
  Duration accountAge = Duration.ofSeconds(5);
  Optional<PanelSnapshot.Status> status = Optional.empty();
  List<String> prompt = List.of();
  boolean help;

  PanelSnapshot build() {
    Precision precision = contract.map(Precision::of).orElseGet(() -> Precision.unknown(symbol));
    List<PositionFigures> figures = new ArrayList<>();
    for (Position p : positions) {
      figures.add(PositionFigures.of(p, Optional.of(mark)));
    }
    Ticker ticker = new Ticker(symbol, new BigDecimal("27031.25"), new BigDecimal("27031.1"),
        new BigDecimal("27031.3"), BigDecimal.ONE, BigDecimal.ONE, new BigDecimal("27500"), new BigDecimal("26500"),
        new BigDecimal("26900"), Optional.of(new BigDecimal("0.00487")), Optional.of(mark),
        Optional.of(new BigDecimal("27030.95")), Optional.of(new BigDecimal("0.0001")), new BigDecimal("1234.5678"),
        new BigDecimal("33000000"), Optional.empty(), now);
    OrderBook book = new OrderBook(symbol, levels("27031.1", -1), levels("27031.3", 1), now);
    FundingRate funding = new FundingRate(symbol, new BigDecimal("0.0001"),
        Optional.of(Instant.parse("2025-03-01T08:00:00Z")));
    return new PanelSnapshot(now, environment, accountMode, tradingBlocked, symbols, symbol, contract, precision,
        Optional.of(ticker), Optional.of(mark), List.of(new BigDecimal("27000"), new BigDecimal("27031.25")),
        Optional.of(book), Optional.of(funding), Optional.of(fills), figures, Optional.of(Duration.ofMillis(1200)),
        Optional.of(10), orders, true, orders.isEmpty() ? Optional.empty() : Optional.of(orders.get(0).orderId()),
        Optional.of(AccountFigures.of(account, accountAge, figures)),
        new PanelSnapshot.StreamStatus(ConnectionState.AUTHENTICATED, Optional.of(Duration.ofMillis(300)), 1,
            Optional.of(Instant.parse("2025-03-01T07:58:00Z")), 6, Optional.of("no answer from the exchange")),
        status, prompt, help);
  }

  static Contract contract(Symbol symbol, String minSize, int pricePlace, int volumePlace) {
    return new Contract(symbol, symbol.base(), symbol.quote(), new BigDecimal(minSize), BigDecimal.ONE, pricePlace,
        volumePlace, BigDecimal.ZERO, new BigDecimal("5"), 1, 125, new BigDecimal("0.0002"),
        new BigDecimal("0.0006"), "normal", List.of("USDT"));
  }

  static Position position(Symbol symbol, HoldSide side, String size, String entry, String margin, String liq) {
    return new Position(symbol, side, MarginMode.ISOLATED, PositionMode.ONE_WAY, new BigDecimal(size),
        new BigDecimal(size), new BigDecimal(entry), 10, new BigDecimal("9"), Optional.of(new BigDecimal(liq)),
        new BigDecimal(margin), Optional.empty(), Optional.empty(), Optional.empty(), new BigDecimal("-1.5"),
        Optional.of(new BigDecimal("26962.2")), NOW.minusSeconds(60), NOW.minusSeconds(2));
  }

  static OrderLine limit(String id, Side side, String size, String price, String created) {
    return new OrderLine(id, BTC, "LIMIT", side, Optional.of(new BigDecimal(size)), Optional.of(new BigDecimal(price)),
        BigDecimal.ZERO, "LIVE", false, Instant.parse(created), Optional.empty(), Optional.empty(), List.of());
  }

  /**
   * A pending take-profit or stop-loss of BTC's {@code position}, watching the mark and closing at
   * market, as the exchange lists it; {@code size} null for the whole position.
   */
  static OrderLine protection(String id, ConditionalOrderKind kind, HoldSide position, String trigger, String size,
      String created) {
    return OrderLine.of(conditional(BTC, id, kind, ConditionalOrderStatus.LIVE, position, trigger, size,
        Instant.parse(created)));
  }

  /** A take-profit or stop-loss as the exchange lists it; {@code size} null for the whole position. */
  static ConditionalOrder conditional(Symbol symbol, String id, ConditionalOrderKind kind,
      ConditionalOrderStatus status, HoldSide position, String trigger, String size, Instant at) {
    TriggerLeg leg = new TriggerLeg(new BigDecimal(trigger), TriggerPriceType.MARK, Optional.empty());
    return new ConditionalOrder(symbol, id, Optional.empty(), kind, status,
        Optional.of(position == HoldSide.LONG ? Side.SELL : Side.BUY), Optional.empty(), Optional.of(position),
        Optional.ofNullable(size).map(BigDecimal::new), Optional.empty(),
        kind == ConditionalOrderKind.TAKE_PROFIT ? Optional.of(leg) : Optional.empty(),
        kind == ConditionalOrderKind.STOP_LOSS ? Optional.of(leg) : Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), at, at);
  }

  static Account account(String equity, String available, String upnl) {
    return new Account("USDT", new BigDecimal(available), BigDecimal.ZERO, new BigDecimal(equity), Optional.empty(),
        Optional.of(new BigDecimal(upnl)), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  static Fill fill(String price, String size, String at) {
    return new Fill(BTC, "t-" + at, "o-1", new BigDecimal(price), new BigDecimal(size), Side.BUY,
        Optional.of(TradeSide.OPEN), new BigDecimal("-0.0162"), BigDecimal.ZERO, Optional.empty(), Instant.parse(at));
  }

  private static List<BookLevel> levels(String best, int direction) {
    List<BookLevel> levels = new ArrayList<>();
    BigDecimal price = new BigDecimal(best);
    for (int i = 0; i < 5; i++) {
      levels.add(new BookLevel(price.add(new BigDecimal("0.1").multiply(BigDecimal.valueOf((long) i * direction))),
          new BigDecimal("1.25").add(BigDecimal.valueOf(i))));
    }
    return levels;
  }
}
