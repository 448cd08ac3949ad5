package io.bitget4j.testkit.internal;

import io.bitget4j.testkit.MalformedFrame;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One API version's WebSocket grammar: how its subscription arguments name a channel, how it
 * acknowledges, refuses and frames, and how it renders each engine event as a push. The
 * {@link StreamHub} owns the connections and hands every event to both versions; each renders
 * only for its own connections that subscribed, and only when one did. Runs under the
 * {@link Exchange}'s monitor.
 *
 * <p>Adding a push topic to a version is one override here per version plus its name in that
 * version's topic list: an engine event {@code publishX} on the hub calls {@code x(..)} on every
 * version, whose default does nothing.
 */
abstract class StreamApi {
  /** A validated subscription: its key (unique within the version) and the {@code arg} its pushes carry. */
  record Channel(String key, String argJson, String topic, Market market, Interval interval) {}

  /** Text that is not JSON at all, as an HTTP proxy's error page. */
  private static final String NOT_JSON_TEXT = "<html><body><h1>502 Bad Gateway</h1></body></html>";
  /** The name of a channel (V2) or topic (V3) that does not exist. */
  static final String NO_SUCH_CHANNEL = "noSuchChannel";

  final ApiVersion version;
  final StreamHub hub;
  final Exchange ex;

  StreamApi(ApiVersion version, StreamHub hub, Exchange ex) {
    this.version = version;
    this.hub = hub;
    this.ex = ex;
  }

  // ---- grammar ------------------------------------------------------------------------------

  /** The answer to a successful login. */
  abstract String loginAck();

  /** An error event, with the arg it concerns ({@code null} for none). */
  String error(String argJson, int code, String msg) {
    JsonWriter w = new JsonWriter().beginObject().field("event", "error");
    if (argJson != null) {
      w.name("arg").raw(argJson);
    }
    code(w.name("code"), code);
    return w.field("msg", msg).endObject().toString();
  }

  /** Writes an error code as this version spells it: V2 a number, V3 a string. */
  abstract void code(JsonWriter w, int code);

  /** A push's data: a JSON array of the rows {@code rows} writes into it. */
  static String array(Consumer<JsonWriter> rows) {
    JsonWriter data = new JsonWriter().beginArray();
    rows.accept(data);
    return data.endArray().toString();
  }

