package io.bitget4j.core.internal.json;

import com.squareup.moshi.JsonReader;
import io.bitget4j.core.ProductType;
import io.bitget4j.core.Symbol;
import io.bitget4j.core.internal.json.JsonValues;
import io.bitget4j.core.model.Account;
import io.bitget4j.core.model.AccountSettings;
import io.bitget4j.core.model.ClosedPosition;
import io.bitget4j.core.model.ClosedPositionPage;
import io.bitget4j.core.model.CoinBalance;
import io.bitget4j.core.model.ConditionalOrder;
import io.bitget4j.core.model.ConditionalOrderPage;
import io.bitget4j.core.model.ConditionalOrderStatus;
import io.bitget4j.core.model.ConditionalOrderUpdate;
import io.bitget4j.core.model.Wallet;
import io.bitget4j.core.model.BatchOrderResult;
import io.bitget4j.core.model.Candle;
import io.bitget4j.core.model.Contract;
import io.bitget4j.core.model.FastFill;
import io.bitget4j.core.model.Fill;
import io.bitget4j.core.model.FillPage;
import io.bitget4j.core.model.FundingRate;
import io.bitget4j.core.model.Liquidation;
import io.bitget4j.core.model.OpenInterest;
import io.bitget4j.core.model.Order;
import io.bitget4j.core.model.OrderAck;
import io.bitget4j.core.model.OrderBook;
import io.bitget4j.core.model.OrderPage;
import io.bitget4j.core.model.Position;
import io.bitget4j.core.model.SymbolPrice;
import io.bitget4j.core.model.Ticker;
import io.bitget4j.core.model.Trade;
import java.io.IOException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import okio.Buffer;
import okio.BufferedSource;
import okio.ByteString;

/**
 * Bitget's JSON: the REST envelope, a decoder per record and WebSocket frames.
 *
 * <pre>{@code
 * BitgetJson json = BitgetJson.create();
 * Envelope<Ticker> envelope = json.decodeEnvelope(body.source(), json.ticker(ProductType.UMCBL));
 * StreamFrame frame = json.decodePush(text);
 * List<Ticker> tickers = frame.data(json.tickerPush(ProductType.UMCBL)).orElse(List.of());
 * }</pre>
 *
 * <p>One reader per record serves both API versions: V3's names (unified accounts: {@code qty},
 * {@code avgPrice}, {@code posSide}, {@code createdTime}, ...) fill the same record components as
 * their V2 twins, a V3 row's {@code category} is checked against the product type in either case,
 * and the shapes V3 wraps them in ({@code {list, cursor}}, batch items with their own codes) are
 * read by the same decoders. V3-only records are the unified {@link Wallet} and
 * {@link AccountSettings}.
 *
 * <p>The decoders are hand-written streaming readers over Moshi's {@link JsonReader}: they match
 * field names without allocating strings, skip unknown fields, read decimals exactly from the wire
 * text (strings or numbers; {@code ""} counts as absent) and never go through {@code double}.
 * WebSocket pushes are first read in one pass over the frame's text by the same record readers,
 * and only a frame that pass declines (escapes, unusual shapes, errors) is read again by Moshi.
 * A record missing required fields fails with every missing field named, such as {@code Invalid
 * position data. Missing fields: size, entryPrice}; a value of the wrong type fails with its JSON
 * path. In list answers an item whose symbol is not a perpetual of the product type (a delivery
 * contract such as {@code ETHUSD_231229}) is skipped and logged at DEBUG; in a single-object answer
 * it fails.
 *
 * <p>Threading: an instance and every decoder it returns are immutable and stateless, and safe to
 * use from any number of threads at once. A decoder for given arguments is the same instance on
 * every call, so it can be compared by identity (see {@link StreamFrame#data(JsonDecoder)}).
 */
