package io.bitget4j.core.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A unified trading account's one wallet, from REST {@code account/assets} (V3): account-wide
 * equity and margin figures and the balance of each coin. A classic account has no such wallet;
 * it keeps one {@link Account} per margin coin and product type.
 *
 * @param accountEquity the account's equity in USD (wire {@code accountEquity})
 * @param usdtEquity the equity in USDT, when sent
 * @param btcEquity the equity in BTC, when sent
 * @param unrealizedPnl unrealised profit in USD (wire {@code unrealisedPnl}), when sent
 * @param usdtUnrealizedPnl unrealised profit in USDT (wire {@code usdtUnrealisedPnl}), when sent
 * @param effectiveEquity the equity that counts as margin, in USD (wire {@code effEquity}), when sent
 * @param maintenanceMargin the maintenance margin in USD (wire {@code mmr}), when sent
 * @param initialMargin the initial margin in USD (wire {@code imr}), when sent
 * @param marginRatio the account's margin ratio (wire {@code mgnRatio}), when sent
 * @param coins the balance of each coin Bitget lists (it lists coins with a balance)
 */
public record Wallet(
    BigDecimal accountEquity,
    Optional<BigDecimal> usdtEquity,
    Optional<BigDecimal> btcEquity,
    Optional<BigDecimal> unrealizedPnl,
    Optional<BigDecimal> usdtUnrealizedPnl,
    Optional<BigDecimal> effectiveEquity,
    Optional<BigDecimal> maintenanceMargin,
    Optional<BigDecimal> initialMargin,
    Optional<BigDecimal> marginRatio,
    List<CoinBalance> coins) {

  /**
   * Validates that no component is null and copies the list.
   *
   * @param accountEquity the account's equity in USD
   * @param usdtEquity the equity in USDT, when sent
   * @param btcEquity the equity in BTC, when sent
   * @param unrealizedPnl unrealised profit in USD, when sent
   * @param usdtUnrealizedPnl unrealised profit in USDT, when sent
   * @param effectiveEquity the equity that counts as margin, in USD, when sent
   * @param maintenanceMargin the maintenance margin in USD, when sent
   * @param initialMargin the initial margin in USD, when sent
   * @param marginRatio the account's margin ratio, when sent
   * @param coins the balance of each coin Bitget lists
   */
  public Wallet {
    Objects.requireNonNull(accountEquity, "accountEquity == null");
    Objects.requireNonNull(usdtEquity, "usdtEquity == null");
    Objects.requireNonNull(btcEquity, "btcEquity == null");
    Objects.requireNonNull(unrealizedPnl, "unrealizedPnl == null");
    Objects.requireNonNull(usdtUnrealizedPnl, "usdtUnrealizedPnl == null");
    Objects.requireNonNull(effectiveEquity, "effectiveEquity == null");
    Objects.requireNonNull(maintenanceMargin, "maintenanceMargin == null");
    Objects.requireNonNull(initialMargin, "initialMargin == null");
    Objects.requireNonNull(marginRatio, "marginRatio == null");
    coins = List.copyOf(Objects.requireNonNull(coins, "coins == null"));
  }

  /**
   * The balance of {@code coin} (such as {@code USDT}), or empty when the wallet holds none.
   *
   * @param coin the coin's name as Bitget writes it, such as {@code USDT}; case matters
   * @return the coin's balance; empty when Bitget lists none for it
   */
  public Optional<CoinBalance> coin(String coin) {
    Objects.requireNonNull(coin, "coin == null");
    for (CoinBalance balance : coins) {
      if (balance.coin().equals(coin)) {
        return Optional.of(balance);
      }
    }
    return Optional.empty();
  }
}
