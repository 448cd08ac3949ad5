package io.bitget4j.testkit;

import io.bitget4j.core.Symbol;
import io.bitget4j.core.model.HoldSide;
import io.bitget4j.core.model.MarginMode;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * An open position as {@link FakeBitget} holds it, for assertions. The amounts are those the fake
 * reports over REST and WebSocket at the current mark price, in plain notation without trailing
 * zeros ({@code 50}, not {@code 5E+1}), so they compare with {@code isEqualTo} as well as with
 * {@code compareTo}.
 *
 * @param symbol the position's market
 * @param holdSide {@link HoldSide#LONG} or {@link HoldSide#SHORT}
 * @param marginMode {@link MarginMode#ISOLATED} or {@link MarginMode#CROSSED}
 * @param leverage the leverage, such as 10
 * @param size the size in base coin
 * @param entryPrice the average entry price
 * @param margin the margin held: size times entry price over leverage
 * @param unrealizedPnl the profit or loss at the current mark price
 * @param achievedProfits the profit realised by closing part of the position
 * @param liquidationPrice the price at which the fake would liquidate the position
 */
public record FakePosition(
    Symbol symbol,
    HoldSide holdSide,
    MarginMode marginMode,
    int leverage,
    BigDecimal size,
    BigDecimal entryPrice,
    BigDecimal margin,
    BigDecimal unrealizedPnl,
    BigDecimal achievedProfits,
    BigDecimal liquidationPrice) {
  /**
   * Checks that no component is null.
   *
   * @param symbol the position's market
   * @param holdSide {@link HoldSide#LONG} or {@link HoldSide#SHORT}
   * @param marginMode {@link MarginMode#ISOLATED} or {@link MarginMode#CROSSED}
   * @param leverage the leverage, such as 10
   * @param size the size in base coin
   * @param entryPrice the average entry price
   * @param margin the margin held: size times entry price over leverage
   * @param unrealizedPnl the profit or loss at the current mark price
   * @param achievedProfits the profit realised by closing part of the position
   * @param liquidationPrice the price at which the fake would liquidate the position
   */
  public FakePosition {
    Objects.requireNonNull(symbol, "symbol == null");
    Objects.requireNonNull(holdSide, "holdSide == null");
    Objects.requireNonNull(marginMode, "marginMode == null");
    Objects.requireNonNull(size, "size == null");
    Objects.requireNonNull(entryPrice, "entryPrice == null");
    Objects.requireNonNull(margin, "margin == null");
    Objects.requireNonNull(unrealizedPnl, "unrealizedPnl == null");
    Objects.requireNonNull(achievedProfits, "achievedProfits == null");
    Objects.requireNonNull(liquidationPrice, "liquidationPrice == null");
  }
}
