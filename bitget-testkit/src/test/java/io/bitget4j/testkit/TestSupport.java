package io.bitget4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.squareup.moshi.JsonReader;
import io.bitget4j.core.AccountMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import okio.Buffer;

/**
 * Raw OkHttp access to the fake with an independent signer (javax.crypto, not our client's
 * RequestSigner), so that a bug shared by client and fake cannot hide.
 */
final class TestSupport {
  static final MediaType JSON = MediaType.get("application/json");

  private TestSupport() {}

  static OkHttpClient newClient() {
    return new OkHttpClient.Builder()
        .retryOnConnectionFailure(false)
        .callTimeout(Duration.ofSeconds(10))
        .build();
  }

  static void shutdown(OkHttpClient client) {
    client.dispatcher().executorService().shutdown();
    client.connectionPool().evictAll();
  }

  /** Base64(HMAC-SHA256(secret, prehash)). */
  static String hmac(String secret, String prehash) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return Base64.getEncoder().encodeToString(mac.doFinal(prehash.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new AssertionError(e);
    }
  }

  /** A GET with the URL query {@code encodedQuery}, signed over {@code signedQuery}. */
  static Request signedGet(FakeBitget fake, String path, String encodedQuery, String signedQuery, long tsMillis) {
    String ts = Long.toString(tsMillis);
    String prehash = ts + "GET" + path + (signedQuery.isEmpty() ? "" : "?" + signedQuery);
    String url = fake.restUrl() + path + (encodedQuery.isEmpty() ? "" : "?" + encodedQuery);
    return authHeaders(new Request.Builder().url(url).get(), ts, hmac(FakeBitget.DEFAULT_SECRET_KEY, prehash))
        .build();
  }

  /** A GET whose query needs no escaping, signed correctly at the fake's time. */
  static Request signedGet(FakeBitget fake, String path, String query) {
    return signedGet(fake, path, query, query, fake.now().toEpochMilli());
  }

  /** A POST of {@code body}, signed over the exact body text at the fake's time. */
  static Request signedPost(FakeBitget fake, String path, String body) {
    String ts = Long.toString(fake.now().toEpochMilli());
    String sign = hmac(FakeBitget.DEFAULT_SECRET_KEY, ts + "POST" + path + body);
    return authHeaders(new Request.Builder().url(fake.restUrl() + path).post(RequestBody.create(body, JSON)), ts, sign)
        .build();
  }

  /** A signed read of the account in the API of {@code mode}: V2's {@code accounts} or V3's {@code assets}. */
  static Request signedAccountRead(FakeBitget fake, AccountMode mode) {
    return mode == AccountMode.UNIFIED
        ? signedGet(fake, "/api/v3/account/assets", "")
        : signedGet(fake, "/api/v2/mix/account/accounts", "productType=USDT-FUTURES");
  }

  /**
   * A signed BTCUSDT order in the API of {@code mode} (a one-way account's): {@code price} null
   * for a market order.
   */
  static Request signedOrder(FakeBitget fake, AccountMode mode, String side, String size, String price) {
    String type = price == null ? "market" : "limit";
    String priced = price == null ? "" : ",\"price\":\"" + price + "\"";
    if (mode == AccountMode.UNIFIED) {
      return signedPost(fake, "/api/v3/trade/place-order", "{\"category\":\"USDT-FUTURES\",\"symbol\":\"BTCUSDT\","
          + "\"qty\":\"" + size + "\",\"side\":\"" + side + "\",\"orderType\":\"" + type + "\"" + priced + "}");
    }
    return signedPost(fake, "/api/v2/mix/order/place-order", "{\"symbol\":\"BTCUSDT\",\"productType\":\"USDT-FUTURES\","
        + "\"marginMode\":\"isolated\",\"marginCoin\":\"USDT\",\"size\":\"" + size + "\",\"side\":\"" + side
        + "\",\"orderType\":\"" + type + "\"" + priced + "}");
  }

