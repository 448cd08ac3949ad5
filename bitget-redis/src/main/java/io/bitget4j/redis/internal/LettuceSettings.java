package io.bitget4j.redis.internal;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.DefaultClientResources;
import io.lettuce.core.resource.Delay;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * How {@code RedisRateBudget} sets up Lettuce, in one place, so that a baseline measured against
 * the budget (a bare {@code PING} in the benchmarks) runs on a connection set up the same way.
 * Not API.
 */
public final class LettuceSettings {
  private LettuceSettings() {}

  /**
   * Two I/O and two computation threads, and a reconnect delay from 50 ms doubling up to
   * {@code retryInterval}, so that a restarted Redis is used again soon (Lettuce reconnects by
   * itself). The caller shuts them down.
   */
  public static ClientResources resources(Duration retryInterval) {
    return DefaultClientResources.builder()
        .ioThreadPoolSize(2)
        .computationThreadPoolSize(2)
        .reconnectDelay(Delay.exponential(Duration.ofMillis(50), retryInterval, 2, TimeUnit.MILLISECONDS))
        .build();
  }

  /**
   * Reconnects by itself; while disconnected, fails a command at once (the budget falls back)
   * instead of queueing it; times every command out after {@code maxRedisWait}; gives up
   * connecting after {@code connectTimeout}. Lettuce's defaults stand for the rest: commands are
   * flushed as they are written and {@code TCP_NODELAY} is on.
   */
  public static ClientOptions options(Duration maxRedisWait, Duration connectTimeout) {
    return ClientOptions.builder()
        .autoReconnect(true)
        .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
        .timeoutOptions(TimeoutOptions.enabled(maxRedisWait))
        .socketOptions(SocketOptions.builder().connectTimeout(connectTimeout).tcpNoDelay(true).build())
        .build();
  }
}
