package io.bitget4j.core.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.JsonReader;
import io.bitget4j.core.BitgetDecodingException;
import io.bitget4j.core.ProductType;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import okio.Buffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Timeout(10)
class RestEnvelopeDecodingTest {
  private final BitgetJson json = BitgetJson.create();

  @Test
  void readsSuccessEnvelopeFromSource() throws IOException {
    Envelope<Instant> envelope =
        json.decodeEnvelope(new Buffer().writeUtf8(Fixtures.read("rest-public-time.json")), json.serverTime());

    assertThat(envelope.code()).isEqualTo("00000");
    assertThat(envelope.isSuccess()).isTrue();
    assertThat(envelope.msg()).isEqualTo("success");
    assertThat(envelope.requestTime()).contains(Instant.ofEpochMilli(1732413600123L));
    assertThat(envelope.data()).contains(Instant.ofEpochMilli(1732413600123L));
  }

  @Test
  void readsRequestTimeWrittenAsString() {
    Envelope<?> envelope = json.decodeEnvelope(Fixtures.read("documented/v2-rest-cancel-order.json"), json.orderAck());

    assertThat(envelope.requestTime()).contains(Instant.ofEpochMilli(1627293504612L));
  }

  @Test
  void decodesDataThatComesBeforeCode() {
    Envelope<?> envelope = json.decodeEnvelope(Fixtures.read("documented/v2-rest-account.json"), json.account());

    assertThat(envelope.isSuccess()).isTrue();
    assertThat(envelope.data()).isPresent();
  }

  @Test
  void skipsDataOfErrorEnvelopeEvenWhenItComesFirst() {
    AtomicInteger calls = new AtomicInteger();
    JsonDecoder<String> counting = reader -> {
      calls.incrementAndGet();
      reader.skipValue();
      return "decoded";
    };

    Envelope<String> before = json.decodeEnvelope("{\"data\":{\"x\":1},\"code\":\"40009\",\"msg\":\"m\"}", counting);
    Envelope<String> after = json.decodeEnvelope("{\"code\":\"40009\",\"msg\":\"m\",\"data\":[1,2]}", counting);

    assertThat(before.data()).isEmpty();
    assertThat(after.data()).isEmpty();
    assertThat(calls).hasValue(0);
  }

  @Test
  void treatsMissingDataKeyAsEmpty() {
    Envelope<?> envelope =
        json.decodeEnvelope(Fixtures.read("documented/rest-error-40786-duplicate-clientoid.json"), json.orderAck());

    assertThat(envelope.code()).isEqualTo("40786");
    assertThat(envelope.msg()).isEqualTo("Duplicate clientOid");
    assertThat(envelope.data()).isEmpty();
    assertThat(envelope.isSuccess()).isFalse();
  }

  @Test
  void treatsNullDataOfSuccessAsEmpty() {
    Envelope<?> envelope = json.decodeEnvelope(
        "{\"code\":\"00000\",\"msg\":\"success\",\"requestTime\":1,\"data\":null}", json.orderAck());

    assertThat(envelope.isSuccess()).isTrue();
    assertThat(envelope.data()).isEmpty();
  }

  @ParameterizedTest(name = "{0} carries code {1}")
  @CsvSource(delimiter = '|', value = {
      "rest-error-balance.json                          | 40762 | The order amount exceeds the balance",
      "rest-error-rate-limit.json                       | 429   | Too Many Requests",
      "rest-error-sign.json                             | 40009 | sign signature error",
      "rest-error-timestamp.json                        | 40008 | Request timestamp expired",
      "documented/rest-error-40008-timestamp.json       | 40008 | Request timestamp expired",
      "documented/rest-error-40009-sign.json            | 40009 | sign signature error",
      "documented/rest-error-40019-missing-param.json   | 40019 | Parameter QLCUSDT_SPBL cannot be empty",
      "documented/rest-error-40762-balance.json         | 40762 | The order amount exceeds the balance",
      "documented/rest-error-40786-duplicate-clientoid.json | 40786 | Duplicate clientOid",
      "documented/rest-error-40808-scale.json           | 40808 | Parameter verification exception size checkBDScale error value=2293.577 checkScale=2",
      "documented/rest-error-40919-not-open.json        | 40919 | This function is not open yet",
      "documented/rest-error-45110-min-amount.json      | 45110 | less than the minimum amount 5 USDT",
  })
  void readsErrorEnvelopes(String fixture, String code, String msg) {
    Envelope<List<io.bitget4j.core.model.Position>> envelope =
        json.decodeEnvelope(Fixtures.read(fixture), json.positions(ProductType.UMCBL));

    assertThat(envelope.code()).isEqualTo(code);
    assertThat(envelope.msg()).isEqualTo(msg);
    assertThat(envelope.requestTime()).isPresent();
    assertThat(envelope.data()).isEmpty();
  }

