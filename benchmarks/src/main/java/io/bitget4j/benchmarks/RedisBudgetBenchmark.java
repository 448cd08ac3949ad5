package io.bitget4j.benchmarks;

import io.bitget4j.core.util.RateBudget;
import io.bitget4j.redis.RedisRateBudget;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
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
 *   <li>{@link #lettucePing}: the floor, one synchronous {@code PING} on a Lettuce connection.
 * </ul>
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 6, time = 1)
@Measurement(iterations = 8, time = 1)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RedisBudgetBenchmark {
  private static final RateBudget.Key KEY = RateBudget.Key.perIp("benchmark", "MARKET", 100_000, Duration.ofSeconds(1));
  private static final Duration MAX_WAIT = Duration.ofSeconds(1);

  private RedisServer redis;
  private RedisRateBudget budget;
  private RedisClient client;
  private StatefulRedisConnection<String, String> connection;
  private RedisCommands<String, String> commands;

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
    budget = RedisRateBudget.builder().redisUri(uri).margin(Duration.ZERO).build();
    client = RedisClient.create(uri);
    connection = client.connect();
    commands = connection.sync();
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    connection.close();
    client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
    budget.close();
    redis.stop();
  }

  @Benchmark
  public RateBudget.Decision budgetReserve() {
    return budget.reserve(KEY, MAX_WAIT);
  }

  @Benchmark
  public String lettucePing() {
    return commands.ping();
  }
}
