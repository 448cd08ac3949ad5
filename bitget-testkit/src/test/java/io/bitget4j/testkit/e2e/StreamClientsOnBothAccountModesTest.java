package io.bitget4j.testkit.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

import io.bitget4j.core.AccountMode;
import io.bitget4j.core.BitgetTransportException;
import io.bitget4j.core.ProductType;
import io.bitget4j.core.Symbol;
import io.bitget4j.core.model.Account;
import io.bitget4j.core.model.BookLevel;
import io.bitget4j.core.model.Fill;
import io.bitget4j.core.model.Order;
import io.bitget4j.core.model.OrderBook;
import io.bitget4j.core.model.OrderStatus;
import io.bitget4j.core.model.Position;
import io.bitget4j.core.model.Side;
import io.bitget4j.core.model.Ticker;
import io.bitget4j.core.testing.LogCapture;
import io.bitget4j.core.testing.LoggedEvent;
import io.bitget4j.core.util.Backoff;
import io.bitget4j.rest.BitgetRestClient;
import io.bitget4j.rest.OrderQuery;
import io.bitget4j.rest.OrderRef;
import io.bitget4j.rest.OrderRequest;
import io.bitget4j.testkit.FakeBitget;
import io.bitget4j.testkit.MalformedFrame;
import io.bitget4j.testkit.RecordedFrame;
import io.bitget4j.ws.BitgetStreamClient;
import io.bitget4j.ws.ConnectionState;
import io.bitget4j.ws.OpenOrdersTracker;
import io.bitget4j.ws.Subscription;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.slf4j.event.Level;

/**
 * Our REST and stream clients together against a classic and a unified fake exchange, faults
 * included: the same user code, the same records, V2 streams on one and V3 on the other.
 *
 * <p>The stream client is built as a user builds it: in {@code AUTO}, with no stream URL, told the
 * account mode by the REST client ({@code accountModeSource(rest::detectAccountMode)}), so that it
 * picks Bitget's stream URLs of that mode by itself. Its sockets are routed to the fake by an OkHttp
 * interceptor that sends {@code wss://ws.bitget.com/...} to the fake's port, path unchanged (and
 * refuses any other host). Heartbeat and backoff are short, so that every fault is noticed and
 * mended within a second or so; every wait is bounded.
 */
@ParameterizedClass(name = "{0} account")
@EnumSource(value = AccountMode.class, names = {"CLASSIC", "UNIFIED"})
@Timeout(30)
class StreamClientsOnBothAccountModesTest {
  private static final Symbol BTC = Symbol.BTCUSDT_UMCBL;
  private static final BigDecimal BELOW_MARKET = new BigDecimal("20000");
  private static final Duration WAIT = Duration.ofSeconds(10);
  /**
   * The client's state with a public connection open and a private one logged in: the least ready of
   * the two, the public one's.
   */
  private static final ConnectionState BOTH_READY = ConnectionState.CONNECTED;

  @Parameter
  AccountMode mode;

  private FakeBitget fake;
  private BitgetRestClient rest;
  private OkHttpClient sockets;
  private final List<String> streamUrls = new CopyOnWriteArrayList<>();
  private BitgetStreamClient streams;

  @BeforeEach
  void start() {
    fake = FakeBitget.builder().accountMode(mode).tickInterval(Duration.ZERO).rateLimitsEnabled(false).start();
    rest = BitgetRestClient.builder().baseUrl(fake.restUrl()).credentials(fake.credentials()).build();
    sockets = new OkHttpClient.Builder().addInterceptor(this::toTheFake).build();
    streams = BitgetStreamClient.builder()
        .credentials(fake.credentials())
        .accountModeSource(rest::detectAccountMode)
        .okHttpClient(sockets)
        .pingInterval(Duration.ofMillis(300))
        .pongTimeout(Duration.ofSeconds(1))
        .backoff(Backoff.builder().base(Duration.ofMillis(50)).cap(Duration.ofMillis(500)).unlimited().build())
        .build();
  }

  @AfterEach
  void stop() {
    streams.close();
    sockets.dispatcher().executorService().shutdown();
    sockets.connectionPool().evictAll();
    rest.close();
    fake.close();
  }

  /** Sends Bitget's stream host to the fake, keeping the path, which names the API version. */
  private Response toTheFake(Interceptor.Chain chain) throws IOException {
    HttpUrl url = chain.request().url();
    if (!url.host().equals("ws.bitget.com")) {
      throw new IOException("not one of Bitget's production streams: " + url);
    }
    streamUrls.add(url.encodedPath());
    HttpUrl local = url.newBuilder().scheme("http").host("127.0.0.1").port(fake.port()).build();
    return chain.proceed(chain.request().newBuilder().url(local).build());
  }

