package io.bitget4j.core;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SHA256withRSA signer. The PEM private key is read once with the JDK alone: a PKCS#8 key
 * ({@code BEGIN PRIVATE KEY}) as it is, a PKCS#1 key ({@code BEGIN RSA PRIVATE KEY}) after
 * wrapping it in the PKCS#8 structure. Encrypted keys are refused with the command that decrypts
 * them.
 */
final class RsaSigner implements RequestSigner {
  private static final Pattern PEM_BLOCK =
      Pattern.compile("-----BEGIN ([A-Z0-9 ]+)-----(.*?)-----END \\1-----", Pattern.DOTALL);
  private static final String EXPECTED =
      "expected a block starting with -----BEGIN PRIVATE KEY----- or -----BEGIN RSA PRIVATE KEY-----";
  /** PKCS#8 {@code version 0} and {@code AlgorithmIdentifier {rsaEncryption, NULL}}. */
  private static final byte[] PKCS8_RSA_HEADER = {
      0x02, 0x01, 0x00,
      0x30, 0x0D, 0x06, 0x09, 0x2A, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xF7, 0x0D, 0x01, 0x01, 0x01, 0x05, 0x00};

  private final PrivateKey key;

  private RsaSigner(PrivateKey key) {
    this.key = key;
  }

  static RsaSigner fromPem(String pem) {
    Matcher block = PEM_BLOCK.matcher(pem);
    if (!block.find()) {
      throw new IllegalArgumentException("RSA secret key is not a PEM private key; " + EXPECTED);
    }
    String label = block.group(1);
    String body = block.group(2);
    if (label.equals("ENCRYPTED PRIVATE KEY") || body.contains("Proc-Type:")) {
      throw new IllegalArgumentException("RSA secret key is encrypted; bitget4j reads unencrypted keys only:"
          + " decrypt it once with `openssl pkey -in encrypted.pem -out key.pem` and keep the result as secret"
          + " as the encrypted file");
    }
    byte[] pkcs8;
    if (label.equals("PRIVATE KEY")) {
      pkcs8 = base64(body, label);
    } else if (label.equals("RSA PRIVATE KEY")) {
      pkcs8 = pkcs1ToPkcs8(base64(body, label));
    } else {
      throw new IllegalArgumentException("RSA secret key is a PEM \"" + label + "\" block, not a private key; "
          + EXPECTED);
    }
    try {
      return new RsaSigner(KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(pkcs8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("RSA secret key (" + label + ") is not a readable RSA private key: "
          + e.getClass().getSimpleName() + "; check that it is an RSA key, not EC or Ed25519", e);
    }
  }

  private static byte[] base64(String body, String label) {
    try {
      return Base64.getMimeDecoder().decode(body.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("RSA secret key is not valid PEM: the body of its " + label
          + " block is not Base64", e);
    }
  }

  /** {@code PrivateKeyInfo ::= SEQUENCE {0, {rsaEncryption, NULL}, OCTET STRING pkcs1}} (RFC 5208). */
  static byte[] pkcs1ToPkcs8(byte[] pkcs1) {
    ByteArrayOutputStream content = new ByteArrayOutputStream(pkcs1.length + 32);
    content.writeBytes(PKCS8_RSA_HEADER);
    content.write(0x04);
    writeLength(content, pkcs1.length);
    content.writeBytes(pkcs1);
    ByteArrayOutputStream sequence = new ByteArrayOutputStream(content.size() + 8);
    sequence.write(0x30);
    writeLength(sequence, content.size());
    sequence.writeBytes(content.toByteArray());
    return sequence.toByteArray();
  }

  /** A DER length: one byte below 128, else 0x80 + the count of big-endian bytes that follow. */
  private static void writeLength(ByteArrayOutputStream out, int length) {
    if (length < 0x80) {
      out.write(length);
      return;
    }
    int bytes = (Integer.SIZE - Integer.numberOfLeadingZeros(length) + 7) / 8;
    out.write(0x80 | bytes);
    for (int shift = (bytes - 1) * 8; shift >= 0; shift -= 8) {
      out.write(length >>> shift);
    }
  }

  @Override
  public String sign(long timestampMillis, String method, String requestPath, String signedQuery, byte[] body) {
    StringBuilder prehash = new StringBuilder(64 + requestPath.length() + signedQuery.length())
        .append(timestampMillis).append(method).append(requestPath);
    if (!signedQuery.isEmpty()) {
      prehash.append('?').append(signedQuery);
    }
    byte[] head = prehash.toString().getBytes(StandardCharsets.UTF_8);
    return signBytes(head, body);
  }

  @Override
  public String signPrehash(String prehash) {
    return signBytes(prehash.getBytes(StandardCharsets.UTF_8), new byte[0]);
  }

  private String signBytes(byte[] head, byte[] body) {
    try {
      Signature signature = Signature.getInstance("SHA256withRSA");
      signature.initSign(key);
      signature.update(head);
      signature.update(body);
      return Base64.getEncoder().encodeToString(signature.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA256withRSA signing failed", e);
    }
  }

  @Override
  public String toString() {
    return "RequestSigner{SHA256withRSA}";
  }
}
