package io.bitget4j.core.util;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
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
 * once and compares it with the entry's expiry. Rewriting a key that is present and
 * {@code invalidate} take no lock either. Adding a key takes one lock, which keeps the size bound
 * exact: when the cache is full, expired entries go first, then the oldest written.
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

  /** Numbers every write, so that the oldest written entry can be found when room is needed. */
  private final AtomicLong writes = new AtomicLong();

  /**
   * A lower bound of every entry's expiry. A write lowers it after publishing its entry, which is
   * rare once entries share one time to live; {@link #removeExpired} raises it.
   */
  private final AtomicLong earliestExpiryMillis = new AtomicLong(Long.MAX_VALUE);

  /** Taken only to add a key: room is made and the key put in as one step. */
  private final Object insertLock = new Object();

  /**
   * Guarded by {@code insertLock}: keys in write order as of the last look at every entry, each
   * with the write number it had. A key rewritten or removed since is skipped when its turn comes.
   */
  private final ArrayDeque<Written<K>> oldestFirst = new ArrayDeque<>();

  private TtlCache(Builder builder) {
    this.clock = builder.clock;
    this.ttlMillis = Durations.toMillisSaturated(builder.ttl);
    this.maximumSize = builder.maximumSize;
  }

  /**
   * Returns a builder with a 5 s time to live, room for 10,000 entries and the UTC clock.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the value for {@code key} if it is present and has not expired. An expired entry is
   * removed and reported as absent.
   *
   * @param key the key
   * @return the live value, or empty
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

  /**
   * Stores {@code value} under {@code key} with the cache's time to live, replacing any entry.
   *
   * @param key the key
   * @param value the value to cache
   */
  public void put(K key, V value) {
    Objects.requireNonNull(key, "key == null");
    Objects.requireNonNull(value, "value == null");
    write(key, value, ttlMillis);
  }

  /**
   * Stores {@code value} under {@code key} for {@code ttl} instead of the cache's time to live.
   *
   * @param key the key
   * @param value the value to cache
   * @param ttl how long this entry lives; at least one millisecond
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
   * @param key the key
   * @param loader computes the value of a missing key; must not return null
   * @return the cached or loaded value
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

  /**
   * Removes the entry for {@code key}, if any.
   *
   * @param key the key
   */
  public void invalidate(K key) {
    Objects.requireNonNull(key, "key == null");
    entries.remove(key);
  }

  /** Removes every entry. Loads in progress still cache their results when they finish. */
  public void invalidateAll() {
    synchronized (insertLock) {
      entries.clear();
      oldestFirst.clear();
    }
  }

  /**
   * Returns the number of entries held, never more than the maximum size. Expired entries count
   * until a read or a write removes them.
   *
   * @return how many entries the cache holds
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

  /**
   * Rewriting a key takes no lock: its entry is replaced in place. Adding a key takes the insert
   * lock, so that the cache makes room first and readers never see more than the maximum size.
   */
  private void write(K key, V value, long entryTtlMillis) {
    long now = clock.millis();
    Entry<V> entry = new Entry<>(value, Durations.addSaturated(now, entryTtlMillis), writes.getAndIncrement());
    while (!replace(key, entry) && !insert(key, entry, now)) {
      // the key came or went between the two attempts: try again
    }
    if (entry.expiresAtMillis < earliestExpiryMillis.get()) {
      earliestExpiryMillis.accumulateAndGet(entry.expiresAtMillis, Math::min);
    }
  }

  private boolean replace(K key, Entry<V> entry) {
    Entry<V> previous = entries.get(key);
    return previous != null && entries.replace(key, previous, entry);
  }

  private boolean insert(K key, Entry<V> entry, long now) {
    synchronized (insertLock) {
      if (entries.containsKey(key)) {
        return false;
      }
      if (entries.size() >= maximumSize) {
        makeRoom(now);
      }
      entries.put(key, entry);
      return true;
    }
  }

  /** Frees places before a new key goes in: expired entries go first, then the oldest written. */
  private void makeRoom(long now) {
    if (now >= earliestExpiryMillis.get()) {
      removeExpired(now);
    }
    int refills = 0;
    while (entries.size() >= maximumSize) {
      Written<K> oldest = oldestFirst.pollFirst();
      if (oldest == null) {
        refillOldestFirst();
        refills++;
        continue;
      }
      Entry<V> entry = entries.get(oldest.key);
      // After a second look at every entry, rewrites racing with us no longer save a key.
      if (entry != null && (entry.writeNumber == oldest.writeNumber || refills > 1)) {
        entries.remove(oldest.key, entry);
      }
    }
  }

  /** Looks at every entry once; the evictions that follow take them in write order. */
  private void refillOldestFirst() {
    List<Written<K>> written = new ArrayList<>(entries.size());
    entries.forEach((key, entry) -> written.add(new Written<>(key, entry.writeNumber)));
    written.sort(Comparator.comparingLong(w -> w.writeNumber));
    oldestFirst.addAll(written);
  }

  private void removeExpired(long now) {
    // Reset first: a write that publishes during the scan lowers the bound again by itself.
    earliestExpiryMillis.set(Long.MAX_VALUE);
    long earliest = Long.MAX_VALUE;
    for (Map.Entry<K, Entry<V>> written : entries.entrySet()) {
      Entry<V> entry = written.getValue();
      if (now >= entry.expiresAtMillis) {
        entries.remove(written.getKey(), entry);
      } else {
        earliest = Math.min(earliest, entry.expiresAtMillis);
      }
    }
    earliestExpiryMillis.accumulateAndGet(earliest, Math::min);
  }

  /** A key as it was written, for finding the oldest write. */
  private static final class Written<K> {
    final K key;
    final long writeNumber;

    Written(K key, long writeNumber) {
      this.key = key;
      this.writeNumber = writeNumber;
    }
  }

  /** An immutable cached value; it holds its Optional so that a hit allocates nothing. */
  private static final class Entry<V> {
    final Optional<V> value;
    final long expiresAtMillis;
    final long writeNumber;

    Entry(V value, long expiresAtMillis, long writeNumber) {
      this.value = Optional.of(value);
      this.expiresAtMillis = expiresAtMillis;
      this.writeNumber = writeNumber;
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

    /**
     * Sets how long an entry lives after it is written; at least one millisecond.
     *
     * @param ttl how long an entry lives after it is written
     * @return this builder
     */
    public Builder ttl(Duration ttl) {
      this.ttl = Durations.requireAtLeastOneMilli(ttl, "ttl");
      return this;
    }

    /**
     * Sets how many entries the cache holds at most; at least 1.
     *
     * @param maximumSize how many entries the cache holds at most
     * @return this builder
     */
    public Builder maximumSize(int maximumSize) {
      if (maximumSize < 1) {
        throw new IllegalArgumentException("maximumSize must be at least 1 but was " + maximumSize);
      }
      this.maximumSize = maximumSize;
      return this;
    }

    /**
     * Sets the clock that decides expiry.
     *
     * @param clock the clock that decides expiry
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock == null");
      return this;
    }

    /**
     * Returns a new, empty cache; the key and value types come from the assignment.
     *
     * @param <K> the key type
     * @param <V> the value type
     * @return a new, empty cache
     */
    public <K, V> TtlCache<K, V> build() {
      return new TtlCache<>(this);
    }
  }
}
