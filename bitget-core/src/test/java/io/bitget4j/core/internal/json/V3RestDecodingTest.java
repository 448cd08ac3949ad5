package io.bitget4j.core.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.JsonReader;
import io.bitget4j.core.AccountModeMismatchException;
import io.bitget4j.core.AccountMode;
import io.bitget4j.core.BitgetApiException;
import io.bitget4j.core.BitgetDecodingException;
import io.bitget4j.core.DuplicateClientOidException;
import io.bitget4j.core.OrderNotFoundException;
import io.bitget4j.core.OrderRejectedException;
import io.bitget4j.core.ProductType;
import io.bitget4j.core.RateLimitException;
import io.bitget4j.core.ServiceUnavailableException;
import io.bitget4j.core.Symbol;
import io.bitget4j.core.model.Account;
import io.bitget4j.core.model.AccountSettings;
import io.bitget4j.core.model.BatchOrderFailure;
import io.bitget4j.core.model.BatchOrderResult;
import io.bitget4j.core.model.BookLevel;
import io.bitget4j.core.model.Candle;
import io.bitget4j.core.model.ClosedPosition;
import io.bitget4j.core.model.ClosedPositionPage;
import io.bitget4j.core.model.CoinBalance;
import io.bitget4j.core.model.ConditionalOrderPage;
import io.bitget4j.core.model.Contract;
import io.bitget4j.core.model.Fill;
import io.bitget4j.core.model.FillPage;
import io.bitget4j.core.model.HoldSide;
import io.bitget4j.core.model.MarginMode;
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
import io.bitget4j.core.model.TradeSide;
import io.bitget4j.core.model.Wallet;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every REST response sample of Bitget's V3 (unified account) API under {@code fixtures/v3}, decoded
 * by the same readers as V2, with the quirks the samples show: book levels as JSON numbers, both
 * {@code ""} and {@code null} for absent values, {@code data} as object, array, {@code {list, cursor}},
 * {@code "success"} or null, per-item codes inside a successful envelope, and mixed-case flags.
 */
@Timeout(10)
class V3RestDecodingTest {
  private static final ProductType USDT = ProductType.UMCBL;
  private static final Symbol BTC = Symbol.BTCUSDT_UMCBL;

  private final BitgetJson json = BitgetJson.create();

  private <T> T data(String fixture, JsonDecoder<T> decoder) {
    return json.decodeEnvelope(Fixtures.read("v3/" + fixture), decoder).data().orElseThrow();
  }

  private static BigDecimal dec(String text) {
    return new BigDecimal(text);
  }

  @Test
  void instrumentsBecomeContractsWithTheTickFromPriceMultiplier() {
    List<Contract> contracts = data("rest-v3-instruments.json", json.contracts(USDT));

    assertThat(contracts).hasSize(1);
    Contract btc = contracts.get(0);
    assertThat(btc.symbol()).isEqualTo(BTC);
    assertThat(btc.baseCoin()).isEqualTo("BTC");
    assertThat(btc.quoteCoin()).isEqualTo("USDT");
    assertThat(btc.minTradeNum()).isEqualTo(dec("0.0001"));
    assertThat(btc.pricePlace()).isEqualTo(1);
    assertThat(btc.volumePlace()).isEqualTo(4);
    assertThat(btc.priceTick()).isEqualByComparingTo("0.1");
    assertThat(btc.sizeMultiplier()).isEqualTo(dec("0.0001"));
    assertThat(btc.sizeStep()).isEqualTo(dec("0.0001"));
    assertThat(btc.minTradeUsdt()).isEqualTo(dec("5"));
    assertThat(btc.minLeverage()).isEqualTo(1);
    assertThat(btc.maxLeverage()).isEqualTo(150);
    assertThat(btc.makerFeeRate()).isEqualTo(dec("0.0002"));
    assertThat(btc.takerFeeRate()).isEqualTo(dec("0.0006"));
    assertThat(btc.status()).isEqualTo("online");
    assertThat(btc.isTradable()).isTrue();
    assertThat(btc.supportMarginCoins()).isEmpty();
    assertThat(btc.isValidPrice(dec("90216.3"))).isTrue();
    assertThat(btc.isValidPrice(dec("90216.35"))).isFalse();
  }

