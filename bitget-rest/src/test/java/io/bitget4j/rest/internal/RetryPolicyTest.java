package io.bitget4j.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.bitget4j.core.BitgetApiException;
import io.bitget4j.core.BitgetDecodingException;
import io.bitget4j.core.BitgetException;
import io.bitget4j.core.BitgetTransportException;
import io.bitget4j.core.util.Backoff;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@Timeout(value = 5, unit = TimeUnit.SECONDS)
class RetryPolicyTest {
  private static final Backoff BACKOFF = Backoff.builder().base(Duration.ofMillis(100)).cap(Duration.ofSeconds(1))
      .maxAttempts(3).random(new java.util.Random(7))
      .build();
  private final RetryPolicy policy = new RetryPolicy(BACKOFF);

  private static BitgetException api(String code, int status) {
    return BitgetApiException.of(code, "msg", status, "GET", "/p");
  }

  private static BitgetException transport() {
    return BitgetTransportException.of("GET", "/p", new IOException("connection reset"));
  }

  static Stream<Arguments> decisions() {
    return Stream.of(
        Arguments.of("clock skew on a signed read: re-sync and retry", Endpoints.ACCOUNT, api("40008", 400), false,
            true, true, "the exchange refused the timestamp: re-measure its clock, retry once"),
        Arguments.of("clock skew on an order: re-sync and retry, it was refused before acting", Endpoints.PLACE_ORDER,
            api("40004", 400), false, true, true, "the exchange refused the timestamp: re-measure its clock, retry once"),
        Arguments.of("clock skew again after a re-sync: give up", Endpoints.ACCOUNT, api("40005", 400), true,
            false, false, "the timestamp was refused again after re-measuring the server clock"),
        Arguments.of("clock skew on a public read: give up", Endpoints.TICKER, api("40008", 400), false,
            false, false, "a clock error on an unsigned request cannot be cured by re-syncing"),
        Arguments.of("insufficient balance: give up", Endpoints.PLACE_ORDER, api("40762", 400), false,
            false, false, "the exchange refused the request; sending it again fails the same way"),
        Arguments.of("bad signature: give up", Endpoints.ACCOUNT, api("40009", 400), false,
            false, false, "the exchange refused the request; sending it again fails the same way"),
        Arguments.of("unreadable answer: give up", Endpoints.TICKER, new BitgetDecodingException("garbage"), false,
            false, false, "the exchange refused the request; sending it again fails the same way"),
        Arguments.of("connection failure on a read: retry", Endpoints.TICKER, transport(), false,
            true, false, "the connection failed before an answer"),
        Arguments.of("connection failure on an order: never blindly", Endpoints.PLACE_ORDER, transport(), false,
            false, false, "not idempotent: a second attempt could act twice"),
        Arguments.of("connection failure on a cancel: never blindly", Endpoints.CANCEL_ORDER, transport(), false,
            false, false, "not idempotent: a second attempt could act twice"),
        Arguments.of("server error on set-leverage: retry, setting twice is harmless", Endpoints.SET_LEVERAGE,
            api("500", 500), false, true, false, "the exchange is busy or in maintenance"),
        Arguments.of("maintenance code on a read: retry", Endpoints.CANDLES, api("40200", 400), false,
            true, false, "the exchange is busy or in maintenance"),
        Arguments.of("HTTP 429 on a read: retry", Endpoints.TICKERS, api("429", 429), false,
            true, false, "rate limited by the exchange"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("decisions")
  void decides(String name, Endpoint endpoint, BitgetException failure, boolean resynced, boolean retry,
      boolean resync, String reason) {
    RetryPolicy.Decision decision = policy.decide(endpoint, failure, resynced, policy.start());

    assertThat(decision.retry()).isEqualTo(retry);
    assertThat(decision.resync()).isEqualTo(resync);
    assertThat(decision.reason()).isEqualTo(reason);
  }

  @Test
  void waitsTheServersHintAfterA429() {
    BitgetException limited = BitgetApiException.of("429", "Too Many Requests", 429, "GET", "/p", Duration.ofSeconds(3));

    RetryPolicy.Decision decision = policy.decide(Endpoints.TICKER, limited, false, policy.start());

    assertThat(decision.delay()).isEqualTo(Duration.ofSeconds(3));
  }

  @Test
  void waitsTheBackoffCeilingAfterA429WithoutHint() {
    Backoff.Attempts attempts = policy.start();
    assertThat(policy.decide(Endpoints.TICKER, api("429", 429), false, attempts).delay()).isEqualTo(Duration.ofMillis(100));
    assertThat(policy.decide(Endpoints.TICKER, api("429", 429), false, attempts).delay()).isEqualTo(Duration.ofMillis(200));
  }

  @Test
  void givesUpWhenTheAttemptBudgetIsSpent() {
    Backoff.Attempts attempts = policy.start();
    assertThat(policy.decide(Endpoints.TICKER, transport(), false, attempts).retry()).isTrue();
    assertThat(policy.decide(Endpoints.TICKER, transport(), false, attempts).retry()).isTrue();

    RetryPolicy.Decision last = policy.decide(Endpoints.TICKER, transport(), false, attempts);

    assertThat(last.retry()).isFalse();
    assertThat(last.reason()).isEqualTo("gave up after 3 attempts");
  }

  @Test
  void jitteredDelaysStayWithinTheBackoffCeiling() {
    Backoff.Attempts attempts = policy.start();
    assertThat(policy.decide(Endpoints.TICKER, transport(), false, attempts).delay())
        .isBetween(Duration.ZERO, Duration.ofMillis(100));
    assertThat(policy.decide(Endpoints.TICKER, transport(), false, attempts).delay())
        .isBetween(Duration.ZERO, Duration.ofMillis(200));
  }
}
