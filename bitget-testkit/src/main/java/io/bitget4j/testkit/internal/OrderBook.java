package io.bitget4j.testkit.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.zip.CRC32;

/**
 * A simulated 50-level book around the last price, kept as exact wire strings so that the
 * checksum the fake sends is computed over the very text a client receives.
 */
final class OrderBook {
  static final int LEVELS = 50;

  /** Price in ticks to size text; bids best (highest) first, asks best (lowest) first. */
  private final TreeMap<Long, String> bids = new TreeMap<>(Collections.reverseOrder());
  private final TreeMap<Long, String> asks = new TreeMap<>();
  private final Contract contract;

  OrderBook(Contract contract) {
    this.contract = contract;
  }

  /** A change to one level: {@code size} "0" removes it. */
  record Level(String price, String size) {}

  /** The levels that changed in one rebuild, each side in book order. */
  record Diff(List<Level> asks, List<Level> bids) {
    boolean isEmpty() {
      return asks.isEmpty() && bids.isEmpty();
    }
  }

  /**
   * Moves the book around {@code last}: best bid one step below, best ask one step above. Levels
   * that stay in range keep their size three times in four; the rest are redrawn.
   */
  Diff rebuild(long last, Random rng) {
    TreeMap<Long, String> newBids = new TreeMap<>(Collections.reverseOrder());
    TreeMap<Long, String> newAsks = new TreeMap<>();
    for (int i = 1; i <= LEVELS; i++) {
      newBids.put(last - i, keepOrDraw(bids.get(last - i), i, rng));
      newAsks.put(last + i, keepOrDraw(asks.get(last + i), i, rng));
    }
    List<Level> askDiff = diff(asks, newAsks, new TreeMap<>());
    List<Level> bidDiff = diff(bids, newBids, new TreeMap<>(Collections.reverseOrder()));
    bids.clear();
    bids.putAll(newBids);
    asks.clear();
    asks.putAll(newAsks);
    return new Diff(askDiff, bidDiff);
  }

  private String keepOrDraw(String existing, int depth, Random rng) {
    if (existing != null && rng.nextInt(4) != 0) {
      return existing;
    }
    long scale = (long) Math.pow(10, contract.volumePlace);
    long units = 1 + rng.nextInt((int) Math.min(Integer.MAX_VALUE, scale * (2 + depth / 5)));
    return contract.sizeText(units);
  }

  private List<Level> diff(TreeMap<Long, String> before, TreeMap<Long, String> after,
      TreeMap<Long, String> changes) {
    for (Map.Entry<Long, String> e : before.entrySet()) {
      if (!after.containsKey(e.getKey())) {
        changes.put(e.getKey(), "0");
      }
    }
    for (Map.Entry<Long, String> e : after.entrySet()) {
      if (!e.getValue().equals(before.get(e.getKey()))) {
        changes.put(e.getKey(), e.getValue());
      }
    }
    List<Level> out = new ArrayList<>(changes.size());
    for (Map.Entry<Long, String> e : changes.entrySet()) {
      out.add(new Level(contract.priceText(e.getKey()), e.getValue()));
    }
    return out;
  }

  List<Level> topBids(int n) {
    return top(bids, n);
  }

  List<Level> topAsks(int n) {
    return top(asks, n);
  }

  private List<Level> top(TreeMap<Long, String> side, int n) {
    List<Level> out = new ArrayList<>(Math.min(n, side.size()));
    for (Map.Entry<Long, String> e : side.entrySet()) {
      if (out.size() == n) {
        break;
      }
      out.add(new Level(contract.priceText(e.getKey()), e.getValue()));
    }
    return out;
  }

  /** Bitget's checksum over the first {@code depth} levels of each side (25 for the books channel). */
  int checksum(int depth) {
    return checksum(topBids(depth), topAsks(depth));
  }

  /** CRC32, as a signed int, of {@code bidPx:bidSz:askPx:askSz:...} over the given levels. */
  static int checksum(List<Level> bids, List<Level> asks) {
    StringBuilder sb = new StringBuilder(1024);
    int n = Math.max(bids.size(), asks.size());
    for (int i = 0; i < n; i++) {
      if (i < bids.size()) {
        append(sb, bids.get(i));
      }
      if (i < asks.size()) {
        append(sb, asks.get(i));
      }
    }
    CRC32 crc = new CRC32();
    crc.update(sb.toString().getBytes(StandardCharsets.UTF_8));
    return (int) crc.getValue();
  }

  private static void append(StringBuilder sb, Level level) {
    if (sb.length() > 0) {
      sb.append(':');
    }
    sb.append(level.price()).append(':').append(level.size());
  }
}
