package io.bitget4j.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.squareup.moshi.JsonReader;
import io.bitget4j.core.Symbol;
import io.bitget4j.core.internal.json.BitgetJson;
import io.bitget4j.core.model.HoldSide;
import io.bitget4j.core.model.Side;
import io.bitget4j.rest.testing.FakeExchange;
import io.bitget4j.rest.testing.Fixtures;
import io.bitget4j.rest.testing.RecordingSleeper;
import io.bitget4j.rest.testing.TestClients;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The bodies a unified client sends, next to the V3 request samples (Bitget's documented bodies
 * and the ones ccxt sends): the same members and values, apart from the client order id the client
 * always sends and the optional members it leaves to their defaults.
 */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class V3RequestSamplesTest {
  private static final Symbol BTC = Symbol.BTCUSDT_UMCBL;
  private static final BitgetJson JSON = BitgetJson.create();
  private static final String SUCCESS = Fixtures.read("v3/rest-v3-set-leverage.json");

  private final FakeExchange exchange = new FakeExchange();
  private final BitgetRestClient client = TestClients.unified(exchange, new RecordingSleeper())
      .config(RestConfig.builder().checkOrdersAgainstContracts(false).build()).build();

  @AfterEach
  void tearDown() {
    client.close();
    exchange.close();
  }

  private Object sent(String path) {
    return JSON.decode(FakeExchange.body(exchange.requests(path).get(0)), JsonReader::readJsonValue);
  }

  private static Object sample(String name) {
    return JSON.decode(Fixtures.read("v3/" + name), JsonReader::readJsonValue);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> without(Object object, String... keys) {
    Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) object);
    for (String key : keys) {
      copy.remove(key);
    }
    return copy;
  }

  @Test
  void setLeverageIsTheDocumentedBodyAndCcxtsWithoutItsCoin() {
    exchange.enqueue("/api/v3/account/set-leverage", SUCCESS);
    exchange.enqueue("/api/v3/account/set-leverage", SUCCESS);

    client.account().setLeverage(Symbol.parse("EOSUSDT_UMCBL"), 10);
    client.account().setLeverage(BTC, 20);

    List<Object> sent = new ArrayList<>();
    exchange.requests("/api/v3/account/set-leverage")
        .forEach(r -> sent.add(JSON.decode(FakeExchange.body(r), JsonReader::readJsonValue)));
    assertThat(sent.get(0)).isEqualTo(sample("rest-v3-set-leverage-request.json"));
    // ccxt adds the margin coin, which V3 takes for margin trading only
    assertThat(sent.get(1)).isEqualTo(without(sample("rest-v3-set-leverage-request-ccxt.json"), "coin"));
  }

  @Test
  void aHedgeLimitOrderIsCcxtsBodyPlusTheClientOrderId() {
    exchange.enqueue("/api/v3/trade/place-order", Fixtures.read("v3/rest-v3-place-order.json"));

    client.orders().place(OrderRequest.builder().symbol(BTC).open(HoldSide.LONG).size(new BigDecimal("0.001"))
        .limit(new BigDecimal("50000")).build());

    assertThat(without(sent("/api/v3/trade/place-order"), "clientOid"))
        .isEqualTo(sample("rest-v3-place-order-request-limit-hedge.json"));
  }

  @Test
  void aOneWayMarketOrderWithStopLossSendsCcxtsMembersButTheDefaults() {
    exchange.enqueue("/api/v3/trade/place-order", Fixtures.read("v3/rest-v3-place-order.json"));

    client.orders().place(OrderRequest.builder().symbol(BTC).side(Side.BUY).size(new BigDecimal("0.001")).market()
        .presetStopLossPrice(new BigDecimal("95000")).build());

    // ccxt also sends timeInForce on a market order and slOrderType market, both Bitget's defaults
    assertThat(without(sent("/api/v3/trade/place-order"), "clientOid"))
        .isEqualTo(without(sample("rest-v3-place-order-request-market-stoploss.json"), "timeInForce", "slOrderType"));
  }

  @Test
  @SuppressWarnings("unchecked")
  void aBatchIsCcxtsArrayPlusEachClientOrderId() {
    exchange.enqueue("/api/v3/trade/place-batch", Fixtures.read("v3/rest-v3-place-batch.json"));

    client.orders().placeBatch(List.of(
        OrderRequest.builder().symbol(BTC).open(HoldSide.LONG).size(new BigDecimal("0.001"))
            .limit(new BigDecimal("100000")).build(),
        OrderRequest.builder().symbol(BTC).open(HoldSide.LONG).size(new BigDecimal("0.001"))
            .limit(new BigDecimal("101000")).build()));

    List<Object> items = new ArrayList<>();
    for (Object item : (List<Object>) sent("/api/v3/trade/place-batch")) {
      items.add(without(item, "clientOid"));
    }
    assertThat(items).isEqualTo(sample("rest-v3-place-batch-request.json"));
  }

  @Test
  void closingOneSideIsCcxtsBody() {
    exchange.enqueue("/api/v3/trade/close-positions", Fixtures.read("v3/rest-v3-close-positions.json"));

    client.orders().closePositions(BTC, HoldSide.LONG);

    assertThat(sent("/api/v3/trade/close-positions"))
        .isEqualTo(sample("rest-v3-close-positions-request-posside.json"));
  }

  @Test
  void cancelAndModifyCarryTheSamplesMembersPlusCategoryAndSymbol() {
    exchange.enqueue("/api/v3/trade/cancel-order", Fixtures.read("v3/rest-v3-cancel-order.json"));
    exchange.enqueue("/api/v3/trade/cancel-order", Fixtures.read("v3/rest-v3-cancel-order.json"));
    exchange.enqueue("/api/v3/trade/modify-order", Fixtures.read("v3/rest-v3-modify-order.json"));

    client.orders().cancel(BTC, OrderRef.orderId("111111111111111111"));
    client.orders().cancel(BTC, OrderRef.clientOid("123abc"));
    client.orders().modify(ModifyOrderRequest.builder(BTC, OrderRef.orderId("1"))
        .newSizeAndPrice(new BigDecimal("123"), new BigDecimal("123")).build());

    List<String> cancels = new ArrayList<>();
    exchange.requests("/api/v3/trade/cancel-order").forEach(r -> cancels.add(FakeExchange.body(r)));
    assertThat(without(JSON.decode(cancels.get(0), JsonReader::readJsonValue), "category", "symbol"))
        .isEqualTo(sample("rest-v3-cancel-order-request.json"));
    assertThat(without(JSON.decode(cancels.get(1), JsonReader::readJsonValue), "category"))
        .isEqualTo(sample("rest-v3-cancel-order-request-by-clientoid.json"));
    // autoCancel "no" is the default
    assertThat(without(sent("/api/v3/trade/modify-order"), "category", "symbol"))
        .isEqualTo(without(sample("rest-v3-modify-order-request.json"), "autoCancel"));
  }
}
