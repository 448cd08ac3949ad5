package io.bitget4j.examples.panel;

import io.bitget4j.core.Symbol;
import io.bitget4j.core.model.BookLevel;
import io.bitget4j.core.model.ConditionalOrderKind;
import io.bitget4j.core.model.Contract;
import io.bitget4j.core.model.HoldSide;
import io.bitget4j.core.model.OrderBook;
import io.bitget4j.core.model.Position;
import io.bitget4j.core.model.Side;
import io.bitget4j.core.model.Ticker;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.stream.Collectors;

/**
 * What the keys do. Reading keys (select, switch market, help) act at once; a trading key opens a
 * confirmation prompt that shows what it will send ({@link Intent}), and only {@code y} sends it,
 * on the worker thread, while the keys stay live. One action is in flight at a time. Without
 * permission to trade (mainnet without {@code --allow-trading}) the trading keys say why instead.
 * Thread-safe: the key thread and the worker both call in.
 */
final class PanelController {
  /** Every key the panel knows, with what it does: the help overlay lists these. */
  static final List<String[]> KEYS = List.of(
      new String[] {"b / s", "buy / sell at market (size: --size, or the contract's minimum)"},
      new String[] {"B / S", "limit buy at the best bid / sell at the best ask; ↑↓ ←→ move it"},
      new String[] {"t / l", "set or move the position's take-profit / stop-loss; ↑↓ ←→ move it"},
      new String[] {"T / L", "clear the position's take-profit / stop-loss"},
      new String[] {"↑ / ↓", "select an order (TP/SL and trigger orders too)"},
      new String[] {"c / C", "cancel the selected order / cancel every order of the market"},
      new String[] {"x", "close the market's position at market"},
      new String[] {"+ / -", "raise / lower the leverage"},
      new String[] {"Tab, 1-9", "next market / market by number (with several --symbol)"},
      new String[] {"y / n", "in a prompt: send / cancel (Esc cancels too)"},
      new String[] {"?", "this help; any key closes it"},
      new String[] {"q", "quit"});

  /** The footer: the keys in one line that fits 80 columns. */
  static final String FOOTER = "b/s market  B/S limit  t/l TP/SL  c/C cancel  x close  +/- lev  ? help  q quit";

  /** Where the leverage prompt starts when the current leverage is unknown. */
  private static final int DEFAULT_LEVERAGE = 10;
  /** Bitget's highest leverage, the bound while the contract is unknown. */
  private static final int MAX_LEVERAGE = 125;

  private final List<Symbol> symbols;
  private final Optional<BigDecimal> size;
  private final Optional<String> tradingBlocked;
  private final Executor worker;
  private final PanelTrader trader;
  private final Runnable redraw;
  private final Clock clock;

  private int symbolIndex;
  private String selectedOrder;
  private Intent prompt;
  private Intent inFlight;
  private boolean help;
  private PanelSnapshot.Status status;

  PanelController(List<Symbol> symbols, Optional<BigDecimal> size, Optional<String> tradingBlocked, Executor worker,
      PanelTrader trader, Runnable redraw, Clock clock) {
    this.symbols = List.copyOf(symbols);
    this.size = Objects.requireNonNull(size, "size == null");
    this.tradingBlocked = Objects.requireNonNull(tradingBlocked, "tradingBlocked == null");
    this.worker = worker;
    this.trader = trader;
    this.redraw = redraw;
    this.clock = clock;
  }

  /** The market on screen. */
  synchronized Symbol symbol() {
    return symbols.get(symbolIndex);
  }

  /** The order the cursor is on, among {@code orders}: the remembered one, else the first. */
  synchronized Optional<String> selectedOrder(List<OrderLine> orders) {
    if (orders.isEmpty()) {
      return Optional.empty();
    }
    for (OrderLine o : orders) {
      if (o.orderId().equals(selectedOrder)) {
        return Optional.of(selectedOrder);
      }
    }
    return Optional.of(orders.get(0).orderId());
  }

  /** The latest status message. */
  synchronized Optional<PanelSnapshot.Status> status() {
    return Optional.ofNullable(status);
  }

  /** The open prompt's lines, written with {@code precision}; empty when none is open. */
  synchronized List<String> prompt(Precision precision) {
    return prompt == null ? List.of() : prompt.describe(precision);
  }

  /** Whether a prompt is open or an action is in flight: the user is acting. */
  synchronized boolean busy() {
    return prompt != null || inFlight != null;
  }

  /** Whether the help overlay is open. */
  synchronized boolean help() {
    return help;
  }

  /** Puts {@code text} on the status line. */
  synchronized void status(String text, boolean error) {
    status = new PanelSnapshot.Status(text, error, clock.instant());
  }

