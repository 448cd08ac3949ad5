package io.bitget4j.rest;

import static io.bitget4j.rest.testing.TestClients.assertPublic;
import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 20, unit = TimeUnit.SECONDS)
class MarketApiTest {
  private static final Symbol BTC = Symbol.BTCUSDT_UMCBL;

  private final FakeExchange exchange = new FakeExchange();
  private final BitgetRestClient client = BitgetRestClient.builder()
      .baseUrl(exchange.url()).sleeper(new RecordingSleeper()).build();

  @AfterEach
  void tearDown() {
    client.close();
    exchange.close();
  }

  private mockwebserver3.RecordedRequest only(String path) {
    assertThat(exchange.requests(path)).hasSize(1);
    return exchange.requests(path).get(0);
  }

  @Test
  void readsServerTime() {
    exchange.enqueue("/api/v2/public/time", Fixtures.read("rest-public-time.json"));

    assertThat(client.market().serverTime()).isEqualTo(Instant.ofEpochMilli(1732413600123L));
    assertPublic(only("/api/v2/public/time"), "GET", "/api/v2/public/time", null);
  }

  @Test
  void readsAllContractsOfAProductType() {
    exchange.enqueue("/api/v2/mix/market/contracts", Fixtures.read("rest-contracts.json"));

    List<Contract> contracts = client.market().contracts(ProductType.UMCBL);

    assertPublic(only("/api/v2/mix/market/contracts"), "GET", "/api/v2/mix/market/contracts",
        "productType=USDT-FUTURES");
    assertThat(contracts).singleElement().satisfies(c -> {
      assertThat(c.symbol()).isEqualTo(BTC);
      assertThat(c.minTradeNum()).isEqualByComparingTo("0.001");
      assertThat(c.priceTick()).isEqualByComparingTo("0.1");
      assertThat(c.maxLeverage()).isEqualTo(125);
    });
  }

  @Test
  void readsOneContract() {
    exchange.enqueue("/api/v2/mix/market/contracts", Fixtures.read("rest-contracts.json"));

    Contract contract = client.market().contract(BTC);

    assertPublic(only("/api/v2/mix/market/contracts"), "GET", "/api/v2/mix/market/contracts",
        "productType=USDT-FUTURES&symbol=BTCUSDT");
    assertThat(contract.sizeStep()).isEqualByComparingTo("0.001");
  }

  @Test
  void readsTicker() {
    exchange.enqueue("/api/v2/mix/market/ticker", Fixtures.read("rest-ticker.json"));

    Ticker ticker = client.market().ticker(BTC);

    assertPublic(only("/api/v2/mix/market/ticker"), "GET", "/api/v2/mix/market/ticker",
        "productType=USDT-FUTURES&symbol=BTCUSDT");
    assertThat(ticker.symbol()).isEqualTo(BTC);
    assertThat(ticker.lastPrice()).isEqualTo(new BigDecimal("27000.5"));
    assertThat(ticker.bidPrice()).isEqualTo(new BigDecimal("27000.4"));
    assertThat(ticker.askSize()).isEqualTo(new BigDecimal("3.204"));
    assertThat(ticker.markPrice()).contains(new BigDecimal("27000.6"));
    assertThat(ticker.timestamp()).isEqualTo(Instant.ofEpochMilli(1732413600000L));
  }

  @Test
  void readsTickersAndSkipsDeliveryContracts() {
    exchange.enqueue("/api/v2/mix/market/tickers", Fixtures.read("market/tickers-with-delivery.json"));

    List<Ticker> tickers = client.market().tickers(ProductType.UMCBL);

    assertPublic(only("/api/v2/mix/market/tickers"), "GET", "/api/v2/mix/market/tickers",
        "productType=USDT-FUTURES");
    assertThat(tickers).extracting(Ticker::symbol).containsExactly(BTC, Symbol.ETHUSDT_UMCBL);
  }

  @Test
  void readsOrderBookAtDefaultAndChosenDepth() {
    exchange.enqueue("/api/v2/mix/market/merge-depth", Fixtures.read("market/merge-depth.json"));
    exchange.enqueue("/api/v2/mix/market/merge-depth", Fixtures.read("market/merge-depth.json"));

    OrderBook book = client.market().orderBook(BTC);
    client.market().orderBook(BTC, 5);

    List<mockwebserver3.RecordedRequest> sent = exchange.requests("/api/v2/mix/market/merge-depth");
    assertPublic(sent.get(0), "GET", "/api/v2/mix/market/merge-depth", "productType=USDT-FUTURES&symbol=BTCUSDT");
    assertPublic(sent.get(1), "GET", "/api/v2/mix/market/merge-depth",
        "limit=5&productType=USDT-FUTURES&symbol=BTCUSDT");
    assertThat(book.bestBid()).contains(new BookLevel(new BigDecimal("27000.4"), new BigDecimal("10.512")));
    assertThat(book.bestAsk()).contains(new BookLevel(new BigDecimal("27000.6"), new BigDecimal("3.204")));
    assertThat(book.bids()).hasSize(2);
  }

