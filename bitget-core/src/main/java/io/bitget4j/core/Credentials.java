package io.bitget4j.core;

import java.util.Map;
import java.util.Objects;

/**
 * A Bitget API key: the key id, the secret that signs requests and the passphrase chosen when
 * the key was created. The secret is used only to compute signatures; {@link #toString()} shows
 * the key id alone.
 *
 * <pre>{@code
 * Credentials credentials = Credentials.fromEnv(); // BITGET_API_KEY, BITGET_SECRET_KEY, BITGET_PASSPHRASE
 * }</pre>
 */
public final class Credentials {
  /** Environment variable holding the API key id. */
  public static final String API_KEY_VARIABLE = "BITGET_API_KEY";
  /** Environment variable holding the secret key (or an RSA private key in PEM form). */
  public static final String SECRET_KEY_VARIABLE = "BITGET_SECRET_KEY";
  /** Environment variable holding the passphrase. */
  public static final String PASSPHRASE_VARIABLE = "BITGET_PASSPHRASE";

  /** How the secret signs requests. */
  public enum KeyType {
    /** HMAC-SHA256 with a shared secret, the default for Bitget keys. */
    HMAC,
    /** SHA256withRSA with an RSA private key in PEM form. */
    RSA
  }

  private final String apiKey;
  private final String secretKey;
  private final String passphrase;
  private final KeyType keyType;

  private Credentials(String apiKey, String secretKey, String passphrase, KeyType keyType) {
    this.apiKey = requireHeaderSafe(requireText(apiKey, "apiKey"), "apiKey");
    this.secretKey = requireText(secretKey, "secretKey");
    this.passphrase = requireHeaderSafe(requireText(passphrase, "passphrase"), "passphrase");
    this.keyType = keyType;
  }

  /**
   * The key and passphrase travel as HTTP headers, which carry printable ASCII only. A stray
   * line break from an env file would otherwise fail inside the HTTP library, whose message
   * quotes the header value. This message names the position, never the value.
   */
  private static String requireHeaderSafe(String value, String name) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x20 || c > 0x7E) {
        throw new IllegalArgumentException(name + " contains a character outside printable ASCII at index " + i
            + String.format(java.util.Locale.ROOT, " (U+%04X)", (int) c)
            + "; check for a stray line break or space copied with it");
      }
    }
    return value;
  }

  private static String requireText(String value, String name) {
    Objects.requireNonNull(value, name + " == null");
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " is blank; copy it from Bitget's API management page");
    }
    return value;
  }

  /**
   * HMAC credentials, the usual kind of Bitget key.
   *
   * @param apiKey the API key id, printable ASCII
   * @param secretKey the secret key that signs requests
   * @param passphrase the passphrase chosen when the key was created
   * @return HMAC-SHA256 credentials
   */
  public static Credentials of(String apiKey, String secretKey, String passphrase) {
    return new Credentials(apiKey, secretKey, passphrase, KeyType.HMAC);
  }

  /**
   * RSA credentials: {@code privateKeyPem} is a PKCS#8 or PKCS#1 private key in PEM form.
   *
   * @param apiKey the API key id, printable ASCII
   * @param privateKeyPem the unencrypted RSA private key in PEM form
   * @param passphrase the passphrase chosen when the key was created
   * @return SHA256withRSA credentials
   */
  public static Credentials rsa(String apiKey, String privateKeyPem, String passphrase) {
    return new Credentials(apiKey, privateKeyPem, passphrase, KeyType.RSA);
  }

  /**
   * Reads HMAC credentials from {@code BITGET_API_KEY}, {@code BITGET_SECRET_KEY} and
   * {@code BITGET_PASSPHRASE}.
   *
   * @return HMAC credentials from the process environment
   * @throws IllegalStateException naming every variable that is missing or blank
   */
  public static Credentials fromEnv() {
    return fromEnv(System.getenv());
  }

  /**
   * As {@link #fromEnv()}, reading from the given map instead of the process environment.
   *
   * @param environment the variables to read, such as a test's map
   * @return HMAC credentials from the three variables
   */
  public static Credentials fromEnv(Map<String, String> environment) {
    Objects.requireNonNull(environment, "environment == null");
    StringBuilder missing = new StringBuilder();
    for (String name : new String[] {API_KEY_VARIABLE, SECRET_KEY_VARIABLE, PASSPHRASE_VARIABLE}) {
      String value = environment.get(name);
      if (value == null || value.isBlank()) {
        missing.append(missing.length() == 0 ? "" : ", ").append(name);
      }
    }
    if (missing.length() > 0) {
      throw new IllegalStateException("missing Bitget credentials: set the environment variable(s) "
          + missing + " (the API key, secret key and passphrase from Bitget's API management page)");
    }
    return of(environment.get(API_KEY_VARIABLE), environment.get(SECRET_KEY_VARIABLE),
        environment.get(PASSPHRASE_VARIABLE));
  }

  /** {@return the API key id, sent as {@code ACCESS-KEY}; not a secret} */
  public String apiKey() {
    return apiKey;
  }

  /**
   * The passphrase, sent as {@code ACCESS-PASSPHRASE}. Keep it out of logs.
   *
   * @return the passphrase, sent as {@code ACCESS-PASSPHRASE}
   */
  public String passphrase() {
    return passphrase;
  }

  /** {@return how requests are signed with this key} */
  public KeyType keyType() {
    return keyType;
  }

  /** The secret; only the signers in this package read it. */
  String secretKey() {
    return secretKey;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Credentials)) {
      return false;
    }
    Credentials that = (Credentials) other;
    return apiKey.equals(that.apiKey) && secretKey.equals(that.secretKey)
        && passphrase.equals(that.passphrase) && keyType == that.keyType;
  }

  @Override
  public int hashCode() {
    return Objects.hash(apiKey, secretKey, passphrase, keyType);
  }

  /** Shows the key id and type only: {@code Credentials{apiKey=bg_1234, keyType=HMAC, secret=***}}. */
  @Override
  public String toString() {
    return "Credentials{apiKey=" + apiKey + ", keyType=" + keyType + ", secretKey=***, passphrase=***}";
  }
}
