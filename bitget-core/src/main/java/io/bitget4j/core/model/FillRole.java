package io.bitget4j.core.model;

import java.util.Objects;

/**
 * Whether a fill added liquidity to the book or took it (Bitget's {@code tradeScope}): makers
 * usually pay a lower fee than takers.
 *
 * <p>{@link #fromWire(String)} never throws for an unrecognised value: it returns
 * {@link #UNKNOWN}.
 */
public enum FillRole {
  /** The order rested on the book and was filled by another ({@code maker}; V2 orders say {@code M}). */
  MAKER("maker", "M"),
  /** The order filled against the book ({@code taker}; V2 orders say {@code T}). */
  TAKER("taker", "T"),
  /** A wire value this library does not recognise. */
  UNKNOWN("unknown");

  private static final FillRole[] VALUES = values();

  private final String wireName;
  private final String[] names;

  FillRole(String wireName, String... aliases) {
    this.wireName = wireName;
    this.names = WireNames.names(wireName, aliases);
  }

  /** {@return the value as Bitget writes it in {@code tradeScope}, such as {@code "taker"}} */
  public String wireName() {
    return wireName;
  }

  /**
   * Reads a wire value ({@code maker}, {@code taker}, or the short {@code M}, {@code T}), ignoring
   * case; returns {@link #UNKNOWN} for anything unrecognised.
   *
   * @param wire the wire value, such as Bitget sends it; case is ignored when nothing matches
   *     exactly
   * @return the constant, or {@code UNKNOWN} for a value this library does not recognise
   * @throws NullPointerException when {@code wire} is null
   */
  public static FillRole fromWire(String wire) {
    Objects.requireNonNull(wire, "wire == null");
    return WireNames.find(VALUES, UNKNOWN, wire, value -> value.names);
  }
}
