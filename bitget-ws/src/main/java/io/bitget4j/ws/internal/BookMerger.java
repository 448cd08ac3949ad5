package io.bitget4j.ws.internal;

import io.bitget4j.core.Symbol;
import io.bitget4j.core.internal.json.BookPush;
import io.bitget4j.core.internal.json.RawBookLevel;
import io.bitget4j.core.model.BookLevel;
import io.bitget4j.core.model.OrderBook;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.CRC32;

/**
 * Keeps one {@code books} order book from a snapshot and incremental updates, and verifies it
 * against Bitget's checksum after every push.
 *
 * <p>The checksum is the CRC32, as a signed 32-bit value, of the first 25 levels of each side
 * interleaved as {@code bidPx:bidSz:askPx:askSz:...} (a side that runs out is left out), using the
 * price and size text exactly as received. An update sets each listed level; a level with size
 * zero is removed. An update whose {@code pseq} does not match the previous {@code seq}, or whose
 * {@code seq} does not increase, is a gap.
 *
 * <p>V3 books ({@link Sync#SEQUENCE}) carry no usable checksum ({@code 0} or none): they are kept
 * in sync by sequence numbers alone, each update's {@code pseq} being the previous push's
 * {@code seq}, and an update whose {@code pseq} is 0 is the server's reset of the book, taken as a
 * new snapshot.
 *
 * <p>After a gap or a checksum mismatch the merger is out of sync: it ignores updates until the
 * next snapshot, so nothing wrong is ever returned. Not thread-safe: the caller serialises access
 * (pushes of one channel arrive on one socket reader thread).
 */
public final class BookMerger {
  /** Levels per side covered by Bitget's checksum. */
  public static final int CHECKSUM_LEVELS = 25;

  /** How a book is checked after each push. */
  public enum Sync {
    /** V2: Bitget's CRC32 checksum of the top 25 levels, and sequence numbers where sent. */
    CHECKSUM,
    /** V3: sequence numbers only; an update with {@code pseq} 0 resets the book. */
    SEQUENCE
  }

  /** What applying one push did. */
  public enum Outcome {
    /** The push was applied and the book verified; a fresh book is available. */
    APPLIED,
    /** An update arrived while waiting for a snapshot; it was ignored. */
    IGNORED,
    /** The checksum did not match; the book must be subscribed again. */
    CHECKSUM_MISMATCH,
    /** An update was out of sequence; the book must be subscribed again. */
    SEQUENCE_GAP
  }

  private final TreeMap<BigDecimal, Level> bids = new TreeMap<>(Comparator.reverseOrder());
  private final TreeMap<BigDecimal, Level> asks = new TreeMap<>();
  private final CRC32 crc = new CRC32();
  private final Sync sync;
  private byte[] scratch = new byte[CHECKSUM_LEVELS * 4 * 12];
  private int scratchLength;
  private boolean synced;
  private long lastSeq = Long.MIN_VALUE;
  private Instant timestamp = Instant.EPOCH;
  private int lastComputedChecksum;

  /** A merger of V2 books, checked by checksum. */
  public BookMerger() {
    this(Sync.CHECKSUM);
  }

  /** A merger that checks books as {@code sync} says. */
  public BookMerger(Sync sync) {
    this.sync = sync;
  }

  /** Replaces the book with a snapshot and verifies it. */
  public Outcome applySnapshot(BookPush push) {
    bids.clear();
    asks.clear();
    putAll(bids, push.bids());
    putAll(asks, push.asks());
    lastSeq = push.seq().orElse(Long.MIN_VALUE);
    timestamp = push.timestamp();
    synced = true;
    return verify(push);
  }

  /**
   * Applies an update; ignored until the first snapshot and after any failure. On V3 an update
   * whose {@code pseq} is 0 is a reset: it replaces the book like a snapshot.
   */
  public Outcome applyUpdate(BookPush push) {
    if (sync == Sync.SEQUENCE && push.prevSeq().isPresent() && push.prevSeq().get() == 0) {
      return applySnapshot(push);
    }
    if (!synced) {
      return Outcome.IGNORED;
    }
    if (isGap(push)) {
      markOutOfSync();
      return Outcome.SEQUENCE_GAP;
    }
    putAll(bids, push.bids());
    putAll(asks, push.asks());
    push.seq().ifPresent(seq -> lastSeq = seq);
    timestamp = push.timestamp();
    return verify(push);
  }

