package io.bitget4j.rest.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.bitget4j.core.AccountMode;
import io.bitget4j.core.Credentials;
import io.bitget4j.rest.BitgetRestClient;
import mockwebserver3.RecordedRequest;

/** Test credentials, a client wired to a {@link FakeExchange}, and request assertions. */
public final class TestClients {
  public static final String API_KEY = "bg_0123456789abcdef";
  public static final String SECRET = "s3cr3t-HMAC-key-NEVER-LOG";
  public static final String PASSPHRASE = "passphrase-NEVER-LOG";
  public static final Credentials CREDENTIALS = Credentials.of(API_KEY, SECRET, PASSPHRASE);

  private TestClients() {}

  /** A signed client of a classic account on {@code exchange} whose waits return at once. */
  public static BitgetRestClient.Builder builder(FakeExchange exchange, RecordingSleeper sleeper) {
    return BitgetRestClient.builder()
        .baseUrl(exchange.url())
        .credentials(CREDENTIALS)
        .accountMode(AccountMode.CLASSIC)
        .sleeper(sleeper);
  }

  /** A signed client of a unified account on {@code exchange} whose waits return at once. */
  public static BitgetRestClient.Builder unified(FakeExchange exchange, RecordingSleeper sleeper) {
    return builder(exchange, sleeper).accountMode(AccountMode.UNIFIED);
  }

  /** Asserts method, path and exact encoded query, and that the request carries a valid signature. */
  public static void assertSigned(RecordedRequest request, String method, String path, String encodedQuery) {
    assertThat(request.getMethod()).isEqualTo(method);
    assertThat(request.getUrl().encodedPath()).isEqualTo(path);
    assertThat(request.getUrl().encodedQuery()).isEqualTo(encodedQuery);
    assertThat(request.getHeaders().get("ACCESS-KEY")).isEqualTo(API_KEY);
    assertThat(request.getHeaders().get("ACCESS-PASSPHRASE")).isEqualTo(PASSPHRASE);
    assertThat(request.getHeaders().get("ACCESS-TIMESTAMP")).matches("\\d{13}");
    assertThat(request.getHeaders().get("ACCESS-SIGN")).isEqualTo(Signatures.expected(SECRET, request));
    assertThat(request.getHeaders().get("Content-Type")).isEqualTo("application/json");
    assertThat(request.getHeaders().get("locale")).isEqualTo("en-US");
  }

  /** Asserts method, path and exact encoded query of a public request, which has no credentials. */
  public static void assertPublic(RecordedRequest request, String method, String path, String encodedQuery) {
    assertThat(request.getMethod()).isEqualTo(method);
    assertThat(request.getUrl().encodedPath()).isEqualTo(path);
    assertThat(request.getUrl().encodedQuery()).isEqualTo(encodedQuery);
    assertThat(request.getHeaders().names()).noneMatch(name -> name.toUpperCase().startsWith("ACCESS-"));
    assertThat(request.getHeaders().get("Content-Type")).isEqualTo("application/json");
    assertThat(request.getHeaders().get("locale")).isEqualTo("en-US");
  }
}
