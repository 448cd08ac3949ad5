package io.bitget4j.core.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bitget4j.core.BitgetDecodingException;
import io.bitget4j.core.ProductType;
import io.bitget4j.core.model.HoldSide;
import io.bitget4j.core.model.MarginMode;
import io.bitget4j.core.model.Position;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class MissingFieldMessagesTest {
  private static final ProductType USDT = ProductType.UMCBL;

  private final BitgetJson json = BitgetJson.create();

  @Test
  void positionWithoutTotalAndOpenPriceAvgNamesSizeAndEntryPrice() {
    String body = Fixtures.read("rest-all-position.json")
        .replace("\"total\": \"0.1\",", "")
        .replace("\"openPriceAvg\": \"27000.05\",", "");

    assertThatThrownBy(() -> json.decodeEnvelope(body, json.positions(USDT)))
        .isInstanceOf(BitgetDecodingException.class)
        .hasMessage("Invalid position data. Missing fields: size, entryPrice")
        .satisfies(e -> assertThat(((BitgetDecodingException) e).missingFields()).containsExactly("size", "entryPrice"));
  }

  @Test
  void emptyStringCountsAsMissing() {
    String body = Fixtures.read("ws-positions.json").replace("\"total\": \"0.1\"", "\"total\": \"\"");
    StreamFrame frame = json.decodePush(body);

    assertThatThrownBy(() -> frame.data(json.positionPush(USDT)))
        .isInstanceOf(BitgetDecodingException.class)
        .hasMessage("Invalid position data. Missing fields: size");
  }

  @Test
  void emptyObjectListsEveryRequiredField() {
    assertThatThrownBy(() -> json.decode("[{}]", json.tickers(USDT)))
        .hasMessage("Invalid ticker data. Missing fields: symbol, lastPrice, bidPrice, askPrice, bidSize, askSize,"
            + " high24h, low24h, open24h, baseVolume, quoteVolume, timestamp");
    assertThatThrownBy(() -> json.decode("[{}]", json.positions(USDT)))
        .hasMessage("Invalid position data. Missing fields: symbol, holdSide, marginMode, positionMode, size,"
            + " available, entryPrice, leverage, unrealizedPnl, margin, achievedProfits, createdAt, updatedAt");
    assertThatThrownBy(() -> json.decode("{}", json.order(USDT)))
        .hasMessage("Invalid order data. Missing fields: symbol, orderId, size, filledSize, side, orderType, force,"
            + " status, createdAt, updatedAt");
    assertThatThrownBy(() -> json.decode("{}", json.account()))
        .hasMessage("Invalid account data. Missing fields: marginCoin, available, locked, equity");
    assertThatThrownBy(() -> json.decode("[{}]", json.contracts(USDT)))
        .hasMessage("Invalid contract data. Missing fields: symbol, baseCoin, quoteCoin, minTradeNum, priceEndStep,"
            + " pricePlace, volumePlace, sizeMultiplier, minTradeUsdt, minLeverage, maxLeverage, makerFeeRate,"
            + " takerFeeRate, status");
    assertThatThrownBy(() -> json.decode("{\"fillList\":[{}]}", json.fills(USDT)))
        .hasMessage("Invalid fill data. Missing fields: symbol, tradeId, orderId, price, size, side, fee, profit,"
            + " timestamp");
    assertThatThrownBy(() -> json.decode("{\"clientOid\":\"x\"}", json.orderAck()))
        .hasMessage("Invalid order ack data. Missing fields: orderId");
    assertThatThrownBy(() -> json.decode("{}", json.serverTime()))
        .hasMessage("Invalid server time data. Missing fields: serverTime");
  }

  @Test
  void wrongTypeNamesJsonPath() {
    String body = Fixtures.read("rest-all-position.json").replace("\"marginSize\": \"270.005\"", "\"marginSize\": [1]");

    assertThatThrownBy(() -> json.decodeEnvelope(body, json.positions(USDT)))
        .isInstanceOf(BitgetDecodingException.class)
        .hasMessage("Expected a decimal number but was BEGIN_ARRAY at path $.data[0].marginSize");
  }

  @Test
  void garbageNumberNamesValueAndPath() {
    String body = Fixtures.read("rest-ticker.json").replace("\"lastPr\": \"27000.5\"", "\"lastPr\": \"27,000.5\"");

    assertThatThrownBy(() -> json.decodeEnvelope(body, json.ticker(USDT)))
        .isInstanceOf(BitgetDecodingException.class)
        .hasMessage("Expected a decimal number but was \"27,000.5\" at path $.data[0].lastPr");
  }

  @Test
  void fractionalLeverageIsRejectedWithPath() {
    String body = Fixtures.read("rest-all-position.json").replace("\"leverage\": \"10\"", "\"leverage\": \"10.5\"");

    assertThatThrownBy(() -> json.decodeEnvelope(body, json.positions(USDT)))
        .isInstanceOf(BitgetDecodingException.class)
        .hasMessage("Expected an integer but was \"10.5\" at path $.data[0].leverage");
  }

  @Test
  void timestampThatIsNotEpochMillisIsRejected() {
    String body = Fixtures.read("rest-all-position.json").replace("\"cTime\": \"1732410000000\"",
        "\"cTime\": \"2024-11-24T00:00:00Z\"");

    assertThatThrownBy(() -> json.decodeEnvelope(body, json.positions(USDT)))
        .isInstanceOf(BitgetDecodingException.class)
        .hasMessage("Expected epoch milliseconds but was \"2024-11-24T00:00:00Z\" at path $.data[0].cTime");
  }

  @Test
  void unknownEnumValuesDecodeAsUnknownInsteadOfFailing() {
    String body = Fixtures.read("rest-all-position.json")
        .replace("\"holdSide\": \"long\"", "\"holdSide\": \"sideways\"")
        .replace("\"marginMode\": \"isolated\"", "\"marginMode\": \"portfolio\"");

    List<Position> positions = json.decodeEnvelope(body, json.positions(USDT)).data().orElseThrow();

    assertThat(positions.get(0).holdSide()).isEqualTo(HoldSide.UNKNOWN);
    assertThat(positions.get(0).marginMode()).isEqualTo(MarginMode.UNKNOWN);
  }

  @Test
  void wrongContainerTypeNamesPath() {
    assertThatThrownBy(() -> json.decodeEnvelope("{\"code\":\"00000\",\"data\":\"oops\"}", json.positions(USDT)))
        .isInstanceOf(BitgetDecodingException.class)
        .hasMessage("Expected an array but was STRING at path $.data");
  }
}
