package io.bitget4j.testkit.internal;

import io.bitget4j.core.Symbol;
import io.bitget4j.testkit.MalformedFrame;
import java.math.BigDecimal;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The WebSocket side of the fake: the connections of both API versions' endpoints, their logins
 * and subscriptions, the engine's events handed to each version ({@link StreamV2},
 * {@link StreamV3}) to render, and the stream faults. Frames are built and queued while the
 * {@link Exchange}'s monitor is held, so that a subscriber sees its snapshot before any update
 * and every update in order; queueing never blocks.
 *
 * <p>Adding a push topic: an engine event method here ({@code publishX}) that calls
 * {@code x(..)} on every {@link StreamApi}, whose default does nothing; each version that has the
 * topic overrides it and lists the topic's name with its others.
 */
public final class StreamHub {
  /** The V2 public stream path. */
  public static final String V2_PUBLIC_PATH = "/v2/ws/public";
  /** The V2 private stream path. */
  public static final String V2_PRIVATE_PATH = "/v2/ws/private";
  /** The V3 (unified account) public stream path. */
  public static final String V3_PUBLIC_PATH = "/v3/ws/public";
  /** The V3 (unified account) private stream path. */
  public static final String V3_PRIVATE_PATH = "/v3/ws/private";

  private static final Logger log = LoggerFactory.getLogger(StreamHub.class);
  private static final long LOGIN_WINDOW_SECONDS = 30;

  private final Exchange ex;
  private final StreamV2 v2;
  private final StreamV3 v3;
  private final List<StreamApi> apis;
  private final List<WsSession> sessions = new CopyOnWriteArrayList<>();
  private volatile boolean pingReplies = true;
  /** Symbols whose next books update is lost (a fault); guarded by the exchange's monitor. */
  private final Set<Symbol> withheldBooks = new HashSet<>();
  /** Forced closes announced by a service-upgrade notice and not yet done. */
  private final List<ScheduledFuture<?>> upgradeCloses = new CopyOnWriteArrayList<>();

  StreamHub(Exchange ex, boolean loginCodeAsString) {
    this.ex = ex;
    this.v2 = new StreamV2(this, ex, loginCodeAsString);
    this.v3 = new StreamV3(this, ex);
    this.apis = List.of(v2, v3);
    ex.addConditionalSink(this::publishConditional);
  }

  List<WsSession> sessions() {
    return sessions;
  }

  /**
   * A new connection for a WebSocket upgrade of {@code path}, or empty when no stream is served
   * there. Both versions' endpoints are served in either account mode: public streams to
   * anyone, private ones to the keys of the account mode that speaks the version.
   */
  Optional<WsSession> connect(String path, Recorder recorder, Socket rawSocket) {
    switch (path) {
      case V2_PUBLIC_PATH:
        return Optional.of(new WsSession(v2, false, this, recorder, rawSocket));
      case V2_PRIVATE_PATH:
        return Optional.of(new WsSession(v2, true, this, recorder, rawSocket));
      case V3_PUBLIC_PATH:
        return Optional.of(new WsSession(v3, false, this, recorder, rawSocket));
      case V3_PRIVATE_PATH:
        return Optional.of(new WsSession(v3, true, this, recorder, rawSocket));
      default:
        return Optional.empty();
    }
  }

  /** Whether the text {@code ping} is answered with {@code pong} on every connection (a fault when false). */
  public void setPingReplies(boolean reply) {
    this.pingReplies = reply;
  }

  /** How many WebSocket clients are connected. */
  public int connectionCount() {
    return sessions.size();
  }

  void opened(WsSession session) {
    sessions.add(session);
  }

  void closed(WsSession session) {
    sessions.remove(session);
  }

  /**
   * Handles one text frame from a client, on that socket's reader thread. A failure of the fake's
   * own is logged and answered as an illegal request, never by dropping the connection.
   */
  void onText(WsSession session, String text) {
    try {
      handle(session, text);
    } catch (RuntimeException e) {
      log.warn("FakeBitget failed on a WebSocket frame", e);
      session.send(session.api.error(null, 30002, "Illegal request: internal error in FakeBitget: " + e));
    }
  }

