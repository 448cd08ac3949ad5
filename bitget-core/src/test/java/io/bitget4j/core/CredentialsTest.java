package io.bitget4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class CredentialsTest {

  @Test
  void toStringNeverShowsSecretOrPassphrase() {
    Credentials credentials = Credentials.of("bg_key123", "super-secret-value", "my-pass-phrase");
    assertThat(credentials.toString())
        .contains("bg_key123")
        .doesNotContain("super-secret-value")
        .doesNotContain("my-pass-phrase");
  }

  @Test
  void readsAllThreeVariablesFromEnvironment() {
    Credentials credentials = Credentials.fromEnv(Map.of(
        "BITGET_API_KEY", "k", "BITGET_SECRET_KEY", "s", "BITGET_PASSPHRASE", "p"));
    assertThat(credentials.apiKey()).isEqualTo("k");
    assertThat(credentials.passphrase()).isEqualTo("p");
    assertThat(credentials.keyType()).isEqualTo(Credentials.KeyType.HMAC);
    assertThat(credentials).isEqualTo(Credentials.of("k", "s", "p"));
  }

  @Test
  void namesEveryMissingVariable() {
    assertThatThrownBy(() -> Credentials.fromEnv(Map.of("BITGET_SECRET_KEY", "s", "BITGET_PASSPHRASE", " ")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("missing Bitget credentials: set the environment variable(s) BITGET_API_KEY,"
            + " BITGET_PASSPHRASE (the API key, secret key and passphrase from Bitget's API management page)");
  }

  @Test
  void rejectsHeaderUnsafeCharactersWithoutQuotingTheSecret() {
    assertThatThrownBy(() -> Credentials.of("k", "s", "my-pass\r"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("passphrase contains a character outside printable ASCII at index 7 (U+000D);"
            + " check for a stray line break or space copied with it")
        .message().doesNotContain("my-pass");
    assertThatThrownBy(() -> Credentials.of("kéy", "s", "p"))
        .hasMessageStartingWith("apiKey contains a character outside printable ASCII at index 1");
  }

  @Test
  void rejectsBlankParts() {
    assertThatThrownBy(() -> Credentials.of("k", " ", "p"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("secretKey is blank");
    assertThatThrownBy(() -> Credentials.of(null, "s", "p"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("apiKey == null");
  }
}
