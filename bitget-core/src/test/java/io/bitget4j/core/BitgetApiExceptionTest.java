package io.bitget4j.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class BitgetApiExceptionTest {

  @ParameterizedTest(name = "code {0} with HTTP {1} is {2}, retryable={3}")
  @CsvSource({
      "40009, 400, AuthenticationException, false",
      "40006, 400, AuthenticationException, false",
      "40037, 400, AuthenticationException, false",
      "30015, 0, AuthenticationException, false",
      "30005, 0, AuthenticationException, false",
      "40008, 400, ClockSkewException, true",
      "40004, 400, ClockSkewException, true",
      "30014, 0, ClockSkewException, true",
      "40014, 400, PermissionException, false",
      "40018, 400, PermissionException, false",
      "429, 429, RateLimitException, true",
      "429, 200, RateLimitException, true",
      "40200, 400, ServiceUnavailableException, true",
      "40604, 400, ServiceUnavailableException, true",
      "503, 503, ServiceUnavailableException, true",
      "40109, 400, OrderNotFoundException, false",
      "40762, 400, OrderRejectedException, false",
      "45110, 400, OrderRejectedException, false",
      "40305, 400, OrderRejectedException, false",
      "40786, 400, DuplicateClientOidException, false",
      "43118, 400, DuplicateClientOidException, false",
      "50060, 400, DuplicateClientOidException, false",
      "40099, 400, DemoTradingMismatchException, false",
      "40019, 400, BitgetApiException, false",
      "40010, 400, ServiceUnavailableException, true",
      "40725, 400, ServiceUnavailableException, true",
      "45001, 400, ServiceUnavailableException, true",
      "25000, 400, ServiceUnavailableException, true",
      "25001, 400, ServiceUnavailableException, true",
      "25003, 400, ServiceUnavailableException, true",
      "25004, 400, RateLimitException, true",
      "25204, 400, OrderNotFoundException, false",
      "25212, 400, DuplicateClientOidException, false",
      "25202, 400, OrderRejectedException, false",
      "25203, 400, OrderRejectedException, false",
      "25207, 400, OrderRejectedException, false",
      "25236, 400, OrderRejectedException, false",
      "25611, 400, OrderRejectedException, false",
      "25620, 400, PermissionException, false",
      "40084, 400, AccountModeMismatchException, false",
      "40085, 400, AccountModeMismatchException, false",
      "25245, 400, AccountModeMismatchException, false",
      "400172, 400, BitgetApiException, false",
      "24056, 200, BitgetApiException, false",
  })
  void mapsCodesToTypesThatSayWhatToDo(String code, int status, String type, boolean retryable) {
    BitgetApiException e = BitgetApiException.of(code, "msg", status, "GET", "/api/v2/x");
    assertThat(e.getClass().getSimpleName()).isEqualTo(type);
    assertThat(e.isRetryable()).isEqualTo(retryable);
    assertThat(e.code()).isEqualTo(code);
    assertThat(e.httpStatus()).isEqualTo(status);
  }

  @Test
  void messageNamesCodeStatusMethodPathAndExchangeMessage() {
    BitgetApiException e = BitgetApiException.of("40762", "The order amount exceeds the balance", 400,
        "POST", "/api/v2/mix/order/place-order");
    assertThat(e).hasMessage("Bitget error 40762 (HTTP 400) on POST /api/v2/mix/order/place-order:"
        + " The order amount exceeds the balance");
    assertThat(e.exchangeMessage()).isEqualTo("The order amount exceeds the balance");
    assertThat(e.method()).isEqualTo("POST");
    assertThat(e.path()).isEqualTo("/api/v2/mix/order/place-order");
  }

  @Test
  void unifiedKeyOnAClassicEndpointSaysTheKeyIsUnifiedAndHowToFixTheClient() {
    BitgetApiException e = BitgetApiException.of("40085", "You are in Unified Account mode, and the Classic Account"
        + " API is not supported at this time", 400, "GET", "/api/v2/mix/position/all-position");

    assertThat(e).isInstanceOfSatisfying(AccountModeMismatchException.class,
        m -> assertThat(m.keyMode()).isEqualTo(AccountMode.UNIFIED));
    assertThat(e).hasMessage("Bitget error 40085 (HTTP 400) on GET /api/v2/mix/position/all-position: You are in"
        + " Unified Account mode, and the Classic Account API is not supported at this time; this API key belongs"
        + " to a unified trading account, which speaks Bitget's V3 API: build the client with"
        + " accountMode(AccountMode.UNIFIED), or drop accountMode(AccountMode.CLASSIC) so that it detects the mode");
  }

  @Test
  void classicKeyOnAUnifiedEndpointSaysTheKeyIsClassicAndHowToFixTheClient() {
    BitgetApiException e = BitgetApiException.of("40084", "You are in Classic Account mode, and the Unified Account"
        + " API is not supported at this time", 400, "GET", "/api/v3/position/current-position");

    assertThat(e).isInstanceOfSatisfying(AccountModeMismatchException.class,
        m -> assertThat(m.keyMode()).isEqualTo(AccountMode.CLASSIC));
    assertThat(e).hasMessage("Bitget error 40084 (HTTP 400) on GET /api/v3/position/current-position: You are in"
        + " Classic Account mode, and the Unified Account API is not supported at this time; this API key belongs"
        + " to a classic account, which speaks Bitget's V2 API: build the client with"
        + " accountMode(AccountMode.CLASSIC), or drop accountMode(AccountMode.UNIFIED) so that it detects the mode");
    assertThat(((AccountModeMismatchException) BitgetApiException.of("25245", "The account is not the unified"
        + " account mode", 400, "POST", "/api/v3/trade/place-order")).keyMode()).isEqualTo(AccountMode.CLASSIC);
  }

  @Test
  void accountBeingSwitchedIsRetryableAndSaysSo() {
    AccountModeSwitchingException e = new AccountModeSwitchingException("upgrading");

    assertThat(e.isRetryable()).isTrue();
    assertThat(e.state()).isEqualTo("upgrading");
    assertThat(e).isInstanceOf(BitgetException.class).hasMessage("the Bitget account is being switched between"
        + " classic and unified (account settings say accountMode=upgrading); the client cannot tell which API to"
        + " speak until the switch completes: retry later");
  }

  @Test
  void batchItemCodesMapToTheTypesOfSingleRequests() {
    BitgetApiException missing = BitgetApiException.ofBatchItem("25204", "Order does not exist", "POST",
        "/api/v3/trade/cancel-batch");

    assertThat(missing).isInstanceOf(OrderNotFoundException.class)
        .hasMessage("Bitget error 25204 (HTTP 200) on POST /api/v3/trade/cancel-batch: Order does not exist");
    assertThat(BitgetApiException.ofBatchItem("25212", "Duplicate clientOid", "POST", "/api/v3/trade/place-batch"))
        .isInstanceOf(DuplicateClientOidException.class);
    assertThat(BitgetApiException.ofBatchItem("40762", "balance", "POST", "/api/v2/mix/order/batch-place-order"))
        .isInstanceOf(OrderRejectedException.class);
  }

  @Test
  void demoTradingMismatchNamesTheSettingsThatGoTogether() {
    BitgetApiException e = BitgetApiException.of("40099", "exchange environment is incorrect", 400, "GET",
        "/api/v2/mix/account/accounts");

    assertThat(e).isInstanceOf(DemoTradingMismatchException.class).hasMessage("Bitget error 40099 (HTTP 400) on GET"
        + " /api/v2/mix/account/accounts: exchange environment is incorrect. The key and the request are in different"
        + " trading environments: a demo-trading key needs demoTrading(true) with ordinary symbols such as"
        + " BTCUSDT_UMCBL, a mainnet key needs demoTrading(false), and the S-symbols such as SBTCSUSDT_SUMCBL are"
        + " the other demo mode, used without demoTrading(true); do not mix the two");
    assertThat(e.exchangeMessage()).isEqualTo("exchange environment is incorrect");
  }

  @Test
  void rateLimitCarriesRetryHint() {
    BitgetApiException e = BitgetApiException.of("429", "Too Many Requests", 429, "GET", "/p", Duration.ofSeconds(2));
    assertThat(e).isInstanceOfSatisfying(RateLimitException.class,
        r -> assertThat(r.retryAfter()).contains(Duration.ofSeconds(2)));
  }

  @Test
  void clientSideRateLimitSaysItNeverReachedBitget() {
    RateLimitException e = RateLimitException.clientSide("POST", "/api/v2/mix/order/place-order", "TRADE",
        Duration.ofMillis(2500), Duration.ofSeconds(1));
    assertThat(e).hasMessage("client-side rate limit for TRADE on POST /api/v2/mix/order/place-order: the next"
        + " permit is 2500 ms away, more than the 1000 ms the client may wait; send fewer requests or raise the limit");
    assertThat(e.isClientSide()).isTrue();
    assertThat(e.isRetryable()).isTrue();
    assertThat(e.retryAfter()).contains(Duration.ofMillis(2500));
    assertThat(((RateLimitException) BitgetApiException.of("429", "Too Many Requests", 429, "GET", "/p")).isClientSide())
        .isFalse();
  }

  @Test
  void anExchangeRefusalWordedLikeTheClientsOwnIsNotClientSide() {
    BitgetApiException fromStream = BitgetApiException.of("429", "client-side rate limit reached", 0, "WS", "ticker");

    assertThat(fromStream).isInstanceOfSatisfying(RateLimitException.class,
        e -> assertThat(e.isClientSide()).isFalse());
  }

  @Test
  void recognisesEveryDuplicateClientOidCode() {
    for (String code : new String[] {"40786", "40708", "43118", "45034", "50060", "25212"}) {
      assertThat(BitgetApiException.isDuplicateClientOidCode(code)).as(code).isTrue();
    }
    assertThat(BitgetApiException.isDuplicateClientOidCode("40762")).isFalse();
  }

  @Test
  void transportFailureIsRetryableAndKeepsCause() {
    java.io.IOException cause = new java.net.SocketTimeoutException("timeout");
    BitgetTransportException e = BitgetTransportException.of("POST", "/api/v2/mix/order/place-order", cause);
    assertThat(e.isRetryable()).isTrue();
    assertThat(e).hasCause(cause).hasMessageContaining("failed before Bitget answered");
  }

  @Test
  void missingFieldsMessageListsEveryField() {
    BitgetDecodingException e = BitgetDecodingException.missingFields("position", java.util.List.of("size", "entryPrice"));
    assertThat(e).hasMessage("Invalid position data. Missing fields: size, entryPrice");
    assertThat(e.missingFields()).containsExactly("size", "entryPrice");
    assertThat(e.isRetryable()).isFalse();
  }

  @Test
  void invalidRequestNamesTheField() {
    InvalidRequestException e = InvalidRequestException.of("size", "must be positive, was -1");
    assertThat(e).hasMessage("size: must be positive, was -1").isInstanceOf(IllegalArgumentException.class);
    assertThat(e.field()).isEqualTo("size");
  }
}