  private void handle(WsSession session, String text) {
    StreamApi api = session.api;
    if (text.equals("ping")) {
      if (pingReplies) {
        session.send("pong");
      }
      return;
    }
    Object parsed;
    try {
      parsed = JsonParser.parse(text);
    } catch (IllegalArgumentException e) {
      session.send(api.error(null, 30002, "Illegal request"));
      return;
    }
    if (!(parsed instanceof Map)) {
      session.send(api.error(null, 30002, "Illegal request"));
      return;
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> request = (Map<String, Object>) parsed;
    Object op = request.get("op");
    Object args = request.get("args");
    List<Map<String, Object>> argList = new ArrayList<>();
    if (args instanceof List) {
      for (Object a : (List<?>) args) {
        if (a instanceof Map) {
          @SuppressWarnings("unchecked")
          Map<String, Object> m = (Map<String, Object>) a;
          argList.add(m);
        }
      }
    }
    synchronized (ex) {
      if ("login".equals(op)) {
        login(session, argList);
      } else if ("subscribe".equals(op)) {
        for (Map<String, Object> arg : argList) {
          subscribe(session, arg);
        }
      } else if ("unsubscribe".equals(op)) {
        for (Map<String, Object> arg : argList) {
          unsubscribe(session, arg);
        }
      } else {
        session.send(api.error(null, 30003, "Invalid op"));
      }
    }
  }

  // ---- login --------------------------------------------------------------------------------

  private void login(WsSession session, List<Map<String, Object>> args) {
    StreamApi api = session.api;
    if (!session.isPrivate) {
      session.send(api.error(null, 30002, "Illegal request: login on the public endpoint"));
      return;
    }
    if (args.isEmpty()) {
      session.send(api.error(null, 30002, "Illegal request"));
      return;
    }
    Map<String, Object> arg = args.get(0);
    String apiKey = StreamApi.text(arg.get("apiKey"));
    String passphrase = StreamApi.text(arg.get("passphrase"));
    String timestamp = StreamApi.text(arg.get("timestamp"));
    String sign = StreamApi.text(arg.get("sign"));
    Account account = apiKey == null ? null : ex.account(apiKey).orElse(null);
    if (account == null) {
      session.send(api.error(null, 30011, "Invalid ACCESS_KEY"));
      return;
    }
    if (passphrase == null || !passphrase.equals(account.passphrase)) {
      session.send(api.error(null, 30012, "Invalid ACCESS_PASSPHRASE"));
      return;
    }
    long seconds;
    try {
      seconds = Long.parseLong(timestamp == null ? "" : timestamp);
    } catch (NumberFormatException e) {
      session.send(api.error(null, 30013, "Invalid ACCESS_TIMESTAMP"));
      return;
    }
    long nowSeconds = Math.floorDiv(ex.nowMillis(), 1000L);
    if (Math.abs(nowSeconds - seconds) > LOGIN_WINDOW_SECONDS) {
      session.send(api.error(null, 30014, "Request timestamp expired"));
      return;
    }
    String expected = hmac(account.secretKey, timestamp + "GET" + "/user/verify");
    if (sign == null || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
        sign.getBytes(StandardCharsets.UTF_8))) {
      session.send(api.error(null, 30015, "Invalid sign"));
      return;
    }
    Optional<String> refusal = api.refuseLogin(account);
    if (refusal.isPresent()) {
      session.send(refusal.get());
      return;
    }
    session.account = account;
    session.send(api.loginAck());
  }

