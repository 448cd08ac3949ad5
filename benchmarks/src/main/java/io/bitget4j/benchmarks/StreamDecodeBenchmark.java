package io.bitget4j.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import io.bitget4j.core.ProductType;
import io.bitget4j.core.Symbol;
import io.bitget4j.core.internal.json.BitgetJson;
import io.bitget4j.core.internal.json.BookPush;
import io.bitget4j.core.internal.json.JsonDecoder;
import io.bitget4j.core.internal.json.MoshiSetup;
import io.bitget4j.core.internal.json.StreamFrame;
import io.bitget4j.core.model.Order;
import io.bitget4j.core.model.Position;
import io.bitget4j.core.model.Ticker;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.knowm.xchange.bitget.config.BitgetJacksonObjectMapperFactory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Decoding whole WebSocket push frames (compact, as Bitget sends them) into typed records, for
 * classic accounts' V2 pushes ({@code ticker}, {@code books15}, {@code positions}, {@code orders};
 * {@code arg} before {@code data}) and unified accounts' V3 pushes ({@code v3Ticker},
 * {@code v3Books}, {@code v3Position}, {@code v3Order}: Bitget's V3 samples, most with
 * {@code data} before {@code arg} as the V3 documentation writes them, and a 19-digit {@code seq}
 * in the books):
 *
 * <ul>
 *   <li>{@code ...Bitget4j}: {@link BitgetJson#decodePush(String, StreamFrame.Router)} with the
 *       channel's decoder routed, then {@link StreamFrame#data}: what the stream client does per
 *       frame, producing our records ({@link Ticker}, {@link BookPush}, {@link Position},
 *       {@link Order});
 *   <li>{@code ...MoshiReflective}: Moshi's reflective record adapter, with our {@code BigDecimal}
 *       and {@code Instant} adapters ({@link MoshiSetup}), into the wire-shaped records of
 *       {@link WireTypes};
 *   <li>{@code ...JacksonDatabind}: Jackson databind with XChange's {@code ObjectMapper}
 *       configuration ({@code BitgetJacksonObjectMapperFactory}); for the ticker into XChange's own
 *       {@code BitgetTickerDto}, elsewhere (XChange has no futures DTOs) into {@link WireTypes}.
 * </ul>
 *
 * <p>The baselines stop at wire-shaped records; ours also resolves symbols, maps enums and wraps
 * optional fields. Setup checks that every method decodes the same values.
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 6, time = 1)
@Measurement(iterations = 8, time = 1)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class StreamDecodeBenchmark {
  private String tickerFrame;
  private String booksFrame;
  private String positionsFrame;
  private String ordersFrame;
  private String v3TickerFrame;
  private String v3BooksFrame;
  private String v3PositionFrame;
  private String v3OrderFrame;

  private BitgetJson json;
  private JsonDecoder<List<Ticker>> tickerDecoder;
  private JsonDecoder<List<BookPush>> bookDecoder;
  private JsonDecoder<List<Position>> positionDecoder;
  private JsonDecoder<List<Order>> orderDecoder;
  private StreamFrame.Router tickerRouter;
  private StreamFrame.Router bookRouter;
  private StreamFrame.Router positionRouter;
  private StreamFrame.Router orderRouter;
  private JsonDecoder<List<Ticker>> v3TickerDecoder;
  private StreamFrame.Router v3TickerRouter;

  private JsonAdapter<WireTypes.TickerFrame> moshiTicker;
  private JsonAdapter<WireTypes.BooksFrame> moshiBooks;
  private JsonAdapter<WireTypes.PositionsFrame> moshiPositions;
  private JsonAdapter<WireTypes.OrdersFrame> moshiOrders;
  private JsonAdapter<WireTypes.V3TickerFrame> moshiV3Ticker;
  private JsonAdapter<WireTypes.V3BooksFrame> moshiV3Books;
  private JsonAdapter<WireTypes.V3PositionsFrame> moshiV3Position;
  private JsonAdapter<WireTypes.V3OrdersFrame> moshiV3Order;

  private ObjectReader jacksonTicker;
  private ObjectReader jacksonBooks;
  private ObjectReader jacksonPositions;
  private ObjectReader jacksonOrders;
  private ObjectReader jacksonV3Ticker;
  private ObjectReader jacksonV3Books;
  private ObjectReader jacksonV3Position;
  private ObjectReader jacksonV3Order;

  @Setup
  public void setUp() throws IOException {
    tickerFrame = Fixtures.compact("ws-ticker.json");
    booksFrame = Fixtures.compact("ws-books15.json");
    positionsFrame = Fixtures.compact("ws-positions.json");
    ordersFrame = Fixtures.compact("ws-orders.json");
    v3TickerFrame = Fixtures.compact("ws-v3-ticker.json");
    v3BooksFrame = Fixtures.compact("ws-v3-books15.json");
    v3PositionFrame = Fixtures.compact("ws-v3-position.json");
    v3OrderFrame = Fixtures.compact("ws-v3-order.json");

    json = BitgetJson.create();
    tickerDecoder = json.tickerPush(ProductType.UMCBL);
    bookDecoder = json.bookPush();
    positionDecoder = json.positionPush(ProductType.UMCBL);
    orderDecoder = json.orderPush(ProductType.UMCBL);
    tickerRouter = routeTo(tickerDecoder);
    bookRouter = routeTo(bookDecoder);
    positionRouter = routeTo(positionDecoder);
    orderRouter = routeTo(orderDecoder);
    v3TickerDecoder = json.tickerPush(Symbol.BTCUSDT_UMCBL);
    v3TickerRouter = routeTo(v3TickerDecoder);

    Moshi moshi = MoshiSetup.create();
    moshiTicker = moshi.adapter(WireTypes.TickerFrame.class);
    moshiBooks = moshi.adapter(WireTypes.BooksFrame.class);
    moshiPositions = moshi.adapter(WireTypes.PositionsFrame.class);
    moshiOrders = moshi.adapter(WireTypes.OrdersFrame.class);
    moshiV3Ticker = moshi.adapter(WireTypes.V3TickerFrame.class);
    moshiV3Books = moshi.adapter(WireTypes.V3BooksFrame.class);
    moshiV3Position = moshi.adapter(WireTypes.V3PositionsFrame.class);
    moshiV3Order = moshi.adapter(WireTypes.V3OrdersFrame.class);

    ObjectMapper mapper = new BitgetJacksonObjectMapperFactory().createObjectMapper();
    jacksonTicker = mapper.readerFor(WireTypes.XChangeTickerFrame.class);
    jacksonBooks = mapper.readerFor(WireTypes.BooksFrame.class);
    jacksonPositions = mapper.readerFor(WireTypes.PositionsFrame.class);
    jacksonOrders = mapper.readerFor(WireTypes.OrdersFrame.class);
    jacksonV3Ticker = mapper.readerFor(WireTypes.V3TickerFrame.class);
    jacksonV3Books = mapper.readerFor(WireTypes.V3BooksFrame.class);
    jacksonV3Position = mapper.readerFor(WireTypes.V3PositionsFrame.class);
    jacksonV3Order = mapper.readerFor(WireTypes.V3OrdersFrame.class);

    verify();
  }

  private static StreamFrame.Router routeTo(JsonDecoder<?> decoder) {
    Optional<JsonDecoder<?>> route = Optional.of(decoder);
    return arg -> route;
  }

  // ---- ticker

  @Benchmark
  public List<Ticker> tickerBitget4j() {
    return json.decodePush(tickerFrame, tickerRouter).data(tickerDecoder).orElseThrow();
  }

  @Benchmark
  public WireTypes.TickerFrame tickerMoshiReflective() throws IOException {
    return moshiTicker.fromJson(tickerFrame);
  }

  @Benchmark
  public WireTypes.XChangeTickerFrame tickerJacksonXChange() throws IOException {
    return jacksonTicker.readValue(tickerFrame);
  }

  // ---- books15

  @Benchmark
  public List<BookPush> books15Bitget4j() {
    return json.decodePush(booksFrame, bookRouter).data(bookDecoder).orElseThrow();
  }

  @Benchmark
  public WireTypes.BooksFrame books15MoshiReflective() throws IOException {
    return moshiBooks.fromJson(booksFrame);
  }

  @Benchmark
  public WireTypes.BooksFrame books15JacksonDatabind() throws IOException {
    return jacksonBooks.readValue(booksFrame);
  }

  // ---- positions

  @Benchmark
  public List<Position> positionsBitget4j() {
    return json.decodePush(positionsFrame, positionRouter).data(positionDecoder).orElseThrow();
  }

  @Benchmark
  public WireTypes.PositionsFrame positionsMoshiReflective() throws IOException {
    return moshiPositions.fromJson(positionsFrame);
  }

  @Benchmark
  public WireTypes.PositionsFrame positionsJacksonDatabind() throws IOException {
    return jacksonPositions.readValue(positionsFrame);
  }

  // ---- orders

  @Benchmark
  public List<Order> ordersBitget4j() {
    return json.decodePush(ordersFrame, orderRouter).data(orderDecoder).orElseThrow();
  }

  @Benchmark
  public WireTypes.OrdersFrame ordersMoshiReflective() throws IOException {
    return moshiOrders.fromJson(ordersFrame);
  }

  @Benchmark
  public WireTypes.OrdersFrame ordersJacksonDatabind() throws IOException {
    return jacksonOrders.readValue(ordersFrame);
  }

  // ---- V3 ticker: the symbol is the channel's, the time the frame's

  /** Ours: the V3 ticker push, stamped with its frame's time. */
  @Benchmark
  public List<Ticker> v3TickerBitget4j() {
    StreamFrame frame = json.decodePush(v3TickerFrame, v3TickerRouter);
    return BitgetJson.atFrameTime(frame.data(v3TickerDecoder).orElseThrow(), frame);
  }

  /** Moshi's reflective adapter on the V3 ticker push. */
  @Benchmark
  public WireTypes.V3TickerFrame v3TickerMoshiReflective() throws IOException {
    return moshiV3Ticker.fromJson(v3TickerFrame);
  }

  /** Jackson databind (XChange's configuration) on the V3 ticker push. */
  @Benchmark
  public WireTypes.V3TickerFrame v3TickerJacksonDatabind() throws IOException {
    return jacksonV3Ticker.readValue(v3TickerFrame);
  }

  // ---- V3 books (15 levels a side)

  /** Ours: the V3 books push, levels kept with their text. */
  @Benchmark
  public List<BookPush> v3BooksBitget4j() {
    return json.decodePush(v3BooksFrame, bookRouter).data(bookDecoder).orElseThrow();
  }

  /** Moshi's reflective adapter on the V3 books push. */
  @Benchmark
  public WireTypes.V3BooksFrame v3BooksMoshiReflective() throws IOException {
    return moshiV3Books.fromJson(v3BooksFrame);
  }

  /** Jackson databind (XChange's configuration) on the V3 books push. */
  @Benchmark
  public WireTypes.V3BooksFrame v3BooksJacksonDatabind() throws IOException {
    return jacksonV3Books.readValue(v3BooksFrame);
  }

  // ---- V3 position

  /** Ours: the V3 position push. */
  @Benchmark
  public List<Position> v3PositionBitget4j() {
    return json.decodePush(v3PositionFrame, positionRouter).data(positionDecoder).orElseThrow();
  }

  /** Moshi's reflective adapter on the V3 position push. */
  @Benchmark
  public WireTypes.V3PositionsFrame v3PositionMoshiReflective() throws IOException {
    return moshiV3Position.fromJson(v3PositionFrame);
  }

  /** Jackson databind (XChange's configuration) on the V3 position push. */
  @Benchmark
  public WireTypes.V3PositionsFrame v3PositionJacksonDatabind() throws IOException {
    return jacksonV3Position.readValue(v3PositionFrame);
  }

  // ---- V3 order

  /** Ours: the V3 order push. */
  @Benchmark
  public List<Order> v3OrderBitget4j() {
    return json.decodePush(v3OrderFrame, orderRouter).data(orderDecoder).orElseThrow();
  }

  /** Moshi's reflective adapter on the V3 order push. */
  @Benchmark
  public WireTypes.V3OrdersFrame v3OrderMoshiReflective() throws IOException {
    return moshiV3Order.fromJson(v3OrderFrame);
  }

  /** Jackson databind (XChange's configuration) on the V3 order push. */
  @Benchmark
  public WireTypes.V3OrdersFrame v3OrderJacksonDatabind() throws IOException {
    return jacksonV3Order.readValue(v3OrderFrame);
  }

  /** Fails the run unless every method decodes the fixture's values. */
  private void verify() throws IOException {
    BigDecimal last = new BigDecimal("27000.5");
    same("ticker last price", last, tickerBitget4j().get(0).lastPrice());
    same("ticker last price (Moshi)", last, tickerMoshiReflective().data().get(0).lastPr());
    same("ticker last price (Jackson)", last, tickerJacksonXChange().data().get(0).getLastPrice());
    same("ticker time (Jackson)", tickerBitget4j().get(0).timestamp(),
        tickerJacksonXChange().data().get(0).getTimestamp());
    same("ticker mark price (Moshi)", tickerBitget4j().get(0).markPrice().orElseThrow(),
        tickerMoshiReflective().data().get(0).markPrice());

    BookPush book = books15Bitget4j().get(0);
    same("books15 levels", 15, book.asks().size());
    same("books15 best ask (Moshi)", book.asks().get(0).price(),
        books15MoshiReflective().data().get(0).asks().get(0).get(0));
    same("books15 last bid size (Jackson)", book.bids().get(14).size(),
        books15JacksonDatabind().data().get(0).bids().get(14).get(1));

    Position position = positionsBitget4j().get(0);
    same("position size (Moshi)", position.size(), positionsMoshiReflective().data().get(0).total());
    same("position entry (Jackson)", position.entryPrice(),
        positionsJacksonDatabind().data().get(0).openPriceAvg());
    same("position updated (Jackson)", position.updatedAt(), positionsJacksonDatabind().data().get(0).uTime());

    Order order = ordersBitget4j().get(0);
    same("order filled (Moshi)", order.filledSize(), ordersMoshiReflective().data().get(0).accBaseVolume());
    same("order leverage (Jackson)", order.leverage().orElseThrow(),
        ordersJacksonDatabind().data().get(0).leverage());
    same("order created (Jackson)", order.createdAt(), ordersJacksonDatabind().data().get(0).cTime());

    Ticker v3Ticker = v3TickerBitget4j().get(0);
    same("V3 ticker last price (Moshi)", v3Ticker.lastPrice(), v3TickerMoshiReflective().data().get(0).lastPrice());
    same("V3 ticker time (Jackson)", v3Ticker.timestamp(), v3TickerJacksonDatabind().ts());
    same("V3 ticker volume (Jackson)", v3Ticker.baseVolume(), v3TickerJacksonDatabind().data().get(0).volume24h());

    BookPush v3Book = v3BooksBitget4j().get(0);
    same("V3 books levels", 15, v3Book.asks().size());
    same("V3 books seq (Moshi)", v3Book.seq().orElseThrow(), v3BooksMoshiReflective().data().get(0).seq());
    same("V3 books last bid size (Jackson)", v3Book.bids().get(14).size(),
        v3BooksJacksonDatabind().data().get(0).b().get(14).get(1));

    Position v3Position = v3PositionBitget4j().get(0);
    same("V3 position mark (Moshi)", v3Position.markPrice().orElseThrow(),
        v3PositionMoshiReflective().data().get(0).markPrice());
    same("V3 position updated (Jackson)", v3Position.updatedAt(),
        v3PositionJacksonDatabind().data().get(0).updatedTime());

    Order v3Order = v3OrderBitget4j().get(0);
    same("V3 order filled (Moshi)", v3Order.filledSize(), v3OrderMoshiReflective().data().get(0).cumExecQty());
    same("V3 order fee (Jackson)", v3Order.fee().orElseThrow(),
        v3OrderJacksonDatabind().data().get(0).feeDetail().get(0).fee());
    same("V3 order created (Jackson)", v3Order.createdAt(), v3OrderJacksonDatabind().data().get(0).createdTime());
  }

  private static void same(String what, Object expected, Object actual) {
    if (!Objects.equals(expected, actual)) {
      throw new IllegalStateException(what + ": expected " + expected + " but decoded " + actual);
    }
  }
}
