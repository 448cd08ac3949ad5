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
 * Book handlers: the merged {@code books} channel, verified by checksum, and the snapshot
 * channels {@code books1}, {@code books5} and {@code books15}.
 */
public final class BookHandler {
  private static final Logger logger = LoggerFactory.getLogger(BookHandler.class);

  private BookHandler() {
  }

  /** The {@code books} channel: merges updates into the snapshot and verifies each book. */
  public static PushHandler<OrderBook> merged(Symbol symbol, JsonDecoder<List<BookPush>> decoder) {
    return new Merged(symbol, decoder);
  }

  /** A snapshot channel: every push is a whole book of a few levels. */
  public static PushHandler<OrderBook> snapshots(Symbol symbol, JsonDecoder<List<BookPush>> decoder) {
    return new Snapshots(symbol, decoder);
  }

  private static List<io.bitget4j.core.model.BookLevel> levels(List<RawBookLevel> raw) {
    List<io.bitget4j.core.model.BookLevel> levels = new ArrayList<>(raw.size());
    for (RawBookLevel level : raw) {
      levels.add(level.toBookLevel());
    }
    return levels;
  }

  private static final class Snapshots implements PushHandler<OrderBook> {
    private final Symbol symbol;
    private final JsonDecoder<List<BookPush>> decoder;

    Snapshots(Symbol symbol, JsonDecoder<List<BookPush>> decoder) {
      this.symbol = symbol;
      this.decoder = decoder;
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
        books.add(new OrderBook(symbol, levels(push.bids()), levels(push.asks()), push.timestamp()));
      }
      return books;
    }
  }

  private static final class Merged implements PushHandler<OrderBook> {
    private final Symbol symbol;
    private final JsonDecoder<List<BookPush>> decoder;
    private final BookMerger merger = new BookMerger();

    Merged(Symbol symbol, JsonDecoder<List<BookPush>> decoder) {
      this.symbol = symbol;
      this.decoder = decoder;
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
  }
}
