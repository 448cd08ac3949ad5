package io.bitget4j.examples.panel;

import io.bitget4j.core.Symbol;
import io.bitget4j.core.model.Contract;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How one market's numbers are written: prices to the contract's tick, sizes to its size step,
 * amounts of its margin coin to 2 decimals for the stable coins (USDT, USDC) and 8 otherwise,
 * percentages to 2 decimals. Before the contract is known prices and sizes are written as they
 * came.
 *
 * @param tick the price step; empty while the contract is unknown
 * @param sizeStep the size step; empty while the contract is unknown
 * @param amountScale the decimals of an amount of the margin coin
 */
record Precision(Optional<BigDecimal> tick, Optional<BigDecimal> sizeStep, int amountScale) {
  private static final Set<String> STABLE_COINS = Set.of("USDT", "USDC", "SUSDT", "SUSDC");
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  Precision {
    Objects.requireNonNull(tick, "tick == null");
    Objects.requireNonNull(sizeStep, "sizeStep == null");
  }

  /** The precision of {@code contract}. */
  static Precision of(Contract contract) {
    return new Precision(Optional.of(contract.priceTick()), Optional.of(contract.sizeStep()),
        amountScale(contract.symbol()));
  }

  /** The precision of {@code symbol} before its contract is known. */
  static Precision unknown(Symbol symbol) {
    return new Precision(Optional.empty(), Optional.empty(), amountScale(symbol));
  }

  private static int amountScale(Symbol symbol) {
    return STABLE_COINS.contains(symbol.marginCoin()) ? 2 : 8;
  }

  /** A price to the tick's decimals: {@code 27012.3}. */
  String price(BigDecimal price) {
    return tick.map(t -> price.setScale(Math.max(t.scale(), 0), RoundingMode.HALF_UP).toPlainString())
        .orElseGet(() -> plain(price));
  }

  /** A size to the size step's decimals: {@code 0.010}. */
  String size(BigDecimal size) {
    return sizeStep.map(s -> size.setScale(Math.max(s.scale(), 0), RoundingMode.HALF_UP).toPlainString())
        .orElseGet(() -> plain(size));
  }

  /** An amount of the margin coin: {@code 9712.38}. */
  String amount(BigDecimal amount) {
    return amount.setScale(amountScale, RoundingMode.HALF_UP).toPlainString();
  }

  /** An amount with its sign: {@code +8.52}, {@code -3.10}, {@code 0.00}. */
  String signedAmount(BigDecimal amount) {
    BigDecimal rounded = amount.setScale(amountScale, RoundingMode.HALF_UP);
    return (rounded.signum() > 0 ? "+" : "") + rounded.toPlainString();
  }

  /** A percentage with its sign, 2 decimals: {@code +3.16%}. */
  static String signedPercent(BigDecimal percent) {
    BigDecimal rounded = percent.setScale(2, RoundingMode.HALF_UP);
    return (rounded.signum() > 0 ? "+" : "") + rounded.toPlainString() + "%";
  }

  /** A ratio as a signed percentage: {@code 0.0001} is {@code +0.0100%} with {@code decimals} 4. */
  static String signedPercentOfRatio(BigDecimal ratio, int decimals) {
    BigDecimal rounded = ratio.multiply(HUNDRED).setScale(decimals, RoundingMode.HALF_UP);
    return (rounded.signum() > 0 ? "+" : "") + rounded.toPlainString() + "%";
  }

  /**
   * {@code price} moved by {@code ticks} price steps (negative moves down), never below one tick;
   * unchanged while the tick is unknown.
   */
  BigDecimal stepPrice(BigDecimal price, int ticks) {
    if (tick.isEmpty()) {
      return price;
    }
    BigDecimal t = tick.get();
    BigDecimal moved = price.add(t.multiply(BigDecimal.valueOf(ticks)));
    return moved.compareTo(t) < 0 ? t : moved;
  }

  /** {@code price} on the tick, rounded by {@code mode}; unchanged while the tick is unknown. */
  BigDecimal onTick(BigDecimal price, RoundingMode mode) {
    return tick.filter(t -> t.signum() > 0).map(t -> price.divide(t, 0, mode).multiply(t)).orElse(price);
  }

  /** Without trailing zeros and without an exponent: {@code 2010}, not {@code 2.01E+3}. */
  static String plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
  }
}
