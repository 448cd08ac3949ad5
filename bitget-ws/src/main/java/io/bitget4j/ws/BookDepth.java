package io.bitget4j.ws;

/**
 * Which order book channel to subscribe: the full book kept from a snapshot and incremental
 * updates, or a fixed-depth snapshot channel.
 */
public enum BookDepth {
  /**
   * The {@code books} channel: a snapshot, then updates merged into it. Every merged book is
   * checked: against Bitget's CRC32 checksum on a classic account, by its sequence numbers on a
   * unified one (each update's {@code pseq} must be the previous {@code seq}; a {@code pseq} of 0
   * is Bitget resetting the book, taken as a new snapshot). On a mismatch or a sequence gap the
   * client subscribes the book again and delivers nothing until the new snapshot arrives.
   */
  FULL("books", 0),
  /** The {@code books1} channel: the best bid and ask, each push a snapshot. */
  TOP_1("books1", 1),
  /** The {@code books5} channel: the best five levels a side, each push a snapshot. */
  TOP_5("books5", 5),
  /**
   * The best fifteen levels a side, each push a snapshot: the {@code books15} channel on a classic
   * account, the first fifteen levels of {@code books50} on a unified one.
   */
  TOP_15("books15", 15),
  /**
   * The {@code books50} topic of unified accounts: the best fifty levels a side, each push a
   * snapshot. Classic-account streams have none.
   */
  TOP_50("books50", 50);

  private final String channel;
  private final int levels;

  BookDepth(String channel, int levels) {
    this.channel = channel;
    this.levels = levels;
  }

  /**
   * The channel name, such as {@code books5} (a unified account serves {@code books15} from {@code books50}).
   *
   * @return Bitget's channel (V2) or topic (V3) name
   */
  public String channel() {
    return channel;
  }

  /**
   * The levels a side of a snapshot channel, or 0 for {@link #FULL}.
   *
   * @return 1, 5, 15 or 50; 0 for the full book
   */
  public int levels() {
    return levels;
  }

  /**
   * The snapshot channel for {@code levels} (1, 5, 15 or 50), or {@link #FULL} for 0.
   *
   * @param levels 0 for the full book, or 1, 5, 15 or 50
   * @return the matching constant
   * @throws IllegalArgumentException for any other number of levels
   */
  public static BookDepth ofLevels(int levels) {
    for (BookDepth depth : values()) {
      if (depth.levels == levels) {
        return depth;
      }
    }
    throw new IllegalArgumentException("Bitget has book channels of 1, 5, 15 and 50 levels (books1,"
        + " books5, books15, books50) and the full book (0, books) but not " + levels + " levels");
  }
}