  static String hmac(String secret, String prehash) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return Base64.getEncoder().encodeToString(mac.doFinal(prehash.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }

  // ---- subscriptions ------------------------------------------------------------------------

  private void subscribe(WsSession session, Map<String, Object> arg) {
    StreamApi.Channel c = session.api.resolve(session, arg);
    if (c == null) {
      return;
    }
    session.subscriptions.put(c.key(), c.argJson());
    session.send(session.api.ack("subscribe", c));
    session.api.subscribed(session, c, ex.nowMillis());
  }

  private void unsubscribe(WsSession session, Map<String, Object> arg) {
    StreamApi.Channel c = session.api.resolve(session, arg);
    if (c == null) {
      return;
    }
    session.subscriptions.remove(c.key());
    session.send(session.api.ack("unsubscribe", c));
  }

  // ---- engine events ------------------------------------------------------------------------

  /** Publishes one market move: ticker, books, trades and candles. */
  void publishMarket(Market m, OrderBook.Diff diff, List<Market.Trade> trades, long now) {
    boolean withheld = !diff.isEmpty() && withheldBooks.remove(m.contract.symbol);
    if (sessions.isEmpty()) {
      return;
    }
    for (StreamApi api : apis) {
      api.market(m, diff, trades, withheld, now);
    }
  }

  void publishOrder(Account a, Order o, long now) {
    for (StreamApi api : apis) {
      api.order(a, o, now);
    }
  }

  /** Publishes one execution of an order of {@code a}. */
  void publishFill(Account a, Fill f, long now) {
    for (StreamApi api : apis) {
      api.fill(a, f, now);
    }
  }

  void publishPositions(Account a, long now) {
    for (StreamApi api : apis) {
      api.positions(a, now);
    }
  }

  void publishAccount(Account a, long now) {
    for (StreamApi api : apis) {
      api.account(a, now);
    }
  }

  /** Publishes a state change of a conditional order, as the engine records it (in order, under its monitor). */
  void publishConditional(ConditionalEvent event) {
    for (StreamApi api : apis) {
      api.conditional(event);
    }
  }

  /** Publishes the liquidation of {@code p} at {@code price}, before it is closed. */
  void publishLiquidation(Market m, Position p, BigDecimal price, long now) {
    for (StreamApi api : apis) {
      api.liquidation(m, p, price, now);
    }
  }

  /** Pushes account and positions again where a version does so on a schedule and they are due. */
  void repushIfDue(long now, Duration interval) {
    for (StreamApi api : apis) {
      api.repushIfDue(now, interval.toMillis());
    }
  }

  /**
   * Closes {@code a}'s private connections whose version its new mode no longer speaks, as a
   * login there would now be refused: the client reconnects and finds out.
   */
  void accountModeChanged(Account a) {
    for (WsSession s : sessions) {
      if (s.account == a && s.api.refuseLogin(a).isPresent()) {
        s.closeGracefully(1001, "account mode changed");
      }
    }
  }

  /** Forgets the stream state kept per market and account (not the connections), as the exchange's reset. */
  void reset() {
    withheldBooks.clear();
    for (StreamApi api : apis) {
      api.reset();
    }
  }

  // ---- faults -------------------------------------------------------------------------------

  /** Sends a bad frame of {@code kind}, in its version's words, to every connected client; returns how many got it. */
  public int sendMalformedFrame(MalformedFrame kind) {
    int n = 0;
    for (WsSession s : sessions) {
      s.send(s.api.malformedFrame(kind, ex.nowMillis()));
      n++;
    }
    return n;
  }

  /**
   * Sends every connected client the service-upgrade notice (code 30033), then closes those
   * connections after {@code closeAfter} (real time), at once for zero; returns how many got it.
   */
  public int announceServiceUpgrade(Duration closeAfter, ScheduledExecutorService timers) {
    List<WsSession> notified;
    synchronized (ex) {
      notified = new ArrayList<>(sessions);
      for (WsSession s : notified) {
        s.send(s.api.serviceUpgradeNotice());
      }
    }
    Runnable close = () -> {
      for (WsSession s : notified) {
        s.closeGracefully(1001, "service upgrade");
      }
    };
    if (closeAfter.isZero()) {
      close.run();
    } else {
      upgradeCloses.add(timers.schedule(close, closeAfter.toMillis(), TimeUnit.MILLISECONDS));
    }
    log.debug("announced a service upgrade to {} WebSocket connections, closing them after {}", notified.size(),
        closeAfter);
    return notified.size();
  }

  /** Loses the next books update of every market: its subscribers never get it, though the book moved on. */
  public void withholdNextBookUpdates() {
    synchronized (ex) {
      withheldBooks.addAll(ex.markets.keySet());
    }
  }

  /** Restarts the V3 book sequences with a {@code pseq} 0 snapshot; returns how many subscribers got one. */
  public int resetBookSequences() {
    synchronized (ex) {
      int sent = 0;
      for (StreamApi api : apis) {
        sent += api.resetBookSequences(ex.nowMillis());
      }
      return sent;
    }
  }

  /** Disarms the stream faults: ping replies resume, no book update is withheld, announced closes are called off. */
  public void clearFaults() {
    pingReplies = true;
    synchronized (ex) {
      withheldBooks.clear();
    }
    for (ScheduledFuture<?> f : upgradeCloses) {
      f.cancel(false);
    }
    upgradeCloses.clear();
  }

  /** Cuts every WebSocket connection without a close handshake; returns how many were cut. */
  public int dropAll() {
    int n = 0;
    for (WsSession s : sessions) {
      s.dropAbruptly();
      sessions.remove(s);
      n++;
    }
    log.debug("dropped {} WebSocket connections", n);
    return n;
  }

  /** Starts a normal close of every connection, as a server going away does. */
  public void closeAll() {
    for (WsSession s : sessions) {
      s.closeGracefully(1001, "server shutting down");
    }
  }
}