  static Request.Builder authHeaders(Request.Builder b, String ts, String sign) {
    return b.header("ACCESS-KEY", FakeBitget.DEFAULT_API_KEY)
        .header("ACCESS-SIGN", sign)
        .header("ACCESS-TIMESTAMP", ts)
        .header("ACCESS-PASSPHRASE", FakeBitget.DEFAULT_PASSPHRASE)
        .header("locale", "en-US");
  }

  /** An HTTP status with the JSON body, as received and parsed. */
  record Answer(int status, String body, Map<String, Object> json) {
    String code() {
      return (String) json.get("code");
    }

    Object data() {
      return json.get("data");
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> dataObject() {
      return (Map<String, Object>) json.get("data");
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> dataList() {
      return (List<Map<String, Object>>) json.get("data");
    }
  }

  static Answer call(OkHttpClient client, Request request) throws IOException {
    try (Response response = client.newCall(request).execute()) {
      String body = response.body().string();
      return new Answer(response.code(), body, object(body));
    }
  }

  static Answer get(OkHttpClient client, String url) throws IOException {
    return call(client, new Request.Builder().url(url).build());
  }

  static Answer ok(OkHttpClient client, Request request) throws IOException {
    Answer answer = call(client, request);
    assertThat(answer.code()).as("answer to %s: %s", request.url(), answer.json()).isEqualTo("00000");
    assertThat(answer.status()).isEqualTo(200);
    return answer;
  }

  static Object parse(String json) {
    try {
      return JsonReader.of(new Buffer().writeUtf8(json)).readJsonValue();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> object(String json) {
    return (Map<String, Object>) parse(json);
  }

  static String fixture(String name) {
    try (InputStream in = TestSupport.class.getResourceAsStream("/fixtures/" + name)) {
      assertThat(in).as("fixture %s", name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> firstDataItemOfFixture(String name) {
    Object data = object(fixture(name)).get("data");
    return data instanceof List ? ((List<Map<String, Object>>) data).get(0) : (Map<String, Object>) data;
  }

  /**
   * Asserts that {@code actual} has the shape of {@code sample}: the same field names at every
   * level, strings where the sample has strings, numbers where it has numbers, the same nesting.
   * A sample's {@code null} admits a string or null (Bitget sends both for an absent value). An
   * array of scalars (a candle, a book level) must match element by element and in length; each
   * element of an array of objects or arrays must match the sample's first element.
   */
  static void assertSameShape(Object actual, Object sample, String path) {
    if (sample == null) {
      assertThat(actual == null || actual instanceof String).as("%s: a string or null, was %s", path, actual)
          .isTrue();
    } else if (sample instanceof String) {
      assertThat(actual).as("%s: a string", path).isInstanceOf(String.class);
    } else if (sample instanceof Number) {
      assertThat(actual).as("%s: a number", path).isInstanceOf(Number.class);
    } else if (sample instanceof Boolean) {
      assertThat(actual).as("%s: a boolean", path).isInstanceOf(Boolean.class);
    } else if (sample instanceof Map) {
      assertThat(actual).as("%s: an object", path).isInstanceOf(Map.class);
      @SuppressWarnings("unchecked")
      Map<String, Object> expected = (Map<String, Object>) sample;
      @SuppressWarnings("unchecked")
      Map<String, Object> got = (Map<String, Object>) actual;
      assertThat(got.keySet()).as("%s: field names", path).containsExactlyInAnyOrderElementsOf(expected.keySet());
      for (Map.Entry<String, Object> e : expected.entrySet()) {
        assertSameShape(got.get(e.getKey()), e.getValue(), path + "." + e.getKey());
      }
    } else {
      assertThat(actual).as("%s: an array", path).isInstanceOf(List.class);
      List<?> expected = (List<?>) sample;
      List<?> got = (List<?>) actual;
      if (expected.isEmpty()) {
        return;
      }
      boolean scalars = !(expected.get(0) instanceof Map) && !(expected.get(0) instanceof List);
      if (scalars) {
        assertThat(got).as("%s: length", path).hasSameSizeAs(expected);
      }
      for (int i = 0; i < got.size(); i++) {
        assertSameShape(got.get(i), scalars ? expected.get(i) : expected.get(0), path + "[" + i + "]");
      }
    }
  }

  /** Asserts that an answer's whole envelope has the shape of a sample file's. */
  static void assertSameShapeAsFixture(Answer answer, String fixture) {
    assertSameShape(answer.json(), object(fixture(fixture)), fixture);
  }

  /** A WebSocket client that queues every text frame it receives. */
  static final class WsClient extends WebSocketListener implements AutoCloseable {
    final BlockingQueue<String> messages = new LinkedBlockingQueue<>();
    final CountDownLatch failed = new CountDownLatch(1);
    final CountDownLatch opened = new CountDownLatch(1);
    /** Counts down when the server starts a normal close. */
    final CountDownLatch closing = new CountDownLatch(1);
    /** The code of the server's close, once {@link #closing} counted down. */
    volatile int closeCode;
    final WebSocket socket;

    WsClient(OkHttpClient client, String url) throws InterruptedException {
      this.socket = client.newWebSocket(new Request.Builder().url(url).build(), this);
      assertThat(opened.await(5, TimeUnit.SECONDS)).as("connected to %s", url).isTrue();
    }

    @Override
    public void onOpen(WebSocket webSocket, Response response) {
      opened.countDown();
    }

    @Override
    public void onMessage(WebSocket webSocket, String text) {
      messages.add(text);
    }

    @Override
    public void onClosing(WebSocket webSocket, int code, String reason) {
      closeCode = code;
      closing.countDown();
      webSocket.close(1000, null);
    }

    @Override
    public void onFailure(WebSocket webSocket, Throwable t, Response response) {
      failed.countDown();
    }

    void send(String text) {
      assertThat(socket.send(text)).isTrue();
    }

    /** The next frame (skipping others) that matches, within five seconds. */
    String await(Predicate<String> matching) throws InterruptedException {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
      while (true) {
        long left = deadline - System.nanoTime();
        String next = left > 0 ? messages.poll(left, TimeUnit.NANOSECONDS) : null;
        assertThat(next).as("a frame matching the condition within 5 s").isNotNull();
        if (matching.test(next)) {
          return next;
        }
      }
    }

    Map<String, Object> awaitJson(Predicate<String> matching) throws InterruptedException {
      return object(await(matching));
    }

    @Override
    public void close() {
      socket.close(1000, null);
    }
  }

  /**
   * The BTCUSDT ticker subscription argument in the stream grammar of {@code mode}'s endpoints
   * ({@link FakeBitget#publicWsUrl()}): V2's {@code channel}/{@code instId} or V3's
   * {@code topic}/{@code symbol}.
   */
  static String tickerArg(AccountMode mode) {
    return mode == AccountMode.UNIFIED
        ? "{\"instType\":\"usdt-futures\",\"topic\":\"ticker\",\"symbol\":\"BTCUSDT\"}"
        : "{\"instType\":\"USDT-FUTURES\",\"channel\":\"ticker\",\"instId\":\"BTCUSDT\"}";
  }

  /** The BTCUSDT {@code books} subscription argument in the stream grammar of {@code mode}'s endpoints. */
  static String booksArg(AccountMode mode) {
    return tickerArg(mode).replace("ticker", "books");
  }

  /** Sends a login frame signed at {@code tsSeconds} with {@code secret}. */
  static String loginFrame(long tsSeconds, String secret) {
    String ts = Long.toString(tsSeconds);
    return "{\"op\":\"login\",\"args\":[{\"apiKey\":\"" + FakeBitget.DEFAULT_API_KEY + "\",\"passphrase\":\""
        + FakeBitget.DEFAULT_PASSPHRASE + "\",\"timestamp\":\"" + ts + "\",\"sign\":\""
        + hmac(secret, ts + "GET" + "/user/verify") + "\"}]}";
  }
}
