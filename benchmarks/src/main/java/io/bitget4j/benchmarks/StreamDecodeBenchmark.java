package io.bitget4j.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import io.bitget4j.core.ProductType;
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
 * Decoding whole WebSocket push frames (as Bitget sends them: compact, {@code arg} before
 * {@code data}) into typed records, for {@code ticker}, {@code books15}, {@code positions} and
 * {@code orders}:
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

  private BitgetJson json;
  private JsonDecoder<List<Ticker>> tickerDecoder;
  private JsonDecoder<List<BookPush>> bookDecoder;
  private JsonDecoder<List<Position>> positionDecoder;
  private JsonDecoder<List<Order>> orderDecoder;
  private StreamFrame.Router tickerRouter;
  private StreamFrame.Router bookRouter;
  private StreamFrame.Router positionRouter;
  private StreamFrame.Router orderRouter;

  private JsonAdapter<WireTypes.TickerFrame> moshiTicker;
  private JsonAdapter<WireTypes.BooksFrame> moshiBooks;
  private JsonAdapter<WireTypes.PositionsFrame> moshiPositions;
  private JsonAdapter<WireTypes.OrdersFrame> moshiOrders;

  private ObjectReader jacksonTicker;
  private ObjectReader jacksonBooks;
  private ObjectReader jacksonPositions;
  private ObjectReader jacksonOrders;

  @Setup
  public void setUp() throws IOException {
    tickerFrame = Fixtures.compact("ws-ticker.json");
    booksFrame = Fixtures.compact("ws-books15.json");
    positionsFrame = Fixtures.compact("ws-positions.json");
    ordersFrame = Fixtures.compact("ws-orders.json");

    json = BitgetJson.create();
    tickerDecoder = json.tickerPush(ProductType.UMCBL);
    bookDecoder = json.bookPush();
    positionDecoder = json.positionPush(ProductType.UMCBL);
    orderDecoder = json.orderPush(ProductType.UMCBL);
    tickerRouter = routeTo(tickerDecoder);
    bookRouter = routeTo(bookDecoder);
    positionRouter = routeTo(positionDecoder);
    orderRouter = routeTo(orderDecoder);

    Moshi moshi = MoshiSetup.create();
    moshiTicker = moshi.adapter(WireTypes.TickerFrame.class);
    moshiBooks = moshi.adapter(WireTypes.BooksFrame.class);
    moshiPositions = moshi.adapter(WireTypes.PositionsFrame.class);
    moshiOrders = moshi.adapter(WireTypes.OrdersFrame.class);

    ObjectMapper mapper = new BitgetJacksonObjectMapperFactory().createObjectMapper();
    jacksonTicker = mapper.readerFor(WireTypes.XChangeTickerFrame.class);
    jacksonBooks = mapper.readerFor(WireTypes.BooksFrame.class);
    jacksonPositions = mapper.readerFor(WireTypes.PositionsFrame.class);
    jacksonOrders = mapper.readerFor(WireTypes.OrdersFrame.class);

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
  }

  private static void same(String what, Object expected, Object actual) {
    if (!Objects.equals(expected, actual)) {
      throw new IllegalStateException(what + ": expected " + expected + " but decoded " + actual);
    }
  }
}
