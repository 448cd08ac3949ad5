package io.bitget4j.rest.testing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import mockwebserver3.RecordedRequest;

/**
 * Recomputes Bitget's signature independently of the library: HMAC-SHA256 over timestamp,
 * method, path, {@code ?} and the percent-decoded query as received, and the body bytes.
 */
public final class Signatures {
  private Signatures() {}

  /** The signature the request should carry, from what the server received. */
  public static String expected(String secret, RecordedRequest request) {
    String query = request.getUrl().encodedQuery();
    String decodedQuery = query == null ? "" : "?" + percentDecode(query);
    byte[] body = request.getBody() == null ? new byte[0] : request.getBody().toByteArray();
    String prehash = request.getHeaders().get("ACCESS-TIMESTAMP") + request.getMethod()
        + request.getUrl().encodedPath() + decodedQuery;
    return hmac(secret, concat(prehash.getBytes(StandardCharsets.UTF_8), body));
  }

  /** Base64 HMAC-SHA256. */
  public static String hmac(String secret, byte[] message) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return Base64.getEncoder().encodeToString(mac.doFinal(message));
    } catch (GeneralSecurityException e) {
      throw new AssertionError(e);
    }
  }

  /** Decodes %XX sequences as UTF-8, pair by pair, leaving {@code &} and {@code =} alone. */
  public static String percentDecode(String s) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '%' && i + 2 < s.length()) {
        out.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        byte[] bytes = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        out.write(bytes, 0, bytes.length);
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] result = new byte[a.length + b.length];
    System.arraycopy(a, 0, result, 0, a.length);
    System.arraycopy(b, 0, result, a.length, b.length);
    return result;
  }
}
