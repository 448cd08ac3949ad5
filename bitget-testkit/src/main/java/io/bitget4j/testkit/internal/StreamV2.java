package io.bitget4j.testkit.internal;

import io.bitget4j.core.ProductType;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * V2's WebSocket grammar ({@code /v2/ws/public}, {@code /v2/ws/private}): arguments
 * {@code {"instType":"USDT-FUTURES","channel":"ticker","instId":"BTCUSDT"}}, private channels
 * {@code positions}, {@code orders}, {@code orders-algo}, {@code fill} ({@code instId} {@code default}) and
 * {@code account} ({@code coin} {@code default}), numeric error codes, books with a CRC32 checksum. Served to
 * everyone on the public endpoint; a unified account's key is refused on the private one.
 */
final class StreamV2 extends StreamApi {
  private static final int CANDLE_SNAPSHOT = 100;
  private static final int TRADE_SNAPSHOT = 50;
  private static final List<String> PRIVATE_CHANNELS = List.of("positions", "orders", "account", "orders-algo", "fill");
  private static final List<String> DEPTH_CHANNELS = List.of("books1", "books5", "books15");

  private final boolean loginCodeAsString;

  StreamV2(StreamHub hub, Exchange ex, boolean loginCodeAsString) {
    super(ApiVersion.V2, hub, ex);
    this.loginCodeAsString = loginCodeAsString;
  }

  // ---- grammar ------------------------------------------------------------------------------

  @Override
  String loginAck() {
    JsonWriter w = new JsonWriter().beginObject().field("event", "login").name("code");
    if (loginCodeAsString) {
      w.value("0");
    } else {
      w.value(0);
    }
    return w.endObject().toString();
  }

  @Override
  void code(JsonWriter w, int code) {
    w.value(code);
  }

  /**
   * A unified account's key is refused as Bitget's REST refuses its V2 private calls (40085).
   * Bitget's answer to a V2 stream login with such a key is not documented; refusing at login
   * lets a client find out at once instead of waiting for pushes that never come.
   */
  @Override
  Optional<String> refuseLogin(Account account) {
    if (!account.isUnified()) {
      return Optional.empty();
    }
    return Optional.of(error(null, 40085,
        "You are in Unified Account mode, and the Classic Account API is not supported at this time"));
  }

