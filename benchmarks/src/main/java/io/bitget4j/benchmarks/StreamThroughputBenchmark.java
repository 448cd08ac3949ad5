package io.bitget4j.benchmarks;

import io.bitget4j.core.ProductType;
import io.bitget4j.core.Symbol;
import io.bitget4j.core.internal.json.BitgetJson;
import io.bitget4j.core.internal.json.JsonDecoder;
import io.bitget4j.core.internal.json.StreamFrame;
import io.bitget4j.core.model.Ticker;
import io.bitget4j.ws.BitgetStreamClient;
import io.bitget4j.ws.Subscription;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * WebSocket push throughput on loopback, in pushes per second: a {@link LoopbackPushServer}
 * writes {@code ws-ticker.json} frames as fast as the client reads them.
 *
 * <ul>
 *   <li>{@link #bitget4jTickerListener}: {@code BitgetStreamClient.ticker(..)} with its defaults;
 *       every push is decoded into a {@link Ticker} on the socket thread and handed to a listener
 *       (on the listener executor) that counts it;
 *   <li>{@link #bitget4jTickerListenerSameThread}: the same with
 *       {@code listenerExecutor(Runnable::run)}, so the listener runs on the socket thread: the
 *       dispatch without its thread hand-off;
 *   <li>{@link #bareOkHttpDecodeOnly}: a bare OkHttp {@code WebSocketListener} that decodes each
 *       frame with our decoder on the socket thread and counts it (no hand-off);
 *   <li>{@link #bareOkHttpCountFrames}: the floor, a bare OkHttp listener that only counts frames.
 * </ul>
 *
 * <p>Each invocation waits (blocked, not spinning: the machine has two cores) until the listener
 * has counted another {@value #BATCH} pushes. Values the client drops because its listener queue
 * overflowed are not counted; their number is printed when the trial ends.
 */
@Fork(1)
@Warmup(iterations = 6, time = 1)
@Measurement(iterations = 8, time = 1)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class StreamThroughputBenchmark {
  static final int BATCH = 1_000;
  static final String SUBSCRIBE =
      "{\"op\":\"subscribe\",\"args\":[{\"instType\":\"USDT-FUTURES\",\"channel\":\"ticker\",\"instId\":\"BTCUSDT\"}]}";
  static final String ACK =
      "{\"event\":\"subscribe\",\"arg\":{\"instType\":\"USDT-FUTURES\",\"channel\":\"ticker\",\"instId\":\"BTCUSDT\"}}";
  private static final long STALL_SECONDS = 10;

  /** Counts pushes on one thread at a time and releases a permit every {@value #BATCH}. */
  static final class Counter {
    private final Semaphore batches = new Semaphore(0);
    private long count;

    void count() {
      if (++count % BATCH == 0) {
        batches.release();
      }
    }

    long total() {
      return count;
    }

    void awaitBatch() throws InterruptedException {
      if (!batches.tryAcquire(STALL_SECONDS, TimeUnit.SECONDS)) {
        throw new IllegalStateException("no " + BATCH + " pushes within " + STALL_SECONDS + " s");
      }
    }

    /** Forgets batches completed while nothing was measured. */
    void reset() {
      batches.drainPermits();
    }
  }

  /** Prints the CPU each thread group spent per push over the trial, once it ends. */
  static void report(String what, ThreadCpu cpu, long pushes) {
    System.out.printf("%n%s: CPU per push by thread over %,d pushes:%s%n", what, pushes, cpu.perItem(pushes));
  }

  /** Our stream client subscribed to the ticker of the loopback server. */
  public abstract static class Bitget4jStream {
    final Counter counter = new Counter();
    LoopbackPushServer server;
    BitgetStreamClient client;
    Subscription subscription;
    ThreadCpu cpu;
    long startPushes;

    abstract BitgetStreamClient.Builder configure(BitgetStreamClient.Builder builder);

    @Setup(Level.Trial)
    public void setUp() throws IOException, InterruptedException {
      server = LoopbackPushServer.start(Fixtures.compact("ws-ticker.json"), ACK);
      client = configure(BitgetStreamClient.builder().publicUrl(server.url())).build();
      subscription = client.ticker(Symbol.BTCUSDT_UMCBL, ticker -> counter.count());
      counter.awaitBatch();
      cpu = ThreadCpu.start();
      startPushes = counter.total() + client.health().droppedValues();
    }

    @Setup(Level.Iteration)
    public void resetCounter() {
      counter.reset();
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
      long dropped = client.health().droppedValues();
      report(getClass().getSimpleName() + " (per push decoded, delivered or dropped)", cpu,
          counter.total() + dropped - startPushes);
      subscription.close();
      client.close();
      server.close();
      System.out.printf("%n%s: %,d tickers delivered to the listener, %,d dropped by its queue%n",
          getClass().getSimpleName(), counter.total(), dropped);
    }
  }

  /** The client as built by default: listeners run on its own listener threads. */
  @State(Scope.Benchmark)
  public static class DefaultClient extends Bitget4jStream {
    @Override
    BitgetStreamClient.Builder configure(BitgetStreamClient.Builder builder) {
      return builder;
    }
  }

  /**
   * The client with a caller-runs listener executor, so that listeners run on the socket thread:
   * what the dispatch costs without a thread hand-off.
   */
  @State(Scope.Benchmark)
  public static class SameThreadClient extends Bitget4jStream {
    @Override
    BitgetStreamClient.Builder configure(BitgetStreamClient.Builder builder) {
      return builder.listenerExecutor(Runnable::run);
    }
  }

  /** A bare OkHttp WebSocket on the loopback server; optionally decoding each frame. */
  public abstract static class BareStream {
    final Counter counter = new Counter();
    LoopbackPushServer server;
    OkHttpClient http;
    WebSocket socket;
    ThreadCpu cpu;
    long startPushes;

    abstract void onFrame(String text);

    @Setup(Level.Trial)
    public void setUp() throws IOException, InterruptedException {
      server = LoopbackPushServer.start(Fixtures.compact("ws-ticker.json"), ACK);
      http = new OkHttpClient();
      socket = http.newWebSocket(new Request.Builder().url(server.url()).build(), new WebSocketListener() {
        @Override
        public void onOpen(WebSocket webSocket, okhttp3.Response response) {
          webSocket.send(SUBSCRIBE);
        }

        @Override
        public void onMessage(WebSocket webSocket, String text) {
          if (text.startsWith("{\"action\"")) {
            onFrame(text);
          }
        }

        @Override
        public void onClosing(WebSocket webSocket, int code, String reason) {
          webSocket.close(1000, null);
        }
      });
      counter.awaitBatch();
      cpu = ThreadCpu.start();
      startPushes = counter.total();
    }

    @Setup(Level.Iteration)
    public void resetCounter() {
      counter.reset();
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException, InterruptedException {
      report(getClass().getSimpleName(), cpu, counter.total() - startPushes);
      socket.close(1000, null);
      server.close();
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
      http.dispatcher().executorService().awaitTermination(5, TimeUnit.SECONDS);
    }
  }

  /** The floor: counts frames. */
  @State(Scope.Benchmark)
  public static class CountingStream extends BareStream {
    @Override
    void onFrame(String text) {
      counter.count();
    }
  }

  /** Decodes each frame into tickers with our decoder, on the socket thread, then counts it. */
  @State(Scope.Benchmark)
  public static class DecodingStream extends BareStream {
    private final BitgetJson json = BitgetJson.create();
    private final JsonDecoder<List<Ticker>> decoder = json.tickerPush(ProductType.UMCBL);
    private final Optional<JsonDecoder<?>> route = Optional.of(decoder);
    private final StreamFrame.Router router = arg -> route;
    volatile Ticker last;

    @Override
    void onFrame(String text) {
      last = json.decodePush(text, router).data(decoder).orElseThrow().get(0);
      counter.count();
    }
  }

  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void bitget4jTickerListener(DefaultClient stream) throws InterruptedException {
    stream.counter.awaitBatch();
  }

  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void bitget4jTickerListenerSameThread(SameThreadClient stream) throws InterruptedException {
    stream.counter.awaitBatch();
  }

  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void bareOkHttpDecodeOnly(DecodingStream stream) throws InterruptedException {
    stream.counter.awaitBatch();
  }

  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void bareOkHttpCountFrames(CountingStream stream) throws InterruptedException {
    stream.counter.awaitBatch();
  }
}
