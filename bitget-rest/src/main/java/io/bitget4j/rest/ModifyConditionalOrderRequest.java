package io.bitget4j.rest;

import io.bitget4j.core.InvalidRequestException;
import io.bitget4j.core.Symbol;
import io.bitget4j.core.model.TriggerPriceType;
import io.bitget4j.rest.internal.Checks;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A change to a pending conditional order: a new trigger price (a trailing stop's activation price),
 * the price it watches, how it executes, its size or a trailing stop's callback ratio. What is not
 * set stays as it is.
 *
 * <pre>{@code
 * ModifyConditionalOrderRequest tighter = ModifyConditionalOrderRequest.builder(Symbol.BTCUSDT_UMCBL,
 *         OrderRef.orderId(ack.orderId()))
 *     .triggerPrice(new BigDecimal("27500"))
 *     .build();
 * }</pre>
 *
 * <p>{@link ConditionalOrderApi#modify} reads the order first (both APIs take the whole new state),
 * applies the change and checks the result as a new order would be checked. A take-profit or
 * stop-loss for the whole position keeps closing the whole position: a size cannot be given to it.
 * A classic account (V2) cannot change how a trigger order executes (market or limit), only its
 * limit price; cancel it and place a new one instead.
 */
public final class ModifyConditionalOrderRequest {
  private final Symbol symbol;
  private final OrderRef order;
  private final BigDecimal newTriggerPrice;
  private final TriggerPriceType newTriggerPriceType;
  private final BigDecimal newSize;
  private final BigDecimal newLimitPrice;
  private final boolean toMarket;
  private final BigDecimal newCallbackRatio;

  private ModifyConditionalOrderRequest(Builder b) {
    this.symbol = b.symbol;
    this.order = b.order;
    this.newTriggerPrice = b.newTriggerPrice;
    this.newTriggerPriceType = b.newTriggerPriceType;
    this.newSize = b.newSize;
    this.newLimitPrice = b.newLimitPrice;
    this.toMarket = b.toMarket;
    this.newCallbackRatio = b.newCallbackRatio;
  }

  /**
   * Starts a change to the conditional order {@code order} of {@code symbol}.
   *
   * @param symbol the order's contract
   * @param order the order, by its id or client id
   * @return a builder; set at least one change
   */
  public static Builder builder(Symbol symbol, OrderRef order) {
    return new Builder(Objects.requireNonNull(symbol, "symbol == null"), Objects.requireNonNull(order, "order == null"));
  }

  /** {@return the order's contract} */
  public Symbol symbol() {
    return symbol;
  }

  /** {@return the order to change} */
  public OrderRef order() {
    return order;
  }

  /** {@return the new trigger price (a trailing stop's activation price), when changed} */
  public Optional<BigDecimal> newTriggerPrice() {
    return Optional.ofNullable(newTriggerPrice);
  }

  /** {@return the new price to watch, when changed} */
  public Optional<TriggerPriceType> newTriggerPriceType() {
    return Optional.ofNullable(newTriggerPriceType);
  }

  /** {@return the new size, when changed} */
  public Optional<BigDecimal> newSize() {
    return Optional.ofNullable(newSize);
  }

  /** {@return the new limit price of the order placed on triggering, when changed to a limit} */
  public Optional<BigDecimal> newLimitPrice() {
    return Optional.ofNullable(newLimitPrice);
  }

  /** {@return whether the order placed on triggering changes to executing at market} */
  public boolean toMarket() {
    return toMarket;
  }

  /** {@return a trailing stop's new callback ratio in percent, when changed} */
  public Optional<BigDecimal> newCallbackRatio() {
    return Optional.ofNullable(newCallbackRatio);
  }

  /** {@return the change, for logs} */
  @Override
  public String toString() {
    return "ModifyConditionalOrderRequest{" + symbol + " " + order
        + (newTriggerPrice == null ? "" : " trigger=" + newTriggerPrice.toPlainString())
        + (newTriggerPriceType == null ? "" : " by " + newTriggerPriceType)
        + (newSize == null ? "" : " size=" + newSize.toPlainString())
        + (newLimitPrice == null ? "" : " limit=" + newLimitPrice.toPlainString())
        + (toMarket ? " market" : "")
        + (newCallbackRatio == null ? "" : " callback=" + newCallbackRatio.toPlainString() + "%") + "}";
  }

  /** Collects the changes; {@link #build()} validates them. */
  public static final class Builder {
    private final Symbol symbol;
    private final OrderRef order;
    private BigDecimal newTriggerPrice;
    private TriggerPriceType newTriggerPriceType;
    private BigDecimal newSize;
    private BigDecimal newLimitPrice;
    private boolean toMarket;
    private BigDecimal newCallbackRatio;

    private Builder(Symbol symbol, OrderRef order) {
      this.symbol = symbol;
      this.order = order;
    }

    /**
     * A new trigger price (a trailing stop's activation price).
     *
     * @param triggerPrice a positive price on the contract's tick
     * @return this builder
     */
    public Builder triggerPrice(BigDecimal triggerPrice) {
      this.newTriggerPrice = Objects.requireNonNull(triggerPrice, "triggerPrice == null");
      return this;
    }

    /**
     * A new price to watch.
     *
     * @param triggerPriceType last or mark
     * @return this builder
     */
    public Builder triggerPriceType(TriggerPriceType triggerPriceType) {
      this.newTriggerPriceType = Checks.known("triggerPriceType",
          Objects.requireNonNull(triggerPriceType, "triggerPriceType == null"));
      return this;
    }

    /**
     * A new size in base coin.
     *
     * @param size a positive size on the contract's size step
     * @return this builder
     */
    public Builder size(BigDecimal size) {
      this.newSize = Objects.requireNonNull(size, "size == null");
      return this;
    }

    /**
     * The order placed on triggering becomes a limit order at {@code limitPrice}.
     *
     * @param limitPrice a positive price on the contract's tick
     * @return this builder
     */
    public Builder limit(BigDecimal limitPrice) {
      this.newLimitPrice = Objects.requireNonNull(limitPrice, "limitPrice == null");
      this.toMarket = false;
      return this;
    }

    /**
     * The order placed on triggering executes at market.
     *
     * @return this builder
     */
    public Builder market() {
      this.newLimitPrice = null;
      this.toMarket = true;
      return this;
    }

    /**
     * A trailing stop's new pullback, in percent of the best price (more than 0, at most 10).
     *
     * @param callbackRatio the pullback in percent
     * @return this builder
     */
    public Builder callbackRatio(BigDecimal callbackRatio) {
      this.newCallbackRatio = Objects.requireNonNull(callbackRatio, "callbackRatio == null");
      return this;
    }

    /**
     * Validates and builds the change.
     *
     * @return the change
     * @throws InvalidRequestException when nothing changes or a value is not positive
     */
    public ModifyConditionalOrderRequest build() {
      if (newTriggerPrice == null && newTriggerPriceType == null && newSize == null && newLimitPrice == null
          && !toMarket && newCallbackRatio == null) {
        throw InvalidRequestException.of("triggerPrice", "nothing to change; set triggerPrice, triggerPriceType,"
            + " size, limit or market, or callbackRatio");
      }
      if (newTriggerPrice != null) {
        Checks.positive("triggerPrice", newTriggerPrice);
      }
      if (newSize != null) {
        Checks.positive("size", newSize);
      }
      if (newLimitPrice != null) {
        Checks.positive("limitPrice", newLimitPrice);
      }
      if (newCallbackRatio != null) {
        Checks.positive("callbackRatio", newCallbackRatio);
      }
      return new ModifyConditionalOrderRequest(this);
    }
  }
}
