package io.bitget4j.testkit;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The simulated USDT futures account, for assertions: {@code balance} is deposits plus realised
 * PnL minus fees, {@code equity} adds unrealised PnL, and {@code available} is equity less
 * position margin and the margin frozen by resting orders ({@code locked}).
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
  /** Checks that no component is null. */
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
