package io.bitget4j.ws;

import io.bitget4j.core.Credentials;
import io.bitget4j.core.testing.ManualClock;
import io.bitget4j.core.testing.ManualScheduler;
import io.bitget4j.core.util.Backoff;
import io.bitget4j.ws.testing.FakeSockets;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.random.RandomGenerator;

/**
 * A stream client on manual time and in-memory sockets: its control loop, throttles and listener
 * deliveries are tasks on a {@link ManualScheduler} that run only when the test advances it, its
 * timers read the {@link ManualClock}, and its sockets are {@link FakeSockets}. Nothing runs on
 * another thread, so these tests take milliseconds and cannot flake on a busy machine.
 */
final class ManualStreams {
  static final String PUBLIC_URL = "wss://ws.bitget.test/v2/ws/public";
  static final String PRIVATE_URL = "wss://ws.bitget.test/v2/ws/private";
  static final String UNIFIED_PUBLIC_URL = "wss://ws.bitget.test/v3/ws/public";
  static final String UNIFIED_PRIVATE_URL = "wss://ws.bitget.test/v3/ws/private";

  final ManualClock clock = ManualClock.create();
  final ManualScheduler scheduler = ManualScheduler.create(clock);
  final FakeSockets sockets = new FakeSockets(scheduler, clock);

  /**
   * A builder wired to manual time and the fake sockets, with credentials, a 25 s ping, a 10 s
   * pong timeout and a backoff of 1 s, 2 s, 4 s ... capped at 30 s without jitter.
   */
  BitgetStreamClient.Builder builder() {
    return BitgetStreamClient.builder()
        .credentials(Credentials.of("key", "secret", "passphrase"))
        .publicUrl(PUBLIC_URL)
        .privateUrl(PRIVATE_URL)
        .clock(clock)
        .controlScheduler(scheduler)
        .nanoTime(() -> ChronoUnit.NANOS.between(ManualClock.DEFAULT_START, clock.instant()))
        .webSocketFactory(sockets)
        .listenerExecutor(scheduler)
        .backoff(noJitter(Duration.ofSeconds(1), Duration.ofSeconds(30)));
  }

  /** {@link #builder()} for a unified account: the V3 stream URLs, so the client speaks V3. */
  BitgetStreamClient.Builder unifiedBuilder() {
    return builder().publicUrl(UNIFIED_PUBLIC_URL).privateUrl(UNIFIED_PRIVATE_URL);
  }

  /** An exponential backoff that always waits its full delay. */
  static Backoff noJitter(Duration base, Duration cap) {
    return Backoff.builder().base(base).cap(cap).unlimited().random(new RandomGenerator() {
      @Override
      public long nextLong() {
        return -1L;
      }

      @Override
      public double nextDouble() {
        return 1.0; // the top of the jitter range
      }
    }).build();
  }

  /** Runs everything that is due now: socket opens, server answers, sends, deliveries. */
  void settle() {
    scheduler.runDueTasks();
  }

  /** Moves time forward, running everything that falls due on the way. */
  void advance(Duration duration) {
    scheduler.advance(duration);
  }
}
