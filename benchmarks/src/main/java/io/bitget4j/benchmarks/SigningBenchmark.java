package io.bitget4j.benchmarks;

import io.bitget4j.core.Credentials;
import io.bitget4j.core.RequestSigner;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.knowm.xchange.bitget.service.BitgetDigest;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import si.mazi.rescu.StubRestInvocation;

/**
 * Signing one REST request with HMAC-SHA256: a GET whose prehash is 90 bytes and a POST of a
 * 214-byte order body ({@code rest-place-order-request.json}).
 *
 * <ul>
 *   <li>{@link #bitget4j}: {@code RequestSigner.hmac(..)}, the signer every request uses;
 *   <li>{@link #macPerCall}: {@code Mac.getInstance} and {@code init} on every call, the common
 *       naive way;
 *   <li>{@link #xchangeDigest}: XChange's {@code BitgetDigest.digestParams} (5.2.1);
 *   <li>{@link #reusedMacFloor}: the floor, one reused {@code Mac} over a string prehash, then
 *       {@code doFinal} and Base64, nothing else.
 * </ul>
 *
 * <p>Setup checks that all four produce the same signature.
 */
@State(Scope.Thread)
@Fork(1)
@Warmup(iterations = 6, time = 1)
@Measurement(iterations = 8, time = 1)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class SigningBenchmark {
  private static final String SECRET = "6f8c2e1b9a7d4c3e5f0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f6";
  private static final String HMAC_SHA256 = "HmacSHA256";

  /** {@code GET}: all positions, a 90-byte prehash; {@code POST}: place an order. */
  @Param({"GET", "POST"})
  public String request;

  private long timestampMillis;
  private String method;
  private String path;
  private String query;
  private String bodyText;
  private byte[] body;

  private RequestSigner signer;
  private Mac reusedMac;
  private BitgetDigest xchange;
  private StubRestInvocation invocation;

  @Setup
  public void setUp() throws GeneralSecurityException {
    timestampMillis = 1_732_413_600_000L;
    if (request.equals("GET")) {
      method = "GET";
      path = "/api/v2/mix/position/all-position";
      query = "marginCoin=USDT&productType=USDT-FUTURES";
      bodyText = "";
    } else {
      method = "POST";
      path = "/api/v2/mix/order/place-order";
      query = "";
      bodyText = Fixtures.compact("rest-place-order-request.json");
    }
    body = bodyText.getBytes(StandardCharsets.UTF_8);

    signer = RequestSigner.hmac(Credentials.of("bg_benchmark_key", SECRET, "benchmark"));
    reusedMac = Mac.getInstance(HMAC_SHA256);
    reusedMac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), HMAC_SHA256));
    xchange = BitgetDigest.createInstance(SECRET);
    // rescu reports the path without its leading slash; BitgetDigest puts it back
    invocation = StubRestInvocation.create(method, path.substring(1), query, bodyText,
        Map.of("ACCESS-TIMESTAMP", Long.toString(timestampMillis)));

    String expected = reusedMacFloor();
    check("bitget4j", bitget4j(), expected);
    check("macPerCall", macPerCall(), expected);
    check("xchangeDigest", xchangeDigest(), expected);
    if (request.equals("GET") && prehash().length() != 90) {
      throw new IllegalStateException("the GET prehash should be 90 bytes but is " + prehash().length());
    }
  }

  @Benchmark
  public String bitget4j() {
    return signer.sign(timestampMillis, method, path, query, body);
  }

  @Benchmark
  public String macPerCall() throws GeneralSecurityException {
    Mac mac = Mac.getInstance(HMAC_SHA256);
    mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), HMAC_SHA256));
    return Base64.getEncoder().encodeToString(mac.doFinal(prehash().getBytes(StandardCharsets.UTF_8)));
  }

  @Benchmark
  public String xchangeDigest() {
    return xchange.digestParams(invocation);
  }

  @Benchmark
  public String reusedMacFloor() {
    return Base64.getEncoder().encodeToString(reusedMac.doFinal(prehash().getBytes(StandardCharsets.UTF_8)));
  }

  private String prehash() {
    return query.isEmpty()
        ? timestampMillis + method + path + bodyText
        : timestampMillis + method + path + "?" + query + bodyText;
  }

  private static void check(String name, String actual, String expected) {
    if (!actual.equals(expected)) {
      throw new IllegalStateException(name + " signed " + actual + " but the floor signed " + expected);
    }
  }
}