  @Test
  void readsRecentTrades() {
    exchange.enqueue("/api/v2/mix/market/fills", Fixtures.read("market/recent-trades.json"));

    List<Trade> trades = client.market().recentTrades(BTC, 2);

    assertPublic(only("/api/v2/mix/market/fills"), "GET", "/api/v2/mix/market/fills",
        "limit=2&productType=USDT-FUTURES&symbol=BTCUSDT");
    assertThat(trades).extracting(Trade::side).containsExactly(Side.BUY, Side.SELL);
    assertThat(trades.get(0).price()).isEqualTo(new BigDecimal("27000.5"));
  }

  @Test
  void readsCandlesWithGranularityWindowAndLimit() {
    exchange.enqueue("/api/v2/mix/market/candles", Fixtures.read("market/candles.json"));

    List<Candle> candles = client.market().candles(CandleRequest.builder(BTC, CandleInterval.MINUTE_1)
        .startTime(Instant.ofEpochMilli(1732413540000L)).endTime(Instant.ofEpochMilli(1732413600000L))
        .limit(2).build());

    assertPublic(only("/api/v2/mix/market/candles"), "GET", "/api/v2/mix/market/candles",
        "endTime=1732413600000&granularity=1m&limit=2&productType=USDT-FUTURES&startTime=1732413540000"
            + "&symbol=BTCUSDT");
    assertThat(candles).hasSize(2);
    assertThat(candles.get(1).close()).isEqualTo(new BigDecimal("27000.5"));
    assertThat(candles.get(1).openTime()).isEqualTo(Instant.ofEpochMilli(1732413600000L));
  }

  @Test
  void readsFundingRate() {
    exchange.enqueue("/api/v2/mix/market/current-fund-rate", Fixtures.read("market/current-fund-rate.json"));

    FundingRate rate = client.market().fundingRate(BTC);

    assertPublic(only("/api/v2/mix/market/current-fund-rate"), "GET", "/api/v2/mix/market/current-fund-rate",
        "productType=USDT-FUTURES&symbol=BTCUSDT");
    assertThat(rate.fundingRate()).isEqualTo(new BigDecimal("0.0001"));
    assertThat(rate.nextFundingTime()).contains(Instant.ofEpochMilli(1732435200000L));
  }

  @Test
  void readsOpenInterest() {
    exchange.enqueue("/api/v2/mix/market/open-interest", Fixtures.read("market/open-interest.json"));

    OpenInterest interest = client.market().openInterest(BTC);

    assertPublic(only("/api/v2/mix/market/open-interest"), "GET", "/api/v2/mix/market/open-interest",
        "productType=USDT-FUTURES&symbol=BTCUSDT");
    assertThat(interest.size()).isEqualTo(new BigDecimal("12345.678"));
  }

  @Test
  void readsMarkAndIndexPrice() {
    exchange.enqueue("/api/v2/mix/market/symbol-price", Fixtures.read("documented/v2-rest-symbol-price.json"));

    SymbolPrice price = client.market().symbolPrice(BTC);

    assertPublic(only("/api/v2/mix/market/symbol-price"), "GET", "/api/v2/mix/market/symbol-price",
        "productType=USDT-FUTURES&symbol=BTCUSDT");
    assertThat(price.markPrice()).isEqualTo(new BigDecimal("25555"));
    assertThat(price.indexPrice()).isEqualTo(new BigDecimal("34867"));
  }

  @Test
  void asyncTwinsCompleteWithTheSameValues() throws Exception {
    exchange.enqueue("/api/v2/mix/market/ticker", Fixtures.read("rest-ticker.json"));
    exchange.enqueue("/api/v2/mix/market/candles", Fixtures.read("market/candles.json"));

    Ticker ticker = client.market().tickerAsync(BTC).get(5, TimeUnit.SECONDS);
    List<Candle> candles = client.market().candlesAsync(CandleRequest.of(BTC, CandleInterval.HOUR_1))
        .get(5, TimeUnit.SECONDS);

    assertThat(ticker.lastPrice()).isEqualTo(new BigDecimal("27000.5"));
    assertThat(candles).hasSize(2);
    assertPublic(only("/api/v2/mix/market/candles"), "GET", "/api/v2/mix/market/candles",
        "granularity=1H&productType=USDT-FUTURES&symbol=BTCUSDT");
  }
}
