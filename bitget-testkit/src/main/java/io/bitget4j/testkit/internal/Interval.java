package io.bitget4j.testkit.internal;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A candle interval: its REST granularity ({@code 1m}, {@code 1H}) and channel ({@code candle1m}). */
final class Interval {
  private static final long MINUTE = 60_000L;
  private static final long HOUR = 60 * MINUTE;
  private static final long DAY = 24 * HOUR;
  /** 1970-01-05, the first Monday after the epoch; weeks start on Mondays. */
  private static final long FIRST_MONDAY = 4 * DAY;
  private static final Map<String, Interval> BY_NAME = new LinkedHashMap<>();

  static {
    add("1m", MINUTE);
    add("3m", 3 * MINUTE);
    add("5m", 5 * MINUTE);
    add("15m", 15 * MINUTE);
    add("30m", 30 * MINUTE);
    add("1H", HOUR);
    add("4H", 4 * HOUR);
    add("6H", 6 * HOUR);
    add("12H", 12 * HOUR);
    add("1D", DAY);
    add("3D", 3 * DAY);
    add("1W", 7 * DAY);
    add("1M", 0);
    add("6Hutc", 6 * HOUR);
    add("12Hutc", 12 * HOUR);
    add("1Dutc", DAY);
    add("3Dutc", 3 * DAY);
    add("1Wutc", 7 * DAY);
    add("1Mutc", 0);
  }

  final String name;
  /** Length in milliseconds; 0 for calendar months. */
  private final long millis;

  private Interval(String name, long millis) {
    this.name = name;
    this.millis = millis;
  }

  private static void add(String name, long millis) {
    BY_NAME.put(name, new Interval(name, millis));
  }

  static Optional<Interval> byName(String name) {
    return Optional.ofNullable(BY_NAME.get(name));
  }

  /** The interval of a channel such as {@code candle1m}. */
  static Optional<Interval> byChannel(String channel) {
    return channel.startsWith("candle") ? byName(channel.substring(6)) : Optional.empty();
  }

  static Iterable<Interval> all() {
    return BY_NAME.values();
  }

  String channel() {
    return "candle" + name;
  }

  /** The start of the candle holding {@code millis}, in UTC. */
  long start(long epochMillis) {
    if (millis == 0) {
      YearMonth month = YearMonth.from(Instant.ofEpochMilli(epochMillis).atOffset(ZoneOffset.UTC));
      return month.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
    }
    if (millis == 7 * DAY) {
      return Math.floorDiv(epochMillis - FIRST_MONDAY, millis) * millis + FIRST_MONDAY;
    }
    return Math.floorDiv(epochMillis, millis) * millis;
  }
}
