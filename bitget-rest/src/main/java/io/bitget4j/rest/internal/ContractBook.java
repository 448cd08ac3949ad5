package io.bitget4j.rest.internal;

import io.bitget4j.core.InvalidRequestException;
import io.bitget4j.core.Symbol;
import io.bitget4j.core.model.Contract;
import io.bitget4j.core.util.TtlCache;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Contract metadata per symbol, cached for a time to live, and the order checks it allows: the
 * minimum size, the size step and the price tick, reported before anything is sent.
 */
public final class ContractBook {
  private final TtlCache<Symbol, Contract> cache;
  private final Function<Symbol, Contract> loader;

  public ContractBook(Duration ttl, Clock clock, Function<Symbol, Contract> loader) {
    this.cache = TtlCache.builder().ttl(ttl).maximumSize(5_000).clock(clock).build();
    this.loader = Objects.requireNonNull(loader, "loader == null");
  }

  /** The contract of {@code symbol}, from the cache or loaded. */
  public Contract contract(Symbol symbol) {
    return cache.getOrLoad(symbol, loader);
  }

  /** Stores freshly fetched contracts. */
  public void remember(Contract contract) {
    cache.put(contract.symbol(), contract);
  }

  /**
   * Checks an order's numbers against its symbol's contract.
   *
   * @throws InvalidRequestException naming the field, the value and the contract's rule
   */
  public void check(Symbol symbol, BigDecimal size, Optional<BigDecimal> price,
      Optional<BigDecimal> takeProfit, Optional<BigDecimal> stopLoss) {
    check(contract(symbol), "size", size, price, takeProfit, stopLoss);
  }

  /** As {@link #check}, with the size field's name given (modify requests call it newSize). */
  public static void check(Contract contract, String sizeField, BigDecimal size,
      Optional<BigDecimal> price, Optional<BigDecimal> takeProfit, Optional<BigDecimal> stopLoss) {
    checkSize(contract, sizeField, size);
    boolean modify = !sizeField.equals("size");
    checkTick(contract, modify ? "newPrice" : "price", price);
    checkTick(contract, modify ? "newTakeProfitPrice" : "presetTakeProfitPrice", takeProfit);
    checkTick(contract, modify ? "newStopLossPrice" : "presetStopLossPrice", stopLoss);
  }

  /**
   * Checks a modify request that changes only the take-profit or stop-loss price.
   *
   * @throws InvalidRequestException naming the field when a price is off the contract's tick
   */
  public static void checkModifiedPrices(Contract contract, Optional<BigDecimal> takeProfit,
      Optional<BigDecimal> stopLoss) {
    checkTick(contract, "newTakeProfitPrice", takeProfit);
    checkTick(contract, "newStopLossPrice", stopLoss);
  }

  /**
   * Checks a size against the contract's minimum and size step.
   *
   * @throws InvalidRequestException naming {@code field}, the value and the contract's rule
   */
  public static void checkSize(Contract contract, String field, BigDecimal size) {
    Symbol symbol = contract.symbol();
    if (size.compareTo(contract.minTradeNum()) < 0) {
      throw InvalidRequestException.of(field, size.toPlainString() + " is below the minimum "
          + contract.minTradeNum().toPlainString() + " for " + symbol);
    }
    BigDecimal step = contract.sizeStep();
    if (step.signum() > 0 && size.remainder(step).signum() != 0) {
      throw InvalidRequestException.of(field, size.toPlainString()
          + " is not a multiple of the size step " + step.toPlainString() + " for " + symbol);
    }
  }

  /**
   * Checks a price, when present, against the contract's price tick.
   *
   * @throws InvalidRequestException naming {@code field} when the price is off the tick
   */
  public static void checkTick(Contract contract, String field, Optional<BigDecimal> price) {
    if (price.isEmpty()) {
      return;
    }
    BigDecimal tick = contract.priceTick();
    if (tick.signum() > 0 && price.get().remainder(tick).signum() != 0) {
      throw InvalidRequestException.of(field, price.get().toPlainString()
          + " is not a multiple of the price tick " + tick.stripTrailingZeros().toPlainString()
          + " for " + contract.symbol());
    }
  }
}