  @Test
  void learnsTheAccountModeFromTheRestClientAndLogsInToThatModesPrivateStream() {
    assertThat(streams.accountMode()).isEqualTo(AccountMode.AUTO);
    AtomicReference<Account> account = new AtomicReference<>();

    streams.account(ProductType.UMCBL, account::set);

    await().atMost(WAIT).until(() -> account.get() != null);
    assertThat(account.get().equity()).isEqualByComparingTo("10000");
    assertThat(streams.accountMode()).isEqualTo(mode);
    assertThat(rest.accountMode()).isEqualTo(mode);
    assertThat(streamUrls).containsExactly(mode == AccountMode.UNIFIED ? "/v3/ws/private" : "/v2/ws/private");
    assertThat(streams.state()).isEqualTo(ConnectionState.AUTHENTICATED);
  }

  @Test
  void placedOrderArrivesAsPositionOnTheStreamAndItsPnlFollowsThePrice() {
    AtomicReference<List<Position>> latest = new AtomicReference<>(List.of());
    streams.positions(ProductType.UMCBL, latest::set);

    rest.orders().place(OrderRequest.market(BTC, Side.BUY, new BigDecimal("0.1")));

    await().atMost(WAIT).until(() -> !openPositions(latest.get()).isEmpty());
    Position opened = openPositions(latest.get()).get(0);
    assertThat(opened.size()).isEqualByComparingTo("0.1");
    assertThat(opened.isLong()).isTrue();

    fake.setPrice(BTC, opened.entryPrice().add(new BigDecimal("1000")));

    // 0.1 BTC gains 100 USDT when the price rises 1,000 above the entry
    await().atMost(WAIT).until(() -> !openPositions(latest.get()).isEmpty()
        && openPositions(latest.get()).get(0).unrealizedPnl().compareTo(new BigDecimal("100")) == 0);
    assertThat(openPositions(latest.get())).singleElement()
        .satisfies(p -> assertThat(p.size()).isEqualByComparingTo("0.1"));
    assertThat(rest.positions().of(BTC)).singleElement()
        .satisfies(p -> assertThat(p.unrealizedPnl()).isEqualByComparingTo("100"));
  }

  @Test
  void streamsComeBackLogInAgainAndKeepDeliveringAfterTheExchangeDropsEveryConnectionThreeTimes() {
    List<Ticker> tickers = new CopyOnWriteArrayList<>();
    AtomicReference<List<Position>> positions = new AtomicReference<>(List.of());
    streams.ticker(BTC, tickers::add);
    streams.positions(ProductType.UMCBL, positions::set);
    await().atMost(WAIT).until(() -> !tickers.isEmpty());
    rest.orders().place(OrderRequest.market(BTC, Side.BUY, new BigDecimal("0.2")));
    await().atMost(WAIT).until(() -> !openPositions(positions.get()).isEmpty());
    BigDecimal entry = openPositions(positions.get()).get(0).entryPrice();
    assertThat(logins()).isEqualTo(1);

    for (int drop = 1; drop <= 3; drop++) {
      assertThat(fake.faults().dropWebSocketConnections()).isEqualTo(2);
      long reconnects = 2L * drop; // the public and the private connection, once each
      await().atMost(WAIT).until(() -> streams.health().reconnectCount() == reconnects
          && fake.webSocketConnections() == 2);
      assertThat(logins()).isEqualTo(1 + drop);
      BigDecimal price = new BigDecimal(30000 + drop * 100);
      BigDecimal pnl = price.subtract(entry).multiply(new BigDecimal("0.2"));
      // the channels may still be subscribing again: keep moving the price until the new one arrives
      await().atMost(WAIT).pollInterval(Duration.ofMillis(100)).until(() -> {
        fake.setPrice(BTC, price);
        return last(tickers).lastPrice().compareTo(price) == 0
            && openPositions(positions.get()).stream().anyMatch(p -> p.unrealizedPnl().compareTo(pnl) == 0);
      });
    }
    assertThat(openPositions(positions.get())).singleElement()
        .satisfies(p -> assertThat(p.size()).isEqualByComparingTo("0.2"));
    assertThat(streams.health().reconnectCount()).isEqualTo(6);
    assertThat(streams.state()).isEqualTo(BOTH_READY);
    assertThat(streams.health().lastError()).containsInstanceOf(BitgetTransportException.class);
  }

