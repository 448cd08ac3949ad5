package io.bitget4j.testkit.internal;

import io.bitget4j.core.Symbol;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** A simulated contract's trading rules: price and size precision, minimums, fees, leverage. */
final class Contract {
  static final BigDecimal MIN_NOTIONAL = new BigDecimal("5");
  static final BigDecimal TAKER_FEE = new BigDecimal("0.0006");
  static final BigDecimal MAKER_FEE = new BigDecimal("0.0002");
  static final BigDecimal KEEP_MARGIN_RATE = new BigDecimal("0.004");
  static final int MAX_LEVER = 125;

  final Symbol symbol;
  final int pricePlace;
  final int volumePlace;
  final BigDecimal minSize;

  private Contract(Symbol symbol, int pricePlace, int volumePlace) {
    this.symbol = symbol;
    this.pricePlace = pricePlace;
    this.volumePlace = volumePlace;
    this.minSize = BigDecimal.ONE.movePointLeft(volumePlace);
  }

  /** Derives precision from the starting price: BTC at 27000 trades in 0.1 steps and 0.001 lots. */
  static Contract forPrice(Symbol symbol, BigDecimal price) {
    int pricePlace;
    int volumePlace;
    if (price.compareTo(new BigDecimal("10000")) >= 0) {
      pricePlace = 1;
      volumePlace = 3;
    } else if (price.compareTo(new BigDecimal("100")) >= 0) {
      pricePlace = 2;
      volumePlace = 2;
    } else if (price.compareTo(BigDecimal.ONE) >= 0) {
      pricePlace = 3;
      volumePlace = 1;
    } else if (price.compareTo(new BigDecimal("0.01")) >= 0) {
      pricePlace = 5;
      volumePlace = 0;
    } else {
      pricePlace = 7;
      volumePlace = 0;
    }
    return new Contract(symbol, pricePlace, volumePlace);
  }

  /** The price of {@code ticks} price steps. */
  BigDecimal price(long ticks) {
    return BigDecimal.valueOf(ticks, pricePlace);
  }

  /** The wire text of a price, with all its decimals ({@code 27000.0}). */
  String priceText(long ticks) {
    return price(ticks).toPlainString();
  }

  /** The nearest whole number of price steps to {@code price}. */
  long ticks(BigDecimal price) {
    return price.setScale(pricePlace, RoundingMode.HALF_UP).unscaledValue().longValueExact();
  }

  BigDecimal tickSize() {
    return BigDecimal.ONE.movePointLeft(pricePlace);
  }

  /** A size of {@code units} lots, as wire text with all its decimals ({@code 1.500}). */
  String sizeText(long units) {
    return BigDecimal.valueOf(units, volumePlace).toPlainString();
  }
}
