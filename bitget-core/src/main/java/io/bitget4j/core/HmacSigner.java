package io.bitget4j.core;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import javax.crypto.Mac;
import javax.crypto.ShortBufferException;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 signer. Each thread gets its own clone of one initialised {@link Mac} and its own
 * prehash buffer, so signing allocates only the resulting string.
 */
final class HmacSigner implements RequestSigner {
  private static final byte[] BASE64 =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".getBytes(StandardCharsets.US_ASCII);

  private final Mac prototype;
  private final ThreadLocal<State> state;

  HmacSigner(String secret) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      this.prototype = mac;
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
    }
    this.state = ThreadLocal.withInitial(this::newState);
  }

  private State newState() {
    try {
      return new State((Mac) prototype.clone());
    } catch (CloneNotSupportedException e) {
      try {
        Mac mac = Mac.getInstance(prototype.getAlgorithm(), prototype.getProvider());
        throw new IllegalStateException("HmacSHA256 provider " + mac.getProvider() + " cannot clone", e);
      } catch (GeneralSecurityException inner) {
        throw new IllegalStateException("HmacSHA256 is not available", inner);
      }
    }
  }

  @Override
  public String sign(long timestampMillis, String method, String requestPath, String signedQuery, byte[] body) {
    State s = state.get();
    s.length = 0;
    s.appendLong(timestampMillis);
    s.appendMethod(method);
    s.appendPath(requestPath);
    if (!signedQuery.isEmpty()) {
      s.appendByte((byte) '?');
      s.append(signedQuery);
    }
    if (body.length > 0) {
      s.appendBytes(body, body.length);
    }
    return s.finish();
  }

  @Override
  public String signPrehash(String prehash) {
    State s = state.get();
    s.length = 0;
    s.append(prehash);
    return s.finish();
  }

  @Override
  public String toString() {
    return "RequestSigner{HmacSHA256}";
  }

  /** Per-thread scratch: the cloned Mac, the prehash buffer and the output buffers. */
  private static final class State {
    final Mac mac;
    byte[] buffer = new byte[512];
    int length;
    final byte[] digest = new byte[32];
    final byte[] encoded = new byte[44];
    private String lastMethod;
    private byte[] lastMethodBytes;
    private String lastPath;
    private byte[] lastPathBytes;

    State(Mac mac) {
      this.mac = mac;
    }

    void ensure(int extra) {
      if (length + extra > buffer.length) {
        buffer = java.util.Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + extra));
      }
    }

    void appendByte(byte b) {
      ensure(1);
      buffer[length++] = b;
    }

    void appendBytes(byte[] bytes, int count) {
      ensure(count);
      System.arraycopy(bytes, 0, buffer, length, count);
      length += count;
    }

    void appendLong(long value) {
      if (value < 0 || value >= 1_000_000_000_000_000_000L) {
        append(Long.toString(value));
        return;
      }
      if (value < 1_000_000_000L) {
        appendInt((int) value, 0);
        return;
      }
      // epoch milliseconds have 13 digits: one long division, then int arithmetic
      long high = value / 1_000_000_000L;
      appendInt((int) high, 0);
      appendInt((int) (value - high * 1_000_000_000L), 9);
    }

    /** Writes {@code value} in decimal, left-padded with zeros to {@code width} digits. */
    private void appendInt(int value, int width) {
      int digits = 1;
      for (int v = value; v >= 10; v /= 10) {
        digits++;
      }
      int count = Math.max(digits, width);
      ensure(count);
      int end = length + count;
      for (int i = end - 1; i >= length; i--) {
        buffer[i] = (byte) ('0' + (value % 10));
        value /= 10;
      }
      length = end;
    }

    /** Appends the method; its bytes are kept from the last call with the same instance. */
    void appendMethod(String method) {
      if (method != lastMethod) {
        lastMethod = method;
        lastMethodBytes = method.getBytes(StandardCharsets.UTF_8);
      }
      appendBytes(lastMethodBytes, lastMethodBytes.length);
    }

    /**
     * Appends the request path. Endpoint paths are constants, so the same instance usually comes
     * back call after call: its UTF-8 bytes are kept and copied in bulk.
     */
    void appendPath(String path) {
      if (path != lastPath) {
        lastPath = path;
        lastPathBytes = path.getBytes(StandardCharsets.UTF_8);
      }
      appendBytes(lastPathBytes, lastPathBytes.length);
    }

    void append(String s) {
      int n = s.length();
      ensure(n);
      for (int i = 0; i < n; i++) {
        char c = s.charAt(i);
        if (c >= 0x80) {
          byte[] utf8 = s.substring(i).getBytes(StandardCharsets.UTF_8);
          appendBytes(utf8, utf8.length);
          return;
        }
        buffer[length++] = (byte) c;
      }
    }

    String finish() {
      mac.update(buffer, 0, length);
      try {
        mac.doFinal(digest, 0);
      } catch (ShortBufferException e) {
        throw new IllegalStateException(e);
      }
      // Base64 of 32 bytes: 10 full groups of 3, then 2 bytes with one '=' of padding.
      int o = 0;
      int i = 0;
      for (; i < 30; i += 3) {
        int v = ((digest[i] & 0xFF) << 16) | ((digest[i + 1] & 0xFF) << 8) | (digest[i + 2] & 0xFF);
        encoded[o++] = BASE64[v >>> 18];
        encoded[o++] = BASE64[(v >>> 12) & 0x3F];
        encoded[o++] = BASE64[(v >>> 6) & 0x3F];
        encoded[o++] = BASE64[v & 0x3F];
      }
      int v = ((digest[30] & 0xFF) << 16) | ((digest[31] & 0xFF) << 8);
      encoded[o++] = BASE64[v >>> 18];
      encoded[o++] = BASE64[(v >>> 12) & 0x3F];
      encoded[o++] = BASE64[(v >>> 6) & 0x3F];
      encoded[o] = '=';
      return new String(encoded, 0, 44, StandardCharsets.ISO_8859_1);
    }
  }
}
