package io.bitget4j.core.model;

import java.util.Objects;

/**
 * How long an order rests on the book (Bitget calls it {@code force}).
 *
 * <p>{@link #fromWire(String)} never throws for an unrecognised value: it returns
 * {@link #UNKNOWN}, which must not be sent back to the exchange.
 */
public enum TimeInForce {
  /** Good till cancelled ({@code gtc}). */
  GTC("gtc", "normal"),
  /** Immediate or cancel ({@code ioc}). */
  IOC("ioc"),
  /** Fill or kill ({@code fok}). */
  FOK("fok"),
  /** Rests on the book as maker only, or is cancelled ({@code post_only}). */
  POST_ONLY("post_only"),
  /** A wire value this library does not recognise. */
  UNKNOWN("unknown");

  private static final TimeInForce[] VALUES = values();

  private final String wireName;
  private final String[] names;

  TimeInForce(String wireName, String... aliases) {
    this.wireName = wireName;
    this.names = WireNames.names(wireName, aliases);
  }

  /** {@return the value as Bitget's V2 API writes it, such as {@code "gtc"}} */
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
  public static TimeInForce fromWire(String wire) {
    Objects.requireNonNull(wire, "wire == null");
    return WireNames.find(VALUES, UNKNOWN, wire, value -> value.names);
  }
}
