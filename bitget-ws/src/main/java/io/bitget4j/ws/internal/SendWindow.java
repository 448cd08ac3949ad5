package io.bitget4j.ws.internal;

import java.time.Duration;

/**
 * Paces outgoing frames so that no rolling window of {@code window} holds more than
 * {@code permits} of them: a frame may go once the frame sent {@code permits} frames before it is
 * at least {@code window} old. Unlike a token bucket that starts full, it never lets a burst and
 * the refill that follows it share one window.
 *
 * <p>Times are {@link System#nanoTime()} values passed in by the caller. Not thread-safe: a
 * connection uses it on the control thread only.
 */
final class SendWindow {
  private final long windowNanos;
  /** The send times of the last {@code permits} frames, a ring; {@code next} is the oldest when full. */
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

  /** How many nanoseconds from {@code nowNanos} until the next frame may go; zero if now. */
  long delayNanos(long nowNanos) {
    if (count < sent.length) {
      return 0;
    }
    long wait = sent[next] + windowNanos - nowNanos;
    return Math.max(0, wait);
  }

  /** Records a frame sent at {@code nowNanos}; call only when {@link #delayNanos} is zero. */
  void record(long nowNanos) {
    sent[next] = nowNanos;
    next = (next + 1) % sent.length;
    if (count < sent.length) {
      count++;
    }
  }
}
