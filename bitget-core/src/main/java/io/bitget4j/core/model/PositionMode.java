package io.bitget4j.core.model;

import java.util.Objects;

/**
 * Whether an account holds one net position per symbol or separate long and short ones.
 *
 * <p>{@link #fromWire(String)} never throws for an unrecognised value: it returns
 * {@link #UNKNOWN}, which must not be sent back to the exchange.
 */
public enum PositionMode {
  /** One net position per symbol ({@code one_way_mode}). */
  ONE_WAY("one_way_mode"),
  /** Separate long and short positions per symbol ({@code hedge_mode}). */
  HEDGE("hedge_mode"),
  /** A wire value this library does not recognise. */
  UNKNOWN("unknown");

  private static final PositionMode[] VALUES = values();

  private final String wireName;
  private final String[] names;

  PositionMode(String wireName, String... aliases) {
    this.wireName = wireName;
    this.names = WireNames.names(wireName, aliases);
  }

  /** {@return the value as Bitget's V2 API writes it, such as {@code "one_way_mode"}} */
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
  public static PositionMode fromWire(String wire) {
    Objects.requireNonNull(wire, "wire == null");
    return WireNames.find(VALUES, UNKNOWN, wire, value -> value.names);
  }
}
