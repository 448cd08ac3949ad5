package io.bitget4j.core.model;

import io.bitget4j.core.Symbol;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An order book snapshot, from REST {@code market/merge-depth}. Bids are ordered best (highest)
 * first, asks best (lowest) first, as Bitget sends them.
 *
 * @param symbol the book's market
 * @param bids the bid levels, best (highest) first
 * @param asks the ask levels, best (lowest) first
 * @param timestamp when Bitget produced the book (wire {@code ts})
 */
public record OrderBook(Symbol symbol, List<BookLevel> bids, List<BookLevel> asks, Instant timestamp) {
  /**
   * Validates that no component is null and copies the lists.
   *
   * @param symbol the book's market
   * @param bids the bid levels, best (highest) first
   * @param asks the ask levels, best (lowest) first
   * @param timestamp when Bitget produced the book (wire {@code ts})
   */
  public OrderBook {
    Objects.requireNonNull(symbol, "symbol == null");
    bids = List.copyOf(Objects.requireNonNull(bids, "bids == null"));
    asks = List.copyOf(Objects.requireNonNull(asks, "asks == null"));
    Objects.requireNonNull(timestamp, "timestamp == null");
  }

  /** {@return the highest bid, or empty when there are no bids} */
  public Optional<BookLevel> bestBid() {
    return bids.isEmpty() ? Optional.empty() : Optional.of(bids.get(0));
  }

  /** {@return the lowest ask, or empty when there are no asks} */
  public Optional<BookLevel> bestAsk() {
    return asks.isEmpty() ? Optional.empty() : Optional.of(asks.get(0));
  }
}
