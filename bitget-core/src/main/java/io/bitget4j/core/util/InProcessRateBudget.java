package io.bitget4j.core.util;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** {@link RateBudget#inProcess}: a {@link RollingWindow} per key, created on first use. */
final class InProcessRateBudget implements RateBudget {
  private final Clock clock;
  private final long marginMillis;
  private final ConcurrentMap<Key, RollingWindow> windows = new ConcurrentHashMap<>();

  InProcessRateBudget(Clock clock, Duration margin) {
    this.clock = clock;
    this.marginMillis = margin.toMillis();
  }

  @Override
  public Decision reserve(Key key, Duration maxWait) {
    Durations.requireNonNegative(maxWait, "maxWait");
    RollingWindow window = window(key);
    long now = clock.millis();
    long wait = window.reserve(now, 1, Durations.toMillisSaturated(maxWait));
    return wait >= 0
        ? Decision.granted(Duration.ofMillis(wait))
        : Decision.refused(Duration.ofMillis(window.delay(now, 1)));
  }

  @Override
  public void pause(Key key, Duration pause) {
    Durations.requireNonNegative(pause, "pause");
    window(key).pause(clock.millis(), Durations.toMillisSaturated(pause));
  }

  @Override
  public Duration tolerance() {
    return Duration.ofMillis(marginMillis / 2);
  }

  @Override
  public void sentLate(Key key, Duration lateness) {
    Durations.requireNonNegative(lateness, "lateness");
    if (lateness.toMillis() > marginMillis / 2) {
      window(key).charge(clock.millis());
    }
  }

  private RollingWindow window(Key key) {
    Objects.requireNonNull(key, "key == null");
    return windows.computeIfAbsent(key, k -> new RollingWindow(k.permits(), k.window().toMillis() + marginMillis));
  }

  @Override
  public String toString() {
    return "RateBudget.inProcess{margin=" + marginMillis + " ms, keys=" + windows.keySet().size() + "}";
  }
}
