package io.bitget4j.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.bitget4j.core.AuthenticationException;
import io.bitget4j.core.BitgetApiException;
import io.bitget4j.core.BitgetDecodingException;
import io.bitget4j.core.ClockSkewException;
import io.bitget4j.core.DuplicateClientOidException;
import io.bitget4j.core.OrderNotFoundException;
import io.bitget4j.core.OrderRejectedException;
import io.bitget4j.core.PermissionException;
import io.bitget4j.core.RateLimitException;
import io.bitget4j.core.ServiceUnavailableException;
import io.bitget4j.core.Symbol;
import io.bitget4j.core.util.Backoff;
import io.bitget4j.rest.testing.FakeExchange;
import io.bitget4j.rest.testing.Fixtures;
import io.bitget4j.rest.testing.RecordingSleeper;
import io.bitget4j.rest.testing.TestClients;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@Timeout(value = 20, unit = TimeUnit.SECONDS)
class ErrorMappingTest {
  private static final String TICKER = "/api/v2/mix/market/ticker";

  private final FakeExchange exchange = new FakeExchange();
  /** No retries, so each scripted answer is the final one. */
  private final BitgetRestClient client = TestClients.builder(exchange, new RecordingSleeper())
      .config(RestConfig.builder().backoff(Backoff.builder().base(Duration.ofMillis(1)).cap(Duration.ofMillis(1))
          .maxAttempts(1).build()).build())
      .build();

  @AfterEach
  void tearDown() {
    client.close();
    exchange.close();
  }

