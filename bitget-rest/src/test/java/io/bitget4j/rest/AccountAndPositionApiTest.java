package io.bitget4j.rest;

import static io.bitget4j.rest.testing.TestClients.assertSigned;
import static org.assertj.core.api.Assertions.assertThat;

import io.bitget4j.core.ProductType;
import io.bitget4j.core.Symbol;
import io.bitget4j.core.model.Account;
import io.bitget4j.core.model.HoldSide;
import io.bitget4j.core.model.MarginMode;
import io.bitget4j.core.model.Position;
import io.bitget4j.core.model.PositionMode;
import io.bitget4j.rest.testing.FakeExchange;
import io.bitget4j.rest.testing.Fixtures;
import io.bitget4j.rest.testing.RecordingSleeper;
import io.bitget4j.rest.testing.TestClients;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 20, unit = TimeUnit.SECONDS)
class AccountAndPositionApiTest {
  private static final Symbol BTC = Symbol.BTCUSDT_UMCBL;

  private final FakeExchange exchange = new FakeExchange();
  private final BitgetRestClient client = TestClients.builder(exchange, new RecordingSleeper()).build();

  @AfterEach
  void tearDown() {
    client.close();
    exchange.close();
  }

  private RecordedRequest only(String path) {
    assertThat(exchange.requests(path)).hasSize(1);
    return exchange.requests(path).get(0);
  }

  @Test
  void readsTheAccountOfASymbol() {
    exchange.enqueue("/api/v2/mix/account/account", Fixtures.read("rest-account.json"));

    Account account = client.account().account(BTC);

    assertSigned(only("/api/v2/mix/account/account"), "GET", "/api/v2/mix/account/account",
        "marginCoin=USDT&productType=USDT-FUTURES&symbol=BTCUSDT");
    assertThat(account.marginCoin()).isEqualTo("USDT");
    assertThat(account.available()).isEqualTo(new BigDecimal("9729.995"));
    assertThat(account.equity()).isEqualTo(new BigDecimal("10000.045"));
    assertThat(account.marginMode()).contains(MarginMode.ISOLATED);
    assertThat(account.positionMode()).contains(PositionMode.ONE_WAY);
  }

  @Test
  void readsAllAccountsOfAProductType() {
    exchange.enqueue("/api/v2/mix/account/accounts", Fixtures.read("account/accounts.json"));

    List<Account> accounts = client.account().accounts(ProductType.UMCBL);

    assertSigned(only("/api/v2/mix/account/accounts"), "GET", "/api/v2/mix/account/accounts",
        "productType=USDT-FUTURES");
    assertThat(accounts).singleElement().extracting(Account::marginCoin).isEqualTo("USDT");
  }

  @Test
  void setsLeverageForBothSidesAndForOneSide() {
    exchange.enqueue("/api/v2/mix/account/set-leverage", Fixtures.read("account/set-leverage.json"));
    exchange.enqueue("/api/v2/mix/account/set-leverage", Fixtures.read("account/set-leverage.json"));

    client.account().setLeverage(BTC, 20);
    client.account().setLeverage(BTC, 15, HoldSide.LONG);

    List<RecordedRequest> sent = exchange.requests("/api/v2/mix/account/set-leverage");
    assertSigned(sent.get(0), "POST", "/api/v2/mix/account/set-leverage", null);
    assertThat(FakeExchange.body(sent.get(0))).isEqualTo(
        "{\"symbol\":\"BTCUSDT\",\"productType\":\"USDT-FUTURES\",\"marginCoin\":\"USDT\",\"leverage\":\"20\"}");
    assertThat(FakeExchange.body(sent.get(1))).isEqualTo("{\"symbol\":\"BTCUSDT\",\"productType\":\"USDT-FUTURES\","
        + "\"marginCoin\":\"USDT\",\"leverage\":\"15\",\"holdSide\":\"long\"}");
  }

  @Test
  void setsMarginMode() {
    exchange.enqueue("/api/v2/mix/account/set-margin-mode", Fixtures.read("account/set-margin-mode.json"));

    client.account().setMarginMode(BTC, MarginMode.CROSSED);

    RecordedRequest sent = only("/api/v2/mix/account/set-margin-mode");
    assertSigned(sent, "POST", "/api/v2/mix/account/set-margin-mode", null);
    assertThat(FakeExchange.body(sent)).isEqualTo("{\"symbol\":\"BTCUSDT\",\"productType\":\"USDT-FUTURES\","
        + "\"marginCoin\":\"USDT\",\"marginMode\":\"crossed\"}");
  }

  @Test
  void setsPositionMode() throws Exception {
    exchange.enqueue("/api/v2/mix/account/set-position-mode", Fixtures.read("account/set-position-mode.json"));

    client.account().setPositionModeAsync(ProductType.UMCBL, PositionMode.HEDGE).get(5, TimeUnit.SECONDS);

    RecordedRequest sent = only("/api/v2/mix/account/set-position-mode");
    assertSigned(sent, "POST", "/api/v2/mix/account/set-position-mode", null);
    assertThat(FakeExchange.body(sent)).isEqualTo("{\"productType\":\"USDT-FUTURES\",\"posMode\":\"hedge_mode\"}");
  }

  @Test
  void readsAllPositionsOfAProductType() {
    exchange.enqueue("/api/v2/mix/position/all-position", Fixtures.read("rest-all-position.json"));

    List<Position> positions = client.positions().all(ProductType.UMCBL);

    assertSigned(only("/api/v2/mix/position/all-position"), "GET", "/api/v2/mix/position/all-position",
        "marginCoin=USDT&productType=USDT-FUTURES");
    assertThat(positions).singleElement().satisfies(p -> {
      assertThat(p.symbol()).isEqualTo(BTC);
      assertThat(p.holdSide()).isEqualTo(HoldSide.LONG);
      assertThat(p.size()).isEqualTo(new BigDecimal("0.1"));
      assertThat(p.entryPrice()).isEqualTo(new BigDecimal("27000.05"));
      assertThat(p.leverage()).isEqualTo(10);
      assertThat(p.marginMode()).isEqualTo(MarginMode.ISOLATED);
      assertThat(p.unrealizedPnl()).isEqualTo(new BigDecimal("0.045"));
      assertThat(p.liquidationPrice()).contains(new BigDecimal("24432.1"));
      assertThat(p.margin()).isEqualTo(new BigDecimal("270.005"));
    });
  }

  @Test
  void readsOneSymbolsPositionsFromTheDocumentedHedgeModeAnswer() throws Exception {
    exchange.enqueue("/api/v2/mix/position/single-position", Fixtures.read("documented/v2-rest-all-position.json"));

    List<Position> positions = client.positions().ofAsync(BTC).get(5, TimeUnit.SECONDS);

    assertSigned(only("/api/v2/mix/position/single-position"), "GET", "/api/v2/mix/position/single-position",
        "marginCoin=USDT&productType=USDT-FUTURES&symbol=BTCUSDT");
    assertThat(positions).singleElement().satisfies(p -> {
      assertThat(p.positionMode()).isEqualTo(PositionMode.HEDGE);
      assertThat(p.leverage()).isEqualTo(20);
    });
  }
}