  private boolean isGap(BookPush push) {
    if (lastSeq == Long.MIN_VALUE) {
      return false;
    }
    Optional<Long> prevSeq = push.prevSeq();
    if (prevSeq.isPresent() && prevSeq.get() != 0) {
      return prevSeq.get() != lastSeq;
    }
    return push.seq().isPresent() && push.seq().get() <= lastSeq;
  }

  private Outcome verify(BookPush push) {
    if (sync == Sync.SEQUENCE || push.checksum().isEmpty()) {
      return Outcome.APPLIED;
    }
    long expected = push.checksum().get();
    int actual = checksum();
    lastComputedChecksum = actual;
    // Signed is Bitget's form; the unsigned reading of the same bits is accepted too.
    if (expected == actual || expected == Integer.toUnsignedLong(actual)) {
      return Outcome.APPLIED;
    }
    markOutOfSync();
    return Outcome.CHECKSUM_MISMATCH;
  }

  /** Forgets the book and waits for a snapshot, after a reconnect or a resubscribe. */
  public void reset() {
    markOutOfSync();
  }

  private void markOutOfSync() {
    synced = false;
    bids.clear();
    asks.clear();
    lastSeq = Long.MIN_VALUE;
  }

  /** Whether the book holds a verified snapshot (and updates). */
  public boolean isSynced() {
    return synced;
  }

  /** The checksum computed by the last verification, for diagnostics. */
  public int lastComputedChecksum() {
    return lastComputedChecksum;
  }

  /**
   * Bitget's checksum of the current book. Reuses this merger's scratch buffer and CRC, so like
   * the rest of the merger it is for one thread at a time.
   */
  public int checksum() {
    scratchLength = 0;
    Iterator<Level> bid = bids.values().iterator();
    Iterator<Level> ask = asks.values().iterator();
    for (int i = 0; i < CHECKSUM_LEVELS; i++) {
      if (bid.hasNext()) {
        append(bid.next());
      }
      if (ask.hasNext()) {
        append(ask.next());
      }
    }
    crc.reset();
    crc.update(scratch, 0, scratchLength);
    return (int) crc.getValue();
  }

  private void append(Level level) {
    byte[] text = level.checksumText;
    if (scratchLength + 1 + text.length > scratch.length) {
      scratch = Arrays.copyOf(scratch, Math.max(scratch.length * 2, scratchLength + 1 + text.length));
    }
    if (scratchLength > 0) {
      scratch[scratchLength++] = ':';
    }
    System.arraycopy(text, 0, scratch, scratchLength, text.length);
    scratchLength += text.length;
  }

  /** The current book, bids best first, asks best first. */
  public OrderBook toOrderBook(Symbol symbol) {
    return new OrderBook(symbol, levels(bids), levels(asks), timestamp);
  }

  private static List<BookLevel> levels(TreeMap<BigDecimal, Level> side) {
    List<BookLevel> levels = new ArrayList<>(side.size());
    for (Level level : side.values()) {
      levels.add(level.raw.toBookLevel());
    }
    return levels;
  }

  private static void putAll(Map<BigDecimal, Level> side, List<RawBookLevel> levels) {
    for (RawBookLevel level : levels) {
      if (level.isRemoval()) {
        side.remove(level.price());
      } else {
        side.put(level.price(), new Level(level));
      }
    }
  }

  /**
   * A level of the book with its part of the checksum text, {@code price:size} in the exact UTF-8
   * bytes received, built once when the level arrives rather than at every checksum.
   */
  private static final class Level {
    final RawBookLevel raw;
    final byte[] checksumText;

    Level(RawBookLevel raw) {
      this.raw = raw;
      this.checksumText = (raw.priceText() + ':' + raw.sizeText()).getBytes(StandardCharsets.UTF_8);
    }
  }
}
