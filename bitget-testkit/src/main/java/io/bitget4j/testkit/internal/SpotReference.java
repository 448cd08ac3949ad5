package io.bitget4j.testkit.internal;

import io.bitget4j.core.ProductType;
import io.bitget4j.core.Symbol;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The spot and margin reference data that clients read at start-up (ccxt's {@code loadMarkets}
 * lists coins, spot symbols and margin pairs before any futures call), derived from the simulated
 * futures symbols so that it stays small and consistent: a coin for every base and margin coin,
 * and a spot pair {@code BASEUSDT} for every live (non-demo) base, priced like its contract. The
 * fake trades no spot; these lists only describe.
 */
final class SpotReference {
  /** Coins whose price is one USDT, so that their fees and minimums read as whole units. */
  private static final Set<String> STABLE = Set.of("USDT", "USDC", "SUSDT", "SUSDC");
  private static final BigDecimal ONE_USDT = BigDecimal.ONE;
  private static final int COIN_SCALE = 8;

  /**
   * One coin: {@code price} in USDT (one for stable coins) sets its withdrawal fee; demo coins
   * ({@code SUSDT}, {@code SBTC}) exist on no chain.
   */
  record Coin(String id, String name, BigDecimal price, boolean demo) {
    /** About one USDT's worth of the coin, rounded up to its smallest unit. */
    BigDecimal withdrawFee() {
      if (STABLE.contains(name)) {
        return ONE_USDT;
      }
      return ONE_USDT.divide(price, COIN_SCALE, RoundingMode.UP).stripTrailingZeros();
    }

    /** The chain a live coin travels on: Bitcoin's own, else an ERC-20 token. */
    String chain() {
      return name.equals("BTC") ? "BTC" : "ERC20";
    }
  }

  /** One spot pair, such as {@code BTCUSDT}, with the precision of its contract's prices. */
  record Pair(String symbol, String base, String quote, int pricePlace, int quantityPlace) {
    /** Decimals of a quote amount: price decimals plus quantity decimals, at most eight. */
    int quotePlace() {
      return Math.min(COIN_SCALE, pricePlace + quantityPlace);
    }
  }

  private final List<Coin> coins;
  private final List<Pair> pairs;

  SpotReference(Map<Symbol, BigDecimal> initialPrices) {
    Map<String, Coin> coinsByName = new LinkedHashMap<>();
    Map<String, Pair> pairsBySymbol = new LinkedHashMap<>();
    for (Map.Entry<Symbol, BigDecimal> e : initialPrices.entrySet()) {
      Symbol symbol = e.getKey();
      ProductType type = symbol.productType();
      String base = symbol.base();
      String marginCoin = type.marginCoin(base);
      addCoin(coinsByName, base, e.getValue(), type.isDemo());
      addCoin(coinsByName, marginCoin, ONE_USDT, type.isDemo());
      if (!type.isDemo()) {
        addCoin(coinsByName, "USDT", ONE_USDT, false);
        Contract contract = Contract.forPrice(symbol, e.getValue());
        // spot lots are finer than futures lots: BTC trades in 0.000001 on spot, 0.001 on futures
        int quantityPlace = Math.min(COIN_SCALE, contract.volumePlace + 3);
        pairsBySymbol.putIfAbsent(base + "USDT",
            new Pair(base + "USDT", base, "USDT", contract.pricePlace, quantityPlace));
      }
    }
    this.coins = List.copyOf(coinsByName.values());
    this.pairs = List.copyOf(pairsBySymbol.values());
  }

  private static void addCoin(Map<String, Coin> coins, String name, BigDecimal price, boolean demo) {
    if (!coins.containsKey(name)) {
      String id = Integer.toString(coins.size() + 1);
      coins.put(name, new Coin(id, name, STABLE.contains(name) ? ONE_USDT : price, demo));
    }
  }

  /** Every coin, in the order the symbols first name them. */
  List<Coin> coins() {
    return coins;
  }

  /** Every spot pair, in the order of the symbols. */
  List<Pair> pairs() {
    return pairs;
  }

  /** The pairs whose symbol is {@code symbol} (any case), or all pairs for null. */
  List<Pair> pairs(String symbolOrNull) {
    if (symbolOrNull == null) {
      return pairs;
    }
    List<Pair> out = new ArrayList<>();
    for (Pair p : pairs) {
      if (p.symbol().equalsIgnoreCase(symbolOrNull)) {
        out.add(p);
      }
    }
    if (out.isEmpty()) {
      throw ApiError.doesNotExist(symbolOrNull);
    }
    return out;
  }
}
