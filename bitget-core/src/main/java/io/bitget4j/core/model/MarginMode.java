package io.bitget4j.core.model;

import java.util.Objects;

/**
 * How a position is margined: isolated or crossed.
 *
 * <p>{@link #fromWire(String)} never throws for an unrecognised value: it returns
 * {@link #UNKNOWN}, which must not be sent back to the exchange.
 */
public enum MarginMode {
  /** Margin is set aside per position ({@code isolated}). */
  ISOLATED("isolated", "fixed"),
  /** Margin is shared across the account ({@code crossed}). */
  CROSSED("crossed", "cross"),
  /** A wire value this library does not recognise. */
  UNKNOWN("unknown");

  private static final MarginMode[] VALUES = values();

  private final String wireName;
  private final String[] names;

  MarginMode(String wireName, String... aliases) {
    this.wireName = wireName;
    this.names = WireNames.names(wireName, aliases);
  }

  /** {@return the value as Bitget's V2 API writes it, such as {@code "isolated"}} */
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
  public static MarginMode fromWire(String wire) {
    Objects.requireNonNull(wire, "wire == null");
    return WireNames.find(VALUES, UNKNOWN, wire, value -> value.names);
  }
}