  @Test
  void instrumentWithNullAndEmptyOptionalValuesDecodes() {
    // ccxt's USDC-FUTURES row carries "quotePrecision": null and "maxOrderQty": ""
    String row = "[{\"symbol\":\"BTCPERP\",\"category\":\"USDC-FUTURES\",\"baseCoin\":\"BTC\",\"quoteCoin\":\"USDC\","
        + "\"makerFeeRate\":\"0.0002\",\"takerFeeRate\":\"0.0006\",\"minOrderQty\":\"0.0001\",\"maxOrderQty\":\"\","
        + "\"pricePrecision\":\"1\",\"quantityPrecision\":\"4\",\"quotePrecision\":null,\"priceMultiplier\":\"0.5\","
        + "\"quantityMultiplier\":\"0.0001\",\"minOrderAmount\":\"5\",\"minLeverage\":\"1\",\"maxLeverage\":\"100\","
        + "\"status\":\"online\"}]";

    Contract perp = json.decode(row, json.contracts(ProductType.CMCBL)).get(0);

    assertThat(perp.symbol()).isEqualTo(Symbol.parse("BTCPERP_CMCBL"));
    assertThat(perp.priceTick()).isEqualByComparingTo("0.5");
  }

  @Test
  void tickersMapV3NamesToTheSameRecord() {
    List<Ticker> tickers = data("rest-v3-tickers.json", json.tickers(USDT));

    assertThat(tickers).hasSize(1);
    Ticker t = tickers.get(0);
    assertThat(t.symbol()).isEqualTo(BTC);
    assertThat(t.lastPrice()).isEqualTo(dec("90216.3"));
    assertThat(t.bidPrice()).isEqualTo(dec("90216.3"));
    assertThat(t.askPrice()).isEqualTo(dec("90216.4"));
    assertThat(t.bidSize()).isEqualTo(dec("11.0845"));
    assertThat(t.askSize()).isEqualTo(dec("4.2309"));
    assertThat(t.high24h()).isEqualTo(dec("94477.8"));
    assertThat(t.low24h()).isEqualTo(dec("89350.1"));
    assertThat(t.open24h()).isEqualTo(dec("92629"));
    assertThat(t.change24h()).contains(dec("-0.02605"));
    assertThat(t.markPrice()).contains(dec("90216.4"));
    assertThat(t.indexPrice()).contains(dec("90247.5410266912815894"));
    assertThat(t.fundingRate()).contains(dec("0.000047"));
    assertThat(t.baseVolume()).isEqualTo(dec("50772.839"));
    assertThat(t.quoteVolume()).isEqualTo(dec("4667820987.88478"));
    assertThat(t.holdingAmount()).contains(dec("27606.0718"));
    assertThat(t.timestamp()).isEqualTo(Instant.ofEpochMilli(1765444282230L));
    assertThat(data("rest-v3-tickers.json", json.ticker(USDT))).isEqualTo(t);
  }

  @Test
  void aV3TickerCarriesTheSymbolPrices() {
    SymbolPrice price = data("rest-v3-tickers.json", json.symbolPrice(USDT));

    assertThat(price).isEqualTo(new SymbolPrice(BTC, dec("90216.3"), dec("90247.5410266912815894"), dec("90216.4"),
        Instant.ofEpochMilli(1765444282230L)));
  }

  @Test
  void orderBookLevelsThatAreJsonNumbersKeepTheirExactText() {
    OrderBook book = data("rest-v3-orderbook.json", json.orderBook(BTC));

    assertThat(book.asks()).hasSize(4);
    assertThat(book.asks().get(0)).isEqualTo(new BookLevel(dec("73000.0"), dec("0.007")));
    assertThat(book.asks().get(0).price().scale()).isEqualTo(1);
    assertThat(book.bids()).containsExactly(new BookLevel(dec("71213.8"), dec("1.836")),
        new BookLevel(dec("71213.3"), dec("10.000")), new BookLevel(dec("71212.8"), dec("10.000")));
    assertThat(book.bids().get(1).size().scale()).isEqualTo(3);
    assertThat(book.timestamp()).isEqualTo(Instant.ofEpochMilli(1730969017964L));

    OrderBook live = data("rest-v3-orderbook-live-ccxt.json", json.orderBook(BTC));
    assertThat(live.bestAsk()).contains(new BookLevel(dec("104992.60"), dec("0.018411")));
    assertThat(live.bestAsk().orElseThrow().price().toPlainString()).isEqualTo("104992.60");
    assertThat(live.bestBid()).contains(new BookLevel(dec("104927.40"), dec("0.229914")));
  }

