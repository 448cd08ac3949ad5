package io.bitget4j.ws.internal;

import io.bitget4j.core.util.RateLimiter;
import java.time.Duration;
import java.util.ArrayDeque;
import okhttp3.WebSocket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The paced outbox of one connection: frames wait here, in order, until the connection's
 * rolling-window {@link RateLimiter} lets them go, so that no rolling window of {@link #WINDOW}
 * holds more than Bitget's frames per second. Each socket of the connection gets the outbox in
 * turn ({@link #open}); the limiter itself outlives sockets, since a fresh socket right after a lost one is still the same sender to
 * Bitget. Control thread only.
 */
final class Outbox {
  private static final Logger logger = LoggerFactory.getLogger(Outbox.class);
  /**
   * The rolling window of the frames-per-second limit: Bitget's second plus a margin, because
   * Bitget counts frames as they arrive and the network can bunch them up.
   */
  static final Duration WINDOW = Duration.ofMillis(1100);

  /** What the outbox tells its connection. */
  interface Sent {
    /** A {@code ping} went out on {@code socket} at {@code nanos}. */
    void pingSent(WebSocket socket, long nanos);
  }

  private final String name;
  private final Control control;
  private static final String FRAMES = "frames";

  private final RateLimiter window;
  private final Sent sent;
  private final ArrayDeque<String> frames = new ArrayDeque<>();
  private WebSocket socket;
  private Control.Timer drainTimer;

  Outbox(String name, int framesPerSecond, Control control, Sent sent) {
    this.name = name;
    this.control = control;
    this.window = RateLimiter.builder().limit(FRAMES, framesPerSecond, WINDOW).clock(control.clock()).build();
    this.sent = sent;
  }

  /** Starts sending to {@code socket}. */
  void open(WebSocket socket) {
    close();
    this.socket = socket;
  }

  /** Forgets the socket and every frame still waiting. */
  void close() {
    socket = null;
    frames.clear();
    cancelTimer();
  }

  /** Queues a frame; it goes out at once if the window allows. Dropped when no socket is open. */
  void send(String frame) {
    if (socket == null) {
      logger.debug("{} has no socket; dropped {}", name, Frames.redact(frame));
      return;
    }
    frames.addLast(frame);
    drain();
  }

  /** Whether a {@code ping} is still waiting for the window. */
  boolean pingWaiting() {
    return frames.contains(Frames.PING);
  }

  private void drain() {
    if (drainTimer != null) {
      return; // a timed drain is already waiting for the window
    }
    WebSocket ws = socket;
    while (ws != null && !frames.isEmpty()) {
      if (!window.tryAcquire(FRAMES)) {
        drainTimer = control.schedule(() -> {
          drainTimer = null;
          drain();
        }, window.delayUntilAvailable(FRAMES));
        return;
      }
      long now = control.nanoTime();
      String frame = frames.pollFirst();
      if (!ws.send(frame)) {
        logger.debug("{} is closing; dropped {}", name, Frames.redact(frame));
        frames.clear();
        return;
      }
      if (logger.isDebugEnabled()) {
        logger.debug("{} > {}", name, Frames.redact(frame));
      }
      if (Frames.PING.equals(frame)) {
        sent.pingSent(ws, now);
      }
    }
  }

  private void cancelTimer() {
    if (drainTimer != null) {
      drainTimer.cancel();
      drainTimer = null;
    }
  }
}
