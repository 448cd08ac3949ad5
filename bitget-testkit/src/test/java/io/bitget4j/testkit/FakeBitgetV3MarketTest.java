package io.bitget4j.testkit;

import static io.bitget4j.testkit.TestSupport.assertSameShapeAsFixture;
import static io.bitget4j.testkit.TestSupport.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bitget4j.core.AccountMode;
import io.bitget4j.core.Symbol;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The V3 market endpoints: public, so a classic and a unified fake both serve them, in the samples' shapes. */
@Timeout(30)
class FakeBitgetV3MarketTest {
  private static final Instant T0 = Instant.parse("2024-11-24T02:00:00Z");
  private static final String MARKET = "/api/v3/market/";
  private static final String BTC = "category=USDT-FUTURES&symbol=BTCUSDT";

  private static OkHttpClient client;

  @BeforeAll
  static void createClient() {
    client = TestSupport.newClient();
  }

  @AfterAll
  static void closeClient() {
    TestSupport.shutdown(client);
  }

  private static FakeBitget fake(AccountMode mode) {
    return FakeBitget.builder()
        .accountMode(mode)
        .clock(Clock.fixed(T0, ZoneOffset.UTC))
        .tickInterval(Duration.ZERO)
        .rateLimitsEnabled(false)
        .symbol(Symbol.BTCUSDT_UMCBL, new BigDecimal("27000"))
        .symbol(Symbol.ETHUSDT_UMCBL, new BigDecimal("1800"))
        .start();
  }

  private static TestSupport.Answer market(FakeBitget fake, String path, String query) throws IOException {
    TestSupport.Answer answer = get(client, fake.restUrl() + MARKET + path + "?" + query);
    assertThat(answer.status()).as("%s: %s", path, answer.body()).isEqualTo(200);
    assertThat(answer.code()).isEqualTo("00000");
    return answer;
  }

  @ParameterizedTest
  @EnumSource(names = {"CLASSIC", "UNIFIED"})
  void everyMarketEndpointAnswersInTheSampleShapeWithoutCredentials(AccountMode mode) throws IOException {
    try (FakeBitget fake = fake(mode)) {
      assertSameShapeAsFixture(market(fake, "instruments", "category=USDT-FUTURES"), "v3/rest-v3-instruments.json");
      assertSameShapeAsFixture(market(fake, "tickers", "category=USDT-FUTURES"), "v3/rest-v3-tickers.json");
      assertSameShapeAsFixture(market(fake, "orderbook", BTC), "v3/rest-v3-orderbook.json");
      assertSameShapeAsFixture(market(fake, "candles", BTC + "&interval=1m"), "v3/rest-v3-candles.json");
      assertSameShapeAsFixture(market(fake, "history-candles", BTC + "&interval=1H"), "v3/rest-v3-candles.json");
      assertSameShapeAsFixture(market(fake, "fills", BTC), "v3/documented/rest-v3-market-fills.json");
      assertSameShapeAsFixture(market(fake, "open-interest", "category=USDT-FUTURES"),
          "v3/documented/rest-v3-open-interest.json");
      assertSameShapeAsFixture(market(fake, "current-fund-rate", "symbol=BTCUSDT"),
          "v3/documented/rest-v3-current-fund-rate.json");
      assertSameShapeAsFixture(market(fake, "history-fund-rate", BTC),
          "v3/documented/rest-v3-history-fund-rate.json");
    }
  }

  @ParameterizedTest
  @EnumSource(names = {"CLASSIC", "UNIFIED"})
  void v2MarketDataAndServerTimeWorkInBothModes(AccountMode mode) throws IOException {
    try (FakeBitget fake = fake(mode)) {
      TestSupport.Answer v2 = get(client, fake.restUrl() + "/api/v2/mix/market/ticker?symbol=BTCUSDT&productType=USDT-FUTURES");
      TestSupport.Answer v2Time = get(client, fake.restUrl() + "/api/v2/public/time");
      TestSupport.Answer v3Time = get(client, fake.restUrl() + "/api/v3/public/time");

      assertThat(v2.code()).isEqualTo("00000");
      assertThat(v2Time.code()).isEqualTo("00000");
      assertThat(v3Time.code()).isEqualTo("00000");
      assertThat(v3Time.dataObject()).containsExactly(Map.entry("serverTime", Long.toString(T0.toEpochMilli())));
    }
  }

  @Test
  void shapeCheckRefusesAnotherEndpointsAnswer() throws IOException {
    try (FakeBitget fake = fake(AccountMode.UNIFIED)) {
      TestSupport.Answer tickers = market(fake, "tickers", "category=USDT-FUTURES");

      assertThatThrownBy(() -> assertSameShapeAsFixture(tickers, "v3/rest-v3-instruments.json"))
          .isInstanceOf(AssertionError.class).hasMessageContaining("field names");
      assertThatThrownBy(() -> assertSameShapeAsFixture(tickers, "v3/rest-v3-candles.json"))
          .isInstanceOf(AssertionError.class).hasMessageContaining("an array");
    }
  }