  @Test
  void aConnectionWhosePingsGoUnansweredIsFoundDeadAndReconnected() {
    List<Ticker> tickers = new CopyOnWriteArrayList<>();
    AtomicReference<Account> account = new AtomicReference<>();
    streams.ticker(BTC, tickers::add);
    streams.account(ProductType.UMCBL, account::set);
    await().atMost(WAIT).until(() -> !tickers.isEmpty() && account.get() != null);
    assertThat(streams.health().reconnectCount()).isZero();

    fake.faults().setPingReplies(false);

    // the market stands still, so the connections are silent but for the pongs that no longer come
    await().atMost(WAIT).until(() -> deadConnectionsFound().containsAll(List.of("public-1", "private-1"))
        && streams.health().reconnectCount() >= 2);
    fake.faults().setPingReplies(true);
    BigDecimal price = new BigDecimal("31234");
    await().atMost(WAIT).pollInterval(Duration.ofMillis(100)).until(() -> {
      fake.setPrice(BTC, price);
      return last(tickers).lastPrice().compareTo(price) == 0 && streams.state() == BOTH_READY;
    });
    assertThat(logins()).isGreaterThanOrEqualTo(2);
  }

  @Test
  void malformedFramesAreLoggedAndSkippedAndTheNextValuesStillArrive() throws Exception {
    List<Ticker> tickers = new CopyOnWriteArrayList<>();
    List<Order> orders = new CopyOnWriteArrayList<>();
    streams.ticker(BTC, tickers::add);
    Subscription orderUpdates = streams.orders(ProductType.UMCBL, orders::add);
    orderUpdates.ready().get(WAIT.toSeconds(), TimeUnit.SECONDS);
    await().atMost(WAIT).until(() -> !tickers.isEmpty());
    LogCapture.clear();

    for (MalformedFrame kind : MalformedFrame.values()) {
      assertThat(fake.faults().sendMalformedFrame(kind)).as(kind.name()).isEqualTo(2);
    }

    // truncated JSON and text that is not JSON are logged on the connection they came on, a push of an unknown
    // channel once
    await().atMost(WAIT).until(() -> warnings("Skipping a malformed frame on public-1").size() == 2
        && warnings("Skipping a malformed frame on private-1").size() == 2
        && !warnings("no listener subscribed it").isEmpty());
    assertThat(warnings("no listener subscribed it")).allSatisfy(w -> assertThat(w).contains("noSuchChannel"));
    fake.setPrice(BTC, new BigDecimal("28123"));
    String orderId = rest.orders().place(OrderRequest.limit(BTC, Side.BUY, new BigDecimal("0.01"), BELOW_MARKET))
        .orderId();
    await().atMost(WAIT).until(() -> last(tickers).lastPrice().compareTo(new BigDecimal("28123")) == 0
        && orders.stream().anyMatch(o -> o.orderId().equals(orderId)));
    assertThat(streams.health().reconnectCount()).isZero();
    assertThat(frames("{\"op\":\"subscribe\"")).as("no connection was opened again").hasSize(2);
    assertThat(logins()).isEqualTo(1);
    assertThat(streams.state()).isEqualTo(BOTH_READY);
    assertThat(fake.webSocketConnections()).isEqualTo(2);
    assertThat(LogCapture.events(Level.ERROR)).isEmpty();
  }

  @Test
  void aLostBookUpdateIsNeverMergedAndTheBookRebuildsFromTheNextSnapshot() {
    List<OrderBook> books = new CopyOnWriteArrayList<>();
    Set<List<String>> exchangeBooks = new HashSet<>();
    streams.orderBook(BTC, books::add);
    List<String> first = exchangeBook();
    exchangeBooks.add(first);
    await().atMost(WAIT).until(() -> !books.isEmpty() && levels(last(books)).equals(first));

    fake.faults().dropNextBookUpdate();
    fake.tickMarket(); // its books update is lost on the way
    exchangeBooks.add(exchangeBook());
    fake.tickMarket(); // the update after the gap, which no longer fits the client's book
    List<String> afterGap = exchangeBook();
    exchangeBooks.add(afterGap);

    // the client subscribes the book again and delivers the fresh snapshot
    await().atMost(WAIT).until(() -> levels(last(books)).equals(afterGap));
    fake.tickMarket();
    List<String> next = exchangeBook();
    exchangeBooks.add(next);
    await().atMost(WAIT).until(() -> levels(last(books)).equals(next));

    assertThat(books).extracting(StreamClientsOnBothAccountModesTest::levels)
        .as("every book delivered is one the exchange had").allMatch(exchangeBooks::contains);
    assertThat(unsubscribes()).as("the book was subscribed again").hasSize(1);
    assertThat(warnings("Order book BTCUSDT_UMCBL")).singleElement().asString().contains(mode == AccountMode.UNIFIED
        ? "skipped a sequence number" : "failed its checksum");
    assertThat(streams.health().reconnectCount()).isZero();
  }

