package io.bitget4j.testkit.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import mockwebserver3.RecordedRequest;

/**
 * Verifies a private REST request the way Bitget does, independently of the client's signer:
 * {@code Base64(HMAC-SHA256(secret, timestamp + METHOD + path + ("?" + decoded query) + body))}
 * over the percent-decoded query in the order received and the exact body bytes received.
 */
final class Auth {
  static final long WINDOW_MILLIS = 30_000;

  private Auth() {}

  /** Returns the caller's account, or throws the error Bitget answers with. */
  static Account verify(RecordedRequest request, Exchange ex) {
    String key = request.getHeaders().get("ACCESS-KEY");
    String sign = request.getHeaders().get("ACCESS-SIGN");
    String timestamp = request.getHeaders().get("ACCESS-TIMESTAMP");
    String passphrase = request.getHeaders().get("ACCESS-PASSPHRASE");
    if (key == null || key.isBlank()) {
      throw ApiError.badRequest("40001", "ACCESS_KEY cannot be empty");
    }
    if (sign == null || sign.isBlank()) {
      throw ApiError.badRequest("40002", "ACCESS_SIGN cannot be empty");
    }
    if (timestamp == null || timestamp.isBlank()) {
      throw ApiError.badRequest("40003", "ACCESS_TIMESTAMP cannot be empty");
    }
    if (passphrase == null || passphrase.isBlank()) {
      throw ApiError.badRequest("40011", "ACCESS_PASSPHRASE cannot be empty");
    }
    Account account = ex.account(key).orElseThrow(() -> ApiError.badRequest("40006", "Invalid ACCESS_KEY"));
    long ts;
    try {
      ts = Long.parseLong(timestamp);
    } catch (NumberFormatException e) {
      throw ApiError.badRequest("40005", "Invalid ACCESS_TIMESTAMP");
    }
    if (Math.abs(ex.nowMillis() - ts) > WINDOW_MILLIS) {
      throw ApiError.badRequest("40008", "Request timestamp expired");
    }
    if (!passphrase.equals(account.passphrase)) {
      throw ApiError.badRequest("40012", "apikey/password is incorrect");
    }
    String expected = sign(account.secretKey, timestamp, request.getMethod(), request.getUrl().encodedPath(),
        rawQuery(request), request.getBody() == null ? new byte[0] : request.getBody().toByteArray());
    if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), sign.getBytes(StandardCharsets.UTF_8))) {
      throw ApiError.badRequest("40009", "sign signature error");
    }
    return account;
  }

  /** The raw query of the request target, or "" when there is none. */
  static String rawQuery(RecordedRequest request) {
    String target = request.getTarget();
    int q = target.indexOf('?');
    return q < 0 ? "" : target.substring(q + 1);
  }

  static String sign(String secret, String timestamp, String method, String path, String rawQuery, byte[] body) {
    String decoded = Query.decodedForSigning(rawQuery);
    String head = timestamp + method.toUpperCase(Locale.ROOT) + path + (decoded.isEmpty() ? "" : "?" + decoded);
    ByteArrayOutputStream prehash = new ByteArrayOutputStream(head.length() + body.length);
    prehash.writeBytes(head.getBytes(StandardCharsets.UTF_8));
    prehash.writeBytes(body);
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return Base64.getEncoder().encodeToString(mac.doFinal(prehash.toByteArray()));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }
}
