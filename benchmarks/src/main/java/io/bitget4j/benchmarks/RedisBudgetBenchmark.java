package io.bitget4j.benchmarks;

import io.bitget4j.core.util.RateBudget;
import io.bitget4j.redis.RedisRateBudget;
import io.bitget4j.redis.internal.LettuceSettings;
import io.github.bucket4j.redis.consts.LuaScripts;
import io.lettuce.core.RedisClient;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.resource.ClientResources;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
import redis.embedded.RedisServer;

/**
 * One permit from the Redis-shared rate budget on loopback, against one bare Lettuce
 * {@code PING} on the same Redis: the ratio is the budget's own cost in round trips (target at
 * most 1.5). A real {@code redis-server} (embedded-redis) is started on a free 127.0.0.1 port in
 * {@link #setUp}, so the benchmark needs no Redis of its own.
 *
 * <ul>
 *   <li>{@link #budgetReserve}: {@code RedisRateBudget.reserve} of a key whose limit (100,000 a
 *       second) never makes it wait, so every call is one grant through Bucket4j;
 *   <li>{@link #lettucePing}: the floor, one synchronous {@code PING} on a connection set up as
 *       the budget's is (the same {@link LettuceSettings}: threads, command timeout,
 *       {@code TCP_NODELAY}, and the same codec);
 *   <li>{@link #casScriptOnly}: what Redis does for one grant, without the client: Bucket4j's
 *       compare-and-swap script by {@code EVALSHA} on that connection, with the budget's own
 *       bucket state, on a key of its own. Between the two others, it splits the budget's cost
 *       into Redis's part and the client's.
 * </ul>
 */
@State(Scope.Benchmark)
// One JVM's figure depends on where its threads, Lettuce's and Redis's happened to settle on the
// CPUs: single-fork runs of an unchanged jar gave a permit 1.12x to 2.10x a PING. Three forks
// pool three such placements into each result.
@Fork(3)
// Each call crosses Lettuce, Netty and (for the budget) Bucket4j, on three threads with Redis:
// on a 2-vCPU machine the budget's calls kept getting faster for about 14 s (145 us falling to
// 70 us through the measurement of a 6 s warmup), a PING's for about 5 s. The warmup lasts until
// both are steady, so that the ratio compares steady states.
@Warmup(iterations = 20, time = 1)
@Measurement(iterations = 10, time = 1)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RedisBudgetBenchmark {
  private static final RateBudget.Key KEY = RateBudget.Key.perIp("benchmark", "MARKET", 100_000, Duration.ofSeconds(1));
  private static final Duration MAX_WAIT = Duration.ofSeconds(1);
  // The budget's own defaults, set explicitly so that the baseline connection gets the same.
  private static final Duration MAX_REDIS_WAIT = Duration.ofMillis(250);
  private static final Duration RETRY_INTERVAL = Duration.ofSeconds(1);
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
  private static final String SCRIPT_KEY = "benchmark:cas-script-only";

  private RedisServer redis;
  private RedisRateBudget budget;
  private ClientResources resources;
  private RedisClient client;
  private StatefulRedisConnection<String, byte[]> connection;
  private RedisCommands<String, byte[]> commands;
  private String casDigest;
  private String[] scriptKeys;
  private byte[][] scriptArgs;

  /** Starts Redis, the budget and the baseline connection, and checks that each answers. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    int port;
    try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      port = free.getLocalPort();
    }
    redis = RedisServer.newRedisServer().bind("127.0.0.1").port(port).setting("save \"\"")
        .setting("appendonly no").build();
    redis.start();
    String uri = "redis://127.0.0.1:" + port;
    budget = RedisRateBudget.builder().redisUri(uri).margin(Duration.ZERO).maxRedisWait(MAX_REDIS_WAIT)
        .retryInterval(RETRY_INTERVAL).connectTimeout(CONNECT_TIMEOUT).build();
    resources = LettuceSettings.resources(RETRY_INTERVAL);
    client = RedisClient.create(resources, uri);
    client.setOptions(LettuceSettings.options(MAX_REDIS_WAIT, CONNECT_TIMEOUT));
    connection = client.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE));
    commands = connection.sync();

    if (!budgetReserve().granted() || !"PONG".equals(lettucePing())) {
      throw new IllegalStateException("the budget or Redis does not answer");
    }
    List<String> buckets = commands.keys("bitget4j:rate:*");
    if (buckets.size() != 1) {
      throw new IllegalStateException("expected the budget's one bucket in Redis, found " + buckets);
    }
    byte[] state = commands.get(buckets.get(0));
    commands.set(SCRIPT_KEY, state);
    casDigest = commands.scriptLoad(LuaScripts.SCRIPT_COMPARE_AND_SWAP_PX);
    scriptKeys = new String[] {SCRIPT_KEY};
    // Swaps the state for itself, as a grant swaps it for the next: the same script, sizes and work.
    scriptArgs = new byte[][] {state, state, "60000".getBytes(StandardCharsets.US_ASCII)};
    if (!casScriptOnly()) {
      throw new IllegalStateException("the compare-and-swap script did not swap");
    }
  }

  /** Stops the connection, the budget and Redis. */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    connection.close();
    client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
    resources.shutdown(0, 2, TimeUnit.SECONDS);
    budget.close();
    redis.stop();
  }

  /** One permit through the budget: Bucket4j's compare-and-swap in Redis. */
  @Benchmark
  public RateBudget.Decision budgetReserve() {
    return budget.reserve(KEY, MAX_WAIT);
  }

  /** The floor: one round trip. */
  @Benchmark
  public String lettucePing() {
    return commands.ping();
  }

  /** Redis's part of one permit: Bucket4j's compare-and-swap script alone. */
  @Benchmark
  public Boolean casScriptOnly() {
    return commands.evalsha(casDigest, ScriptOutputType.BOOLEAN, scriptKeys, scriptArgs);
  }
}
