package io.bitget4j.ws.internal;

import io.bitget4j.core.BitgetException;
import io.bitget4j.core.util.Throttle;
import io.bitget4j.ws.Delivery;
import io.bitget4j.ws.StreamListener;
import io.bitget4j.ws.Subscription;
import java.util.Objects;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One listener's subscription: publishes values through an optional {@link Throttle} into the
 * listener's {@link Mailbox}. {@link #close()} stops delivery at once and tells the owner, which
 * unsubscribes the channel when its last listener is gone.
 *
 * @param <T> the type of the values
 */
public final class ListenerHandle<T> implements Subscription {
  private static final Logger logger = LoggerFactory.getLogger(ListenerHandle.class);

  private final String description;
  private final Mailbox<T> mailbox;
  private final Throttle<T> throttle;
  private final Consumer<ListenerHandle<T>> onClose;
  private final AtomicBoolean active = new AtomicBoolean(true);

  /**
   * Creates a handle.
   *
   * @param onClose called once when the user closes the handle, not when it fails
   */
  public ListenerHandle(String description, StreamListener<? super T> listener, Delivery delivery,
      DeliveryContext context, Consumer<ListenerHandle<T>> onClose) {
    Objects.requireNonNull(listener, "listener == null");
    Objects.requireNonNull(delivery, "delivery == null");
    this.description = description;
    this.onClose = onClose;
    this.mailbox = new Mailbox<>(description, context.listenerExecutor(), delivery.queueCapacity(),
        listener::onUpdate, error -> {
          active.set(false);
          listener.onError(error);
        }, context.dropped());
    this.throttle = delivery.interval()
        .map(interval -> Throttle.<T>create(interval, context.clock(), context.scheduler(), mailbox::offer))
        .orElse(null);
  }

  /** Hands one value to the listener, now or at the throttle's next edge; never blocks. */
  public void publish(T value) {
    if (!active.get()) {
      return;
    }
    if (throttle == null) {
      mailbox.offer(value);
      return;
    }
    try {
      throttle.submit(value);
    } catch (RejectedExecutionException e) {
      logger.debug("Scheduler refused a throttled delivery to {}; the client is closing", description);
    }
  }

  /**
   * Ends the subscription with an error: waiting values are delivered, then
   * {@link StreamListener#onError}, then nothing. Does not call {@code onClose}.
   */
  public void fail(BitgetException error) {
    if (active.compareAndSet(true, false)) {
      if (throttle != null) {
        throttle.close();
      }
      mailbox.fail(error);
    }
  }

  /**
   * Ends the subscription quietly after the values already queued: they are delivered, then
   * nothing, and no {@link StreamListener#onError}. Does not call {@code onClose}.
   */
  public void finish() {
    if (active.compareAndSet(true, false)) {
      if (throttle != null) {
        throttle.close();
      }
      mailbox.finish();
    }
  }

  /** Stops delivery without telling the owner, for a client that is closing. */
  public void terminate() {
    if (active.compareAndSet(true, false)) {
      stop();
    }
  }

  @Override
  public void close() {
    if (active.compareAndSet(true, false)) {
      stop();
      onClose.accept(this);
    }
  }

  private void stop() {
    if (throttle != null) {
      throttle.close();
    }
    mailbox.close();
  }

  /** True until closed, failed or finished, and while the listener executor still takes deliveries. */
  @Override
  public boolean isActive() {
    return active.get() && !mailbox.isClosed();
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  public String toString() {
    return "Subscription{" + description + (active.get() ? "" : ", inactive") + "}";
  }
}
