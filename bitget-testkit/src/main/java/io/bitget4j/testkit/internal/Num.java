package io.bitget4j.testkit.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Decimal helpers: the fake's money math and its wire formatting. */
final class Num {
  static final MathContext MC = MathContext.DECIMAL64;
  static final int MONEY_SCALE = 8;

  private Num() {}

  /** Plain notation without trailing zeros: {@code 270.005}, {@code 0}. */
  public static String str(BigDecimal value) {
    if (value.signum() == 0) {
      return "0";
    }
    return value.stripTrailingZeros().toPlainString();
  }

  /** The value without trailing zeros, never in exponent form: {@code 50}, not {@code 5E+1}. */
  static BigDecimal plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /** Rounds a computed amount to eight decimals. */
  static BigDecimal money(BigDecimal value) {
    return value.setScale(MONEY_SCALE, RoundingMode.HALF_UP);
  }

  static BigDecimal div(BigDecimal a, BigDecimal b) {
    return a.divide(b, MC);
  }

  static BigDecimal of(long value) {
    return BigDecimal.valueOf(value);
  }
}
