package io.bitget4j.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.Map;
import java.util.TreeMap;

/**
 * CPU time used by each group of threads (named with digits folded, such as {@code OkHttp
 * http://127.0.0.1:N/...}) between two snapshots: a throughput figure's cost per item that the
 * machine's other load does not distort.
 */
final class ThreadCpu {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final Map<Long, Long> startNanos = new TreeMap<>();

  private ThreadCpu() {
  }

  /** Remembers every live thread's CPU time now. */
  static ThreadCpu start() {
    ThreadCpu cpu = new ThreadCpu();
    for (long id : THREADS.getAllThreadIds()) {
      long nanos = THREADS.getThreadCpuTime(id);
      if (nanos >= 0) {
        cpu.startNanos.put(id, nanos);
      }
    }
    return cpu;
  }

  /**
   * Describes the CPU microseconds per item used since {@link #start()} by each thread group that
   * used at least 1 % of the total, such as {@code OkHttp http://127.0.0.1:N/... 2.31}.
   */
  String perItem(long items) {
    Map<String, Long> used = new TreeMap<>();
    long total = 0;
    for (long id : THREADS.getAllThreadIds()) {
      long nanos = THREADS.getThreadCpuTime(id);
      ThreadInfo info = THREADS.getThreadInfo(id);
      if (nanos < 0 || info == null) {
        continue;
      }
      long delta = nanos - startNanos.getOrDefault(id, 0L);
      used.merge(info.getThreadName().replaceAll("\\d+", "N"), delta, Long::sum);
      total += delta;
    }
    StringBuilder text = new StringBuilder();
    for (Map.Entry<String, Long> group : used.entrySet()) {
      if (group.getValue() * 100 >= total && items > 0) {
        text.append(String.format("%n  %-60s %8.2f us", group.getKey(), group.getValue() / 1e3 / items));
      }
    }
    return text.toString();
  }
}
