package io.bitget4j.core.model;

import java.util.Objects;

/**
 * The state of an order. Bitget writes a resting order as {@code live}, {@code new} or
 * {@code init} (all {@link #LIVE}) and a cancelled one as {@code canceled} or {@code cancelled}.
 *
 * <p>{@link #fromWire(String)} never throws for an unrecognised value: it returns
 * {@link #UNKNOWN}.
 */
public enum OrderStatus {
  /** Accepted and resting, nothing filled yet ({@code live}, {@code new}, {@code init}). */
  LIVE("live", "new", "init"),
  /** Partly filled and still resting ({@code partially_filled}). */
  PARTIALLY_FILLED("partially_filled", "partial-fill", "partial_fill"),
  /** Completely filled ({@code filled}). */
  FILLED("filled", "full-fill", "full_fill"),
  /** Cancelled, possibly after a partial fill ({@code canceled}). */
  CANCELLED("canceled", "cancelled"),
  /** A wire value this library does not recognise. */
  UNKNOWN("unknown");

  private static final OrderStatus[] VALUES = values();

  private final String wireName;
  private final String[] names;

  OrderStatus(String wireName, String... aliases) {
    this.wireName = wireName;
    this.names = WireNames.names(wireName, aliases);
  }

  /** {@return the value as Bitget's V2 API writes it, such as {@code "live"}} */
  public String wireName() {
    return wireName;
  }

  /** {@return whether the order can no longer change: {@link #FILLED} or {@link #CANCELLED}} */
  public boolean isFinal() {
    return this == FILLED || this == CANCELLED;
  }

  /**
   * Reads a wire value, ignoring case; returns {@link #UNKNOWN} for anything unrecognised.
   *
   * @param wire the wire value, such as Bitget sends it; case is ignored when nothing matches
   *     exactly
   * @return the constant, or {@code UNKNOWN} for a value this library does not recognise
   * @throws NullPointerException when {@code wire} is null
   */
  public static OrderStatus fromWire(String wire) {
    Objects.requireNonNull(wire, "wire == null");
    return WireNames.find(VALUES, UNKNOWN, wire, value -> value.names);
  }
}
