package io.bitget4j.ws.internal;

import io.bitget4j.core.Symbol;
import io.bitget4j.core.internal.json.BookPush;
import io.bitget4j.core.internal.json.JsonDecoder;
import io.bitget4j.core.internal.json.RawBookLevel;
import io.bitget4j.core.internal.json.StreamFrame;
import io.bitget4j.core.model.OrderBook;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Book handlers: the merged {@code books} channel, verified by checksum (V2) or kept in sync by
 * sequence numbers (V3), and the snapshot channels ({@code books1}, {@code books5}, V2's
 * {@code books15}, V3's {@code books50}).
 */
public final class BookHandler {
  private static final Logger logger = LoggerFactory.getLogger(BookHandler.class);

  private BookHandler() {
  }

  /** The {@code books} channel: merges updates into the snapshot and checks each book as {@code sync} says. */
  public static PushHandler<OrderBook> merged(Symbol symbol, JsonDecoder<List<BookPush>> decoder,
      BookMerger.Sync sync) {
    return new Merged(symbol, decoder, sync);
  }

  /**
   * A snapshot channel: every push is a whole book of a few levels.
   *
   * @param maxLevels the levels a side to deliver, fewer than sent (V3 serves 15-level books from
   *     {@code books50}); 0 for all
   */
  public static PushHandler<OrderBook> snapshots(Symbol symbol, JsonDecoder<List<BookPush>> decoder, int maxLevels) {
    return new Snapshots(symbol, decoder, maxLevels);
  }

  private static List<io.bitget4j.core.model.BookLevel> levels(List<RawBookLevel> raw, int maxLevels) {
    int count = maxLevels > 0 ? Math.min(maxLevels, raw.size()) : raw.size();
    List<io.bitget4j.core.model.BookLevel> levels = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      levels.add(raw.get(i).toBookLevel());
    }
    return levels;
  }

  private static final class Snapshots implements PushHandler<OrderBook> {
    private final Symbol symbol;
    private final JsonDecoder<List<BookPush>> decoder;
    private final int maxLevels;

    Snapshots(Symbol symbol, JsonDecoder<List<BookPush>> decoder, int maxLevels) {
      this.symbol = symbol;
      this.decoder = decoder;
      this.maxLevels = maxLevels;
    }

    @Override
    public JsonDecoder<List<BookPush>> decoder() {
      return decoder;
    }

    @Override
    public List<OrderBook> onPush(StreamFrame frame, Runnable resync) {
      List<BookPush> pushes = frame.data(decoder).orElse(List.of());
      List<OrderBook> books = new ArrayList<>(pushes.size());
      for (BookPush push : pushes) {
        books.add(new OrderBook(symbol, levels(push.bids(), maxLevels), levels(push.asks(), maxLevels),
            push.timestamp()));
      }
      return books;
    }
  }

  private static final class Merged implements PushHandler<OrderBook> {
    private final Symbol symbol;
    private final JsonDecoder<List<BookPush>> decoder;
    private final BookMerger merger;

    Merged(Symbol symbol, JsonDecoder<List<BookPush>> decoder, BookMerger.Sync sync) {
      this.symbol = symbol;
      this.decoder = decoder;
      this.merger = new BookMerger(sync);
    }

    @Override
    public JsonDecoder<List<BookPush>> decoder() {
      return decoder;
    }

    @Override
    public synchronized List<OrderBook> onPush(StreamFrame frame, Runnable resync) {
      List<BookPush> pushes = frame.data(decoder).orElse(List.of());
      if (pushes.isEmpty()) {
        return List.of();
      }
      for (BookPush push : pushes) {
        BookMerger.Outcome outcome = "update".equals(frame.action().orElse(""))
            ? merger.applyUpdate(push) : merger.applySnapshot(push);
        switch (outcome) {
          case APPLIED:
            break;
          case IGNORED:
            return List.of();
          case CHECKSUM_MISMATCH:
            logger.warn("Order book {} failed its checksum (Bitget {}, computed {}); subscribing it"
                + " again", symbol, push.checksum().orElse(0L), merger.lastComputedChecksum());
            resync.run();
            return List.of();
          case SEQUENCE_GAP:
            logger.warn("Order book {} skipped a sequence number (seq {}, pseq {}); subscribing it"
                + " again", symbol, push.seq().orElse(0L), push.prevSeq().orElse(0L));
            resync.run();
            return List.of();
          default:
            throw new AssertionError(outcome);
        }
      }
      return List.of(merger.toOrderBook(symbol));
    }

    @Override
    public synchronized void reset() {
      merger.reset();
    }

    @Override
    public boolean needsSnapshot() {
      return true;
    }
  }
}
