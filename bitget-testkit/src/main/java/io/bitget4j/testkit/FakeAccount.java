package io.bitget4j.testkit;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The simulated USDT futures account, for assertions: {@code balance} is deposits plus realised
 * PnL minus fees, {@code equity} adds unrealised PnL, and {@code available} is equity less
 * position margin and the margin frozen by resting orders ({@code locked}).
 *
 * @param marginCoin the margin coin, {@code USDT}
 * @param balance deposits plus realised PnL minus fees
 * @param equity the balance plus unrealised PnL
 * @param available the equity less position margin and {@code locked}
 * @param locked the margin frozen by resting orders
 * @param positionMargin the margin held by open positions
 * @param unrealizedPnl the open positions' profit or loss at the current mark prices
 * @param posMode {@code one_way_mode} or {@code hedge_mode}
 */
public record FakeAccount(
    String marginCoin,
    BigDecimal balance,
    BigDecimal equity,
    BigDecimal available,
    BigDecimal locked,
    BigDecimal positionMargin,
    BigDecimal unrealizedPnl,
    String posMode) {
  /**
   * Checks that no component is null.
   *
   * @param marginCoin the margin coin, {@code USDT}
   * @param balance deposits plus realised PnL minus fees
   * @param equity the balance plus unrealised PnL
   * @param available the equity less position margin and {@code locked}
   * @param locked the margin frozen by resting orders
   * @param positionMargin the margin held by open positions
   * @param unrealizedPnl the open positions' profit or loss at the current mark prices
   * @param posMode {@code one_way_mode} or {@code hedge_mode}
   */
  public FakeAccount {
    Objects.requireNonNull(marginCoin, "marginCoin == null");
    Objects.requireNonNull(balance, "balance == null");
    Objects.requireNonNull(equity, "equity == null");
    Objects.requireNonNull(available, "available == null");
    Objects.requireNonNull(locked, "locked == null");
    Objects.requireNonNull(positionMargin, "positionMargin == null");
    Objects.requireNonNull(unrealizedPnl, "unrealizedPnl == null");
    Objects.requireNonNull(posMode, "posMode == null");
  }
}