  @Test
  void aSequenceResetOfAUnifiedBookReplacesTheBookWithoutSubscribingAgain() {
    assumeThat(mode).as("V2 books have no sequence reset; their checksum covers it").isEqualTo(AccountMode.UNIFIED);
    List<OrderBook> books = new CopyOnWriteArrayList<>();
    streams.orderBook(BTC, books::add);
    List<String> first = exchangeBook();
    await().atMost(WAIT).until(() -> !books.isEmpty() && levels(last(books)).equals(first));
    int before = books.size();

    assertThat(fake.faults().resetBookSequence()).isEqualTo(1);

    await().atMost(WAIT).until(() -> books.size() > before);
    fake.tickMarket(); // the first update after the reset chains on the reset's seq
    List<String> next = exchangeBook();
    await().atMost(WAIT).until(() -> levels(last(books)).equals(next));
    fake.tickMarket();
    List<String> after = exchangeBook();
    await().atMost(WAIT).until(() -> levels(last(books)).equals(after));
    assertThat(books.subList(before, books.size())).extracting(StreamClientsOnBothAccountModesTest::levels)
        .containsExactly(first, next, after);
    assertThat(unsubscribes()).isEmpty();
    assertThat(LogCapture.events(Level.WARN)).isEmpty();
  }

  @Test
  void aServiceUpgradeMovesTheStreamsWithoutLosingOrRepeatingAnOrderUpdateOrFill() throws Exception {
    List<Order> orders = new CopyOnWriteArrayList<>();
    List<Fill> fills = new CopyOnWriteArrayList<>();
    List<Ticker> tickers = new CopyOnWriteArrayList<>();
    streams.ticker(BTC, tickers::add);
    // neither channel sends a snapshot: an update before the subscribe is acknowledged would be lost
    streams.orders(ProductType.UMCBL, orders::add).ready().get(WAIT.toSeconds(), TimeUnit.SECONDS);
    streams.fills(ProductType.UMCBL, fills::add).ready().get(WAIT.toSeconds(), TimeUnit.SECONDS);
    List<String> placed = new CopyOnWriteArrayList<>();
    BigDecimal size = new BigDecimal("0.001");
    String first = buy(size);
    placed.add(first);
    await().atMost(WAIT).until(() -> filled(orders).contains(first) && !tickers.isEmpty()
        && sum(fills).compareTo(size) == 0);
    List<OrderStatus> updatesOfAnOrder = statuses(orders, first);
    long fillsOfAnOrder = fills.size();

    // trade every 20 ms across the notice and the switch, until the old connections are closed
    await().atMost(WAIT).pollInterval(Duration.ofMillis(20)).until(() -> {
      placed.add(buy(size));
      return placed.size() >= 5;
    });
    assertThat(fake.faults().announceServiceUpgrade(Duration.ofSeconds(3))).isEqualTo(2);
    await().atMost(WAIT).pollInterval(Duration.ofMillis(20)).until(() -> {
      placed.add(buy(size));
      return logins() == 2 && fake.webSocketConnections() == 2 && streams.health().connections() == 2;
    });
    placed.add(buy(size));
    placed.add(buy(size));

    await().atMost(WAIT).until(() -> filled(orders).containsAll(placed));
    assertThat(filled(orders)).as("every order filled once").hasSameSizeAs(placed);
    for (String orderId : placed) {
      assertThat(statuses(orders, orderId)).as("the updates of order %s, none lost or repeated", orderId)
          .isEqualTo(updatesOfAnOrder);
    }
    assertThat(orders).as("no other update").hasSize(placed.size() * updatesOfAnOrder.size());
    assertThat(new HashSet<>(orders)).as("no update delivered twice").hasSameSizeAs(orders);
    BigDecimal total = size.multiply(BigDecimal.valueOf(placed.size()));
    await().atMost(WAIT).until(() -> sum(fills).compareTo(total) == 0);
    assertThat(fills).as("the fills of every order, none lost or repeated").hasSize(
        (int) (placed.size() * fillsOfAnOrder));
    assertThat(fills.stream().map(Fill::tradeId).distinct()).as("no fill delivered twice").hasSameSizeAs(fills);
    assertThat(fills.stream().map(Fill::orderId).collect(Collectors.toSet())).containsExactlyInAnyOrderElementsOf(
        placed);
    assertThat(streams.health().reconnectCount()).as("moved, not reconnected").isZero();
    assertThat(streams.state()).isEqualTo(BOTH_READY);
    assertThat(LogCapture.events(Level.WARN)).isEmpty();
    assertThat(LogCapture.text()).contains("service upgrade");
  }