  @Test
  void candlesAreArraysOfSevenStrings() {
    List<Candle> candles = data("rest-v3-candles.json", json.candles());

    assertThat(candles).containsExactly(
        new Candle(Instant.ofEpochMilli(1687708800000L), dec("27176.93"), dec("27177.43"), dec("27166.93"),
            dec("27177.43"), dec("2990.08"), dec("81246917.3294")),
        new Candle(Instant.ofEpochMilli(1688313600000L), dec("27177.43"), dec("27177.43"), dec("24000"),
            dec("24001"), dec("2989.1"), dec("72450031.0448")));
  }

  @Test
  void walletHasAccountFiguresAndOneBalancePerCoin() {
    Wallet wallet = data("rest-v3-account-assets.json", json.wallet());

    assertThat(wallet.accountEquity()).isEqualTo(dec("11.13919278"));
    assertThat(wallet.usdtEquity()).contains(dec("11.13921165"));
    assertThat(wallet.btcEquity()).contains(dec("0.00011256"));
    assertThat(wallet.unrealizedPnl()).contains(dec("0"));
    assertThat(wallet.usdtUnrealizedPnl()).contains(dec("0"));
    assertThat(wallet.effectiveEquity()).contains(dec("6.19299777"));
    assertThat(wallet.maintenanceMargin()).contains(dec("0"));
    assertThat(wallet.initialMargin()).contains(dec("0"));
    assertThat(wallet.marginRatio()).contains(dec("0"));
    assertThat(wallet.coins()).containsExactly(
        new CoinBalance("USDT", dec("6.19300826"), Optional.of(dec("6.19299777")), dec("6.19300826"),
            dec("6.19300826"), dec("0"), Optional.of(dec("0"))),
        new CoinBalance("BGB", dec("1.15582129"), Optional.of(dec("4.94618029")), dec("1.15582129"),
            dec("1.15582129"), dec("0"), Optional.of(dec("0"))));
    assertThat(wallet.coin("BGB")).isPresent();
    assertThat(wallet.coin("BTC")).isEmpty();
  }

  @Test
  void walletCoinsReadAsTheSameAccountRecordAsClassicAccounts() {
    List<Account> accounts = data("rest-v3-account-assets.json", json.walletAccounts());

    assertThat(accounts).extracting(Account::marginCoin).containsExactly("USDT", "BGB");
    Account usdt = accounts.get(0);
    assertThat(usdt.available()).isEqualTo(dec("6.19300826"));
    assertThat(usdt.locked()).isEqualTo(dec("0"));
    assertThat(usdt.equity()).isEqualTo(dec("6.19300826"));
    assertThat(usdt.usdtEquity()).isEmpty();
  }

  @Test
  void settingsNameTheAccountModeHoldModeAndEachContractsLeverage() {
    AccountSettings settings = data("rest-v3-account-settings.json", json.accountSettings());

    assertThat(settings.accountMode()).isEqualTo("hybrid");
    assertThat(settings.isSwitching()).isFalse();
    assertThat(settings.positionMode()).contains(PositionMode.ONE_WAY);
    assertThat(settings.assetMode()).contains("multi_assets");
    assertThat(settings.stpMode()).contains("none");
    assertThat(settings.symbols()).hasSize(8);
    assertThat(settings.symbol(BTC).orElseThrow().leverage()).isEqualTo(1);
    assertThat(settings.symbol(BTC).orElseThrow().marginMode()).isEqualTo(MarginMode.CROSSED);
    assertThat(settings.symbol(Symbol.parse("1000SATSUSDT_UMCBL")).orElseThrow().leverage()).isEqualTo(20);
    assertThat(data("rest-v3-account-settings.json", json.accountState())).isEqualTo("hybrid");
  }

