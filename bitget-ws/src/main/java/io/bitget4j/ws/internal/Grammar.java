package io.bitget4j.ws.internal;

import io.bitget4j.core.AccountMode;
import io.bitget4j.core.InvalidRequestException;
import io.bitget4j.core.ProductType;
import io.bitget4j.core.Symbol;
import io.bitget4j.core.internal.json.BitgetJson;
import io.bitget4j.core.internal.json.StreamArg;
import io.bitget4j.core.model.Account;
import io.bitget4j.core.model.Candle;
import io.bitget4j.core.model.ConditionalOrderUpdate;
import io.bitget4j.core.model.FastFill;
import io.bitget4j.core.model.Fill;
import io.bitget4j.core.model.Liquidation;
import io.bitget4j.core.model.Order;
import io.bitget4j.core.model.OrderBook;
import io.bitget4j.core.model.Position;
import io.bitget4j.core.model.Ticker;
import io.bitget4j.core.model.Trade;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One API version's stream grammar: it writes the subscribe argument of each channel, reads the
 * {@code arg} of acks, errors and pushes back into the typed {@link ChannelArg}, and makes the
 * handler that turns the version's pushes into the records every caller receives. There is one
 * per version, {@link V2Grammar} (classic accounts) and {@link V3Grammar} (unified accounts); a
 * connection speaks one of them for its whole life. Login, heartbeat and the
 * subscribe/ack/error envelope are the same in both.
 *
 * <p>Each grammar's arguments are a table, one {@link Entry} per {@link Topic} it has: adding a
 * channel (such as V2 {@code orders-algo} and V3 {@code strategy-order}) is one entry in each.
 * Immutable and thread-safe.
 */
public abstract class Grammar {
  /** How an argument names what it is about, after its {@code instType} and channel name. */
  enum Shape {
    /** A wire symbol. */
    SYMBOL,
    /** A wire symbol and a candle interval. */
    CANDLE,
    /** Nothing more: the product type is the scope (V3 {@code liquidation}). */
    PRODUCT,
    /** {@code instId} {@code default}: every symbol of the product type (V2 private channels). */
    PRODUCT_DEFAULT_INSTID,
    /** {@code coin} {@code default}: every margin coin of the product type (V2 {@code account}). */
    PRODUCT_DEFAULT_COIN,
    /** {@code instType} {@code UTA} and nothing more: the whole unified account (V3 private topics). */
    ACCOUNT,
    /**
     * {@code instType} {@code UTA} with {@code symbol} {@code default} (V3 {@code fast-fill},
     * {@code strategy-order}).
     */
    ACCOUNT_DEFAULT_SYMBOL
  }

  /**
   * One row of a grammar's table.
   *
   * @param topic the topic
   * @param wireName its name on the wire ({@code candle} is V2's prefix of {@code candle1m})
   * @param shape what else its argument names
   */
  record Entry(Topic topic, String wireName, Shape shape) {
  }

  /** The {@code default} that V2's private channels and V3's {@code fast-fill} name. */
  static final String DEFAULT = "default";

  /** Decodes the pushes' data. */
  protected final BitgetJson json;
  private final Map<Topic, Entry> byTopic = new EnumMap<>(Topic.class);
  private final Map<String, Entry> byName = new HashMap<>();

  Grammar(BitgetJson json, List<Entry> table) {
    this.json = json;
    for (Entry entry : table) {
      byTopic.put(entry.topic(), entry);
      byName.put(entry.wireName(), entry);
    }
  }

  /** The grammar of {@code mode}'s streams: V3 for unified accounts, V2 for classic ones. */
  public static Grammar of(AccountMode mode, BitgetJson json) {
    return mode == AccountMode.UNIFIED ? new V3Grammar(json) : new V2Grammar(json);
  }

  /** The account mode whose streams this grammar speaks: {@code CLASSIC} or {@code UNIFIED}. */
  public abstract AccountMode mode();

  /** Bitget's stream URL of this version: public or private, production or demo trading. */
  public abstract String defaultUrl(boolean privateUrl, boolean demoTrading);

  /** The topic subscribed on the wire for a requested one; V3 serves 15-level books from 50. */
  Topic wireTopic(Topic requested) {
    return requested;
  }

  /** Whether this version has {@code topic} (or serves it from another). */
  public final boolean supports(Topic topic) {
    return byTopic.containsKey(wireTopic(topic));
  }

  /**
   * The server subscription of {@code key}.
   *
   * @throws InvalidRequestException when this version has no such channel, or not for the key's
   *     product type or interval
   */
  public ChannelArg argOf(ChannelKey key) {
    Entry entry = byTopic.get(wireTopic(key.topic()));
    if (entry == null) {
      throw unsupported(key);
    }
    switch (entry.shape()) {
      case SYMBOL:
        return new ChannelArg(entry.topic(), Optional.of(key.productType()), wireSymbol(key), Optional.empty());
      case CANDLE:
        return new ChannelArg(entry.topic(), Optional.of(key.productType()), wireSymbol(key), key.interval());
      case PRODUCT:
      case PRODUCT_DEFAULT_INSTID:
      case PRODUCT_DEFAULT_COIN:
        return new ChannelArg(entry.topic(), Optional.of(key.productType()), "", Optional.empty());
      default:
        return new ChannelArg(entry.topic(), Optional.empty(), "", Optional.empty());
    }
  }

  private static String wireSymbol(ChannelKey key) {
    return key.symbol().map(Symbol::v2Symbol)
        .orElseThrow(() -> new IllegalArgumentException(key.topic() + " needs a symbol"));
  }

