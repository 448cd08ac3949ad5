package io.bitget4j.core.model;

import java.util.Objects;

/**
 * The price a conditional order watches: the last traded price or the mark price. Bitget's V2 API
 * writes them {@code fill_price} and {@code mark_price}, V3 {@code market} and {@code mark}.
 *
 * <p>{@link #fromWire(String)} never throws for an unrecognised value (such as V2's
 * {@code index_price}): it returns {@link #UNKNOWN}, which must not be sent back to the exchange.
 */
public enum TriggerPriceType {
  /** The last traded price (V2 {@code fill_price}, V3 {@code market}). */
  LAST("fill_price", "market"),
  /** The mark price, which drives unrealised PnL and liquidation (V2 {@code mark_price}, V3 {@code mark}). */
  MARK("mark_price", "mark"),
  /** A wire value this library does not recognise. */
  UNKNOWN("unknown", "unknown");

  private static final TriggerPriceType[] VALUES = values();

  private final String wireName;
  private final String v3Name;
  private final String[] names;

  TriggerPriceType(String wireName, String v3Name) {
    this.wireName = wireName;
    this.v3Name = v3Name;
    this.names = WireNames.names(wireName, v3Name);
  }

  /** {@return the value as Bitget's V2 API writes it, such as {@code "fill_price"}} */
  public String wireName() {
    return wireName;
  }

  /** {@return the value as Bitget's V3 API writes it, such as {@code "market"}} */
  public String v3Name() {
    return v3Name;
  }

  /**
   * Reads a V2 or V3 wire value, ignoring case; returns {@link #UNKNOWN} for anything unrecognised.
   *
   * @param wire the wire value, such as {@code mark_price} or {@code mark}
   * @return the constant, or {@code UNKNOWN} for a value this library does not recognise
   * @throws NullPointerException when {@code wire} is null
   */
  public static TriggerPriceType fromWire(String wire) {
    Objects.requireNonNull(wire, "wire == null");
    return WireNames.find(VALUES, UNKNOWN, wire, value -> value.names);
  }
}
