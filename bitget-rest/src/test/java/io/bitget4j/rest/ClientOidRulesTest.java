package io.bitget4j.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.bitget4j.core.InvalidRequestException;
import io.bitget4j.core.Symbol;
import io.bitget4j.core.model.Side;
import io.bitget4j.rest.testing.FakeExchange;
import io.bitget4j.rest.testing.Fixtures;
import io.bitget4j.rest.testing.RecordingSleeper;
import io.bitget4j.rest.testing.TestClients;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Client order ids: generated ones fit both account modes; a caller's id is checked against the
 * rule of the mode in use when the order is sent, before anything is sent, and the message names
 * the rule.
 */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class ClientOidRulesTest {
  private static final Symbol BTC = Symbol.BTCUSDT_UMCBL;
  private static final String UNIFIED_RULE = "on a unified account (Bitget V3) a client order id is 1 to 32"
      + " characters of A-Z, a-z, 0-9, _, : and -";

  private final FakeExchange exchange = new FakeExchange();
  private final RestConfig unchecked = RestConfig.builder().checkOrdersAgainstContracts(false).build();
  private final BitgetRestClient unified = TestClients.unified(exchange, new RecordingSleeper()).config(unchecked)
      .build();
  private final BitgetRestClient classic = TestClients.builder(exchange, new RecordingSleeper()).config(unchecked)
      .build();

  @AfterEach
  void tearDown() {
    unified.close();
    classic.close();
    exchange.close();
  }

  private static OrderRequest withClientOid(String clientOid) {
    return OrderRequest.builder().symbol(BTC).side(Side.BUY).size(new BigDecimal("0.01")).market()
        .clientOid(clientOid).build();
  }

  @Test
  void generatedIdsFitTheUnifiedRule() {
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      String id = OrderRequest.market(BTC, Side.BUY, BigDecimal.ONE).clientOid();
      assertThat(id).matches("[A-Za-z0-9_:-]{1,32}");
      ids.add(id);
    }
    assertThat(ids).hasSize(1000);
  }

  @ParameterizedTest(name = "\"{0}\": {1}")
  @CsvSource(delimiter = '|', value = {
      "order/1 | \"order/1\" contains '/' at index 5",
      "order.1 | \"order.1\" contains '.' at index 5",
      "my order | \"my order\" contains ' ' at index 2",
      "a#1 | \"a#1\" contains '#' at index 1",
      "abcdefghijabcdefghijabcdefghijabc | \"abcdefghijabcdefghijabcdefghijabc\" has 33 characters",
  })
  void aCallersIdOutsideTheUnifiedRuleIsRefusedBeforeSendingNamingTheRule(String clientOid, String problem) {
    OrderRequest request = withClientOid(clientOid); // fine for a classic account

    InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class,
        () -> unified.orders().place(request));

    assertThat(e.field()).isEqualTo("clientOid");
    assertThat(e).hasMessage("clientOid: " + problem + "; " + UNIFIED_RULE);
    assertThat(exchange.requests()).isEmpty();
  }

  @Test
  void theSameIdIsAcceptedByAClassicAccount() {
    exchange.enqueue("/api/v2/mix/order/place-order", Fixtures.read("rest-place-order.json"));

    classic.orders().place(withClientOid("order/1"));

    assertThat(FakeExchange.body(exchange.requests("/api/v2/mix/order/place-order").get(0)))
        .contains("\"clientOid\":\"order/1\"");
  }

  @Test
  void idsWithinTheUnifiedRuleAreSent() {
    exchange.enqueue("/api/v3/trade/place-order", Fixtures.read("v3/rest-v3-place-order.json"));

    unified.orders().place(withClientOid("Strategy_7:leg-2"));

    assertThat(FakeExchange.body(exchange.requests("/api/v3/trade/place-order").get(0)))
        .contains("\"clientOid\":\"Strategy_7:leg-2\"");
  }

  @Test
  void batchItemsNameTheirIndex() {
    List<OrderRequest> batch = List.of(withClientOid("ok-1"), withClientOid("not ok"));

    assertThatThrownBy(() -> unified.orders().placeBatch(batch))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage("requests[1].clientOid: \"not ok\" contains ' ' at index 3; " + UNIFIED_RULE);
    assertThat(exchange.requests()).isEmpty();
  }

  @Test
  void lookingUpOrCancellingByAnIdOutsideTheRuleIsRefusedToo() {
    assertThatThrownBy(() -> unified.orders().detail(BTC, OrderRef.clientOid("a/b")))
        .hasMessage("clientOid: \"a/b\" contains '/' at index 1; " + UNIFIED_RULE);
    assertThatThrownBy(() -> unified.orders().cancel(BTC, OrderRef.clientOid("a/b")))
        .isInstanceOf(InvalidRequestException.class);
    assertThat(exchange.requests()).isEmpty();
  }
}
