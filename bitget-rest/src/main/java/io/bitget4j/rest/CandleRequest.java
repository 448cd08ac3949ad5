package io.bitget4j.rest;

import io.bitget4j.core.InvalidRequestException;
import io.bitget4j.core.Symbol;
import io.bitget4j.core.model.CandleInterval;
import io.bitget4j.rest.internal.Checks;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Which candles to fetch: a symbol, an interval, an optional time window and a count.
 *
 * <pre>{@code
 * List<Candle> hour = client.market().candles(CandleRequest.of(Symbol.BTCUSDT_UMCBL, CandleInterval.MINUTE_1));
 * }</pre>
 */
public final class CandleRequest {
  /** The most candles one request returns. */
  public static final int MAX_LIMIT = 1000;

  private final Symbol symbol;
  private final CandleInterval interval;
  private final Instant startTime;
  private final Instant endTime;
  private final Integer limit;

  private CandleRequest(Builder b) {
    this.symbol = b.symbol;
    this.interval = b.interval;
    this.startTime = b.startTime;
    this.endTime = b.endTime;
    this.limit = b.limit;
  }

  /**
   * The latest candles (Bitget's default count, 100) of {@code symbol}.
   *
   * @param symbol the contract
   * @param interval the length of each candle, such as {@link CandleInterval#MINUTE_1}
   * @return a request without time window or count
   * @throws InvalidRequestException when {@code interval} is {@link CandleInterval#UNKNOWN}
   */
  public static CandleRequest of(Symbol symbol, CandleInterval interval) {
    return builder(symbol, interval).build();
  }

  /**
   * Starts a request; set a window or a count on the builder.
   *
   * @param symbol the contract
   * @param interval the length of each candle
   * @return a builder for that symbol and interval
   */
  public static Builder builder(Symbol symbol, CandleInterval interval) {
    return new Builder(Objects.requireNonNull(symbol, "symbol == null"),
        Objects.requireNonNull(interval, "interval == null"));
  }

  /** {@return the contract whose candles to fetch} */
  public Symbol symbol() {
    return symbol;
  }

  /** {@return the length of each candle} */
  public CandleInterval interval() {
    return interval;
  }

  /** {@return the start of the window; empty for no lower bound} */
  public Optional<Instant> startTime() {
    return Optional.ofNullable(startTime);
  }

  /** {@return the end of the window; empty for up to now} */
  public Optional<Instant> endTime() {
    return Optional.ofNullable(endTime);
  }

  /**
   * How many candles, when set (Bitget's default otherwise). A unified account (V3) returns at most
   * 100 per request.
   *
   * @return the count, 1 to {@value #MAX_LIMIT}; empty for Bitget's default of 100
   */
  public OptionalInt limit() {
    return limit == null ? OptionalInt.empty() : OptionalInt.of(limit);
  }

  /** The request's fields, for logs. */
  @Override
  public String toString() {
    return "CandleRequest{" + symbol + " " + interval
        + (startTime == null ? "" : " from " + startTime) + (endTime == null ? "" : " to " + endTime)
        + (limit == null ? "" : " limit=" + limit) + "}";
  }

  /** Collects the request; {@link #build()} validates it. */
  public static final class Builder {
    private final Symbol symbol;
    private final CandleInterval interval;
    private Instant startTime;
    private Instant endTime;
    private Integer limit;

    private Builder(Symbol symbol, CandleInterval interval) {
      this.symbol = symbol;
      this.interval = interval;
    }

    /**
     * Only candles from this time on.
     *
     * @param startTime the start of the window, inclusive
     * @return this builder
     */
    public Builder startTime(Instant startTime) {
      this.startTime = Objects.requireNonNull(startTime, "startTime == null");
      return this;
    }

    /**
     * Only candles up to this time.
     *
     * @param endTime the end of the window; not before {@code startTime}
     * @return this builder
     */
    public Builder endTime(Instant endTime) {
      this.endTime = Objects.requireNonNull(endTime, "endTime == null");
      return this;
    }

    /**
     * How many candles, 1 to 1000 (100 on a unified account); checked by {@link #build()}.
     *
     * @param limit the count
     * @return this builder
     */
    public Builder limit(int limit) {
      this.limit = limit;
      return this;
    }

    /**
     * Validates and builds the request.
     *
     * @return the immutable request
     * @throws InvalidRequestException naming the first invalid field
     */
    public CandleRequest build() {
      Checks.known("interval", interval);
      if (limit != null) {
        Checks.between("limit", limit, 1, MAX_LIMIT);
      }
      if (startTime != null && endTime != null && endTime.isBefore(startTime)) {
        throw InvalidRequestException.of("endTime", endTime + " is before startTime " + startTime);
      }
      return new CandleRequest(this);
    }
  }
}
