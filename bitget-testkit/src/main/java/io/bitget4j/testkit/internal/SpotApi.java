package io.bitget4j.testkit.internal;

import io.bitget4j.testkit.RateLimitGroup;
import io.bitget4j.testkit.internal.RestApi.Call;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Bitget's public V2 spot and margin reference endpoints, which general clients read before any
 * futures call: {@code /api/v2/spot/public/coins}, {@code /api/v2/spot/public/symbols} and
 * {@code /api/v2/margin/currencies}, answered from {@link SpotReference} in the shapes of
 * Bitget's documentation (the coins' flags are the strings {@code "true"}/{@code "false"}, the
 * margin pairs' flags JSON booleans).
 */
final class SpotApi {
  private static final String SPOT_TAKER_FEE = "0.001";
  private static final String SPOT_MAKER_FEE = "0.001";
  private static final String MAX_TRADE_AMOUNT = "10000000000";

  private final SpotReference reference;

  SpotApi(SpotReference reference) {
    this.reference = reference;
  }

  void register(RestApi api) {
    ApiVersion v2 = ApiVersion.V2;
    api.get(v2, "/api/v2/spot/public/coins", RateLimitGroup.MARKET, false, this::coins);
    api.get(v2, "/api/v2/spot/public/symbols", RateLimitGroup.MARKET, false, this::symbols);
    api.get(v2, "/api/v2/margin/currencies", RateLimitGroup.MARKET, false, this::marginCurrencies);
  }

  /** All coins, or those named by {@code coin} (one name, or several separated by commas). */
  private void coins(Call c, JsonWriter w) {
    List<SpotReference.Coin> selected = new ArrayList<>(reference.coins());
    c.params().get("coin").ifPresent(names -> {
      selected.clear();
      for (String name : names.split(",")) {
        selected.add(coin(name.trim()));
      }
    });
    w.beginArray();
    for (SpotReference.Coin coin : selected) {
      coin(w, coin);
    }
    w.endArray();
  }

  private SpotReference.Coin coin(String name) {
    for (SpotReference.Coin coin : reference.coins()) {
      if (coin.name().equalsIgnoreCase(name)) {
        return coin;
      }
    }
    throw ApiError.doesNotExist(name);
  }

  private static void coin(JsonWriter w, SpotReference.Coin coin) {
    w.beginObject()
        .field("coinId", coin.id())
        .field("coin", coin.name())
        .field("transfer", Boolean.toString(!coin.demo()))
        .name("chains").beginArray();
    if (!coin.demo()) {
      boolean bitcoin = coin.chain().equals("BTC");
      String fee = Num.str(coin.withdrawFee());
      w.beginObject()
          .field("chain", coin.chain())
          .field("needTag", "false")
          .field("withdrawable", "true")
          .field("rechargeable", "true")
          .field("withdrawFee", fee)
          .field("extraWithdrawFee", "0")
          .field("depositConfirm", bitcoin ? "1" : "12")
          .field("withdrawConfirm", bitcoin ? "1" : "64")
          .field("minDepositAmount", fee)
          .field("minWithdrawAmount", Num.str(coin.withdrawFee().multiply(Num.of(10))))
          .field("browserUrl", bitcoin ? "https://blockchair.com/bitcoin/transaction/" : "https://etherscan.io/tx/")
          .field("contractAddress", "")
          .field("withdrawStep", "0")
          .field("withdrawMinScale", "8")
          .field("congestion", "normal")
          .endObject();
    }
    w.endArray().field("areaCoin", "no").endObject();
  }

  private void symbols(Call c, JsonWriter w) {
    w.beginArray();
    for (SpotReference.Pair p : reference.pairs(c.params().get("symbol", null))) {
      w.beginObject()
          .field("symbol", p.symbol())
          .field("baseCoin", p.base())
          .field("quoteCoin", p.quote());
      tradingRules(w, p)
          .field("quotePrecision", Integer.toString(p.quotePlace()))
          .field("status", "online")
          .field("minTradeUSDT", "1")
          .field("buyLimitPriceRatio", "0.05")
          .field("sellLimitPriceRatio", "0.05")
          .field("areaSymbol", "no")
          .field("orderQuantity", "200")
          .endObject();
    }
    w.endArray();
  }

  /** Every spot pair is also a margin pair, cross and isolated, borrowable on both sides. */
  private void marginCurrencies(Call c, JsonWriter w) {
    w.beginArray();
    for (SpotReference.Pair p : reference.pairs(c.params().get("symbol", null))) {
      w.beginObject()
          .field("symbol", p.symbol())
          .field("baseCoin", p.base())
          .field("quoteCoin", p.quote())
          .field("maxCrossedLeverage", "3")
          .field("maxIsolatedLeverage", "10")
          .field("warningRiskRatio", "0.8")
          .field("liquidationRiskRatio", "1");
      tradingRules(w, p)
          .field("minTradeUSDT", "5")
          .name("isBorrowable").value(true)
          .field("userMinBorrow", "0.00000001")
          .field("status", "online")
          .name("isIsolatedBaseBorrowable").value(true)
          .name("isIsolatedQuoteBorrowable").value(true)
          .name("isCrossBorrowable").value(true)
          .endObject();
    }
    w.endArray();
  }

  /** The order size, fee and precision fields that spot and margin pairs share, in Bitget's order. */
  private static JsonWriter tradingRules(JsonWriter w, SpotReference.Pair p) {
    return w.field("minTradeAmount", "0")
        .field("maxTradeAmount", MAX_TRADE_AMOUNT)
        .field("takerFeeRate", SPOT_TAKER_FEE)
        .field("makerFeeRate", SPOT_MAKER_FEE)
        .field("pricePrecision", Integer.toString(p.pricePlace()))
        .field("quantityPrecision", Integer.toString(p.quantityPlace()));
  }

  /** Whether a V3 {@code category} names spot or margin rather than a futures product. */
  static boolean isSpotCategory(String category) {
    String upper = category.toUpperCase(Locale.ROOT);
    return upper.equals("SPOT") || upper.equals("MARGIN");
  }
}