  /**
   * Reads a received {@code arg} as this version writes it; empty for an argument of a channel this
   * version does not have, or of a product type this library does not know.
   */
  public final Optional<ChannelArg> argOf(StreamArg arg) {
    Optional<Entry> entry = entryOf(arg);
    if (entry.isEmpty()) {
      return Optional.empty();
    }
    Topic topic = entry.get().topic();
    switch (entry.get().shape()) {
      case SYMBOL:
        return productOf(arg).map(type -> new ChannelArg(topic, Optional.of(type), arg.instId().orElse(""),
            Optional.empty()));
      case CANDLE:
        Optional<io.bitget4j.core.model.CandleInterval> interval = intervalOf(arg);
        if (interval.isEmpty()) {
          return Optional.empty();
        }
        return productOf(arg).map(type -> new ChannelArg(topic, Optional.of(type), arg.instId().orElse(""),
            interval));
      case PRODUCT:
      case PRODUCT_DEFAULT_INSTID:
      case PRODUCT_DEFAULT_COIN:
        return productOf(arg).map(type -> new ChannelArg(topic, Optional.of(type), "", Optional.empty()));
      default:
        return Optional.of(new ChannelArg(topic, Optional.empty(), "", Optional.empty()));
    }
  }

  /** The table entry a received argument names; the name alone unless the version encodes more. */
  Optional<Entry> entryOf(StreamArg arg) {
    return Optional.ofNullable(byName.get(arg.channel()));
  }

  /** The candle interval a received argument names. */
  abstract Optional<io.bitget4j.core.model.CandleInterval> intervalOf(StreamArg arg);

  private static Optional<ProductType> productOf(StreamArg arg) {
    try {
      return Optional.of(ProductType.fromV2Name(arg.instType()));
    } catch (IllegalArgumentException e) {
      return Optional.empty(); // a product line this library does not handle, such as spot
    }
  }

  /** Appends {@code arg} as the JSON object of a subscribe or unsubscribe frame. */
  public final void appendJson(StringBuilder json, ChannelArg arg) {
    Entry entry = byTopic.get(arg.topic());
    if (entry == null) {
      throw new IllegalArgumentException(mode() + " streams have no " + arg.topic());
    }
    appendJson(json, entry, arg);
  }

  abstract void appendJson(StringBuilder json, Entry entry, ChannelArg arg);

  /**
   * {@code arg} in this version's words, for error paths and logs: {@code ticker USDT-FUTURES
   * BTCUSDT} (V2), {@code kline usdt-futures BTCUSDT 1m}, {@code position UTA} (V3).
   */
  public final String describe(ChannelArg arg) {
    Entry entry = byTopic.get(arg.topic());
    return entry == null ? arg.toString() : describe(entry, arg);
  }

  abstract String describe(Entry entry, ChannelArg arg);

  /** {@code arg} as the JSON object of a subscribe frame, for sizing batches and for tests. */
  public final String toJson(ChannelArg arg) {
    StringBuilder json = new StringBuilder(96);
    appendJson(json, arg);
    return json.toString();
  }

  /** The error for a channel this version does not have, naming what to use instead. */
  abstract InvalidRequestException unsupported(ChannelKey key);

  // ---------------------------------------------------------------- push handlers

  /** The {@code ticker} channel of {@code symbol}: each ticker one value. */
  public abstract PushHandler<Ticker> tickers(Symbol symbol);

  /** The public trades of {@code symbol}: each trade one value. */
  public PushHandler<Trade> trades(Symbol symbol) {
    return DecodingHandler.eachItem(json.tradePush(symbol));
  }

  /** The candles of a symbol: each candle one value. */
  public PushHandler<Candle> candles() {
    return DecodingHandler.eachItem(json.candlePush());
  }

  /**
   * An order book channel of {@code symbol}: the full book merged from a snapshot and updates and
   * checked as the version checks it, or snapshots of {@code levels} levels a side (0: as sent).
   */
  public abstract PushHandler<OrderBook> books(Symbol symbol, Topic topic);

  /** The positions of {@code productType}: each value the whole list of open positions. */
  public abstract PushHandler<List<Position>> positions(ProductType productType);

  /** The orders of {@code productType}: each order update one value. */
  public PushHandler<Order> orders(ProductType productType) {
    return DecodingHandler.eachItem(json.orderPush(productType));
  }

  /** The account of {@code productType}: each margin coin's (or wallet coin's) account one value. */
  public abstract PushHandler<Account> accounts(ProductType productType);

  /** The executions of {@code productType}: each fill one value. */
  public PushHandler<Fill> fills(ProductType productType) {
    return DecodingHandler.eachItem(json.fillPush(productType));
  }

  /** The early executions of {@code productType} (V3 {@code fast-fill}): each one value. */
  public PushHandler<FastFill> fastFills(ProductType productType) {
    return DecodingHandler.eachItem(json.fastFillPush(productType));
  }

  /**
   * The conditional orders of {@code productType} (V2 {@code orders-algo}, V3 {@code strategy-order},
   * whose items of other product types are left out): each change one value.
   *
   * @param productType the product line whose orders are delivered
   * @return the handler of the channel's pushes
   */
  public PushHandler<ConditionalOrderUpdate> conditionalOrders(ProductType productType) {
    return DecodingHandler.eachItem(json.conditionalOrderPush(productType));
  }

  /** The liquidations of {@code productType} (V3 {@code liquidation}): each one value. */
  public PushHandler<Liquidation> liquidations(ProductType productType) {
    return DecodingHandler.eachItem(json.liquidationPush(productType));
  }

  /** {@code V2 (classic accounts)} or {@code V3 (unified accounts)}. */
  @Override
  public String toString() {
    return mode() == AccountMode.UNIFIED ? "V3 (unified accounts)" : "V2 (classic accounts)";
  }
}
