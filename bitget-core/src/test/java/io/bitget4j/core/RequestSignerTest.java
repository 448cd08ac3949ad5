package io.bitget4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bitget4j.core.internal.QueryParams;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.RSAPublicKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Vectors computed outside this project with openssl, secret {@code bitget4j-test-secret}:
 * {@code printf '%s' "$PREHASH" | openssl dgst -sha256 -hmac bitget4j-test-secret -binary | base64}.
 */
@Timeout(10)
class RequestSignerTest {
  private static final Credentials CREDENTIALS = Credentials.of("key", "bitget4j-test-secret", "pass");
  private static final long TS = 1659076670000L;

  @Test
  void signsGetWithQueryLikeOpenssl() {
    RequestSigner signer = RequestSigner.hmac(CREDENTIALS);
    QueryParams query = QueryParams.builder().put("productType", "USDT-FUTURES").put("marginCoin", "USDT").build();
    // prehash 1659076670000GET/api/v2/mix/position/all-position?marginCoin=USDT&productType=USDT-FUTURES
    assertThat(signer.sign(TS, "GET", "/api/v2/mix/position/all-position", query.signedForm(), new byte[0]))
        .isEqualTo("aK+a1wtjXmJ0BUl5Zj8+7Z88m2USfQqrtuTEnrzFcnA=");
  }

  @Test
  void signsRawDollarValueNotItsPercentEncoding() {
    RequestSigner signer = RequestSigner.hmac(CREDENTIALS);
    QueryParams query = QueryParams.builder()
        .put("symbol", "$AIUSDT").put("productType", "USDT-FUTURES").put("orderId", "1").build();
    assertThat(query.urlForm()).contains("symbol=%24AIUSDT");
    // prehash 1659076670000GET/api/v2/mix/order/detail?orderId=1&productType=USDT-FUTURES&symbol=$AIUSDT
    assertThat(signer.sign(TS, "GET", "/api/v2/mix/order/detail", query.signedForm(), new byte[0]))
        .isEqualTo("BXz6FY0v/mpHB8gmNuP1MLU2o+Nql93Zf1132s/TuxM=");
  }

  @Test
  void signsNonAsciiBodyAsRawUtf8Bytes() {
    RequestSigner signer = RequestSigner.hmac(CREDENTIALS);
    byte[] body = "{\"symbol\":\"龙虾USDT\",\"clientOid\":\"a b/c\"}".getBytes(StandardCharsets.UTF_8);
    // printf '%s' '1659076670000POST/api/v2/mix/order/place-order{"symbol":"龙虾USDT","clientOid":"a b/c"}' | openssl ...
    assertThat(signer.sign(TS, "POST", "/api/v2/mix/order/place-order", "", body))
        .isEqualTo("WYg0aDzbE7x2z4koUXFM2cI6pL7yOZHT7aEY665+rkY=");
  }

  @Test
  void signsWebSocketLoginWithSecondsTimestamp() {
    // printf '%s' '1732413600GET/user/verify' | openssl ...
    assertThat(RequestSigner.hmac(CREDENTIALS).signLogin(1732413600L))
        .isEqualTo("I+IDNUzTB9JqnZ8jYj0GTyrh/uBvYbllAgamc+kpyC8=");
  }

  @Test
  void prehashAndComponentFormsAgree() {
    RequestSigner signer = RequestSigner.hmac(CREDENTIALS);
    String viaParts = signer.sign(TS, "GET", "/api/v2/public/time", "", new byte[0]);
    assertThat(signer.signPrehash(TS + "GET/api/v2/public/time")).isEqualTo(viaParts);
  }