public final class BitgetJson {
  private static final JsonReader.Options ENVELOPE_NAMES = JsonReader.Options.of("code", "msg", "requestTime", "data");
  private static final String[] FRAME_FIELDS = {"event", "arg", "action", "data", "ts", "code", "msg"};
  /** V2's arg names, then V3's: {@code topic} reads as the channel and {@code symbol} as the instId. */
  private static final String[] ARG_FIELDS = {"instType", "channel", "instId", "coin", "topic", "symbol", "interval"};
  private static final JsonReader.Options FRAME_NAMES = JsonReader.Options.of(FRAME_FIELDS);
  private static final JsonReader.Options ARG_NAMES = JsonReader.Options.of(ARG_FIELDS);
  private static final String[] ACTIONS = {"snapshot", "update"};
  private static final String[] EVENTS = {"login", "subscribe", "unsubscribe", "error"};
  /** V2 channels, then V3 topics: known values are read without allocating. */
  private static final String[] CHANNELS = {
      "ticker", "trade", "books", "books1", "books5", "books15", "positions", "orders", "account", "fill",
      "orders-algo", "candle1m", "candle5m", "candle15m", "candle30m", "candle1H", "candle4H", "candle1D",
      "publicTrade", "kline", "books50", "liquidation", "position", "order", "fast-fill", "strategy-order"};
  private static final JsonReader.Options ACTION_OPTIONS = JsonReader.Options.of(ACTIONS);
  private static final JsonReader.Options EVENT_OPTIONS = JsonReader.Options.of(EVENTS);
  private static final JsonReader.Options CHANNEL_OPTIONS = JsonReader.Options.of(CHANNELS);
  private static final String[] INST_TYPES = instTypes();
  private static final JsonReader.Options INST_TYPE_OPTIONS = JsonReader.Options.of(INST_TYPES);
  private static final int SYMBOL_CACHE_LIMIT = 4096;
  private static final FastFrames FAST_FRAMES =
      new FastFrames(FRAME_FIELDS, ARG_FIELDS, EVENTS, ACTIONS, INST_TYPES, CHANNELS);

  private final Map<ProductType, PerProduct> products = new EnumMap<>(ProductType.class);
  private final Map<ProductType, SymbolResolver> resolvers = new EnumMap<>(ProductType.class);
  private final Map<Symbol, JsonDecoder<List<Trade>>> tradeDecoders = new ConcurrentHashMap<>();
  private final Map<Symbol, JsonDecoder<List<Ticker>>> symbolTickerDecoders = new ConcurrentHashMap<>();
  private final Map<Symbol, JsonDecoder<OrderBook>> bookDecoders = new ConcurrentHashMap<>();

  private final JsonDecoder<Account> account =
      reader -> Shapes.single(reader, "account", AccountReader.INSTANCE.onMoshi());
  private final JsonDecoder<List<Account>> accounts = new ListDecoder<>(AccountReader.INSTANCE);
  private final JsonDecoder<OrderAck> orderAck = reader -> Shapes.single(reader, "order ack", AckReaders::orderAck);
  private final JsonDecoder<OrderAck> positionTpslAck =
      reader -> Shapes.single(reader, "order ack", AckReaders::positionTpslAck);
  private final JsonDecoder<BatchOrderResult> batchOrderResult = AckReaders::batchOrderResult;
  private final JsonDecoder<List<Candle>> candles = reader -> Shapes.list(reader, MarketReaders::candle);
  private final JsonDecoder<Instant> serverTime = MarketReaders::serverTime;
  private final JsonDecoder<List<BookPush>> bookPush = new ListDecoder<>(BookReaders::bookPush);
  private final JsonDecoder<Wallet> wallet = reader -> WalletReader.INSTANCE.read(new MoshiSource(reader), false);
  private final JsonDecoder<List<Account>> walletAccounts = reader -> walletAccounts(wallet.decode(reader));
  private final JsonDecoder<List<Account>> walletAccountPush =
      new MappedDecoder<>(new ListDecoder<>(WalletReader.INSTANCE), BitgetJson::walletAccounts);
  private final JsonDecoder<String> accountState =
      reader -> SettingsReader.ACCOUNT_MODE.read(new MoshiSource(reader), false);
  private final JsonDecoder<AccountSettings> accountSettings;

  private BitgetJson() {
    for (ProductType type : ProductType.values()) {
      SymbolResolver resolver = new SymbolResolver(type);
      resolvers.put(type, resolver);
      products.put(type, new PerProduct(resolver));
    }
    SettingsReader settings = new SettingsReader(resolvers);
    accountSettings = reader -> settings.read(new MoshiSource(reader), false);
  }

  /** Creates the codecs; share one instance across clients. */
  public static BitgetJson create() {
    return new BitgetJson();
  }

  // ---- REST envelope and bare values ----

