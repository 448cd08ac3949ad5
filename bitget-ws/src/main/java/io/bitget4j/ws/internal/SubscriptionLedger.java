package io.bitget4j.ws.internal;

import io.bitget4j.core.util.RateLimiter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What one connection should have subscribed on the server, what it has, and what it still has to
 * send, together with Bitget's budget of subscribe requests per connection.
 *
 * <ul>
 *   <li>{@link #channels()}: the channels assigned to the connection;
 *   <li>subscribed: the channels subscribed in the current session (a lost socket forgets them);
 *   <li>pending: subscribes and unsubscribes not yet sent, sent in batches by {@link #flush}.
 * </ul>
 *
 * <p>The subscribe budget: Bitget allows {@link #budget()} subscribe requests (frames, of up to
 * {@code maxArgsPerFrame} channels each) per connection per hour. Every subscribe frame draws on a
 * rolling window of {@link #BUDGET_WINDOW}, resubscribes after a reconnect included, and the budget
 * follows the connection across its sockets, so that a reconnect storm cannot spend more than it.
 * {@link #flush} never sends a subscribe the window has no room for; what waits goes out when the
 * window frees up. A connection takes a new channel only while its budget keeps enough for one
 * full resubscribe afterwards ({@link #canTake}).
 *
 * <p>Control thread only, except {@link #subscribeRequestsInWindow}, which any thread may read.
 */
final class SubscriptionLedger {
  /** Bitget's hour plus a margin for frames that wait in the outbox after they are counted. */
  static final Duration BUDGET_WINDOW = Duration.ofMinutes(61);
  /** Bytes of {@code {"op":"unsubscribe","args":[]}} and some slack. */
  private static final int FRAME_OVERHEAD = 40;

  private static final String SUBSCRIBES = "subscribes";

  private final Grammar grammar;
  private final int maxArgsPerFrame;
  private final int maxFrameBytes;
  private final int budgetPermits;
  private final RateLimiter budget;
  private final Set<ChannelArg> channels = new LinkedHashSet<>();
  private final Set<ChannelArg> subscribed = new LinkedHashSet<>();
  private final Set<ChannelArg> toSubscribe = new LinkedHashSet<>();
  private final Set<ChannelArg> toUnsubscribe = new LinkedHashSet<>();
  private volatile int size;

  /**
   * Creates an empty ledger.
   *
   * @param grammar writes the arguments of the connection's API version
   * @param clock the control loop's clock, on which the subscribe budget's window rolls
   */
  SubscriptionLedger(Grammar grammar, int maxArgsPerFrame, int maxFrameBytes, int subscribeRequestsPerHour,
      Clock clock) {
    this.grammar = grammar;
    this.maxArgsPerFrame = maxArgsPerFrame;
    this.maxFrameBytes = maxFrameBytes;
    this.budgetPermits = subscribeRequestsPerHour;
    this.budget = RateLimiter.builder().limit(SUBSCRIBES, subscribeRequestsPerHour, BUDGET_WINDOW).clock(clock)
        .build();
  }

  /** The frames to send now, and how long until the subscribes that wait for the budget may go. */
  record Flush(List<String> frames, long waitNanos) {
  }

  /** Subscribe requests allowed per window. */
  int budget() {
    return budgetPermits;
  }

  /** The channels assigned, in the order they were added. */
  List<ChannelArg> channels() {
    return new ArrayList<>(channels);
  }

  /** How many channels are assigned; any thread. */
  int size() {
    return size;
  }

  boolean isEmpty() {
    return channels.isEmpty();
  }

  boolean contains(ChannelArg arg) {
    return channels.contains(arg);
  }

  /**
   * Assigns a channel. In a live session it is subscribed afresh, so that the server sends a new
   * snapshot: a channel removed and added again before its unsubscribe went out is unsubscribed
   * and subscribed again, since its new handler (an order book, say) has no state and would
   * otherwise wait for a snapshot that never comes.
   *
   * @param live whether a session is ready to subscribe
   * @return whether the channel was new
   */
  boolean add(ChannelArg arg, boolean live) {
    if (!channels.add(arg)) {
      return false;
    }
    size = channels.size();
    if (live && (toUnsubscribe.contains(arg) || !subscribed.contains(arg))) {
      toSubscribe.add(arg);
    }
    return true;
  }

  /**
   * Removes a channel.
   *
   * @param unsubscribe whether to unsubscribe it on the server; false when the server refused it
   * @return whether it was assigned
   */
  boolean remove(ChannelArg arg, boolean unsubscribe) {
    if (!channels.remove(arg)) {
      return false;
    }
    size = channels.size();
    if (toSubscribe.remove(arg) && !subscribed.contains(arg)) {
      return true; // never sent
    }
    if (unsubscribe && subscribed.contains(arg)) {
      toUnsubscribe.add(arg);
    } else {
      subscribed.remove(arg);
    }
    return true;
  }

  /** Subscribes a live channel again (unsubscribe, then subscribe), for a book that lost its sync. */
  boolean resubscribe(ChannelArg arg) {
    if (!channels.contains(arg) || !subscribed.contains(arg)) {
      return false; // a new session subscribes it anyway
    }
    toUnsubscribe.add(arg);
    toSubscribe.add(arg);
    return true;
  }

  /** The server refused a channel: it is not subscribed. */
  void refused(ChannelArg arg) {
    subscribed.remove(arg);
  }

  /** A session became ready: every channel is to be subscribed. */
  void sessionStarted() {
    toUnsubscribe.clear();
    toSubscribe.clear();
    subscribed.clear();
    toSubscribe.addAll(channels);
  }

  /** The socket was lost: the server has forgotten every subscription. */
  void sessionLost() {
    subscribed.clear();
    toSubscribe.clear();
    toUnsubscribe.clear();
  }

  /**
   * The frames to send now: unsubscribes first, then the subscribes the budget has room for, in
   * batches; the rest stays pending.
   */
  Flush flush() {
    List<String> frames = new ArrayList<>();
    if (!toUnsubscribe.isEmpty()) {
      for (List<ChannelArg> batch : batches(grammar, toUnsubscribe, maxArgsPerFrame, maxFrameBytes)) {
        frames.add(Frames.unsubscribe(grammar, batch));
        batch.forEach(subscribed::remove);
      }
      toUnsubscribe.clear();
    }
    long waitNanos = 0;
    if (!toSubscribe.isEmpty()) {
      for (List<ChannelArg> batch : batches(grammar, toSubscribe, maxArgsPerFrame, maxFrameBytes)) {
        if (!budget.tryAcquire(SUBSCRIBES)) {
          waitNanos = Math.max(1, budget.delayUntilAvailable(SUBSCRIBES).toNanos());
          break;
        }
        frames.add(Frames.subscribe(grammar, batch));
        subscribed.addAll(batch);
        batch.forEach(toSubscribe::remove);
      }
    }
    return new Flush(frames, waitNanos);
  }

  /** Whether subscribes wait to be sent. */
  boolean hasPending() {
    return !toSubscribe.isEmpty() || !toUnsubscribe.isEmpty();
  }

  /**
   * Whether the connection can take one more channel: the budget has room for its subscribe and,
   * after it, for one full resubscribe of every channel.
   */
  boolean canTake() {
    return budget.availablePermits(SUBSCRIBES) >= 1 + framesFor(channels.size() + 1);
  }

  /** How long from now until the budget has room to subscribe every channel again. */
  long resubscribeWaitNanos() {
    int frames = Math.min(framesFor(channels.size()), budgetPermits);
    return frames == 0 ? 0 : budget.delayUntilAvailable(SUBSCRIBES, frames).toNanos();
  }

  /** Subscribe requests sent within the budget window that ends now; any thread. */
  int subscribeRequestsInWindow() {
    return budgetPermits - budget.availablePermits(SUBSCRIBES);
  }

  private int framesFor(int channelCount) {
    return (channelCount + maxArgsPerFrame - 1) / maxArgsPerFrame;
  }

  /**
   * Splits channel arguments into frames of at most {@code maxArgs} arguments and about
   * {@code maxBytes} bytes, keeping their order.
   */
  static List<List<ChannelArg>> batches(Grammar grammar, Collection<ChannelArg> args, int maxArgs, int maxBytes) {
    List<List<ChannelArg>> batches = new ArrayList<>();
    List<ChannelArg> batch = new ArrayList<>();
    int bytes = FRAME_OVERHEAD;
    for (ChannelArg arg : args) {
      int argBytes = grammar.toJson(arg).getBytes(StandardCharsets.UTF_8).length + 1;
      if (!batch.isEmpty() && (batch.size() >= maxArgs || bytes + argBytes > maxBytes)) {
        batches.add(batch);
        batch = new ArrayList<>();
        bytes = FRAME_OVERHEAD;
      }
      batch.add(arg);
      bytes += argBytes;
    }
    if (!batch.isEmpty()) {
      batches.add(batch);
    }
    return batches;
  }
}
