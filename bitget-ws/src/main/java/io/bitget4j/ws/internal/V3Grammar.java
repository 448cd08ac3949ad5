package io.bitget4j.ws.internal;

import io.bitget4j.core.AccountMode;
import io.bitget4j.core.InvalidRequestException;
import io.bitget4j.core.ProductType;
import io.bitget4j.core.Symbol;
import io.bitget4j.core.internal.json.BitgetJson;
import io.bitget4j.core.internal.json.JsonDecoder;
import io.bitget4j.core.internal.json.StreamArg;
import io.bitget4j.core.model.Account;
import io.bitget4j.core.model.CandleInterval;
import io.bitget4j.core.model.OrderBook;
import io.bitget4j.core.model.Position;
import io.bitget4j.core.model.Ticker;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The V3 stream grammar of unified trading accounts ({@code wss://ws.bitget.com/v3/ws/...}):
 * {@code {"instType":"usdt-futures","topic":"ticker","symbol":"BTCUSDT"}} with the product type in
 * lower case, candles as topic {@code kline} with a separate {@code interval}, and private topics
 * for the whole account: {@code {"instType":"UTA","topic":"position"}} ({@code fast-fill} and
 * {@code strategy-order}, as Bitget's docs write them, add {@code symbol} {@code default}). Full
 * books are kept in sync by sequence numbers ({@code seq}, {@code pseq}), not checksums. V3 has no {@code books15}: 15-level books are the first 15 levels
 * of {@code books50}. A unified account's private topics carry every product type; each channel
 * keeps the rows of its own.
 */
final class V3Grammar extends Grammar {
  private static final String ACCOUNT_WIDE = "UTA";
  /** The candle intervals V3 offers, as the REST client's unified wire does. */
  private static final Set<CandleInterval> INTERVALS = EnumSet.of(CandleInterval.MINUTE_1, CandleInterval.MINUTE_3,
      CandleInterval.MINUTE_5, CandleInterval.MINUTE_15, CandleInterval.MINUTE_30, CandleInterval.HOUR_1,
      CandleInterval.HOUR_4, CandleInterval.HOUR_6, CandleInterval.HOUR_12, CandleInterval.DAY_1);
  private static final int BOOKS15_LEVELS = 15;

  V3Grammar(BitgetJson json) {
    super(json, List.of(
        new Entry(Topic.TICKER, "ticker", Shape.SYMBOL),
        new Entry(Topic.TRADES, "publicTrade", Shape.SYMBOL),
        new Entry(Topic.CANDLES, "kline", Shape.CANDLE),
        new Entry(Topic.BOOKS, "books", Shape.SYMBOL),
        new Entry(Topic.BOOKS1, "books1", Shape.SYMBOL),
        new Entry(Topic.BOOKS5, "books5", Shape.SYMBOL),
        new Entry(Topic.BOOKS50, "books50", Shape.SYMBOL),
        new Entry(Topic.LIQUIDATIONS, "liquidation", Shape.PRODUCT),
        new Entry(Topic.POSITIONS, "position", Shape.ACCOUNT),
        new Entry(Topic.ORDERS, "order", Shape.ACCOUNT),
        new Entry(Topic.ACCOUNT, "account", Shape.ACCOUNT),
        new Entry(Topic.FILLS, "fill", Shape.ACCOUNT),
        new Entry(Topic.FAST_FILLS, "fast-fill", Shape.ACCOUNT_DEFAULT_SYMBOL),
        new Entry(Topic.CONDITIONAL_ORDERS, "strategy-order", Shape.ACCOUNT_DEFAULT_SYMBOL)));
  }

  @Override
  public AccountMode mode() {
    return AccountMode.UNIFIED;
  }

  @Override
  public String defaultUrl(boolean privateUrl, boolean demoTrading) {
    return (demoTrading ? "wss://wspap.bitget.com" : "wss://ws.bitget.com") + "/v3/ws/"
        + (privateUrl ? "private" : "public");
  }

  @Override
  Topic wireTopic(Topic requested) {
    return requested == Topic.BOOKS15 ? Topic.BOOKS50 : requested;
  }

  @Override
  public ChannelArg argOf(ChannelKey key) {
    if (key.productType().isDemo()) {
      throw InvalidRequestException.of("productType", key.productType() + " is a classic demo product type; a"
          + " unified account (Bitget V3) has no demo product types: subscribe the live product type (such as"
          + " BTCUSDT_UMCBL) with BitgetStreamClient.builder().demoTrading(true)");
    }
    if (key.interval().isPresent() && !INTERVALS.contains(key.interval().get())) {
      throw InvalidRequestException.of("interval", key.interval().get() + " is not offered to unified accounts"
          + " (Bitget V3 has 1m, 3m, 5m, 15m, 30m, 1H, 4H, 6H, 12H and 1D candles)");
    }
    return super.argOf(key);
  }

  @Override
  Optional<CandleInterval> intervalOf(StreamArg arg) {
    Optional<CandleInterval> interval = arg.interval().map(CandleInterval::fromWire);
    return interval.filter(i -> i != CandleInterval.UNKNOWN);
  }

  private static String instType(ChannelArg arg) {
    return arg.productType().map(t -> t.v2Name().toLowerCase(Locale.ROOT)).orElse(ACCOUNT_WIDE);
  }

  @Override
  String describe(Entry entry, ChannelArg arg) {
    return entry.wireName() + " " + instType(arg) + (arg.instrument().isEmpty() ? "" : " " + arg.instrument())
        + arg.interval().map(i -> " " + i.wireName()).orElse("");
  }

  @Override
  void appendJson(StringBuilder json, Entry entry, ChannelArg arg) {
    json.append("{\"instType\":");
    Frames.appendString(json, instType(arg));
    json.append(",\"topic\":");
    Frames.appendString(json, entry.wireName());
    switch (entry.shape()) {
      case SYMBOL:
        json.append(",\"symbol\":");
        Frames.appendString(json, arg.instrument());
        break;
      case CANDLE:
        json.append(",\"symbol\":");
        Frames.appendString(json, arg.instrument());
        json.append(",\"interval\":");
        Frames.appendString(json, arg.interval().orElseThrow().wireName());
        break;
      case ACCOUNT_DEFAULT_SYMBOL:
        json.append(",\"symbol\":");
        Frames.appendString(json, DEFAULT);
        break;
      default:
        break;
    }
    json.append('}');
  }

  @Override
  InvalidRequestException unsupported(ChannelKey key) {
    return InvalidRequestException.of("channel", "unified-account (V3) streams have no " + key.topic() + " topic");
  }

  /** V3 ticker pushes carry neither symbol nor time in their data: the channel's symbol, the frame's ts. */
  @Override
  public PushHandler<Ticker> tickers(Symbol symbol) {
    return DecodingHandler.of(json.tickerPush(symbol), BitgetJson::atFrameTime);
  }

  @Override
  public PushHandler<OrderBook> books(Symbol symbol, Topic topic) {
    switch (topic) {
      case BOOKS:
        return BookHandler.merged(symbol, json.bookPush(), BookMerger.Sync.SEQUENCE);
      case BOOKS15:
        return BookHandler.snapshots(symbol, json.bookPush(), BOOKS15_LEVELS);
      default:
        return BookHandler.snapshots(symbol, json.bookPush(), 0);
    }
  }

  /**
   * V3's {@code position} topic sends every position on subscribe, then only the positions that
   * changed: the handler keeps the product type's open positions and delivers the whole list.
   */
  @Override
  public PushHandler<List<Position>> positions(ProductType productType) {
    return new MergedPositions(json.positionPush(productType));
  }

  /** A unified account's {@code account} topic pushes its one wallet: each coin is one account. */
  @Override
  public PushHandler<Account> accounts(ProductType productType) {
    JsonDecoder<List<Account>> decoder = json.walletAccountPush();
    return DecodingHandler.eachItem(decoder);
  }
}
