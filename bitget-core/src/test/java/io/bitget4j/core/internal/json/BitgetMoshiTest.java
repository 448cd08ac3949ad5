package io.bitget4j.core.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import io.bitget4j.core.Symbol;
import io.bitget4j.core.model.MarginMode;
import io.bitget4j.core.model.OrderType;
import io.bitget4j.core.model.Side;
import io.bitget4j.core.model.TimeInForce;
import io.bitget4j.core.model.TradeSide;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
public class BitgetMoshiTest {
  /** The V2 place-order body, as the REST client might model it. */
  public record PlaceOrderBody(String symbol, String productType, MarginMode marginMode, String marginCoin,
      BigDecimal size, BigDecimal price, Side side, TradeSide tradeSide, OrderType orderType, TimeInForce force,
      String clientOid) {
  }

  public record Values(BigDecimal amount, Instant at, Optional<BigDecimal> maybe, Side side, Symbol symbol) {
  }

  private final Moshi moshi = MoshiSetup.create();

  @Test
  void readsPlaceOrderRequestSamplesReflectively() throws IOException {
    JsonAdapter<PlaceOrderBody> adapter = moshi.adapter(PlaceOrderBody.class);

    PlaceOrderBody ours = adapter.fromJson(Fixtures.read("rest-place-order-request.json"));
    PlaceOrderBody documented = adapter.fromJson(Fixtures.read("documented/v2-rest-place-order-request.json"));

    assertThat(ours).isEqualTo(new PlaceOrderBody("BTCUSDT", "USDT-FUTURES", MarginMode.ISOLATED, "USDT",
        new BigDecimal("0.01"), new BigDecimal("30000"), Side.BUY, TradeSide.OPEN, OrderType.LIMIT, TimeInForce.GTC,
        "omega-0001"));
    assertThat(documented.side()).isEqualTo(Side.SELL);
    assertThat(documented.size()).isEqualTo(new BigDecimal("0.1"));
  }

  @Test
  void writesDecimalsAndEnumsAsBitgetStrings() {
    PlaceOrderBody body = new PlaceOrderBody("BTCUSDT", "USDT-FUTURES", MarginMode.CROSSED, "USDT",
        new BigDecimal("1E-3"), new BigDecimal("30000.10"), Side.SELL, TradeSide.CLOSE, OrderType.MARKET,
        TimeInForce.POST_ONLY, "c");

    String text = moshi.adapter(PlaceOrderBody.class).toJson(body);

    assertThat(text).isEqualTo("{\"symbol\":\"BTCUSDT\",\"productType\":\"USDT-FUTURES\",\"marginMode\":\"crossed\","
        + "\"marginCoin\":\"USDT\",\"size\":\"0.001\",\"price\":\"30000.10\",\"side\":\"sell\",\"tradeSide\":\"close\","
        + "\"orderType\":\"market\",\"force\":\"post_only\",\"clientOid\":\"c\"}");
  }

  @Test
  void readsNumbersExactlyAndEmptyStringsAsAbsent() throws IOException {
    JsonAdapter<Values> adapter = moshi.adapter(Values.class);

    Values numbers = adapter.fromJson("{\"amount\":0.1,\"at\":1732413600123,\"maybe\":\"2.50\",\"side\":\"hold\","
        + "\"symbol\":\"BTCUSDT_UMCBL\"}");
    Values strings = adapter.fromJson("{\"amount\":\"12345678901234567890.123456789\",\"at\":\"5\",\"maybe\":null,"
        + "\"side\":\"BUY\",\"symbol\":\"ETHUSDT_UMCBL\"}");

    assertThat(numbers).isEqualTo(new Values(new BigDecimal("0.1"), Instant.ofEpochMilli(1732413600123L),
        Optional.of(new BigDecimal("2.50")), Side.UNKNOWN, Symbol.BTCUSDT_UMCBL));
    assertThat(strings.amount()).isEqualTo(new BigDecimal("12345678901234567890.123456789"));
    assertThat(strings.maybe()).isEmpty();
    assertThat(strings.side()).isEqualTo(Side.BUY);
    assertThat(moshi.adapter(BigDecimal.class).fromJson("\"\"")).isNull();
  }
}
