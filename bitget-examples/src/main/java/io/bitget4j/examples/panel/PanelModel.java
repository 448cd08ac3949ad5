package io.bitget4j.examples.panel;

import io.bitget4j.core.Symbol;
import io.bitget4j.core.model.Account;
import io.bitget4j.core.model.Order;
import io.bitget4j.core.model.Position;
import io.bitget4j.core.model.Ticker;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the panel knows, updated by stream listeners and read by the render loop. Every method
 * is synchronized: updates arrive at most a few times a second, so one lock is plenty.
 */
final class PanelModel {
  private static final int HISTORY = 48;

  private final Symbol symbol;
  private Ticker ticker;
  private final ArrayDeque<BigDecimal> history = new ArrayDeque<>();
  private List<Position> positions = List.of();
  private final Map<String, Order> openOrders = new LinkedHashMap<>();
  private List<Order> shownOrders = List.of();
  private Account account;

  PanelModel(Symbol symbol) {
    this.symbol = symbol;
  }

  synchronized void onTicker(Ticker t) {
    ticker = t;
    history.addLast(t.lastPrice());
    while (history.size() > HISTORY) {
      history.removeFirst();
    }
  }

  synchronized void onPositions(Collection<Position> all) {
    List<Position> mine = new ArrayList<>();
    for (Position p : all) {
      if (p.symbol().equals(symbol) && !p.isEmpty()) {
        mine.add(p);
      }
    }
    positions = List.copyOf(mine);
  }

  synchronized void onOrder(Order order) {
    if (!order.symbol().equals(symbol)) {
      return;
    }
    if (order.status().isFinal()) {
      openOrders.remove(order.orderId());
    } else {
      openOrders.put(order.orderId(), order);
    }
  }

  synchronized void seedOrders(List<Order> orders) {
    for (Order order : orders) {
      onOrder(order);
    }
    publishOrders();
  }

  /** Makes the current open orders visible; called on the orders cadence (5 s by default). */
  synchronized void publishOrders() {
    List<Order> list = new ArrayList<>(openOrders.values());
    list.sort(Comparator.comparing(Order::createdAt).reversed());
    shownOrders = List.copyOf(list);
  }

  synchronized void onAccount(Account a) {
    account = a;
  }

  synchronized Optional<Ticker> ticker() {
    return Optional.ofNullable(ticker);
  }

  synchronized List<BigDecimal> history() {
    return List.copyOf(history);
  }

  synchronized List<Position> positions() {
    return positions;
  }

  synchronized List<Order> orders() {
    return shownOrders;
  }

  synchronized Optional<Account> account() {
    return Optional.ofNullable(account);
  }
}