  @Test
  void settingsDuringASwitchSayTheAccountIsSwitching() {
    String body = "{\"code\":\"00000\",\"msg\":\"success\",\"data\":{\"uid\":\"1\",\"accountMode\":\"upgrading\","
        + "\"symbolConfigList\":[{\"category\":\"SPOT\",\"symbol\":\"BTCUSDT\",\"marginMode\":\"crossed\","
        + "\"leverage\":\"1\"}]}}";

    AccountSettings settings = json.decodeEnvelope(body, json.accountSettings()).data().orElseThrow();

    assertThat(settings.isSwitching()).isTrue();
    assertThat(settings.symbols()).isEmpty(); // spot entries are not futures settings
  }

  @Test
  void currentPositionsComeInAListWithoutCursor() {
    List<Position> positions = data("rest-v3-current-position.json", json.listedPositions(USDT));

    assertThat(positions).hasSize(1);
    Position p = positions.get(0);
    assertThat(p.symbol()).isEqualTo(BTC);
    assertThat(p.holdSide()).isEqualTo(HoldSide.LONG);
    assertThat(p.positionMode()).isEqualTo(PositionMode.HEDGE);
    assertThat(p.marginMode()).isEqualTo(MarginMode.CROSSED);
    assertThat(p.size()).isEqualTo(dec("119.2068"));
    assertThat(p.available()).isEqualTo(dec("119.2068"));
    assertThat(p.entryPrice()).isEqualTo(dec("108674"));
    assertThat(p.leverage()).isEqualTo(3);
    assertThat(p.unrealizedPnl()).isEqualTo(dec("1124573.04243999"));
    assertThat(p.liquidationPrice()).contains(dec("43099.9"));
    assertThat(p.margin()).isEqualTo(dec("4701531.84941582"));
    assertThat(p.markPrice()).contains(dec("118097"));
    assertThat(p.marginRatio()).isEmpty();
    assertThat(p.keepMarginRate()).contains(dec("0.015"));
    assertThat(p.achievedProfits()).isEqualTo(dec("0"));
    assertThat(p.breakEvenPrice()).contains(dec("109208.6"));
    assertThat(p.totalFunding()).contains(dec("-53076.32433032"));
    assertThat(p.openFee()).contains(dec("-2842.86603479"));
    assertThat(p.closeFee()).contains(dec("0"));
    assertThat(p.createdAt()).isEqualTo(Instant.ofEpochMilli(1736378720620L));
    assertThat(p.updatedAt()).isEqualTo(Instant.ofEpochMilli(1753102803148L));
  }

  @Test
  void liveCurrentPositionWithLiquidationPriceZeroHasNone() {
    Position p = data("rest-v3-current-position-live-ccxt.json", json.listedPositions(USDT)).get(0);

    assertThat(p.size()).isEqualTo(dec("0.001"));
    assertThat(p.leverage()).isEqualTo(20);
    assertThat(p.liquidationPrice()).isEmpty();
    assertThat(p.openFee()).contains(dec("-0.06444618"));
  }

  @Test
  void positionHistoryIsAPageOfClosedPositions() {
    ClosedPositionPage page = data("rest-v3-position-history.json", json.closedPositions(USDT));

    assertThat(page.endId()).contains("1111111111111111111");
    ClosedPosition p = page.positions().get(0);
    assertThat(p.symbol()).isEqualTo(Symbol.parse("EOSUSDT_UMCBL"));
    assertThat(p.positionId()).isEqualTo("1111111111111111111");
    assertThat(p.holdSide()).isEqualTo(HoldSide.LONG);
    assertThat(p.positionMode()).contains(PositionMode.ONE_WAY);
    assertThat(p.marginMode()).contains(MarginMode.CROSSED);
    assertThat(p.openPrice()).isEqualTo(dec("1960.001"));
    assertThat(p.closePrice()).isEqualTo(dec("1959.999"));
    assertThat(p.openedSize()).isEqualTo(dec("58"));
    assertThat(p.closedSize()).isEqualTo(dec("58"));
    assertThat(p.realizedPnl()).isEqualTo(dec("-0.116"));
    assertThat(p.netProfit()).contains(dec("-45.588"));
    assertThat(p.totalFunding()).contains(dec("0"));
    assertThat(p.openFee()).contains(dec("-22.7360116"));
    assertThat(p.closeFee()).contains(dec("-22.7359884"));
    assertThat(p.createdAt()).isEqualTo(Instant.ofEpochMilli(1729928018076L));
    assertThat(p.updatedAt()).isEqualTo(Instant.ofEpochMilli(1729929656321L));
  }

