package io.bitget4j.core.model;

import java.time.Duration;
import java.util.Objects;

/**
 * The length of a candle. {@link #restGranularity()} is the REST {@code granularity} parameter
 * ({@code 1m}, {@code 1H}, {@code 1D}) and {@link #wsChannel()} the WebSocket channel
 * ({@code candle1m}, {@code candle1H}).
 *
 * <p>Wire values are case-sensitive ({@code 1m} is a minute, {@code 1M} a month).
 * {@link #fromWire(String)} accepts either form and returns {@link #UNKNOWN} for anything else.
 */
public enum CandleInterval {
  /** One minute ({@code 1m}). */
  MINUTE_1("1m", Duration.ofMinutes(1)),
  /** Three minutes ({@code 3m}). */
  MINUTE_3("3m", Duration.ofMinutes(3)),
  /** Five minutes ({@code 5m}). */
  MINUTE_5("5m", Duration.ofMinutes(5)),
  /** Fifteen minutes ({@code 15m}). */
  MINUTE_15("15m", Duration.ofMinutes(15)),
  /** Thirty minutes ({@code 30m}). */
  MINUTE_30("30m", Duration.ofMinutes(30)),
  /** One hour ({@code 1H}). */
  HOUR_1("1H", Duration.ofHours(1)),
  /** Four hours ({@code 4H}). */
  HOUR_4("4H", Duration.ofHours(4)),
  /** Six hours ({@code 6H}). */
  HOUR_6("6H", Duration.ofHours(6)),
  /** Twelve hours ({@code 12H}). */
  HOUR_12("12H", Duration.ofHours(12)),
  /** One day ({@code 1D}). */
  DAY_1("1D", Duration.ofDays(1)),
  /** One week ({@code 1W}). */
  WEEK_1("1W", Duration.ofDays(7)),
  /** One month ({@code 1M}); its {@link #duration()} is a nominal 30 days. */
  MONTH_1("1M", Duration.ofDays(30)),
  /** A wire value this library does not recognise; it has no granularity or channel. */
  UNKNOWN("unknown", Duration.ZERO);

  private static final CandleInterval[] VALUES = values();
  private static final String CHANNEL_PREFIX = "candle";

  private final String granularity;
  private final String channel;
  private final Duration duration;

  CandleInterval(String granularity, Duration duration) {
    this.granularity = granularity;
    this.channel = CHANNEL_PREFIX + granularity;
    this.duration = duration;
  }

  /** {@return the REST granularity, such as {@code "1m"}, {@code "1H"} or {@code "1D"}} */
  public String wireName() {
    return granularity;
  }

  /**
   * {@return the REST {@code granularity} parameter, such as {@code "1m"} or {@code "1H"}}
   *
   * @throws IllegalStateException for {@link #UNKNOWN}
   */
  public String restGranularity() {
    requireKnown();
    return granularity;
  }

  /**
   * {@return the WebSocket channel, such as {@code "candle1m"} or {@code "candle1H"}}
   *
   * @throws IllegalStateException for {@link #UNKNOWN}
   */
  public String wsChannel() {
    requireKnown();
    return channel;
  }

  /** {@return the length of one candle ({@link Duration#ZERO} for {@link #UNKNOWN})} */
  public Duration duration() {
    return duration;
  }

  /**
   * Reads a granularity ({@code "1m"}) or a channel name ({@code "candle1m"}); returns
   * {@link #UNKNOWN} for anything else.
   *
   * @param wire the wire value, such as Bitget sends it; case is ignored when nothing matches
   *     exactly
   * @return the constant, or {@code UNKNOWN} for a value this library does not recognise
   * @throws NullPointerException when {@code wire} is null
   */
  public static CandleInterval fromWire(String wire) {
    Objects.requireNonNull(wire, "wire == null");
    String granularity = wire.startsWith(CHANNEL_PREFIX) ? wire.substring(CHANNEL_PREFIX.length()) : wire;
    for (CandleInterval interval : VALUES) {
      if (interval != UNKNOWN && interval.granularity.equals(granularity)) {
        return interval;
      }
    }
    return UNKNOWN;
  }

  private void requireKnown() {
    if (this == UNKNOWN) {
      throw new IllegalStateException("CandleInterval.UNKNOWN has no wire form; choose a known interval");
    }
  }
}
