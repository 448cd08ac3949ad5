package io.bitget4j.core.model;

import java.util.Objects;

/**
 * The side of a position: long, short, or net in one-way mode.
 *
 * <p>{@link #fromWire(String)} never throws for an unrecognised value: it returns
 * {@link #UNKNOWN}, which must not be sent back to the exchange.
 */
public enum HoldSide {
  /** A long position ({@code long}). */
  LONG("long"),
  /** A short position ({@code short}). */
  SHORT("short"),
  /** The single net position of one-way mode ({@code net}). */
  NET("net"),
  /** A wire value this library does not recognise. */
  UNKNOWN("unknown");

  private static final HoldSide[] VALUES = values();

  private final String wireName;
  private final String[] names;

  HoldSide(String wireName, String... aliases) {
    this.wireName = wireName;
    this.names = WireNames.names(wireName, aliases);
  }

  /** {@return the value as Bitget's V2 API writes it, such as {@code "long"}} */
  public String wireName() {
    return wireName;
  }

  /**
   * Reads a wire value, ignoring case; returns {@link #UNKNOWN} for anything unrecognised.
   *
   * @param wire the wire value, such as Bitget sends it; case is ignored when nothing matches
   *     exactly
   * @return the constant, or {@code UNKNOWN} for a value this library does not recognise
   * @throws NullPointerException when {@code wire} is null
   */
  public static HoldSide fromWire(String wire) {
    Objects.requireNonNull(wire, "wire == null");
    return WireNames.find(VALUES, UNKNOWN, wire, value -> value.names);
  }
}
