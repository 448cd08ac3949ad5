package io.bitget4j.testkit.internal;

import io.bitget4j.core.ProductType;
import io.bitget4j.core.Symbol;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * V3's WebSocket grammar ({@code /v3/ws/public}, {@code /v3/ws/private}), that of unified
 * trading accounts: arguments {@code {"instType":"usdt-futures","topic":"books","symbol":"BTCUSDT"}}
 * ({@code instType} in any case, acknowledged and pushed in lower case), private topics under
 * {@code instType} {@code UTA}, error codes as strings, books chained by {@code seq} and
 * {@code pseq}. Served to everyone on the public endpoint; a classic account's key is refused
 * on the private one.
 *
 * <p>Books: a snapshot (on subscribe, and after a {@linkplain #resetBookSequences reset}) has
 * {@code pseq} 0 and starts a chain; each update's {@code pseq} is the {@code seq} before it.
 * Sequence numbers are larger than 2<sup>53</sup>, as Bitget's are (a client must not read them
 * through a {@code double}); a reset restarts them at 1. Snapshots carry {@code checksum} 0,
 * updates no checksum. {@code books1}, {@code books5} and {@code books50} push a snapshot (with
 * {@code pseq} 0) at every market move.
 */
final class StreamV3 extends StreamApi {
  /** The topics of the public endpoint. */
  static final List<String> PUBLIC_TOPICS =
      List.of("ticker", "kline", "books", "books1", "books5", "books50", "publicTrade", "liquidation");
  /** The topics of the private endpoint, all under {@code instType} {@code UTA}. */
  static final List<String> PRIVATE_TOPICS =
      List.of("account", "position", "order", "fill", "fast-fill", "strategy-order");
  private static final List<String> KLINE_INTERVALS =
      List.of("1m", "3m", "5m", "15m", "30m", "1H", "4H", "6H", "12H", "1D");
  private static final List<String> DEPTH_TOPICS = List.of("books1", "books5", "books50");
  private static final String UTA = "UTA";
  private static final int CANDLE_SNAPSHOT = 100;
  private static final int TRADE_SNAPSHOT = 50;
  /** Where sequence numbers start: beyond 2^53, the size of the documented {@code 1304314508780744705}. */
  private static final long SEQ_BASE = 1_304_314_508_780_743_000L;

  /** Per symbol, what the V3 {@code seq} adds to the market's book version; moved by a reset. */
  private final Map<Symbol, Long> seqOffsets = new HashMap<>();
  /** Per account, the positions the last position push showed: those gone since are pushed once as ended. */
  private final Map<Account, Map<String, Position>> shownPositions = new HashMap<>();
  /** Per account, when its account or positions were last pushed (for the scheduled re-push). */
  private final Map<Account, Long> lastPrivatePush = new HashMap<>();

  StreamV3(StreamHub hub, Exchange ex) {
    super(ApiVersion.V3, hub, ex);
  }

  // ---- grammar ------------------------------------------------------------------------------

  @Override
  String loginAck() {
    return "{\"event\":\"login\",\"code\":\"0\",\"msg\":\"\"}";
  }

  @Override
  void code(JsonWriter w, int code) {
    w.value(Integer.toString(code));
  }

  /** A classic account's key is refused as Bitget's REST refuses its V3 private calls (40084). */
  @Override
  Optional<String> refuseLogin(Account account) {
    if (account.isUnified()) {
      return Optional.empty();
    }
    return Optional.of(error(null, 40084,
        "You are in Classic Account mode, and the Unified Account API is not supported at this time"));
  }

  @Override
  Channel resolve(WsSession session, Map<String, Object> arg) {
    String instType = text(arg.get("instType"));
    String topic = text(arg.get("topic"));
    String symbol = text(arg.get("symbol"));
    String interval = text(arg.get("interval"));
    String asSent = arg(instType, topic, symbol, interval);
    if (instType == null || topic == null) {
      session.send(doesNotExist(asSent, instType, topic, symbol));
      return null;
    }
    if (PRIVATE_TOPICS.contains(topic)) {
      if (!session.isPrivate || !instType.equalsIgnoreCase(UTA) || interval != null
          || (symbol != null && !symbol.equals("default"))) {
        session.send(doesNotExist(asSent, instType, topic, symbol));
        return null;
      }
      if (session.account == null) {
        session.send(error(asSent, 30004, "User needs to log in"));
        return null;
      }
      return new Channel(topic + "|" + UTA, arg(UTA, topic, symbol, null), topic, null, null);
    }
    Optional<ProductType> type = productType(instType);
    if (session.isPrivate || !PUBLIC_TOPICS.contains(topic) || type.isEmpty()) {
      session.send(doesNotExist(asSent, instType, topic, symbol));
      return null;
    }
    String lower = type.get().v2Name().toLowerCase(Locale.ROOT);
    if (topic.equals("liquidation")) {
      if (symbol != null || ex.markets(type.get()).isEmpty()) {
        session.send(doesNotExist(asSent, instType, topic, symbol));
        return null;
      }
      return new Channel(liquidationKey(lower), arg(lower, topic, null, interval), topic, null, null);
    }
    Market market = null;
    for (Market m : ex.markets(type.get())) {
      if (m.contract.symbol.v2Symbol().equals(symbol)) {
        market = m;
      }
    }
    // ccxt.pro sends an interval with every public topic: only kline's counts, the others' is echoed and ignored
    boolean kline = topic.equals("kline");
    if (market == null || (kline && (interval == null || !KLINE_INTERVALS.contains(interval)))) {
      session.send(doesNotExist(asSent, instType, topic, symbol));
      return null;
    }
    Interval iv = kline ? Interval.byName(interval).orElseThrow() : null;
    return new Channel(publicKey(topic, iv, market), arg(lower, topic, symbol, interval), topic, market, iv);
  }

  private static Optional<ProductType> productType(String instType) {
    try {
      return Optional.of(ProductType.fromV2Name(instType));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static String publicKey(String topic, Interval interval, Market m) {
    return topic + (interval == null ? "" : ":" + interval.name) + "|" + StreamWireV3.instType(m) + "|"
        + m.contract.symbol.v2Symbol();
  }

  private static String liquidationKey(String lowerInstType) {
    return "liquidation|" + lowerInstType;
  }

  private static String arg(String instType, String topic, String symbol, String interval) {
    return argJson("instType", instType, "topic", topic, "symbol", symbol, "interval", interval);
  }

  private String doesNotExist(String argJson, String instType, String topic, String symbol) {
    return error(argJson, 30001, "instType:" + instType + ",topic:" + topic + ",symbol:" + symbol + " doesn't exist");
  }

  /** As the samples: the position topic's acknowledgement carries empty {@code code} and {@code msg}, the others none. */
  @Override
  String ack(String event, Channel c) {
    JsonWriter w = new JsonWriter().beginObject().field("event", event).name("arg").raw(c.argJson());
    if (c.topic().equals("position")) {
      w.field("code", "").field("msg", "");
    }
    return w.endObject().toString();
  }

  /**
   * Account and position push a snapshot on subscribe; order, fill, fast-fill, strategy-order and
   * liquidation push nothing.
   */
  @Override
  void subscribed(WsSession session, Channel c, long now) {
    Market m = c.market();
    JsonWriter data = new JsonWriter().beginArray();
    switch (c.topic()) {
      case "ticker":
        StreamWireV3.ticker(data, m, now);
        break;
      case "kline":
        for (CandleSeries.Candle candle : m.candles(c.interval()).range(Long.MIN_VALUE, Long.MAX_VALUE,
            CANDLE_SNAPSHOT)) {
          StreamWireV3.candle(data, m, candle);
        }
        break;
      case "books":
        bookSnapshot(data, m, OrderBook.LEVELS, now);
        break;
      case "books1":
      case "books5":
      case "books50":
        depth(data, m, c.topic(), now);
        break;
      case "publicTrade":
        for (Market.Trade t : m.recentTrades(TRADE_SNAPSHOT)) {
          StreamWireV3.trade(data, m, t);
        }
        break;
      case "account":
        StreamWireV3.account(data, session.account, ex.marginCoin());
        lastPrivatePush.put(session.account, now);
        break;
      case "position":
        for (Position p : session.account.positions.values()) {
          StreamWireV3.position(data, session.account, p);
        }
        lastPrivatePush.put(session.account, now);
        break;
      default:
        return;
    }
    session.send(frame("snapshot", c.argJson(), data.endArray().toString(), now));
  }

  private void depth(JsonWriter data, Market m, String depthTopic, long now) {
    bookSnapshot(data, m, Integer.parseInt(depthTopic.substring(5)), now);
  }

  /** A snapshot of the top {@code depth} levels: {@code pseq} 0, the book's current {@code seq}. */
  private void bookSnapshot(JsonWriter data, Market m, int depth, long now) {
    StreamWireV3.book(data, m.book.topAsks(depth), m.book.topBids(depth), seq(m), 0, true, now);
  }

  /** The V3 sequence number of the market's current book. */
  private long seq(Market m) {
    return seqOffsets.getOrDefault(m.contract.symbol, SEQ_BASE) + m.seq();
  }

  @Override
  String truncatedPush() {
    return "{\"action\":\"snapshot\",\"arg\":{\"instType\":\"usdt-futures\",\"topic\":\"ticker\","
        + "\"symbol\":\"BTCUSDT\"},\"data\":[{\"lastPrice\":";
  }

  @Override
  String unknownChannelArg() {
    return arg("usdt-futures", NO_SUCH_CHANNEL, "BTCUSDT", null);
  }

  // ---- engine events ------------------------------------------------------------------------

  @Override
  void market(Market m, OrderBook.Diff diff, List<Market.Trade> trades, boolean withheldBook, long now) {
    String key = publicKey("ticker", null, m);
    if (anyone(key)) {
      send(key, "snapshot", array(data -> StreamWireV3.ticker(data, m, now)), now);
    }
    key = publicKey("books", null, m);
    if (!diff.isEmpty() && !withheldBook && anyone(key)) {
      send(key, "update",
          array(data -> StreamWireV3.book(data, diff.asks(), diff.bids(), seq(m), seq(m) - 1, false, now)), now);
    }
    for (String depthTopic : DEPTH_TOPICS) {
      key = publicKey(depthTopic, null, m);
      if (anyone(key)) {
        send(key, "snapshot", array(data -> depth(data, m, depthTopic, now)), now);
      }
    }
    key = publicKey("publicTrade", null, m);
    if (!trades.isEmpty() && anyone(key)) {
      JsonWriter data = new JsonWriter().beginArray();
      for (int i = trades.size() - 1; i >= 0; i--) {
        StreamWireV3.trade(data, m, trades.get(i));
      }
      send(key, "update", data.endArray().toString(), now);
    }
    for (String name : KLINE_INTERVALS) {
      Interval interval = Interval.byName(name).orElseThrow();
      key = publicKey("kline", interval, m);
      if (anyone(key)) {
        send(key, "update", array(data -> StreamWireV3.candle(data, m, m.candles(interval).current())), now);
      }
    }
  }

  @Override
  void liquidation(Market m, Position p, BigDecimal price, long now) {
    String key = liquidationKey(StreamWireV3.instType(m));
    if (anyone(key)) {
      send(key, "update", array(data -> StreamWireV3.liquidation(data, p, price, now)), now);
    }
  }

  @Override
  void order(Account a, Order o, long now) {
    if (anyPrivate(a, "order")) {
      sendPrivate(a, "order", "snapshot", array(data -> StreamWireV3.order(data, o)), now);
    }
  }

  /** {@code fill} pushes a list; {@code fast-fill}, as documented, a single object. */
  @Override
  void fill(Account a, Fill f, long now) {
    if (anyPrivate(a, "fast-fill")) {
      JsonWriter data = new JsonWriter();
      StreamWireV3.fastFill(data, f);
      sendPrivate(a, "fast-fill", "snapshot", data.toString(), now);
    }
    if (anyPrivate(a, "fill")) {
      sendPrivate(a, "fill", "snapshot", array(data -> StreamWireV3.fill(data, f)), now);
    }
  }

  /** Every state change of a conditional order, as a {@code strategy-order} push of that order. */
  @Override
  void conditional(ConditionalEvent event) {
    if (!anyPrivate(event.account(), "strategy-order")) {
      return;
    }
    sendPrivate(event.account(), "strategy-order", "snapshot",
        array(data -> WireV3.strategyOrderPush(data, event.order())), event.timestampMillis());
  }

  /** Every open position, and once more, as ended, each one that has gone since the last push. */
  @Override
  void positions(Account a, long now) {
    Map<String, Position> before = shownPositions.getOrDefault(a, Map.of());
    List<Position> ended = new ArrayList<>();
    for (Map.Entry<String, Position> e : before.entrySet()) {
      if (!a.positions.containsKey(e.getKey())) {
        ended.add(e.getValue());
      }
    }
    shownPositions.put(a, new LinkedHashMap<>(a.positions));
    if (!anyPrivate(a, "position")) {
      return;
    }
    JsonWriter data = new JsonWriter().beginArray();
    for (Position p : a.positions.values()) {
      StreamWireV3.position(data, a, p);
    }
    for (Position p : ended) {
      StreamWireV3.endedPosition(data, a, p);
    }
    sendPrivate(a, "position", "snapshot", data.endArray().toString(), now);
    lastPrivatePush.put(a, now);
  }

  @Override
  void account(Account a, long now) {
    if (anyPrivate(a, "account")) {
      sendPrivate(a, "account", "snapshot", array(data -> StreamWireV3.account(data, a, ex.marginCoin())), now);
      lastPrivatePush.put(a, now);
    }
  }

  /** Bitget pushes account and positions every 5 s unchanged; the fake does so at the first tick past the interval. */
  @Override
  void repushIfDue(long now, long intervalMillis) {
    for (Account a : ex.accounts()) {
      if (!anyPrivate(a, "account") && !anyPrivate(a, "position")) {
        continue;
      }
      Long last = lastPrivatePush.get(a);
      if (last == null || now - last >= intervalMillis) {
        positions(a, now);
        account(a, now);
      }
    }
  }

  @Override
  int resetBookSequences(long now) {
    int sent = 0;
    for (Market m : ex.markets.values()) {
      seqOffsets.put(m.contract.symbol, 1 - m.seq());
      String key = publicKey("books", null, m);
      sent += subscribers(key);
      if (anyone(key)) {
        send(key, "snapshot", array(data -> bookSnapshot(data, m, OrderBook.LEVELS, now)), now);
      }
    }
    return sent;
  }

  @Override
  void reset() {
    seqOffsets.clear();
    shownPositions.clear();
    lastPrivatePush.clear();
  }
}