  @Test
  void tickerAndInstrumentCarryTheSimulatedMarket() throws IOException {
    try (FakeBitget fake = fake(AccountMode.UNIFIED)) {
      Map<String, Object> ticker = market(fake, "tickers", BTC).dataList().get(0);
      Map<String, Object> instrument = market(fake, "instruments", BTC).dataList().get(0);

      assertThat(ticker).containsEntry("category", "USDT-FUTURES").containsEntry("symbol", "BTCUSDT")
          .containsEntry("lastPrice", "27000").containsEntry("ask1Price", "27000.1")
          .containsEntry("bid1Price", "26999.9").containsEntry("markPrice", "27000")
          .containsEntry("ts", Long.toString(T0.toEpochMilli())).containsEntry("deliveryTime", "");
      assertThat(instrument).containsEntry("pricePrecision", "1").containsEntry("quantityPrecision", "3")
          .containsEntry("priceMultiplier", "0.1").containsEntry("minOrderQty", "0.001")
          .containsEntry("minOrderAmount", "5").containsEntry("maxProductOrderNum", "400")
          .containsEntry("status", "online").containsEntry("quotePrecision", "");
    }
  }

  @Test
  void orderBookLevelsAreJsonNumbersWithTheExactDecimalText() throws IOException {
    try (FakeBitget fake = fake(AccountMode.UNIFIED)) {
      TestSupport.Answer book = market(fake, "orderbook", BTC + "&limit=3");

      @SuppressWarnings("unchecked")
      List<List<Object>> asks = (List<List<Object>>) book.dataObject().get("a");
      assertThat(asks).hasSize(3);
      assertThat(asks.get(0).get(0)).isInstanceOf(Number.class);
      Matcher firstAsk = Pattern.compile("\"a\":\\[\\[([0-9.]+),([0-9.]+)]").matcher(book.body());
      assertThat(firstAsk.find()).as(book.body()).isTrue();
      assertThat(firstAsk.group(1)).isEqualTo("27000.1");
      assertThat(firstAsk.group(2)).matches("[0-9]+\\.[0-9]{3}");
      assertThat(book.body()).contains("\"b\":[[26999.9,");
    }
  }

  @Test
  void categoryIsAcceptedInEitherCase() throws IOException {
    try (FakeBitget fake = fake(AccountMode.UNIFIED)) {
      assertThat(market(fake, "tickers", "category=usdt-futures").dataList()).hasSize(2);
      assertThat(market(fake, "orderbook", "category=Usdt-Futures&symbol=BTCUSDT").dataObject()).containsKey("a");
    }
  }

  @Test
  void candlesFollowTheIntervalAndTheirLimits() throws IOException {
    try (FakeBitget fake = fake(AccountMode.UNIFIED)) {
      List<?> minutes = (List<?>) market(fake, "candles", BTC + "&interval=1m&limit=5").data();
      List<?> days = (List<?>) market(fake, "candles", BTC + "&interval=1D").data();
      TestSupport.Answer tooMany = get(client, fake.restUrl() + MARKET + "history-candles?" + BTC
          + "&interval=1m&limit=101");
      TestSupport.Answer unknown = get(client, fake.restUrl() + MARKET + "candles?" + BTC + "&interval=2m");

      assertThat(minutes).hasSize(5);
      assertThat((List<?>) minutes.get(4)).first().isEqualTo(Long.toString(T0.toEpochMilli()));
      assertThat(days).isNotEmpty();
      assertThat(tooMany.status()).isEqualTo(400);
      assertThat(tooMany.code()).isEqualTo("40017");
      assertThat(tooMany.json().get("msg")).isEqualTo("Parameter verification failed: limit must be 1..100");
      assertThat(unknown.code()).isEqualTo("40017");
    }
  }

  @Test
  void fundingHistoryPagesBackThroughNinetyDaysOfSettlements() throws IOException {
    try (FakeBitget fake = fake(AccountMode.UNIFIED)) {
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> first = (List<Map<String, Object>>) market(fake, "history-fund-rate",
          BTC + "&limit=2").dataObject().get("resultList");
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> second = (List<Map<String, Object>>) market(fake, "history-fund-rate",
          BTC + "&limit=2&cursor=2").dataObject().get("resultList");
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> all = (List<Map<String, Object>>) market(fake, "history-fund-rate", BTC)
          .dataObject().get("resultList");

      // 2024-11-24T02:00Z: the last settlement was at 00:00, the ones before every 8 hours.
      long midnight = Instant.parse("2024-11-24T00:00:00Z").toEpochMilli();
      assertThat(first).extracting(r -> r.get("fundingRateTimestamp"))
          .containsExactly(Long.toString(midnight), Long.toString(midnight - 8 * 3_600_000L));
      assertThat(second).extracting(r -> r.get("fundingRateTimestamp"))
          .containsExactly(Long.toString(midnight - 16 * 3_600_000L), Long.toString(midnight - 24 * 3_600_000L));
      assertThat(all).hasSize(200).allSatisfy(r -> assertThat(r).containsEntry("fundingRate", "0.0001"));
    }
  }

  @Test
  void unknownSymbolAnswersV3sTradingPairCode() throws IOException {
    try (FakeBitget fake = fake(AccountMode.UNIFIED)) {
      TestSupport.Answer answer = get(client, fake.restUrl() + MARKET + "tickers?category=USDT-FUTURES&symbol=XYZUSDT");
      TestSupport.Answer spot = get(client, fake.restUrl() + MARKET + "tickers?category=SPOT");

      assertThat(answer.status()).isEqualTo(400);
      assertThat(answer.code()).isEqualTo("25100");
      assertThat(answer.json().get("msg")).isEqualTo("Trading pair XYZUSDT does not exist");
      assertThat(spot.code()).isEqualTo("40017");
    }
  }
}
