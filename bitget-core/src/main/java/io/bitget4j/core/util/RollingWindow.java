package io.bitget4j.core.util;

/**
 * The one limiter of this package: at most {@code permits} permits in any rolling window of
 * {@code windowMillis}, counted on the times the permits are due. A permit is due once the permit
 * {@code permits} places before it is a whole window old, so a full burst and the permits that
 * follow it never share a window (a token bucket that starts full lets a burst and a window of
 * refill go out together, twice the limit).
 *
 * <p>The log keeps the due times of the most recent permits that can still matter, oldest first,
 * with permits due in the same millisecond kept as one entry: at most
 * {@code min(permits, windowMillis + 1)} entries. Permits reserved ahead are in it at their future
 * due time, so later callers queue behind them.
 *
 * <p>Time is in milliseconds, passed in by the caller. Time that steps backwards is held at the
 * latest time seen, so a clock that jumps back pauses the window instead of issuing permits twice.
 * Thread-safe: each operation holds the window's lock for a few dozen nanoseconds.
 */
final class RollingWindow {
  /** A reservation further ahead than this is refused, so sums of times never overflow. */
  private static final long MAX_AHEAD_MILLIS = 1L << 52;

  private final int permits;
  private final long windowMillis;
  private long[] times = new long[4];
  private int[] counts = new int[4];
  private int head;
  private int size;
  private long total;
  private long pausedUntil = Long.MIN_VALUE;
  private long latestNow = Long.MIN_VALUE;

  RollingWindow(int permits, long windowMillis) {
    if (permits < 1) {
      throw new IllegalArgumentException("permits must be at least 1 but was " + permits);
    }
    if (windowMillis < 1) {
      throw new IllegalArgumentException("window must be at least 1 ms but was " + windowMillis + " ms");
    }
    this.permits = permits;
    this.windowMillis = windowMillis;
  }

  int permits() {
    return permits;
  }

  long windowMillis() {
    return windowMillis;
  }

  /**
   * Takes {@code n} permits due at the earliest time they fit, if that is at most
   * {@code maxWaitMillis} after {@code nowMillis}.
   *
   * @return how long from now until they are due, or -1 (taking nothing) if that is too long
   */
  synchronized long reserve(long nowMillis, int n, long maxWaitMillis) {
    long now = advance(nowMillis);
    long due = earliest(now, n);
    long wait = due - now;
    if (wait > Math.min(maxWaitMillis, MAX_AHEAD_MILLIS)) {
      return -1;
    }
    append(due, n);
    return wait;
  }

  /** How long from {@code nowMillis} until {@code n} permits would be due; takes nothing. */
  synchronized long delay(long nowMillis, int n) {
    long now = advance(nowMillis);
    return earliest(now, n) - now;
  }

  /** How many permits could be taken at {@code nowMillis} without waiting. */
  synchronized int available(long nowMillis) {
    long now = advance(nowMillis);
    boolean queued = size > 0 && times[index(size - 1)] > now;
    if (pausedUntil > now || queued) {
      return 0;
    }
    return (int) (permits - total);
  }

  /**
   * Counts one permit used at {@code nowMillis} (or after the latest permit, if that is later),
   * even beyond the limit, so that later permits wait for it.
   */
  synchronized void charge(long nowMillis) {
    long now = advance(nowMillis);
    append(size > 0 ? Math.max(now, times[index(size - 1)]) : now, 1);
  }

  /** Makes no permit due before {@code nowMillis + pauseMillis}; a longer pause already set stays. */
  synchronized void pause(long nowMillis, long pauseMillis) {
    long now = advance(nowMillis);
    long until = now + Math.min(Math.max(0, pauseMillis), MAX_AHEAD_MILLIS);
    if (until > pausedUntil) {
      pausedUntil = until;
    }
  }

  /** Holds time at the latest seen and forgets permits no later window can hold. */
  private long advance(long nowMillis) {
    if (nowMillis > latestNow) {
      latestNow = nowMillis;
    }
    long now = latestNow;
    while (size > 0 && times[head] <= now - windowMillis) {
      total -= counts[head];
      head = index(1);
      size--;
    }
    return now;
  }

  /** The earliest due time for {@code n} more permits: in order, after any pause, and in budget. */
  private long earliest(long now, int n) {
    long due = Math.max(now, pausedUntil);
    if (size > 0) {
      due = Math.max(due, times[index(size - 1)]);
    }
    long excess = total + n - permits; // the oldest permits that must have left the window first
    if (excess > 0) {
      long seen = 0;
      for (int i = 0; i < size; i++) {
        seen += counts[index(i)];
        if (seen >= excess) {
          due = Math.max(due, times[index(i)] + windowMillis);
          break;
        }
      }
    }
    return due;
  }

  private void append(long due, int n) {
    if (size > 0 && times[index(size - 1)] == due) {
      counts[index(size - 1)] += n;
    } else {
      if (size == times.length) {
        grow();
      }
      times[index(size)] = due;
      counts[index(size)] = n;
      size++;
    }
    total += n;
    while (total > permits) { // only the newest permits can still hold a later permit back
      long drop = Math.min(counts[head], total - permits);
      counts[head] -= (int) drop;
      total -= drop;
      if (counts[head] == 0) {
        head = index(1);
        size--;
      }
    }
  }

  private void grow() {
    long[] newTimes = new long[times.length * 2];
    int[] newCounts = new int[counts.length * 2];
    for (int i = 0; i < size; i++) {
      newTimes[i] = times[index(i)];
      newCounts[i] = counts[index(i)];
    }
    times = newTimes;
    counts = newCounts;
    head = 0;
  }

  private int index(int offset) {
    return (head + offset) % times.length;
  }
}