  /**
   * Acts on one key, given the frame on screen.
   *
   * @return false when the key asks the panel to stop
   */
  synchronized boolean onKey(Key key, PanelSnapshot frame) {
    if (key.is('q') || key.is('Q')) {
      return false;
    }
    if (help) {
      help = false;
      return true;
    }
    if (prompt != null) {
      onPromptKey(key, frame);
      return true;
    }
    if (key.is('?')) {
      help = true;
    } else if (key.kind() == Key.Kind.TAB) {
      switchTo((symbolIndex + 1) % symbols.size());
    } else if (key.kind() == Key.Kind.CHARACTER && key.character() >= '1' && key.character() <= '9') {
      int index = key.character() - '1';
      if (index < symbols.size()) {
        switchTo(index);
      }
    } else if (key.kind() == Key.Kind.UP || key.kind() == Key.Kind.DOWN) {
      moveSelection(frame.orders(), key.kind() == Key.Kind.UP ? -1 : 1);
    } else if (key.kind() == Key.Kind.CHARACTER && "bsBStlTLcCx+=-".indexOf(key.character()) >= 0) {
      trade(key.character(), frame);
    }
    return true;
  }

  private void onPromptKey(Key key, PanelSnapshot frame) {
    if (key.is('y') || key.is('Y')) {
      send(prompt, frame.precision());
      prompt = null;
    } else if (key.is('n') || key.is('N') || key.kind() == Key.Kind.ESCAPE) {
      prompt = null;
      status("cancelled: nothing sent", false);
    } else {
      prompt = prompt.adjust(key, frame.precision());
    }
  }

  private void switchTo(int index) {
    symbolIndex = index;
    selectedOrder = null;
  }

  private void moveSelection(List<OrderLine> orders, int delta) {
    if (orders.isEmpty()) {
      return;
    }
    int current = 0;
    for (int i = 0; i < orders.size(); i++) {
      if (orders.get(i).orderId().equals(selectedOrder)) {
        current = i;
      }
    }
    int next = Math.max(0, Math.min(orders.size() - 1, current + delta));
    selectedOrder = orders.get(next).orderId();
  }

  private void trade(char c, PanelSnapshot frame) {
    if (tradingBlocked.isPresent()) {
      status(tradingBlocked.get(), true);
      return;
    }
    if (inFlight != null) {
      status("busy: waiting for the exchange's answer to the last action", true);
      return;
    }
    Optional<Intent> intent;
    try {
      intent = intent(c, frame);
    } catch (UnavailableException e) {
      status(e.getMessage(), true);
      return;
    }
    intent.ifPresent(i -> prompt = i);
  }

  private Optional<Intent> intent(char c, PanelSnapshot frame) {
    Symbol symbol = frame.symbol();
    switch (c) {
      case 'b':
      case 's': {
        Side side = c == 'b' ? Side.BUY : Side.SELL;
        Optional<BigDecimal> reference = best(frame, side == Side.BUY ? Side.SELL : Side.BUY);
        return Optional.of(new Intent.MarketOrder(symbol, side, orderSize(frame, reference), reference,
            frame.leverage()));
      }
      case 'B':
      case 'S': {
        Side side = c == 'B' ? Side.BUY : Side.SELL;
        BigDecimal price = best(frame, side).orElseThrow(() -> new UnavailableException(
            "no " + (side == Side.BUY ? "bid" : "ask") + " price for " + symbol + " yet"));
        return Optional.of(new Intent.LimitOrder(symbol, side, orderSize(frame, Optional.of(price)), price,
            frame.leverage()));
      }
      case 'c': {
        String id = frame.selectedOrder().orElseThrow(() -> new UnavailableException(
            "no open order of " + symbol + " to cancel"));
        return frame.orders().stream().filter(o -> o.orderId().equals(id)).findFirst()
            .map(Intent.CancelOrder::new);
      }
      case 'C': {
        int conditional = (int) frame.orders().stream().filter(OrderLine::isConditional).count();
        if (frame.orders().isEmpty()) {
          throw new UnavailableException("no open orders of " + symbol + " to cancel");
        }
        return Optional.of(new Intent.CancelAll(symbol, frame.orders().size() - conditional, conditional));
      }
      case 't':
      case 'l':
        return Optional.of(setTrigger(c == 't' ? ConditionalOrderKind.TAKE_PROFIT : ConditionalOrderKind.STOP_LOSS,
            frame));
      case 'T':
      case 'L': {
        ConditionalOrderKind kind = c == 'T' ? ConditionalOrderKind.TAKE_PROFIT : ConditionalOrderKind.STOP_LOSS;
        List<OrderLine> orders = frame.orders().stream().filter(o -> o.conditional().equals(Optional.of(kind)))
            .filter(o -> frame.positions().stream().anyMatch(p -> o.protects(p.position()))).toList();
        if (orders.isEmpty()) {
          throw new UnavailableException("no " + OrderLine.name(kind) + " of a position in " + symbol + " to clear");
        }
        return Optional.of(new Intent.ClearTriggers(symbol, kind, orders));
      }
      case 'x': {
        if (frame.positions().isEmpty()) {
          throw new UnavailableException("no position in " + symbol + " to close");
        }
        BigDecimal total = BigDecimal.ZERO;
        for (PositionFigures p : frame.positions()) {
          total = total.add(p.position().size());
        }
        String sides = frame.positions().stream().map(p -> p.position().holdSide().name()).distinct()
            .collect(Collectors.joining("+"));
        return Optional.of(new Intent.ClosePosition(symbol, sides, total, frame.mark()));
      }
      default: {
        int min = frame.contract().map(x -> Math.max(1, x.minLeverage())).orElse(1);
        int max = frame.contract().map(Contract::maxLeverage).filter(m -> m >= min).orElse(MAX_LEVERAGE);
        // with the current leverage unknown (a flat classic account), the prompt starts from the default
        int target = frame.leverage().map(current -> current + (c == '-' ? -1 : 1)).orElse(DEFAULT_LEVERAGE);
        return Optional.of(new Intent.SetLeverage(symbol, frame.leverage(), Math.max(min, Math.min(max, target)),
            min, max));
      }
    }
  }

