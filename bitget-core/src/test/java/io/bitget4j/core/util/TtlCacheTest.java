package io.bitget4j.core.util;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bitget4j.core.testing.ManualClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class TtlCacheTest {
  private final ManualClock clock = ManualClock.create();
  private final ExecutorService threads = Executors.newFixedThreadPool(4);

  @AfterEach
  void stopThreads() throws InterruptedException {
    threads.shutdownNow();
    assertThat(threads.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
  }

  private TtlCache<String, String> cache(Duration ttl, int maximumSize) {
    return TtlCache.builder().ttl(ttl).maximumSize(maximumSize).clock(clock).build();
  }

  @Test
  void returnsValueUntilJustBeforeTtlElapses() {
    TtlCache<String, String> cache = cache(Duration.ofSeconds(5), 10);
    cache.put("BTCUSDT", "contract");

    clock.advance(Duration.ofMillis(4_999));

    assertThat(cache.get("BTCUSDT")).contains("contract");
  }

  @Test
  void expiresEntryWhenTtlElapsesAndEvictsItOnRead() {
    TtlCache<String, String> cache = cache(Duration.ofSeconds(5), 10);
    cache.put("BTCUSDT", "contract");

    clock.advance(Duration.ofSeconds(5));

    assertThat(cache.get("BTCUSDT")).isEmpty();
    assertThat(cache.size()).isZero();
  }

  @Test
  void defaultsToFiveSecondTtl() {
    TtlCache<String, String> cache = TtlCache.builder().clock(clock).build();
    cache.put("k", "v");

    clock.advance(Duration.ofMillis(4_999));
    assertThat(cache.get("k")).contains("v");
    clock.advance(Duration.ofMillis(1));
    assertThat(cache.get("k")).isEmpty();
  }

  @Test
  void perEntryTtlOverridesDefault() {
    TtlCache<String, String> cache = cache(Duration.ofSeconds(5), 10);
    cache.put("short", "s", Duration.ofSeconds(1));
    cache.put("long", "l", Duration.ofMinutes(1));

    clock.advance(Duration.ofSeconds(30));

    assertThat(cache.get("short")).isEmpty();
    assertThat(cache.get("long")).contains("l");
  }

  @Test
  void rewritingKeyRestartsItsTtl() {
    TtlCache<String, String> cache = cache(Duration.ofSeconds(5), 10);
    cache.put("k", "old");
    clock.advance(Duration.ofSeconds(4));
    cache.put("k", "new");

    clock.advance(Duration.ofSeconds(4));

    assertThat(cache.get("k")).contains("new");
  }

  @Test
  void hitReturnsTheSameOptionalInstanceSoReadsDoNotAllocate() {
    TtlCache<String, String> cache = cache(Duration.ofSeconds(5), 10);
    cache.put("k", "v");

    Optional<String> first = cache.get("k");

    assertThat(cache.get("k")).isSameAs(first);
  }

  @Test
  void invalidateRemovesOneEntry() {
    TtlCache<String, String> cache = cache(Duration.ofSeconds(5), 10);
    cache.put("a", "1");
    cache.put("b", "2");

    cache.invalidate("a");

    assertThat(cache.get("a")).isEmpty();
    assertThat(cache.get("b")).contains("2");
    assertThat(cache.size()).isEqualTo(1);
  }

  @Test
  void invalidateAllRemovesEverything() {
    TtlCache<String, String> cache = cache(Duration.ofSeconds(5), 10);
    cache.put("a", "1");
    cache.put("b", "2");

    cache.invalidateAll();

    assertThat(cache.size()).isZero();
    assertThat(cache.get("a")).isEmpty();
  }

  @Test
  void evictsOldestWrittenEntryWhenFullAndNothingExpired() {
    TtlCache<String, String> cache = cache(Duration.ofSeconds(5), 3);
    cache.put("a", "1");
    cache.put("b", "2");
    cache.put("c", "3");
    cache.put("a", "1 again"); // now the newest write

    cache.put("d", "4");

    assertThat(cache.size()).isEqualTo(3);
    assertThat(cache.get("b")).isEmpty();
    assertThat(cache.get("a")).contains("1 again");
    assertThat(cache.get("c")).contains("3");
    assertThat(cache.get("d")).contains("4");
  }

  @Test
  void evictsExpiredEntriesBeforeOlderLiveOnesWhenFull() {
    TtlCache<String, String> cache = cache(Duration.ofSeconds(5), 3);
    cache.put("oldest", "live", Duration.ofMinutes(1));
    cache.put("shortLived", "soon gone", Duration.ofSeconds(1));
    cache.put("newer", "live");
    clock.advance(Duration.ofSeconds(2));

    cache.put("newest", "live");

    assertThat(cache.size()).isEqualTo(3);
    assertThat(cache.get("oldest")).contains("live");
    assertThat(cache.get("newer")).contains("live");
    assertThat(cache.get("newest")).contains("live");
  }

  @Test
  void entriesRemovedByReadsFreeRoomWithoutEvictingLiveOnes() {
    TtlCache<String, String> cache = cache(Duration.ofSeconds(5), 2);
    cache.put("expires", "x", Duration.ofSeconds(1));
    cache.put("live", "y", Duration.ofMinutes(1));
    clock.advance(Duration.ofSeconds(2));
    assertThat(cache.get("expires")).isEmpty();

    cache.put("new", "z");

    assertThat(cache.get("live")).contains("y");
    assertThat(cache.get("new")).contains("z");
  }

  @Test
  void neverExceedsMaximumSizeUnderConcurrentWrites() throws Exception {
    TtlCache<Integer, Integer> cache =
        TtlCache.builder().maximumSize(50).clock(clock).build();
    List<Future<?>> writers = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      int offset = t * 10_000;
      writers.add(threads.submit(() -> {
        for (int i = 0; i < 5_000; i++) {
          cache.put(offset + i, i);
          assertThat(cache.size()).isLessThanOrEqualTo(50);
        }
      }));
    }
    for (Future<?> writer : writers) {
      writer.get(5, TimeUnit.SECONDS);
    }

    assertThat(cache.size()).isEqualTo(50);
  }

  @Test
  void concurrentRewritesOfPresentKeysNeitherEvictNorLoseAnyKey() throws Exception {
    TtlCache<Integer, Integer> cache = TtlCache.builder().maximumSize(10).clock(clock).build();
    for (int key = 0; key < 10; key++) {
      cache.put(key, -1);
    }
    List<Future<?>> writers = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      int thread = t;
      writers.add(threads.submit(() -> {
        for (int i = 0; i < 5_000; i++) {
          cache.put(i % 10, thread);
        }
      }));
    }
    for (Future<?> writer : writers) {
      writer.get(5, TimeUnit.SECONDS);
    }

    assertThat(cache.size()).isEqualTo(10);
    for (int key = 0; key < 10; key++) {
      assertThat(cache.get(key)).get().isIn(0, 1, 2, 3);
    }
  }

  @Test
  void getOrLoadReturnsCachedValueWithoutCallingLoader() {
    TtlCache<String, String> cache = cache(Duration.ofSeconds(5), 10);
    cache.put("k", "cached");

    String value = cache.getOrLoad("k", key -> {
      throw new AssertionError("loader must not run");
    });

    assertThat(value).isEqualTo("cached");
  }

  @Test
  void getOrLoadCachesLoadedValueForTtl() {
    TtlCache<String, String> cache = cache(Duration.ofSeconds(5), 10);
    AtomicInteger loads = new AtomicInteger();

    assertThat(cache.getOrLoad("k", key -> key + loads.incrementAndGet())).isEqualTo("k1");
    assertThat(cache.getOrLoad("k", key -> key + loads.incrementAndGet())).isEqualTo("k1");
    clock.advance(Duration.ofSeconds(5));
    assertThat(cache.getOrLoad("k", key -> key + loads.incrementAndGet())).isEqualTo("k2");
  }

  @Test
  void concurrentGetOrLoadOfSameKeyLoadsOnceAndSharesResult() throws Exception {
    TtlCache<String, String> cache = cache(Duration.ofSeconds(5), 10);
    AtomicInteger loads = new AtomicInteger();
    CountDownLatch loaderStarted = new CountDownLatch(1);
    CountDownLatch releaseLoader = new CountDownLatch(1);

    Future<String> first = threads.submit(() -> cache.getOrLoad("k", key -> {
      loads.incrementAndGet();
      loaderStarted.countDown();
      await(releaseLoader);
      return "loaded";
    }));
    assertThat(loaderStarted.await(5, TimeUnit.SECONDS)).isTrue();
    List<FutureTask<String>> waiters = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      waiters.add(startWaiting(() -> cache.getOrLoad("k", key -> {
        loads.incrementAndGet();
        return "second load";
      })));
    }
    releaseLoader.countDown();

    assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("loaded");
    for (FutureTask<String> waiter : waiters) {
      assertThat(waiter.get(5, TimeUnit.SECONDS)).isEqualTo("loaded");
    }
    assertThat(loads).hasValue(1);
  }

  @Test
  void loaderFailureReachesEveryWaiterAndCachesNothing() throws Exception {
    TtlCache<String, String> cache = cache(Duration.ofSeconds(5), 10);
    IllegalStateException failure = new IllegalStateException("exchange unavailable");
    CountDownLatch loaderStarted = new CountDownLatch(1);
    CountDownLatch releaseLoader = new CountDownLatch(1);

    Future<String> first = threads.submit(() -> cache.getOrLoad("k", key -> {
      loaderStarted.countDown();
      await(releaseLoader);
      throw failure;
    }));
    assertThat(loaderStarted.await(5, TimeUnit.SECONDS)).isTrue();
    List<FutureTask<String>> waiters = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      waiters.add(startWaiting(() -> cache.getOrLoad("k", key -> "second load")));
    }
    releaseLoader.countDown();

    assertThatThrownBy(() -> first.get(5, TimeUnit.SECONDS)).cause().isSameAs(failure);
    for (FutureTask<String> waiter : waiters) {
      assertThatThrownBy(() -> waiter.get(5, TimeUnit.SECONDS)).cause().isSameAs(failure);
    }
    assertThat(cache.size()).isZero();
    assertThat(cache.getOrLoad("k", key -> "recovered")).isEqualTo("recovered");
  }

  @Test
  void loaderFailureIsThrownToCallerAndNotCached() {
    TtlCache<String, String> cache = cache(Duration.ofSeconds(5), 10);

    assertThatThrownBy(() -> cache.getOrLoad("k", key -> {
      throw new IllegalStateException("boom");
    })).isInstanceOf(IllegalStateException.class).hasMessage("boom");

    assertThat(cache.size()).isZero();
    assertThat(cache.getOrLoad("k", key -> "ok")).isEqualTo("ok");
  }

  @Test
  void rejectsLoaderReturningNull() {
    TtlCache<String, String> cache = cache(Duration.ofSeconds(5), 10);

    assertThatThrownBy(() -> cache.getOrLoad("k", key -> null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("loader returned null for key k");
    assertThat(cache.size()).isZero();
  }

  @Test
  void rejectsRecursiveLoadOfSameKey() {
    TtlCache<String, String> cache = cache(Duration.ofSeconds(5), 10);

    assertThatThrownBy(() -> cache.getOrLoad("k", key -> cache.getOrLoad("k", inner -> "x")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Recursive load of key k: "
            + "the loader called getOrLoad for the key it is loading");
  }

  @Test
  void rejectsNullKeysAndValues() {
    TtlCache<String, String> cache = cache(Duration.ofSeconds(5), 10);

    assertThatThrownBy(() -> cache.get(null)).hasMessage("key == null");
    assertThatThrownBy(() -> cache.put(null, "v")).hasMessage("key == null");
    assertThatThrownBy(() -> cache.put("k", null)).hasMessage("value == null");
    assertThatThrownBy(() -> cache.getOrLoad(null, key -> "v")).hasMessage("key == null");
    assertThatThrownBy(() -> cache.invalidate(null)).hasMessage("key == null");
  }

  @Test
  void rejectsTtlShorterThanOneMillisecondAndNonPositiveSize() {
    assertThatThrownBy(() -> TtlCache.builder().ttl(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ttl must be at least 1 ms but was PT0S");
    assertThatThrownBy(() -> TtlCache.builder().maximumSize(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maximumSize must be at least 1 but was 0");
    TtlCache<String, String> cache = cache(Duration.ofSeconds(5), 10);
    assertThatThrownBy(() -> cache.put("k", "v", Duration.ofMillis(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ttl must be at least 1 ms but was PT-0.001S");
  }

  @Test
  void hugeTtlNeverExpires() {
    TtlCache<String, String> cache = cache(Duration.ofSeconds(5), 10);
    cache.put("k", "v", Duration.ofSeconds(Long.MAX_VALUE));

    clock.advance(Duration.ofDays(365 * 100));

    assertThat(cache.get("k")).contains("v");
  }

  /** Starts {@code call} on a new thread and returns once that thread is parked waiting. */
  private static FutureTask<String> startWaiting(Callable<String> call) {
    FutureTask<String> task = new FutureTask<>(call);
    Thread thread = new Thread(task, "getOrLoad-waiter");
    thread.setDaemon(true);
    thread.start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (thread.getState() != Thread.State.WAITING) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("waiter did not start waiting within 5 s: " + thread.getState());
      }
      Thread.yield();
    }
    return task;
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(5, TimeUnit.SECONDS)) {
        throw new AssertionError("latch not released within 5 s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }
}
