package io.bitget4j.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.bitget4j.core.BitgetException;
import io.bitget4j.core.Symbol;
import io.bitget4j.core.testing.NoDelayServerSocketFactory;
import io.bitget4j.core.testing.RollingWindows;
import io.bitget4j.rest.testing.Fixtures;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Many threads against a server that answers HTTP 429 for a while, on real time: the server,
 * not the client, counts what arrives. Before the rolling-window budget the server saw 36
 * requests in one second against a limit of 20.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class RateLimitStormTest {
  private static final String TICKER = "/api/v2/mix/market/ticker";
  private static final long STORM_NANOS = TimeUnit.SECONDS.toNanos(3);
  private static final long SECOND_NANOS = TimeUnit.SECONDS.toNanos(1);

  private final MockWebServer server = new MockWebServer();
  private final List<Long> arrivals = new ArrayList<>();
  private final AtomicLong firstArrival = new AtomicLong();
  private final ExecutorService threads = Executors.newFixedThreadPool(8);

  @BeforeEach
  void startServer() throws IOException {
    server.setServerSocketFactory(new NoDelayServerSocketFactory());
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        long now = System.nanoTime();
        synchronized (arrivals) {
          arrivals.add(now);
        }
        firstArrival.compareAndSet(0, now);
        boolean storm = now - firstArrival.get() < STORM_NANOS;
        return new MockResponse.Builder()
            .code(storm ? 429 : 200)
            .setHeader("Content-Type", "application/json")
            .body(Fixtures.read(storm ? "rest-error-rate-limit.json" : "rest-ticker.json"))
            .build();
      }
    });
    server.start(InetAddress.getByName("127.0.0.1"), 0);
  }

  @AfterEach
  void stop() throws InterruptedException {
    threads.shutdownNow();
    assertThat(threads.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    server.close();
  }

  @Test
  void eightThreadsInA429StormNeverExceedTheGroupLimitInAnySecond() throws Exception {
    String url = server.url("/").toString();
    AtomicInteger remaining = new AtomicInteger(50);
    AtomicInteger succeeded = new AtomicInteger();
    AtomicInteger refused = new AtomicInteger();
    try (BitgetRestClient client = BitgetRestClient.builder().baseUrl(url.substring(0, url.length() - 1)).build()) {
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        workers.add(threads.submit(() -> {
          while (remaining.getAndDecrement() > 0) {
            try {
              client.market().ticker(Symbol.BTCUSDT_UMCBL);
              succeeded.incrementAndGet();
            } catch (BitgetException e) {
              refused.incrementAndGet(); // the storm outlasted this call's retries
            }
          }
        }));
      }
      for (Future<?> worker : workers) {
        worker.get(45, TimeUnit.SECONDS);
      }
    }

    List<Long> seen;
    synchronized (arrivals) {
      seen = List.copyOf(arrivals);
    }
    RollingWindows.Window worst = RollingWindows.worstWindow(seen, SECOND_NANOS);
    long first = seen.stream().min(Long::compare).orElseThrow();
    assertThat(worst.count())
        .as("requests the server saw in the second from %s ms; arrivals in ms: %s",
            Duration.ofNanos(worst.start() - first).toMillis(),
            seen.stream().sorted().map(t -> Duration.ofNanos(t - first).toMillis()).toList())
        .isLessThanOrEqualTo(EndpointGroup.MARKET.defaultPermits());
    assertThat(succeeded.get() + refused.get()).isEqualTo(50);
    assertThat(succeeded.get()).as("calls answered once the storm was over").isPositive();
  }
}
