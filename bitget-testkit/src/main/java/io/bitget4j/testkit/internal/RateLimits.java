package io.bitget4j.testkit.internal;

import io.bitget4j.testkit.RateLimitGroup;
import java.util.ArrayDeque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * Server-side request budgets, as Bitget keeps them: each caller (an API key across all its
 * connections, or the IP for public data) gets its group's budget on each endpoint, over a
 * sliding one-second window of real (monotonic) time, so that a test's fixed clock does not
 * freeze them. Counts the requests it refuses.
 */
public final class RateLimits {
  private static final long WINDOW_NANOS = 1_000_000_000L;

  private final Map<RateLimitGroup, Integer> perSecond;
  private final boolean enabled;
  private final Map<String, ArrayDeque<Long>> windows = new HashMap<>();
  private long rejections;

  public RateLimits(Map<RateLimitGroup, Integer> perSecond, boolean enabled) {
    this.perSecond = new EnumMap<>(perSecond);
    this.enabled = enabled;
  }

  /** How many requests {@link #tryAcquire} has refused. */
  public synchronized long rejections() {
    return rejections;
  }

  /** Counts one request of {@code caller} (caller and endpoint) in {@code group}; false when over budget. */
  synchronized boolean tryAcquire(RateLimitGroup group, String caller) {
    if (!enabled) {
      return true;
    }
    int limit = perSecond.getOrDefault(group, group.defaultPerSecond());
    long now = System.nanoTime();
    ArrayDeque<Long> window = windows.computeIfAbsent(group + "|" + caller, k -> new ArrayDeque<>());
    while (!window.isEmpty() && now - window.peekFirst() >= WINDOW_NANOS) {
      window.removeFirst();
    }
    if (window.size() >= limit) {
      rejections++;
      return false;
    }
    window.addLast(now);
    return true;
  }
}
