package io.bitget4j.rest.internal;

import io.bitget4j.core.BitgetException;
import io.bitget4j.core.BitgetTransportException;
import io.bitget4j.core.ClockSkewException;
import io.bitget4j.core.RateLimitException;
import io.bitget4j.core.util.Backoff;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides whether a failed request is sent again, and after how long. It decides only; the
 * executor does the waiting. Each rule is a guard clause with its reason, which is logged.
 */
public final class RetryPolicy {
  /** The longest server retry hint a call waits for; a longer one ends the call with its 429. */
  public static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(30);

  private final Backoff backoff;

  public RetryPolicy(Backoff backoff) {
    this.backoff = Objects.requireNonNull(backoff, "backoff == null");
  }

  /** A fresh attempt counter for one logical request. */
  public Backoff.Attempts start() {
    return backoff.start();
  }

  /**
   * Decides what to do after {@code failure}.
   *
   * @param endpoint the endpoint that failed
   * @param failure what went wrong
   * @param alreadyResynced whether this request already re-measured the clock once
   * @param attempts this request's attempt counter; consumed only when a backoff retry is chosen
   */
  public Decision decide(Endpoint endpoint, BitgetException failure, boolean alreadyResynced,
      Backoff.Attempts attempts) {
    if (failure instanceof ClockSkewException && !endpoint.signed()) {
      return Decision.giveUp("a clock error on an unsigned request cannot be cured by re-syncing");
    }
    if (failure instanceof ClockSkewException && alreadyResynced) {
      return Decision.giveUp("the timestamp was refused again after re-measuring the server clock");
    }
    if (failure instanceof ClockSkewException) {
      // The exchange refused the timestamp before acting, so even an order may be resent.
      return Decision.resync("the exchange refused the timestamp: re-measure its clock, retry once");
    }
    if (!failure.isRetryable()) {
      return Decision.giveUp("the exchange refused the request; sending it again fails the same way");
    }
    if (!endpoint.idempotent()) {
      return Decision.giveUp("not idempotent: a second attempt could act twice");
    }
    Optional<Duration> delay = attempts.nextDelay();
    if (delay.isEmpty()) {
      return Decision.giveUp("gave up after " + attempts.attempts() + " attempts");
    }
    if (failure instanceof RateLimitException) {
      Optional<Duration> hint = ((RateLimitException) failure).retryAfter();
      if (hint.isPresent() && hint.get().compareTo(MAX_RETRY_AFTER) > 0) {
        return Decision.giveUp("the exchange asked to wait " + hint.get() + ", longer than " + MAX_RETRY_AFTER);
      }
      return Decision.retry(pauseAfter((RateLimitException) failure, attempts), "rate limited by the exchange");
    }
    if (failure instanceof BitgetTransportException) {
      return Decision.retry(delay.get(), "the connection failed before an answer");
    }
    return Decision.retry(delay.get(), "the exchange is busy or in maintenance");
  }

  /**
   * How long the group waits after the exchange's rate-limit refusal, for reads and orders alike:
   * its hint, at most {@link #MAX_RETRY_AFTER}, or else the backoff's ceiling for the attempts so
   * far. Never the jittered delay, which may be near zero while the exchange's window is still full:
   * three such retries could all land inside Bitget's one-second window and fail.
   *
   * @param failure the exchange's refusal
   * @param attempts this request's attempt counter, after {@link Backoff.Attempts#nextDelay()}
   *     recorded the 429
   * @return how long every request of the group waits
   */
  public Duration pauseAfter(RateLimitException failure, Backoff.Attempts attempts) {
    Optional<Duration> hint = failure.retryAfter();
    if (hint.isPresent()) {
      return hint.get().compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : hint.get();
    }
    return backoff.maxDelay(Math.max(0, attempts.attempts() - 1));
  }

  /**
   * Decides whether to repeat a request the exchange refused for the account mode (40084, 40085)
   * once the mode was detected again and found changed. The refusal came before the exchange acted,
   * like a refused timestamp, so even an order may be sent again, once, in the new mode's form (the
   * caller repeats once; a second refusal stands).
   *
   * @param from the mode the refused request was sent for
   * @param to the mode detected since (the same when detection confirmed it, or the mode is configured)
   * @return retry at once when the mode changed, else give up
   */
  public Decision afterAccountModeChange(io.bitget4j.core.AccountMode from, io.bitget4j.core.AccountMode to) {
    if (from == to) {
      return Decision.giveUp("the account mode is configured, or detecting it again confirmed the refused one");
    }
    return Decision.retry(Duration.ZERO, "the exchange refused the " + from + " request before acting and the"
        + " account is " + to + " now: send it once more in the " + to + " form");
  }

  /** What to do next. */
  public static final class Decision {
    private final boolean retry;
    private final boolean resync;
    private final Duration delay;
    private final String reason;

    private Decision(boolean retry, boolean resync, Duration delay, String reason) {
      this.retry = retry;
      this.resync = resync;
      this.delay = delay;
      this.reason = reason;
    }

    static Decision giveUp(String reason) {
      return new Decision(false, false, Duration.ZERO, reason);
    }

    static Decision retry(Duration delay, String reason) {
      return new Decision(true, false, delay, reason);
    }

    static Decision resync(String reason) {
      return new Decision(true, true, Duration.ZERO, reason);
    }

    /** Whether to send the request again. */
    public boolean retry() {
      return retry;
    }

    /** Whether to re-measure the server clock first. */
    public boolean resync() {
      return resync;
    }

    /** How long to wait first. */
    public Duration delay() {
      return delay;
    }

    /** Why, in one line. */
    public String reason() {
      return reason;
    }

    @Override
    public String toString() {
      return (retry ? "retry after " + delay : "give up") + ": " + reason;
    }
  }
}
