package io.bitget4j.testkit;

import static io.bitget4j.testkit.TestSupport.get;
import static org.assertj.core.api.Assertions.assertThat;

import io.bitget4j.core.AccountMode;
import io.bitget4j.core.Symbol;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The public reference data general clients read at start-up (ccxt's {@code loadMarkets} reads
 * coins, spot symbols and margin pairs before any futures call), and the trade history ccxt's
 * {@code fetchTrades} reads, in both account modes: public endpoints answer either.
 */
@Timeout(30)
class FakeBitgetReferenceDataTest {
  private static final Instant T0 = Instant.parse("2024-11-24T02:00:00Z");
  private static final Symbol AI = Symbol.parse("$AIUSDT_UMCBL");
  private static final Symbol LOBSTER = Symbol.parse("龙虾USDT_UMCBL");
  private static final Symbol DEMO_BTC = Symbol.parse("SBTCSUSDT_SUMCBL");

  private static OkHttpClient client;
  private FakeBitget fake;

  @BeforeAll
  static void createClient() {
    client = TestSupport.newClient();
  }

  @AfterAll
  static void closeClient() {
    TestSupport.shutdown(client);
  }

  @AfterEach
  void stopFake() {
    if (fake != null) {
      fake.close();
    }
  }

  private FakeBitget start(AccountMode mode) {
    fake = FakeBitget.builder()
        .accountMode(mode)
        .clock(Clock.fixed(T0, ZoneOffset.UTC))
        .tickInterval(Duration.ZERO)
        .rateLimitsEnabled(false)
        .symbol(Symbol.BTCUSDT_UMCBL, new BigDecimal("27000"))
        .symbol(AI, new BigDecimal("0.25"))
        .symbol(LOBSTER, new BigDecimal("2"))
        .symbol(DEMO_BTC, new BigDecimal("27000"))
        .start();
    return fake;
  }

  private List<Map<String, Object>> data(String pathAndQuery) throws IOException {
    TestSupport.Answer answer = get(client, fake.restUrl() + pathAndQuery);
    assertThat(answer.code()).as("%s: %s", pathAndQuery, answer.body()).isEqualTo("00000");
    return answer.dataList();
  }

  private static List<Object> column(List<Map<String, Object>> rows, String field) {
    return rows.stream().map(r -> r.get(field)).collect(Collectors.toList());
  }

  @ParameterizedTest
  @EnumSource(value = AccountMode.class, names = {"CLASSIC", "UNIFIED"})
  void coinsListEveryBaseAndMarginCoinOnce(AccountMode mode) throws IOException {
    start(mode);

    List<Map<String, Object>> coins = data("/api/v2/spot/public/coins");

    assertThat(column(coins, "coin")).containsExactly("BTC", "USDT", "$AI", "龙虾", "SBTC", "SUSDT");
    assertThat(column(coins, "coinId")).containsExactly("1", "2", "3", "4", "5", "6");
  }

  @ParameterizedTest
  @EnumSource(value = AccountMode.class, names = {"CLASSIC", "UNIFIED"})
  void liveCoinsTravelOnOneChainWithTextFlagsAndDemoCoinsOnNone(AccountMode mode) throws IOException {
    start(mode);

    List<Map<String, Object>> coins = data("/api/v2/spot/public/coins");

    @SuppressWarnings("unchecked")
    Map<String, Object> btcChain = ((List<Map<String, Object>>) coins.get(0).get("chains")).get(0);
    assertThat(btcChain).containsEntry("chain", "BTC").containsEntry("withdrawable", "true")
        .containsEntry("rechargeable", "true").containsEntry("needTag", "false")
        .containsEntry("withdrawFee", "0.00003704");
    @SuppressWarnings("unchecked")
    Map<String, Object> aiChain = ((List<Map<String, Object>>) coins.get(2).get("chains")).get(0);
    assertThat(aiChain).containsEntry("chain", "ERC20").containsEntry("withdrawFee", "4")
        .containsEntry("minWithdrawAmount", "40");
    assertThat(coins.get(1)).containsEntry("transfer", "true");
    assertThat(coins.get(4)).containsEntry("coin", "SBTC").containsEntry("transfer", "false")
        .containsEntry("chains", List.of());
  }

