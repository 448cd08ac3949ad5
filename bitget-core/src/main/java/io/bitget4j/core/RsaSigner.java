package io.bitget4j.core;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Base64;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;

/** SHA256withRSA signer; the PEM private key is read once through BouncyCastle. */
final class RsaSigner implements RequestSigner {
  private final PrivateKey key;

  private RsaSigner(PrivateKey key) {
    this.key = key;
  }

  static RsaSigner fromPem(String pem) {
    Object parsed;
    try (PEMParser parser = new PEMParser(new StringReader(pem))) {
      parsed = parser.readObject();
    } catch (IOException e) {
      throw new IllegalArgumentException("RSA secret key is not valid PEM: " + e.getClass().getSimpleName(), e);
    }
    try {
      JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
      PrivateKey key;
      if (parsed instanceof PEMKeyPair) {
        key = converter.getKeyPair((PEMKeyPair) parsed).getPrivate();
      } else if (parsed instanceof PrivateKeyInfo) {
        key = converter.getPrivateKey((PrivateKeyInfo) parsed);
      } else {
        throw new IllegalArgumentException("RSA secret key is not a PEM private key; expected a block"
            + " starting with -----BEGIN PRIVATE KEY----- or -----BEGIN RSA PRIVATE KEY-----");
      }
      if (!"RSA".equals(key.getAlgorithm())) {
        throw new IllegalArgumentException("the PEM private key is " + key.getAlgorithm() + ", not RSA");
      }
      return new RsaSigner(key);
    } catch (IOException e) {
      throw new IllegalArgumentException("RSA secret key could not be converted: " + e.getClass().getSimpleName(), e);
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
