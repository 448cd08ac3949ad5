package io.bitget4j.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.bitget4j.core.Symbol;
import io.bitget4j.core.model.Ticker;
import io.bitget4j.rest.testing.FakeExchange;
import io.bitget4j.rest.testing.Fixtures;
import io.bitget4j.rest.testing.RecordingSleeper;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 20, unit = TimeUnit.SECONDS)
class ClientLifecycleTest {
  private static final String TICKER = "/api/v2/mix/market/ticker";

  private final FakeExchange exchange = new FakeExchange();

  @AfterEach
  void tearDown() {
    exchange.close();
  }

  private static boolean asyncThreadsAlive() {
    return Thread.getAllStackTraces().keySet().stream()
        .anyMatch(t -> t.isAlive() && t.getName().startsWith("bitget-rest-async-"));
  }

  @Test
  void asyncCallsRunOnTheClientsThreadsWhichStopOnClose() throws Exception {
    // held back, so that the callback below is attached before the call completes (a callback
    // attached to a completed future runs on the attaching thread)
    exchange.enqueue(TICKER, new MockResponse.Builder().setHeader("Content-Type", "application/json")
        .body(Fixtures.read("rest-ticker.json")).headersDelay(300, TimeUnit.MILLISECONDS).build());
    BitgetRestClient client = BitgetRestClient.builder().baseUrl(exchange.url()).sleeper(new RecordingSleeper()).build();

    String thread = client.market().tickerAsync(Symbol.BTCUSDT_UMCBL)
        .thenApply(t -> Thread.currentThread().getName()).get(5, TimeUnit.SECONDS);
    client.close();

    assertThat(thread).startsWith("bitget-rest-async-");
    await().atMost(Duration.ofSeconds(5)).until(() -> !asyncThreadsAlive());
  }

  @Test
  void callsAfterCloseFailClearly() {
    BitgetRestClient client = BitgetRestClient.builder().baseUrl(exchange.url()).build();
    client.close();
    client.close();

    assertThatThrownBy(() -> client.market().ticker(Symbol.BTCUSDT_UMCBL))
        .isInstanceOf(IllegalStateException.class).hasMessage("BitgetRestClient is closed");
    CompletableFuture<Ticker> future = client.market().tickerAsync(Symbol.BTCUSDT_UMCBL);
    assertThatThrownBy(future::get).isInstanceOf(ExecutionException.class)
        .hasCauseInstanceOf(IllegalStateException.class);
    assertThat(exchange.requests()).isEmpty();
  }

  @Test
  void reusesACallersOkHttpClientAndExecutorAndLeavesThemRunning() throws Exception {
    exchange.enqueue(TICKER, Fixtures.read("rest-ticker.json"));
    OkHttpClient http = new OkHttpClient();
    ExecutorService executor = Executors.newSingleThreadExecutor(r -> new Thread(r, "caller-executor"));
    try {
      BitgetRestClient client = BitgetRestClient.builder().baseUrl(exchange.url()).okHttpClient(http)
          .executor(executor).sleeper(new RecordingSleeper()).build();
      String thread = client.market().tickerAsync(Symbol.BTCUSDT_UMCBL)
          .thenApply(t -> Thread.currentThread().getName()).get(5, TimeUnit.SECONDS);
      client.close();

      assertThat(thread).isEqualTo("caller-executor");
      assertThat(executor.isShutdown()).isFalse();
      assertThat(http.dispatcher().executorService().isShutdown()).isFalse();
      assertThat(http.connectionPool().connectionCount()).isEqualTo(1);
    } finally {
      executor.shutdown();
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    }
  }

  @Test
  void refusesTimeoutsTogetherWithACallersOkHttpClient() {
    assertThatThrownBy(() -> BitgetRestClient.builder().okHttpClient(new OkHttpClient())
        .readTimeout(Duration.ofSeconds(1)).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("timeouts apply to the client's own OkHttpClient; set them on the OkHttpClient passed to"
            + " okHttpClient(..) instead");
  }
}
