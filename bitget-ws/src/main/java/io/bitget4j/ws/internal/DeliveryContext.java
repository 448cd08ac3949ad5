package io.bitget4j.ws.internal;

import java.time.Clock;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What a listener handle needs to deliver: the listener executor, the scheduler and clock that
 * time throttled deliveries, and the client's dropped-values counter.
 */
public record DeliveryContext(
    Executor listenerExecutor, ScheduledExecutorService scheduler, Clock clock, AtomicLong dropped) {
}
