package io.bitget4j.ws.internal;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Makes daemon threads named {@code <prefix>-<n>} that log what escapes them. */
public final class NamedThreadFactory implements ThreadFactory {
  private static final Logger logger = LoggerFactory.getLogger(NamedThreadFactory.class);

  private final String prefix;
  private final AtomicInteger counter = new AtomicInteger();

  /** Creates a factory of threads named {@code prefix-1}, {@code prefix-2}, ... */
  public NamedThreadFactory(String prefix) {
    this.prefix = prefix;
  }

  @Override
  public Thread newThread(Runnable task) {
    Thread thread = new Thread(task, prefix + "-" + counter.incrementAndGet());
    thread.setDaemon(true);
    thread.setUncaughtExceptionHandler(
        (t, e) -> logger.error("Uncaught exception on {}", t.getName(), e));
    return thread;
  }
}
