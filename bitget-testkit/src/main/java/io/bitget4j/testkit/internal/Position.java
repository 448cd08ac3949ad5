package io.bitget4j.testkit.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** One open position of the simulated account; mutable, guarded by the {@link Exchange}. */
final class Position {
  final String posId;
  final Market market;
  /** {@code long} or {@code short}. */
  final String holdSide;
  final long cTime;
  String marginMode;
  int leverage;
  BigDecimal size = BigDecimal.ZERO;
  BigDecimal entry = BigDecimal.ZERO;
  BigDecimal achievedProfits = BigDecimal.ZERO;
  /** Fees paid opening this position, negative. */
  BigDecimal openFee = BigDecimal.ZERO;
  /** Fees paid closing parts of this position, negative. */
  BigDecimal closeFee = BigDecimal.ZERO;
  /** The size opened over the position's life, and the size closed with its value at the close prices. */
  BigDecimal openedTotal = BigDecimal.ZERO;
  BigDecimal closedTotal = BigDecimal.ZERO;
  BigDecimal closedValue = BigDecimal.ZERO;
  /** Margin added to an isolated position beyond notional / leverage. */
  BigDecimal addedMargin = BigDecimal.ZERO;
  /** Size reserved by resting closing orders. */
  BigDecimal locked = BigDecimal.ZERO;
  long uTime;

  Position(String posId, Market market, String holdSide, String marginMode, int leverage, long cTime) {
    this.posId = posId;
    this.market = market;
    this.holdSide = holdSide;
    this.marginMode = marginMode;
    this.leverage = leverage;
    this.cTime = cTime;
    this.uTime = cTime;
  }

  boolean isLong() {
    return "long".equals(holdSide);
  }

  BigDecimal available() {
    return size.subtract(locked).max(BigDecimal.ZERO);
  }

  /** Fees paid on this position, negative. */
  BigDecimal totalFee() {
    return openFee.add(closeFee);
  }

  /** Margin = notional at entry / leverage, plus any margin added to it. */
  BigDecimal margin() {
    return Num.money(size.multiply(entry).divide(BigDecimal.valueOf(leverage), Num.MC).add(addedMargin));
  }

  BigDecimal unrealizedPnl() {
    BigDecimal diff = market.mark().subtract(entry);
    return Num.money(isLong() ? diff.multiply(size) : diff.negate().multiply(size));
  }

  /**
   * entry * (1 - 1/leverage + maintenance rate) for longs, mirrored for shorts; added margin
   * counts as a larger 1/leverage.
   */
  BigDecimal liquidationPrice() {
    BigDecimal inverse = BigDecimal.ONE.divide(BigDecimal.valueOf(leverage), Num.MC);
    if (addedMargin.signum() != 0 && size.signum() != 0 && entry.signum() != 0) {
      inverse = inverse.add(addedMargin.divide(size.multiply(entry), Num.MC));
    }
    BigDecimal factor = isLong()
        ? BigDecimal.ONE.subtract(inverse).add(Contract.KEEP_MARGIN_RATE)
        : BigDecimal.ONE.add(inverse).subtract(Contract.KEEP_MARGIN_RATE);
    return entry.multiply(factor).setScale(market.contract.pricePlace, RoundingMode.HALF_UP).max(BigDecimal.ZERO);
  }

  /** Maintenance margin over the position's own equity (margin + unrealised PnL). */
  BigDecimal marginRatio() {
    BigDecimal maintenance = size.multiply(market.mark()).multiply(Contract.KEEP_MARGIN_RATE);
    BigDecimal equity = margin().add(unrealizedPnl());
    if (equity.signum() <= 0) {
      return BigDecimal.ONE;
    }
    return maintenance.divide(equity, 10, RoundingMode.HALF_UP);
  }

  /** The price at which closing pays back the taker fee. */
  BigDecimal breakEvenPrice() {
    BigDecimal factor = isLong()
        ? BigDecimal.ONE.add(Contract.TAKER_FEE)
        : BigDecimal.ONE.subtract(Contract.TAKER_FEE);
    return entry.multiply(factor).setScale(market.contract.pricePlace + 2, RoundingMode.HALF_UP);
  }

  BigDecimal entryDisplay() {
    return entry.setScale(market.contract.pricePlace + 4, RoundingMode.HALF_UP);
  }
}
