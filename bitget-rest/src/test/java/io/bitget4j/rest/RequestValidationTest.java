package io.bitget4j.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.bitget4j.core.InvalidRequestException;
import io.bitget4j.core.ProductType;
import io.bitget4j.core.Symbol;
import io.bitget4j.core.model.CandleInterval;
import io.bitget4j.core.model.OrderType;
import io.bitget4j.core.model.Side;
import io.bitget4j.rest.testing.FakeExchange;
import io.bitget4j.rest.testing.Fixtures;
import io.bitget4j.rest.testing.RecordingSleeper;
import io.bitget4j.rest.testing.TestClients;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.function.ThrowingSupplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Requests validate themselves before any I/O, naming the field. */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class RequestValidationTest {
  private static final Symbol BTC = Symbol.BTCUSDT_UMCBL;
  private static final BigDecimal ONE = BigDecimal.ONE;

  private final FakeExchange exchange = new FakeExchange();
  private final BitgetRestClient client = TestClients.builder(exchange, new RecordingSleeper()).build();

  @AfterEach
  void tearDown() {
    client.close();
    exchange.close();
  }

  private static OrderRequest.Builder limit() {
    return OrderRequest.builder().symbol(BTC).side(Side.BUY).size(ONE).limit(new BigDecimal("30000"));
  }

  static Stream<Arguments> invalidRequests() {
    return Stream.of(
        Arguments.of("zero size", (ThrowingSupplier<?>) () -> limit().size(BigDecimal.ZERO).build(),
            "size", "size: must be positive but was 0"),
        Arguments.of("negative price", (ThrowingSupplier<?>) () -> limit().price(new BigDecimal("-1")).build(),
            "price", "price: must be positive but was -1"),
        Arguments.of("limit without price", (ThrowingSupplier<?>) () -> OrderRequest.builder().symbol(BTC)
            .side(Side.BUY).size(ONE).orderType(OrderType.LIMIT).build(),
            "price", "price: a limit order needs a price; use OrderRequest.market(..) for a market order"),
        Arguments.of("market with price", (ThrowingSupplier<?>) () -> OrderRequest.builder().symbol(BTC)
            .side(Side.BUY).size(ONE).orderType(OrderType.MARKET).price(ONE).build(),
            "price", "price: a market order takes no price but got 1; use limit(price) for a limit order"),
        Arguments.of("no symbol", (ThrowingSupplier<?>) () -> OrderRequest.builder().side(Side.BUY).size(ONE)
            .market().build(), "symbol", "symbol: is required"),
        Arguments.of("unknown side", (ThrowingSupplier<?>) () -> limit().side(Side.UNKNOWN).build(),
            "side", "side: UNKNOWN is only for values read from the wire; choose a real one"),
        Arguments.of("clientOid of 51 characters", (ThrowingSupplier<?>) () -> limit().clientOid("x".repeat(51)).build(),
            "clientOid", "clientOid: \"" + "x".repeat(51) + "\" has 51 characters; Bitget accepts at most 50"),
        Arguments.of("clientOid with a refused character", (ThrowingSupplier<?>) () -> limit().clientOid("a&b").build(),
            "clientOid", "clientOid: \"a&b\" contains '&' at index 1; use ASCII letters, digits, spaces and -_.:/#@"),
        Arguments.of("clientOid with Cyrillic", (ThrowingSupplier<?>) () -> limit().clientOid("оrder1").build(),
            "clientOid", "clientOid: \"оrder1\" contains 'о' at index 0; use ASCII letters, digits, spaces and -_.:/#@"),
        Arguments.of("empty clientOid", (ThrowingSupplier<?>) () -> limit().clientOid("").build(),
            "clientOid", "clientOid: must not be empty; leave it unset to have one generated"),
        Arguments.of("stop loss zero", (ThrowingSupplier<?>) () -> limit().presetStopLossPrice(BigDecimal.ZERO).build(),
            "presetStopLossPrice", "presetStopLossPrice: must be positive but was 0"),
        Arguments.of("modify with nothing to change", (ThrowingSupplier<?>) () ->
            ModifyOrderRequest.builder(BTC, OrderRef.orderId("1")).build(),
            "newSizeAndPrice", "newSizeAndPrice: nothing to change; set newSizeAndPrice, newTakeProfitPrice or"
                + " newStopLossPrice"),
        Arguments.of("modify to zero price", (ThrowingSupplier<?>) () -> ModifyOrderRequest.builder(BTC,
            OrderRef.orderId("1")).newSizeAndPrice(ONE, BigDecimal.ZERO).build(),
            "newPrice", "newPrice: must be positive but was 0"),
        Arguments.of("query symbol of another product", (ThrowingSupplier<?>) () ->
            OrderQuery.builder(ProductType.DMCBL).symbol(BTC).build(),
            "symbol", "symbol: BTCUSDT_UMCBL is a USDT-FUTURES symbol, but the query is over COIN-FUTURES"),
        Arguments.of("query limit 101", (ThrowingSupplier<?>) () -> OrderQuery.builder(ProductType.UMCBL).limit(101).build(),
            "limit", "limit: must be between 1 and 100 but was 101"),
        Arguments.of("candles ending before they start", (ThrowingSupplier<?>) () ->
            CandleRequest.builder(BTC, CandleInterval.MINUTE_1).startTime(Instant.ofEpochSecond(2))
                .endTime(Instant.ofEpochSecond(1)).build(),
            "endTime", "endTime: 1970-01-01T00:00:01Z is before startTime 1970-01-01T00:00:02Z"),
        Arguments.of("unknown candle interval", (ThrowingSupplier<?>) () -> CandleRequest.of(BTC, CandleInterval.UNKNOWN),
            "interval", "interval: UNKNOWN is only for values read from the wire; choose a real one"),
        Arguments.of("blank order id", (ThrowingSupplier<?>) () -> OrderRef.orderId(" "),
            "orderId", "orderId: must not be blank"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidRequests")
  void rejectsAnInvalidRequestNamingTheField(String name, ThrowingSupplier<?> build, String field, String message) {
    InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class, build::get);

    assertThat(e.field()).isEqualTo(field);
    assertThat(e).hasMessage(message);
  }

  @Test
  void generatesAClientOidOncePerRequestAndDropsItOnToBuilder() {
    OrderRequest request = OrderRequest.market(BTC, Side.SELL, ONE);

    assertThat(request.clientOid()).matches("b4j[0-9a-f]{29}").hasSize(32); // fits both account modes
    assertThat(request.toBuilder().build().clientOid()).isNotEqualTo(request.clientOid());
    assertThat(OrderRequest.market(BTC, Side.SELL, ONE).clientOid()).isNotEqualTo(request.clientOid());
  }

  @Test
  void checksSizeAndPriceAgainstTheContractBeforeSendingTheOrder() {
    exchange.enqueue("/api/v2/mix/market/contracts", Fixtures.read("rest-contracts.json"));

    assertThatThrownBy(() -> client.orders().place(OrderRequest.limit(BTC, Side.BUY, new BigDecimal("0.01"),
        new BigDecimal("30000.05"))))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage("price: 30000.05 is not a multiple of the price tick 0.1 for BTCUSDT_UMCBL");
    assertThatThrownBy(() -> client.orders().place(OrderRequest.market(BTC, Side.BUY, new BigDecimal("0.0005"))))
        .hasMessage("size: 0.0005 is below the minimum 0.001 for BTCUSDT_UMCBL");
    assertThatThrownBy(() -> client.orders().place(OrderRequest.market(BTC, Side.BUY, new BigDecimal("0.0015"))))
        .hasMessage("size: 0.0015 is not a multiple of the size step 0.001 for BTCUSDT_UMCBL");
    assertThatThrownBy(() -> client.orders().place(limit().size(new BigDecimal("0.01"))
        .presetTakeProfitPrice(new BigDecimal("31000.01")).build()))
        .hasMessage("presetTakeProfitPrice: 31000.01 is not a multiple of the price tick 0.1 for BTCUSDT_UMCBL");

    assertThat(exchange.requests("/api/v2/mix/order/place-order")).isEmpty();
    assertThat(exchange.requests("/api/v2/mix/market/contracts")).hasSize(1);
  }

  @Test
  void checksModifiedTakeProfitAndStopLossAgainstTheContractUnderTheirOwnNames() {
    exchange.enqueue("/api/v2/mix/market/contracts", Fixtures.read("rest-contracts.json"));

    assertThatThrownBy(() -> client.orders().modify(ModifyOrderRequest.builder(BTC, OrderRef.orderId("1"))
        .newTakeProfitPrice(new BigDecimal("31000.01")).build()))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage("newTakeProfitPrice: 31000.01 is not a multiple of the price tick 0.1 for BTCUSDT_UMCBL");
    assertThatThrownBy(() -> client.orders().modify(ModifyOrderRequest.builder(BTC, OrderRef.orderId("1"))
        .newSizeAndPrice(new BigDecimal("0.01"), new BigDecimal("30000")).newStopLossPrice(new BigDecimal("29000.05"))
        .build()))
        .hasMessage("newStopLossPrice: 29000.05 is not a multiple of the price tick 0.1 for BTCUSDT_UMCBL");
    assertThat(exchange.requests("/api/v2/mix/order/modify-order")).isEmpty();
  }

  @Test
  void privateOrderCallsWithoutCredentialsFailBeforeAnyRequest() {
    try (BitgetRestClient anonymous = BitgetRestClient.builder().baseUrl(exchange.url())
        .sleeper(new RecordingSleeper()).build()) {
      assertThatThrownBy(() -> anonymous.orders().place(OrderRequest.market(BTC, Side.BUY, new BigDecimal("0.01"))))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("is a private endpoint and needs an API key");
      assertThatThrownBy(() -> anonymous.orders().placeBatch(java.util.List.of(
          OrderRequest.market(BTC, Side.BUY, new BigDecimal("0.01")))))
          .isInstanceOf(IllegalStateException.class);
    }
    assertThat(exchange.requests()).isEmpty();
  }

  @Test
  void contractChecksCanBeSwitchedOff() {
    exchange.enqueue("/api/v2/mix/order/place-order", Fixtures.read("rest-place-order.json"));
    try (BitgetRestClient unchecked = TestClients.builder(exchange, new RecordingSleeper())
        .config(RestConfig.builder().checkOrdersAgainstContracts(false).build()).build()) {
      unchecked.orders().place(OrderRequest.limit(BTC, Side.BUY, new BigDecimal("0.01"), new BigDecimal("30000.05")));
    }
    assertThat(exchange.requests("/api/v2/mix/market/contracts")).isEmpty();
    assertThat(exchange.requests("/api/v2/mix/order/place-order")).hasSize(1);
  }

  @Test
  void rejectsInvalidBatchesBeforeAnyRequest() {
    List<OrderRequest> tooMany = new ArrayList<>();
    for (int i = 0; i < 21; i++) {
      tooMany.add(OrderRequest.market(BTC, Side.BUY, ONE));
    }
    OrderRequest btc = OrderRequest.market(BTC, Side.BUY, ONE);

    assertThatThrownBy(() -> client.orders().placeBatch(tooMany))
        .hasMessage("requests: a batch holds 1 to 20 orders but got 21");
    assertThatThrownBy(() -> client.orders().placeBatch(List.of(btc, OrderRequest.market(Symbol.ETHUSDT_UMCBL, Side.BUY, ONE))))
        .hasMessage("requests[1].symbol: a batch is for one symbol: ETHUSDT_UMCBL differs from BTCUSDT_UMCBL");
    assertThatThrownBy(() -> client.orders().placeBatch(List.of(btc, btc)))
        .hasMessage("requests[1].clientOid: \"" + btc.clientOid() + "\" appears twice in the batch; each order needs its own");
    assertThatThrownBy(() -> client.orders().placeBatchAsync(List.of()))
        .hasMessage("requests: a batch holds 1 to 20 orders but got 0");
    assertThatThrownBy(() -> client.orders().cancelBatch(BTC, List.of(OrderRef.orderId("1"), OrderRef.orderId("1"))))
        .hasMessage("orders[1]: orderId=1 appears twice");
    assertThatThrownBy(() -> client.market().orderBook(BTC, 7))
        .hasMessage("depth: must be 1, 5, 15 or 50 but was 7; use orderBook(symbol) for 100 levels");
    assertThatThrownBy(() -> client.account().setLeverage(BTC, 0))
        .hasMessage("leverage: must be between 1 and 500 but was 0");

    assertThat(exchange.requests()).isEmpty();
  }
}