  @Test
  void acceptsNumericCode() {
    Envelope<?> envelope = json.decodeEnvelope("{\"code\":429,\"msg\":\"Too Many Requests\"}", json.orderAck());

    assertThat(envelope.code()).isEqualTo("429");
  }

  @Test
  void rejectsHtmlBodyQuotingItsStart() {
    assertThatThrownBy(() -> json.decodeEnvelope(
        new Buffer().writeUtf8("<html><body>502 Bad Gateway</body></html>"), json.orderAck()))
        .isInstanceOf(BitgetDecodingException.class)
        .hasMessage("response is not JSON: \"<html><body>502 Bad Gateway</body></html>\"");
  }

  @Test
  void rejectsLongNonJsonBodyWithTruncatedQuote() {
    String body = "x".repeat(100);

    assertThatThrownBy(() -> json.decodeEnvelope(new Buffer().writeUtf8(body), json.orderAck()))
        .isInstanceOf(BitgetDecodingException.class)
        .hasMessage("response is not JSON: \"" + "x".repeat(64) + "...\"");
  }

  @Test
  void rejectsEmptyBody() {
    assertThatThrownBy(() -> json.decodeEnvelope(new Buffer(), json.orderAck()))
        .isInstanceOf(BitgetDecodingException.class)
        .hasMessage("response is not JSON: it is empty");
  }

  @Test
  void reportsTruncatedBodyWithPath() {
    String truncated = "{\"code\":\"00000\",\"msg\":\"success\",\"data\":[{\"symbol\":\"BTCUSDT\",\"lastPr\":\"27";

    assertThatThrownBy(() -> json.decodeEnvelope(new Buffer().writeUtf8(truncated), json.tickers(ProductType.UMCBL)))
        .isInstanceOf(BitgetDecodingException.class)
        .hasMessageStartingWith("response is truncated at path $.data[0].lastPr");
  }

  @Test
  void reportsMalformedJsonWithMoshiPath() {
    assertThatThrownBy(() -> json.decodeEnvelope("{\"code\":\"00000\",\"msg\" \"x\"}", json.orderAck()))
        .isInstanceOf(BitgetDecodingException.class)
        .hasMessageStartingWith("response is not valid JSON: ")
        .hasMessageContaining("at path $.msg");
  }

  @Test
  void rejectsEnvelopeWithoutCode() {
    assertThatThrownBy(() -> json.decodeEnvelope("{\"msg\":\"success\",\"data\":{}}", json.orderAck()))
        .isInstanceOf(BitgetDecodingException.class)
        .hasMessage("Invalid envelope data. Missing fields: code");
  }

  @Test
  void rejectsDataAfterTheDocument() {
    assertThatThrownBy(() -> json.decodeEnvelope("{\"code\":\"1\"} {\"code\":\"2\"}", json.orderAck()))
        .isInstanceOf(BitgetDecodingException.class)
        .hasMessageStartingWith("response ");
  }

  @Test
  void reportsDataTypeErrorWithPathOfDataDecodedLater() {
    assertThatThrownBy(() -> json.decodeEnvelope(
        "{\"data\":[{\"symbol\":\"BTCUSDT\",\"lastPr\":{}}],\"code\":\"00000\"}", json.tickers(ProductType.UMCBL)))
        .isInstanceOf(BitgetDecodingException.class)
        .hasMessage("Expected a decimal number but was BEGIN_OBJECT at path $[0].lastPr");
  }

  @Test
  void decodesBareValue() {
    assertThat(json.decode("{\"serverTime\":\"5\"}", json.serverTime())).isEqualTo(Instant.ofEpochMilli(5));
    assertThat(json.decode("{\"a\":[\"1\"]}", JsonReader::readJsonValue))
        .isEqualTo(java.util.Map.of("a", List.of("1")));
    assertThat(json.decode("[[\"1\",\"2\",\"3\",\"4\",\"5\",\"6\",\"7\"]]", json.candles()).get(0).close())
        .isEqualTo(new BigDecimal("5"));
  }
}
