package io.bitget4j.rest;

import static io.bitget4j.rest.testing.TestClients.assertPublic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bitget4j.core.AccountMode;
import io.bitget4j.core.InvalidRequestException;
import io.bitget4j.core.ProductType;
import io.bitget4j.core.Symbol;
import io.bitget4j.core.model.BookLevel;
import io.bitget4j.core.model.Candle;
import io.bitget4j.core.model.CandleInterval;
import io.bitget4j.core.model.Contract;
import io.bitget4j.core.model.FundingRate;
import io.bitget4j.core.model.OpenInterest;
import io.bitget4j.core.model.OrderBook;
import io.bitget4j.core.model.Side;
import io.bitget4j.core.model.SymbolPrice;
import io.bitget4j.core.model.Ticker;
import io.bitget4j.core.model.Trade;
import io.bitget4j.rest.testing.FakeExchange;
import io.bitget4j.rest.testing.Fixtures;
import io.bitget4j.rest.testing.RecordingSleeper;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A unified client reads market data from V3 ({@code /api/v3/market/...}, {@code category}) into
 * the same records as V2; it needs no credentials.
 */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class UnifiedMarketApiTest {
  private static final Symbol BTC = Symbol.BTCUSDT_UMCBL;

  private final FakeExchange exchange = new FakeExchange();
  private final BitgetRestClient client = BitgetRestClient.builder().baseUrl(exchange.url())
      .accountMode(AccountMode.UNIFIED).sleeper(new RecordingSleeper()).build();

  @AfterEach
  void tearDown() {
    client.close();
    exchange.close();
  }

  private RecordedRequest only(String path) {
    assertThat(exchange.requests(path)).hasSize(1);
    return exchange.requests(path).get(0);
  }

  private static BigDecimal dec(String text) {
    return new BigDecimal(text);
  }

  @Test
  void readsContractsFromInstruments() {
    exchange.enqueue("/api/v3/market/instruments", Fixtures.read("v3/rest-v3-instruments.json"));
    exchange.enqueue("/api/v3/market/instruments", Fixtures.read("v3/rest-v3-instruments.json"));

    List<Contract> all = client.market().contracts(ProductType.UMCBL);
    Contract one = client.market().contract(BTC);

    assertPublic(exchange.requests("/api/v3/market/instruments").get(0), "GET", "/api/v3/market/instruments",
        "category=USDT-FUTURES");
    assertPublic(exchange.requests("/api/v3/market/instruments").get(1), "GET", "/api/v3/market/instruments",
        "category=USDT-FUTURES&symbol=BTCUSDT");
    assertThat(all).containsExactly(one);
    assertThat(one.priceTick()).isEqualByComparingTo("0.1");
    assertThat(one.minTradeNum()).isEqualTo(dec("0.0001"));
  }

  @Test
  void readsOneTickerAndAllTickers() {
    exchange.enqueue("/api/v3/market/tickers", Fixtures.read("v3/rest-v3-tickers.json"));
    exchange.enqueue("/api/v3/market/tickers", Fixtures.read("v3/rest-v3-tickers.json"));

    Ticker btc = client.market().ticker(BTC);
    List<Ticker> all = client.market().tickers(ProductType.UMCBL);

    List<RecordedRequest> requests = exchange.requests("/api/v3/market/tickers");
    assertPublic(requests.get(0), "GET", "/api/v3/market/tickers", "category=USDT-FUTURES&symbol=BTCUSDT");
    assertPublic(requests.get(1), "GET", "/api/v3/market/tickers", "category=USDT-FUTURES");
    assertThat(btc.lastPrice()).isEqualTo(dec("90216.3"));
    assertThat(btc.holdingAmount()).contains(dec("27606.0718"));
    assertThat(all).containsExactly(btc);
  }

  @Test
  void readsTheOrderBookWhoseLevelsAreJsonNumbersExactly() {
    exchange.enqueue("/api/v3/market/orderbook", Fixtures.read("v3/rest-v3-orderbook-live-ccxt.json"));
    exchange.enqueue("/api/v3/market/orderbook", Fixtures.read("v3/rest-v3-orderbook.json"));

    OrderBook full = client.market().orderBook(BTC);
    OrderBook five = client.market().orderBook(BTC, 5);

    List<RecordedRequest> requests = exchange.requests("/api/v3/market/orderbook");
    assertPublic(requests.get(0), "GET", "/api/v3/market/orderbook", "category=USDT-FUTURES&limit=100&symbol=BTCUSDT");
    assertPublic(requests.get(1), "GET", "/api/v3/market/orderbook", "category=USDT-FUTURES&limit=5&symbol=BTCUSDT");
    assertThat(full.bestAsk()).contains(new BookLevel(dec("104992.60"), dec("0.018411")));
    assertThat(full.bestAsk().orElseThrow().price().scale()).isEqualTo(2);
    assertThat(five.bids().get(1)).isEqualTo(new BookLevel(dec("71213.3"), dec("10.000")));
  }

  @Test
  void readsRecentTradesFromMarketFills() {
    exchange.enqueue("/api/v3/market/fills", "{\"code\":\"00000\",\"msg\":\"success\",\"requestTime\":1,\"data\":["
        + "{\"execId\":\"1\",\"execLinkId\":\"12345877111\",\"price\":\"29990.5\",\"size\":\"0.0166\",\"side\":\"sell\","
        + "\"ts\":\"1627116776464\",\"isRPI\":\"no\"}]}");

    List<Trade> trades = client.market().recentTrades(BTC, 50);

    assertPublic(only("/api/v3/market/fills"), "GET", "/api/v3/market/fills",
        "category=USDT-FUTURES&limit=50&symbol=BTCUSDT");
    assertThat(trades).containsExactly(new Trade(BTC, "1", dec("29990.5"), dec("0.0166"), Side.SELL,
        Instant.ofEpochMilli(1627116776464L)));
  }

  @Test
  void readsCandlesByInterval() {
    exchange.enqueue("/api/v3/market/candles", Fixtures.read("v3/rest-v3-candles.json"));

    List<Candle> candles = client.market().candles(CandleRequest.builder(BTC, CandleInterval.HOUR_4)
        .startTime(Instant.ofEpochMilli(1687708800000L)).limit(2).build());

    assertPublic(only("/api/v3/market/candles"), "GET", "/api/v3/market/candles",
        "category=USDT-FUTURES&interval=4H&limit=2&startTime=1687708800000&symbol=BTCUSDT");
    assertThat(candles).hasSize(2);
    assertThat(candles.get(1).low()).isEqualTo(dec("24000"));
  }

  @Test
  void refusesCandlesV3DoesNotOfferBeforeAnyRequest() {
    assertThatThrownBy(() -> client.market().candles(CandleRequest.of(BTC, CandleInterval.WEEK_1)))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage("interval: WEEK_1 is not offered to unified accounts (Bitget V3 has 1m, 3m, 5m, 15m, 30m, 1H,"
            + " 4H, 6H, 12H and 1D candles)");
    assertThatThrownBy(() -> client.market().candles(CandleRequest.builder(BTC, CandleInterval.MINUTE_1)
        .limit(500).build()))
        .hasMessage("limit: a unified account (Bitget V3) returns at most 100 candles per request but 500 were"
            + " asked for; page by startTime");
    assertThat(exchange.requests()).isEmpty();
  }

  @Test
  void readsFundingOpenInterestAndPricesFromV3() {
    exchange.enqueue("/api/v3/market/current-fund-rate", "{\"code\":\"00000\",\"msg\":\"success\",\"requestTime\":1,"
        + "\"data\":[{\"symbol\":\"BTCUSDT\",\"fundingRate\":\"0.000071\",\"fundingRateInterval\":\"8\","
        + "\"nextUpdate\":\"1743062400000\",\"minFundingRate\":\"-0.003\",\"maxFundingRate\":\"0.003\"}]}");
    exchange.enqueue("/api/v3/market/open-interest", "{\"code\":\"00000\",\"msg\":\"success\",\"requestTime\":1,"
        + "\"data\":{\"list\":[{\"symbol\":\"BTCUSDT\",\"openInterest\":\"2243.019\"}],\"ts\":\"1730969652411\"}}");
    exchange.enqueue("/api/v3/market/tickers", Fixtures.read("v3/rest-v3-tickers.json"));

    FundingRate funding = client.market().fundingRate(BTC);
    OpenInterest interest = client.market().openInterest(BTC);
    SymbolPrice price = client.market().symbolPrice(BTC);

    assertPublic(only("/api/v3/market/current-fund-rate"), "GET", "/api/v3/market/current-fund-rate",
        "symbol=BTCUSDT");
    assertPublic(only("/api/v3/market/open-interest"), "GET", "/api/v3/market/open-interest",
        "category=USDT-FUTURES&symbol=BTCUSDT");
    assertPublic(only("/api/v3/market/tickers"), "GET", "/api/v3/market/tickers",
        "category=USDT-FUTURES&symbol=BTCUSDT");
    assertThat(funding).isEqualTo(new FundingRate(BTC, dec("0.000071"),
        Optional.of(Instant.ofEpochMilli(1743062400000L))));
    assertThat(interest).isEqualTo(new OpenInterest(BTC, dec("2243.019"), Instant.ofEpochMilli(1730969652411L)));
    assertThat(price.markPrice()).isEqualTo(dec("90216.4"));
    assertThat(price.indexPrice()).isEqualTo(dec("90247.5410266912815894"));
  }

  @Test
  void classicDemoProductTypesAreRefusedWithTheFix() {
    assertThatThrownBy(() -> client.market().ticker(Symbol.parse("SBTCSUSDT_SUMCBL")))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage("symbol: SUMCBL is a classic demo product type; a unified account (Bitget V3) has no demo"
            + " categories: trade the live product type (such as BTCUSDT_UMCBL) with"
            + " BitgetRestClient.builder().demoTrading(true)");
    assertThat(exchange.requests()).isEmpty();
  }

  @Test
  void demoTradingSendsThePaptradingHeaderOnV3Too() {
    exchange.enqueue("/api/v3/market/tickers", Fixtures.read("v3/rest-v3-tickers.json"));
    try (BitgetRestClient demo = BitgetRestClient.builder().baseUrl(exchange.url())
        .accountMode(AccountMode.UNIFIED).demoTrading(true).build()) {
      demo.market().ticker(BTC);
    }

    assertThat(only("/api/v3/market/tickers").getHeaders().get("paptrading")).isEqualTo("1");
  }
}
