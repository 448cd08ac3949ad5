package io.bitget4j.benchmarks;

import com.squareup.moshi.JsonAdapter;
import io.bitget4j.core.ProductType;
import io.bitget4j.core.Symbol;
import io.bitget4j.core.internal.json.BitgetJson;
import io.bitget4j.core.internal.json.Envelope;
import io.bitget4j.core.internal.json.JsonDecoder;
import io.bitget4j.core.internal.json.MoshiSetup;
import io.bitget4j.core.model.Ticker;
import io.bitget4j.core.testing.NoDelayServerSocketFactory;
import io.bitget4j.rest.BitgetRestClient;
import io.bitget4j.rest.EndpointGroup;
import io.bitget4j.rest.RestConfig;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Headers;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One REST ticker call on loopback, request to decoded result, against a MockWebServer on
 * 127.0.0.1 whose accepted sockets set {@code TCP_NODELAY} (else each call waits for a delayed
 * ACK, about 44 ms) and which answers every
 * request with {@code rest-ticker.json}. All clients keep their connection alive.
 *
 * <ul>
 *   <li>{@link #bitget4jClient}: {@code BitgetRestClient.market().ticker(..)} (its market rate
 *       limit raised out of the way; everything else default);
 *   <li>{@link #bareOkHttpMoshi}: the baseline, a bare OkHttp GET of the same URL and Moshi's
 *       reflective adapter over the body into {@link WireTypes.TickerEnvelope};
 *   <li>{@link #bareOkHttpBitgetJson}: a bare OkHttp GET decoded with our decoder, which isolates
 *       the client's own overhead (URL, headers, rate limiter, retry policy, error mapping).
 * </ul>
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 6, time = 1)
@Measurement(iterations = 8, time = 1)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RestRoundTripBenchmark {
  private static final String PATH = "/api/v2/mix/market/ticker";

  private MockWebServer server;
  private BitgetRestClient client;
  private OkHttpClient http;
  private Request request;
  private JsonAdapter<WireTypes.TickerEnvelope> moshiEnvelope;
  private BitgetJson json;
  private JsonDecoder<Ticker> tickerDecoder;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    String body = Fixtures.compact("rest-ticker.json");
    Headers headers = Headers.of("Content-Type", "application/json");
    server = new MockWebServer();
    server.setServerSocketFactory(new NoDelayServerSocketFactory());
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest recorded) {
        return new MockResponse(200, headers, body);
      }
    });
    server.start(InetAddress.getByName("127.0.0.1"), 0);
    String baseUrl = "http://127.0.0.1:" + server.getPort();

    client = BitgetRestClient.builder()
        .baseUrl(baseUrl)
        .config(RestConfig.builder()
            .rateLimit(EndpointGroup.MARKET, 1_000_000, Duration.ofMillis(1))
            .build())
        .build();
    http = new OkHttpClient();
    request = new Request.Builder()
        .url(baseUrl + PATH + "?symbol=BTCUSDT&productType=USDT-FUTURES")
        .build();
    json = BitgetJson.create();
    moshiEnvelope = MoshiSetup.create().adapter(WireTypes.TickerEnvelope.class);
    tickerDecoder = json.ticker(ProductType.UMCBL);

    BigDecimal last = new BigDecimal("27000.5");
    check("bitget4jClient", last, bitget4jClient().lastPrice());
    check("bareOkHttpMoshi", last, bareOkHttpMoshi().data().get(0).lastPr());
    check("bareOkHttpBitgetJson", last, bareOkHttpBitgetJson().lastPrice());
  }

  /** MockWebServer keeps every request it served; drop them so the heap stays flat. */
  @TearDown(Level.Iteration)
  public void forgetRequests() throws InterruptedException {
    while (server.takeRequest(0, TimeUnit.MILLISECONDS) != null) {
      // drained
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    client.close();
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
    server.close();
  }

  @Benchmark
  public Ticker bitget4jClient() {
    return client.market().ticker(Symbol.BTCUSDT_UMCBL);
  }

  @Benchmark
  public WireTypes.TickerEnvelope bareOkHttpMoshi() throws IOException {
    try (Response response = http.newCall(request).execute()) {
      return moshiEnvelope.fromJson(response.body().source());
    }
  }

  @Benchmark
  public Ticker bareOkHttpBitgetJson() throws IOException {
    try (Response response = http.newCall(request).execute()) {
      Envelope<Ticker> envelope = json.decodeEnvelope(response.body().source(), tickerDecoder);
      return envelope.data().orElseThrow();
    }
  }

  private static void check(String name, BigDecimal expected, BigDecimal actual) {
    if (expected.compareTo(actual) != 0) {
      throw new IllegalStateException(name + " decoded last price " + actual + ", expected " + expected);
    }
  }

}
