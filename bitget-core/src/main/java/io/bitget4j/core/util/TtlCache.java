package io.bitget4j.core.util;

import java.time.Clock;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A bounded in-memory cache whose entries expire a fixed time after they were written, for
 * exchange metadata such as contract specifications that change rarely and are read often.
 *
 * <pre>{@code
 * TtlCache<String, Contract> contracts = TtlCache.builder()
 *     .ttl(Duration.ofMinutes(5))
 *     .maximumSize(1_000)
 *     .clock(clock)
 *     .build();
 * Contract btc = contracts.getOrLoad("BTCUSDT", rest::contract);
 * }</pre>
 *
 * <p>Thread-safe. {@link #get} takes no lock and allocates nothing on a hit: it reads the clock
 * once and compares it with the entry's expiry. Writes ({@code put}, {@code invalidate}, loads)
 * are serialized on one lock, which keeps the size bound and the eviction order exact.
 *
 * <p>Time has millisecond resolution. An entry written at {@code t} with a time to live of
 * {@code ttl} is visible until, and not at, {@code t + ttl}.
 *
 * @param <K> key type, compared with {@code equals}
 * @param <V> value type
 */
public final class TtlCache<K, V> {
  /** Time to live used when the builder is not given one. */
  public static final Duration DEFAULT_TTL = Duration.ofSeconds(5);

  /** Maximum size used when the builder is not given one. */
  public static final int DEFAULT_MAXIMUM_SIZE = 10_000;

  private final Clock clock;
  private final long ttlMillis;
  private final int maximumSize;
  private final ConcurrentHashMap<K, Entry<V>> entries = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<K, Load<V>> loads = new ConcurrentHashMap<>();

  private final Object writeLock = new Object();

  /**
   * Every written entry, oldest write first. Holds a superset of {@code entries}: {@link #get}
   * removes expired entries without the lock, leaving them here until the next sweep.
   */
  private final LinkedHashMap<K, Entry<V>> writeOrder = new LinkedHashMap<>();

  /** A lower bound of the expiry of everything in {@code writeOrder}. */
  private long earliestExpiryMillis = Long.MAX_VALUE;

  private TtlCache(Builder builder) {
    this.clock = builder.clock;
    this.ttlMillis = Durations.toMillisSaturated(builder.ttl);
    this.maximumSize = builder.maximumSize;
  }

  /** Returns a builder with a 5 s time to live, room for 10,000 entries and the UTC clock. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the value for {@code key} if it is present and has not expired. An expired entry is
   * removed and reported as absent.
   */
  public Optional<V> get(K key) {
    Objects.requireNonNull(key, "key == null");
    Entry<V> entry = entries.get(key);
    if (entry == null) {
      return Optional.empty();
    }
    if (clock.millis() >= entry.expiresAtMillis) {
      entries.remove(key, entry);
      return Optional.empty();
    }
    return entry.value;
  }

  /** Stores {@code value} under {@code key} with the cache's time to live, replacing any entry. */
  public void put(K key, V value) {
    Objects.requireNonNull(key, "key == null");
    Objects.requireNonNull(value, "value == null");
    write(key, value, ttlMillis);
  }

  /**
   * Stores {@code value} under {@code key} for {@code ttl} instead of the cache's time to live.
   *
   * @throws IllegalArgumentException if {@code ttl} is shorter than one millisecond
   */
  public void put(K key, V value, Duration ttl) {
    Objects.requireNonNull(key, "key == null");
    Objects.requireNonNull(value, "value == null");
    Durations.requireAtLeastOneMilli(ttl, "ttl");
    write(key, value, Durations.toMillisSaturated(ttl));
  }

  /**
   * Returns the cached value for {@code key}, or computes it with {@code loader}, caches it and
   * returns it.
   *
   * <p>When several threads ask for the same missing key at once, {@code loader} runs once on
   * one of them; the others wait, uninterruptibly, and return its result. If the loader throws,
   * every waiting thread throws the same exception and nothing is cached, so the next call loads
   * again. The loader must not return {@code null} and must not call {@code getOrLoad} for the
   * same key.
   *
   * @throws NullPointerException if the loader returns {@code null}
   * @throws IllegalStateException if the loader asks this cache to load the same key
   */
  public V getOrLoad(K key, Function<? super K, ? extends V> loader) {
    Objects.requireNonNull(key, "key == null");
    Objects.requireNonNull(loader, "loader == null");
    Optional<V> cached = get(key);
    if (cached.isPresent()) {
      return cached.get();
    }
    Load<V> load = new Load<>(Thread.currentThread());
    Load<V> running = loads.putIfAbsent(key, load);
    if (running == null) {
      return load(key, loader, load);
    }
    if (running.owner == Thread.currentThread()) {
      throw new IllegalStateException("Recursive load of key " + key
          + ": the loader called getOrLoad for the key it is loading");
    }
    return running.await();
  }

  /** Removes the entry for {@code key}, if any. */
  public void invalidate(K key) {
    Objects.requireNonNull(key, "key == null");
    synchronized (writeLock) {
      writeOrder.remove(key);
      entries.remove(key);
    }
  }

  /** Removes every entry. Loads in progress still cache their results when they finish. */
  public void invalidateAll() {
    synchronized (writeLock) {
      writeOrder.clear();
      entries.clear();
      earliestExpiryMillis = Long.MAX_VALUE;
    }
  }

  /**
   * Returns the number of entries held, never more than the maximum size. Expired entries count
   * until a read or a write removes them.
   */
  public int size() {
    return entries.size();
  }

  private V load(K key, Function<? super K, ? extends V> loader, Load<V> load) {
    try {
      // A load that finished between our miss and our registration has already cached its value.
      Optional<V> cached = get(key);
      V value;
      if (cached.isPresent()) {
        value = cached.get();
      } else {
        value = loader.apply(key);
        if (value == null) {
          throw new NullPointerException("loader returned null for key " + key);
        }
        write(key, value, ttlMillis);
      }
      load.result.complete(value);
      return value;
    } catch (Throwable t) {
      load.result.completeExceptionally(t);
      throw t;
    } finally {
      loads.remove(key, load);
    }
  }

  private void write(K key, V value, long entryTtlMillis) {
    synchronized (writeLock) {
      long now = clock.millis();
      Entry<V> entry = new Entry<>(value, Durations.addSaturated(now, entryTtlMillis));
      // Removing first also moves a rewritten key to the newest end.
      if (writeOrder.remove(key) == null && writeOrder.size() >= maximumSize) {
        makeRoom(now);
      }
      writeOrder.put(key, entry);
      entries.put(key, entry);
      earliestExpiryMillis = Math.min(earliestExpiryMillis, entry.expiresAtMillis);
    }
  }

  /**
   * Frees one place before a new key goes in, so readers never see more than the maximum size:
   * expired entries go first, then the oldest written.
   */
  private void makeRoom(long now) {
    if (now >= earliestExpiryMillis) {
      removeExpired(now);
    }
    Iterator<Map.Entry<K, Entry<V>>> oldestFirst = writeOrder.entrySet().iterator();
    while (writeOrder.size() >= maximumSize) {
      Map.Entry<K, Entry<V>> oldest = oldestFirst.next();
      oldestFirst.remove();
      entries.remove(oldest.getKey(), oldest.getValue());
    }
  }

  private void removeExpired(long now) {
    long earliest = Long.MAX_VALUE;
    for (Iterator<Map.Entry<K, Entry<V>>> it = writeOrder.entrySet().iterator(); it.hasNext(); ) {
      Map.Entry<K, Entry<V>> written = it.next();
      Entry<V> entry = written.getValue();
      if (now >= entry.expiresAtMillis) {
        it.remove();
        entries.remove(written.getKey(), entry);
      } else if (entries.get(written.getKey()) != entry) {
        it.remove(); // already removed by get() when it found it expired
      } else {
        earliest = Math.min(earliest, entry.expiresAtMillis);
      }
    }
    earliestExpiryMillis = earliest;
  }

  /** An immutable cached value; it holds its Optional so that a hit allocates nothing. */
  private static final class Entry<V> {
    final Optional<V> value;
    final long expiresAtMillis;

    Entry(V value, long expiresAtMillis) {
      this.value = Optional.of(value);
      this.expiresAtMillis = expiresAtMillis;
    }
  }

  /** A load in progress: the thread running the loader and the result the others wait for. */
  private static final class Load<V> {
    final Thread owner;
    final CompletableFuture<V> result = new CompletableFuture<>();

    Load(Thread owner) {
      this.owner = owner;
    }

    V await() {
      try {
        return result.join();
      } catch (CompletionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException) {
          throw (RuntimeException) cause;
        }
        if (cause instanceof Error) {
          throw (Error) cause;
        }
        throw e;
      }
    }
  }

  /** Configures a {@link TtlCache}; every setting has a default. */
  public static final class Builder {
    private Duration ttl = DEFAULT_TTL;
    private int maximumSize = DEFAULT_MAXIMUM_SIZE;
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /** Sets how long an entry lives after it is written; at least one millisecond. */
    public Builder ttl(Duration ttl) {
      this.ttl = Durations.requireAtLeastOneMilli(ttl, "ttl");
      return this;
    }

    /** Sets how many entries the cache holds at most; at least 1. */
    public Builder maximumSize(int maximumSize) {
      if (maximumSize < 1) {
        throw new IllegalArgumentException("maximumSize must be at least 1 but was " + maximumSize);
      }
      this.maximumSize = maximumSize;
      return this;
    }

    /** Sets the clock that decides expiry. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock == null");
      return this;
    }

    /** Returns a new, empty cache; the key and value types come from the assignment. */
    public <K, V> TtlCache<K, V> build() {
      return new TtlCache<>(this);
    }
  }
}
