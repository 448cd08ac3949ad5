package io.bitget4j.benchmarks;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.bitget4j.core.util.RateLimiter;
import io.bitget4j.core.util.Throttle;
import io.bitget4j.core.util.TtlCache;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The utilities on hot paths: {@link TtlCache} hits and writes against Caffeine with
 * {@code expireAfterWrite} (same time to live and bound), under one and two threads sharing one
 * cache; {@link Throttle#submit} inside its interval; {@link RateLimiter#tryAcquire} granted and
 * refused.
 */
@Fork(1)
@Warmup(iterations = 6, time = 1)
@Measurement(iterations = 8, time = 1)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class UtilitiesBenchmark {
  static final int KEYS = 1024;

  /** One TtlCache and one Caffeine cache, each holding the same 1,024 entries, shared by threads. */
  @State(Scope.Benchmark)
  public static class Caches {
    String[] keys;
    Object[] values;
    TtlCache<String, Object> ttlCache;
    Cache<String, Object> caffeine;

    @Setup
    public void setUp() {
      keys = new String[KEYS];
      values = new Object[KEYS];
      for (int i = 0; i < KEYS; i++) {
        keys[i] = "COIN" + i + "USDT_UMCBL";
        values[i] = "contract of " + keys[i];
      }
      Duration ttl = Duration.ofMinutes(10); // nothing expires during a run
      ttlCache = TtlCache.builder().ttl(ttl).maximumSize(10_000).clock(Clock.systemUTC()).build();
      caffeine = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(10_000).build();
      for (int i = 0; i < KEYS; i++) {
        ttlCache.put(keys[i], values[i]);
        caffeine.put(keys[i], values[i]);
      }
    }
  }

  /** Each thread walks the keys from its own random start. */
  @State(Scope.Thread)
  public static class Cursor {
    int next;

    @Setup
    public void setUp() {
      next = ThreadLocalRandom.current().nextInt(KEYS);
    }

    int advance() {
      int index = next;
      next = (index + 1) & (KEYS - 1);
      return index;
    }
  }

  @Benchmark
  @Threads(1)
  public Optional<Object> ttlCacheGet(Caches caches, Cursor cursor) {
    return caches.ttlCache.get(caches.keys[cursor.advance()]);
  }

  @Benchmark
  @Threads(2)
  public Optional<Object> ttlCacheGet2Threads(Caches caches, Cursor cursor) {
    return caches.ttlCache.get(caches.keys[cursor.advance()]);
  }

  @Benchmark
  @Threads(1)
  public Object caffeineGet(Caches caches, Cursor cursor) {
    return caches.caffeine.getIfPresent(caches.keys[cursor.advance()]);
  }

  @Benchmark
  @Threads(2)
  public Object caffeineGet2Threads(Caches caches, Cursor cursor) {
    return caches.caffeine.getIfPresent(caches.keys[cursor.advance()]);
  }

  @Benchmark
  @Threads(1)
  public void ttlCachePut(Caches caches, Cursor cursor) {
    int i = cursor.advance();
    caches.ttlCache.put(caches.keys[i], caches.values[i]);
  }

  @Benchmark
  @Threads(2)
  public void ttlCachePut2Threads(Caches caches, Cursor cursor) {
    int i = cursor.advance();
    caches.ttlCache.put(caches.keys[i], caches.values[i]);
  }

  @Benchmark
  @Threads(1)
  public void caffeinePut(Caches caches, Cursor cursor) {
    int i = cursor.advance();
    caches.caffeine.put(caches.keys[i], caches.values[i]);
  }

  @Benchmark
  @Threads(2)
  public void caffeinePut2Threads(Caches caches, Cursor cursor) {
    int i = cursor.advance();
    caches.caffeine.put(caches.keys[i], caches.values[i]);
  }

  /**
   * A throttle of 100 ms whose sink counts deliveries: nearly every submit lands inside the
   * interval and only replaces the pending value; one in 100 ms delivers or schedules.
   */
  @State(Scope.Benchmark)
  public static class Throttled {
    final AtomicLong delivered = new AtomicLong();
    final Object value = new Object();
    ScheduledExecutorService scheduler;
    Throttle<Object> throttle;

    @Setup(Level.Trial)
    public void setUp() {
      scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "benchmark-throttle");
        thread.setDaemon(true);
        return thread;
      });
      throttle = Throttle.create(Duration.ofMillis(100), Clock.systemUTC(), scheduler,
          v -> delivered.incrementAndGet());
    }

    @TearDown(Level.Trial)
    public void tearDown() throws InterruptedException {
      throttle.close();
      scheduler.shutdownNow();
      scheduler.awaitTermination(5, TimeUnit.SECONDS);
    }
  }

  @Benchmark
  public void throttleSubmit(Throttled state) {
    state.throttle.submit(state.value);
  }

  /** A limiter that always grants (a billion permits a millisecond) and one that mostly refuses (20/s). */
  @State(Scope.Benchmark)
  public static class Limits {
    RateLimiter limiter;

    @Setup(Level.Trial)
    public void setUp() {
      limiter = RateLimiter.builder()
          .limit("open", 1_000_000_000, Duration.ofMillis(1))
          .limit("market", 20, Duration.ofSeconds(1))
          .clock(Clock.systemUTC())
          .build();
    }
  }

  @Benchmark
  public boolean rateLimiterTryAcquireGranted(Limits limits) {
    return limits.limiter.tryAcquire("open");
  }

  @Benchmark
  public boolean rateLimiterTryAcquireRefused(Limits limits) {
    return limits.limiter.tryAcquire("market");
  }
}
