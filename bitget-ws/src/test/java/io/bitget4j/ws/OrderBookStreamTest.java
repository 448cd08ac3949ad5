package io.bitget4j.ws;

import static org.assertj.core.api.Assertions.assertThat;

import io.bitget4j.core.Symbol;
import io.bitget4j.core.model.BookLevel;
import io.bitget4j.core.model.OrderBook;
import io.bitget4j.core.util.Backoff;
import io.bitget4j.ws.testing.FakeStreamServer;
import io.bitget4j.ws.testing.FakeStreamServer.Session;
import io.bitget4j.ws.testing.Pushes;
import io.bitget4j.ws.testing.Recorder;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class OrderBookStreamTest {
  private static final Symbol BTC = Symbol.BTCUSDT_UMCBL;

  private FakeStreamServer server;
  private BitgetStreamClient client;

  @BeforeEach
  void start() {
    server = FakeStreamServer.start();
    client = BitgetStreamClient.builder()
        .publicUrl(server.publicUrl())
        .pingInterval(Duration.ofSeconds(5))
        .backoff(Backoff.builder().base(Duration.ofMillis(20)).cap(Duration.ofMillis(80)).unlimited().build())
        .build();
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  private static BookLevel level(String price, String size) {
    return new BookLevel(new BigDecimal(price), new BigDecimal(size));
  }

  @Test
  void mergesTheSnapshotAndUpdatesIntoVerifiedBooks() {
    Recorder<OrderBook> books = new Recorder<>();
    client.orderBook(BTC, books);
    Session session = server.awaitSession(0);
    session.awaitFrame(Pushes.subscribe("books", "BTCUSDT"));

    session.send(Pushes.booksSnapshot());
    session.send(Pushes.booksUpdate());

    List<OrderBook> received = books.awaitValues(2);
    assertThat(received.get(0).symbol()).isEqualTo(BTC);
    assertThat(received.get(0).bestBid()).contains(level("27000.0", "1.500"));
    assertThat(received.get(0).bestAsk()).contains(level("27000.1", "2.000"));
    assertThat(received.get(1).bestBid()).contains(level("26999.95", "0.750"));
    assertThat(received.get(1).bestAsk()).contains(level("27000.1", "1.250"));
    assertThat(received.get(1).bids()).doesNotContain(level("27000.0", "1.500"));
    assertThat(received.get(1).timestamp()).isEqualTo(Instant.ofEpochMilli(1732413600100L));
  }

  @Test
  void checksumMismatchResubscribesTheBookAndDeliversNothingWrong() {
    Recorder<OrderBook> books = new Recorder<>();
    client.orderBook(BTC, books);
    Session session = server.awaitSession(0);
    session.awaitFrame(Pushes.subscribe("books", "BTCUSDT"));
    session.send(Pushes.booksSnapshot());
    books.awaitValues(1);

    session.send(Pushes.booksUpdate().replace("-1653064965", "-1653064966"));
    session.awaitFrame(Pushes.unsubscribe("books", "BTCUSDT"));
    session.send(Pushes.booksUpdate()); // still out of sync: ignored until a snapshot
    session.send(Pushes.booksSnapshot());
    session.send(Pushes.booksUpdate());

    List<OrderBook> received = books.awaitValues(3);
    assertThat(session.receivedWithoutPings()).containsExactly(
        Pushes.subscribe("books", "BTCUSDT"),
        Pushes.unsubscribe("books", "BTCUSDT"),
        Pushes.subscribe("books", "BTCUSDT"));
    assertThat(received).hasSize(3);
    assertThat(received.get(0)).isEqualTo(received.get(1));
    assertThat(received.get(2).bestBid()).contains(level("26999.95", "0.750"));
    assertThat(server.sessions()).hasSize(1);
  }

  @Test
  void sequenceGapResubscribesTheBook() {
    Recorder<OrderBook> books = new Recorder<>();
    client.orderBook(BTC, books);
    Session session = server.awaitSession(0);
    session.awaitFrame(Pushes.subscribe("books", "BTCUSDT"));
    session.send(Pushes.booksSnapshot());
    books.awaitValues(1);

    session.send(Pushes.booksUpdate().replace("\"seq\":1002", "\"seq\":1001"));

    session.awaitFrame(Pushes.unsubscribe("books", "BTCUSDT"));
    assertThat(books.values()).hasSize(1);
  }

  @Test
  void snapshotChannelsDeliverEachPushAsItIs() {
    Recorder<OrderBook> books = new Recorder<>();
    client.orderBook(BTC, BookDepth.ofLevels(5), books);
    Session session = server.awaitSession(0);
    session.awaitFrame(Pushes.subscribe("books5", "BTCUSDT"));

    session.send("{\"action\":\"snapshot\",\"arg\":" + Pushes.arg("books5", "BTCUSDT") + ",\"data\":[{"
        + "\"asks\":[[\"27000.1\",\"2\"],[\"27000.2\",\"3\"]],\"bids\":[[\"27000.0\",\"1.5\"]],"
        + "\"checksum\":0,\"ts\":\"1732413600000\"}],\"ts\":1732413600001}");

    OrderBook book = books.awaitValues(1).get(0);
    assertThat(book.asks()).containsExactly(level("27000.1", "2"), level("27000.2", "3"));
    assertThat(book.bids()).containsExactly(level("27000.0", "1.5"));
  }

  @Test
  void lateListenerOfALiveBookGetsTheCurrentBookAtOnce() {
    Recorder<OrderBook> first = new Recorder<>();
    client.orderBook(BTC, first);
    Session session = server.awaitSession(0);
    session.awaitFrame(Pushes.subscribe("books", "BTCUSDT"));
    session.send(Pushes.booksSnapshot());
    session.send(Pushes.booksUpdate());
    first.awaitValues(2);

    Recorder<OrderBook> late = new Recorder<>();
    client.orderBook(BTC, late);

    assertThat(late.awaitValues(1).get(0)).isEqualTo(first.values().get(1));
  }
}
