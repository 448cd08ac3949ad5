package io.bitget4j.ws.internal;

import io.bitget4j.core.Symbol;
import io.bitget4j.core.model.BookLevel;
import io.bitget4j.core.model.BookPush;
import io.bitget4j.core.model.OrderBook;
import io.bitget4j.core.model.RawBookLevel;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
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
 * <p>After a gap or a checksum mismatch the merger is out of sync: it ignores updates until the
 * next snapshot, so nothing wrong is ever returned. Not thread-safe: the caller serialises access
 * (pushes of one channel arrive on one socket reader thread).
 */
public final class BookMerger {
  /** Levels per side covered by Bitget's checksum. */
  public static final int CHECKSUM_LEVELS = 25;

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

  private final TreeMap<BigDecimal, RawBookLevel> bids = new TreeMap<>(Comparator.reverseOrder());
  private final TreeMap<BigDecimal, RawBookLevel> asks = new TreeMap<>();
  private final CRC32 crc = new CRC32();
  private byte[] scratch = new byte[CHECKSUM_LEVELS * 4 * 12];
  private int scratchLength;
  private boolean synced;
  private long lastSeq = Long.MIN_VALUE;
  private Instant timestamp = Instant.EPOCH;
  private int lastComputedChecksum;

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

  /** Applies an update; ignored until the first snapshot and after any failure. */
  public Outcome applyUpdate(BookPush push) {
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
    if (push.checksum().isEmpty()) {
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
    Iterator<RawBookLevel> bid = bids.values().iterator();
    Iterator<RawBookLevel> ask = asks.values().iterator();
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

  private void append(RawBookLevel level) {
    if (scratchLength > 0) {
      appendByte((byte) ':');
    }
    appendText(level.priceText());
    appendByte((byte) ':');
    appendText(level.sizeText());
  }

  private void appendText(String text) {
    int n = text.length();
    ensureScratch(n);
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c >= 0x80) {
        // not a plain decimal: checksum the exact UTF-8 bytes received
        byte[] utf8 = text.substring(i).getBytes(StandardCharsets.UTF_8);
        ensureScratch(utf8.length);
        System.arraycopy(utf8, 0, scratch, scratchLength, utf8.length);
        scratchLength += utf8.length;
        return;
      }
      scratch[scratchLength++] = (byte) c;
    }
  }

  private void appendByte(byte b) {
    ensureScratch(1);
    scratch[scratchLength++] = b;
  }

  private void ensureScratch(int extra) {
    if (scratchLength + extra > scratch.length) {
      scratch = java.util.Arrays.copyOf(scratch, Math.max(scratch.length * 2, scratchLength + extra));
    }
  }

  /** The current book, bids best first, asks best first. */
  public OrderBook toOrderBook(Symbol symbol) {
    return new OrderBook(symbol, levels(bids), levels(asks), timestamp);
  }

  private static List<BookLevel> levels(TreeMap<BigDecimal, RawBookLevel> side) {
    List<BookLevel> levels = new ArrayList<>(side.size());
    for (RawBookLevel level : side.values()) {
      levels.add(level.toBookLevel());
    }
    return levels;
  }

  private static void putAll(Map<BigDecimal, RawBookLevel> side, List<RawBookLevel> levels) {
    for (RawBookLevel level : levels) {
      if (level.isRemoval()) {
        side.remove(level.price());
      } else {
        side.put(level.price(), level);
      }
    }
  }
}