  @Override
  Channel resolve(WsSession session, Map<String, Object> arg) {
    String instType = text(arg.get("instType"));
    String channel = text(arg.get("channel"));
    String instId = text(arg.get("instId"));
    String coin = text(arg.get("coin"));
    String argJson = canonicalArg(instType, channel, instId, coin);
    ProductType type;
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
      return new Channel(channel + "|" + type.v2Name(), argJson, channel, null, null);
    }
    Optional<Interval> interval = Interval.byChannel(channel);
    boolean known = channel.equals("ticker") || channel.equals("trade") || channel.equals("books")
        || DEPTH_CHANNELS.contains(channel) || interval.isPresent();
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
    return new Channel(publicKey(channel, market), argJson, channel, market, interval.orElse(null));
  }

  private static String publicKey(String channel, Market m) {
    return channel + "|" + m.contract.symbol.productType().v2Name() + "|" + m.contract.symbol.v2Symbol();
  }

  private static String canonicalArg(String instType, String channel, String instId, String coin) {
    return argJson("instType", instType, "channel", channel, "instId", instId, "coin", coin);
  }

  private String doesNotExist(String argJson, String instType, String channel, String instId, String coin) {
    String where = coin != null && instId == null ? "coin:" + coin : "instId:" + instId;
    return error(argJson, 30001, "instType:" + instType + ",channel:" + channel + "," + where + " doesn't exist");
  }

  @Override
  void subscribed(WsSession session, Channel c, long now) {
    Market m = c.market();
    JsonWriter data = new JsonWriter().beginArray();
    switch (c.topic()) {
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
        book(data, m, depth(c.topic()), now);
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
      case "orders-algo":
        return; // as the orders channel, it sends no list of the live orders
      case "fill":
        return; // no past fills: only executions after the subscription
      default:
        CandleSeries series = m.candles(c.interval());
        for (CandleSeries.Candle candle : series.range(Long.MIN_VALUE, Long.MAX_VALUE, CANDLE_SNAPSHOT)) {
          Wire.candle(data, m, candle);
        }
    }
    session.send(frame("snapshot", c.argJson(), data.endArray().toString(), now));
  }

  private static int depth(String depthChannel) {
    return Integer.parseInt(depthChannel.substring(5));
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

  @Override
  String truncatedPush() {
    return "{\"action\":\"snapshot\",\"arg\":{\"instType\":\"USDT-FUTURES\",\"channel\":\"ticker\","
        + "\"instId\":\"BTCUSDT\"},\"data\":[{\"instId\":";
  }

  @Override
  String unknownChannelArg() {
    return canonicalArg("USDT-FUTURES", NO_SUCH_CHANNEL, "BTCUSDT", null);
  }

  // ---- engine events ------------------------------------------------------------------------

  @Override
  void market(Market m, OrderBook.Diff diff, List<Market.Trade> trades, boolean withheldBook, long now) {
    String key = publicKey("ticker", m);
    if (anyone(key)) {
      send(key, "snapshot", array(data -> Wire.wsTicker(data, m, now)), now);
    }
    key = publicKey("books", m);
    if (!diff.isEmpty() && !withheldBook && anyone(key)) {
      JsonWriter data = new JsonWriter().beginArray().beginObject().name("asks");
      Wire.levels(data, diff.asks());
      data.name("bids");
      Wire.levels(data, diff.bids());
      data.field("checksum", m.book.checksum(25)).field("seq", m.seq()).field("ts", Long.toString(now))
          .endObject().endArray();
      send(key, "update", data.toString(), now);
    }
    for (String depthChannel : DEPTH_CHANNELS) {
      key = publicKey(depthChannel, m);
      if (anyone(key)) {
        send(key, "snapshot", array(data -> book(data, m, depth(depthChannel), now)), now);
      }
    }
    key = publicKey("trade", m);
    if (!trades.isEmpty() && anyone(key)) {
      JsonWriter data = new JsonWriter().beginArray();
      for (int i = trades.size() - 1; i >= 0; i--) {
        Wire.wsTrade(data, m, trades.get(i));
      }
      send(key, "update", data.endArray().toString(), now);
    }
    for (Interval interval : Interval.all()) {
      key = publicKey(interval.channel(), m);
      if (anyone(key)) {
        send(key, "update", array(data -> Wire.candle(data, m, m.candles(interval).current())), now);
      }
    }
  }

  @Override
  void order(Account a, Order o, long now) {
    if (!anyPrivate(a, "orders")) {
      return;
    }
    sendPrivate(a, "orders", "snapshot", array(data -> Wire.wsOrder(data, o)), now);
  }

  /** Each execution, as a {@code fill} snapshot of that one fill, before the order's own push. */
  @Override
  void fill(Account a, Fill f, long now) {
    if (!anyPrivate(a, "fill")) {
      return;
    }
    sendPrivate(a, "fill", "snapshot", array(data -> Wire.wsFill(data, f)), now);
  }

  /** Every state change of a conditional order, as an {@code orders-algo} snapshot of that order. */
  @Override
  void conditional(ConditionalEvent event) {
    if (!anyPrivate(event.account(), "orders-algo")) {
      return;
    }
    sendPrivate(event.account(), "orders-algo", "snapshot", array(data -> Wire.wsPlanOrder(data, event.order())),
        event.timestampMillis());
  }

  @Override
  void positions(Account a, long now) {
    if (!anyPrivate(a, "positions")) {
      return;
    }
    JsonWriter data = new JsonWriter().beginArray();
    for (Position p : a.positions.values()) {
      Wire.wsPosition(data, a, p);
    }
    sendPrivate(a, "positions", "snapshot", data.endArray().toString(), now);
  }

  @Override
  void account(Account a, long now) {
    if (!anyPrivate(a, "account")) {
      return;
    }
    sendPrivate(a, "account", "snapshot", array(data -> Wire.wsAccount(data, a, ex.marginCoin())), now);
  }
}
