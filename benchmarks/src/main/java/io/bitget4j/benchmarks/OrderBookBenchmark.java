package io.bitget4j.benchmarks;

import io.bitget4j.core.Symbol;
import io.bitget4j.core.internal.json.BitgetJson;
import io.bitget4j.core.internal.json.BookPush;
import io.bitget4j.core.internal.json.JsonDecoder;
import io.bitget4j.core.internal.json.RawBookLevel;
import io.bitget4j.core.internal.json.StreamFrame;
import io.bitget4j.core.model.OrderBook;
import io.bitget4j.ws.internal.BookMerger;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
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
 * The {@code books} channel's per-push work on the fixture book ({@code ws-books-snapshot.json}: 30
 * levels a side, checksum over the top 25): applying an incremental update and verifying Bitget's
 * CRC32 checksum, against decoding the same update frame ({@code ws-books-update.json}).
 *
 * <p>The stream client's merger ({@code io.bitget4j.ws.internal.BookMerger}, which has no public
 * equivalent) is driven directly. Updates alternate between the fixture's update and its exact
 * reversal (so the book, and every checksum, stays valid), with sequence numbers increasing as on
 * the wire. Setup prepares 4,096 of them from the two decoded pushes; the snapshot is applied again
 * each time they run out (amortised, under 0.5 % of an update).
 */
@State(Scope.Thread)
@Fork(1)
@Warmup(iterations = 6, time = 1)
@Measurement(iterations = 8, time = 1)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class OrderBookBenchmark {
  private static final int RING = 4096;

  private String updateFrame;
  private BitgetJson json;
  private JsonDecoder<List<BookPush>> decoder;
  private StreamFrame.Router router;

  private BookPush snapshot;
  private BookPush[] updates;
  private int next;
  private BookMerger merger;

  @Setup
  public void setUp() {
    json = BitgetJson.create();
    decoder = json.bookPush();
    Optional<JsonDecoder<?>> route = Optional.of(decoder);
    router = arg -> route;
    updateFrame = Fixtures.compact("ws-books-update.json");
    snapshot = decode(Fixtures.compact("ws-books-snapshot.json"));
    BookPush update = decode(updateFrame);
    BookPush reversal = reversal(update, snapshot);

    updates = new BookPush[RING];
    long seq = snapshot.seq().orElseThrow();
    for (int i = 0; i < RING; i++) {
      BookPush push = i % 2 == 0 ? update : reversal;
      updates[i] = new BookPush(push.asks(), push.bids(), push.checksum(), Optional.of(++seq),
          Optional.empty(), push.timestamp());
    }
    merger = new BookMerger();
    expect(BookMerger.Outcome.APPLIED, merger.applySnapshot(snapshot), "snapshot");
    for (int i = 0; i < RING; i++) {
      expect(BookMerger.Outcome.APPLIED, merger.applyUpdate(updates[i]), "update " + i);
    }
    expect(BookMerger.Outcome.APPLIED, merger.applySnapshot(snapshot), "snapshot");
    next = 0;
  }

  /** Applies the next update to the 25-level checked book and verifies its checksum. */
  @Benchmark
  public BookMerger.Outcome updateAndChecksum() {
    return apply();
  }

  /** As {@link #updateAndChecksum}, then builds the {@link OrderBook} a listener receives. */
  @Benchmark
  public OrderBook updateChecksumAndPublish() {
    apply();
    return merger.toOrderBook(Symbol.BTCUSDT_UMCBL);
  }

  /** Only the checksum of the current book. */
  @Benchmark
  public int checksumOnly() {
    return merger.checksum();
  }

  /** Decodes the update frame into its {@link BookPush}, as the stream client does first. */
  @Benchmark
  public List<BookPush> decodeUpdateFrame() {
    return json.decodePush(updateFrame, router).data(decoder).orElseThrow();
  }

  private BookMerger.Outcome apply() {
    if (next == RING) {
      merger.applySnapshot(snapshot);
      next = 0;
    }
    BookMerger.Outcome outcome = merger.applyUpdate(updates[next++]);
    if (outcome != BookMerger.Outcome.APPLIED) {
      throw new IllegalStateException("update " + (next - 1) + " was " + outcome);
    }
    return outcome;
  }

  private BookPush decode(String frame) {
    return json.decodePush(frame, router).data(decoder).orElseThrow().get(0);
  }

  /** The update that undoes {@code update} on {@code snapshot}; its checksum is the snapshot's. */
  private static BookPush reversal(BookPush update, BookPush snapshot) {
    return new BookPush(undo(update.asks(), snapshot.asks()), undo(update.bids(), snapshot.bids()),
        snapshot.checksum(), Optional.empty(), Optional.empty(), update.timestamp());
  }

  private static List<RawBookLevel> undo(List<RawBookLevel> changes, List<RawBookLevel> before) {
    return changes.stream().map(change -> before.stream()
            .filter(level -> level.price().compareTo(change.price()) == 0)
            .findFirst()
            .orElseGet(() -> new RawBookLevel(change.priceText(), "0", change.price(), BigDecimal.ZERO)))
        .toList();
  }

  private static void expect(BookMerger.Outcome expected, BookMerger.Outcome actual, String what) {
    if (actual != expected) {
      throw new IllegalStateException(what + " was " + actual + ", expected " + expected);
    }
  }
}