  /**
   * The take-profit or stop-loss prompt for the market's positions, the first one first; each with
   * its whole-position order of that kind, which the prompt moves instead of placing another.
   */
  private static Intent setTrigger(ConditionalOrderKind kind, PanelSnapshot frame) {
    Symbol symbol = frame.symbol();
    if (frame.positions().isEmpty()) {
      throw new UnavailableException("no position in " + symbol + " to set a " + OrderLine.name(kind) + " for");
    }
    BigDecimal mark = frame.mark().orElseThrow(() -> new UnavailableException(
        "no mark price for " + symbol + " yet: a " + OrderLine.name(kind) + " is set against it"));
    List<Intent.SetTrigger.Target> targets = new ArrayList<>();
    for (PositionFigures f : frame.positions()) {
      Position position = f.position();
      if (position.holdSide() != HoldSide.LONG && position.holdSide() != HoldSide.SHORT) {
        continue; // a one-way push may say NET: the REST report that follows names the side
      }
      Optional<OrderLine> existing = frame.orders().stream()
          .filter(o -> o.conditional().equals(Optional.of(kind)) && o.size().isEmpty() && o.protects(position))
          .findFirst();
      targets.add(new Intent.SetTrigger.Target(position, existing));
    }
    if (targets.isEmpty()) {
      throw new UnavailableException("the side of the position in " + symbol + " is not known yet");
    }
    return Intent.SetTrigger.start(symbol, kind, targets, 0, mark, frame.precision());
  }

  /** The best price on {@code side} of the book: the best bid for BUY, the best ask for SELL. */
  private static Optional<BigDecimal> best(PanelSnapshot frame, Side side) {
    Optional<OrderBook> book = frame.book();
    Optional<BookLevel> level = book.flatMap(b -> side == Side.BUY ? b.bestBid() : b.bestAsk());
    if (level.isPresent()) {
      return Optional.of(level.get().price());
    }
    Optional<Ticker> t = frame.ticker();
    return t.map(x -> side == Side.BUY ? x.bidPrice() : x.askPrice()).filter(p -> p.signum() > 0);
  }

  private BigDecimal orderSize(PanelSnapshot frame, Optional<BigDecimal> price) {
    if (size.isPresent()) {
      return size.get();
    }
    Contract contract = frame.contract().orElseThrow(() -> new UnavailableException(
        "the contract of " + frame.symbol() + " is not loaded yet: no minimum size to trade"));
    return minimumSize(contract, price);
  }

  /**
   * The smallest order the contract takes at {@code price}: its minimum size, raised to its minimum
   * order value, in whole size steps.
   */
  static BigDecimal minimumSize(Contract contract, Optional<BigDecimal> price) {
    BigDecimal step = contract.sizeStep();
    BigDecimal minimum = contract.minTradeNum();
    if (price.isPresent() && price.get().signum() > 0 && contract.minTradeUsdt().signum() > 0
        && !contract.symbol().productType().isCoinMargined()) {
      minimum = minimum.max(contract.minTradeUsdt().divide(price.get(), 12, RoundingMode.CEILING));
    }
    if (step.signum() <= 0) {
      return minimum;
    }
    return minimum.divide(step, 0, RoundingMode.CEILING).multiply(step).max(step);
  }

  private void send(Intent intent, Precision precision) {
    inFlight = intent;
    String what = intent.describe(precision).get(0);
    status("sending: " + what, false);
    try {
      worker.execute(() -> {
        String result;
        boolean failed;
        try {
          result = intent.send(trader);
          failed = false;
        } catch (Exception e) { // also what the transport throws sneakily, such as an InterruptedException
          result = what + ": " + ErrorText.describe(e);
          failed = true;
        }
        synchronized (this) {
          inFlight = null;
          status(result, failed);
        }
        redraw.run();
      });
    } catch (RejectedExecutionException e) {
      inFlight = null;
      status("the panel is stopping: nothing sent", true);
    }
  }

  /** A trading key cannot act yet, and says why. */
  private static final class UnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UnavailableException(String message) {
      super(message);
    }
  }
}