  static Stream<Arguments> errorAnswers() {
    return Stream.of(
        Arguments.of("signature error", 400, Fixtures.read("documented/rest-error-40009-sign.json"),
            AuthenticationException.class, "40009", "sign signature error"),
        Arguments.of("timestamp expired", 400, Fixtures.read("rest-error-timestamp.json"),
            ClockSkewException.class, "40008", "Request timestamp expired"),
        Arguments.of("rate limited", 429, Fixtures.read("rest-error-rate-limit.json"),
            RateLimitException.class, "429", "Too Many Requests"),
        Arguments.of("insufficient balance", 400, Fixtures.read("rest-error-balance.json"),
            OrderRejectedException.class, "40762", "The order amount exceeds the balance"),
        Arguments.of("duplicate clientOid without data key", 400,
            Fixtures.read("documented/rest-error-40786-duplicate-clientoid.json"),
            DuplicateClientOidException.class, "40786", "Duplicate clientOid"),
        Arguments.of("below minimum size", 400, Fixtures.read("documented/rest-error-45110-min-amount.json"),
            OrderRejectedException.class, "45110", "less than the minimum amount 5 USDT"),
        Arguments.of("precision", 400, Fixtures.read("documented/rest-error-40808-scale.json"),
            OrderRejectedException.class, "40808",
            "Parameter verification exception size checkBDScale error value=2293.577 checkScale=2"),
        Arguments.of("missing parameter", 400, Fixtures.read("documented/rest-error-40019-missing-param.json"),
            BitgetApiException.class, "40019", "Parameter QLCUSDT_SPBL cannot be empty"),
        Arguments.of("function not open", 400, Fixtures.read("documented/rest-error-40919-not-open.json"),
            BitgetApiException.class, "40919", "This function is not open yet"),
        Arguments.of("permission", 403, "{\"code\":\"40014\",\"msg\":\"Incorrect permissions\",\"data\":null}",
            PermissionException.class, "40014", "Incorrect permissions"),
        Arguments.of("maintenance", 400, "{\"code\":\"40200\",\"msg\":\"Server upgrade\",\"data\":null}",
            ServiceUnavailableException.class, "40200", "Server upgrade"),
        Arguments.of("order not found", 400, "{\"code\":\"40109\",\"msg\":\"The order cannot be found\"}",
            OrderNotFoundException.class, "40109", "The order cannot be found"),
        Arguments.of("error envelope with HTTP 200", 200, Fixtures.read("rest-error-balance.json"),
            OrderRejectedException.class, "40762", "The order amount exceeds the balance"),
        Arguments.of("proxy HTML page", 502, Fixtures.read("errors/bad-gateway.html"),
            ServiceUnavailableException.class, "502",
            "HTTP 502 <html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gatew..."),
        Arguments.of("empty 404", 404, "", BitgetApiException.class, "404", "HTTP 404 "));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("errorAnswers")
  void mapsEveryErrorAnswerToItsTypedException(String name, int status, String body,
      Class<? extends BitgetApiException> type, String code, String message) {
    exchange.enqueue(TICKER, FakeExchange.json(status, body));

    BitgetApiException e = catchThrowableOfType(BitgetApiException.class,
        () -> client.market().ticker(Symbol.BTCUSDT_UMCBL));

    assertThat(e).isExactlyInstanceOf(type);
    assertThat(e.code()).isEqualTo(code);
    assertThat(e.exchangeMessage()).isEqualTo(message);
    assertThat(e.httpStatus()).isEqualTo(status);
    assertThat(e.method()).isEqualTo("GET");
    assertThat(e.path()).isEqualTo(TICKER);
  }

  @Test
  void errorMessageNamesCodeStatusMethodPathAndExchangeMessage() {
    exchange.enqueue(TICKER, FakeExchange.json(400, Fixtures.read("rest-error-sign.json")));

    BitgetApiException e = catchThrowableOfType(BitgetApiException.class,
        () -> client.market().ticker(Symbol.BTCUSDT_UMCBL));

    assertThat(e).hasMessage("Bitget error 40009 (HTTP 400) on GET /api/v2/mix/market/ticker: sign signature error");
  }

  @Test
  void retryAfterHeaderBecomesTheRateLimitHint() {
    exchange.enqueue(TICKER, new mockwebserver3.MockResponse.Builder().code(429).setHeader("Retry-After", "3")
        .body(Fixtures.read("rest-error-rate-limit.json")).build());

    RateLimitException e = catchThrowableOfType(RateLimitException.class,
        () -> client.market().ticker(Symbol.BTCUSDT_UMCBL));

    assertThat(e.retryAfter()).contains(Duration.ofSeconds(3));
  }

  @Test
  void htmlWithStatus200IsADecodingError() {
    exchange.enqueue(TICKER, FakeExchange.json(200, Fixtures.read("errors/bad-gateway.html")));

    BitgetDecodingException e = catchThrowableOfType(BitgetDecodingException.class,
        () -> client.market().ticker(Symbol.BTCUSDT_UMCBL));

    assertThat(e).hasMessage("GET /api/v2/mix/market/ticker: response is not JSON: "
        + "\"<html><head><title>502 Bad Gateway</title></head><body><center><...\"");
  }

  @Test
  void truncatedBodyIsADecodingError() {
    exchange.enqueue(TICKER, Fixtures.read("errors/truncated.json"));

    BitgetDecodingException e = catchThrowableOfType(BitgetDecodingException.class,
        () -> client.market().ticker(Symbol.BTCUSDT_UMCBL));

    assertThat(e.getMessage()).startsWith("GET /api/v2/mix/market/ticker: response is ");
    assertThat(e.getMessage()).containsAnyOf("truncated", "not valid JSON");
  }

  @Test
  void successWithoutDataIsADecodingError() {
    exchange.enqueue(TICKER, Fixtures.read("errors/no-data.json"));

    BitgetDecodingException e = catchThrowableOfType(BitgetDecodingException.class,
        () -> client.market().ticker(Symbol.BTCUSDT_UMCBL));

    assertThat(e).hasMessage("GET /api/v2/mix/market/ticker answered code 00000 without data");
  }

  @Test
  void recordMissingRequiredFieldsIsADecodingErrorNamingThem() {
    exchange.enqueue(TICKER, "{\"code\":\"00000\",\"msg\":\"success\",\"data\":[{\"symbol\":\"BTCUSDT\"}]}");

    BitgetDecodingException e = catchThrowableOfType(BitgetDecodingException.class,
        () -> client.market().ticker(Symbol.BTCUSDT_UMCBL));

    assertThat(e.getMessage()).startsWith("GET /api/v2/mix/market/ticker: Invalid ticker data. Missing fields: ");
    assertThat(e.getMessage()).contains("lastPrice");
  }
}
