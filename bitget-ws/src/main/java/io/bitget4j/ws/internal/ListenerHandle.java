package io.bitget4j.ws.internal;

import io.bitget4j.core.BitgetException;
import io.bitget4j.core.util.Throttle;
import io.bitget4j.ws.Delivery;
import io.bitget4j.ws.StreamListener;
import io.bitget4j.ws.Subscription;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
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
 * <p>{@link #ready()} completes on the listener executor when the channel is acknowledged
 * ({@link #markReady()}), fails there with the error that ends the subscription ({@link #fail}),
 * and is cancelled when the subscription ends without one ({@link #close()}, {@link #terminate()}).
 *
 * @param <T> the type of the values
 */
public final class ListenerHandle<T> implements Subscription {
  private static final Logger logger = LoggerFactory.getLogger(ListenerHandle.class);

  private final String description;
  private final Mailbox<T> mailbox;
  private final Throttle<T> throttle;
  private final Executor listenerExecutor;
  private final Consumer<ListenerHandle<T>> onClose;
  private final AtomicBoolean active = new AtomicBoolean(true);
  private final CompletableFuture<Void> ready = new CompletableFuture<>();

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
    this.listenerExecutor = context.listenerExecutor();
    this.mailbox = new Mailbox<>(description, context.listenerExecutor(), delivery.queueCapacity(),
        listener::onUpdate, error -> {
          active.set(false);
          listener.onError(error);
        }, context.dropped(), context.linger());
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

  /** The server acknowledged the channel: {@link #ready()} completes, unless it is settled already. */
  public void markReady() {
    if (!ready.isDone()) {
      settleReady(() -> ready.complete(null));
    }
  }

  /** Completes {@link #ready()} as {@code upstream} does: for a handle fed by another subscription. */
  public void readyWhen(CompletionStage<?> upstream) {
    upstream.whenComplete((value, error) -> {
      if (error == null) {
        ready.complete(null);
      } else {
        ready.completeExceptionally(error);
      }
    });
  }

  /**
   * Ends the subscription with an error: waiting values are delivered, then
   * {@link StreamListener#onError}, then nothing; {@link #ready()} fails with the error unless it
   * completed before. Does not call {@code onClose}.
   */
  public void fail(BitgetException error) {
    if (active.compareAndSet(true, false)) {
      if (throttle != null) {
        throttle.close();
      }
      mailbox.fail(error);
      settleReady(() -> ready.completeExceptionally(error));
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
      ready.cancel(false);
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
    ready.cancel(false);
  }

  /** Settles {@link #ready()} on the listener executor, so that no dependent action runs on a socket thread. */
  private void settleReady(Runnable settle) {
    try {
      listenerExecutor.execute(settle);
    } catch (RejectedExecutionException e) {
      settle.run();
    }
  }

  /** True until closed, failed or finished, and while the listener executor still takes deliveries. */
  @Override
  public boolean isActive() {
    return active.get() && !mailbox.isClosed();
  }

  @Override
  public CompletableFuture<Void> ready() {
    return ready;
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
