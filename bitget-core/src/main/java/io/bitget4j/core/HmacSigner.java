package io.bitget4j.core;

import java.nio.charset.StandardCharsets;
import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

/**
 * HMAC-SHA256 signer (RFC 2104) over the JDK's SHA-256 {@link MessageDigest}, whose compression
 * function the JVM compiles to the CPU's SHA instructions. Each thread has its own digest, prehash
 * buffer and output buffers, so signing allocates only the resulting string. Driving the digest
 * directly skips the {@code Mac} layers and the array {@code Mac.doFinal} allocates.
 */
final class HmacSigner implements RequestSigner {
  private static final int BLOCK = 64;
  private static final int DIGEST_LENGTH = 32;

  /** The key XOR 0x36 and XOR 0x5c, each one SHA-256 block (a longer key is hashed first). */
  private final byte[] innerPad = new byte[BLOCK];
  private final byte[] outerPad = new byte[BLOCK];
  private final ThreadLocal<State> state;

  HmacSigner(String secret) {
    byte[] key = secret.getBytes(StandardCharsets.UTF_8);
    if (key.length > BLOCK) {
      byte[] longKey = key;
      key = newDigest().digest(longKey);
      Arrays.fill(longKey, (byte) 0);
    }
    for (int i = 0; i < BLOCK; i++) {
      byte k = i < key.length ? key[i] : 0;
      innerPad[i] = (byte) (k ^ 0x36);
      outerPad[i] = (byte) (k ^ 0x5c);
    }
    Arrays.fill(key, (byte) 0);
    this.state = ThreadLocal.withInitial(() -> new State(newDigest(), innerPad, outerPad));
  }

  private static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available in this JVM", e);
    }
  }

  @Override
  public String sign(long timestampMillis, String method, String requestPath, String signedQuery, byte[] body) {
    State s = state.get();
    s.length = BLOCK;
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
    s.length = BLOCK;
    s.append(prehash);
    return s.finish();
  }

  @Override
  public String toString() {
    return "RequestSigner{HmacSHA256}";
  }

  /** Per-thread scratch: the digest, the prehash buffer and the output buffers. */
  private static final class State {
    private static final Base64.Encoder BASE64 = Base64.getEncoder();
    final MessageDigest sha256;
    /** The inner pad, then the prehash from index {@link #BLOCK} on: one digest update. */
    byte[] buffer = new byte[512];
    /** The outer pad, then the inner hash: one digest update. */
    final byte[] outer = new byte[BLOCK + DIGEST_LENGTH];
    int length;
    final byte[] digest = new byte[DIGEST_LENGTH];
    final byte[] encoded = new byte[44];
    private long lastHigh = -1;
    private byte[] lastHighDigits;
    private String lastMethod;
    private byte[] lastMethodBytes;
    private String lastPath;
    private byte[] lastPathBytes;

    State(MessageDigest sha256, byte[] innerPad, byte[] outerPad) {
      this.sha256 = sha256;
      System.arraycopy(innerPad, 0, buffer, 0, BLOCK);
      System.arraycopy(outerPad, 0, outer, 0, BLOCK);
    }

    void ensure(int extra) {
      if (length + extra > buffer.length) {
        buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + extra));
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

    /**
     * Appends a timestamp in decimal. Epoch milliseconds keep their leading digits for 100 seconds,
     * so those are written once and kept; the last five digits are written on every call.
     */
    void appendLong(long value) {
      if (value < 100_000L || value >= 1_000_000_000_000_000_000L) {
        append(Long.toString(value)); // not a timestamp of this era, or negative
        return;
      }
      long high = value / 100_000L;
      if (high != lastHigh) {
        lastHigh = high;
        lastHighDigits = Long.toString(high).getBytes(StandardCharsets.US_ASCII);
      }
      appendBytes(lastHighDigits, lastHighDigits.length);
      int low = (int) (value - high * 100_000L);
      ensure(5);
      byte[] b = buffer;
      int at = length;
      for (int i = at + 4; i >= at; i--) {
        int next = low / 10;
        b[i] = (byte) ('0' + (low - next * 10));
        low = next;
      }
      length = at + 5;
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

    /**
     * Appends {@code s} as UTF-8. One read-only pass checks that every character is ASCII; then the
     * string's bytes are copied in bulk (for an ASCII string, {@code getBytes(int, int, byte[], int)}
     * is an array copy and loses nothing). Any other string is encoded as UTF-8.
     */
    @SuppressWarnings("deprecation") // getBytes(int, int, byte[], int) is exact for ASCII, checked first
    void append(String s) {
      int n = s.length();
      int seen = 0;
      for (int i = 0; i < n; i++) {
        seen |= s.charAt(i);
      }
      if (seen < 0x80) {
        ensure(n);
        s.getBytes(0, n, buffer, length);
        length += n;
        return;
      }
      byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
      appendBytes(utf8, utf8.length);
    }

    /** HMAC = SHA256(outerPad || SHA256(innerPad || prehash)), in Base64. */
    String finish() {
      MessageDigest md = sha256;
      try {
        md.update(buffer, 0, length);
        md.digest(outer, BLOCK, DIGEST_LENGTH);
        md.update(outer, 0, BLOCK + DIGEST_LENGTH);
        md.digest(digest, 0, DIGEST_LENGTH);
      } catch (DigestException e) {
        md.reset();
        throw new IllegalStateException("SHA-256 refused a 32-byte output buffer", e);
      }
      BASE64.encode(digest, encoded);
      return new String(encoded, 0, 44, StandardCharsets.ISO_8859_1);
    }
  }
}
