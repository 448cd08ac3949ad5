package io.bitget4j.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.bitget4j.core.AccountMode;
import io.bitget4j.core.Symbol;
import io.bitget4j.core.model.HoldSide;
import io.bitget4j.core.model.Side;
import io.bitget4j.core.model.TradeSide;
import io.bitget4j.rest.testing.FakeExchange;
import io.bitget4j.rest.testing.Fixtures;
import io.bitget4j.rest.testing.RecordingSleeper;
import io.bitget4j.rest.testing.TestClients;
import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One order intent, two wire forms: open long, open short, close long and close short, in one-way
 * and hedge mode, rendered for a classic account (V2) and a unified one (V3).
 */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class OrderIntentRenderingTest {
  private static final Symbol BTC = Symbol.BTCUSDT_UMCBL;
  private static final String V2_PLACE = "/api/v2/mix/order/place-order";
  private static final String V3_PLACE = "/api/v3/trade/place-order";
  private static final Map<String, UnaryOperator<OrderRequest.Builder>> INTENTS = Map.of(
      "one-way open long", b -> b.side(Side.BUY),
      "one-way open short", b -> b.side(Side.SELL),
      "one-way close long", b -> b.side(Side.SELL).reduceOnly(true),
      "one-way close short", b -> b.side(Side.BUY).reduceOnly(true),
      "hedge open long", b -> b.open(HoldSide.LONG),
      "hedge open short", b -> b.open(HoldSide.SHORT),
      "hedge close long", b -> b.close(HoldSide.LONG),
      "hedge close short", b -> b.close(HoldSide.SHORT));

  private final FakeExchange exchange = new FakeExchange();
  private final RestConfig unchecked = RestConfig.builder().checkOrdersAgainstContracts(false).build();

  @AfterEach
  void tearDown() {
    exchange.close();
  }

  private String sentBody(AccountMode mode, OrderRequest request) {
    String path = mode == AccountMode.UNIFIED ? V3_PLACE : V2_PLACE;
    exchange.enqueue(path, Fixtures.read(mode == AccountMode.UNIFIED ? "v3/rest-v3-place-order.json"
        : "rest-place-order.json"));
    try (BitgetRestClient client = TestClients.builder(exchange, new RecordingSleeper()).accountMode(mode)
        .config(unchecked).build()) {
      client.orders().place(request);
    }
    return FakeExchange.body(exchange.requests(path).get(0));
  }

  private static OrderRequest.Builder order(String intent) {
    return INTENTS.get(intent).apply(OrderRequest.builder().symbol(BTC).size(new BigDecimal("0.01")).market()
        .clientOid("intent-1"));
  }

  @ParameterizedTest(name = "classic {0}: side={1} tradeSide={2} reduceOnly={3}")
  @CsvSource(nullValues = "-", value = {
      "one-way open long, buy, -, -",
      "one-way open short, sell, -, -",
      "one-way close long, sell, -, YES",
      "one-way close short, buy, -, YES",
      "hedge open long, buy, open, -",
      "hedge open short, sell, open, -",
      "hedge close long, buy, close, -",
      "hedge close short, sell, close, -",
  })
  void classicAccountsGetV2Form(String intent, String side, String tradeSide, String reduceOnly) {
    String body = sentBody(AccountMode.CLASSIC, order(intent).build());

    assertThat(body).isEqualTo("{\"symbol\":\"BTCUSDT\",\"productType\":\"USDT-FUTURES\",\"marginMode\":\"isolated\","
        + "\"marginCoin\":\"USDT\",\"size\":\"0.01\",\"side\":\"" + side + "\""
        + (tradeSide == null ? "" : ",\"tradeSide\":\"" + tradeSide + "\"")
        + ",\"orderType\":\"market\",\"clientOid\":\"intent-1\""
        + (reduceOnly == null ? "" : ",\"reduceOnly\":\"" + reduceOnly + "\"") + "}");
  }

  @ParameterizedTest(name = "unified {0}: side={1} posSide={2} reduceOnly={3}")
  @CsvSource(nullValues = "-", value = {
      "one-way open long, buy, -, -",
      "one-way open short, sell, -, -",
      "one-way close long, sell, -, yes",
      "one-way close short, buy, -, yes",
      "hedge open long, buy, long, -",
      "hedge open short, sell, short, -",
      "hedge close long, sell, long, -",
      "hedge close short, buy, short, -",
  })
  void unifiedAccountsGetV3Form(String intent, String side, String posSide, String reduceOnly) {
    String body = sentBody(AccountMode.UNIFIED, order(intent).build());

    assertThat(body).isEqualTo("{\"category\":\"USDT-FUTURES\",\"symbol\":\"BTCUSDT\",\"qty\":\"0.01\","
        + "\"side\":\"" + side + "\",\"orderType\":\"market\""
        + (posSide == null ? "" : ",\"posSide\":\"" + posSide + "\"")
        + (reduceOnly == null ? "" : ",\"reduceOnly\":\"" + reduceOnly + "\"")
        + ",\"clientOid\":\"intent-1\"}");
    // V3 refuses V2's tradeSide/holdSide (25236) and has no marginCoin or size
    assertThat(body).doesNotContain("tradeSide", "holdSide", "marginCoin", "marginMode", "\"size\"");
  }

  @Test
  void theClassicSideAndTradeSideFormMeansTheSameIntentOnAUnifiedAccount() {
    OrderRequest legacy = OrderRequest.builder().symbol(BTC).side(Side.BUY).tradeSide(TradeSide.CLOSE)
        .size(new BigDecimal("0.01")).market().clientOid("intent-1").build();

    assertThat(legacy.positionSide()).contains(HoldSide.LONG);
    assertThat(legacy.tradeDirection()).isEqualTo(Side.SELL);
    assertThat(sentBody(AccountMode.UNIFIED, legacy)).isEqualTo(sentBodyOfFreshExchange(
        order("hedge close long").build()));
  }

  private String sentBodyOfFreshExchange(OrderRequest request) {
    try (FakeExchange other = new FakeExchange()) {
      other.enqueue(V3_PLACE, Fixtures.read("v3/rest-v3-place-order.json"));
      try (BitgetRestClient client = TestClients.unified(other, new RecordingSleeper()).config(unchecked).build()) {
        client.orders().place(request);
      }
      return FakeExchange.body(other.requests(V3_PLACE).get(0));
    }
  }

  @Test
  void aHedgeLimitOrderMatchesTheBodyCcxtSendsWithTimeInForceAndPresets() {
    OrderRequest request = OrderRequest.builder().symbol(BTC).open(HoldSide.LONG).size(new BigDecimal("0.001"))
        .limit(new BigDecimal("50000")).clientOid("ccxt-like").presetTakeProfitPrice(new BigDecimal("60000"))
        .presetStopLossPrice(new BigDecimal("45000")).build();

    String body = sentBody(AccountMode.UNIFIED, request);

    // rest-v3-place-order-request-limit-hedge.json, plus our clientOid and preset TP/SL
    String ccxt = Fixtures.compact("v3/rest-v3-place-order-request-limit-hedge.json");
    assertThat(ccxt).isEqualTo("{\"category\":\"USDT-FUTURES\",\"symbol\":\"BTCUSDT\",\"orderType\":\"limit\","
        + "\"qty\":\"0.001\",\"price\":\"50000\",\"timeInForce\":\"gtc\",\"side\":\"buy\",\"posSide\":\"long\"}");
    assertThat(body).isEqualTo("{\"category\":\"USDT-FUTURES\",\"symbol\":\"BTCUSDT\",\"qty\":\"0.001\","
        + "\"price\":\"50000\",\"side\":\"buy\",\"orderType\":\"limit\",\"timeInForce\":\"gtc\",\"posSide\":\"long\","
        + "\"clientOid\":\"ccxt-like\",\"takeProfit\":\"60000\",\"stopLoss\":\"45000\"}");
  }
}