  /**
   * Reads a REST response {@code {"code","msg","requestTime","data"}}, its keys in any order.
   * The data is decoded with {@code dataDecoder} only for code {@code "00000"}; for other codes,
   * for {@code "data": null} and for a missing data key the envelope's data is empty.
   *
   * @throws io.bitget4j.core.BitgetDecodingException when the body is not JSON ({@code response is
   *     not JSON: "<html>..."}), is truncated ({@code response is truncated at path ...}), has no
   *     {@code code}, or its data does not fit the decoder
   * @throws IOException when reading {@code source} fails
   */
  public <T> Envelope<T> decodeEnvelope(BufferedSource source, JsonDecoder<T> dataDecoder) throws IOException {
    Objects.requireNonNull(source, "source == null");
    Objects.requireNonNull(dataDecoder, "dataDecoder == null");
    Decoding.requireJsonStart("response", source);
    return Decoding.completeOrThrow("response", source, reader -> readEnvelope(reader, dataDecoder));
  }

  /** Like {@link #decodeEnvelope(BufferedSource, JsonDecoder)} for a body already in memory. */
  public <T> Envelope<T> decodeEnvelope(String json, JsonDecoder<T> dataDecoder) {
    Objects.requireNonNull(json, "json == null");
    Objects.requireNonNull(dataDecoder, "dataDecoder == null");
    Decoding.requireJsonStart("response", json);
    return Decoding.complete("response", new Buffer().writeUtf8(json), reader -> readEnvelope(reader, dataDecoder));
  }

  /** Decodes a bare JSON value (no envelope), such as a {@code data} object or a push's data array. */
  public <T> T decode(String json, JsonDecoder<T> decoder) {
    Objects.requireNonNull(json, "json == null");
    Objects.requireNonNull(decoder, "decoder == null");
    Decoding.requireJsonStart("document", json);
    return Decoding.complete("document", new Buffer().writeUtf8(json), decoder::decode);
  }

  private static <T> Envelope<T> readEnvelope(JsonReader reader, JsonDecoder<T> dataDecoder) throws IOException {
    String code = null;
    String msg = "";
    Instant requestTime = null;
    T data = null;
    ByteString pending = null;
    Shapes.beginObject(reader);
    while (reader.hasNext()) {
      switch (reader.selectName(ENVELOPE_NAMES)) {
        case 0:
          code = JsonValues.string(reader);
          break;
        case 1:
          String message = JsonValues.string(reader);
          msg = message != null ? message : msg;
          break;
        case 2:
          requestTime = JsonValues.instant(reader);
          break;
        case 3:
          if (reader.peek() == JsonReader.Token.NULL) {
            reader.nextNull();
          } else if (code == null) {
            pending = rawValue(reader); // data before code: decode once the code is known
          } else if (Envelope.SUCCESS.equals(code)) {
            data = dataDecoder.decode(reader);
          } else {
            reader.skipValue();
          }
          break;
        default:
          Shapes.skipField(reader);
          break;
      }
    }
    reader.endObject();
    if (code == null) {
      throw Required.missing("envelope", "code", null);
    }
    if (pending != null && Envelope.SUCCESS.equals(code)) {
      data = Decoding.complete("response data", new Buffer().write(pending), dataDecoder::decode);
    }
    return new Envelope<>(code, msg, Optional.ofNullable(requestTime), Optional.ofNullable(data));
  }

  private static ByteString rawValue(JsonReader reader) throws IOException {
    try (BufferedSource value = reader.nextSource()) {
      return value.readByteString();
    }
  }

  // ---- REST decoders ----

  /** One ticker: the V2 {@code market/ticker} data (an array of one) or a single object. */
  public JsonDecoder<Ticker> ticker(ProductType productType) {
    return product(productType).ticker;
  }

  /** REST {@code market/tickers} data, and the WebSocket {@code ticker} push data. */
  public JsonDecoder<List<Ticker>> tickers(ProductType productType) {
    return product(productType).tickers;
  }

  /** REST {@code market/contracts} data. */
  public JsonDecoder<List<Contract>> contracts(ProductType productType) {
    return product(productType).contracts;
  }

  /** REST {@code position/all-position} and {@code single-position} data, and WebSocket {@code positions} push data. */
  public JsonDecoder<List<Position>> positions(ProductType productType) {
    return product(productType).positions;
  }

  /**
   * V3 REST {@code position/current-position} data, {@code {"list":[..]}} without a cursor; V2's bare
   * array is accepted too. JSON null is an empty list.
   */
  public JsonDecoder<List<Position>> listedPositions(ProductType productType) {
    return product(productType).listedPositions;
  }

  /**
   * REST {@code position/history-position} data: V2 {@code {"list":[..],"endId"}} or V3
   * {@code {"list":[..],"cursor"}}.
   */
  public JsonDecoder<ClosedPositionPage> closedPositions(ProductType productType) {
    return product(productType).closedPositions;
  }