  @Test
  void unfilledOrdersAreAPageWithCursorAndNullFeeDetail() {
    OrderPage page = data("rest-v3-unfilled-orders.json", json.orders(USDT));

    assertThat(page.endId()).contains("1235058132196622336");
    Order o = page.orders().get(0);
    assertThat(o.symbol()).isEqualTo(BTC);
    assertThat(o.orderId()).isEqualTo("111111111111111111");
    assertThat(o.clientOid()).contains("111111111111111111");
    assertThat(o.price()).contains(dec("45000"));
    assertThat(o.size()).isEqualTo(dec("0.01"));
    assertThat(o.filledSize()).isEqualTo(dec("0"));
    assertThat(o.averagePrice()).isEmpty(); // "0" while nothing is filled
    assertThat(o.side()).isEqualTo(Side.BUY);
    assertThat(o.orderType()).isEqualTo(OrderType.LIMIT);
    assertThat(o.force()).isEqualTo(TimeInForce.GTC);
    assertThat(o.status()).isEqualTo(OrderStatus.LIVE);
    assertThat(o.reduceOnly()).isFalse();
    assertThat(o.marginMode()).contains(MarginMode.CROSSED);
    assertThat(o.positionSide()).contains(HoldSide.LONG);
    assertThat(o.fee()).isEmpty(); // [{"feeCoin":null,"fee":null}]
    assertThat(o.presetTakeProfitPrice()).isEmpty(); // ""
    assertThat(o.createdAt()).isEqualTo(Instant.ofEpochMilli(1730186725663L));
    assertThat(o.updatedAt()).isEqualTo(Instant.ofEpochMilli(1730186725691L));
  }

  @Test
  void liveUnfilledOrderWithNullTakeProfitAndEmptyFeeDecodes() {
    OrderPage page = data("rest-v3-unfilled-orders-live-ccxt.json", json.orders(USDT));

    assertThat(page.endId()).contains("1321320757371228160");
    Order o = page.orders().get(0);
    assertThat(o.orderId()).isEqualTo("1321320757371228160");
    assertThat(o.presetTakeProfitPrice()).isEmpty(); // null
    assertThat(o.presetStopLossPrice()).isEmpty();
    assertThat(o.fee()).isEmpty(); // [{"feeCoin":"","fee":""}]
    assertThat(o.marginMode()).isEmpty();
  }

  @Test
  void historyOrdersCarryFillsAndFees() {
    Order o = data("rest-v3-history-orders.json", json.orders(USDT)).orders().get(0);

    assertThat(o.status()).isEqualTo(OrderStatus.FILLED);
    assertThat(o.side()).isEqualTo(Side.SELL);
    assertThat(o.filledSize()).isEqualTo(dec("0.429"));
    assertThat(o.averagePrice()).contains(dec("49534.4"));
    assertThat(o.fee()).contains(dec("4.2500586"));
    assertThat(o.reduceOnly()).isFalse();
  }

  @Test
  void orderInfoOfAResistingFuturesOrderDecodes() {
    Order o = data("rest-v3-order-info-live-ccxt.json", json.order(USDT));

    assertThat(o.orderId()).isEqualTo("1320244799629316096");
    assertThat(o.clientOid()).contains("1320244799633510400");
    assertThat(o.status()).isEqualTo(OrderStatus.LIVE);
    assertThat(o.price()).contains(dec("50000"));
    assertThat(o.size()).isEqualTo(dec("0.001"));
    assertThat(o.positionSide()).contains(HoldSide.LONG);
  }

  @Test
  void orderInfoOfASpotOrderIsRefusedForItsCategory() {
    assertThatThrownBy(() -> data("rest-v3-order-info-filled.json", json.order(USDT)))
        .isInstanceOf(BitgetDecodingException.class)
        .hasMessage("Unsupported category \"SPOT\" of a order read as USDT-FUTURES: bitget4j handles perpetual"
            + " futures only");
  }

