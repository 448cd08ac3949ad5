package io.bitget4j.ws.internal;

import io.bitget4j.core.AccountMode;
import io.bitget4j.core.InvalidRequestException;
import io.bitget4j.core.ProductType;
import io.bitget4j.core.Symbol;
import io.bitget4j.core.internal.json.BitgetJson;
import io.bitget4j.core.internal.json.StreamArg;
import io.bitget4j.core.model.Account;
import io.bitget4j.core.model.CandleInterval;
import io.bitget4j.core.model.OrderBook;
import io.bitget4j.core.model.Position;
import io.bitget4j.core.model.Ticker;
import java.util.List;
import java.util.Optional;

/**
 * The V2 stream grammar of classic accounts ({@code wss://ws.bitget.com/v2/ws/...}):
 * {@code {"instType":"USDT-FUTURES","channel":"ticker","instId":"BTCUSDT"}}, candles as channels
 * {@code candle1m} ..., private channels per product type with {@code instId} {@code default}
 * ({@code coin} {@code default} for {@code account}; conditional orders on {@code orders-algo}). Full
 * books are checked by CRC32 checksum.
 * V2 has no {@code books50}, {@code liquidation} or {@code fast-fill}.
 */
final class V2Grammar extends Grammar {
  private static final String CANDLE_PREFIX = "candle";

  V2Grammar(BitgetJson json) {
    super(json, List.of(
        new Entry(Topic.TICKER, "ticker", Shape.SYMBOL),
        new Entry(Topic.TRADES, "trade", Shape.SYMBOL),
        new Entry(Topic.CANDLES, CANDLE_PREFIX, Shape.CANDLE),
        new Entry(Topic.BOOKS, "books", Shape.SYMBOL),
        new Entry(Topic.BOOKS1, "books1", Shape.SYMBOL),
        new Entry(Topic.BOOKS5, "books5", Shape.SYMBOL),
        new Entry(Topic.BOOKS15, "books15", Shape.SYMBOL),
        new Entry(Topic.POSITIONS, "positions", Shape.PRODUCT_DEFAULT_INSTID),
        new Entry(Topic.ORDERS, "orders", Shape.PRODUCT_DEFAULT_INSTID),
        new Entry(Topic.ACCOUNT, "account", Shape.PRODUCT_DEFAULT_COIN),
        new Entry(Topic.FILLS, "fill", Shape.PRODUCT_DEFAULT_INSTID),
        new Entry(Topic.CONDITIONAL_ORDERS, "orders-algo", Shape.PRODUCT_DEFAULT_INSTID)));
  }

  @Override
  public AccountMode mode() {
    return AccountMode.CLASSIC;
  }

  @Override
  public String defaultUrl(boolean privateUrl, boolean demoTrading) {
    return (demoTrading ? "wss://wspap.bitget.com" : "wss://ws.bitget.com") + "/v2/ws/"
        + (privateUrl ? "private" : "public");
  }

  @Override
  Optional<Entry> entryOf(StreamArg arg) {
    String channel = arg.channel();
    return channel.startsWith(CANDLE_PREFIX) ? super.entryOf(withChannel(arg, CANDLE_PREFIX)) : super.entryOf(arg);
  }

  private static StreamArg withChannel(StreamArg arg, String channel) {
    return new StreamArg(arg.instType(), channel, arg.instId(), arg.coin(), arg.interval());
  }

  @Override
  Optional<CandleInterval> intervalOf(StreamArg arg) {
    CandleInterval interval = CandleInterval.fromWire(arg.channel());
    return interval == CandleInterval.UNKNOWN ? Optional.empty() : Optional.of(interval);
  }

  private static String channel(Entry entry, ChannelArg arg) {
    return entry.shape() == Shape.CANDLE ? CANDLE_PREFIX + arg.interval().orElseThrow().wireName() : entry.wireName();
  }

  @Override
  String describe(Entry entry, ChannelArg arg) {
    String scope = entry.shape() == Shape.PRODUCT_DEFAULT_COIN ? "coin " + DEFAULT
        : entry.shape() == Shape.PRODUCT_DEFAULT_INSTID ? DEFAULT : arg.instrument();
    return channel(entry, arg) + " " + arg.productType().map(ProductType::v2Name).orElse("") + " " + scope;
  }

  @Override
  void appendJson(StringBuilder json, Entry entry, ChannelArg arg) {
    json.append("{\"instType\":");
    Frames.appendString(json, arg.productType().map(ProductType::v2Name).orElseThrow());
    json.append(",\"channel\":");
    Frames.appendString(json, channel(entry, arg));
    switch (entry.shape()) {
      case PRODUCT_DEFAULT_COIN:
        json.append(",\"coin\":");
        Frames.appendString(json, DEFAULT);
        break;
      case PRODUCT_DEFAULT_INSTID:
        json.append(",\"instId\":");
        Frames.appendString(json, DEFAULT);
        break;
      default:
        json.append(",\"instId\":");
        Frames.appendString(json, arg.instrument());
        break;
    }
    json.append('}');
  }

  @Override
  InvalidRequestException unsupported(ChannelKey key) {
    switch (key.topic()) {
      case BOOKS50:
        return InvalidRequestException.of("depth", "BookDepth.TOP_50 (books50) is a unified-account (V3) channel;"
            + " classic-account (V2) streams have books of 1, 5 and 15 levels (TOP_1, TOP_5, TOP_15) and the full"
            + " book (FULL)");
      case LIQUIDATIONS:
        return InvalidRequestException.of("channel", "liquidations are a unified-account (V3) topic; classic-account"
            + " (V2) streams have no liquidation channel");
      case FAST_FILLS:
        return InvalidRequestException.of("channel", "fast fills are a unified-account (V3) topic; on a classic"
            + " account (V2) subscribe fills(..), which carry the fee too");
      default:
        return InvalidRequestException.of("channel", "classic-account (V2) streams have no " + key.topic()
            + " channel");
    }
  }

  @Override
  public PushHandler<Ticker> tickers(Symbol symbol) {
    return DecodingHandler.eachItem(json.tickerPush(symbol.productType()));
  }

  @Override
  public PushHandler<OrderBook> books(Symbol symbol, Topic topic) {
    return topic == Topic.BOOKS ? BookHandler.merged(symbol, json.bookPush(), BookMerger.Sync.CHECKSUM)
        : BookHandler.snapshots(symbol, json.bookPush(), 0);
  }

  /** Bitget sends V2's positions channel whole: each push is every open position of the product type. */
  @Override
  public PushHandler<List<Position>> positions(ProductType productType) {
    return DecodingHandler.wholeList(json.positionPush(productType));
  }

  @Override
  public PushHandler<Account> accounts(ProductType productType) {
    return DecodingHandler.eachItem(json.accountPush());
  }
}