  @Test
  void openOrdersAreSeededFromRestAndThenFollowTheStream() throws Exception {
    String before = rest.orders().place(OrderRequest.limit(BTC, Side.BUY, new BigDecimal("0.01"), BELOW_MARKET))
        .orderId();

    try (OpenOrdersTracker tracker = streams.openOrdersTracker(ProductType.UMCBL)) {
      List<List<Order>> seen = new CopyOnWriteArrayList<>();
      tracker.subscribe(seen::add).ready().get(WAIT.toSeconds(), TimeUnit.SECONDS);

      assertThat(tracker.seed(type -> rest.orders().pending(OrderQuery.of(type)).orders())).isTrue();

      assertThat(tracker.orders()).extracting(Order::orderId).containsExactly(before);
      String after = rest.orders().place(OrderRequest.limit(BTC, Side.BUY, new BigDecimal("0.02"),
          BELOW_MARKET.subtract(BigDecimal.ONE))).orderId();
      await().atMost(WAIT).until(() -> tracker.order(after).isPresent());
      rest.orders().cancel(BTC, OrderRef.orderId(before));
      await().atMost(WAIT).until(() -> tracker.order(before).isEmpty());
      assertThat(tracker.orders(BTC)).singleElement().satisfies(o -> {
        assertThat(o.orderId()).isEqualTo(after);
        assertThat(o.size()).isEqualByComparingTo("0.02");
        assertThat(o.status()).isEqualTo(OrderStatus.LIVE);
      });
      await().atMost(WAIT).until(() -> !seen.isEmpty() && last(seen).equals(tracker.orders()));
      assertThat(seen.get(0)).extracting(Order::orderId).containsExactly(before);
    }
  }

  // ---------------------------------------------------------------- helpers

  private String buy(BigDecimal size) {
    return rest.orders().place(OrderRequest.market(BTC, Side.BUY, size)).orderId();
  }

  private static List<String> filled(List<Order> orders) {
    return orders.stream().filter(o -> o.status() == OrderStatus.FILLED).map(Order::orderId).toList();
  }

  /** The statuses of the updates of one order, in the order they were delivered. */
  private static List<OrderStatus> statuses(List<Order> orders, String orderId) {
    return orders.stream().filter(o -> o.orderId().equals(orderId)).map(Order::status).toList();
  }

  private static BigDecimal sum(List<Fill> fills) {
    return fills.stream().map(Fill::size).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** The fake's book now, read over REST: every level of both sides, as text. */
  private List<String> exchangeBook() {
    return levels(rest.market().orderBook(BTC, 50));
  }

  private static List<String> levels(OrderBook book) {
    List<String> levels = new ArrayList<>();
    for (BookLevel bid : book.bids()) {
      levels.add("bid " + bid.price().stripTrailingZeros().toPlainString() + " " + bid.size().stripTrailingZeros()
          .toPlainString());
    }
    for (BookLevel ask : book.asks()) {
      levels.add("ask " + ask.price().stripTrailingZeros().toPlainString() + " " + ask.size().stripTrailingZeros()
          .toPlainString());
    }
    return levels;
  }

  private static List<Position> openPositions(List<Position> all) {
    return all.stream().filter(p -> p.symbol().equals(BTC) && !p.isEmpty()).toList();
  }

  private static <T> T last(List<T> values) {
    return values.get(values.size() - 1);
  }

  /** How many times the client logged in on the fake's private endpoint. */
  private long logins() {
    return frames("{\"op\":\"login\"").stream().filter(RecordedFrame::privateEndpoint).count();
  }

  private List<RecordedFrame> unsubscribes() {
    return frames("{\"op\":\"unsubscribe\"");
  }

  /** The frames the client sent the fake that start with {@code start}. */
  private List<RecordedFrame> frames(String start) {
    return fake.webSocketFrames().stream().filter(f -> f.text().startsWith(start)).toList();
  }

  /** The names of the connections the client found dead for a missing pong. */
  private static Set<String> deadConnectionsFound() {
    return warnings("No pong or other frame on ").stream()
        .map(w -> w.substring("No pong or other frame on ".length(), w.indexOf(" within")))
        .collect(Collectors.toSet());
  }

  /** The WARN messages logged in this test that contain {@code text}. */
  private static List<String> warnings(String text) {
    return LogCapture.events(Level.WARN).stream().map(LoggedEvent::message).filter(m -> m.contains(text)).toList();
  }
}
