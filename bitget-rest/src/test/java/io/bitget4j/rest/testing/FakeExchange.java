package io.bitget4j.rest.testing;

import io.bitget4j.core.testing.NoDelayServerSocketFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;

/**
 * A scripted Bitget on MockWebServer at 127.0.0.1: responses are queued per path and served in
 * order; {@code /api/v2/public/time} answers with {@link #serverTimeMillis} unless scripted, and
 * {@code /api/v3/account/settings} with 40084 (a classic account's key) unless scripted.
 * Every request is recorded. Accepted sockets set TCP_NODELAY: with Nagle's algorithm on,
 * MockWebServer's separate head and body writes make every keep-alive request wait for a delayed ACK.
 */
public final class FakeExchange implements AutoCloseable {
  public static final String TIME_PATH = "/api/v2/public/time";
  public static final String SETTINGS_PATH = "/api/v3/account/settings";
  /** Bitget's answer to a classic key on a V3 private endpoint. */
  public static final String CLASSIC_KEY_ON_V3 = "{\"code\":\"40084\",\"msg\":\"You are in Classic Account mode,"
      + " and the Unified Account API is not supported at this time\",\"requestTime\":1,\"data\":null}";

  private final MockWebServer server = new MockWebServer();
  private final Map<String, Deque<MockResponse>> scripts = new HashMap<>();
  private final List<RecordedRequest> requests = new ArrayList<>();
  private final List<Long> stamps = new ArrayList<>();
  private volatile Clock stampClock = Clock.systemUTC();
  private volatile LongSupplier serverTimeMillis = System::currentTimeMillis;

  public FakeExchange() {
    server.setServerSocketFactory(new NoDelayServerSocketFactory());
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return answer(request);
      }
    });
    try {
      server.start(InetAddress.getByName("127.0.0.1"), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code http://127.0.0.1:PORT}. */
  public String url() {
    String url = server.url("/").toString();
    return url.substring(0, url.length() - 1);
  }

  /**
   * Stamps each request with {@code clock}'s time on arrival, such as a test's manual clock,
   * which then reads the time the client sent it.
   */
  public void stampWith(Clock clock) {
    this.stampClock = clock;
  }

  /** The arrival times, in milliseconds of the {@link #stampWith stamp clock}, of the requests on {@code path}. */
  public synchronized List<Long> requestTimes(String path) {
    List<Long> times = new ArrayList<>();
    for (int i = 0; i < requests.size(); i++) {
      if (requests.get(i).getUrl().encodedPath().equals(path)) {
        times.add(stamps.get(i));
      }
    }
    return times;
  }

  /** Sets what the time endpoint answers when not scripted. */
  public void serverTime(LongSupplier millis) {
    this.serverTimeMillis = millis;
  }

  /** Queues a 200 answer with {@code body} for {@code path}. */
  public FakeExchange enqueue(String path, String body) {
    return enqueue(path, json(200, body));
  }

  /** Queues a response for {@code path}. */
  public synchronized FakeExchange enqueue(String path, MockResponse response) {
    scripts.computeIfAbsent(path, p -> new ArrayDeque<>()).add(response);
    return this;
  }

  /** A JSON response. */
  public static MockResponse json(int status, String body) {
    return new MockResponse.Builder().code(status).setHeader("Content-Type", "application/json")
        .body(body).build();
  }

  /** A response whose connection is closed after the request was read: the answer is lost. */
  public static MockResponse dropAfterRequest() {
    return new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build();
  }

  /** All requests received, in order. */
  public synchronized List<RecordedRequest> requests() {
    return List.copyOf(requests);
  }

  /** The requests received on {@code path}. */
  public synchronized List<RecordedRequest> requests(String path) {
    return requests.stream().filter(r -> r.getUrl().encodedPath().equals(path)).collect(Collectors.toList());
  }

  /** The requests received on paths other than the time endpoint. */
  public synchronized List<RecordedRequest> apiRequests() {
    return requests.stream().filter(r -> !r.getUrl().encodedPath().equals(TIME_PATH))
        .collect(Collectors.toList());
  }

  /** The body of a request as UTF-8 text. */
  public static String body(RecordedRequest request) {
    return request.getBody() == null ? "" : request.getBody().string(StandardCharsets.UTF_8);
  }

  private synchronized MockResponse answer(RecordedRequest request) {
    requests.add(request);
    stamps.add(stampClock.millis());
    String path = request.getUrl().encodedPath();
    Deque<MockResponse> queue = scripts.get(path);
    if (queue != null && !queue.isEmpty()) {
      return queue.poll();
    }
    if (path.equals(SETTINGS_PATH)) {
      return json(400, CLASSIC_KEY_ON_V3);
    }
    if (path.equals(TIME_PATH)) {
      return json(200, "{\"code\":\"00000\",\"msg\":\"success\",\"requestTime\":1,\"data\":{\"serverTime\":\""
          + serverTimeMillis.getAsLong() + "\"}}");
    }
    return json(404, "{\"code\":\"40404\",\"msg\":\"FakeExchange has no script for " + path + "\",\"data\":null}");
  }

  @Override
  public void close() {
    server.close();
  }

}