  @ParameterizedTest
  @EnumSource(value = AccountMode.class, names = {"CLASSIC", "UNIFIED"})
  void coinsCanBeAskedForByName(AccountMode mode) throws IOException {
    start(mode);

    assertThat(column(data("/api/v2/spot/public/coins?coin=USDT"), "coin")).containsExactly("USDT");
    assertThat(column(data("/api/v2/spot/public/coins?coin=%24AI,BTC"), "coin")).containsExactly("$AI", "BTC");
    TestSupport.Answer unknown = get(client, fake.restUrl() + "/api/v2/spot/public/coins?coin=DOGE");
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.code()).isEqualTo("40034");
  }

  @ParameterizedTest
  @EnumSource(value = AccountMode.class, names = {"CLASSIC", "UNIFIED"})
  void spotSymbolsPairEveryLiveBaseWithUsdtAtItsContractsPricePrecision(AccountMode mode) throws IOException {
    start(mode);

    List<Map<String, Object>> symbols = data("/api/v2/spot/public/symbols");

    assertThat(column(symbols, "symbol")).containsExactly("BTCUSDT", "$AIUSDT", "龙虾USDT");
    assertThat(symbols.get(0)).containsEntry("baseCoin", "BTC").containsEntry("quoteCoin", "USDT")
        .containsEntry("pricePrecision", "1").containsEntry("quantityPrecision", "6")
        .containsEntry("quotePrecision", "7").containsEntry("status", "online");
    assertThat(symbols.get(1)).containsEntry("pricePrecision", "5").containsEntry("quantityPrecision", "3");
    assertThat(column(data("/api/v2/spot/public/symbols?symbol=%24AIUSDT"), "symbol")).containsExactly("$AIUSDT");
  }

  @ParameterizedTest
  @EnumSource(value = AccountMode.class, names = {"CLASSIC", "UNIFIED"})
  void everySpotPairsCoinsAreListed(AccountMode mode) throws IOException {
    start(mode);

    Set<Object> coins = Set.copyOf(column(data("/api/v2/spot/public/coins"), "coin"));
    List<Object> pairCoins = new ArrayList<>();
    for (Map<String, Object> pair : data("/api/v2/spot/public/symbols")) {
      pairCoins.add(pair.get("baseCoin"));
      pairCoins.add(pair.get("quoteCoin"));
    }

    assertThat(coins).containsAll(pairCoins);
  }

  @ParameterizedTest
  @EnumSource(value = AccountMode.class, names = {"CLASSIC", "UNIFIED"})
  void everySpotPairIsAMarginPairWithBooleanFlags(AccountMode mode) throws IOException {
    start(mode);

    List<Map<String, Object>> pairs = data("/api/v2/margin/currencies");

    assertThat(column(pairs, "symbol")).containsExactly("BTCUSDT", "$AIUSDT", "龙虾USDT");
    assertThat(pairs.get(0)).containsEntry("isBorrowable", true).containsEntry("isCrossBorrowable", true)
        .containsEntry("isIsolatedBaseBorrowable", true).containsEntry("isIsolatedQuoteBorrowable", true)
        .containsEntry("maxCrossedLeverage", "3").containsEntry("maxIsolatedLeverage", "10");
  }

  @ParameterizedTest
  @EnumSource(value = AccountMode.class, names = {"CLASSIC", "UNIFIED"})
  void v3InstrumentsListTheSpotAndMarginPairs(AccountMode mode) throws IOException {
    start(mode);

    List<Map<String, Object>> spot = data("/api/v3/market/instruments?category=SPOT");
    List<Map<String, Object>> margin = data("/api/v3/market/instruments?category=MARGIN&symbol=BTCUSDT");

    assertThat(column(spot, "symbol")).containsExactly("BTCUSDT", "$AIUSDT", "龙虾USDT");
    assertThat(spot.get(0)).containsEntry("category", "SPOT").containsEntry("minOrderQty", "0.000001")
        .doesNotContainKey("maxCrossedLeverage");
    assertThat(margin).hasSize(1);
    assertThat(margin.get(0)).containsEntry("category", "MARGIN").containsEntry("maxCrossedLeverage", "3")
        .containsEntry("isIsolatedBaseBorrowable", "YES");
  }

  @ParameterizedTest
  @EnumSource(value = AccountMode.class, names = {"CLASSIC", "UNIFIED"})
  void tradeHistoryIsNewestFirstAndPagesByIdLessThan(AccountMode mode) throws IOException {
    start(mode);
    String path = "/api/v2/mix/market/fills-history?symbol=BTCUSDT&productType=USDT-FUTURES";

    List<Map<String, Object>> all = data(path);
    List<Map<String, Object>> page = data(path + "&limit=3&idLessThan=" + all.get(1).get("tradeId"));

    assertThat(all).hasSize(100);
    assertThat(Long.parseLong((String) all.get(0).get("tradeId")))
        .isGreaterThan(Long.parseLong((String) all.get(1).get("tradeId")));
    assertThat(column(page, "tradeId")).containsExactly(all.get(2).get("tradeId"), all.get(3).get("tradeId"),
        all.get(4).get("tradeId"));
    assertThat(all.get(0).keySet()).containsExactly("tradeId", "price", "size", "side", "ts", "symbol");
  }
}
