package io.bitget4j.core.model;

import java.util.Objects;

/**
 * The state of a conditional order: waiting for its trigger, triggered, its order filled,
 * cancelled, or failed to execute.
 *
 * <p>Bitget's V2 lists write {@code live} or {@code not_trigger} (waiting), {@code executed}
 * (triggered), {@code cancelled} and {@code fail_execute}, and its {@code orders-algo} stream
 * {@code executing} (triggered, its order being placed) too; V3's write {@code pending} or
 * {@code submitting} (waiting), {@code success} (triggered), {@code cancelled} and {@code failed}.
 * {@link #fromWire(String)} never throws for an unrecognised value: it returns {@link #UNKNOWN}.
 */
public enum ConditionalOrderStatus {
  /** Waiting for the trigger price (V2 {@code live}, {@code not_trigger}; V3 {@code pending}). */
  LIVE("live", "not_trigger", "pending", "submitting", "new"),
  /**
   * The trigger price was reached and the order was placed (V2 {@code executed}, its stream's
   * {@code executing}; V3 {@code success}).
   */
  TRIGGERED("executed", "triggered", "success", "executing"),
  /** The order placed on triggering has filled completely. */
  FILLED("filled"),
  /** Cancelled before it triggered ({@code cancelled}). */
  CANCELLED("cancelled", "canceled"),
  /**
   * The trigger price was reached but the order could not be placed, such as a take-profit whose
   * position was gone (V2 {@code fail_execute}, V3 {@code failed}).
   */
  FAILED("fail_execute", "failed", "fail_trigger"),
  /** A wire value this library does not recognise, or none was sent. */
  UNKNOWN("unknown");

  private static final ConditionalOrderStatus[] VALUES = values();

  private final String wireName;
  private final String[] names;

  ConditionalOrderStatus(String wireName, String... aliases) {
    this.wireName = wireName;
    this.names = WireNames.names(wireName, aliases);
  }

  /** {@return the value as Bitget's V2 API writes it, such as {@code "executed"}} */
  public String wireName() {
    return wireName;
  }

  /** {@return whether the order waits no more: anything but {@link #LIVE} and {@link #UNKNOWN}} */
  public boolean isFinal() {
    return this != LIVE && this != UNKNOWN;
  }

  /**
   * Reads a V2 or V3 wire value, ignoring case; returns {@link #UNKNOWN} for anything unrecognised.
   *
   * @param wire the wire value, such as {@code executed} or {@code success}
   * @return the constant, or {@code UNKNOWN} for a value this library does not recognise
   * @throws NullPointerException when {@code wire} is null
   */
  public static ConditionalOrderStatus fromWire(String wire) {
    Objects.requireNonNull(wire, "wire == null");
    return WireNames.find(VALUES, UNKNOWN, wire, value -> value.names);
  }
}