  /** V3 REST {@code account/assets} data: a unified account's wallet. */
  public JsonDecoder<Wallet> wallet() {
    return wallet;
  }

  /**
   * V3 REST {@code account/assets} data as one {@link Account} per coin of the wallet
   * ({@code marginCoin} the coin; equity, available and locked the coin's), so that a unified
   * account answers the same record as a classic one. Account-wide figures are left empty.
   */
  public JsonDecoder<List<Account>> walletAccounts() {
    return walletAccounts;
  }

  /** V3 REST {@code account/settings} data. */
  public JsonDecoder<AccountSettings> accountSettings() {
    return accountSettings;
  }

  /**
   * Only the {@code accountMode} of V3 REST {@code account/settings} data ({@code unified},
   * {@code hybrid}, {@code upgrading}, {@code switching}), for telling the account modes apart
   * without depending on the rest of the answer.
   */
  public JsonDecoder<String> accountState() {
    return accountState;
  }

  /** REST {@code account/account} data (one object). */
  public JsonDecoder<Account> account() {
    return account;
  }

  /** REST {@code account/accounts} data, and WebSocket {@code account} push data. */
  public JsonDecoder<List<Account>> accounts() {
    return accounts;
  }

  /** REST {@code order/detail} data. */
  public JsonDecoder<Order> order(ProductType productType) {
    return product(productType).order;
  }

  /**
   * REST {@code orders-pending} and {@code orders-history} data: {@code {"entrustedList":[..]|null,"endId"}};
   * V3 {@code unfilled-orders} and {@code history-orders} data: {@code {"list":[..],"cursor"}}.
   */
  public JsonDecoder<OrderPage> orders(ProductType productType) {
    return product(productType).orders;
  }

  /** REST {@code order/fills} data: {@code {"fillList":[..]|null,"endId"}}; V3 {@code trade/fills}: {@code {"list":[..],"cursor"}}. */
  public JsonDecoder<FillPage> fills(ProductType productType) {
    return product(productType).fills;
  }

  /** REST {@code place-order}, {@code cancel-order} and {@code modify-order} data: {@code {"orderId","clientOid"}}. */
  public JsonDecoder<OrderAck> orderAck() {
    return orderAck;
  }

  /** V2 {@code place-pos-tpsl} data: an array of {@code {"orderId","stopSurplusClientOid","stopLossClientOid"}}; the first. */
  public JsonDecoder<OrderAck> positionTpslAck() {
    return positionTpslAck;
  }

  /**
   * Pending conditional orders: V2 {@code orders-plan-pending} data {@code {"entrustedList":[..],"endId"}},
   * V3 {@code unfilled-strategy-orders} data (an array, or {@code {"list":[..]}}). A V3 row without
   * {@code status} is {@link ConditionalOrderStatus#LIVE}.
   */
  public JsonDecoder<ConditionalOrderPage> pendingConditionalOrders(ProductType productType) {
    return product(productType).pendingConditional;
  }

  /**
   * Finished conditional orders: V2 {@code orders-plan-history} data {@code {"entrustedList":[..],"endId"}},
   * V3 {@code history-strategy-orders} data {@code {"list":[..],"cursor"}} (the cursor may be a bare
   * number past 2^53). A V3 row without {@code status} is {@link ConditionalOrderStatus#UNKNOWN}.
   */
  public JsonDecoder<ConditionalOrderPage> conditionalOrderHistory(ProductType productType) {
    return product(productType).conditionalHistory;
  }

  /**
   * Batch answers: V2 {@code batch-place-order}, {@code batch-cancel-orders}, {@code close-positions}
   * data {@code {"successList","failureList"}}; V3 {@code place-batch} and {@code cancel-batch}
   * arrays of items and {@code close-positions} and {@code cancel-symbol-order}
   * {@code {"list":[..]}}, whose items with a {@code code} other than {@code 00000} are failures.
   */
  public JsonDecoder<BatchOrderResult> batchOrderResult() {
    return batchOrderResult;
  }

  /** REST {@code market/candles} data and WebSocket {@code candle*} push data: arrays of arrays. */
  public JsonDecoder<List<Candle>> candles() {
    return candles;
  }