  @Test
  void aFuturesTwinOfTheFilledOrderInfoReadsUpperCaseReduceOnlyAndTradeSide() {
    String futures = Fixtures.read("v3/rest-v3-order-info-filled.json").replace("\"SPOT\"", "\"usdt-futures\"");

    Order o = json.decodeEnvelope(futures, json.order(USDT)).data().orElseThrow();

    assertThat(o.symbol()).isEqualTo(Symbol.ETHUSDT_UMCBL);
    assertThat(o.status()).isEqualTo(OrderStatus.FILLED);
    assertThat(o.tradeSide()).contains(TradeSide.OPEN);
    assertThat(o.reduceOnly()).isFalse(); // "NO"
    assertThat(o.positionSide()).isEmpty(); // ""
    assertThat(o.fee()).contains(dec("0.00000744"));
    assertThat(o.averagePrice()).contains(dec("2684.23"));
  }

  @Test
  void fillsUseExecNames() {
    FillPage page = data("rest-v3-fills.json", json.fills(USDT));

    assertThat(page.endId()).contains("131111111111111111");
    Fill f = page.fills().get(0);
    assertThat(f.symbol()).isEqualTo(BTC);
    assertThat(f.tradeId()).isEqualTo("131111111111111111");
    assertThat(f.orderId()).isEqualTo("131111111111111111");
    assertThat(f.price()).isEqualTo(dec("106950.1"));
    assertThat(f.size()).isEqualTo(dec("0.01"));
    assertThat(f.side()).isEqualTo(Side.SELL);
    assertThat(f.tradeSide()).contains(TradeSide.OPEN);
    assertThat(f.fee()).isEqualTo(dec("0.6417006"));
    assertThat(f.profit()).isEqualTo(dec("-0.002"));
    assertThat(f.timestamp()).isEqualTo(Instant.ofEpochMilli(1750141421721L));
  }

