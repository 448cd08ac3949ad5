package io.bitget4j.rest;

import static io.bitget4j.rest.testing.TestClients.assertSigned;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bitget4j.core.InvalidRequestException;
import io.bitget4j.core.ProductType;
import io.bitget4j.core.Symbol;
import io.bitget4j.core.model.Account;
import io.bitget4j.core.model.AccountSettings;
import io.bitget4j.core.model.ClosedPositionPage;
import io.bitget4j.core.model.HoldSide;
import io.bitget4j.core.model.MarginMode;
import io.bitget4j.core.model.Position;
import io.bitget4j.core.model.PositionMode;
import io.bitget4j.core.model.Wallet;
import io.bitget4j.rest.testing.FakeExchange;
import io.bitget4j.rest.testing.Fixtures;
import io.bitget4j.rest.testing.RecordingSleeper;
import io.bitget4j.rest.testing.TestClients;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A unified client's account and position calls: one wallet read as per-coin {@link Account}s, the
 * unified settings, leverage, margin and hold mode through V3, positions and their history.
 */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class UnifiedAccountApiTest {
  private static final Symbol BTC = Symbol.BTCUSDT_UMCBL;
  private static final String ASSETS = "/api/v3/account/assets";
  private static final String SETTINGS = "/api/v3/account/settings";
  private static final String SET_LEVERAGE = "/api/v3/account/set-leverage";
  private static final String SUCCESS = Fixtures.read("v3/rest-v3-set-leverage.json"); // "data": "success"

  private final FakeExchange exchange = new FakeExchange();
  private final BitgetRestClient client = TestClients.unified(exchange, new RecordingSleeper()).build();

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
  void theAccountOfASymbolIsTheWalletsBalanceOfItsMarginCoin() {
    exchange.enqueue(ASSETS, Fixtures.read("v3/rest-v3-account-assets.json"));
    exchange.enqueue(ASSETS, Fixtures.read("v3/rest-v3-account-assets.json"));

    Account usdt = client.account().account(BTC);
    Account btc = client.account().account(Symbol.parse("BTCUSD_DMCBL")); // the wallet holds no BTC

    assertSigned(exchange.requests(ASSETS).get(0), "GET", ASSETS, null);
    assertThat(usdt.marginCoin()).isEqualTo("USDT");
    assertThat(usdt.available()).isEqualTo(dec("6.19300826"));
    assertThat(usdt.equity()).isEqualTo(dec("6.19300826"));
    assertThat(btc.marginCoin()).isEqualTo("BTC");
    assertThat(btc.equity()).isEqualByComparingTo("0");
  }

  @Test
  void accountsOfAProductTypeAreEveryCoinOfTheOneWallet() {
    exchange.enqueue(ASSETS, Fixtures.read("v3/rest-v3-account-assets.json"));

    List<Account> accounts = client.account().accounts(ProductType.UMCBL);

    assertThat(accounts).extracting(Account::marginCoin).containsExactly("USDT", "BGB");
  }

  @Test
  void theWalletHasAccountFiguresAndPerCoinBalances() {
    exchange.enqueue(ASSETS, Fixtures.read("v3/rest-v3-account-assets.json"));

    Wallet wallet = client.account().wallet();

    assertThat(wallet.accountEquity()).isEqualTo(dec("11.13919278"));
    assertThat(wallet.coin("BGB").orElseThrow().usdValue()).contains(dec("4.94618029"));
  }

  @Test
  void classicAccountsHaveNoWalletOrUnifiedSettings() {
    try (BitgetRestClient classic = TestClients.builder(exchange, new RecordingSleeper()).build()) {
      assertThatThrownBy(() -> classic.account().wallet()).isInstanceOf(UnsupportedOperationException.class)
          .hasMessage("a classic account has no unified wallet: it keeps one account per margin coin and product"
              + " type; use accounts(ProductType)");
      assertThatThrownBy(() -> classic.account().settings()).isInstanceOf(UnsupportedOperationException.class);
    }
    assertThat(exchange.requests()).isEmpty();
  }

  @Test
  void theWalletWithoutCredentialsFailsForTheKeyNotTheMode() {
    try (BitgetRestClient anonymous = BitgetRestClient.builder().baseUrl(exchange.url()).build()) {
      assertThatThrownBy(() -> anonymous.account().wallet()).isInstanceOf(IllegalStateException.class)
          .hasMessage("account().wallet() is a private call and needs an API key; build the client with"
              + " BitgetRestClient.builder().credentials(Credentials.of(..))");
    }
    assertThat(exchange.requests()).isEmpty();
  }

  @Test
  void readsTheUnifiedSettings() {
    exchange.enqueue(SETTINGS, Fixtures.read("v3/rest-v3-account-settings.json"));

    AccountSettings settings = client.account().settings();

    assertSigned(only(SETTINGS), "GET", SETTINGS, null);
    assertThat(settings.positionMode()).contains(PositionMode.ONE_WAY);
    assertThat(settings.symbol(BTC).orElseThrow().leverage()).isEqualTo(1);
  }

  @Test
  void setsLeverageForBothSidesAndForOneSideWithCategoryAndPosSide() {
    exchange.enqueue(SET_LEVERAGE, SUCCESS);
    exchange.enqueue(SET_LEVERAGE, SUCCESS);

    client.account().setLeverage(BTC, 20);
    client.account().setLeverage(BTC, 10, HoldSide.SHORT);

    List<RecordedRequest> sent = exchange.requests(SET_LEVERAGE);
    assertSigned(sent.get(0), "POST", SET_LEVERAGE, null);
    assertThat(FakeExchange.body(sent.get(0)))
        .isEqualTo("{\"category\":\"USDT-FUTURES\",\"symbol\":\"BTCUSDT\",\"leverage\":\"20\"}");
    assertThat(FakeExchange.body(sent.get(1)))
        .isEqualTo("{\"category\":\"USDT-FUTURES\",\"symbol\":\"BTCUSDT\",\"leverage\":\"10\",\"posSide\":\"short\"}");
  }

  @Test
  void setsTheMarginModeWithTheSymbolsCurrentLeverage() {
    exchange.enqueue(SETTINGS, Fixtures.read("v3/rest-v3-account-settings.json")); // BTCUSDT at leverage 1
    exchange.enqueue(SET_LEVERAGE, SUCCESS);

    client.account().setMarginMode(BTC, MarginMode.ISOLATED);

    assertThat(FakeExchange.body(only(SET_LEVERAGE))).isEqualTo("{\"category\":\"USDT-FUTURES\",\"symbol\":"
        + "\"BTCUSDT\",\"leverage\":\"1\",\"marginMode\":\"isolated\"}");
    assertThat(exchange.apiRequests()).extracting(r -> r.getUrl().encodedPath()).containsExactly(SETTINGS, SET_LEVERAGE);
  }

  @Test
  void settingTheMarginModeOfASymbolWithoutLeverageSettingSaysToSetTheLeverageFirst() {
    exchange.enqueue(SETTINGS, Fixtures.read("v3/rest-v3-account-settings.json"));

    assertThatThrownBy(() -> client.account().setMarginMode(Symbol.ETHUSDT_UMCBL, MarginMode.CROSSED))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the unified account's settings list no leverage for ETHUSDT_UMCBL, and Bitget V3 sets the margin"
            + " mode together with the leverage: call setLeverage(symbol, leverage) first, then setMarginMode");
    assertThat(exchange.requests(SET_LEVERAGE)).isEmpty();
  }

  @Test
  void setsTheAccountWideHoldMode() {
    exchange.enqueue("/api/v3/account/set-hold-mode", SUCCESS);

    client.account().setPositionMode(ProductType.UMCBL, PositionMode.HEDGE);

    RecordedRequest sent = only("/api/v3/account/set-hold-mode");
    assertSigned(sent, "POST", "/api/v3/account/set-hold-mode", null);
    assertThat(FakeExchange.body(sent)).isEqualTo("{\"holdMode\":\"hedge_mode\"}");
  }

  @Test
  void readsPositionsOfASymbolAndOfAProductType() {
    exchange.enqueue("/api/v3/position/current-position", Fixtures.read("v3/rest-v3-current-position.json"));
    exchange.enqueue("/api/v3/position/current-position",
        Fixtures.read("v3/rest-v3-current-position-live-ccxt.json"));

    List<Position> btc = client.positions().of(BTC);
    List<Position> all = client.positions().all(ProductType.UMCBL);

    List<RecordedRequest> sent = exchange.requests("/api/v3/position/current-position");
    assertSigned(sent.get(0), "GET", "/api/v3/position/current-position", "category=USDT-FUTURES&symbol=BTCUSDT");
    assertSigned(sent.get(1), "GET", "/api/v3/position/current-position", "category=USDT-FUTURES");
    assertThat(btc.get(0).size()).isEqualTo(dec("119.2068"));
    assertThat(btc.get(0).positionMode()).isEqualTo(PositionMode.HEDGE);
    assertThat(all.get(0).liquidationPrice()).isEmpty(); // "0": no liquidation at this risk
  }

  @Test
  void readsThePositionHistoryByCursor() {
    exchange.enqueue("/api/v3/position/history-position", Fixtures.read("v3/rest-v3-position-history.json"));

    ClosedPositionPage page = client.positions().history(OrderQuery.builder(ProductType.UMCBL)
        .startTime(Instant.ofEpochMilli(1729900000000L)).limit(50).cursor("1111111111111111112").build());

    assertSigned(only("/api/v3/position/history-position"), "GET", "/api/v3/position/history-position",
        "category=USDT-FUTURES&cursor=1111111111111111112&limit=50&startTime=1729900000000");
    assertThat(page.endId()).contains("1111111111111111111");
    assertThat(page.positions().get(0).netProfit()).contains(dec("-45.588"));
  }

  @Test
  void readsTheClassicPositionHistoryByIdLessThan() {
    exchange.enqueue("/api/v2/mix/position/history-position", "{\"code\":\"00000\",\"msg\":\"success\","
        + "\"requestTime\":1,\"data\":{\"list\":[{\"positionId\":\"9\",\"marginCoin\":\"USDT\",\"symbol\":\"BTCUSDT\","
        + "\"holdSide\":\"long\",\"openAvgPrice\":\"32000\",\"closeAvgPrice\":\"32500\",\"marginMode\":\"isolated\","
        + "\"openTotalPos\":\"0.01\",\"closeTotalPos\":\"0.01\",\"pnl\":\"14.1\",\"netProfit\":\"12.1\","
        + "\"totalFunding\":\"0.1\",\"openFee\":\"0.01\",\"closeFee\":\"0.01\",\"posMode\":\"one_way_mode\","
        + "\"cTime\":\"1700000000000\",\"uTime\":\"1700000001000\"}],\"endId\":\"9\"}}");
    try (BitgetRestClient classic = TestClients.builder(exchange, new RecordingSleeper()).build()) {
      ClosedPositionPage page = classic.positions().history(OrderQuery.builder(ProductType.UMCBL).symbol(BTC)
          .cursor("10").build());

      assertSigned(only("/api/v2/mix/position/history-position"), "GET", "/api/v2/mix/position/history-position",
          "idLessThan=10&productType=USDT-FUTURES&symbol=BTCUSDT");
      assertThat(page.endId()).contains("9");
      assertThat(page.positions().get(0).realizedPnl()).isEqualTo(dec("14.1"));
      assertThat(page.positions().get(0).closePrice()).isEqualTo(dec("32500"));
    }
  }

  @Test
  void positionHistoryIsNotFilteredByOrder() {
    assertThatThrownBy(() -> client.positions().history(OrderQuery.builder(ProductType.UMCBL).orderId("1").build()))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage("orderId: the position history is not filtered by order; leave orderId unset");
  }
}