  /** REST {@code market/fills} data and WebSocket {@code trade} push data, for {@code symbol}. */
  public JsonDecoder<List<Trade>> trades(Symbol symbol) {
    Objects.requireNonNull(symbol, "symbol == null");
    return cached(tradeDecoders, symbol, s -> {
      ItemReader<Trade> item = MarketReaders.trade(s);
      return reader -> Shapes.list(reader, item);
    });
  }

  /** REST {@code market/merge-depth} data for {@code symbol}. */
  public JsonDecoder<OrderBook> orderBook(Symbol symbol) {
    Objects.requireNonNull(symbol, "symbol == null");
    return cached(bookDecoders, symbol, s -> {
      ItemReader<OrderBook> item = BookReaders.orderBook(s).onMoshi();
      return reader -> Shapes.single(reader, "order book", item);
    });
  }

  /** REST {@code market/current-fund-rate} data (an array of one, or an object). */
  public JsonDecoder<FundingRate> fundingRate(ProductType productType) {
    return product(productType).fundingRate;
  }

  /** REST {@code market/open-interest} data: {@code {"openInterestList":[{"symbol","size"}],"ts"}}. */
  public JsonDecoder<OpenInterest> openInterest(ProductType productType) {
    return product(productType).openInterest;
  }

  /** REST {@code market/symbol-price} data (an array of one, or an object). */
  public JsonDecoder<SymbolPrice> symbolPrice(ProductType productType) {
    return product(productType).symbolPrice;
  }

  /** REST {@code public/time} data: {@code {"serverTime":"..."}}. */
  public JsonDecoder<Instant> serverTime() {
    return serverTime;
  }

  // ---- WebSocket ----

  /** WebSocket {@code ticker} push data; the same decoder as {@link #tickers(ProductType)}. */
  public JsonDecoder<List<Ticker>> tickerPush(ProductType productType) {
    return tickers(productType);
  }

  /**
   * WebSocket {@code ticker} push data of {@code symbol}'s channel whose items may name neither
   * their symbol nor their time, as V3 sends them: the symbol is the channel's, and a missing time
   * is left for {@link #atFrameTime} to fill in from the frame.
   */
  public JsonDecoder<List<Ticker>> tickerPush(Symbol symbol) {
    Objects.requireNonNull(symbol, "symbol == null");
    return cached(symbolTickerDecoders, symbol,
        s -> new ListDecoder<>(new TickerReader(resolvers.get(s.productType()), s)));
  }

  /**
   * The tickers of a push with the frame's {@code ts} as the time of each one that carried none (V3
   * ticker pushes keep their time outside the data).
   *
   * @throws io.bitget4j.core.BitgetDecodingException when a ticker has no time and neither has the
   *     frame
   */
  public static List<Ticker> atFrameTime(List<Ticker> tickers, StreamFrame frame) {
    Ticker[] stamped = null;
    for (int i = 0; i < tickers.size(); i++) {
      Ticker t = tickers.get(i);
      if (t.timestamp() != TickerReader.FRAME_TIME) {
        continue;
      }
      Instant time = frame.timestamp().orElseThrow(() -> new io.bitget4j.core.BitgetDecodingException(
          "Invalid ticker data. Missing fields: timestamp (neither the ticker nor its frame has ts)"));
      if (stamped == null) {
        stamped = tickers.toArray(new Ticker[0]);
      }
      stamped[i] = new Ticker(t.symbol(), t.lastPrice(), t.bidPrice(), t.askPrice(), t.bidSize(), t.askSize(),
          t.high24h(), t.low24h(), t.open24h(), t.change24h(), t.markPrice(), t.indexPrice(), t.fundingRate(),
          t.baseVolume(), t.quoteVolume(), t.holdingAmount(), time);
    }
    return stamped == null ? tickers : List.of(stamped);
  }

  /** WebSocket {@code trade} push data (its items carry no symbol); the same decoder as {@link #trades(Symbol)}. */
  public JsonDecoder<List<Trade>> tradePush(Symbol symbol) {
    return trades(symbol);
  }

  /** WebSocket {@code candle*} push data; the same decoder as {@link #candles()}. */
  public JsonDecoder<List<Candle>> candlePush() {
    return candles;
  }

  /** WebSocket {@code positions} push data; the same decoder as {@link #positions(ProductType)}. */
  public JsonDecoder<List<Position>> positionPush(ProductType productType) {
    return positions(productType);
  }

  /** WebSocket {@code orders} push data. */
  public JsonDecoder<List<Order>> orderPush(ProductType productType) {
    return product(productType).orderList;
  }

