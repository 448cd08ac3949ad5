package io.bitget4j.ws.internal;

import io.bitget4j.core.AuthenticationException;
import io.bitget4j.core.BitgetApiException;
import io.bitget4j.core.BitgetDecodingException;
import io.bitget4j.core.BitgetException;
import io.bitget4j.core.BitgetTransportException;
import io.bitget4j.core.ClockSkewException;
import io.bitget4j.core.Credentials;
import io.bitget4j.core.RequestSigner;
import io.bitget4j.core.internal.json.JsonDecoder;
import io.bitget4j.core.internal.json.StreamArg;
import io.bitget4j.core.internal.json.StreamFrame;
import io.bitget4j.core.util.Backoff;
import io.bitget4j.ws.ConnectionState;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import okio.ByteString;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One logical stream connection and its session state machine: it opens a socket, logs in
 * (private connections), keeps the socket alive with {@code ping}, notices a dead socket,
 * reconnects with backoff, closes itself when it has had no channel for
 * {@link StreamConfig#idleTimeout()} and asks its owner to move it to a new connection before
 * Bitget's forced close ({@link StreamConfig#maxConnectionAge()}). What it keeps subscribed is its
 * {@link SubscriptionLedger}; what it sends goes through its paced {@link Outbox}.
 *
 * <p>States: {@code IDLE} (no socket: not opened yet, or closed for idleness; the next channel
 * opens it), {@code CONNECTING}, {@code CONNECTED} (open; a private connection logs in),
 * {@code AUTHENTICATED}, {@code RECONNECTING} (lost, waiting for the backoff or the subscribe
 * budget), {@code CLOSED} (for good: closed, gave up, or moved out).
 *
 * <p>Threading: everything but the socket callbacks runs on the client's {@link Control} loop, so
 * the connection's state needs no locks. Socket callbacks post to the loop, except pushes and
 * subscribe acks, which go to {@link Events#push} and {@link Events#acknowledged} on the socket's
 * reader thread, in the order they arrived. Each socket is one session; callbacks of a socket that
 * is no longer current are ignored, and every timer checks the socket it was started for.
 */
public final class WsConnection {
  private static final Logger logger = LoggerFactory.getLogger(WsConnection.class);
  /** Bitget's notice that it is about to close the connection for a service upgrade. */
  static final String SERVICE_UPGRADE = "30033";

  /**
   * What a connection tells its owner. All on the control loop, except {@link #push},
   * {@link #acknowledged}, {@link #socketFinished} and {@link #decoderFor}, which run on a socket's
   * reader thread.
   */
  public interface Events {
    /**
     * The decoder of the data of a push with {@code arg} on {@code connection}, or empty to keep the
     * data raw; reader thread, fast, never throws (see {@link StreamFrame.Router}).
     */
    Optional<? extends JsonDecoder<?>> decoderFor(WsConnection connection, StreamArg arg);

    /** The connection changed state; {@code error} is null unless a failure caused it. */
    void stateChanged(WsConnection connection, ConnectionState previous, ConnectionState current,
        BitgetException error);

    /** A push arrived; reader thread. */
    void push(WsConnection connection, StreamFrame frame);

    /** Bitget acknowledged a subscribe; reader thread, before any push of the channel that follows. */
    void acknowledged(WsConnection connection, ChannelArg arg);

    /** The server refused one channel with an error event. */
    void channelFailed(WsConnection connection, ChannelArg arg, BitgetApiException error);

    /**
     * The socket was lost, or closed after a move ({@link WsConnection#closeWhenDrained}); server
     * subscriptions are gone until the next session.
     */
    void sessionLost(WsConnection connection);

    /** The connection gave up for good; its channels will get nothing more. */
    void terminated(WsConnection connection, BitgetException error);

    /** A failure worth showing in the health figures; any thread. */
    void errorObserved(BitgetException error);

    /**
     * The connection is back: it had been ready (open, and logged in for a private connection),
     * was lost, and is ready again. Failed attempts in between are not reported.
     */
    void reconnected(WsConnection connection);

    /**
     * The connection should be replaced by a new one, make before break (see
     * {@link #requestMove}); the owner decides.
     */
    void moveRequested(WsConnection connection, String reason);

    /** One of the connection's sockets finished closing; any thread. */
    void socketFinished(WsConnection connection);
  }

  private final String name;
  private final String url;
  private final String path;
  private final Grammar grammar;
  private final boolean privateConnection;
  private final StreamConfig config;
  private final Control control;
  private final Executor blockingExecutor;
  private final Events events;
  private final SubscriptionLedger ledger;
  private final Outbox outbox;
  private final Backoff.Attempts attempts;
  private final RequestSigner signer;
  private final Credentials credentials;
  /** Picks each push's decoder as the frame is read, knowing this connection's grammar. */
  private final StreamFrame.Router router;

  // Confined to the control loop.
  private boolean loginPending;
  private boolean clockSkewRetried;
  private boolean everReady;
  private boolean flushScheduled;
  private Control.Timer heartbeatTimer = Control.Timer.NONE;
  private Control.Timer loginTimer = Control.Timer.NONE;
  private Control.Timer reconnectTimer = Control.Timer.NONE;
  private Control.Timer budgetTimer = Control.Timer.NONE;
  private Control.Timer idleTimer = Control.Timer.NONE;
  private Control.Timer ageTimer = Control.Timer.NONE;
  private Control.Timer drainTimer = Control.Timer.NONE;
  /** Pings sent and pongs read in the current session. */
  private long pingsSent;
  private long pongsRead;
  /** The number of the ping whose pong ends {@link #closeWhenDrained}; 0 when not draining. */
  private long drainPing;

  // Read from any thread.
  private volatile WebSocket socket;
  private volatile ConnectionState state = ConnectionState.IDLE;
  private volatile boolean stopped;
  private volatile boolean retiring;
  private volatile BitgetException failure;
  private volatile boolean heardThisSession;
  private volatile long lastMessageNanos;
  private volatile boolean everHeard;
  private final Set<WebSocket> openSockets = ConcurrentHashMap.newKeySet();

  /**
   * Creates an idle connection; it opens its socket when the first channel is added.
   *
   * @param endpoint the URL and the API version's grammar
   * @param control the client's control loop
   * @param blockingExecutor runs blocking work such as measuring the clock offset
   */
  public WsConnection(String name, boolean privateConnection, Endpoints.Endpoint endpoint, StreamConfig config,
      Control control, Executor blockingExecutor, Events events) {
    this.name = name;
    this.privateConnection = privateConnection;
    this.url = endpoint.url();
    this.grammar = endpoint.grammar();
    this.path = pathOf(url);
    this.config = config;
    this.control = control;
    this.blockingExecutor = blockingExecutor;
    this.events = events;
    this.router = arg -> events.decoderFor(this, arg);
    this.ledger = new SubscriptionLedger(grammar, config.maxArgsPerFrame(), config.maxFrameBytes(),
        config.subscribeRequestsPerHour(), control.clock());
    this.outbox = new Outbox(name, config.messagesPerSecond(), control, this::pingSent);
    this.attempts = config.backoff().start();
    if (privateConnection) {
      this.credentials = config.credentials().orElseThrow(
          () -> new IllegalStateException("a private connection needs credentials"));
      this.signer = config.signer().orElseThrow(
          () -> new IllegalStateException("a private connection needs a signer"));
    } else {
      this.credentials = null;
      this.signer = null;
    }
  }

  private static String pathOf(String url) {
    String path = URI.create(url).getRawPath();
    return path == null || path.isEmpty() ? "/" : path;
  }

  /** The connection's name, such as {@code public-1}. */
  public String name() {
    return name;
  }

  /** The URL this connection opens. */
  public String url() {
    return url;
  }

  /** The grammar of the API version this connection speaks. */
  public Grammar grammar() {
    return grammar;
  }

  /** Whether this connection carries private channels. */
  public boolean isPrivate() {
    return privateConnection;
  }

  /** The current state; readable from any thread. */
  public ConnectionState state() {
    return state;
  }

  /** Whether the connection was closed, gave up or moved out. */
  public boolean isStopped() {
    return stopped;
  }

  /** Whether the connection is being replaced by another one and takes no new channel. */
  public boolean isRetiring() {
    return retiring;
  }

  /** Why the connection gave up for good; empty while it runs and after a {@link #close()}. */
  public Optional<BitgetException> failure() {
    return Optional.ofNullable(failure);
  }

  /** How many channels are assigned to this connection; readable from any thread. */
  public int channelCount() {
    return ledger.size();
  }

  /** The time source's reading of the last frame received, empty before the first. */
  public Optional<Long> lastMessageNanos() {
    return everHeard ? Optional.of(lastMessageNanos) : Optional.empty();
  }

  /** Subscribe requests sent in the last hour (Bitget allows 240 per connection); any thread. */
  public int subscribeRequestsLastHour() {
    return ledger.subscribeRequestsInWindow();
  }

  /** The channels assigned to this connection. Control loop. */
  public List<ChannelArg> channels() {
    return ledger.channels();
  }

  /**
   * Whether the connection can take another channel: it runs, is not moving out, has room under
   * {@link StreamConfig#maxChannelsPerConnection()}, and its subscribe budget keeps enough for a
   * full resubscribe afterwards. Control loop.
   */
  public boolean canTakeChannel() {
    return !stopped && !retiring && ledger.size() < config.maxChannelsPerConnection()
        && ledger.canTake();
  }

  // ---------------------------------------------------------------- channels (control loop)

  /** Assigns a channel; opens the socket if the connection is idle, subscribes when ready. */
  public void addChannel(ChannelArg arg) {
    if (stopped || !ledger.add(arg, isReady())) {
      return;
    }
    idleTimer.cancel();
    if (state == ConnectionState.IDLE) {
      setState(ConnectionState.CONNECTING, null);
      connect();
      return;
    }
    scheduleFlush();
  }

  /**
   * Removes a channel; the connection closes after {@link StreamConfig#idleTimeout()} without one.
   *
   * @param unsubscribe whether to unsubscribe it on the server; false when the server refused it
   */
  public void removeChannel(ChannelArg arg, boolean unsubscribe) {
    if (!ledger.remove(arg, unsubscribe)) {
      return;
    }
    scheduleFlush();
    if (ledger.isEmpty() && !stopped && !retiring && socket != null) {
      WebSocket ws = socket;
      idleTimer.cancel();
      idleTimer = control.schedule(() -> idleTimedOut(ws), config.idleTimeout());
    }
  }

  /** Subscribes a channel again (unsubscribe, subscribe), for a book that lost its sync. */
  public void resync(ChannelArg arg) {
    if (isReady() && ledger.resubscribe(arg)) {
      logger.info("Subscribing {} again on {} to get a fresh snapshot", grammar.describe(arg), name);
      scheduleFlush();
    }
  }

  private boolean isReady() {
    return socket != null
        && state == (privateConnection ? ConnectionState.AUTHENTICATED : ConnectionState.CONNECTED);
  }

  private void scheduleFlush() {
    if (!flushScheduled) {
      flushScheduled = true;
      // Runs after the tasks already queued, so a burst of subscriptions shares frames.
      control.execute(this::flush);
    }
  }

  private void flush() {
    flushScheduled = false;
    if (!isReady()) {
      return; // the next session subscribes every channel
    }
    budgetTimer.cancel();
    SubscriptionLedger.Flush flush = ledger.flush();
    flush.frames().forEach(outbox::send);
    if (flush.waitNanos() > 0) {
      logger.warn("{} has used its {} subscribe requests of the last hour; the next subscribe waits {} s",
          name, ledger.budget(), Duration.ofNanos(flush.waitNanos()).toSeconds());
      WebSocket ws = socket;
      budgetTimer = control.schedule(() -> {
        if (ws == socket) {
          flush();
        }
      }, flush.waitNanos());
    }
  }

  // ---------------------------------------------------------------- moving (control loop)

  /**
   * Asks the owner to replace this connection by a new one, make before break: the new one opens,
   * logs in and subscribes every channel, each channel's pushes switch over when the new
   * connection's subscribe is acknowledged, and this one closes when none is left on it and it
   * has been read to the end ({@link #closeWhenDrained}). For Bitget's forced close after about
   * 24 hours (requested here when the session reaches
   * {@link StreamConfig#maxConnectionAge()}) and for a server notice that the connection will be
   * closed, such as code 30033 ("service upgrade", handled here too). Any thread.
   */
  public void requestMove(String reason) {
    control.execute(() -> {
      if (!stopped && !retiring) {
        events.moveRequested(this, reason);
      }
    });
  }

  /**
   * Marks the connection as moving out: it takes no new channel, keeps delivering until its owner
   * closes it, and closes for good instead of reconnecting if its socket is lost meanwhile.
   */
  public void retire() {
    retiring = true;
    ageTimer.cancel();
    idleTimer.cancel();
  }

  /**
   * Closes a connection that moved out once every push the server sent on it so far has been read
   * and delivered: Bitget answers {@code ping} with {@code pong} in order on the same socket, so
   * when the pong of a ping sent from now on is read, nothing sent before it is left unread. If no
   * pong comes within {@link StreamConfig#pongTimeout()} of that ping, it closes then. A connection
   * without a ready session closes at once. Tells the owner {@link Events#sessionLost} once closed.
   */
  public void closeWhenDrained() {
    if (stopped || drainPing != 0) {
      return;
    }
    if (!isReady()) {
      closeDrained("it has no session to read to the end");
      return;
    }
    drainPing = pingsSent + 1; // the next ping to go out: the one queued, or one queued now
    if (!outbox.pingWaiting()) {
      outbox.send(Frames.PING);
    }
  }

  private void ponged(WebSocket ws) {
    if (ws != socket) {
      return;
    }
    pongsRead++;
    if (drainPing != 0 && pongsRead >= drainPing) {
      closeDrained("its last pushes were read");
    }
  }

  private void drainTimedOut(WebSocket ws) {
    if (ws == socket && !stopped) {
      closeDrained("no pong came within " + config.pongTimeout());
    }
  }

  private void closeDrained(String why) {
    logger.info("Stream connection {} handed its channels over; closing it: {}", name, why);
    close();
    events.sessionLost(this);
  }

  // ---------------------------------------------------------------- lifecycle (control loop)

  private void connect() {
    heardThisSession = false;
    Request request = new Request.Builder().url(url).build();
    logger.debug("Opening stream connection {} to {}", name, url);
    WebSocket ws = config.sockets().newWebSocket(request, new SocketListener());
    openSockets.add(ws);
    socket = ws;
  }

  private void opened(WebSocket ws) {
    if (ws != socket) {
      return;
    }
    lastMessageNanos = control.nanoTime();
    outbox.open(ws);
    pingsSent = 0;
    pongsRead = 0;
    heartbeatTimer = control.every(() -> ping(ws), config.pingInterval());
    if (!retiring) {
      ageTimer = control.schedule(() -> tooOld(ws), config.maxConnectionAge());
    }
    if (privateConnection) {
      setState(ConnectionState.CONNECTED, null);
      login();
    } else {
      countReconnect();
      setState(ConnectionState.CONNECTED, null);
      sessionReady();
    }
  }

  private void sessionReady() {
    ledger.sessionStarted();
    flush();
    if (ledger.isEmpty() && !retiring) {
      WebSocket ws = socket;
      idleTimer.cancel();
      idleTimer = control.schedule(() -> idleTimedOut(ws), config.idleTimeout());
    }
  }

  /** Counts a reconnect when a session becomes ready after an earlier one had been ready. */
  private void countReconnect() {
    if (everReady) {
      events.reconnected(this);
    }
    everReady = true;
  }

  private void login() {
    long timestampSeconds = Math.floorDiv(config.clockOffset().serverMillis(), 1000L);
    String sign = signer.signLogin(timestampSeconds);
    loginPending = true;
    outbox.send(Frames.login(credentials.apiKey(), credentials.passphrase(), timestampSeconds, sign));
    WebSocket ws = socket;
    loginTimer = control.schedule(() -> loginTimedOut(ws), config.loginTimeout());
  }

  private void loginTimedOut(WebSocket ws) {
    if (ws != socket || !loginPending) {
      return;
    }
    logger.warn("Bitget did not answer the login on {} within {}; reconnecting", name, config.loginTimeout());
    ws.cancel();
    lost(ws, new SocketTimeoutException("no answer to the login within " + config.loginTimeout()));
  }

  private void onEvent(WebSocket ws, StreamFrame frame) {
    if (ws != socket) {
      return;
    }
    String event = frame.event().orElse("");
    if (SERVICE_UPGRADE.equals(frame.code().orElse(""))) {
      serviceUpgrade(frame);
      return;
    }
    switch (event) {
      case "login":
        if (isZero(frame.code())) {
          loggedIn();
        } else {
          loginRefused(apiError(frame, "login"));
        }
        break;
      case "subscribe":
      case "unsubscribe":
        logger.debug("{} acknowledged {} {}", name, event, frame.arg().map(Object::toString).orElse(""));
        break;
      case "error":
        Optional<ChannelArg> refused = frame.arg().flatMap(grammar::argOf);
        if (loginPending) {
          loginRefused(apiError(frame, "login"));
        } else if (refused.isPresent()) {
          ChannelArg arg = refused.get();
          BitgetApiException error = apiError(frame, grammar.describe(arg));
          events.errorObserved(error);
          ledger.refused(arg);
          events.channelFailed(this, arg, error);
        } else {
          BitgetApiException error = apiError(frame, name);
          logger.warn("Bitget reported an error on {}: {}", name, error.getMessage());
          events.errorObserved(error);
        }
        break;
      default:
        logger.debug("Skipping event {} on {}", event, name);
    }
  }

  /**
   * Bitget announced a service upgrade (code 30033), which closes the connection within about a
   * minute: the channels move to a new connection first, make before break.
   */
  private void serviceUpgrade(StreamFrame frame) {
    logger.info("Bitget announced a service upgrade on {} (code {}: {}); moving its channels to a new connection"
        + " before it closes", name, SERVICE_UPGRADE, frame.message().orElse(""));
    if (!stopped && !retiring) {
      events.moveRequested(this, "service upgrade (" + SERVICE_UPGRADE + ")");
    }
  }

  private static boolean isZero(Optional<String> code) {
    if (code.isEmpty()) {
      return false;
    }
    try {
      return Long.parseLong(code.get().trim()) == 0;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static BitgetApiException apiError(StreamFrame frame, String path) {
    return BitgetApiException.of(frame.code().orElse("unknown"), frame.message().orElse(""), 0, "WS", path);
  }

  private void loggedIn() {
    loginTimer.cancel();
    loginPending = false;
    clockSkewRetried = false;
    countReconnect();
    setState(ConnectionState.AUTHENTICATED, null);
    sessionReady();
  }

  private void loginRefused(BitgetApiException error) {
    loginTimer.cancel();
    loginPending = false;
    events.errorObserved(error);
    if (error instanceof ClockSkewException && !clockSkewRetried && config.clockOffset().canMeasure()) {
      clockSkewRetried = true;
      logger.warn("Bitget refused the login on {} for clock skew ({}); measuring the clock offset"
          + " and logging in again", name, error.getMessage());
      WebSocket ws = socket;
      dropSession();
      ws.close(1000, "re-syncing clock");
      events.sessionLost(this);
      setState(ConnectionState.RECONNECTING, error);
      try {
        blockingExecutor.execute(() -> {
          config.clockOffset().measure();
          control.execute(this::reopen);
        });
      } catch (RejectedExecutionException e) {
        terminate(error);
      }
      return;
    }
    if (!(error instanceof AuthenticationException) && error.isRetryable()) {
      logger.warn("Bitget refused the login on {} for now ({}); reconnecting", name, error.getMessage());
      WebSocket ws = socket;
      ws.close(1000, "login refused");
      lost(ws, error);
      return;
    }
    logger.error("Bitget refused the login on {}: {}", name, error.getMessage());
    terminate(error);
  }

  /** Queues a ping unless one is still waiting for the send window; the pong timer starts when it goes out. */
  private void ping(WebSocket ws) {
    if (ws == socket && !outbox.pingWaiting()) {
      outbox.send(Frames.PING);
    }
  }

  private void pingSent(WebSocket ws, long sentNanos) {
    if (ws == socket && ++pingsSent == drainPing) {
      drainTimer = control.schedule(() -> drainTimedOut(ws), config.pongTimeout());
    }
    control.schedule(() -> checkPong(ws, sentNanos), config.pongTimeout());
  }

  private void checkPong(WebSocket ws, long sentNanos) {
    if (ws != socket || lastMessageNanos - sentNanos >= 0) {
      return;
    }
    logger.warn("No pong or other frame on {} within {} of a ping; the connection is dead,"
        + " reconnecting", name, config.pongTimeout());
    ws.cancel();
    lost(ws, new SocketTimeoutException("no pong within " + config.pongTimeout() + " of a ping"));
  }

  private void idleTimedOut(WebSocket ws) {
    if (ws != socket || !ledger.isEmpty() || stopped || retiring) {
      return;
    }
    logger.info("Closing stream connection {}: no channel for {}; the next subscription opens it again",
        name, config.idleTimeout());
    dropSession();
    ws.close(1000, "idle");
    everReady = false; // opening it again is not a reconnect
    setState(ConnectionState.IDLE, null);
  }

  private void tooOld(WebSocket ws) {
    if (ws != socket || stopped || retiring) {
      return;
    }
    if (ledger.isEmpty()) {
      idleTimedOut(ws);
      return;
    }
    logger.info("Stream connection {} is {} old; moving its channels to a new connection before Bitget"
        + " closes it", name, config.maxConnectionAge());
    events.moveRequested(this, "connection age " + config.maxConnectionAge());
  }

  private void lost(WebSocket ws, Throwable cause) {
    if (ws != socket) {
      return;
    }
    dropSession();
    if (stopped) {
      return;
    }
    BitgetException error = cause instanceof BitgetException ? (BitgetException) cause
        : BitgetTransportException.of("WS", path, asIo(cause));
    if (retiring) {
      logger.info("Stream connection {} closed while its channels move to a new one: {}", name, cause.toString());
      events.sessionLost(this);
      stopped = true;
      setState(ConnectionState.CLOSED, null);
      return;
    }
    if (ledger.isEmpty()) {
      logger.info("Stream connection {} lost without channels ({}); it opens again with the next one",
          name, cause.toString());
      everReady = false;
      setState(ConnectionState.IDLE, null);
      return;
    }
    events.errorObserved(error);
    logger.warn("Stream connection {} lost: {}", name, cause.toString());
    events.sessionLost(this);
    Optional<Duration> backoff = attempts.nextDelay();
    if (backoff.isEmpty()) {
      BitgetTransportException gaveUp = BitgetTransportException.of("WS", path, new IOException(
          "gave up reconnecting after " + attempts.attempts() + " attempts; last failure: " + cause, cause));
      logger.error("Stream connection {} {}", name, gaveUp.getCause().getMessage());
      terminate(gaveUp);
      return;
    }
    long delayNanos = backoff.get().toNanos();
    long budgetNanos = ledger.resubscribeWaitNanos();
    if (budgetNanos > delayNanos) {
      logger.warn("Stream connection {} has used its {} subscribe requests of the last hour; reconnecting in"
          + " {} s, when it can subscribe its {} channels again", name, ledger.budget(),
          Duration.ofNanos(budgetNanos).toSeconds(), ledger.size());
      delayNanos = budgetNanos;
    } else {
      logger.info("Reconnecting {} in {} ms", name, Duration.ofNanos(delayNanos).toMillis());
    }
    setState(ConnectionState.RECONNECTING, error);
    reconnectTimer = control.schedule(this::reopen, delayNanos);
  }

  private static String abbreviate(String text) {
    return text.length() <= 200 ? text : text.substring(0, 200) + "...(" + text.length() + " chars)";
  }

  private static IOException asIo(Throwable cause) {
    return cause instanceof IOException ? (IOException) cause : new IOException(cause.toString(), cause);
  }

  private void reopen() {
    if (stopped || socket != null) {
      return;
    }
    if (ledger.isEmpty()) {
      everReady = false; // its channels left while it waited: it opens again with the next one
      setState(ConnectionState.IDLE, null);
      return;
    }
    connect();
  }

  /** Forgets the current socket and everything tied to its session. */
  private void dropSession() {
    socket = null;
    loginPending = false;
    heartbeatTimer.cancel();
    loginTimer.cancel();
    budgetTimer.cancel();
    idleTimer.cancel();
    ageTimer.cancel();
    drainTimer.cancel();
    outbox.close();
    ledger.sessionLost();
  }

  private void terminate(BitgetException error) {
    if (stopped) {
      return;
    }
    failure = error;
    stopped = true;
    reconnectTimer.cancel();
    WebSocket ws = socket;
    dropSession();
    if (ws != null) {
      ws.close(1000, "giving up");
    }
    setState(ConnectionState.CLOSED, error);
    events.terminated(this, error);
  }

  /** Closes the connection for good (the user closed the client, or it moved out); no reconnect follows. */
  public void close() {
    if (stopped) {
      return;
    }
    stopped = true;
    reconnectTimer.cancel();
    WebSocket ws = socket;
    dropSession();
    if (ws != null) {
      ws.close(1000, "client closed");
    }
    setState(ConnectionState.CLOSED, null);
  }

  /** Whether every socket this connection opened has finished closing; any thread. */
  public boolean socketsClosed() {
    return openSockets.isEmpty();
  }

  /** Cancels the sockets that have not finished closing; any thread. */
  public void cancelOpenSockets() {
    for (WebSocket ws : openSockets) {
      ws.cancel();
      openSockets.remove(ws);
    }
  }

  private void setState(ConnectionState next, BitgetException error) {
    ConnectionState previous = state;
    if (previous == next && error == null) {
      return;
    }
    state = next;
    events.stateChanged(this, previous, next, error);
  }

  @Override
  public String toString() {
    return "WsConnection{" + name + ", " + state + ", channels=" + ledger.size() + "}";
  }

  /** The socket's callbacks; they run on OkHttp's threads. */
  private final class SocketListener extends WebSocketListener {
    @Override
    public void onOpen(WebSocket ws, Response response) {
      control.execute(() -> opened(ws));
    }

    @Override
    public void onMessage(WebSocket ws, String text) {
      if (ws != socket) {
        return;
      }
      lastMessageNanos = control.nanoTime();
      everHeard = true;
      if (!heardThisSession) {
        heardThisSession = true;
        attempts.reset();
      }
      if (Frames.PONG.equals(text)) {
        control.execute(() -> ponged(ws)); // after the pushes read before it were delivered
        return;
      }
      StreamFrame frame;
      try {
        frame = config.json().decodePush(text, router);
      } catch (BitgetDecodingException e) {
        logger.warn("Skipping a malformed frame on {}: {}", name, e.getMessage());
        return;
      }
      switch (frame.kind()) {
        case EVENT:
          if ("subscribe".equals(frame.event().orElse("")) && frame.arg().isPresent()) {
            // Here rather than on the control loop, so that it comes before the channel's pushes.
            Optional<ChannelArg> acked = grammar.argOf(frame.arg().get());
            if (acked.isPresent()) {
              events.acknowledged(WsConnection.this, acked.get());
            }
          }
          control.execute(() -> onEvent(ws, frame));
          break;
        case PUSH:
          if (frame.arg().isEmpty()) {
            logger.debug("Skipping a push without arg on {}: {}", name, frame);
            break;
          }
          try {
            events.push(WsConnection.this, frame);
          } catch (RuntimeException e) {
            logger.warn("Skipping a push on {} that could not be handled: {}", name, frame, e);
          }
          break;
        case PONG:
          control.execute(() -> ponged(ws));
          break;
        default:
          logger.debug("Skipping a frame that is neither event nor push on {}: {}", name, abbreviate(text));
      }
    }

    @Override
    public void onMessage(WebSocket ws, ByteString bytes) {
      logger.debug("Skipping a binary frame of {} bytes on {}", bytes.size(), name);
    }

    @Override
    public void onClosing(WebSocket ws, int code, String reason) {
      ws.close(1000, null);
      control.execute(() -> lost(ws, new IOException("Bitget closed the stream: " + code + " " + reason)));
    }

    @Override
    public void onClosed(WebSocket ws, int code, String reason) {
      openSockets.remove(ws);
      events.socketFinished(WsConnection.this);
      control.execute(() -> lost(ws, new IOException("stream closed: " + code + " " + reason)));
    }

    @Override
    public void onFailure(WebSocket ws, Throwable t, Response response) {
      openSockets.remove(ws);
      events.socketFinished(WsConnection.this);
      control.execute(() -> lost(ws, t));
    }
  }
}