  /** A subscription argument of the given names and values, in that order, leaving out null values. */
  static String argJson(String... namesAndValues) {
    JsonWriter w = new JsonWriter().beginObject();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      if (namesAndValues[i + 1] != null) {
        w.field(namesAndValues[i], namesAndValues[i + 1]);
      }
    }
    return w.endObject().toString();
  }

  /** The refusal of a login whose key belongs to an account that does not speak this version, if it does not. */
  abstract Optional<String> refuseLogin(Account account);

  /** Resolves a subscription argument, or sends the error and returns null. */
  abstract Channel resolve(WsSession session, Map<String, Object> arg);

  /** The acknowledgement of a subscribe or unsubscribe ({@code event}). */
  String ack(String event, Channel c) {
    return new JsonWriter().beginObject().field("event", event).name("arg").raw(c.argJson()).endObject().toString();
  }

  /** Sends what a topic pushes on subscribe, if it pushes anything. */
  abstract void subscribed(WsSession session, Channel c, long now);

  /** A bad frame of {@code kind}, in this version's words. */
  final String malformedFrame(MalformedFrame kind, long now) {
    switch (kind) {
      case NOT_JSON:
        return NOT_JSON_TEXT;
      case UNKNOWN_CHANNEL:
        return frame("snapshot", unknownChannelArg(), "[{}]", now);
      default:
        return truncatedPush();
    }
  }

  /** A frame that is not valid JSON, shaped like the start of this version's ticker push. */
  abstract String truncatedPush();

  /** The subscription argument of a BTCUSDT channel that does not exist, in this version's words. */
  abstract String unknownChannelArg();

  /** The notice that the service is being upgraded and the connection will be closed: error 30033. */
  String serviceUpgradeNotice() {
    return error(null, 30033, "service upgrade: this connection will be closed, please reconnect");
  }

  // ---- engine events (each renders only when one of its connections subscribed) -------------

  /**
   * One market move: ticker, books, trades and candles. {@code withheldBook} means the books
   * update of this move is lost (a fault): nobody gets it, though the book's sequence advanced.
   */
  abstract void market(Market m, OrderBook.Diff diff, List<Market.Trade> trades, boolean withheldBook, long now);

  abstract void order(Account a, Order o, long now);

  abstract void positions(Account a, long now);

  abstract void account(Account a, long now);

  /** An execution of one of the account's orders. */
  void fill(Account a, Fill f, long now) {}

  /** A state change of one of the account's conditional orders ({@link ConditionalEvent}). */
  void conditional(ConditionalEvent event) {}

  /** A position closed by liquidation, which public liquidation feeds report. */
  void liquidation(Market m, Position p, BigDecimal price, long now) {}

  /** Pushes account and positions again if this version does so on a schedule and they are due. */
  void repushIfDue(long now, long intervalMillis) {}

  /**
   * Starts the books of every market afresh (a fault): sends each books subscriber a snapshot
   * whose sequence restarts; returns how many got one, 0 where the version has no such reset.
   */
  int resetBookSequences(long now) {
    return 0;
  }

  /** Forgets per-market and per-account stream state, as after the exchange's reset. */
  void reset() {}

  // ---- sending ------------------------------------------------------------------------------

  static String frame(String action, String argJson, String data, long ts) {
    return new JsonWriter().beginObject()
        .field("action", action)
        .name("arg").raw(argJson)
        .name("data").raw(data)
        .field("ts", ts)
        .endObject().toString();
  }

  /** Whether one of this version's connections subscribed {@code key}. */
  boolean anyone(String key) {
    for (WsSession s : hub.sessions()) {
      if (s.api == this && s.subscriptions.containsKey(key)) {
        return true;
      }
    }
    return false;
  }

  /** How many of this version's connections subscribed {@code key}. */
  int subscribers(String key) {
    int n = 0;
    for (WsSession s : hub.sessions()) {
      if (s.api == this && s.subscriptions.containsKey(key)) {
        n++;
      }
    }
    return n;
  }

  /** Pushes {@code data} to every connection of this version subscribed to {@code key}, each with its arg. */
  void send(String key, String action, String data, long now) {
    Map<String, String> frames = new HashMap<>(2);
    for (WsSession s : hub.sessions()) {
      String arg = s.api == this ? s.subscriptions.get(key) : null;
      if (arg != null) {
        s.send(frames.computeIfAbsent(arg, a -> frame(action, a, data, now)));
      }
    }
  }

  /**
   * Whether one of this version's connections logged in as {@code a} subscribed a private
   * {@code topic} (whose keys are {@code topic|...}).
   */
  boolean anyPrivate(Account a, String topic) {
    for (WsSession s : hub.sessions()) {
      if (s.api == this && s.account == a && privateArg(s, topic) != null) {
        return true;
      }
    }
    return false;
  }

  /** Pushes {@code data} to this version's connections logged in as {@code a} that subscribed {@code topic}. */
  void sendPrivate(Account a, String topic, String action, String data, long now) {
    for (WsSession s : hub.sessions()) {
      if (s.api != this || s.account != a) {
        continue;
      }
      for (Map.Entry<String, String> sub : s.subscriptions.entrySet()) {
        if (sub.getKey().startsWith(topic + "|")) {
          s.send(frame(action, sub.getValue(), data, now));
        }
      }
    }
  }

  private static String privateArg(WsSession s, String topic) {
    for (Map.Entry<String, String> sub : s.subscriptions.entrySet()) {
      if (sub.getKey().startsWith(topic + "|")) {
        return sub.getValue();
      }
    }
    return null;
  }

  static String text(Object value) {
    if (value == null) {
      return null;
    }
    return value instanceof BigDecimal ? ((BigDecimal) value).toPlainString() : value.toString();
  }
}