  /** WebSocket {@code account} push data; the same decoder as {@link #accounts()}. */
  public JsonDecoder<List<Account>> accountPush() {
    return accounts;
  }

  /**
   * V3 WebSocket {@code account} push data, a unified account's wallet, as one {@link Account} per
   * coin (see {@link #walletAccounts()}).
   */
  public JsonDecoder<List<Account>> walletAccountPush() {
    return walletAccountPush;
  }

  /** WebSocket {@code fill} push data (V2 channel, V3 topic): the account's executions. */
  public JsonDecoder<List<Fill>> fillPush(ProductType productType) {
    return product(productType).fillList;
  }

  /** V3 WebSocket {@code fast-fill} push data: an array of executions, or one as a lone object. */
  public JsonDecoder<List<FastFill>> fastFillPush(ProductType productType) {
    return product(productType).fastFills;
  }

  /**
   * Conditional-order push data: V2 {@code orders-algo} items ({@code instId}, the short plan types
   * {@code pl}, {@code tp}, {@code sl}, {@code ptp}, {@code psl}, {@code track}, {@code mtpsl},
   * {@code status}) and V3 {@code strategy-order} items (strategy rows of every product type; the
   * others are skipped), each the order after one change. An item without {@code status} is
   * {@link ConditionalOrderStatus#UNKNOWN}.
   */
  public JsonDecoder<List<ConditionalOrderUpdate>> conditionalOrderPush(ProductType productType) {
    return product(productType).conditionalUpdates;
  }

  /** V3 WebSocket {@code liquidation} push data of a product type. */
  public JsonDecoder<List<Liquidation>> liquidationPush(ProductType productType) {
    return product(productType).liquidations;
  }

  /** WebSocket {@code books}, {@code books1}, {@code books5}, {@code books15} push data, keeping the level text. */
  public JsonDecoder<List<BookPush>> bookPush() {
    return bookPush;
  }

  /**
   * Reads a WebSocket text frame, keeping a push's data raw for {@link StreamFrame#data(JsonDecoder)}.
   * The text {@code pong} is a {@link StreamFrame.Kind#PONG} frame.
   *
   * @throws io.bitget4j.core.BitgetDecodingException when the text is neither {@code pong} nor a
   *     JSON object, or is malformed
   */
  public StreamFrame decodePush(String frame) {
    return decodePush(frame, null);
  }

  /**
   * Reads a WebSocket text frame in one pass: Bitget sends {@code arg} before {@code data}, so the
   * router picks the channel's decoder and the data is decoded as it is read (a frame with data
   * before its arg is buffered and decoded at the end). {@link StreamFrame#data(JsonDecoder)} with
   * the same decoder then returns the result without decoding again.
   *
   * @throws io.bitget4j.core.BitgetDecodingException when the frame or its data cannot be read
   */
  public StreamFrame decodePush(String frame, StreamFrame.Router router) {
    Objects.requireNonNull(frame, "frame == null");
    if (frame.equals("pong")) {
      return StreamFrame.PONG;
    }
    try {
      return FAST_FRAMES.decode(frame, router);
    } catch (TextScanner.GiveUp e) {
      // an unusual shape or an error: the general path decodes it or says what is wrong
      return decodePushWithMoshi(frame, router);
    }
  }

  /** The fast path alone; throws {@link TextScanner.GiveUp} where it declines. For tests. */
  StreamFrame decodePushFast(String frame, StreamFrame.Router router) {
    return FAST_FRAMES.decode(frame, router);
  }

  /** The general path of {@link #decodePush(String, StreamFrame.Router)}; also used by tests. */
  StreamFrame decodePushWithMoshi(String frame, StreamFrame.Router router) {
    Decoding.requireJsonStart("frame", frame);
    return Decoding.complete("frame", new Buffer().writeUtf8(frame), reader -> readFrame(reader, router));
  }

