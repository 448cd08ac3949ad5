package io.bitget4j.core;

import java.util.Objects;

/**
 * Signs Bitget requests: {@code Base64(sign(timestamp + METHOD + requestPath + ["?" + query] +
 * body))} with HMAC-SHA256 or SHA256withRSA.
 *
 * <p>The query must be the signed form ({@code key=value} pairs joined by {@code &}, keys ascending,
 * raw values without percent-encoding) and the body the exact bytes sent. Implementations are thread-safe and hold the
 * secret only inside the signing machinery.
 *
 * <pre>{@code
 * RequestSigner signer = RequestSigner.of(credentials);
 * String sign = signer.sign(timestampMillis, "GET", "/api/v2/mix/position/all-position",
 *     "marginCoin=USDT&productType=USDT-FUTURES", new byte[0]);
 * }</pre>
 */
public interface RequestSigner {

  /**
   * {@return the signer for the credentials' {@linkplain Credentials#keyType() key type}}
   *
   * @param credentials the key to sign with
   */
  static RequestSigner of(Credentials credentials) {
    Objects.requireNonNull(credentials, "credentials == null");
    return credentials.keyType() == Credentials.KeyType.RSA ? rsa(credentials) : hmac(credentials);
  }

  /**
   * HMAC-SHA256 over the secret key (RFC 2104), on the JDK's intrinsic-accelerated SHA-256.
   *
   * @param credentials the key to sign with
   * @return a thread-safe HMAC signer
   */
  static RequestSigner hmac(Credentials credentials) {
    Objects.requireNonNull(credentials, "credentials == null");
    return new HmacSigner(credentials.secretKey());
  }

  /**
   * SHA256withRSA with the PEM private key held as the secret: an unencrypted PKCS#8
   * ({@code BEGIN PRIVATE KEY}) or PKCS#1 ({@code BEGIN RSA PRIVATE KEY}) key, read with the JDK
   * alone (no BouncyCastle needed).
   *
   * @param credentials credentials made with {@link Credentials#rsa(String, String, String)}
   * @return a thread-safe signer
   * @throws IllegalArgumentException when the secret is not a readable RSA private key in PEM
   *     form, or is encrypted; the message says what was found and how to fix it
   */
  static RequestSigner rsa(Credentials credentials) {
    Objects.requireNonNull(credentials, "credentials == null");
    return RsaSigner.fromPem(credentials.secretKey());
  }

  /**
   * Signs one REST request.
   *
   * @param timestampMillis the {@code ACCESS-TIMESTAMP}, epoch milliseconds
   * @param method {@code GET} or {@code POST}, upper case
   * @param requestPath the path, such as {@code /api/v2/mix/order/place-order}
   * @param signedQuery the raw query without {@code ?}, empty when there is none
   * @param body the exact body bytes sent, empty for GET
   * @return the Base64 signature for {@code ACCESS-SIGN}
   */
  String sign(long timestampMillis, String method, String requestPath, String signedQuery, byte[] body);


  /**
   * {@return the WebSocket login signature: the prehash is {@code timestampSeconds + "GET" +
   * "/user/verify"}}
   *
   * @param timestampSeconds epoch seconds, the same value sent in the login frame
   */
  default String signLogin(long timestampSeconds) {
    return signPrehash(timestampSeconds + "GET/user/verify");
  }

  /**
   * Signs an already assembled prehash string, encoded as UTF-8.
   *
   * @param prehash the text to sign
   * @return the Base64 signature
   */
  String signPrehash(String prehash);
}
