package io.bitget4j.testkit.internal;

import io.bitget4j.core.ProductType;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The WebSocket side of the fake: logins, subscriptions and the frames pushed to them. Frames are
 * built and queued while the {@link Exchange}'s monitor is held, so that a subscriber sees its
 * snapshot before any update and every update in order; queueing never blocks.
 */
public final class StreamHub {
  private static final Logger log = LoggerFactory.getLogger(StreamHub.class);
  private static final long LOGIN_WINDOW_SECONDS = 30;
  private static final int CANDLE_SNAPSHOT = 100;
  private static final int TRADE_SNAPSHOT = 50;

  private final Exchange ex;
  private final boolean loginCodeAsString;
  private final List<WsSession> sessions = new CopyOnWriteArrayList<>();
  private volatile boolean pingReplies = true;

  StreamHub(Exchange ex, boolean loginCodeAsString) {
    this.ex = ex;
    this.loginCodeAsString = loginCodeAsString;
  }

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

  /** Handles one text frame from a client, on that socket's reader thread. */
  void onText(WsSession session, String text) {
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
      session.send(error(null, 30002, "Illegal request"));
      return;
    }
    if (!(parsed instanceof Map)) {
      session.send(error(null, 30002, "Illegal request"));
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
        session.send(error(null, 30003, "Invalid op"));
      }
    }
  }

  // ---- login --------------------------------------------------------------------------------

  private void login(WsSession session, List<Map<String, Object>> args) {
    if (!session.isPrivate) {
      session.send(error(null, 30002, "Illegal request: login on the public endpoint"));
      return;
    }
    if (args.isEmpty()) {
      session.send(error(null, 30002, "Illegal request"));
      return;
    }
    Map<String, Object> arg = args.get(0);
    String apiKey = text(arg.get("apiKey"));
    String passphrase = text(arg.get("passphrase"));
    String timestamp = text(arg.get("timestamp"));
    String sign = text(arg.get("sign"));
    Account account = apiKey == null ? null : ex.account(apiKey).orElse(null);
    if (account == null) {
      session.send(error(null, 30011, "Invalid ACCESS_KEY"));
      return;
    }
    if (passphrase == null || !passphrase.equals(account.passphrase)) {
      session.send(error(null, 30012, "Invalid ACCESS_PASSPHRASE"));
      return;
    }
    long seconds;
    try {
      seconds = Long.parseLong(timestamp == null ? "" : timestamp);
    } catch (NumberFormatException e) {
      session.send(error(null, 30013, "Invalid ACCESS_TIMESTAMP"));
      return;
    }
    long nowSeconds = Math.floorDiv(ex.nowMillis(), 1000L);
    if (Math.abs(nowSeconds - seconds) > LOGIN_WINDOW_SECONDS) {
      session.send(error(null, 30014, "Request timestamp expired"));
      return;
    }
    String expected = hmac(account.secretKey, timestamp + "GET" + "/user/verify");
    if (sign == null || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
        sign.getBytes(StandardCharsets.UTF_8))) {
      session.send(error(null, 30015, "Invalid sign"));
      return;
    }
    session.account = account;
    JsonWriter w = new JsonWriter().beginObject().field("event", "login").name("code");
    if (loginCodeAsString) {
      w.value("0");
    } else {
      w.value(0);
    }
    session.send(w.endObject().toString());
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

  private static String text(Object value) {
    if (value == null) {
      return null;
    }
    return value instanceof BigDecimal ? ((BigDecimal) value).toPlainString() : value.toString();
  }

  // ---- subscriptions ------------------------------------------------------------------------

  /** A validated subscription argument and its canonical JSON. */
  record Channel(String key, String argJson, String channel, Market market) {}

  private static final List<String> PRIVATE_CHANNELS = List.of("positions", "orders", "account");
  private static final List<String> BOOK_CHANNELS = List.of("books", "books1", "books5", "books15");

  /** Resolves an argument to a channel, or returns null after sending the error. */
  private Channel resolve(WsSession session, Map<String, Object> arg) {
    String instType = text(arg.get("instType"));
    String channel = text(arg.get("channel"));
    String instId = text(arg.get("instId"));
    String coin = text(arg.get("coin"));
    String argJson = canonicalArg(instType, channel, instId, coin);
    ProductType type = null;
    try {
      type = instType == null ? null : ProductType.fromV2Name(instType);
    } catch (IllegalArgumentException e) {
      type = null;
    }
    boolean isPrivateChannel = channel != null && PRIVATE_CHANNELS.contains(channel);
    if (type == null || channel == null || isPrivateChannel != session.isPrivate
        || !instType.equals(type.v2Name())) {
      session.send(doesNotExist(argJson, instType, channel, instId, coin));
      return null;
    }
    if (isPrivateChannel) {
      boolean ok = channel.equals("account") ? "default".equals(coin) || (coin == null && "default".equals(instId))
          : "default".equals(instId);
      if (!ok) {
        session.send(doesNotExist(argJson, instType, channel, instId, coin));
        return null;
      }
      if (session.account == null) {
        session.send(error(argJson, 30004, "User needs to log in"));
        return null;
      }
      return new Channel(channel + "|" + type.v2Name(), argJson, channel, null);
    }
    boolean known = channel.equals("ticker") || channel.equals("trade") || BOOK_CHANNELS.contains(channel)
        || Interval.byChannel(channel).isPresent();
    Market market = null;
    if (known && instId != null) {
      for (Market m : ex.markets(type)) {
        if (m.contract.symbol.v2Symbol().equals(instId)) {
          market = m;
        }
      }
    }
    if (market == null) {
      session.send(doesNotExist(argJson, instType, channel, instId, coin));
      return null;
    }
    return new Channel(publicKey(channel, market), argJson, channel, market);
  }

  private static String publicKey(String channel, Market m) {
    return channel + "|" + m.contract.symbol.productType().v2Name() + "|" + m.contract.symbol.v2Symbol();
  }

  private static String canonicalArg(String instType, String channel, String instId, String coin) {
    JsonWriter w = new JsonWriter().beginObject();
    if (instType != null) {
      w.field("instType", instType);
    }
    if (channel != null) {
      w.field("channel", channel);
    }
    if (instId != null) {
      w.field("instId", instId);
    }
    if (coin != null) {
      w.field("coin", coin);
    }
    return w.endObject().toString();
  }

  private static String doesNotExist(String argJson, String instType, String channel, String instId, String coin) {
    String where = coin != null && instId == null ? "coin:" + coin : "instId:" + instId;
    return error(argJson, 30001, "instType:" + instType + ",channel:" + channel + "," + where + " doesn't exist");
  }

  private static String error(String argJson, int code, String msg) {
    JsonWriter w = new JsonWriter().beginObject().field("event", "error");
    if (argJson != null) {
      w.name("arg").raw(argJson);
    }
    return w.field("code", code).field("msg", msg).endObject().toString();
  }

  private void subscribe(WsSession session, Map<String, Object> arg) {
    Channel c = resolve(session, arg);
    if (c == null) {
      return;
    }
    session.subscriptions.put(c.key(), c.argJson());
    session.send(new JsonWriter().beginObject().field("event", "subscribe").name("arg").raw(c.argJson())
        .endObject().toString());
    session.send(snapshot(session, c, ex.nowMillis()));
  }

  private void unsubscribe(WsSession session, Map<String, Object> arg) {
    Channel c = resolve(session, arg);
    if (c == null) {
      return;
    }
    session.subscriptions.remove(c.key());
    session.send(new JsonWriter().beginObject().field("event", "unsubscribe").name("arg").raw(c.argJson())
        .endObject().toString());
  }

  // ---- frames -------------------------------------------------------------------------------

  private static String frame(String action, String argJson, String data, long ts) {
    return new JsonWriter().beginObject()
        .field("action", action)
        .name("arg").raw(argJson)
        .name("data").raw(data)
        .field("ts", ts)
        .endObject().toString();
  }

  private String snapshot(WsSession session, Channel c, long now) {
    Market m = c.market();
    JsonWriter data = new JsonWriter().beginArray();
    switch (c.channel()) {
      case "ticker":
        Wire.wsTicker(data, m, now);
        break;
      case "trade":
        for (Market.Trade t : m.recentTrades(TRADE_SNAPSHOT)) {
          Wire.wsTrade(data, m, t);
        }
        break;
      case "books":
        book(data, m, OrderBook.LEVELS, now);
        break;
      case "books1":
      case "books5":
      case "books15":
        book(data, m, Integer.parseInt(c.channel().substring(5)), now);
        break;
      case "positions":
        for (Position p : session.account.positions.values()) {
          Wire.wsPosition(data, session.account, p);
        }
        break;
      case "orders":
        for (Order o : session.account.live.values()) {
          Wire.wsOrder(data, o);
        }
        break;
      case "account":
        Wire.wsAccount(data, session.account, ex.marginCoin());
        break;
      default:
        Interval interval = Interval.byChannel(c.channel()).orElseThrow();
        CandleSeries series = m.candles(interval);
        for (CandleSeries.Candle candle : series.range(Long.MIN_VALUE, Long.MAX_VALUE, CANDLE_SNAPSHOT)) {
          Wire.candle(data, m, candle);
        }
    }
    return frame("snapshot", c.argJson(), data.endArray().toString(), now);
  }


  /** The top {@code depth} levels with their checksum (over at most 25 levels) and seq. */
  private static void book(JsonWriter data, Market m, int depth, long now) {
    List<OrderBook.Level> asks = m.book.topAsks(depth);
    List<OrderBook.Level> bids = m.book.topBids(depth);
    data.beginObject().name("asks");
    Wire.levels(data, asks);
    data.name("bids");
    Wire.levels(data, bids);
    data.field("checksum", m.book.checksum(Math.min(depth, 25)))
        .field("seq", m.seq())
        .field("ts", Long.toString(now))
        .endObject();
  }

  private boolean anyone(String key) {
    for (WsSession s : sessions) {
      if (s.subscriptions.containsKey(key)) {
        return true;
      }
    }
    return false;
  }

  private void sendToSubscribers(String key, String frame) {
    for (WsSession s : sessions) {
      if (s.subscriptions.containsKey(key)) {
        s.send(frame);
      }
    }
  }

  /** Publishes one market move: ticker, books, trades and candles. */
  void publishMarket(Market m, OrderBook.Diff diff, List<Market.Trade> trades, long now) {
    if (sessions.isEmpty()) {
      return;
    }
    String key = publicKey("ticker", m);
    if (anyone(key)) {
      JsonWriter data = new JsonWriter().beginArray();
      Wire.wsTicker(data, m, now);
      sendToSubscribers(key, frame("snapshot", argOf("ticker", m), data.endArray().toString(), now));
    }
    key = publicKey("books", m);
    if (!diff.isEmpty() && anyone(key)) {
      JsonWriter data = new JsonWriter().beginArray().beginObject().name("asks");
      Wire.levels(data, diff.asks());
      data.name("bids");
      Wire.levels(data, diff.bids());
      data.field("checksum", m.book.checksum(25)).field("seq", m.seq()).field("ts", Long.toString(now))
          .endObject().endArray();
      sendToSubscribers(key, frame("update", argOf("books", m), data.toString(), now));
    }
    for (String depthChannel : List.of("books1", "books5", "books15")) {
      key = publicKey(depthChannel, m);
      if (anyone(key)) {
        JsonWriter data = new JsonWriter().beginArray();
        book(data, m, Integer.parseInt(depthChannel.substring(5)), now);
        sendToSubscribers(key, frame("snapshot", argOf(depthChannel, m), data.endArray().toString(), now));
      }
    }
    key = publicKey("trade", m);
    if (!trades.isEmpty() && anyone(key)) {
      JsonWriter data = new JsonWriter().beginArray();
      for (int i = trades.size() - 1; i >= 0; i--) {
        Wire.wsTrade(data, m, trades.get(i));
      }
      sendToSubscribers(key, frame("update", argOf("trade", m), data.endArray().toString(), now));
    }
    for (Interval interval : Interval.all()) {
      key = publicKey(interval.channel(), m);
      if (anyone(key)) {
        JsonWriter data = new JsonWriter().beginArray();
        Wire.candle(data, m, m.candles(interval).current());
        sendToSubscribers(key, frame("update", argOf(interval.channel(), m), data.endArray().toString(), now));
      }
    }
  }

  private static String argOf(String channel, Market m) {
    return canonicalArg(m.contract.symbol.productType().v2Name(), channel, m.contract.symbol.v2Symbol(), null);
  }

  private void sendPrivate(Account a, String channel, String data, long now) {
    for (WsSession s : sessions) {
      if (s.account != a) {
        continue;
      }
      for (Map.Entry<String, String> sub : s.subscriptions.entrySet()) {
        if (sub.getKey().startsWith(channel + "|")) {
          s.send(frame("snapshot", sub.getValue(), data, now));
        }
      }
    }
  }

  private boolean anyPrivate(Account a) {
    for (WsSession s : sessions) {
      if (s.account == a && !s.subscriptions.isEmpty()) {
        return true;
      }
    }
    return false;
  }

  void publishOrder(Account a, Order o, long now) {
    if (!anyPrivate(a)) {
      return;
    }
    JsonWriter data = new JsonWriter().beginArray();
    Wire.wsOrder(data, o);
    sendPrivate(a, "orders", data.endArray().toString(), now);
  }

  void publishPositions(Account a, long now) {
    if (!anyPrivate(a)) {
      return;
    }
    JsonWriter data = new JsonWriter().beginArray();
    for (Position p : a.positions.values()) {
      Wire.wsPosition(data, a, p);
    }
    sendPrivate(a, "positions", data.endArray().toString(), now);
  }

  void publishAccount(Account a, long now) {
    if (!anyPrivate(a)) {
      return;
    }
    JsonWriter data = new JsonWriter().beginArray();
    Wire.wsAccount(data, a, ex.marginCoin());
    sendPrivate(a, "account", data.endArray().toString(), now);
  }

  // ---- faults -------------------------------------------------------------------------------

  /** Sends a truncated JSON frame to every connected client; returns how many got it. */
  public int sendMalformedFrame() {
    int n = 0;
    for (WsSession s : sessions) {
      s.send("{\"action\":\"snapshot\",\"arg\":{\"instType\":\"USDT-FUTURES\",\"channel\":\"ticker\","
          + "\"instId\":\"BTCUSDT\"},\"data\":[{\"instId\":");
      n++;
    }
    return n;
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
      s.closeGracefully();
    }
  }
}