  private static StreamFrame readFrame(JsonReader reader, StreamFrame.Router router) throws IOException {
    String event = null;
    String code = null;
    String msg = null;
    StreamArg arg = null;
    String action = null;
    Instant timestamp = null;
    ByteString raw = null;
    JsonDecoder<?> decodedWith = null;
    Object decoded = null;
    Shapes.beginObject(reader);
    while (reader.hasNext()) {
      switch (reader.selectName(FRAME_NAMES)) {
        case 0:
          event = known(reader, EVENT_OPTIONS, EVENTS);
          break;
        case 1:
          arg = readArg(reader);
          break;
        case 2:
          action = known(reader, ACTION_OPTIONS, ACTIONS);
          break;
        case 3:
          if (reader.peek() == JsonReader.Token.NULL) {
            reader.nextNull();
            break;
          }
          JsonDecoder<?> decoder = router != null && arg != null ? router.decoderFor(arg).orElse(null) : null;
          if (decoder != null) {
            decoded = decoder.decode(reader);
            decodedWith = decoder;
          } else {
            raw = rawValue(reader);
          }
          break;
        case 4:
          timestamp = JsonValues.instant(reader);
          break;
        case 5:
          code = JsonValues.string(reader);
          break;
        case 6:
          msg = JsonValues.string(reader);
          break;
        default:
          Shapes.skipField(reader);
          break;
      }
    }
    reader.endObject();
    if (raw != null && router != null && arg != null) {
      // data came before arg: decode it now that the channel is known
      JsonDecoder<?> decoder = router.decoderFor(arg).orElse(null);
      if (decoder != null) {
        decoded = Decoding.complete("frame data", new Buffer().write(raw), decoder::decode);
        decodedWith = decoder;
        raw = null;
      }
    }
    StreamFrame.Kind kind = event != null ? StreamFrame.Kind.EVENT
        : raw != null || decodedWith != null || action != null ? StreamFrame.Kind.PUSH
        : StreamFrame.Kind.UNKNOWN;
    return new StreamFrame(kind, event, code, msg, arg, action, timestamp, raw, decodedWith, decoded);
  }

  private static StreamArg readArg(JsonReader reader) throws IOException {
    String instType = null;
    String channel = null;
    String instId = null;
    String coin = null;
    String interval = null;
    Shapes.beginObject(reader);
    while (reader.hasNext()) {
      switch (reader.selectName(ARG_NAMES)) {
        case 0:
          instType = known(reader, INST_TYPE_OPTIONS, INST_TYPES);
          break;
        case 1:
        case 4:
          channel = known(reader, CHANNEL_OPTIONS, CHANNELS);
          break;
        case 2:
        case 5:
          instId = JsonValues.nonEmptyString(reader);
          break;
        case 3:
          coin = JsonValues.nonEmptyString(reader);
          break;
        case 6:
          interval = JsonValues.nonEmptyString(reader);
          break;
        default:
          Shapes.skipField(reader);
          break;
      }
    }
    reader.endObject();
    if (instType == null || channel == null) {
      throw Required.missing("arg", "instType", instType, "channel", channel);
    }
    return new StreamArg(instType, channel, Optional.ofNullable(instId), Optional.ofNullable(coin),
        Optional.ofNullable(interval));
  }

  /** A string value, shared from {@code values} when it is one of them; null for null and {@code ""}. */
  private static String known(JsonReader reader, JsonReader.Options options, String[] values) throws IOException {
    if (reader.peek() == JsonReader.Token.STRING) {
      int index = reader.selectString(options);
      if (index >= 0) {
        return values[index];
      }
    }
    return JsonValues.nonEmptyString(reader);
  }

  private static List<Account> walletAccounts(List<Wallet> wallets) {
    if (wallets.size() == 1) {
      return walletAccounts(wallets.get(0));
    }
    List<Account> accounts = new java.util.ArrayList<>();
    for (Wallet wallet : wallets) {
      accounts.addAll(walletAccounts(wallet));
    }
    return List.copyOf(accounts);
  }

