package io.bitget4j.ws.internal;

import java.time.Duration;

/**
 * A rolling-window budget: no window of {@code window} holds more than {@code permits} recorded
 * events. An event may happen once the event recorded {@code permits} events before it is at least
 * {@code window} old. Unlike a token bucket that starts full, it never lets a burst and the refill
 * that follows it share one window. A connection keeps two: its outgoing frames (10 in a little
 * over a second) and its subscribe requests (240 in a little over an hour).
 *
 * <p>Times are nanosecond readings of the connection's time source, passed in by the caller. Not
 * thread-safe: a connection uses it on the control thread, and reads it elsewhere only under its
 * own lock.
 */
final class SendWindow {
  private final long windowNanos;
  /** The times of the last {@code permits} events, a ring; {@code next} is the oldest when full. */
  private final long[] sent;
  private int next;
  private int count;

  SendWindow(int permits, Duration window) {
    if (permits < 1) {
      throw new IllegalArgumentException("permits must be at least 1 but was " + permits);
    }
    if (window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("window must be positive but was " + window);
    }
    this.windowNanos = window.toNanos();
    this.sent = new long[permits];
  }

  /** The most events any window may hold. */
  int permits() {
    return sent.length;
  }

  /** How many nanoseconds from {@code nowNanos} until the next event may happen; zero if now. */
  long delayNanos(long nowNanos) {
    return delayNanos(nowNanos, 1);
  }

  /**
   * How many nanoseconds from {@code nowNanos} until {@code events} more events may happen one
   * right after the other; zero if now.
   *
   * @param events between 1 and {@link #permits()}
   */
  long delayNanos(long nowNanos, int events) {
    if (events < 1 || events > sent.length) {
      throw new IllegalArgumentException("events must be between 1 and " + sent.length + " but was " + events);
    }
    // The oldest (count - permits + events) recorded events must have left the window.
    int mustLeave = count - sent.length + events;
    if (mustLeave <= 0) {
      return 0;
    }
    return Math.max(0, oldest(mustLeave - 1) + windowNanos - nowNanos);
  }

  /** Records an event at {@code nowNanos}; call only when {@link #delayNanos} is zero. */
  void record(long nowNanos) {
    sent[next] = nowNanos;
    next = (next + 1) % sent.length;
    if (count < sent.length) {
      count++;
    }
  }

  /** How many recorded events lie within the window that ends at {@code nowNanos}. */
  int count(long nowNanos) {
    int within = 0;
    for (int i = 0; i < count; i++) {
      if (nowNanos - oldest(i) < windowNanos) {
        within++;
      }
    }
    return within;
  }

  /** How many events may happen at {@code nowNanos} one right after the other. */
  int available(long nowNanos) {
    return sent.length - count(nowNanos);
  }

  /** The {@code index}-th oldest recorded time, 0 being the oldest still kept. */
  private long oldest(int index) {
    return count < sent.length ? sent[index] : sent[(next + index) % sent.length];
  }
}
