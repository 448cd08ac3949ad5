package io.bitget4j.rest;

import io.bitget4j.core.InvalidRequestException;
import io.bitget4j.core.Symbol;
import io.bitget4j.rest.internal.Checks;
import io.bitget4j.rest.internal.ClientOids;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A change to an open limit order: a new size and price (always together, as Bitget requires),
 * and/or new preset take-profit and stop-loss prices. A classic account (V2) gives the modified
 * order a new client order id, generated unless set; a unified account (V3) keeps the order's id
 * and changes only size and price (asking it to change take-profit or stop-loss fails before
 * anything is sent).
 *
 * <pre>{@code
 * ModifyOrderRequest change = ModifyOrderRequest.builder(Symbol.BTCUSDT_UMCBL, OrderRef.orderId("123"))
 *     .newSizeAndPrice(new BigDecimal("0.02"), new BigDecimal("29900"))
 *     .build();
 * }</pre>
 */
public final class ModifyOrderRequest {
  private final Symbol symbol;
  private final OrderRef order;
  private final String newClientOid;
  private final BigDecimal newSize;
  private final BigDecimal newPrice;
  private final BigDecimal newTakeProfitPrice;
  private final BigDecimal newStopLossPrice;

  private ModifyOrderRequest(Builder b, String newClientOid) {
    this.symbol = b.symbol;
    this.order = b.order;
    this.newClientOid = newClientOid;
    this.newSize = b.newSize;
    this.newPrice = b.newPrice;
    this.newTakeProfitPrice = b.newTakeProfitPrice;
    this.newStopLossPrice = b.newStopLossPrice;
  }

  /**
   * Starts a change to {@code order} on {@code symbol}.
   *
   * @param symbol the order's contract
   * @param order the open order, by exchange id or client order id
   * @return a builder; set at least the size and price or one preset price
   */
  public static Builder builder(Symbol symbol, OrderRef order) {
    return new Builder(Objects.requireNonNull(symbol, "symbol == null"),
        Objects.requireNonNull(order, "order == null"));
  }

  /** {@return the order's contract} */
  public Symbol symbol() {
    return symbol;
  }

  /** {@return the open order to change, by exchange id or client order id} */
  public OrderRef order() {
    return order;
  }

  /**
   * The client order id the modified order gets on a classic account (a unified account keeps the
   * old one).
   *
   * @return the id set on the builder, or the one generated at build time; never empty
   */
  public String newClientOid() {
    return newClientOid;
  }

  /** {@return the new size in base coin; empty when the size stays} */
  public Optional<BigDecimal> newSize() {
    return Optional.ofNullable(newSize);
  }

  /** {@return the new limit price; present exactly when the new size is} */
  public Optional<BigDecimal> newPrice() {
    return Optional.ofNullable(newPrice);
  }

  /**
   * The new preset take-profit trigger price, when changed (classic accounts only).
   *
   * @return the new trigger price; empty when the take-profit stays as it is
   */
  public Optional<BigDecimal> newTakeProfitPrice() {
    return Optional.ofNullable(newTakeProfitPrice);
  }

  /**
   * The new preset stop-loss trigger price, when changed (classic accounts only).
   *
   * @return the new trigger price; empty when the stop-loss stays as it is
   */
  public Optional<BigDecimal> newStopLossPrice() {
    return Optional.ofNullable(newStopLossPrice);
  }

  /** The change, for logs. */
  @Override
  public String toString() {
    return "ModifyOrderRequest{" + symbol + " " + order
        + (newSize == null ? "" : " newSize=" + newSize.toPlainString())
        + (newPrice == null ? "" : " newPrice=" + newPrice.toPlainString())
        + (newTakeProfitPrice == null ? "" : " tp=" + newTakeProfitPrice.toPlainString())
        + (newStopLossPrice == null ? "" : " sl=" + newStopLossPrice.toPlainString())
        + " newClientOid=" + newClientOid + "}";
  }

  /** Collects the changes; {@link #build()} validates them. */
  public static final class Builder {
    private final Symbol symbol;
    private final OrderRef order;
    private String newClientOid;
    private BigDecimal newSize;
    private BigDecimal newPrice;
    private BigDecimal newTakeProfitPrice;
    private BigDecimal newStopLossPrice;

    private Builder(Symbol symbol, OrderRef order) {
      this.symbol = symbol;
      this.order = order;
    }

    /**
     * Sets the new size and price; Bitget changes them only together.
     *
     * @param newSize the new total size in base coin, positive
     * @param newPrice the new limit price, positive
     * @return this builder
     */
    public Builder newSizeAndPrice(BigDecimal newSize, BigDecimal newPrice) {
      this.newSize = Objects.requireNonNull(newSize, "newSize == null");
      this.newPrice = Objects.requireNonNull(newPrice, "newPrice == null");
      return this;
    }

    /**
     * Sets a new preset take-profit trigger price (classic accounts only).
     *
     * @param price the trigger price, positive
     * @return this builder
     */
    public Builder newTakeProfitPrice(BigDecimal price) {
      this.newTakeProfitPrice = Objects.requireNonNull(price, "price == null");
      return this;
    }

    /**
     * Sets a new preset stop-loss trigger price (classic accounts only).
     *
     * @param price the trigger price, positive
     * @return this builder
     */
    public Builder newStopLossPrice(BigDecimal price) {
      this.newStopLossPrice = Objects.requireNonNull(price, "price == null");
      return this;
    }

    /**
     * Sets the modified order's client order id; generated when not set.
     *
     * @param newClientOid 1 to 50 characters (32 of A-Z, a-z, 0-9, {@code _ : -} on a unified
     *     account)
     * @return this builder
     */
    public Builder newClientOid(String newClientOid) {
      this.newClientOid = Objects.requireNonNull(newClientOid, "newClientOid == null");
      return this;
    }

    /**
     * Validates and builds the change.
     *
     * @return the immutable change, with its client order id fixed
     * @throws InvalidRequestException naming the first invalid field
     */
    public ModifyOrderRequest build() {
      if (newSize == null && newTakeProfitPrice == null && newStopLossPrice == null) {
        throw InvalidRequestException.of("newSizeAndPrice",
            "nothing to change; set newSizeAndPrice, newTakeProfitPrice or newStopLossPrice");
      }
      if (newSize != null) {
        Checks.positive("newSize", newSize);
        Checks.positive("newPrice", newPrice);
      }
      if (newTakeProfitPrice != null) {
        Checks.positive("newTakeProfitPrice", newTakeProfitPrice);
      }
      if (newStopLossPrice != null) {
        Checks.positive("newStopLossPrice", newStopLossPrice);
      }
      String id = newClientOid == null
          ? ClientOids.generate()
          : ClientOids.check("newClientOid", newClientOid);
      return new ModifyOrderRequest(this, id);
    }
  }
}
