package io.bitget4j.testkit;

import io.bitget4j.testkit.internal.Exchange;
import io.bitget4j.testkit.internal.FaultState;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Fault injection for a {@link FakeBitget}, obtained from {@link FakeBitget#faults()}: the
 * failures a client must survive, each armed by a test and consumed as traffic arrives.
 * The WebSocket faults act on the connections of both API versions (V2 and V3), each in its own
 * words. Thread-safe.
 */
public final class Faults {
  private final FaultState state;
  private final Exchange exchange;
  private final ScheduledExecutorService timers;

  Faults(FaultState state, Exchange exchange, ScheduledExecutorService timers) {
    this.state = state;
    this.exchange = exchange;
    this.timers = timers;
  }

  /**
   * Cuts every WebSocket connection at the TCP level, without a close handshake, as a network
   * failure does; clients must notice and reconnect.
   *
   * @return how many connections were cut
   */
  public int dropWebSocketConnections() {
    return exchange.hub().dropAll();
  }

  /**
   * Whether the fake answers the text {@code ping} with {@code pong} (default true).
   *
   * @param reply false to leave pings unanswered
   */
  public void setPingReplies(boolean reply) {
    exchange.hub().setPingReplies(reply);
  }

  /**
   * Sends a truncated JSON frame to every connected WebSocket client, shaped like the start of a
   * push of its endpoint's API version.
   *
   * @return how many clients it was sent to
   */
  public int sendMalformedFrame() {
    return exchange.hub().sendMalformedFrame();
  }

  /**
   * Announces a service upgrade to every connected WebSocket client, as Bitget does up to 60 s
   * before it closes a connection for one: the event {@code {"event":"error","code":"30033",
   * "msg":"service upgrade: ..."}} (V3; on V2 connections {@code "code":30033}, a number, as V2
   * numbers its codes), then, {@code closeAfter} later, a close handshake (1001, "service
   * upgrade") on each connection that got it and is still open. A client should move to a new
   * connection in between (make before break); connections opened after the notice are not
   * closed. The delay runs in real time, not on the fake's clock: it is how long the client has to
   * move. {@link #clear()} calls off closes still pending.
   *
   * @param closeAfter how long after the notice the connections are closed; zero closes them at once
   * @return how many connections got the notice
   */
  public int announceServiceUpgrade(Duration closeAfter) {
    Objects.requireNonNull(closeAfter, "closeAfter == null");
    if (closeAfter.isNegative()) {
      throw new IllegalArgumentException("closeAfter is negative: " + closeAfter);
    }
    return exchange.hub().announceServiceUpgrade(closeAfter, timers);
  }

  /**
   * Loses the next {@code books} update of every simulated market, as a dropped packet would: its
   * subscribers never get it, though the book moved on. On V3 the update after it therefore
   * carries a {@code pseq} that no client saw as a {@code seq} (a sequence gap); on V2 its
   * {@code seq} skips one and the client's book no longer matches the checksum (unless the lost
   * update touched only levels beyond the 25 the checksum covers). Depth snapshots
   * ({@code books1}, {@code books5}...) are not affected. The gap shows at the second market move
   * after this call.
   */
  public void dropNextBookUpdate() {
    exchange.hub().withholdNextBookUpdates();
  }

  /**
   * Resets the V3 book sequences, as Bitget does after a release or restart: every V3
   * {@code books} subscriber gets an unrequested snapshot of the whole book with {@code pseq} 0
   * and a {@code seq} restarted at 1 (lower than before), and updates chain on from there. V2
   * connections are not affected.
   *
   * @return how many V3 {@code books} subscriptions got the snapshot
   */
  public int resetBookSequence() {
    return exchange.hub().resetBookSequences();
  }

  /**
   * Answers the next {@code n} REST calls (any path, before authentication) with
   * {@code httpStatus} and Bitget's envelope carrying {@code bitgetCode}, such as
   * {@code failNextRestCalls(2, 429, "429")} or {@code failNextRestCalls(1, 503, "40200")}.
   * Replaces any failure still armed.
   *
   * @param n how many calls fail
   * @param httpStatus the HTTP status they get
   * @param bitgetCode the Bitget code in their envelope
   */
  public void failNextRestCalls(int n, int httpStatus, String bitgetCode) {
    Objects.requireNonNull(bitgetCode, "bitgetCode == null");
    if (n < 0) {
      throw new IllegalArgumentException("n is negative: " + n);
    }
    if (httpStatus < 100 || httpStatus > 599) {
      throw new IllegalArgumentException("httpStatus must be 100..599: " + httpStatus);
    }
    state.failNext(n, httpStatus, bitgetCode);
  }

  /**
   * Holds back the response head of the next {@code n} REST calls for {@code delay}.
   *
   * @param n how many calls are delayed
   * @param delay how long each waits before its answer
   */
  public void delayNextRestCalls(int n, Duration delay) {
    Objects.requireNonNull(delay, "delay == null");
    if (n < 0 || delay.isNegative()) {
      throw new IllegalArgumentException("n and delay must not be negative: " + n + ", " + delay);
    }
    state.delayNext(n, delay.toMillis());
  }

  /**
   * Makes the next successful order placement ({@code /api/v2/mix/order/place-order} or
   * {@code /api/v3/trade/place-order}, or a conditional order's: V2 {@code place-tpsl-order},
   * {@code place-pos-tpsl}, {@code place-plan-order}, V3 {@code place-strategy-order}) execute,
   * then cuts the connection instead of answering: the order exists, the client sees an
   * {@link java.io.IOException}. This is the case a client resolves by querying the order by its
   * {@code clientOid}.
   */
  public void loseNextOrderResponse() {
    state.loseNextOrderResponse();
  }

  /**
   * Shifts the fake's clock by {@code skew} (positive runs ahead of the configured clock): server
   * time, signature windows and login windows all move, so clients can be tested on 40008 and
   * 30014 recovery. {@link Duration#ZERO} removes the skew.
   *
   * @param skew how far the fake's clock runs ahead (negative: behind)
   */
  public void setClockSkew(Duration skew) {
    Objects.requireNonNull(skew, "skew == null");
    exchange.setClockSkewMillis(skew.toMillis());
  }

  /**
   * Makes the next {@code calls} answers of a unified account's {@code GET /api/v3/account/settings}
   * report {@code accountMode} instead of {@code unified}: {@code upgrading} or {@code switching}
   * (an account in the middle of a switch, which a client should treat as "retry later"), or
   * {@code hybrid}. A classic account still gets 40084. Replaces any report still armed.
   *
   * @param accountMode the {@code accountMode} to report: {@code unified}, {@code hybrid},
   *     {@code upgrading} or {@code switching}
   * @param calls how many settings answers report it; 0 disarms a report still armed
   * @throws IllegalArgumentException when {@code accountMode} is not one of {@code unified},
   *     {@code hybrid}, {@code upgrading}, {@code switching}, or {@code calls} is negative
   */
  public void reportAccountMode(String accountMode, int calls) {
    Objects.requireNonNull(accountMode, "accountMode == null");
    if (!List.of("unified", "hybrid", "upgrading", "switching").contains(accountMode)) {
      throw new IllegalArgumentException("accountMode must be unified, hybrid, upgrading or switching: \""
          + accountMode + "\"");
    }
    if (calls < 0) {
      throw new IllegalArgumentException("calls is negative: " + calls);
    }
    state.reportAccountMode(accountMode, calls);
  }

  /**
   * Disarms pending REST failures, delays, the lost order response, account-mode reports and a
   * book update still to be dropped, calls off the closes of an announced service upgrade, and
   * restores ping replies.
   */
  public void clear() {
    state.clear();
    exchange.hub().clearFaults();
  }
}
