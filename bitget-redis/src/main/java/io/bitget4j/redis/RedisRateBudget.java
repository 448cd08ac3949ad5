package io.bitget4j.redis;

import io.bitget4j.core.util.RateBudget;
import io.bitget4j.redis.internal.LettuceSettings;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.AsyncBucketProxy;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisCommandTimeoutException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.resource.ClientResources;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link RateBudget} shared through Redis by any number of processes on any number of machines:
 * give every process that sends for one account (or from one IP) a {@code RedisRateBudget} on the
 * same Redis, and together they stay within the account's limits.
 *
 * <pre>{@code
 * RedisRateBudget budget = RedisRateBudget.builder()
 *     .redisUri("redis://10.0.0.5:6379")
 *     .expectedProcesses(4)              // the local share if Redis is gone: a quarter of each limit
 *     .build();
 * BitgetRestClient client = BitgetRestClient.builder()
 *     .credentials(Credentials.fromEnv())
 *     .rateBudget(budget)
 *     .build();
 * }</pre>
 *
 * <p><b>How a token bucket keeps a rolling window.</b> Each key is one Bucket4j bucket in Redis
 * (Bucket4j's Lettuce compare-and-swap integration; this class writes no Redis script of its
 * own), named {@code prefix + scope/group}, where an account's scope is a hash of its API key. A
 * permit costs {@value #UNITS_PER_PERMIT} tokens; the bucket holds one permit and refills
 * {@code permits × 1000 − 1} tokens greedily over {@code window + margin}. Any rolling window of
 * {@code window + margin} then sees at most the one permit the bucket held at its start plus
 * {@code permits − 1/1000} permits of refill: never more than {@code permits}. The margin covers
 * the jitter between the moment a permit is due and the moment the exchange counts the request
 * (thread wake-up, network, clock drift between machines); a send later than half the margin is
 * charged as one more permit ({@link #sentLate}). The aggregate rate is
 * {@code permits / (window + margin)}: with the default 100 ms margin, 91 % of a one-second
 * limit, for every process together. The price of the guarantee is that permits are paced, one
 * every {@code (window + margin) / permits}, instead of bursting. Permits are reserved ahead, so
 * the processes queue fairly in Redis and each waits with its own sleeper.
 *
 * <p><b>When Redis fails nothing hangs and nothing floods.</b> No call waits on Redis longer than
 * {@link Builder#maxRedisWait}; a call that Redis does not answer in time takes its permit from
 * the local share below. If Redis cannot be reached, fails, or is too slow twice in a row, the
 * budget logs one warning and falls back to a local share of each limit: the limit divided by
 * {@link Builder#expectedProcesses}, on an in-process rolling window; its permits start only after
 * the last permit this process had reserved through Redis is a window old, so the shared and the
 * local budgets never overlap in one window. Every {@link Builder#retryInterval} one call tries
 * Redis again; once Redis answers, the budget returns to it, charging each bucket with the local
 * share this process may have used. The return takes one retry interval and one window
 * ({@link Mode#RETURNING}), during which each permit must fit the local share as well as the shared
 * bucket: the other processes may still be on their local shares, which Redis does not see, and
 * shared permits on top of theirs could exceed a limit. {@link #health()} shows which budget is in use.
 *
 * <p>All processes must configure the same limits and margin for a key: the first to create a
 * bucket fixes its configuration until the bucket expires from Redis (a minute after it is full).
 * Thread-safe. {@link #close()} releases the Redis connection and its threads.
 */
public final class RedisRateBudget implements RateBudget, AutoCloseable {
  /** Tokens per permit: fine enough that the refill can be one token short of the limit. */
  public static final long UNITS_PER_PERMIT = 1_000;

  private static final Logger logger = LoggerFactory.getLogger(RedisRateBudget.class);
  /** Reservations are always taken in Redis (so a swap checks them) up to this far ahead. */
  private static final long RESERVE_HORIZON_NANOS = TimeUnit.HOURS.toNanos(1);
  /** Redis answers too late this many times in a row before the budget leaves it. */
  private static final int SLOW_ANSWERS_FOR_OUTAGE = 2;
  private static final Pattern PREFIX = Pattern.compile("[A-Za-z0-9._:/-]{0,64}");

  private final RedisURI uri;
  private final String keyPrefix;
  private final int expectedProcesses;
  private final Duration margin;
  private final Duration maxRedisWait;
  private final Duration retryInterval;
  private final Duration connectTimeout;
  private final Clock clock;
  private final RateBudget local;
  private final ClientResources resources;
  private final RedisClient client;
  private final ConcurrentMap<Key, BucketProxy> buckets = new ConcurrentHashMap<>();
  private final ConcurrentMap<Key, AsyncBucketProxy> asyncBuckets = new ConcurrentHashMap<>();
  private final ConcurrentMap<Key, Key> shares = new ConcurrentHashMap<>();
  /** Keys whose local share was used since the budget last left Redis. */
  private final Set<Key> usedLocally = ConcurrentHashMap.newKeySet();
  /** The latest time a permit reserved through Redis was due, per key, in clock millis. */
  private final ConcurrentMap<Key, Long> lastSharedDue = new ConcurrentHashMap<>();
  private final AtomicLong nextRedisAttemptMillis = new AtomicLong();
  private final AtomicLong failures = new AtomicLong();
  private final AtomicInteger backgroundWrites = new AtomicInteger();
  private final AtomicInteger slowAnswersInARow = new AtomicInteger();
  private final Object lock = new Object();

  private volatile Mode mode = Mode.SHARED;
  private volatile Instant modeSince;
  private volatile String lastFailure;
  private volatile Connected connected; // null until the first connection succeeds
  private CompletableFuture<StatefulRedisConnection<String, byte[]>> connecting; // guarded by lock
  private volatile boolean closed;

  private RedisRateBudget(Builder b) {
    this.uri = b.uri;
    this.keyPrefix = b.keyPrefix;
    this.expectedProcesses = b.expectedProcesses;
    this.margin = b.margin;
    this.maxRedisWait = b.maxRedisWait;
    this.retryInterval = b.retryInterval;
    this.connectTimeout = b.connectTimeout;
    this.clock = b.clock;
    this.local = RateBudget.inProcess(clock, margin);
    this.modeSince = clock.instant();
    this.resources = LettuceSettings.resources(retryInterval);
    this.client = RedisClient.create(resources, uri);
    client.setOptions(LettuceSettings.options(maxRedisWait, connectTimeout));
    CompletableFuture<StatefulRedisConnection<String, byte[]>> first = startConnecting();
    try {
      connectedNow(first.get(connectTimeout.toNanos(), TimeUnit.NANOSECONDS));
    } catch (ExecutionException | TimeoutException e) {
      redisFailed(e instanceof ExecutionException ? e.getCause() : e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      redisFailed(e);
    }
  }

  /** {@return a builder; set at least {@link Builder#redisUri}} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Takes one permit of {@code key} from Redis (or from the local share while Redis is gone).
   * Waits on Redis at most {@link Builder#maxRedisWait}; never sleeps until the permit is due.
   */
  @Override
  public Decision reserve(Key key, Duration maxWait) {
    Objects.requireNonNull(key, "key == null");
    requireNonNegative(maxWait, "maxWait");
    if (mode == Mode.RETURNING && !returnedLongEnough(key)) {
      return reserveWhileReturning(key, maxWait);
    }
    if (mode == Mode.LOCAL_SHARE) {
      if (redisTurn()) {
        probeRedis(key);
      }
      return reserveLocally(key, maxWait);
    }
    if (mode == Mode.RETURNING) {
      backOnShared();
    }
    if (!redisTurn()) {
      return reserveLocally(key, maxWait);
    }
    try {
      Decision decision = reserveShared(key, maxWait);
      slowAnswersInARow.set(0);
      if (decision.granted()) {
        long due = clock.millis() + decision.delay().toMillis();
        lastSharedDue.merge(key, due, Math::max);
      }
      return decision;
    } catch (RuntimeException e) { // Bucket4j's and Lettuce's failures and timeouts are unchecked
      if (isTimeout(e) && mode == Mode.SHARED && slowAnswersInARow.incrementAndGet() < SLOW_ANSWERS_FOR_OUTAGE) {
        // One slow answer (a pause of this process, a busy machine) is not yet an outage.
        countFailure(e);
        logger.debug("Redis rate budget: no answer within {} ms; this permit comes from the local share",
            maxRedisWait.toMillis());
        return reserveAfterSlowAnswer(key, maxWait);
      }
      redisFailed(e);
      return reserveLocally(key, maxWait);
    }
  }

  /**
   * Others may still be on their local shares, which Redis does not see: a permit must fit this
   * process's share as well as the shared bucket, so that every other process's shared permits
   * are queued behind it.
   */
  private Decision reserveWhileReturning(Key key, Duration maxWait) {
    Decision local = reserveLocally(key, maxWait);
    if (!local.granted()) {
      return local;
    }
    Decision shared;
    try {
      shared = reserveShared(key, maxWait);
      if (shared.granted() && local.delay().compareTo(shared.delay()) > 0) {
        // The request goes when the local share allows, later than its shared slot: move the
        // shared queue on by that much, so nobody's next slot falls next to this late one.
        bucket(key).consumeIgnoringRateLimits(unitsFor(key, local.delay().minus(shared.delay())));
      }
    } catch (RuntimeException e) { // Bucket4j's and Lettuce's failures and timeouts are unchecked
      redisFailed(e);
      return local;
    }
    if (!shared.granted()) {
      return shared;
    }
    Duration delay = local.delay().compareTo(shared.delay()) >= 0 ? local.delay() : shared.delay();
    lastSharedDue.merge(key, clock.millis() + delay.toMillis(), Math::max);
    return Decision.granted(delay);
  }

  /**
   * A permit Redis did not answer for in time. Redis may be dying, and then the other processes'
   * last shared permits are as recent as this process's: as after an outage, the permit waits
   * until this process's last shared permit is a window (and the margin) old, and comes from the
   * local share. It is charged to the shared bucket too (Redis may have granted it already; a
   * second charge only delays the next shared permits), so that permits Redis grants later queue
   * behind it.
   */
  private Decision reserveAfterSlowAnswer(Key key, Duration maxWait) {
    Long due = lastSharedDue.get(key);
    if (due != null) {
      pauseLocalShareUntilQuiet(key, due, clock.millis());
    }
    Decision decision = reserveLocally(key, maxWait);
    if (decision.granted()) {
      consumeInBackground(key, UNITS_PER_PERMIT);
    }
    return decision;
  }

  private Decision reserveLocally(Key key, Duration maxWait) {
    usedLocally.add(key);
    return local.reserve(share(key), maxWait);
  }

  /**
   * Holds {@code key} in Redis for at least {@code pause} (and the local share, which takes over
   * if Redis is gone). Does not wait for Redis: each process adds the pause its own 429 calls for.
   */
  @Override
  public void pause(Key key, Duration pause) {
    Objects.requireNonNull(key, "key == null");
    requireNonNegative(pause, "pause");
    local.pause(share(key), pause);
    long units = unitsFor(key, pause);
    if (units > 0 && mode != Mode.LOCAL_SHARE) {
      consumeInBackground(key, units);
    }
  }

  /** Half the margin. */
  @Override
  public Duration tolerance() {
    return margin.dividedBy(2);
  }

  /** Charges one more permit of {@code key} if the lateness exceeds the {@link #tolerance()}. */
  @Override
  public void sentLate(Key key, Duration lateness) {
    Objects.requireNonNull(key, "key == null");
    requireNonNegative(lateness, "lateness");
    local.sentLate(share(key), lateness);
    if (lateness.compareTo(tolerance()) > 0 && mode != Mode.LOCAL_SHARE) {
      consumeInBackground(key, UNITS_PER_PERMIT);
    }
  }

  /**
   * Which budget is in use, since when, and how Redis has failed.
   *
   * @return a snapshot: the mode, when it began, the failure count and the last failure
   */
  public Health health() {
    return new Health(mode, modeSince, failures.get(), Optional.ofNullable(lastFailure));
  }

  /** Closes the Redis connection and Lettuce's threads; later calls use the local share. */
  @Override
  public void close() {
    synchronized (lock) {
      if (closed) {
        return;
      }
      closed = true;
      mode = Mode.LOCAL_SHARE;
      modeSince = clock.instant();
    }
    Connected current = connected;
    if (current != null) {
      current.connection.close();
    }
    client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
    resources.shutdown(0, 2, TimeUnit.SECONDS);
  }

  /** The Redis address without credentials, the mode and the expected processes. */
  @Override
  public String toString() {
    return "RedisRateBudget{redis=" + uri.getHost() + ":" + uri.getPort() + ", mode=" + mode
        + ", expectedProcesses=" + expectedProcesses + "}";
  }

  private Decision reserveShared(Key key, Duration maxWait) {
    long waitNanos = Math.min(maxWait.toNanos(), RESERVE_HORIZON_NANOS);
    BucketProxy bucket = bucket(key);
    CapturedPark park = new CapturedPark();
    if (!reserveAhead(bucket, waitNanos, park)) {
      // Nothing was taken: a permit taken and given back could double-book the slot of a process
      // that queued behind it. The remembered state may be stale, so look again afresh.
      connected().proxies.forget(redisKey(key));
      if (!reserveAhead(bucket, waitNanos, park)) {
        long needed = bucket.estimateAbilityToConsume(UNITS_PER_PERMIT).getNanosToWaitForRefill();
        return Decision.refused(Duration.ofNanos(Math.max(needed, waitNanos + 1)));
      }
    }
    return Decision.granted(Duration.ofNanos(park.nanos));
  }

  private static boolean reserveAhead(BucketProxy bucket, long maxWaitNanos, CapturedPark park) {
    if (maxWaitNanos <= 0) {
      return bucket.tryConsume(UNITS_PER_PERMIT); // Bucket4j wants a positive wait for a reservation
    }
    try {
      return bucket.asBlocking().tryConsume(UNITS_PER_PERMIT, maxWaitNanos, park);
    } catch (InterruptedException e) {
      throw new IllegalStateException("CapturedPark never waits", e);
    }
  }

  private BucketProxy bucket(Key key) {
    Connected current = connected();
    return buckets.computeIfAbsent(key, k -> current.proxies.builder()
        .build(redisKey(k), () -> configuration(k)));
  }

  private void consumeInBackground(Key key, long units) {
    onAsyncBucket(key, bucket -> bucket.consumeIgnoringRateLimits(units));
  }

  private void onAsyncBucket(Key key, Function<AsyncBucketProxy, CompletableFuture<?>> write) {
    Connected current = connected;
    if (current == null) {
      return;
    }
    current.proxies.forget(redisKey(key)); // this write bypasses the remembered state
    AsyncBucketProxy bucket = asyncBuckets.computeIfAbsent(key, k -> current.proxies.asAsync().builder()
        .build(redisKey(k), () -> CompletableFuture.completedFuture(configuration(k))));
    backgroundWrites.incrementAndGet();
    write.apply(bucket).whenComplete((ignored, failure) -> {
      backgroundWrites.decrementAndGet();
      if (failure != null) {
        redisFailed(failure);
      }
    });
  }

  /** How many writes (pauses, charges, returned permits) are on their way to Redis; for tests. */
  int backgroundWritesInFlight() {
    return backgroundWrites.get();
  }

  private BucketConfiguration configuration(Key key) {
    Duration period = key.window().plus(margin);
    return BucketConfiguration.builder()
        .addLimit(limit -> limit.capacity(UNITS_PER_PERMIT)
            .refillGreedy(key.permits() * UNITS_PER_PERMIT - 1, period))
        .build();
  }

  /** The tokens {@code pause} of refill amounts to, rounded up. */
  private long unitsFor(Key key, Duration pause) {
    double perNano = (key.permits() * UNITS_PER_PERMIT - 1) / (double) key.window().plus(margin).toNanos();
    return (long) Math.ceil(pause.toNanos() * perNano);
  }

  private String redisKey(Key key) {
    return keyPrefix + key.id();
  }

  /** This process's part of {@code key}'s limit: the limit over the expected processes. */
  private Key share(Key key) {
    return shares.computeIfAbsent(key, k -> {
      if (k.permits() >= expectedProcesses) {
        return new Key(k.scope(), k.group(), k.permits() / expectedProcesses, k.window());
      }
      long stretch = (expectedProcesses + k.permits() - 1) / k.permits();
      return new Key(k.scope(), k.group(), 1, k.window().multipliedBy(stretch));
    });
  }

  /**
   * On the local share, one call per retry interval asks Redis whether it is back, by charging
   * the bucket for that call's permit (which still comes from the local share). An answer starts
   * the return to the shared budget.
   */
  private void probeRedis(Key key) {
    try {
      bucket(key).consumeIgnoringRateLimits(UNITS_PER_PERMIT);
      slowAnswersInARow.set(0);
      redisAnswered();
    } catch (RuntimeException e) { // Bucket4j's and Lettuce's failures and timeouts are unchecked
      redisFailed(e);
    }
  }

  /**
   * Whether the return to Redis has lasted long enough that every other process has had its retry
   * interval to find Redis too, and this process's local permits have left the window.
   */
  private boolean returnedLongEnough(Key key) {
    long returnedAt = modeSince.toEpochMilli();
    return clock.millis() >= returnedAt + retryInterval.toMillis() + key.window().plus(margin).toMillis();
  }

  private void backOnShared() {
    synchronized (lock) {
      if (mode != Mode.RETURNING || closed) {
        return;
      }
      mode = Mode.SHARED;
      modeSince = clock.instant();
    }
    logger.info("Redis rate budget at {}:{}: back on the shared budget", uri.getHost(), uri.getPort());
  }

  /** Whether this call goes to Redis: always while shared, one call per retry interval while not. */
  private boolean redisTurn() {
    if (mode == Mode.SHARED) {
      return connected != null || awaitConnection();
    }
    if (closed) {
      return false;
    }
    long now = clock.millis();
    long next = nextRedisAttemptMillis.get();
    return now >= next && nextRedisAttemptMillis.compareAndSet(next, now + retryInterval.toMillis())
        && (connected != null || awaitConnection());
  }

  /** Waits at most the Redis bound for the connection under way; false (and a failure) if none. */
  private boolean awaitConnection() {
    CompletableFuture<StatefulRedisConnection<String, byte[]>> pending;
    synchronized (lock) {
      pending = connecting == null || connecting.isCompletedExceptionally() ? startConnecting() : connecting;
    }
    try {
      connectedNow(pending.get(maxRedisWait.toNanos(), TimeUnit.NANOSECONDS));
      return true;
    } catch (ExecutionException e) {
      redisFailed(e.getCause());
    } catch (TimeoutException e) {
      redisFailed(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      redisFailed(e);
    }
    return false;
  }

  private CompletableFuture<StatefulRedisConnection<String, byte[]>> startConnecting() {
    synchronized (lock) {
      RedisCodec<String, byte[]> codec = RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE);
      connecting = client.connectAsync(codec, uri).toCompletableFuture();
      return connecting;
    }
  }

  private void connectedNow(StatefulRedisConnection<String, byte[]> connection) {
    synchronized (lock) {
      if (connected != null || closed) {
        return;
      }
      StateCachingProxyManager proxies = new StateCachingProxyManager(
          new Bucket4jLettuce.LettuceBasedProxyManagerBuilder<>(new ScriptDigestRedisApi<>(connection.async()))
              .requestTimeout(maxRedisWait)
              .clientClock(new ClockTimeMeter(clock))
              .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                  Duration.ofMinutes(1))));
      connected = new Connected(connection, proxies);
    }
  }

  private Connected connected() {
    Connected current = connected;
    if (current == null) {
      throw new IllegalStateException("not connected to Redis at " + uri.getHost() + ":" + uri.getPort());
    }
    return current;
  }

  /**
   * Redis answered a probe: the budget starts its return to the shared one. Until every process
   * has had the chance to notice (see {@link Mode#RETURNING}), it keeps to its local share and
   * charges Redis for each permit, so that shared and local permits never add up beyond a limit.
   */
  private void redisAnswered() {
    synchronized (lock) {
      if (mode != Mode.LOCAL_SHARE || closed) {
        return;
      }
      mode = Mode.RETURNING;
      modeSince = clock.instant();
    }
    logger.info("Redis rate budget at {}:{} answers again: returning to the shared budget", uri.getHost(),
        uri.getPort());
    // The local share this process may have used in the last window counts against the buckets.
    for (Key key : usedLocally) {
      usedLocally.remove(key);
      consumeInBackground(key, share(key).permits() * UNITS_PER_PERMIT);
    }
  }

  /** Redis failed: count it and, if the budget was shared, fall back to the local share. */
  private void redisFailed(Throwable failure) {
    countFailure(failure);
    if (mode == Mode.LOCAL_SHARE) {
      logger.debug("Redis rate budget still unavailable: {}", lastFailure);
      return;
    }
    synchronized (lock) {
      if (mode == Mode.LOCAL_SHARE) {
        return;
      }
      mode = Mode.LOCAL_SHARE;
      modeSince = clock.instant();
      nextRedisAttemptMillis.set(clock.millis() + retryInterval.toMillis());
    }
    logger.warn("Redis rate budget at {}:{} is unavailable ({}); each limit falls back to a local share"
        + " of 1/{} until Redis answers again", uri.getHost(), uri.getPort(), lastFailure, expectedProcesses);
    long now = clock.millis();
    lastSharedDue.forEach((key, due) -> pauseLocalShareUntilQuiet(key, due, now));
  }

  /**
   * The local share of {@code key} starts once this process's last shared permit, due at
   * {@code due}, is a window (and the margin) old.
   */
  private void pauseLocalShareUntilQuiet(Key key, long due, long now) {
    long quietMillis = due + key.window().plus(margin).toMillis() - now;
    if (quietMillis > 0) {
      local.pause(share(key), Duration.ofMillis(quietMillis));
    }
  }

  private void countFailure(Throwable failure) {
    failures.incrementAndGet();
    lastFailure = describe(failure);
  }

  private static boolean isTimeout(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof io.github.bucket4j.TimeoutException || cause instanceof RedisCommandTimeoutException
          || cause instanceof TimeoutException) {
        return true;
      }
    }
    return false;
  }

  private static String describe(Throwable failure) {
    Throwable cause = failure;
    while (cause.getCause() != null && cause.getMessage() == null) {
      cause = cause.getCause();
    }
    return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
  }

  private static Duration requireNonNegative(Duration duration, String name) {
    Objects.requireNonNull(duration, () -> name + " == null");
    if (duration.isNegative()) {
      throw new IllegalArgumentException(name + " must not be negative but was " + duration);
    }
    return duration;
  }

  /** Which budget a {@link RedisRateBudget} draws from. */
  public enum Mode {
    /** The buckets in Redis, shared by every process. */
    SHARED,
    /** Redis is gone or slow: this process's share of each limit, kept in process. */
    LOCAL_SHARE,
    /**
     * Redis answers again, but other processes may not have noticed yet and still draw their local
     * shares: for one retry interval and one window each permit must fit this process's share as
     * well as the shared bucket. Then it is back on {@link #SHARED}.
     */
    RETURNING
  }

  /**
   * The state of a {@link RedisRateBudget}, for a health check or a dashboard.
   *
   * @param mode the budget in use
   * @param since when it came into use
   * @param redisFailures how many Redis calls have failed or timed out since the budget was built
   * @param lastFailure the last of them, without secrets
   */
  public record Health(Mode mode, Instant since, long redisFailures, Optional<String> lastFailure) {
    /**
     * Checks that nothing is missing.
     *
     * @param mode the budget in use
     * @param since when it came into use
     * @param redisFailures how many Redis calls have failed or timed out since the budget was built
     * @param lastFailure the last of them, without secrets; empty when none failed
     */
    public Health {
      Objects.requireNonNull(mode, "mode == null");
      Objects.requireNonNull(since, "since == null");
      Objects.requireNonNull(lastFailure, "lastFailure == null");
    }
  }

  /** The connection and the proxy manager on it. */
  private static final class Connected {
    final StatefulRedisConnection<String, byte[]> connection;
    final StateCachingProxyManager proxies;

    Connected(StatefulRedisConnection<String, byte[]> connection, StateCachingProxyManager proxies) {
      this.connection = connection;
      this.proxies = proxies;
    }
  }

  /** Keeps the delay Bucket4j computed instead of parking: the caller's sleeper waits. */
  private static final class CapturedPark implements io.github.bucket4j.BlockingStrategy {
    long nanos;

    @Override
    public void park(long nanosToPark) {
      this.nanos = nanosToPark;
    }
  }

  /** Bucket4j's time from the injected clock, in nanoseconds since the epoch. */
  private static final class ClockTimeMeter implements TimeMeter {
    private final Clock clock;

    ClockTimeMeter(Clock clock) {
      this.clock = clock;
    }

    @Override
    public long currentTimeNanos() {
      Instant now = clock.instant();
      return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    @Override
    public boolean isWallClockBased() {
      return true;
    }
  }

  /** Configures a {@link RedisRateBudget}. */
  public static final class Builder {
    private RedisURI uri;
    private String keyPrefix = "bitget4j:rate:";
    private int expectedProcesses = 1;
    private Duration margin = Duration.ofMillis(100);
    private Duration maxRedisWait = Duration.ofMillis(250);
    private Duration retryInterval = Duration.ofSeconds(1);
    private Duration connectTimeout = Duration.ofSeconds(2);
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /**
     * The Redis server, such as {@code redis://10.0.0.5:6379} or
     * {@code rediss://:password@redis.example.com:6380/2}; required.
     *
     * @param redisUri a {@code redis://} or {@code rediss://} URI; a password in it never reaches a
     *     message or log
     * @return this builder
     * @throws IllegalArgumentException if it is not a Redis URI
     */
    public Builder redisUri(String redisUri) {
      Objects.requireNonNull(redisUri, "redisUri == null");
      // The text may hold a password: messages name the rule, never the text.
      if (!redisUri.startsWith("redis://") && !redisUri.startsWith("rediss://")) {
        throw new IllegalArgumentException("redisUri must start with redis:// or rediss://, as in redis://host:6379");
      }
      try {
        this.uri = RedisURI.create(redisUri);
      } catch (RuntimeException e) {
        throw new IllegalArgumentException("redisUri is not a valid Redis URI; expected redis://host:port", e);
      }
      return this;
    }

    /**
     * Prepended to every key in Redis; default {@code bitget4j:rate:}. Letters, digits and
     * {@code . _ : / -}, at most 64.
     *
     * @param keyPrefix the prefix; give each environment sharing one Redis its own
     * @return this builder
     * @throws IllegalArgumentException if it breaks the rule above
     */
    public Builder keyPrefix(String keyPrefix) {
      Objects.requireNonNull(keyPrefix, "keyPrefix == null");
      if (!PREFIX.matcher(keyPrefix).matches()) {
        throw new IllegalArgumentException("keyPrefix \"" + keyPrefix
            + "\" must be at most 64 letters, digits or . _ : / -");
      }
      this.keyPrefix = keyPrefix;
      return this;
    }

    /**
     * How many processes share the budget: while Redis is gone each takes this fraction of every
     * limit. Default 1. Fewer than really run is unsafe in an outage; more only slows the fallback.
     *
     * @param expectedProcesses at least 1
     * @return this builder
     * @throws IllegalArgumentException if less than 1
     */
    public Builder expectedProcesses(int expectedProcesses) {
      if (expectedProcesses < 1) {
        throw new IllegalArgumentException("expectedProcesses must be at least 1 but was " + expectedProcesses);
      }
      this.expectedProcesses = expectedProcesses;
      return this;
    }

    /**
     * The jitter the budget absorbs between a permit falling due and the exchange counting the
     * request, including clock drift between machines; default 100 ms. Each key's window is
     * stretched by it, so a one-second limit keeps {@code 1 s / (1 s + margin)} of its rate. At
     * most one second.
     *
     * @param margin zero to one second
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder margin(Duration margin) {
      this.margin = requireBetween(margin, Duration.ZERO, Duration.ofSeconds(1), "margin");
      return this;
    }

    /**
     * The longest a call waits on Redis, connecting included, before it falls back to the local
     * share; default 250 ms. Between 1 ms and 10 s.
     *
     * @param maxRedisWait 1 ms to 10 s
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder maxRedisWait(Duration maxRedisWait) {
      this.maxRedisWait = requireBetween(maxRedisWait, Duration.ofMillis(1), Duration.ofSeconds(10), "maxRedisWait");
      return this;
    }

    /**
     * How often, while on the local share, one call tries Redis again; default 1 s. Between 10 ms
     * and 5 minutes.
     *
     * @param retryInterval 10 ms to 5 minutes
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder retryInterval(Duration retryInterval) {
      this.retryInterval = requireBetween(retryInterval, Duration.ofMillis(10), Duration.ofMinutes(5), "retryInterval");
      return this;
    }

    /**
     * How long {@link #build()} waits for the first connection before starting on the local share;
     * default 2 s. Between 1 ms and 1 minute.
     *
     * @param connectTimeout 1 ms to 1 minute
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder connectTimeout(Duration connectTimeout) {
      this.connectTimeout = requireBetween(connectTimeout, Duration.ofMillis(1), Duration.ofMinutes(1), "connectTimeout");
      return this;
    }

    /**
     * The clock of the buckets' refill and of the local share; default the UTC system clock.
     * Processes on several machines need clocks in step (NTP): drift counts against the margin.
     *
     * @param clock the clock; tests pass a manual one
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock == null");
      return this;
    }

    /**
     * Connects to Redis, waiting at most the connect timeout; if Redis cannot be reached the budget
     * starts on its local share and keeps trying.
     *
     * @return the budget; {@link RedisRateBudget#close()} it when done
     * @throws IllegalStateException if no Redis URI was set
     */
    public RedisRateBudget build() {
      if (uri == null) {
        throw new IllegalStateException("no Redis server: call redisUri(\"redis://host:port\") first");
      }
      return new RedisRateBudget(this);
    }

    private static Duration requireBetween(Duration value, Duration min, Duration max, String name) {
      Objects.requireNonNull(value, name + " == null");
      if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
        throw new IllegalArgumentException(name + " must be between " + min + " and " + max + " but was " + value);
      }
      return value;
    }
  }
}
