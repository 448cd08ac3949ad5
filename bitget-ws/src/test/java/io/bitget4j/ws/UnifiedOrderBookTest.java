package io.bitget4j.ws;

import static org.assertj.core.api.Assertions.assertThat;

import io.bitget4j.core.Symbol;
import io.bitget4j.core.model.BookLevel;
import io.bitget4j.core.model.OrderBook;
import io.bitget4j.ws.testing.FakeSockets.FakeSocket;
import io.bitget4j.ws.testing.Logs;
import io.bitget4j.ws.testing.Recorder;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A unified account's full book (V3 {@code books}) kept in sync by sequence numbers: each update's
 * {@code pseq} is the previous {@code seq}, {@code pseq} 0 is Bitget resetting the book, a gap
 * subscribes the book again and no book built across it is ever delivered, and the checksum (0 or
 * absent) is not checked.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class UnifiedOrderBookTest {
  private static final Symbol BTC = Symbol.BTCUSDT_UMCBL;
  private static final String ARG = "{\"instType\":\"usdt-futures\",\"topic\":\"books\",\"symbol\":\"BTCUSDT\"}";
  private static final long SEQ = 1304314508780744705L;

  private final ManualStreams streams = new ManualStreams();
  private final Recorder<OrderBook> books = new Recorder<>();
  private BitgetStreamClient client;
  private FakeSocket socket;

  @BeforeEach
  void start() {
    client = streams.unifiedBuilder().build();
    client.orderBook(BTC, books);
    streams.settle();
    socket = streams.sockets.socket(0);
  }

  @AfterEach
  void stop() {
    client.close();
  }

  private static String push(String action, String asks, String bids, long seq, long pseq, String checksum) {
    return "{\"data\":[{\"a\":" + asks + ",\"b\":" + bids + checksum + ",\"pseq\":" + pseq + ",\"seq\":" + seq
        + ",\"ts\":\"" + (1746698732562L + seq - SEQ) + "\"}],\"arg\":" + ARG + ",\"action\":\"" + action
        + "\",\"ts\":1746698732563}";
  }

  private void send(String frame) {
    socket.push(frame);
    streams.settle();
  }

  private void snapshot(long seq) {
    send(push("snapshot", "[[\"100.5\",\"2\"],[\"101\",\"1\"]]", "[[\"100\",\"3\"],[\"99.5\",\"4\"]]", seq, 0,
        ",\"checksum\":0"));
  }

  private static BookLevel level(String price, String size) {
    return new BookLevel(new BigDecimal(price), new BigDecimal(size));
  }

  private List<String> sent() {
    return socket.sentWithoutPings();
  }

  @Test
  void subscribesBooksInV3Words() {
    assertThat(sent()).containsExactly("{\"op\":\"subscribe\",\"args\":[" + ARG + "]}");
  }

  @Test
  void mergesUpdatesWhosePseqIsThePreviousSeqWithoutCheckingTheZeroChecksum() {
    snapshot(SEQ);
    send(push("update", "[[\"100.5\",\"0\"]]", "[[\"100.2\",\"1\"]]", SEQ + 1, SEQ, ",\"checksum\":0"));
    send(push("update", "[[\"100.8\",\"5\"]]", "[]", SEQ + 2, SEQ + 1, "")); // no checksum at all

    assertThat(books.values()).hasSize(3);
    OrderBook last = books.last();
    assertThat(last.bids()).containsExactly(level("100.2", "1"), level("100", "3"), level("99.5", "4"));
    assertThat(last.asks()).containsExactly(level("100.8", "5"), level("101", "1"));
    assertThat(Logs.warnings()).isEmpty();
  }

  @Test
  void aGapSubscribesTheBookAgainAndNothingBuiltAcrossItIsDelivered() {
    snapshot(SEQ);
    send(push("update", "[[\"100.5\",\"0\"]]", "[]", SEQ + 2, SEQ + 1, ",\"checksum\":0")); // SEQ + 1 never came
    send(push("update", "[[\"100.7\",\"1\"]]", "[]", SEQ + 3, SEQ + 2, ",\"checksum\":0"));

    assertThat(books.values()).hasSize(1);
    assertThat(sent()).containsExactly("{\"op\":\"subscribe\",\"args\":[" + ARG + "]}",
        "{\"op\":\"unsubscribe\",\"args\":[" + ARG + "]}", "{\"op\":\"subscribe\",\"args\":[" + ARG + "]}");
    assertThat(Logs.warnings()).containsExactly("Order book BTCUSDT_UMCBL skipped a sequence number (seq "
        + (SEQ + 2) + ", pseq " + (SEQ + 1) + "); subscribing it again");

    snapshot(SEQ + 10);
    send(push("update", "[]", "[[\"100.1\",\"7\"]]", SEQ + 11, SEQ + 10, ",\"checksum\":0"));

    assertThat(books.values()).hasSize(3);
    assertThat(books.values().get(1).asks()).containsExactly(level("100.5", "2"), level("101", "1"));
    assertThat(books.last().bids()).containsExactly(level("100.1", "7"), level("100", "3"), level("99.5", "4"));
  }

  @Test
  void anUpdateWithPseqZeroIsBitgetResettingTheBook() {
    snapshot(SEQ);
    send(push("update", "[[\"200\",\"1\"]]", "[[\"199\",\"2\"]]", SEQ + 50, 0, ",\"checksum\":0"));
    send(push("update", "[[\"200.5\",\"3\"]]", "[]", SEQ + 51, SEQ + 50, ",\"checksum\":0"));

    assertThat(books.values()).hasSize(3);
    assertThat(books.values().get(1).asks()).containsExactly(level("200", "1"));
    assertThat(books.values().get(1).bids()).containsExactly(level("199", "2"));
    assertThat(books.last().asks()).containsExactly(level("200", "1"), level("200.5", "3"));
    assertThat(sent()).hasSize(1); // no resubscribe
  }

  @Test
  void updatesBeforeTheFirstSnapshotAreIgnored() {
    send(push("update", "[[\"100.5\",\"1\"]]", "[]", SEQ + 1, SEQ, ",\"checksum\":0"));

    assertThat(books.values()).isEmpty();
    snapshot(SEQ + 1);
    assertThat(books.values()).hasSize(1);
  }

  @Test
  void fifteenLevelBooksAreTheFirstFifteenOfBooks50() {
    Recorder<OrderBook> top15 = new Recorder<>();
    client.orderBook(BTC, BookDepth.TOP_15, top15);
    streams.settle();
    StringBuilder asks = new StringBuilder("[");
    StringBuilder bids = new StringBuilder("[");
    for (int i = 0; i < 50; i++) {
      asks.append(i == 0 ? "" : ",").append("[\"").append(200 + i).append("\",\"1\"]");
      bids.append(i == 0 ? "" : ",").append("[\"").append(199 - i).append("\",\"1\"]");
    }
    socket.push("{\"data\":[{\"a\":" + asks + "],\"b\":" + bids + "],\"checksum\":0,\"pseq\":0,\"seq\":7,\"ts\":\"1\"}],"
        + "\"arg\":{\"instType\":\"usdt-futures\",\"topic\":\"books50\",\"symbol\":\"BTCUSDT\"},\"action\":\"snapshot\","
        + "\"ts\":1}");
    streams.settle();

    assertThat(sent()).last().isEqualTo("{\"op\":\"subscribe\",\"args\":[{\"instType\":\"usdt-futures\","
        + "\"topic\":\"books50\",\"symbol\":\"BTCUSDT\"}]}");
    assertThat(top15.values()).singleElement().satisfies(book -> {
      assertThat(book.asks()).hasSize(15).first().isEqualTo(level("200", "1"));
      assertThat(book.bids()).hasSize(15).last().isEqualTo(level("185", "1"));
    });
  }
}
