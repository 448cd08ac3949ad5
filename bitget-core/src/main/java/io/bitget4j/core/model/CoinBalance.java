package io.bitget4j.core.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One coin of a unified account's {@link Wallet}, from REST {@code account/assets} ({@code assets[]}).
 *
 * @param coin the coin, such as {@code USDT}
 * @param equity the coin's equity, balance plus unrealised profit
 * @param usdValue the equity in USD, when sent
 * @param balance the coin's balance
 * @param available the part that can be used now
 * @param locked the part held by open orders (zero when Bitget sends none)
 * @param debt the borrowed amount, when sent
 */
public record CoinBalance(
    String coin,
    BigDecimal equity,
    Optional<BigDecimal> usdValue,
    BigDecimal balance,
    BigDecimal available,
    BigDecimal locked,
    Optional<BigDecimal> debt) {

  /**
   * Validates that no component is null.
   *
   * @param coin the coin, such as {@code USDT}
   * @param equity the coin's equity, balance plus unrealised profit
   * @param usdValue the equity in USD, when sent
   * @param balance the coin's balance
   * @param available the part that can be used now
   * @param locked the part held by open orders (zero when Bitget sends none)
   * @param debt the borrowed amount, when sent
   */
  public CoinBalance {
    Objects.requireNonNull(coin, "coin == null");
    Objects.requireNonNull(equity, "equity == null");
    Objects.requireNonNull(usdValue, "usdValue == null");
    Objects.requireNonNull(balance, "balance == null");
    Objects.requireNonNull(available, "available == null");
    Objects.requireNonNull(locked, "locked == null");
    Objects.requireNonNull(debt, "debt == null");
  }
}
