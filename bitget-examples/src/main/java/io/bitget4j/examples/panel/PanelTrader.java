package io.bitget4j.examples.panel;

import io.bitget4j.core.AccountMode;
import io.bitget4j.core.Symbol;
import io.bitget4j.core.model.Account;
import io.bitget4j.core.model.AccountSettings;
import io.bitget4j.core.model.BatchOrderFailure;
import io.bitget4j.core.model.BatchOrderResult;
import io.bitget4j.core.model.ConditionalOrderKind;
import io.bitget4j.core.model.Fill;
import io.bitget4j.core.model.HoldSide;
import io.bitget4j.core.model.MarginMode;
import io.bitget4j.core.model.OrderAck;
import io.bitget4j.core.model.PositionMode;
import io.bitget4j.core.model.Side;
import io.bitget4j.core.model.TriggerPriceType;
import io.bitget4j.rest.BitgetRestClient;
import io.bitget4j.rest.ConditionalOrderRequest;
import io.bitget4j.rest.ModifyConditionalOrderRequest;
import io.bitget4j.rest.OrderQuery;
import io.bitget4j.rest.OrderRef;
import io.bitget4j.rest.OrderRequest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The panel's REST side: loads what the streams do not carry (contracts, funding times, fills,
 * settings), seeds and refreshes what they do (positions, open orders, the account), and sends
 * what the keys ask for. Each action refreshes what it changed, and the order list, plain and
 * conditional, before it returns, so the frame drawn after it shows the change. Calls block; the
 * panel makes them on its worker thread.
 *
 * <p>Take-profits and stop-losses are set for the whole position, at market, watching the mark
 * price (the price the panel computes the position's figures from), through
 * {@code conditionalOrders()}, which speaks V2 plan orders to a classic account and V3 strategy
 * orders to a unified one.
 */
final class PanelTrader {
  private static final int FILLS = 10;

  private final BitgetRestClient rest;
  private final PanelModel model;
  private final List<Symbol> symbols;

  PanelTrader(BitgetRestClient rest, PanelModel model, List<Symbol> symbols) {
    this.rest = rest;
    this.model = model;
    this.symbols = List.copyOf(symbols);
  }

  /** The REST client's account mode: {@code AUTO} until its first private call. */
  AccountMode accountMode() {
    return rest.accountMode();
  }

  // ---------------------------------------------------------------- reading

  /** Loads {@code symbol}'s contract (precision, minimum size, leverage range). */
  void loadContract(Symbol symbol) {
    model.onContract(rest.market().contract(symbol));
  }

  /** Loads {@code symbol}'s funding rate and next funding time. */
  void loadFunding(Symbol symbol) {
    model.onFunding(rest.market().fundingRate(symbol));
  }

  /** Replaces the positions with the exchange's list, unless a push arrives meanwhile. */
  void refreshPositions() {
    long version = model.positionsVersion();
    model.onPositions(rest.positions().all(symbols.get(0).productType()), version);
  }

  /**
   * Replaces the open orders with the exchange's lists, keeping what the stream changed meanwhile;
   * then the conditional orders.
   */
  void refreshOrders() {
    long version = model.ordersVersion();
    model.onOpenOrders(rest.orders().pending(OrderQuery.of(symbols.get(0).productType())).orders(), version);
    refreshConditionalOrders();
  }

  /**
   * Replaces the pending conditional orders (TP/SL, trigger orders, trailing stops) with the
   * exchange's list, keeping what the stream changed meanwhile.
   */
  void refreshConditionalOrders() {
    long version = model.conditionalVersion();
    model.onConditionalOrders(rest.conditionalOrders().pending(symbols.get(0).productType()), version);
  }

  /**
   * Reads the account in {@code symbol}'s margin coin, with its margin and position mode, and on a
   * unified account the settings (position mode, each market's margin mode and leverage).
   */
  void refreshAccount(Symbol symbol) {
    long version = model.accountVersion();
    Account account = rest.account().account(symbol);
    if (rest.accountMode() == AccountMode.UNIFIED) {
      AccountSettings settings = rest.account().settings();
      settings.positionMode().ifPresent(model::onPositionMode);
      for (Symbol s : symbols) {
        settings.symbol(s).ifPresent(setting -> {
          model.onMarginMode(s, setting.marginMode());
          model.onLeverage(s, setting.leverage());
        });
      }
    } else {
      account.marginMode().ifPresent(mode -> model.onMarginMode(symbol, mode));
    }
    model.onAccount(account, version);
  }

  /** Reads the account's latest fills in {@code symbol}. */
  void refreshFills(Symbol symbol) {
    List<Fill> fills = rest.orders().fills(OrderQuery.builder(symbol.productType()).symbol(symbol).limit(FILLS)
        .build()).fills();
    model.onFills(symbol, fills);
  }

  /**
   * What a fill changes: positions, the account and the fills of {@code symbol}, and the conditional
   * orders (the fill may be a take-profit's, and a closed position's take-profit and stop-loss end).
   */
  void refreshAfterFill(Symbol symbol) {
    refreshPositions();
    refreshConditionalOrders();
    refreshAccount(symbol);
    refreshFills(symbol);
  }

  // ---------------------------------------------------------------- trading

  /** Places a market order; returns what was done, for the status line. */
  String placeMarket(Symbol symbol, Side side, BigDecimal size) {
    OrderAck ack = rest.orders().place(order(symbol, side, size).market().build());
    refreshOrders();
    refreshAfterFill(symbol);
    return (side == Side.BUY ? "bought " : "sold ") + Precision.plain(size) + " " + symbol + " at market (order "
        + ack.orderId() + ")";
  }

  /** Places a good-till-cancelled limit order; returns what was done, for the status line. */
  String placeLimit(Symbol symbol, Side side, BigDecimal size, BigDecimal price) {
    OrderAck ack = rest.orders().place(order(symbol, side, size).limit(price).build());
    refreshOrders();
    refreshAfterFill(symbol);
    return "placed " + side + " LIMIT " + Precision.plain(size) + " @ " + Precision.plain(price) + " (order "
        + ack.orderId() + ")";
  }

  /** Cancels one order, plain or conditional; returns what was done, for the status line. */
  String cancel(OrderLine order) {
    if (order.isConditional()) {
      rest.conditionalOrders().cancel(order.symbol(), OrderRef.orderId(order.orderId()));
    } else {
      rest.orders().cancel(order.symbol(), OrderRef.orderId(order.orderId()));
    }
    refreshOrders();
    return "cancelled " + (order.isConditional() ? order.kind() + " " : "") + "order " + order.orderId();
  }

  /**
   * Cancels every open order of {@code symbol} when {@code plain}, and every pending conditional
   * order of it when {@code conditional}; says how many went and why any stayed.
   */
  String cancelAll(Symbol symbol, boolean plain, boolean conditional) {
    List<BatchOrderResult> results = new ArrayList<>();
    if (plain) {
      results.add(rest.orders().cancelAll(symbol));
    }
    if (conditional) {
      results.add(rest.conditionalOrders().cancelAll(symbol));
    }
    List<OrderAck> successes = new ArrayList<>();
    List<BatchOrderFailure> failures = new ArrayList<>();
    for (BatchOrderResult r : results) {
      successes.addAll(r.successes());
      failures.addAll(r.failures());
    }
    refreshOrders();
    return batch("cancelled", new BatchOrderResult(successes, failures));
  }

  /**
   * Sets the take-profit or stop-loss of {@code symbol}'s {@code position} at {@code price} (mark):
   * moves the {@code existing} order there, or places one that closes the whole position at market.
   *
   * @param kind {@code TAKE_PROFIT} or {@code STOP_LOSS}
   * @return what was done, for the status line
   */
  String setTrigger(Symbol symbol, ConditionalOrderKind kind, HoldSide position, BigDecimal price,
      Optional<String> existing) {
    String what = OrderLine.name(kind) + " of the " + position
        + " " + symbol;
    if (existing.isPresent()) {
      rest.conditionalOrders().modify(ModifyConditionalOrderRequest.builder(symbol, OrderRef.orderId(existing.get()))
          .triggerPrice(price).build());
      what = "moved the " + what;
    } else {
      ConditionalOrderRequest.Builder b = kind == ConditionalOrderKind.TAKE_PROFIT
          ? ConditionalOrderRequest.takeProfit(symbol, position) : ConditionalOrderRequest.stopLoss(symbol, position);
      rest.conditionalOrders().place(b.triggerPrice(price).triggerPriceType(TriggerPriceType.MARK)
          .wholePosition().market().build());
      what = "set the " + what;
    }
    refreshOrders();
    // no order id: it would not fit 80 columns, and the order list shows it
    Precision p = model.contract(symbol).map(Precision::of).orElseGet(() -> Precision.unknown(symbol));
    return what + " at mark " + p.price(price);
  }

  /**
   * Cancels the conditional {@code orders} (a position's take-profits, say); says how many went and
   * why any stayed.
   *
   * @throws RuntimeException the first refusal, when none went
   */
  String cancelConditional(Symbol symbol, String what, List<OrderLine> orders) {
    List<String> refused = new ArrayList<>();
    RuntimeException first = null;
    for (OrderLine o : orders) {
      try {
        rest.conditionalOrders().cancel(symbol, OrderRef.orderId(o.orderId()));
      } catch (RuntimeException e) { // the others are still to be cancelled: remember why this one stayed
        first = first == null ? e : first;
        refused.add(o.orderId() + " " + ErrorText.describe(e));
      }
    }
    refreshOrders();
    int done = orders.size() - refused.size();
    if (done == 0 && first != null) {
      throw first;
    }
    return "cleared " + done + " " + what + " order" + (done == 1 ? "" : "s")
        + (refused.isEmpty() ? "" : "; refused: " + String.join(", ", refused));
  }

  /** Closes every position of {@code symbol} at market; says how many orders closed them. */
  String close(Symbol symbol) {
    BatchOrderResult result = rest.orders().closePositions(symbol);
    refreshOrders();
    refreshAfterFill(symbol);
    return batch("closed the position of " + symbol + " with", result);
  }

  /** Sets {@code symbol}'s leverage (both sides); returns what was done, for the status line. */
  String setLeverage(Symbol symbol, int leverage) {
    rest.account().setLeverage(symbol, leverage);
    model.onLeverage(symbol, leverage);
    refreshPositions();
    refreshAccount(symbol);
    refreshOrders();
    return "leverage of " + symbol + " is " + leverage + "x";
  }

  /**
   * An order of {@code side}: in hedge mode it opens that side's position (a buy the long, a sell
   * the short); on a classic account it carries the market's margin mode. The account is read first
   * when its position mode is not known yet, since an order of the other mode is refused.
   */
  private OrderRequest.Builder order(Symbol symbol, Side side, BigDecimal size) {
    if (model.positionMode().isEmpty()) {
      refreshAccount(symbol);
    }
    OrderRequest.Builder b = OrderRequest.builder().symbol(symbol).size(size);
    if (model.positionMode().orElse(PositionMode.ONE_WAY) == PositionMode.HEDGE) {
      b.open(side == Side.BUY ? HoldSide.LONG : HoldSide.SHORT);
    } else {
      b.side(side);
    }
    model.marginMode(symbol).filter(m -> m != MarginMode.UNKNOWN).ifPresent(b::marginMode);
    return b;
  }

  /** A batch answer in words: how many went through, and each refusal's reason. */
  private static String batch(String verb, BatchOrderResult result) {
    String done = verb + " " + result.successes().size() + " order" + (result.successes().size() == 1 ? "" : "s");
    if (result.allSucceeded()) {
      return done;
    }
    return done + "; refused: " + result.failures().stream().map(PanelTrader::failure)
        .collect(Collectors.joining(", "));
  }

  private static String failure(BatchOrderFailure f) {
    Optional<String> code = f.errorCode();
    return f.orderId().map(id -> id + " ").orElse("") + f.errorMessage() + code.map(c -> " (" + c + ")").orElse("");
  }
}
