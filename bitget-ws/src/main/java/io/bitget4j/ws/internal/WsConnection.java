package io.bitget4j.ws.internal;

import io.bitget4j.core.AuthenticationException;
import io.bitget4j.core.BitgetApiException;
import io.bitget4j.core.BitgetDecodingException;
import io.bitget4j.core.BitgetException;
import io.bitget4j.core.BitgetTransportException;
import io.bitget4j.core.ClockSkewException;
import io.bitget4j.core.Credentials;
import io.bitget4j.core.RequestSigner;
import io.bitget4j.core.internal.json.StreamFrame;
import io.bitget4j.core.util.Backoff;
import io.bitget4j.ws.ConnectionState;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import okio.ByteString;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One stream connection on an OkHttp {@link WebSocket}: it opens the socket, logs in (private
 * connections), keeps the socket alive with {@code ping}, notices a dead socket, reconnects with
 * backoff, and keeps the server's subscriptions equal to the channels assigned to it,
 * subscribing in batches and sending at most {@link StreamConfig#messagesPerSecond()} frames in
 * any rolling window of a second (see {@link #SEND_WINDOW}).
 *
 * <p>Threading: everything but the socket callbacks runs on the client's single control thread
 * (the {@code control} scheduler), so the connection's state needs no locks. Socket callbacks
 * post to the control thread, except pushes, which go to {@link Events#push} on the socket's
 * reader thread. Each socket is one session; callbacks of a socket that is no longer current are
 * ignored, and every timer checks the socket it was started for.
 */
public final class WsConnection {
  private static final Logger logger = LoggerFactory.getLogger(WsConnection.class);
  /**
   * The rolling window of {@link StreamConfig#messagesPerSecond()} frames: Bitget's second plus a
   * margin, because Bitget counts frames as they arrive and the network can bunch them up.
   */
  static final Duration SEND_WINDOW = Duration.ofMillis(1100);
  /** Bytes of {@code {"op":"unsubscribe","args":[]}} and some slack. */
  private static final int FRAME_OVERHEAD = 40;

  /**
   * What a connection tells its owner. All on the control thread, except {@link #push}, and the
   * {@link StreamFrame.Router} decoder lookup, which run on the socket's reader thread.
   */
  public interface Events extends StreamFrame.Router {
    /** The connection changed state; {@code error} is null unless a failure caused it. */
    void stateChanged(WsConnection connection, ConnectionState previous, ConnectionState current,
        BitgetException error);

    /** A push arrived; called on the socket's reader thread. */
    void push(WsConnection connection, StreamFrame frame);

    /** The server refused one channel with an error event. */
    void channelFailed(WsConnection connection, ChannelArg arg, BitgetApiException error);

    /** The socket was lost; server subscriptions are gone until the next session. */
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

    /** One of the connection's sockets finished closing; any thread. */
    void socketFinished(WsConnection connection);
  }

  private final String name;
  private final String url;
  private final String path;
  private final boolean privateConnection;
  private final StreamConfig config;
  private final ScheduledExecutorService control;
  private final Executor blockingExecutor;
  private final Events events;
  private final SendWindow sendWindow;
  private final Backoff.Attempts attempts;
  private final RequestSigner signer;
  private final Credentials credentials;

  // Confined to the control thread.
  private final Set<ChannelArg> channels = new LinkedHashSet<>();
  private final Set<ChannelArg> serverSubscribed = new LinkedHashSet<>();
  private final Set<ChannelArg> pendingSubscribe = new LinkedHashSet<>();
  private final Set<ChannelArg> pendingUnsubscribe = new LinkedHashSet<>();
  private final ArrayDeque<String> outbox = new ArrayDeque<>();
  private boolean flushScheduled;
  private boolean loginPending;
  private boolean clockSkewRetried;
  private boolean everReady;
  private ScheduledFuture<?> outboxTask;
  private ScheduledFuture<?> heartbeatTask;
  private ScheduledFuture<?> loginTimeoutTask;
  private ScheduledFuture<?> reconnectTask;

  // Read from any thread.
  private volatile WebSocket socket;
  private volatile ConnectionState state = ConnectionState.IDLE;
  private volatile boolean stopped;
  private volatile BitgetException failure;
  private volatile boolean heardThisSession;
  private volatile long lastMessageNanos;
  private volatile boolean everHeard;
  private volatile int channelCount;
  private final Set<WebSocket> openSockets = ConcurrentHashMap.newKeySet();

  /**
   * Creates an idle connection; it opens its socket when the first channel is added.
   *
   * @param control the client's single-threaded control scheduler
   * @param blockingExecutor runs blocking work such as measuring the clock offset
   */
  public WsConnection(String name, boolean privateConnection, StreamConfig config,
      ScheduledExecutorService control, Executor blockingExecutor, Events events) {
    this.name = name;
    this.privateConnection = privateConnection;
    this.url = privateConnection ? config.privateUrl() : config.publicUrl();
    this.path = pathOf(url);
    this.config = config;
    this.control = control;
    this.blockingExecutor = blockingExecutor;
    this.events = events;
    this.sendWindow = new SendWindow(config.messagesPerSecond(), SEND_WINDOW);
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

  /** Whether this connection carries private channels. */
  public boolean isPrivate() {
    return privateConnection;
  }

  /** The current state; readable from any thread. */
  public ConnectionState state() {
    return state;
  }

  /** Whether the connection was closed or gave up. */
  public boolean isStopped() {
    return stopped;
  }

  /** Why the connection gave up for good; empty while it runs and after a {@link #close()}. */
  public Optional<BitgetException> failure() {
    return Optional.ofNullable(failure);
  }

  /** How many channels are assigned to this connection; readable from any thread. */
  public int channelCount() {
    return channelCount;
  }

  /** {@link System#nanoTime()} of the last frame received, empty before the first. */
  public Optional<Long> lastMessageNanos() {
    return everHeard ? Optional.of(lastMessageNanos) : Optional.empty();
  }

  /** The channels assigned to this connection. Control thread. */
  public List<ChannelArg> channels() {
    return new ArrayList<>(channels);
  }

  // ---------------------------------------------------------------- channels (control thread)

  /**
   * Assigns a channel; opens the socket on the first one, subscribes when ready. The server always
   * subscribes the channel afresh, so that it sends a new snapshot: a channel removed and added
   * again before its unsubscribe went out is unsubscribed and subscribed again, since its new
   * handler (an order book, say) has no state and would otherwise wait for a snapshot that never
   * comes.
   */
  public void addChannel(ChannelArg arg) {
    if (stopped || !channels.add(arg)) {
      return;
    }
    channelCount = channels.size();
    if (state == ConnectionState.IDLE) {
      setState(ConnectionState.CONNECTING, null);
      connect();
      return;
    }
    if (pendingUnsubscribe.contains(arg)) {
      // Still subscribed on the server: the flush sends the unsubscribe, then the subscribe.
      pendingSubscribe.add(arg);
      scheduleFlush();
      return;
    }
    if (isReady() && !serverSubscribed.contains(arg)) {
      pendingSubscribe.add(arg);
      scheduleFlush();
    }
  }

  /**
   * Removes a channel.
   *
   * @param unsubscribe whether to unsubscribe it on the server; false when the server refused it
   */
  public void removeChannel(ChannelArg arg, boolean unsubscribe) {
    if (!channels.remove(arg)) {
      return;
    }
    channelCount = channels.size();
    if (pendingSubscribe.remove(arg)) {
      return; // never sent
    }
    if (unsubscribe && serverSubscribed.contains(arg)) {
      pendingUnsubscribe.add(arg);
      scheduleFlush();
    } else {
      serverSubscribed.remove(arg);
    }
  }

  /** Subscribes a channel again (unsubscribe, subscribe), for a book that lost its sync. */
  public void resync(ChannelArg arg) {
    if (!channels.contains(arg) || !isReady() || !serverSubscribed.contains(arg)) {
      return; // a new session subscribes it anyway
    }
    logger.info("Subscribing {} again on {} to get a fresh snapshot", arg, name);
    enqueue(Frames.unsubscribe(List.of(arg)));
    enqueue(Frames.subscribe(List.of(arg)));
  }

  private boolean isReady() {
    return socket != null
        && state == (privateConnection ? ConnectionState.AUTHENTICATED : ConnectionState.CONNECTED);
  }

  private void scheduleFlush() {
    if (!flushScheduled) {
      flushScheduled = true;
      // Runs after the tasks already queued, so a burst of subscriptions shares frames.
      post(this::flushSubscriptions);
    }
  }

  private void flushSubscriptions() {
    flushScheduled = false;
    if (!isReady()) {
      pendingSubscribe.clear();
      pendingUnsubscribe.clear();
      return; // the next session subscribes every channel
    }
    if (!pendingUnsubscribe.isEmpty()) {
      for (List<ChannelArg> batch : batches(pendingUnsubscribe, config.maxArgsPerFrame(), config.maxFrameBytes())) {
        enqueue(Frames.unsubscribe(batch));
        batch.forEach(serverSubscribed::remove);
      }
      pendingUnsubscribe.clear();
    }
    if (!pendingSubscribe.isEmpty()) {
      for (List<ChannelArg> batch : batches(pendingSubscribe, config.maxArgsPerFrame(), config.maxFrameBytes())) {
        enqueue(Frames.subscribe(batch));
        serverSubscribed.addAll(batch);
      }
      pendingSubscribe.clear();
    }
  }

  private void resubscribeAll() {
    pendingUnsubscribe.clear();
    pendingSubscribe.clear();
    for (ChannelArg arg : channels) {
      if (!serverSubscribed.contains(arg)) {
        pendingSubscribe.add(arg);
      }
    }
    flushSubscriptions();
  }

  /**
   * Splits channel arguments into frames of at most {@code maxArgs} arguments and about
   * {@code maxBytes} bytes, keeping their order.
   */
  public static List<List<ChannelArg>> batches(Collection<ChannelArg> args, int maxArgs, int maxBytes) {
    List<List<ChannelArg>> batches = new ArrayList<>();
    List<ChannelArg> batch = new ArrayList<>();
    int bytes = FRAME_OVERHEAD;
    for (ChannelArg arg : args) {
      int argBytes = arg.toJson().getBytes(StandardCharsets.UTF_8).length + 1;
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

  // ---------------------------------------------------------------- lifecycle (control thread)

  private void connect() {
    heardThisSession = false;
    Request request = new Request.Builder().url(url).build();
    logger.debug("Opening stream connection {} to {}", name, url);
    WebSocket ws = config.okHttp().newWebSocket(request, new SocketListener());
    openSockets.add(ws);
    socket = ws;
  }

  private void opened(WebSocket ws) {
    if (ws != socket) {
      return;
    }
    lastMessageNanos = System.nanoTime();
    long interval = config.pingInterval().toMillis();
    heartbeatTask = control.scheduleWithFixedDelay(guard(() -> ping(ws)), interval, interval,
        TimeUnit.MILLISECONDS);
    if (privateConnection) {
      setState(ConnectionState.CONNECTED, null);
      login();
    } else {
      countReconnect();
      setState(ConnectionState.CONNECTED, null);
      resubscribeAll();
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
    enqueue(Frames.login(credentials.apiKey(), credentials.passphrase(), timestampSeconds, sign));
    WebSocket ws = socket;
    loginTimeoutTask = control.schedule(guard(() -> loginTimedOut(ws)),
        config.loginTimeout().toMillis(), TimeUnit.MILLISECONDS);
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
        logger.debug("{} acknowledged {} {}", name, event, frame.arg().map(ChannelArg::from).map(Object::toString).orElse(""));
        break;
      case "error":
        if (loginPending) {
          loginRefused(apiError(frame, "login"));
        } else if (frame.arg().isPresent()) {
          ChannelArg arg = ChannelArg.from(frame.arg().get());
          BitgetApiException error = apiError(frame, arg.toString());
          events.errorObserved(error);
          serverSubscribed.remove(arg);
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
    cancel(loginTimeoutTask);
    loginPending = false;
    clockSkewRetried = false;
    countReconnect();
    setState(ConnectionState.AUTHENTICATED, null);
    resubscribeAll();
  }

  private void loginRefused(BitgetApiException error) {
    cancel(loginTimeoutTask);
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
          post(this::reopen);
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
    if (ws != socket || outbox.contains(Frames.PING)) {
      return;
    }
    enqueue(Frames.PING);
  }

  private void pingSent(WebSocket ws, long sentNanos) {
    control.schedule(guard(() -> checkPong(ws, sentNanos)), config.pongTimeout().toMillis(),
        TimeUnit.MILLISECONDS);
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
    events.errorObserved(error);
    logger.warn("Stream connection {} lost: {}", name, cause.toString());
    events.sessionLost(this);
    Optional<Duration> delay = attempts.nextDelay();
    if (delay.isEmpty()) {
      BitgetTransportException gaveUp = BitgetTransportException.of("WS", path, new IOException(
          "gave up reconnecting after " + attempts.attempts() + " attempts; last failure: " + cause, cause));
      logger.error("Stream connection {} {}", name, gaveUp.getCause().getMessage());
      terminate(gaveUp);
      return;
    }
    setState(ConnectionState.RECONNECTING, error);
    logger.info("Reconnecting {} in {} ms", name, delay.get().toMillis());
    reconnectTask = control.schedule(guard(this::reopen), delay.get().toMillis(), TimeUnit.MILLISECONDS);
  }

  private static String abbreviate(String text) {
    return text.length() <= 200 ? text : text.substring(0, 200) + "...(" + text.length() + " chars)";
  }

  private static IOException asIo(Throwable cause) {
    return cause instanceof IOException ? (IOException) cause : new IOException(cause.toString(), cause);
  }

  private void reopen() {
    reconnectTask = null;
    if (stopped || socket != null) {
      return;
    }
    connect();
  }

  /** Forgets the current socket and everything tied to its session. */
  private void dropSession() {
    socket = null;
    loginPending = false;
    cancel(heartbeatTask);
    cancel(loginTimeoutTask);
    cancel(outboxTask);
    heartbeatTask = null;
    loginTimeoutTask = null;
    outboxTask = null;
    outbox.clear();
    serverSubscribed.clear();
    pendingSubscribe.clear();
    pendingUnsubscribe.clear();
  }

  private void terminate(BitgetException error) {
    if (stopped) {
      return;
    }
    failure = error;
    stopped = true;
    cancel(reconnectTask);
    WebSocket ws = socket;
    dropSession();
    if (ws != null) {
      ws.close(1000, "giving up");
    }
    setState(ConnectionState.CLOSED, error);
    events.terminated(this, error);
  }

  /** Closes the connection for good, as the user asked; no reconnect follows. */
  public void close() {
    if (stopped) {
      return;
    }
    stopped = true;
    cancel(reconnectTask);
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

  // ---------------------------------------------------------------- sending (control thread)

  private void enqueue(String frame) {
    outbox.addLast(frame);
    drainOutbox();
  }

  private void drainOutbox() {
    WebSocket ws = socket;
    if (ws == null) {
      outbox.clear();
      return;
    }
    if (outboxTask != null) {
      return; // a timed drain is already waiting for a permit
    }
    while (!outbox.isEmpty()) {
      long now = System.nanoTime();
      long waitNanos = sendWindow.delayNanos(now);
      if (waitNanos > 0) {
        long delayMillis = Math.max(1, TimeUnit.NANOSECONDS.toMillis(waitNanos + 999_999));
        outboxTask = control.schedule(guard(() -> {
          outboxTask = null;
          drainOutbox();
        }), delayMillis, TimeUnit.MILLISECONDS);
        return;
      }
      sendWindow.record(now);
      String frame = outbox.pollFirst();
      if (!ws.send(frame)) {
        logger.debug("{} is closing; dropped {}", name, Frames.redact(frame));
        outbox.clear();
        return;
      }
      if (Frames.PING.equals(frame)) {
        pingSent(ws, now);
      }
      if (logger.isDebugEnabled()) {
        logger.debug("{} > {}", name, Frames.redact(frame));
      }
    }
  }

  // ---------------------------------------------------------------- plumbing

  private static void cancel(ScheduledFuture<?> task) {
    if (task != null) {
      task.cancel(false);
    }
  }

  private Runnable guard(Runnable task) {
    return () -> {
      try {
        task.run();
      } catch (RuntimeException e) {
        logger.error("Stream connection {} failed in a control task", name, e);
      }
    };
  }

  private void post(Runnable task) {
    try {
      control.execute(guard(task));
    } catch (RejectedExecutionException e) {
      logger.debug("Control thread is shut down; {} dropped a task", name);
    }
  }

  @Override
  public String toString() {
    return "WsConnection{" + name + ", " + state + ", channels=" + channelCount + "}";
  }

  /** The socket's callbacks; they run on OkHttp's threads. */
  private final class SocketListener extends WebSocketListener {
    @Override
    public void onOpen(WebSocket ws, Response response) {
      post(() -> opened(ws));
    }

    @Override
    public void onMessage(WebSocket ws, String text) {
      if (ws != socket) {
        return;
      }
      lastMessageNanos = System.nanoTime();
      everHeard = true;
      if (!heardThisSession) {
        heardThisSession = true;
        attempts.reset();
      }
      if (Frames.PONG.equals(text)) {
        return;
      }
      StreamFrame frame;
      try {
        frame = config.json().decodePush(text, events);
      } catch (BitgetDecodingException e) {
        logger.warn("Skipping a malformed frame on {}: {}", name, e.getMessage());
        return;
      }
      switch (frame.kind()) {
        case EVENT:
          post(() -> onEvent(ws, frame));
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
      post(() -> lost(ws, new IOException("Bitget closed the stream: " + code + " " + reason)));
    }

    @Override
    public void onClosed(WebSocket ws, int code, String reason) {
      openSockets.remove(ws);
      events.socketFinished(WsConnection.this);
      post(() -> lost(ws, new IOException("stream closed: " + code + " " + reason)));
    }

    @Override
    public void onFailure(WebSocket ws, Throwable t, Response response) {
      openSockets.remove(ws);
      events.socketFinished(WsConnection.this);
      post(() -> lost(ws, t));
    }
  }
}