  @Test
  void aCursorSentAsABareNineteenDigitNumberIsKeptExactly() {
    // history-strategy-orders sends its cursor unquoted, past 2^53
    ConditionalOrderPage page = data("rest-v3-history-strategy-orders-live-ccxt.json",
        json.conditionalOrderHistory(USDT));

    assertThat(page.endId()).contains("1330960754317619202");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "rest-v3-place-order.json, 121211212122, 121211212122",
      "rest-v3-cancel-order.json, 111111111111111111, 121211212122",
      "rest-v3-modify-order.json, 121212121212, BITGET#1627293504612",
      "rest-v3-place-strategy-order.json, 121211212122, 121211212122",
  })
  void orderAcksCarryBothIds(String fixture, String orderId, String clientOid) {
    assertThat(data(fixture, json.orderAck())).isEqualTo(new OrderAck(orderId, Optional.of(clientOid)));
  }

  @Test
  void placeBatchAnswersAreArraysOfItems() {
    assertThat(data("rest-v3-place-batch.json", json.batchOrderResult())).isEqualTo(new BatchOrderResult(
        List.of(new OrderAck("121211212122", Optional.of("121211212122"))), List.of()));
    assertThat(data("rest-v3-place-batch-live-ccxt.json", json.batchOrderResult())).isEqualTo(new BatchOrderResult(
        List.of(new OrderAck("1329947796441513984", Optional.of("1329947796483457024"))), List.of()));
  }

  @Test
  void closePositionsFailureInsideASuccessfulEnvelopeIsAFailedItem() {
    BatchOrderResult result = data("rest-v3-close-positions.json", json.batchOrderResult());

    assertThat(result.successes()).isEmpty();
    assertThat(result.failures()).containsExactly(new BatchOrderFailure(Optional.of("111111111111111111"),
        Optional.of("111111111111111111"), Optional.of("24056"), "notExisted"));
    assertThat(result.allSucceeded()).isFalse();
  }

  @Test
  void batchItemsWithAndWithoutCodesSplitIntoSuccessesAndFailures() {
    String body = "[{\"orderId\":\"1\",\"clientOid\":\"a\"},{\"orderId\":\"2\",\"clientOid\":\"b\",\"code\":\"00000\","
        + "\"msg\":\"success\"},{\"orderId\":\"\",\"clientOid\":\"c\",\"code\":\"25212\",\"msg\":\"Duplicate clientOid\"},"
        + "{\"clientOid\":\"d\",\"code\":\"25202\"}]";

    BatchOrderResult result = json.decode(body, json.batchOrderResult());

    assertThat(result.successes()).extracting(OrderAck::orderId).containsExactly("1", "2");
    assertThat(result.failures()).containsExactly(
        new BatchOrderFailure(Optional.empty(), Optional.of("c"), Optional.of("25212"), "Duplicate clientOid"),
        new BatchOrderFailure(Optional.empty(), Optional.of("d"), Optional.of("25202"), ""));
  }

  @Test
  void dataAsTheStringSuccessOrNullLeavesAnEnvelopeToCheck() {
    Envelope<Object> leverage = json.decodeEnvelope(Fixtures.read("v3/rest-v3-set-leverage.json"), JsonReader::readJsonValue);
    assertThat(leverage.isSuccess()).isTrue();
    assertThat(leverage.data()).contains("success");

    Envelope<Object> cancelled = json.decodeEnvelope(
        Fixtures.read("v3/rest-v3-cancel-strategy-order-live-ccxt.json"), JsonReader::readJsonValue);
    assertThat(cancelled.isSuccess()).isTrue();
    assertThat(cancelled.data()).isEmpty();
    assertThat(cancelled.requestTime()).contains(Instant.ofEpochMilli(1753058267399L)); // a string here
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
      "rest-v3-error-40009-sign.json, 40009, AuthenticationException",
      "rest-v3-error-40010-timeout.json, 40010, ServiceUnavailableException",
      "rest-v3-error-400172-param.json, 400172, BitgetApiException",
      "rest-v3-error-40084-uta-api-with-classic-key.json, 40084, AccountModeMismatchException",
      "rest-v3-error-40085-classic-api-with-uta-key.json, 40085, AccountModeMismatchException",
      "rest-v3-error-40725-service.json, 40725, ServiceUnavailableException",
      "rest-v3-error-40762-no-data-key.json, 40762, OrderRejectedException",
      "rest-v3-error-429.json, 429, RateLimitException",
      "rest-v3-error-45001-unknown.json, 45001, ServiceUnavailableException",
  })
  void errorEnvelopesDecodeAndMapToTheirType(String fixture, String code, String type) {
    Envelope<Object> envelope = json.decodeEnvelope(Fixtures.read("v3/" + fixture), JsonReader::readJsonValue);

    assertThat(envelope.isSuccess()).isFalse();
    assertThat(envelope.code()).isEqualTo(code);
    assertThat(envelope.data()).isEmpty();
    BitgetApiException e = BitgetApiException.of(envelope.code(), envelope.msg(), 400, "POST", "/api/v3/trade/x");
    assertThat(e.getClass().getSimpleName()).isEqualTo(type);
  }

  @Test
  void everyCodeOfTheV3TableMapsToATypeThatFitsItsMessage() {
    @SuppressWarnings("unchecked")
    Map<String, String> table = (Map<String, String>) json.decode(
        Fixtures.read("v3/table-v3-rest-error-codes.json"), JsonReader::readJsonValue);

    assertThat(table).hasSizeGreaterThan(150);
    table.forEach((code, message) -> {
      BitgetApiException e = BitgetApiException.of(code, message, 400, "POST", "/api/v3/trade/place-order");
      assertThat(e.code()).isEqualTo(code);
      if (message.startsWith("Insufficient balance") || message.startsWith("Insufficient margin")) {
        assertThat(e).as(code).isInstanceOf(OrderRejectedException.class);
      }
      if (message.equals("Order does not exist")) {
        assertThat(e).as(code).isInstanceOf(OrderNotFoundException.class);
      }
      if (message.equals("Duplicate clientOid")) {
        assertThat(e).as(code).isInstanceOf(DuplicateClientOidException.class);
      }
      if (message.startsWith("System error") || message.startsWith("Concurrent operation")
          || message.startsWith("Operation too frequent") || message.equals("Operation timed out")) {
        assertThat(e.isRetryable()).as(code + " " + message).isTrue();
      }
    });
    assertThat(BitgetApiException.of("25004", table.get("25004"), 400, "GET", "/p"))
        .isInstanceOf(RateLimitException.class);
    assertThat(BitgetApiException.of("25001", table.get("25001"), 400, "GET", "/p"))
        .isInstanceOf(ServiceUnavailableException.class);
    assertThat(((AccountModeMismatchException) BitgetApiException.of("25245", table.get("25245"), 400, "GET", "/p"))
        .keyMode()).isEqualTo(AccountMode.CLASSIC);
  }
}
