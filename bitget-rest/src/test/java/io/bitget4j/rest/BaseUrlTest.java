package io.bitget4j.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bitget4j.core.Symbol;
import io.bitget4j.rest.testing.FakeExchange;
import io.bitget4j.rest.testing.Fixtures;
import io.bitget4j.rest.testing.RecordingSleeper;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Timeout(value = 10, unit = TimeUnit.SECONDS)
class BaseUrlTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"https://api.bitget.com", "https://api.bitget.com/", "http://127.0.0.1:8080",
      "http://localhost:9000/", "http://[::1]:8080", "https://example.org:8443"})
  void acceptsHttpsAnywhereAndHttpOnLoopback(String url) {
    BitgetRestClient.builder().baseUrl(url).build().close();
  }

  @Test
  void refusesPlainHttpToARemoteHost() {
    assertThatThrownBy(() -> BitgetRestClient.builder().baseUrl("http://api.bitget.com"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("baseUrl \"http://api.bitget.com\" uses plain http to a non-loopback host, which would"
            + " send signed requests unencrypted; use https (plain http is allowed only for 127.0.0.1, ::1"
            + " and localhost)");
  }

  @Test
  void refusesAnAddressThatOnlyLooksLocal() {
    assertThatThrownBy(() -> BitgetRestClient.builder().baseUrl("http://127.0.0.1.evil.example"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("plain http to a non-loopback host");
  }

  @Test
  void refusesAPathBecauseTheSignatureCoversThePath() {
    assertThatThrownBy(() -> BitgetRestClient.builder().baseUrl("https://api.bitget.com/api/v2"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("baseUrl \"https://api.bitget.com/api/v2\" must be scheme, host and port only (no path,"
            + " query or fragment), because the signature covers the request path; use e.g."
            + " https://api.bitget.com");
  }

  @Test
  void refusesSomethingThatIsNotAnHttpUrl() {
    assertThatThrownBy(() -> BitgetRestClient.builder().baseUrl("wss://ws.bitget.com"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("baseUrl \"wss://ws.bitget.com\" is not an http(s) URL; expected something like"
            + " https://api.bitget.com");
  }

  @Test
  void talksToALoopbackTestServerByIpAddress() {
    try (FakeExchange exchange = new FakeExchange()) {
      exchange.enqueue("/api/v2/mix/market/ticker", Fixtures.read("rest-ticker.json"));
      String url = "http://127.0.0.1:" + exchange.url().substring(exchange.url().lastIndexOf(':') + 1);
      try (BitgetRestClient client = BitgetRestClient.builder().baseUrl(url).sleeper(new RecordingSleeper()).build()) {
        assertThat(client.market().ticker(Symbol.BTCUSDT_UMCBL).symbol()).isEqualTo(Symbol.BTCUSDT_UMCBL);
      }
      assertThat(exchange.requests().get(0).getHeaders().get("Host")).startsWith("127.0.0.1:");
    }
  }
}