  private static List<Account> walletAccounts(Wallet wallet) {
    List<Account> accounts = new java.util.ArrayList<>(wallet.coins().size());
    for (CoinBalance coin : wallet.coins()) {
      accounts.add(new Account(coin.coin(), coin.available(), coin.locked(), coin.equity(), Optional.empty(),
          Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
    }
    return List.copyOf(accounts);
  }

  private PerProduct product(ProductType productType) {
    Objects.requireNonNull(productType, "productType == null");
    return products.get(productType);
  }

  private static <T> JsonDecoder<T> cached(Map<Symbol, JsonDecoder<T>> cache, Symbol symbol,
      java.util.function.Function<Symbol, JsonDecoder<T>> factory) {
    JsonDecoder<T> decoder = cache.get(symbol);
    if (decoder != null) {
      return decoder;
    }
    if (cache.size() >= SYMBOL_CACHE_LIMIT) {
      return factory.apply(symbol);
    }
    return cache.computeIfAbsent(symbol, factory);
  }

  /** The V2 product types, their V3 lower-case spelling, and V3's {@code UTA} of private topics. */
  private static String[] instTypes() {
    ProductType[] types = ProductType.values();
    String[] names = new String[types.length * 2 + 1];
    for (int i = 0; i < types.length; i++) {
      names[i] = types[i].v2Name();
      names[types.length + i] = types[i].v2Name().toLowerCase(java.util.Locale.ROOT);
    }
    names[names.length - 1] = "UTA";
    return names;
  }

  /** The decoders of one product type, built once. */
  private static final class PerProduct {
    final JsonDecoder<Ticker> ticker;
    final JsonDecoder<List<Ticker>> tickers;
    final JsonDecoder<List<Contract>> contracts;
    final JsonDecoder<List<Position>> positions;
    final JsonDecoder<List<Position>> listedPositions;
    final JsonDecoder<ClosedPositionPage> closedPositions;
    final JsonDecoder<Order> order;
    final JsonDecoder<List<Order>> orderList;
    final JsonDecoder<OrderPage> orders;
    final JsonDecoder<FillPage> fills;
    final JsonDecoder<List<Fill>> fillList;
    final JsonDecoder<List<FastFill>> fastFills;
    final JsonDecoder<List<Liquidation>> liquidations;
    final JsonDecoder<FundingRate> fundingRate;
    final JsonDecoder<OpenInterest> openInterest;
    final JsonDecoder<SymbolPrice> symbolPrice;
    final JsonDecoder<ConditionalOrderPage> pendingConditional;
    final JsonDecoder<ConditionalOrderPage> conditionalHistory;
    final JsonDecoder<List<ConditionalOrderUpdate>> conditionalUpdates;

    PerProduct(SymbolResolver symbols) {
      ItemReader<ConditionalOrder> livePlan =
          new ConditionalOrderReader(symbols, ConditionalOrderStatus.LIVE).onMoshi();
      ItemReader<ConditionalOrder> pastPlan =
          new ConditionalOrderReader(symbols, ConditionalOrderStatus.UNKNOWN).onMoshi();
      pendingConditional = reader -> Pages.conditionalOrders(reader, livePlan);
      conditionalHistory = reader -> Pages.conditionalOrders(reader, pastPlan);
      conditionalUpdates =
          new ListDecoder<>(new ConditionalOrderReader(symbols, ConditionalOrderStatus.UNKNOWN).updates());
      TickerReader tickerItems = new TickerReader(symbols);
      ItemReader<Ticker> tickerReader = tickerItems.onMoshi();
      ContractReader contractReader = new ContractReader(symbols);
      OrderReader orderItems = new OrderReader(symbols);
      ItemReader<Order> orderReader = orderItems.onMoshi();
      FillReader fillItems = new FillReader(symbols);
      ItemReader<Fill> fillReader = fillItems.onMoshi();
      fillList = new ListDecoder<>(fillItems);
      fastFills = ListDecoder.orLoneObject(new FastFillReader(symbols));
      liquidations = new ListDecoder<>(new LiquidationReader(symbols));
      ItemReader<FundingRate> fundingReader = MarketReaders.fundingRate(symbols);
      ItemReader<OpenInterest> openInterestReader = MarketReaders.openInterest(symbols);
      ItemReader<SymbolPrice> priceReader = MarketReaders.symbolPrice(symbols);
      ticker = reader -> Shapes.single(reader, "ticker", tickerReader);
      tickers = new ListDecoder<>(tickerItems);
      contracts = reader -> Shapes.list(reader, contractReader);
      PositionReader positionItems = new PositionReader(symbols);
      positions = new ListDecoder<>(positionItems);
      ItemReader<Position> positionReader = positionItems.onMoshi();
      listedPositions = reader -> reader.peek() == JsonReader.Token.BEGIN_OBJECT
          ? Pages.listed(reader, positionReader) : Shapes.list(reader, positionReader);
      ItemReader<ClosedPosition> closedReader = new ClosedPositionReader(symbols).onMoshi();
      closedPositions = reader -> Pages.closedPositions(reader, closedReader);
      order = reader -> Shapes.single(reader, "order", orderReader);
      orderList = new ListDecoder<>(orderItems);
      orders = reader -> Pages.orders(reader, orderReader);
      fills = reader -> Pages.fills(reader, fillReader);
      fundingRate = reader -> Shapes.single(reader, "funding rate", fundingReader);
      openInterest = reader -> Shapes.single(reader, "open interest", openInterestReader);
      symbolPrice = reader -> Shapes.single(reader, "symbol price", priceReader);
    }
  }
}
