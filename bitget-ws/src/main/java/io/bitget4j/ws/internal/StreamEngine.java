package io.bitget4j.ws.internal;

import io.bitget4j.core.BitgetApiException;
import io.bitget4j.core.BitgetException;
import io.bitget4j.core.BitgetTransportException;
import io.bitget4j.core.internal.json.JsonDecoder;
import io.bitget4j.core.internal.json.StreamArg;
import io.bitget4j.core.internal.json.StreamFrame;
import io.bitget4j.ws.ConnectionState;
import io.bitget4j.ws.Delivery;
import io.bitget4j.ws.StateChange;
import io.bitget4j.ws.StateListener;
import io.bitget4j.ws.StreamHealth;
import io.bitget4j.ws.StreamListener;
import io.bitget4j.ws.Subscription;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The machinery behind a stream client: the registry of channels and their listeners, the public
 * and private connections the channels are spread over, moving channels to a new connection,
 * state aggregation, health, and the client's one close sequence.
 *
 * <p>A channel is what callers subscribed ({@link ChannelKey}), shared by all its listeners: the
 * first listener subscribes it, the last one to leave unsubscribes it. The {@link Grammar} of its
 * kind of connection (public or private; see {@link Endpoints}) turns it into the server
 * subscription ({@link ChannelArg}) that serves it; channels that share a server subscription
 * (V3's account-wide private topics serve every product type) share its connection, and the
 * subscription ends with the last of them. A new server subscription goes to the first connection
 * of its kind that {@linkplain WsConnection#canTakeChannel can take one} (fewer than
 * {@link StreamConfig#maxChannelsPerConnection()} channels, subscribe budget to spare, not moving
 * out); when none can, another is opened.
 *
 * <p>Moving, make before break ({@link #moveRequested}): a connection that must go (it reached
 * {@link StreamConfig#maxConnectionAge()}, or the server announced its close) hands its channels
 * to a new connection, which opens, logs in and subscribes them; each channel's pushes switch
 * over when the new connection's subscribe is acknowledged ({@link Channel}), and the old
 * connection closes once no channel takes pushes from it and every push it received has been read
 * (its answer to a last ping): until then the channels still take the pushes that only it got.
 *
 * <p>Threading: registry changes run on the {@link Control} loop; pushes and acknowledgements are
 * routed on the socket reader threads through a concurrent map.
 */
public final class StreamEngine implements WsConnection.Events {
  private static final Logger logger = LoggerFactory.getLogger(StreamEngine.class);
  private static final int UNKNOWN_CHANNELS_LOGGED = 100;
  private static final int STATE_QUEUE_CAPACITY = 1024;

  private final StreamConfig config;
  private final Control control;
  private final Executor blockingExecutor;
  private final DeliveryContext deliveryContext;
  private final Runnable releaseResources;
  private final Map<ChannelKey, Channel<?>> channels = new ConcurrentHashMap<>();
  /** The channels each server subscription serves; written on the control loop, read by readers. */
  private final Map<ChannelArg, List<Channel<?>>> byArg = new ConcurrentHashMap<>();
  /** Bumped after every change to {@link #channels}; a {@link Route} of an older version is stale. */
  private final AtomicInteger channelsVersion = new AtomicInteger();
  /** The last push's route, so that the pushes of one channel skip the lookup. */
  private volatile Route lastRoute;
  private final List<WsConnection> publicConnections = new CopyOnWriteArrayList<>();
  private final List<WsConnection> privateConnections = new CopyOnWriteArrayList<>();
  /** Connections that moved out and closed, until their sockets have finished closing. */
  private final List<WsConnection> retired = new CopyOnWriteArrayList<>();
  private final List<ListenerHandle<StateChange>> stateListeners = new CopyOnWriteArrayList<>();
  private final Set<ListenerHandle<?>> localHandles = ConcurrentHashMap.newKeySet();
  private final Set<Object> unknownChannelsLogged = ConcurrentHashMap.newKeySet();
  private final AtomicLong reconnects = new AtomicLong();
  private final AtomicLong dropped = new AtomicLong();
  private final AtomicLong gaveUp = new AtomicLong();
  private final Object socketsLock = new Object();
  private final AtomicBoolean closed = new AtomicBoolean();
  private final AtomicBoolean closedPublished = new AtomicBoolean();
  private final CountDownLatch closeDone = new CountDownLatch(1);
  private volatile BitgetException lastError;
  private int publicCounter;
  private int privateCounter;

  /**
   * Creates the engine.
   *
   * @param control the client's control loop
   * @param delivery how listener handles deliver (the listener executor, throttles' scheduler)
   * @param blockingExecutor runs blocking work such as measuring the clock offset
   * @param releaseResources runs last in {@link #close()}: stops what the client owns (its
   *     threads, its OkHttp client)
   */
  public StreamEngine(StreamConfig config, Control control, DeliveryContext delivery, Executor blockingExecutor,
      Runnable releaseResources) {
    this.config = config;
    this.control = control;
    this.blockingExecutor = blockingExecutor;
    this.deliveryContext = delivery;
    this.releaseResources = releaseResources;
  }

  /** The settings of this engine. */
  public StreamConfig config() {
    return config;
  }

  // ---------------------------------------------------------------- subscribing (any thread)

  /**
   * Adds a listener to a channel, subscribing the channel if it is new. The grammar of the
   * channel's kind of connection is known first, which may ask the account mode source on this
   * thread (see {@link Endpoints}).
   *
   * @param handlers makes the channel's push handler in the connection's grammar when the channel
   *     is new
   * @param replayLast whether a listener joining a live channel gets its latest value at once
   * @throws IllegalStateException when the client is closed
   * @throws io.bitget4j.core.InvalidRequestException when the API version of the channel's
   *     connections has no such channel, before any I/O of the subscription
   */
  public <T> Subscription subscribe(ChannelKey key, String description, Function<Grammar, PushHandler<T>> handlers,
      StreamListener<? super T> listener, Delivery delivery, boolean replayLast) {
    requireOpen();
    Endpoints.Endpoint endpoint = config.endpoints().endpoint(key.isPrivate());
    ChannelArg arg = endpoint.grammar().argOf(key);
    ListenerHandle<T> handle = new ListenerHandle<>(description, listener, delivery, deliveryContext,
        h -> control.execute(() -> detach(key, h)));
    if (!control.execute(() -> attach(key, arg, endpoint, handlers, handle, replayLast))) {
      handle.terminate();
    }
    return handle;
  }

  /** The account mode whose streams the client speaks, {@code AUTO} while not known; no I/O. */
  public io.bitget4j.core.AccountMode accountMode() {
    return config.endpoints().mode();
  }

  /**
   * A listener handle fed by the caller rather than by a channel, for views built on channels
   * such as a position tracker. Closing the client ends it like any other subscription.
   */
  public <T> ListenerHandle<T> localHandle(String description, StreamListener<? super T> listener,
      Delivery delivery, Consumer<ListenerHandle<T>> onClose) {
    requireOpen();
    ListenerHandle<T> handle = new ListenerHandle<>(description, listener, delivery, deliveryContext, h -> {
      localHandles.remove(h);
      onClose.accept(h);
    });
    localHandles.removeIf(h -> !h.isActive()); // failed ones never call onClose
    localHandles.add(handle);
    if (closed.get()) {
      handle.terminate(); // the client closed meanwhile and may have missed it
    }
    return handle;
  }

  /** Adds a state listener; closing the handle removes it. Closing the client ends it after CLOSED. */
  public Subscription addStateListener(StateListener listener) {
    requireOpen();
    ListenerHandle<StateChange> handle = new ListenerHandle<>("state listener", listener::onStateChange,
        Delivery.immediate().withQueueCapacity(STATE_QUEUE_CAPACITY), deliveryContext, stateListeners::remove);
    handle.markReady(); // nothing to acknowledge
    stateListeners.add(handle);
    if (closed.get()) {
      handle.terminate(); // the client closed meanwhile and may have missed it
    }
    return handle;
  }

  /** Whether {@link #close} was called. */
  public boolean isClosed() {
    return closed.get();
  }

  private void requireOpen() {
    if (closed.get()) {
      throw new IllegalStateException("the stream client is closed; build a new one");
    }
  }

  private <T> void attach(ChannelKey key, ChannelArg arg, Endpoints.Endpoint endpoint,
      Function<Grammar, PushHandler<T>> handlers, ListenerHandle<T> handle, boolean replayLast) {
    if (!handle.isActive()) {
      return; // closed before it was attached
    }
    if (closed.get()) {
      handle.terminate();
      return;
    }
    @SuppressWarnings("unchecked") // one key always maps to one value type
    Channel<T> channel = (Channel<T>) channels.get(key);
    if (channel != null) {
      channel.add(handle);
      return;
    }
    List<Channel<?>> sharing = byArg.getOrDefault(arg, List.of());
    if (sharing.isEmpty()) {
      WsConnection connection = connectionFor(key.isPrivate(), endpoint);
      channel = new Channel<>(key, arg, handlers.apply(endpoint.grammar()), replayLast, connection, connection);
      register(channel);
      channel.add(handle);
      connection.addChannel(arg);
      return;
    }
    Channel<?> sibling = sharing.get(0);
    channel = new Channel<>(key, arg, handlers.apply(endpoint.grammar()), replayLast, sibling.connection,
        sibling.route());
    register(channel);
    channel.add(handle);
    if (sibling.isLive()) {
      channel.acknowledged(sibling.route()); // the server subscription is live: so is the new channel
    }
    if (channel.handler.needsSnapshot()) {
      channel.connection.resync(arg); // the live subscription sent its snapshot long ago: ask again
    }
  }

  private void register(Channel<?> channel) {
    channels.put(channel.key, channel);
    byArg.merge(channel.arg, List.of(channel), StreamEngine::plus);
    channelsChanged();
  }

  private static List<Channel<?>> plus(List<Channel<?>> list, List<Channel<?>> more) {
    List<Channel<?>> joined = new ArrayList<>(list);
    joined.addAll(more);
    return List.copyOf(joined);
  }

  private void detach(ChannelKey key, ListenerHandle<?> handle) {
    Channel<?> channel = channels.get(key);
    if (channel == null || !channel.removeAndCheckEmpty(handle)) {
      return;
    }
    remove(channel, true);
  }

  /**
   * Forgets a channel, and takes its server subscription off its connection (and off the one it
   * moves away from) unless another channel there still needs it.
   */
  private void remove(Channel<?> channel, boolean unsubscribe) {
    if (!channels.remove(channel.key, channel)) {
      return;
    }
    byArg.computeIfPresent(channel.arg, (arg, list) -> {
      List<Channel<?>> rest = new ArrayList<>(list);
      rest.remove(channel);
      return rest.isEmpty() ? null : List.copyOf(rest);
    });
    channelsChanged();
    if (!carriesArg(channel.connection, channel.arg)) {
      channel.connection.removeChannel(channel.arg, unsubscribe);
    }
    WsConnection route = channel.route();
    if (route != channel.connection) {
      if (!carriesArg(route, channel.arg)) {
        route.removeChannel(channel.arg, true);
      }
      closeDrainedConnections();
    }
  }

  /** Whether a channel still subscribes {@code arg} on {@code connection} or takes its pushes from it. */
  private boolean carriesArg(WsConnection connection, ChannelArg arg) {
    for (Channel<?> channel : byArg.getOrDefault(arg, List.of())) {
      if (channel.connection == connection || channel.route() == connection) {
        return true;
      }
    }
    return false;
  }

  private WsConnection connectionFor(boolean privateChannel, Endpoints.Endpoint endpoint) {
    List<WsConnection> connections = privateChannel ? privateConnections : publicConnections;
    for (WsConnection connection : connections) {
      if (connection.canTakeChannel()) {
        return connection;
      }
    }
    WsConnection connection = newConnection(privateChannel, endpoint);
    if (connections.size() > 1) {
      logger.info("Opening stream connection {}: the others are full, out of subscribe budget or moving",
          connection.name());
    }
    return connection;
  }

  private WsConnection newConnection(boolean privateChannel, Endpoints.Endpoint endpoint) {
    List<WsConnection> connections = privateChannel ? privateConnections : publicConnections;
    String name = privateChannel ? "private-" + ++privateCounter : "public-" + ++publicCounter;
    WsConnection connection = new WsConnection(name, privateChannel, endpoint, config, control, blockingExecutor,
        this);
    connections.add(connection);
    return connection;
  }

  // ---------------------------------------------------------------- moving (control loop)

  /**
   * Moves every channel of {@code from} to a new connection, make before break (see the class
   * comment). Ignored for a connection that is stopped or already moving out; a connection without
   * channels just closes.
   */
  @Override
  public void moveRequested(WsConnection from, String reason) {
    if (closed.get() || from.isStopped() || from.isRetiring()) {
      return;
    }
    List<Channel<?>> moving = new ArrayList<>();
    for (Channel<?> channel : channels.values()) {
      if (channel.connection == from) {
        moving.add(channel);
      }
    }
    from.retire();
    if (moving.isEmpty()) {
      closeDrainedConnections();
      return;
    }
    WsConnection to = newConnection(from.isPrivate(), new Endpoints.Endpoint(from.grammar(), from.url()));
    logger.info("Moving {} channels from {} to {} ({}); {} closes once {} has acknowledged them", moving.size(),
        from.name(), to.name(), reason, from.name(), to.name());
    for (Channel<?> channel : moving) {
      channel.connection = to;
      to.addChannel(channel.arg);
    }
  }

  /**
   * Closes every connection that moves out and no longer carries a channel, once what the server
   * sent on it has been read ({@link WsConnection#closeWhenDrained}).
   */
  private void closeDrainedConnections() {
    for (WsConnection connection : allConnections()) {
      if (!connection.isRetiring() || carriesAnyChannel(connection)) {
        continue;
      }
      publicConnections.remove(connection);
      privateConnections.remove(connection);
      connection.closeWhenDrained(); // the pushes only it received are still delivered
      retired.removeIf(WsConnection::socketsClosed);
      retired.add(connection);
    }
  }

  private boolean carriesAnyChannel(WsConnection connection) {
    for (Channel<?> channel : channels.values()) {
      if (channel.connection == connection || channel.route() == connection) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------- connection events

  @Override
  public void stateChanged(WsConnection connection, ConnectionState previous, ConnectionState current,
      BitgetException error) {
    logger.debug("{}: {} -> {}", connection.name(), previous, current);
    publishState(new StateChange(connection.name(), previous, current, state(), Optional.ofNullable(error),
        config.clock().instant()));
  }

  private void publishState(StateChange change) {
    for (ListenerHandle<StateChange> listener : stateListeners) {
      listener.publish(change);
    }
  }

  /**
   * The decoder of the channels a push's arg names on {@code connection}: theirs when they share
   * one decoder (the usual case, one channel), so that the data is decoded as the frame is read;
   * empty for none, and for channels that decode the data differently (each then decodes it from
   * the raw bytes).
   */
  @Override
  public Optional<? extends JsonDecoder<?>> decoderFor(WsConnection connection, StreamArg streamArg) {
    List<Channel<?>> routed = route(connection, streamArg);
    if (routed.isEmpty()) {
      return Optional.empty();
    }
    JsonDecoder<?> decoder = routed.get(0).decoder;
    for (int i = 1; i < routed.size(); i++) {
      if (routed.get(i).decoder != decoder) {
        return Optional.empty();
      }
    }
    return Optional.of(decoder);
  }

  @Override
  public void push(WsConnection connection, StreamFrame frame) {
    StreamArg streamArg = frame.arg().orElseThrow();
    List<Channel<?>> routed = route(connection, streamArg);
    if (routed.isEmpty()) {
      if (unknownChannelsLogged.size() < UNKNOWN_CHANNELS_LOGGED && unknownChannelsLogged.add(streamArg)) {
        logger.warn("Skipping pushes of {} on {}: no listener subscribed it", streamArg, connection.name());
      }
      return;
    }
    for (Channel<?> channel : routed) {
      try {
        channel.deliver(connection, frame, () -> resync(channel));
      } catch (BitgetException e) {
        logger.warn("Skipping a push of {} that could not be read: {}", channel.key, e.getMessage());
      }
    }
  }

  @Override
  public void acknowledged(WsConnection connection, ChannelArg arg) {
    boolean moved = false;
    for (Channel<?> channel : byArg.getOrDefault(arg, List.of())) {
      moved |= channel.acknowledged(connection) != null;
    }
    if (moved) {
      control.execute(this::closeDrainedConnections);
    }
  }

  /**
   * The channels a push's arg names on {@code connection}, read with its grammar. Frames of one
   * channel usually carry the same arg instance (the frame reader shares recent ones), so the last
   * route is kept and checked by identity; any change to the channels makes it stale. The version
   * is read before the lookup, so a route cached across a change is never taken for a current one.
   */
  private List<Channel<?>> route(WsConnection connection, StreamArg streamArg) {
    int version = channelsVersion.get();
    Grammar grammar = connection.grammar();
    Route route = lastRoute;
    if (route != null && route.arg == streamArg && route.grammar == grammar && route.version == version) {
      return route.channels;
    }
    Optional<ChannelArg> arg = grammar.argOf(streamArg);
    List<Channel<?>> routed = arg.isEmpty() ? List.of() : byArg.getOrDefault(arg.get(), List.of());
    lastRoute = new Route(streamArg, grammar, routed, version);
    return routed;
  }

  private void channelsChanged() {
    channelsVersion.incrementAndGet();
  }

  /** A push's arg, the grammar it was read with, and its channels as of a version of the channels. */
  private record Route(StreamArg arg, Grammar grammar, List<Channel<?>> channels, int version) {
  }

  /**
   * Subscribes a channel again on the connection it takes pushes from, at once the first time,
   * then after growing backoff delays while fresh snapshots keep failing, so that a persistent
   * mismatch cannot flood the server. A channel moving to a new connection gets a fresh snapshot
   * there anyway.
   */
  private void resync(Channel<?> channel) {
    int previous = channel.resyncsInARow.getAndIncrement();
    Duration delay = previous == 0 ? Duration.ZERO : config.backoff().maxDelay(previous - 1);
    control.schedule(() -> {
      WsConnection connection = channel.route();
      if (!closed.get() && channels.get(channel.key) == channel && !connection.isRetiring()) {
        connection.resync(channel.arg);
      }
    }, delay);
  }

  /** The channels that subscribe {@code arg} on {@code connection}. */
  private List<Channel<?>> channelsOf(ChannelArg arg, WsConnection connection) {
    List<Channel<?>> found = new ArrayList<>(1);
    for (Channel<?> channel : byArg.getOrDefault(arg, List.of())) {
      if (channel.connection == connection) {
        found.add(channel);
      }
    }
    return found;
  }

  @Override
  public void channelFailed(WsConnection connection, ChannelArg arg, BitgetApiException error) {
    List<Channel<?>> refused = channelsOf(arg, connection);
    if (refused.isEmpty()) {
      logger.debug("Bitget reported an error for {}, which has no listener: {}", connection.grammar().describe(arg),
          error.getMessage());
      return;
    }
    connection.removeChannel(arg, false);
    if (error.isRetryable()) {
      Duration delay = config.backoff().maxDelay(0);
      logger.warn("Bitget refused {} for now ({}); trying again in {} ms", connection.grammar().describe(arg),
          error.getMessage(),
          delay.toMillis());
      control.schedule(() -> retry(arg, connection), delay);
      return;
    }
    logger.warn("Bitget refused {}: {}", connection.grammar().describe(arg), error.getMessage());
    for (Channel<?> channel : refused) {
      remove(channel, false);
      channel.fail(error);
    }
  }

  /** Subscribes a refused argument again on its connection, or ends its channels if the connection is gone. */
  private void retry(ChannelArg arg, WsConnection connection) {
    List<Channel<?>> waiting = channelsOf(arg, connection);
    if (closed.get() || waiting.isEmpty()) {
      return; // closed, or the last listener left meanwhile
    }
    if (!connection.isStopped()) {
      connection.addChannel(arg);
      return;
    }
    // terminated() ends such channels at once; this covers a connection stopped any other way.
    BitgetException error = connection.failure().orElseGet(() -> BitgetTransportException.of("WS",
        connection.grammar().describe(arg), new IOException("the connection of " + connection.grammar().describe(arg)
            + " is closed")));
    for (Channel<?> channel : waiting) {
      remove(channel, false);
      channel.fail(error);
    }
  }

  @Override
  public void sessionLost(WsConnection connection) {
    for (Channel<?> channel : channels.values()) {
      channel.sessionLost(connection);
    }
  }

  @Override
  public void terminated(WsConnection connection, BitgetException error) {
    lastError = error;
    gaveUp.incrementAndGet();
    publicConnections.remove(connection);
    privateConnections.remove(connection);
    // Every channel bound to the connection, including one refused and waiting for a retry,
    // which the connection no longer lists.
    for (Channel<?> channel : List.copyOf(channels.values())) {
      if (channel.connection == connection) {
        remove(channel, false);
        channel.fail(error);
      }
    }
    closeDrainedConnections();
  }

  @Override
  public void errorObserved(BitgetException error) {
    lastError = error;
  }

  @Override
  public void reconnected(WsConnection connection) {
    reconnects.incrementAndGet();
  }

  @Override
  public void socketFinished(WsConnection connection) {
    synchronized (socketsLock) {
      socketsLock.notifyAll();
    }
  }

  // ---------------------------------------------------------------- state and health (any thread)

  /**
   * The client's aggregate state: {@code CLOSED} after {@link #close}; otherwise the least ready
   * state of its live connections; with no live connection, {@code CLOSED} if the client's
   * connections all gave up for good, else {@code IDLE} (nothing subscribed yet, or every
   * connection closed for idleness).
   */
  public ConnectionState state() {
    return closed.get() ? ConnectionState.CLOSED : aggregate();
  }

  private ConnectionState aggregate() {
    ConnectionState worst = ConnectionState.IDLE;
    boolean live = false;
    boolean failed = gaveUp.get() > 0;
    for (WsConnection connection : allConnections()) {
      if (connection.isStopped()) {
        // A connection that is giving up stays listed until terminated() has run.
        failed |= connection.failure().isPresent();
        continue;
      }
      live = true;
      ConnectionState state = connection.state();
      if (rank(state) > rank(worst)) {
        worst = state;
      }
    }
    if (!live) {
      return failed ? ConnectionState.CLOSED : ConnectionState.IDLE;
    }
    return worst;
  }

  private static int rank(ConnectionState state) {
    switch (state) {
      case RECONNECTING:
        return 4;
      case CONNECTING:
        return 3;
      case CONNECTED:
        return 2;
      case AUTHENTICATED:
        return 1;
      default:
        return 0;
    }
  }

  /** The client's health figures. */
  public StreamHealth health() {
    long now = control.nanoTime();
    Long newest = null;
    int open = 0;
    int subscribeRequests = 0;
    for (WsConnection connection : allConnections()) {
      if (connection.isStopped()) {
        continue;
      }
      if (connection.state() != ConnectionState.IDLE) {
        open++;
      }
      subscribeRequests = Math.max(subscribeRequests, connection.subscribeRequestsLastHour());
      Optional<Long> last = connection.lastMessageNanos();
      if (last.isPresent() && (newest == null || last.get() - newest > 0)) {
        newest = last.get();
      }
    }
    Optional<Duration> since = newest == null ? Optional.empty()
        : Optional.of(Duration.ofNanos(Math.max(0, now - newest)));
    return new StreamHealth(state(), since, reconnects.get(), Optional.ofNullable(lastError), open,
        channels.size(), dropped(), subscribeRequests);
  }

  private long dropped() {
    return deliveryContext.dropped().get();
  }

  private List<WsConnection> allConnections() {
    List<WsConnection> all = new ArrayList<>(publicConnections);
    all.addAll(privateConnections);
    return all;
  }

  // ---------------------------------------------------------------- closing

  /**
   * The client's close sequence: closes every connection and stops every listener on the control
   * loop, waits up to {@link StreamConfig#closeTimeout()} for the sockets to finish closing and
   * cancels the rest, then releases the client's resources. Listener callbacks already queued
   * (such as the last state changes) still run; state listeners end after the {@code CLOSED}
   * change. Idempotent and safe to call concurrently: the first call does the work, later ones
   * wait for it to finish (except on the control loop's thread, where waiting could deadlock).
   */
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      if (!control.inLoop()) {
        awaitClosed();
      }
      return;
    }
    try {
      if (!control.runAndWait(this::closeOnControlThread, config.closeTimeout())) {
        endListeners(); // thread-safe part of the close, so that no listener is left behind
      }
      awaitSockets();
    } finally {
      try {
        releaseResources.run();
      } finally {
        closeDone.countDown();
      }
    }
  }

  private void awaitClosed() {
    try {
      closeDone.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void closeOnControlThread() {
    List<WsConnection> connections = allConnections();
    for (WsConnection connection : connections) {
      connection.close(); // each tells the state listeners CLOSED, with the client CLOSED
    }
    for (WsConnection connection : retired) {
      connection.close(); // one still being read to the end
    }
    if (!connections.isEmpty()) {
      closedPublished.set(true);
    }
    endListeners();
  }

  /**
   * Stops every channel and local listener, tells the state listeners that the client is closed
   * unless a connection already did, and ends them after that change. Any thread; idempotent.
   */
  private void endListeners() {
    for (Channel<?> channel : List.copyOf(channels.values())) {
      channel.terminate();
    }
    channels.clear();
    byArg.clear();
    channelsChanged();
    for (ListenerHandle<?> handle : List.copyOf(localHandles)) {
      handle.terminate();
    }
    localHandles.clear();
    if (closedPublished.compareAndSet(false, true)) {
      publishState(new StateChange("client", aggregate(), ConnectionState.CLOSED,
          ConnectionState.CLOSED, Optional.empty(), config.clock().instant()));
    }
    for (ListenerHandle<StateChange> listener : List.copyOf(stateListeners)) {
      listener.finish(); // after the CLOSED change queued above
    }
    stateListeners.clear();
  }

  /** Waits for the close handshakes; real time, since it waits for the network. */
  private void awaitSockets() {
    long deadline = System.nanoTime() + config.closeTimeout().toNanos();
    synchronized (socketsLock) {
      while (!allSocketsClosed()) {
        long remainingMillis = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        if (remainingMillis <= 0) {
          break;
        }
        try {
          socketsLock.wait(remainingMillis);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
      }
    }
    for (WsConnection connection : connectionsWithSockets()) {
      if (!connection.socketsClosed()) {
        logger.debug("{} did not finish its close handshake in time; cancelling it", connection.name());
        connection.cancelOpenSockets();
      }
    }
  }

  private List<WsConnection> connectionsWithSockets() {
    List<WsConnection> all = allConnections();
    all.addAll(retired);
    return all;
  }

  private boolean allSocketsClosed() {
    for (WsConnection connection : connectionsWithSockets()) {
      if (!connection.socketsClosed()) {
        return false;
      }
    }
    return true;
  }
}