  @Test
  void writesEveryTimestampAndAlternatingPathsExactly() {
    RequestSigner signer = RequestSigner.hmac(CREDENTIALS);
    // consecutive timestamps that share their leading digits, and ones where those change
    long[] timestamps = {0L, 7L, 99_999L, 100_000L, 999_999_999L, 1_000_000_000L, 1_000_000_000_005L,
        1_659_076_670_000L, 1_659_076_670_001L, 1_659_076_699_999L, 1_659_076_700_000L, 1_659_076_670_009L,
        999_999_999_999_999_999L, Long.MAX_VALUE, -1L};
    String[] paths = {"/api/v2/mix/order/detail", "/api/v2/public/time", new String("/api/v2/public/time")};
    for (long ts : timestamps) {
      for (String path : paths) {
        for (String method : new String[] {"GET", "POST"}) {
          assertThat(signer.sign(ts, method, path, "a=1", new byte[0]))
              .as("%d %s %s", ts, method, path)
              .isEqualTo(signer.signPrehash(ts + method + path + "?a=1"));
        }
      }
    }
  }

  @Test
  void matchesTheJdkMacForEveryKeyLengthAndPaddingBoundary() throws Exception {
    // our HMAC drives SHA-256 itself (RFC 2104): keys longer than a block are hashed first, and a
    // message may end on either side of a block's padding
    String[] secrets = {"k", "s".repeat(63), "s".repeat(64), "s".repeat(65), "s".repeat(200), "秘密-κλειδί-ключ"};
    int[] lengths = {0, 1, 41, 55, 56, 63, 64, 65, 119, 120, 1000};
    for (String secret : secrets) {
      RequestSigner signer = RequestSigner.hmac(Credentials.of("key", secret, "pass"));
      javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
      mac.init(new javax.crypto.spec.SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      List<String> prehashes = new ArrayList<>();
      for (int length : lengths) {
        prehashes.add("p".repeat(length));
      }
      // Latin-1 beyond ASCII, a character whose low byte is '?' (U+013F), and one outside the BMP
      prehashes.addAll(List.of("1GET/x?q=café", "1GET/x?q=\u013F&r=1", "1POST/x{\"n\":\"\uD83D\uDE00\"}"));
      for (String prehash : prehashes) {
        int length = prehash.length();
        String expected = Base64.getEncoder().encodeToString(mac.doFinal(prehash.getBytes(StandardCharsets.UTF_8)));

        assertThat(signer.signPrehash(prehash)).as("secret of %d chars, prehash of %d", secret.length(), length)
            .isEqualTo(expected);
      }
    }
  }

  @Test
  void isSafeForConcurrentUse() throws Exception {
    RequestSigner signer = RequestSigner.hmac(CREDENTIALS);
    QueryParams query = QueryParams.builder().put("productType", "USDT-FUTURES").put("marginCoin", "USDT").build();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<Boolean>> tasks = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        final int salt = t;
        tasks.add(() -> {
          for (int i = 0; i < 2_000; i++) {
            String expected = "aK+a1wtjXmJ0BUl5Zj8+7Z88m2USfQqrtuTEnrzFcnA=";
            if (!signer.sign(TS, "GET", "/api/v2/mix/position/all-position", query.signedForm(), new byte[0]).equals(expected)) {
              return false;
            }
            // interleave a different, longer prehash on the same thread buffer
            signer.sign(TS + salt, "POST", "/api/v2/mix/order/place-order", "", new byte[600]);
          }
          return true;
        });
      }
      for (Future<Boolean> result : pool.invokeAll(tasks)) {
        assertThat(result.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void rsaSignerMatchesOpensslForPkcs8Key() throws IOException {
    // printf '%s' "$PREHASH" | openssl dgst -sha256 -sign test-rsa-pkcs8.pem | base64 -w0
    String pem = resource("/keys/test-rsa-pkcs8.pem");
    RequestSigner signer = RequestSigner.of(Credentials.rsa("key", pem, "pass"));
    QueryParams query = QueryParams.builder().put("productType", "USDT-FUTURES").put("marginCoin", "USDT").build();
    assertThat(signer.sign(TS, "GET", "/api/v2/mix/position/all-position", query.signedForm(), new byte[0]))
        .isEqualTo("gDfp5RwFl1jonwM9/IeyGaDJwHavTJUdeGcobmR21zNNf5WIHOiH8RkdHkMRCTEmvlTPp5db3EVLvCB3s9OBP179SMv15laXNkepj8VANoAu4nONJU5cZgf5BpudfaK2zcVaLl1BtN4xRCQ6F99s73ouP8y6K8qFF3zAOdrLlrvv5YjWwLnrBzay2G+qbP8TqaaTGyXIrGBnKaJyTjTEcSnhVxPD7vgC0DDpfshCSISU1PG7MyCs/rBa2e0T2lUcvhReI32ZuqlOr3CQk4mt5V9yqoe0X6JjE5aD4VpHqMPLz01SR/TZSs7nFtT7n7ZgviYE/WJvvRT3zpAgG35xQQ==");
  }

  @Test
  void rsaSignerReadsPkcs1KeyAndVerifiesWithPublicKey() throws Exception {
    String pem = resource("/keys/test-rsa-pkcs1.pem");
    RequestSigner signer = RequestSigner.rsa(Credentials.rsa("key", pem, "pass"));
    String signature = signer.signLogin(1732413600L);
    RSAPrivateCrtKey priv = privateKeyOf(resource("/keys/test-rsa-pkcs8.pem"));
    PublicKey pub = KeyFactory.getInstance("RSA")
        .generatePublic(new RSAPublicKeySpec(priv.getModulus(), priv.getPublicExponent()));
    Signature verifier = Signature.getInstance("SHA256withRSA");
    verifier.initVerify(pub);
    verifier.update("1732413600GET/user/verify".getBytes(StandardCharsets.UTF_8));
    assertThat(verifier.verify(Base64.getDecoder().decode(signature))).isTrue();
  }

  @Test
  void rsaSignerRejectsTextThatIsNotAPemKey() {
    assertThatThrownBy(() -> RequestSigner.rsa(Credentials.rsa("key", "not a key", "pass")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a PEM private key");
  }

  @Test
  void rsaSignerReadsPkcs1KeyWithTheJdkAloneAndSignsLikeItsPkcs8Twin() throws IOException {
    assertThatThrownBy(() -> Class.forName("org.bouncycastle.jce.provider.BouncyCastleProvider"))
        .as("core must not need BouncyCastle").isInstanceOf(ClassNotFoundException.class);
    RequestSigner pkcs1 = RequestSigner.rsa(Credentials.rsa("key", resource("/keys/test-rsa-pkcs1.pem"), "pass"));
    RequestSigner pkcs8 = RequestSigner.rsa(Credentials.rsa("key", resource("/keys/test-rsa-pkcs8.pem"), "pass"));

    // PKCS#1 v1.5 signatures are deterministic: the same key signs the same bytes the same way
    assertThat(pkcs1.signPrehash("1732413600GET/user/verify")).isEqualTo(pkcs8.signPrehash("1732413600GET/user/verify"));
  }

  @Test
  void rsaSignerWrapsGeneratedPkcs1KeysExactlyAsTheJdkEncodesPkcs8() throws Exception {
    for (int bits : new int[] {512, 2048}) {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(bits);
      KeyPair pair = generator.generateKeyPair();
      byte[] pkcs8 = pair.getPrivate().getEncoded();
      byte[] pkcs1 = pkcs1Of(pkcs8);

      assertThat(RsaSigner.pkcs1ToPkcs8(pkcs1)).as("%d bits", bits).isEqualTo(pkcs8);
      String signature = RequestSigner.rsa(Credentials.rsa("key", pem("RSA PRIVATE KEY", pkcs1), "pass"))
          .signPrehash("prehash");
      Signature verifier = Signature.getInstance("SHA256withRSA");
      verifier.initVerify(pair.getPublic());
      verifier.update("prehash".getBytes(StandardCharsets.UTF_8));
      assertThat(verifier.verify(Base64.getDecoder().decode(signature))).as("%d bits", bits).isTrue();
    }
  }

  @Test
  void rsaSignerRefusesEncryptedKeysWithTheCommandThatDecryptsThem() {
    String encryptedPkcs8 = "-----BEGIN ENCRYPTED PRIVATE KEY-----\nMIIFHDBOBgkqhkiG9w0BBQ0wQTApBgkq\n"
        + "-----END ENCRYPTED PRIVATE KEY-----\n";
    String encryptedPkcs1 = "-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\n"
        + "DEK-Info: AES-128-CBC,0123456789ABCDEF0123456789ABCDEF\n\nMIIEowIBAAKCAQEAvFua\n"
        + "-----END RSA PRIVATE KEY-----\n";
    for (String pem : new String[] {encryptedPkcs8, encryptedPkcs1}) {
      assertThatThrownBy(() -> RequestSigner.rsa(Credentials.rsa("key", pem, "pass")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("RSA secret key is encrypted; bitget4j reads unencrypted keys only: decrypt it once with"
              + " `openssl pkey -in encrypted.pem -out key.pem` and keep the result as secret as the encrypted file");
    }
  }

  @Test
  void rsaSignerNamesWhatItFoundInsteadOfARsaPrivateKey() throws Exception {
    KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
    ec.initialize(256);
    String ecPem = pem("PRIVATE KEY", ec.generateKeyPair().getPrivate().getEncoded());

    assertThatThrownBy(() -> RequestSigner.rsa(Credentials.rsa("key", ecPem, "pass")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("RSA secret key (PRIVATE KEY) is not a readable RSA private key: InvalidKeySpecException;"
            + " check that it is an RSA key, not EC or Ed25519");
    assertThatThrownBy(() -> RequestSigner.rsa(Credentials.rsa("key", pem("PUBLIC KEY", new byte[] {1}), "pass")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("RSA secret key is a PEM \"PUBLIC KEY\" block, not a private key; expected a block starting"
            + " with -----BEGIN PRIVATE KEY----- or -----BEGIN RSA PRIVATE KEY-----");
    assertThatThrownBy(() -> RequestSigner.rsa(Credentials.rsa("key",
            "-----BEGIN PRIVATE KEY-----\n*not base64*\n-----END PRIVATE KEY-----", "pass")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("RSA secret key is not valid PEM: the body of its PRIVATE KEY block is not Base64");
  }

  @Test
  void toStringRevealsNoSecret() {
    assertThat(RequestSigner.hmac(CREDENTIALS).toString()).doesNotContain("bitget4j-test-secret");
  }

  private static RSAPrivateCrtKey privateKeyOf(String pkcs8Pem) throws Exception {
    String body = pkcs8Pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    return (RSAPrivateCrtKey) KeyFactory.getInstance("RSA")
        .generatePrivate(new java.security.spec.PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
  }

  private static String pem(String label, byte[] der) {
    return "-----BEGIN " + label + "-----\n" + Base64.getMimeEncoder().encodeToString(der) + "\n-----END " + label
        + "-----\n";
  }

  /** The PKCS#1 key inside a JDK-encoded PKCS#8 RSA key: what its OCTET STRING holds. */
  private static byte[] pkcs1Of(byte[] pkcs8) {
    int at = 0;
    at += headerLength(pkcs8, at); // SEQUENCE
    at += 3; // INTEGER 0
    at += 15; // AlgorithmIdentifier {rsaEncryption, NULL}
    int octetHeader = headerLength(pkcs8, at);
    return java.util.Arrays.copyOfRange(pkcs8, at + octetHeader, pkcs8.length);
  }

  private static int headerLength(byte[] der, int at) {
    int first = der[at + 1] & 0xFF;
    return first < 0x80 ? 2 : 2 + (first & 0x7F);
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = RequestSignerTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
    }
  }
}
