package io.bitget4j.ws.internal;

import java.time.Clock;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What a listener handle needs to deliver.
 *
 * @param listenerExecutor runs listener callbacks
 * @param ownListenerThreads whether the executor's threads are the client's own, so that a
 *     mailbox may keep one a little while it waits for more values (see {@link Mailbox})
 * @param scheduler times throttled deliveries
 * @param clock measures throttle intervals
 * @param dropped the client's dropped-values counter
 */
public record DeliveryContext(Executor listenerExecutor, boolean ownListenerThreads,
    ScheduledExecutorService scheduler, Clock clock, AtomicLong dropped) {

  /**
   * How long a mailbox on the client's own listener threads waits for more values once it has
   * delivered everything, before it gives the thread back: long enough for a burst to refill it,
   * short enough to add no noticeable latency.
   */
  static final long LINGER_NANOS = 50_000;

  /** How a mailbox waits for more values before it gives a listener thread back. */
  Mailbox.Linger linger() {
    return ownListenerThreads ? Mailbox.Linger.park(LINGER_NANOS) : Mailbox.Linger.NONE;
  }
}
