package io.bitget4j.core.testing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Counts events in rolling windows, the way an exchange that limits "N requests per second"
 * counts them: the worst window is the half-open interval {@code [t, t + window)} that holds the
 * most events, over every start {@code t}. Times and window share one unit (milliseconds of a
 * manual clock, nanoseconds of {@link System#nanoTime()}, ...).
 */
public final class RollingWindows {
  private RollingWindows() {}

  /** The most events of {@code times}, in any order, that fall in one window of {@code window}. */
  public static int worst(Collection<Long> times, long window) {
    return worstWindow(times, window).count();
  }

  /** The fullest window of {@code times}: where it starts and how many events it holds. */
  public static Window worstWindow(Collection<Long> times, long window) {
    Objects.requireNonNull(times, "times == null");
    if (window <= 0) {
      throw new IllegalArgumentException("window must be positive but was " + window);
    }
    List<Long> sorted = new ArrayList<>(times);
    Collections.sort(sorted);
    Window worst = new Window(sorted.isEmpty() ? 0 : sorted.get(0), 0);
    int end = 0;
    for (int start = 0; start < sorted.size(); start++) {
      long limit = sorted.get(start) + window;
      while (end < sorted.size() && sorted.get(end) < limit) {
        end++;
      }
      if (end - start > worst.count()) {
        worst = new Window(sorted.get(start), end - start);
      }
    }
    return worst;
  }

  /**
   * One window's start and how many events it holds.
   *
   * @param start the time of the window's first event
   * @param count how many events fall in {@code [start, start + window)}
   */
  public record Window(long start, int count) {}
}
