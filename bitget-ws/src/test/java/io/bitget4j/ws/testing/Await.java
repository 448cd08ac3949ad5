package io.bitget4j.ws.testing;

import java.time.Duration;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;

/** Awaitility waits that check at once and then every 10 ms, for at most 10 s. */
public final class Await {
  private Await() {
  }

  /** A wait with no initial delay. */
  public static ConditionFactory await() {
    return Awaitility.await().pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(10))
        .atMost(Duration.ofSeconds(10));
  }

  /** A named wait with no initial delay. */
  public static ConditionFactory await(String alias) {
    return Awaitility.await(alias).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(10))
        .atMost(Duration.ofSeconds(10));
  }
}
