package io.bitget4j.core.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bitget4j.core.BitgetDecodingException;
import io.bitget4j.core.ProductType;
import io.bitget4j.core.Symbol;
import io.bitget4j.core.model.Account;
import io.bitget4j.core.model.BatchOrderFailure;
import io.bitget4j.core.model.BatchOrderResult;
import io.bitget4j.core.model.BookLevel;
import io.bitget4j.core.model.Candle;
import io.bitget4j.core.model.Contract;
import io.bitget4j.core.model.Fill;
import io.bitget4j.core.model.FillPage;
import io.bitget4j.core.model.FillRole;
import io.bitget4j.core.model.FundingRate;
import io.bitget4j.core.model.HoldSide;
import io.bitget4j.core.model.MarginMode;
import io.bitget4j.core.model.OpenInterest;
import io.bitget4j.core.model.Order;
import io.bitget4j.core.model.OrderAck;
import io.bitget4j.core.model.OrderBook;
import io.bitget4j.core.model.OrderPage;
import io.bitget4j.core.model.OrderStatus;
import io.bitget4j.core.model.OrderType;
import io.bitget4j.core.model.Position;
import io.bitget4j.core.model.PositionMode;
import io.bitget4j.core.model.Side;
import io.bitget4j.core.model.SymbolPrice;
import io.bitget4j.core.model.Ticker;
import io.bitget4j.core.model.TimeInForce;
import io.bitget4j.core.model.Trade;
import io.bitget4j.core.model.TradeSide;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class RestRecordDecodingTest {
  private static final ProductType USDT = ProductType.UMCBL;
  private static final Symbol BTC = Symbol.BTCUSDT_UMCBL;

  private final BitgetJson json = BitgetJson.create();

  private <T> T data(String fixture, JsonDecoder<T> decoder) {
    return json.decodeEnvelope(Fixtures.read(fixture), decoder).data().orElseThrow();
  }

  private static BigDecimal dec(String text) {
    return new BigDecimal(text);
  }

  @Test
  void decodesTickerWithExactDecimals() {
    Ticker ticker = data("rest-ticker.json", json.ticker(USDT));

    assertThat(ticker.symbol()).isEqualTo(BTC);
    assertThat(ticker.lastPrice()).isEqualTo(dec("27000.5"));
    assertThat(ticker.bidPrice()).isEqualTo(dec("27000.4"));
    assertThat(ticker.askPrice()).isEqualTo(dec("27000.6"));
    assertThat(ticker.bidSize()).isEqualTo(dec("10.512"));
    assertThat(ticker.askSize()).isEqualTo(dec("3.204"));
    assertThat(ticker.high24h()).isEqualTo(dec("27500"));
    assertThat(ticker.low24h()).isEqualTo(dec("26500"));
    assertThat(ticker.open24h()).isEqualTo(dec("26670.1"));
    assertThat(ticker.change24h()).contains(dec("0.0123"));
    assertThat(ticker.markPrice()).contains(dec("27000.6"));
    assertThat(ticker.indexPrice()).contains(dec("27001.2"));
    assertThat(ticker.fundingRate()).contains(dec("0.0001"));
    assertThat(ticker.baseVolume()).isEqualTo(dec("100000.12"));
    assertThat(ticker.quoteVolume()).isEqualTo(dec("2700003240.5"));
    assertThat(ticker.holdingAmount()).contains(dec("12345.678"));
    assertThat(ticker.timestamp()).isEqualTo(Instant.ofEpochMilli(1732413600000L));
  }

  @Test
  void tickerListSkipsDeliveryContracts() {
    List<Ticker> tickers = data("documented/v2-rest-ticker.json", json.tickers(USDT));

    assertThat(tickers).isEmpty();
  }

  @Test
  void singleTickerOfDeliveryContractFailsNamingSymbolAndPath() {
    assertThatThrownBy(() -> data("documented/v2-rest-ticker.json", json.ticker(USDT)))
        .isInstanceOf(BitgetDecodingException.class)
        .hasMessage("Unsupported symbol \"ETHUSD_231229\" for USDT-FUTURES at path $.data[0].symbol:"
            + " bitget4j handles perpetual contracts only");
  }

  @Test
  void tickerListKeepsPerpetualsAroundSkippedItem() {
    String btc = "{\"symbol\":\"BTCUSDT\",\"lastPr\":\"2\",\"bidPr\":\"1\",\"askPr\":\"3\",\"bidSz\":\"1\","
        + "\"askSz\":\"1\",\"high24h\":\"4\",\"low24h\":\"1\",\"open24h\":\"2\",\"baseVolume\":\"9\","
        + "\"quoteVolume\":\"18\",\"ts\":\"1\"}";
    String body = "[{\"symbol\":\"ETHUSD_231229\",\"lastPr\":\"1\"}," + btc + "]";

    List<Ticker> tickers = json.decode(body, json.tickers(USDT));

    assertThat(tickers).extracting(Ticker::symbol).containsExactly(BTC);
    assertThat(tickers.get(0).lastPrice()).isEqualTo(dec("2"));
  }

  @Test
  void decodesContractRules() {
    List<Contract> contracts = data("rest-contracts.json", json.contracts(USDT));

    assertThat(contracts).hasSize(1);
    Contract btc = contracts.get(0);
    assertThat(btc.symbol()).isEqualTo(BTC);
    assertThat(btc.baseCoin()).isEqualTo("BTC");
    assertThat(btc.quoteCoin()).isEqualTo("USDT");
    assertThat(btc.minTradeNum()).isEqualTo(dec("0.001"));
    assertThat(btc.priceEndStep()).isEqualTo(dec("1"));
    assertThat(btc.pricePlace()).isEqualTo(1);
    assertThat(btc.volumePlace()).isEqualTo(3);
    assertThat(btc.sizeMultiplier()).isEqualTo(dec("0.001"));
    assertThat(btc.minTradeUsdt()).isEqualTo(dec("5"));
    assertThat(btc.minLeverage()).isEqualTo(1);
    assertThat(btc.maxLeverage()).isEqualTo(125);
    assertThat(btc.makerFeeRate()).isEqualTo(dec("0.0002"));
    assertThat(btc.takerFeeRate()).isEqualTo(dec("0.0006"));
    assertThat(btc.status()).isEqualTo("normal");
    assertThat(btc.supportMarginCoins()).containsExactly("USDT");
    assertThat(btc.priceTick()).isEqualByComparingTo("0.1");
    assertThat(btc.sizeStep()).isEqualTo(dec("0.001"));
  }

  @Test
  void decodesPositionWithLeverageAsString() {
    List<Position> positions = data("rest-all-position.json", json.positions(USDT));

    assertThat(positions).hasSize(1);
    Position p = positions.get(0);
    assertThat(p.symbol()).isEqualTo(BTC);
    assertThat(p.holdSide()).isEqualTo(HoldSide.LONG);
    assertThat(p.isLong()).isTrue();
    assertThat(p.isEmpty()).isFalse();
    assertThat(p.marginMode()).isEqualTo(MarginMode.ISOLATED);
    assertThat(p.positionMode()).isEqualTo(PositionMode.ONE_WAY);
    assertThat(p.size()).isEqualTo(dec("0.1"));
    assertThat(p.available()).isEqualTo(dec("0.1"));
    assertThat(p.entryPrice()).isEqualTo(dec("27000.05"));
    assertThat(p.leverage()).isEqualTo(10);
    assertThat(p.unrealizedPnl()).isEqualTo(dec("0.045"));
    assertThat(p.liquidationPrice()).contains(dec("24432.1"));
    assertThat(p.margin()).isEqualTo(dec("270.005"));
    assertThat(p.markPrice()).contains(dec("27000.5"));
    assertThat(p.marginRatio()).contains(dec("0.0123"));
    assertThat(p.keepMarginRate()).contains(dec("0.004"));
    assertThat(p.achievedProfits()).isEqualTo(dec("0"));
    assertThat(p.breakEvenPrice()).contains(dec("27016.25"));
    assertThat(p.createdAt()).isEqualTo(Instant.ofEpochMilli(1732410000000L));
    assertThat(p.updatedAt()).isEqualTo(Instant.ofEpochMilli(1732413600000L));
  }

  @Test
  void decodesDocumentedHedgeModePosition() {
    Position p = data("documented/v2-rest-all-position.json", json.positions(USDT)).get(0);

    assertThat(p.positionMode()).isEqualTo(PositionMode.HEDGE);
    assertThat(p.leverage()).isEqualTo(20);
    assertThat(p.liquidationPrice()).contains(dec("24144.1124161806977798"));
    assertThat(p.margin()).isEqualTo(dec("9.6695050093373343"));
    assertThat(p.marginRatio()).contains(dec("0.1082149545822005"));
    assertThat(p.entryPrice()).isEqualTo(dec("25000"));
  }

  @Test
  void decodesAccount() {
    Account a = data("rest-account.json", json.account());

    assertThat(a.marginCoin()).isEqualTo("USDT");
    assertThat(a.available()).isEqualTo(dec("9729.995"));
    assertThat(a.locked()).isEqualTo(dec("0"));
    assertThat(a.equity()).isEqualTo(dec("10000.045"));
    assertThat(a.usdtEquity()).contains(dec("10000.045"));
    assertThat(a.unrealizedPnl()).contains(dec("0.045"));
    assertThat(a.crossedRiskRate()).contains(dec("0"));
    assertThat(a.maxTransferOut()).contains(dec("9729.995"));
    assertThat(a.marginMode()).contains(MarginMode.ISOLATED);
    assertThat(a.positionMode()).contains(PositionMode.ONE_WAY);
  }

  @Test
  void documentedAccountWithEmptyUnrealizedPnlHasNone() {
    Account a = data("documented/v2-rest-account.json", json.account());

    assertThat(a.unrealizedPnl()).isEmpty();
    assertThat(a.equity()).isEqualTo(dec("13178.86110692"));
    assertThat(a.usdtEquity()).contains(dec("13178.861106922"));
    assertThat(a.marginMode()).contains(MarginMode.CROSSED);
    assertThat(a.positionMode()).contains(PositionMode.HEDGE);
  }

  @Test
  void decodesAccountsList() {
    List<Account> accounts = json.decode("[{\"marginCoin\":\"USDT\",\"locked\":\"1\",\"available\":\"2\","
        + "\"accountEquity\":\"3\"},{\"marginCoin\":\"BTC\",\"locked\":\"0\",\"available\":\"0.5\","
        + "\"accountEquity\":\"0.5\"}]", json.accounts());

    assertThat(accounts).extracting(Account::marginCoin).containsExactly("USDT", "BTC");
    assertThat(accounts.get(1).usdtEquity()).isEmpty();
  }

  @Test
  void decodesPlaceOrderAck() {
    OrderAck ack = data("rest-place-order.json", json.orderAck());

    assertThat(ack).isEqualTo(new OrderAck("1234567890123456789", Optional.of("omega-0001")));
  }

  @Test
  void emptyClientOidIsAbsent() {
    OrderAck ack = data("documented/v2-rest-cancel-order.json", json.orderAck());

    assertThat(ack).isEqualTo(new OrderAck("123", Optional.empty()));
  }

  @Test
  void decodesBatchSuccessesAndFailures() {
    BatchOrderResult result = data("documented/v2-rest-batch-order-failure.json", json.batchOrderResult());

    assertThat(result.successes()).containsExactly(new OrderAck("121211212122", Optional.of("1")));
    assertThat(result.failures()).containsExactly(new BatchOrderFailure(
        Optional.of("121211212122"), Optional.of("1"), Optional.empty(), "clientOrderId duplicate"));
    assertThat(result.allSucceeded()).isFalse();
  }

  @Test
  void batchFailureKeepsErrorCodeAndNullListsAreEmpty() {
    BatchOrderResult result = json.decode("{\"successList\":null,\"failureList\":[{\"orderId\":\"\","
        + "\"clientOid\":\"c-1\",\"errorCode\":\"40786\",\"errorMsg\":\"Duplicate clientOid\"}]}", json.batchOrderResult());

    assertThat(result.successes()).isEmpty();
    assertThat(result.failures()).containsExactly(new BatchOrderFailure(
        Optional.empty(), Optional.of("c-1"), Optional.of("40786"), "Duplicate clientOid"));
  }

  @Test
  void decodesServerTime() {
    assertThat(data("documented/v2-rest-server-time.json", json.serverTime()))
        .isEqualTo(Instant.ofEpochMilli(1700111073740L));
  }

  @Test
  void decodesSymbolPrice() {
    SymbolPrice price = data("documented/v2-rest-symbol-price.json", json.symbolPrice(USDT));

    assertThat(price).isEqualTo(new SymbolPrice(BTC, dec("26242"), dec("34867"), dec("25555"),
        Instant.ofEpochMilli(1695793390482L)));
  }

  @Test
  void decodesOrderDetailWithStateAndTotalProfits() {
    String detail = "{\"symbol\":\"BTCUSDT\",\"size\":\"0.01\",\"orderId\":\"1\",\"clientOid\":\"c1\","
        + "\"baseVolume\":\"0.004\",\"fee\":\"-0.05\",\"price\":\"27000\",\"priceAvg\":\"26999.5\","
        + "\"state\":\"partially_filled\",\"side\":\"sell\",\"force\":\"post_only\",\"totalProfits\":\"1.5\","
        + "\"posSide\":\"short\",\"marginCoin\":\"USDT\",\"presetStopSurplusPrice\":\"25000\","
        + "\"presetStopLossPrice\":\"\",\"quoteVolume\":\"108\",\"orderType\":\"limit\",\"leverage\":\"20\","
        + "\"marginMode\":\"crossed\",\"reduceOnly\":\"YES\",\"enterPointSource\":\"API\","
        + "\"tradeSide\":\"close\",\"posMode\":\"hedge_mode\",\"orderSource\":\"normal\","
        + "\"cTime\":\"1700000000000\",\"uTime\":\"1700000001000\"}";

    Order order = json.decode(detail, json.order(USDT));

    assertThat(order).isEqualTo(new Order(BTC, "1", Optional.of("c1"), Optional.of(dec("27000")), dec("0.01"),
        dec("0.004"), Optional.of(dec("26999.5")), Side.SELL, Optional.of(TradeSide.CLOSE), OrderType.LIMIT,
        TimeInForce.POST_ONLY, OrderStatus.PARTIALLY_FILLED, true, Optional.of(MarginMode.CROSSED),
        Optional.of(20), Optional.of(dec("-0.05")), Optional.of(dec("1.5")), Optional.of(dec("25000")),
        Optional.empty(), Instant.ofEpochMilli(1700000000000L), Instant.ofEpochMilli(1700000001000L),
        Optional.of(HoldSide.SHORT)));
    assertThat(order.remainingSize()).isEqualTo(dec("0.006"));
  }

  @Test
  void unfilledOrderDetailWithZeroAveragePriceHasNone() {
    String detail = "{\"symbol\":\"BTCUSDT\",\"size\":\"0.01\",\"orderId\":\"1\",\"baseVolume\":\"0\","
        + "\"price\":\"27000\",\"priceAvg\":\"0\",\"state\":\"live\",\"side\":\"buy\",\"force\":\"gtc\","
        + "\"orderType\":\"limit\",\"cTime\":\"1\",\"uTime\":\"2\"}";

    Order order = json.decode(detail, json.order(USDT));

    assertThat(order.averagePrice()).isEmpty();
    assertThat(order.price()).contains(dec("27000"));
  }

  @Test
  void decodesOrdersPageWithStatusAndEndId() {
    String page = "{\"entrustedList\":[{\"symbol\":\"BTCUSDT\",\"size\":\"1\",\"orderId\":\"9\",\"clientOid\":\"\","
        + "\"baseVolume\":\"0\",\"price\":\"\",\"priceAvg\":\"\",\"status\":\"live\",\"side\":\"buy\","
        + "\"force\":\"gtc\",\"orderType\":\"market\",\"reduceOnly\":\"NO\",\"cTime\":\"1\",\"uTime\":\"2\"}],"
        + "\"endId\":\"9\"}";

    OrderPage result = json.decode(page, json.orders(USDT));

    assertThat(result.endId()).contains("9");
    Order order = result.orders().get(0);
    assertThat(order.clientOid()).isEmpty();
    assertThat(order.price()).isEmpty();
    assertThat(order.averagePrice()).isEmpty();
    assertThat(order.status()).isEqualTo(OrderStatus.LIVE);
    assertThat(order.orderType()).isEqualTo(OrderType.MARKET);
    assertThat(order.reduceOnly()).isFalse();
    assertThat(order.leverage()).isEmpty();
    assertThat(order.tradeSide()).isEmpty();
  }

  @Test
  void nullEntrustedListIsEmptyPage() {
    OrderPage page = json.decode("{\"entrustedList\":null,\"endId\":null}", json.orders(USDT));

    assertThat(page.orders()).isEmpty();
    assertThat(page.endId()).isEmpty();
  }

  @Test
  void decodesFillsSummingFeeDetail() {
    String fills = "{\"fillList\":[{\"tradeId\":\"t1\",\"symbol\":\"BTCUSDT\",\"orderId\":\"o1\",\"price\":\"27000\","
        + "\"baseVolume\":\"0.01\",\"feeDetail\":[{\"deduction\":\"no\",\"feeCoin\":\"USDT\","
        + "\"totalDeductionFee\":\"0\",\"totalFee\":\"-0.1\"},{\"feeCoin\":\"USDT\",\"totalFee\":\"-0.062\"}],"
        + "\"side\":\"buy\",\"quoteVolume\":\"270\",\"profit\":\"0\",\"enterPointSource\":\"API\","
        + "\"tradeSide\":\"open\",\"posMode\":\"one_way_mode\",\"tradeScope\":\"taker\",\"cTime\":\"1732413600050\"}],"
        + "\"endId\":\"t1\"}";

    FillPage page = json.decode(fills, json.fills(USDT));

    assertThat(page.endId()).contains("t1");
    assertThat(page.fills()).containsExactly(new Fill(BTC, "t1", "o1", dec("27000"), dec("0.01"), Side.BUY,
        Optional.of(TradeSide.OPEN), dec("-0.162"), dec("0"), Optional.of(FillRole.TAKER),
        Instant.ofEpochMilli(1732413600050L)));
  }

  @Test
  void decodesCandleArraysWithAndWithoutUsdtVolume() {
    List<Candle> candles = json.decode("[[\"1732413600000\",\"27000\",\"27010.5\",\"26995.1\",\"27000.5\","
        + "\"12.5\",\"337506.25\",\"337506.25\"],[1732413660000,27000.5,27001,27000,27001,1.5,40500.75]]",
        json.candles());

    assertThat(candles).containsExactly(
        new Candle(Instant.ofEpochMilli(1732413600000L), dec("27000"), dec("27010.5"), dec("26995.1"),
            dec("27000.5"), dec("12.5"), dec("337506.25")),
        new Candle(Instant.ofEpochMilli(1732413660000L), dec("27000.5"), dec("27001"), dec("27000"),
            dec("27001"), dec("1.5"), dec("40500.75")));
  }

  @Test
  void shortCandleNamesEveryMissingField() {
    assertThatThrownBy(() -> json.decode("[[\"1\",\"2\",\"3\",\"4\",\"5\"]]", json.candles()))
        .isInstanceOf(BitgetDecodingException.class)
        .hasMessage("Invalid candle data. Missing fields: baseVolume, quoteVolume");
  }

  @Test
  void decodesMarketTrades() {
    List<Trade> trades = json.decode("[{\"tradeId\":\"1\",\"price\":\"27000.5\",\"size\":\"0.02\",\"side\":\"Sell\","
        + "\"ts\":\"1732413600010\",\"symbol\":\"BTCUSDT\"}]", json.trades(BTC));

    assertThat(trades).containsExactly(
        new Trade(BTC, "1", dec("27000.5"), dec("0.02"), Side.SELL, Instant.ofEpochMilli(1732413600010L)));
  }

  @Test
  void decodesMergeDepthWithStringsOrNumbers() {
    OrderBook book = json.decode("{\"asks\":[[\"27000.6\",\"1.5\"],[27000.7,2]],\"bids\":[[27000.4,\"3\"]],"
        + "\"ts\":\"1732413600000\",\"scale\":\"0.1\",\"precision\":\"scale0\",\"isMaxPrecision\":\"NO\"}",
        json.orderBook(BTC));

    assertThat(book.symbol()).isEqualTo(BTC);
    assertThat(book.asks()).containsExactly(new BookLevel(dec("27000.6"), dec("1.5")),
        new BookLevel(dec("27000.7"), dec("2")));
    assertThat(book.bestBid()).contains(new BookLevel(dec("27000.4"), dec("3")));
    assertThat(book.bestAsk()).contains(new BookLevel(dec("27000.6"), dec("1.5")));
    assertThat(book.timestamp()).isEqualTo(Instant.ofEpochMilli(1732413600000L));
  }

  @Test
  void decodesFundingRateWithNextUpdate() {
    FundingRate rate = json.decode("[{\"symbol\":\"BTCUSDT\",\"fundingRate\":\"0.000068\",\"fundingRateInterval\":\"8\","
        + "\"nextUpdate\":\"1743062400000\",\"minFundingRate\":\"-0.003\",\"maxFundingRate\":\"0.003\"}]",
        json.fundingRate(USDT));

    assertThat(rate).isEqualTo(new FundingRate(BTC, dec("0.000068"), Optional.of(Instant.ofEpochMilli(1743062400000L))));
  }

  @Test
  void decodesOpenInterest() {
    OpenInterest oi = json.decode("{\"openInterestList\":[{\"symbol\":\"BTCUSDT\",\"size\":\"34278.06\"}],"
        + "\"ts\":\"1695796781616\"}", json.openInterest(USDT));

    assertThat(oi).isEqualTo(new OpenInterest(BTC, dec("34278.06"), Instant.ofEpochMilli(1695796781616L)));
  }

  @Test
  void decodesSymbolsOfOtherProductTypes() {
    Ticker demo = json.decode("{\"symbol\":\"SBTCSUSDT\",\"lastPr\":\"1\",\"bidPr\":\"1\",\"askPr\":\"1\",\"bidSz\":\"1\","
        + "\"askSz\":\"1\",\"high24h\":\"1\",\"low24h\":\"1\",\"open24h\":\"1\",\"baseVolume\":\"1\","
        + "\"quoteVolume\":\"1\",\"ts\":1}", json.ticker(ProductType.SUMCBL));

    assertThat(demo.symbol()).isEqualTo(Symbol.parse("SBTCSUSDT_SUMCBL"));
    assertThat(demo.markPrice()).isEmpty();
  }

  @Test
  void returnsSameDecoderInstanceForSameArguments() {
    assertThat(json.tickers(USDT)).isSameAs(json.tickers(USDT)).isSameAs(json.tickerPush(USDT));
    assertThat(json.trades(BTC)).isSameAs(json.tradePush(Symbol.parse("BTCUSDT_UMCBL")));
    assertThat(json.candles()).isSameAs(json.candlePush());
    assertThat(json.tickers(USDT)).isNotSameAs(json.tickers(ProductType.SUMCBL));
  }
}
