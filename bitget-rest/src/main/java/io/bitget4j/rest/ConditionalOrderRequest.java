package io.bitget4j.rest;

import io.bitget4j.core.InvalidRequestException;
import io.bitget4j.core.Symbol;
import io.bitget4j.core.model.ConditionalOrderKind;
import io.bitget4j.core.model.HoldSide;
import io.bitget4j.core.model.MarginMode;
import io.bitget4j.core.model.Side;
import io.bitget4j.core.model.TradeSide;
import io.bitget4j.core.model.TriggerPriceType;
import io.bitget4j.rest.internal.Checks;
import io.bitget4j.rest.internal.ClientOids;
import io.bitget4j.rest.internal.ConditionalChecks;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One conditional order to place: a take-profit or stop-loss for part of a position or the whole of
 * it, a trigger (plan) order, or a trailing stop. Each names the price it watches, how the order it
 * places executes, and its size; {@link Builder#build()} checks them before any I/O, with a message
 * naming the field.
 *
 * <pre>{@code
 * // protect a long: sell it all at market if the mark price falls to 25,000
 * ConditionalOrderRequest stop = ConditionalOrderRequest.stopLoss(Symbol.BTCUSDT_UMCBL, HoldSide.LONG)
 *     .triggerPrice(new BigDecimal("25000")).triggerPriceType(TriggerPriceType.MARK)
 *     .wholePosition().market()
 *     .build();
 * // take profit on half of it with a limit order when the last price reaches 32,000
 * ConditionalOrderRequest target = ConditionalOrderRequest.takeProfit(Symbol.BTCUSDT_UMCBL, HoldSide.LONG)
 *     .triggerPrice(new BigDecimal("32000")).triggerPriceType(TriggerPriceType.LAST)
 *     .size(new BigDecimal("0.05")).limit(new BigDecimal("31990"))
 *     .build();
 * // buy 0.01 at market on a breakout above 31,000
 * ConditionalOrderRequest breakout = ConditionalOrderRequest.trigger(Symbol.BTCUSDT_UMCBL).side(Side.BUY)
 *     .triggerPrice(new BigDecimal("31000")).triggerPriceType(TriggerPriceType.LAST)
 *     .size(new BigDecimal("0.01")).market()
 *     .build();
 * // once the price reaches 30,500, follow it up and sell at market after a 1 % pullback
 * ConditionalOrderRequest trail = ConditionalOrderRequest.trailingStop(Symbol.BTCUSDT_UMCBL, HoldSide.LONG)
 *     .activationPrice(new BigDecimal("30500")).triggerPriceType(TriggerPriceType.LAST)
 *     .callbackRatio(new BigDecimal("1")).size(new BigDecimal("0.1"))
 *     .build();
 * }</pre>
 *
 * <p><b>Kinds.</b> A take-profit, stop-loss or trailing stop protects a position, {@code LONG} or
 * {@code SHORT}, and closes it when triggered (reduce-only, in either position mode): a long's
 * take-profit fires when the price rises to its trigger, its stop-loss when the price falls to it. A
 * take-profit or stop-loss for the whole position ({@link Builder#wholePosition()}) closes whatever
 * size the position has when it fires. A trigger order places an opening or closing order when the
 * price crosses its trigger price, upwards or downwards from where the price is when it is placed;
 * like an {@link OrderRequest} it names the trade's {@linkplain Builder#side side} in one-way mode,
 * or the hedge-mode position it {@linkplain Builder#open opens} or {@linkplain Builder#close closes}.
 * A trailing stop waits until the price reaches its activation price, then follows the best price
 * since, and closes at market when the price pulls back by its callback ratio. Unified accounts
 * (Bitget V3) have no trailing stops: placing one there fails before any I/O with an
 * {@link io.bitget4j.core.UnsupportedOnAccountModeException}.
 *
 * <p><b>Checks.</b> {@code build()} checks the fields; {@link ConditionalOrderApi#place} checks the
 * prices and size against the contract's ticks and the market before sending: see there.
 *
 * <p>Each request carries a client order id from the moment it is built (the caller's, or a
 * generated one valid on both account modes), which {@link ConditionalOrderApi#place} uses to look
 * up an attempt whose answer was lost before sending again: placing the same request object twice
 * returns the first order. Build a new request, or call {@link #toBuilder()}, for another order.
 */
public final class ConditionalOrderRequest {
  /** The largest callback ratio Bitget takes, in percent. */
  public static final BigDecimal MAX_CALLBACK_RATIO = BigDecimal.TEN;
  private static final int CALLBACK_RATIO_SCALE = 2;

  private final ConditionalOrderKind kind;
  private final Symbol symbol;
  private final Side tradeDirection;
  private final HoldSide positionSide;
  private final TradeSide tradeSide;
  private final boolean reduceOnly;
  private final BigDecimal triggerPrice;
  private final TriggerPriceType triggerPriceType;
  private final BigDecimal size;
  private final BigDecimal limitPrice;
  private final BigDecimal callbackRatio;
  private final MarginMode marginMode;
  private final String clientOid;

  private ConditionalOrderRequest(Builder b, String clientOid) {
    this.kind = b.kind;
    this.symbol = b.symbol;
    boolean protects = kind.protectsPosition();
    this.positionSide = b.positionSide;
    this.tradeSide = protects ? TradeSide.CLOSE : b.tradeSide;
    this.tradeDirection = protects ? (positionSide == HoldSide.LONG ? Side.SELL : Side.BUY) : b.side;
    this.reduceOnly = protects || b.reduceOnly;
    this.triggerPrice = b.triggerPrice;
    this.triggerPriceType = b.triggerPriceType;
    this.size = b.size;
    this.limitPrice = b.limitPrice;
    this.callbackRatio = b.callbackRatio;
    this.marginMode = b.marginMode;
    this.clientOid = clientOid;
  }

  /**
   * Starts a take-profit for the {@code LONG} or {@code SHORT} position: it closes (part of) the
   * position when the price moves in its favour to the trigger price.
   *
   * @param symbol the position's contract
   * @param position the position it closes: {@code LONG} or {@code SHORT}
   * @return a builder; set the trigger price and its type, the size and the execution
   */
  public static Builder takeProfit(Symbol symbol, HoldSide position) {
    return new Builder(ConditionalOrderKind.TAKE_PROFIT, symbol).position(position);
  }

  /**
   * Starts a stop-loss for the {@code LONG} or {@code SHORT} position: it closes (part of) the
   * position when the price moves against it to the trigger price.
   *
   * @param symbol the position's contract
   * @param position the position it closes: {@code LONG} or {@code SHORT}
   * @return a builder; set the trigger price and its type, the size and the execution
   */
  public static Builder stopLoss(Symbol symbol, HoldSide position) {
    return new Builder(ConditionalOrderKind.STOP_LOSS, symbol).position(position);
  }

  /**
   * Starts a trigger (plan) order: it places a limit or market order when the price crosses the
   * trigger price.
   *
   * @param symbol the contract to trade
   * @return a builder; set the trade's side (or {@code open}/{@code close} in hedge mode), the trigger
   *     price and its type, the size and the execution
   */
  public static Builder trigger(Symbol symbol) {
    return new Builder(ConditionalOrderKind.TRIGGER, symbol);
  }

  /**
   * Starts a trailing stop for the {@code LONG} or {@code SHORT} position (classic accounts only):
   * from its activation price on it follows the best price and closes at market on a pullback of the
   * callback ratio.
   *
   * @param symbol the position's contract
   * @param position the position it closes: {@code LONG} or {@code SHORT}
   * @return a builder; set the activation price and its type, the callback ratio and the size
   */
  public static Builder trailingStop(Symbol symbol, HoldSide position) {
    return new Builder(ConditionalOrderKind.TRAILING_STOP, symbol).position(position).market();
  }

  /**
   * {@return a builder with this request's values except the client order id, for another order}
   */
  public Builder toBuilder() {
    Builder b = new Builder(kind, symbol);
    b.positionSide = positionSide;
    b.side = kind.protectsPosition() ? null : tradeDirection;
    b.tradeSide = kind.protectsPosition() ? null : tradeSide;
    b.reduceOnly = !kind.protectsPosition() && reduceOnly;
    b.triggerPrice = triggerPrice;
    b.triggerPriceType = triggerPriceType;
    b.size = size;
    b.wholePosition = size == null;
    b.limitPrice = limitPrice;
    b.executionSet = true;
    b.callbackRatio = callbackRatio;
    b.marginMode = marginMode;
    return b;
  }

  /** {@return what the order does: take-profit, stop-loss, trigger or trailing stop} */
  public ConditionalOrderKind kind() {
    return kind;
  }

  /** {@return the contract} */
  public Symbol symbol() {
    return symbol;
  }

  /**
   * {@return the direction of the order placed when triggered: a long's take-profit, stop-loss or
   * trailing stop sells, a short's buys}
   */
  public Side tradeDirection() {
    return tradeDirection;
  }

  /**
   * {@return the position the order protects (take-profit, stop-loss, trailing stop), or the
   * hedge-mode position a trigger order opens or closes; empty for a one-way trigger order}
   */
  public Optional<HoldSide> positionSide() {
    return Optional.ofNullable(positionSide);
  }

  /**
   * {@return {@code CLOSE} for the orders that protect a position, {@code OPEN} or {@code CLOSE}
   * for a hedge-mode trigger order, empty for a one-way trigger order}
   */
  public Optional<TradeSide> tradeSide() {
    return Optional.ofNullable(tradeSide);
  }

  /**
   * {@return whether the order placed on triggering may only reduce a position: always for a
   * take-profit, stop-loss and trailing stop; as set for a one-way trigger order}
   */
  public boolean reduceOnly() {
    return reduceOnly;
  }

  /** {@return the price that fires the order; a trailing stop's activation price} */
  public BigDecimal triggerPrice() {
    return triggerPrice;
  }

  /** {@return the price watched: last or mark} */
  public TriggerPriceType triggerPriceType() {
    return triggerPriceType;
  }

  /** {@return the size in base coin; empty for a take-profit or stop-loss of the whole position} */
  public Optional<BigDecimal> size() {
    return Optional.ofNullable(size);
  }

  /** {@return whether it closes whatever size the position has when it fires} */
  public boolean wholePosition() {
    return size == null;
  }

  /** {@return the limit price of the order placed on triggering; empty when it executes at market} */
  public Optional<BigDecimal> limitPrice() {
    return Optional.ofNullable(limitPrice);
  }

  /** {@return a trailing stop's pullback in percent of the best price ({@code 1.5} is 1.5 %)} */
  public Optional<BigDecimal> callbackRatio() {
    return Optional.ofNullable(callbackRatio);
  }

  /**
   * {@return the margin mode a classic account's trigger order is sent with (default isolated); a
   * take-profit, stop-loss or trailing stop takes its position's, and a unified account keeps the
   * margin mode per contract}
   */
  public MarginMode marginMode() {
    return marginMode;
  }

  /** {@return the client order id: the caller's, or the one generated when this request was built} */
  public String clientOid() {
    return clientOid;
  }

  /** {@return the request's fields and client order id, for logs} */
  @Override
  public String toString() {
    return "ConditionalOrderRequest{" + kind + " " + symbol
        + (positionSide == null ? "" : " " + positionSide) + " " + tradeDirection
        + (tradeSide == null || kind.protectsPosition() ? "" : " " + tradeSide)
        + " trigger=" + triggerPrice.toPlainString() + " by " + triggerPriceType
        + (size == null ? " wholePosition" : " size=" + size.toPlainString())
        + (limitPrice == null ? " market" : " limit=" + limitPrice.toPlainString())
        + (callbackRatio == null ? "" : " callback=" + callbackRatio.toPlainString() + "%")
        + " clientOid=" + clientOid + "}";
  }

  /** Collects a conditional order's fields; {@link #build()} validates them. */
  public static final class Builder {
    private final ConditionalOrderKind kind;
    private final Symbol symbol;
    private HoldSide positionSide;
    private Side side;
    private TradeSide tradeSide;
    private boolean reduceOnly;
    private BigDecimal triggerPrice;
    private TriggerPriceType triggerPriceType;
    private BigDecimal size;
    private boolean wholePosition;
    private BigDecimal limitPrice;
    private boolean executionSet;
    private BigDecimal callbackRatio;
    private MarginMode marginMode = MarginMode.ISOLATED;
    private String clientOid;

    private Builder(ConditionalOrderKind kind, Symbol symbol) {
      this.kind = kind;
      this.symbol = Objects.requireNonNull(symbol, "symbol == null");
    }

    private Builder position(HoldSide position) {
      Objects.requireNonNull(position, "position == null");
      if (position != HoldSide.LONG && position != HoldSide.SHORT) {
        throw InvalidRequestException.of("position", "a " + ConditionalChecks.describe(kind) + " protects the LONG or the SHORT"
            + " position, not " + position);
      }
      this.positionSide = position;
      return this;
    }

    /**
     * The price that fires the order; required. For a trailing stop this is the activation price
     * ({@link #activationPrice} says so more plainly).
     *
     * @param triggerPrice a positive price on the contract's tick
     * @return this builder
     */
    public Builder triggerPrice(BigDecimal triggerPrice) {
      this.triggerPrice = Objects.requireNonNull(triggerPrice, "triggerPrice == null");
      return this;
    }

    /**
     * A trailing stop's activation price: it starts following the price once the price reaches it
     * (rises to it for a long's stop, falls to it for a short's). The same as {@link #triggerPrice}.
     *
     * @param activationPrice a positive price on the contract's tick
     * @return this builder
     */
    public Builder activationPrice(BigDecimal activationPrice) {
      return triggerPrice(activationPrice);
    }

    /**
     * Which price is watched: {@link TriggerPriceType#LAST} or {@link TriggerPriceType#MARK}; required.
     *
     * @param triggerPriceType last or mark
     * @return this builder
     */
    public Builder triggerPriceType(TriggerPriceType triggerPriceType) {
      this.triggerPriceType = Objects.requireNonNull(triggerPriceType, "triggerPriceType == null");
      return this;
    }

    /**
     * The size in base coin: for a take-profit or stop-loss the part of the position it closes. This
     * or {@link #wholePosition()} is required.
     *
     * @param size a positive size on the contract's size step
     * @return this builder
     */
    public Builder size(BigDecimal size) {
      this.size = Objects.requireNonNull(size, "size == null");
      this.wholePosition = false;
      return this;
    }

    /**
     * A take-profit or stop-loss closes the whole position: whatever size the position has when it
     * fires, however it changed since.
     *
     * @return this builder
     */
    public Builder wholePosition() {
      this.wholePosition = true;
      this.size = null;
      return this;
    }

    /**
     * The order placed on triggering executes at market. This or {@link #limit} is required (a
     * trailing stop always executes at market).
     *
     * @return this builder
     */
    public Builder market() {
      this.limitPrice = null;
      this.executionSet = true;
      return this;
    }

    /**
     * The order placed on triggering is a limit order at {@code limitPrice}.
     *
     * @param limitPrice a positive price on the contract's tick
     * @return this builder
     */
    public Builder limit(BigDecimal limitPrice) {
      this.limitPrice = Objects.requireNonNull(limitPrice, "limitPrice == null");
      this.executionSet = true;
      return this;
    }

    /**
     * A trailing stop's pullback, in percent of the best price since activation: {@code 1.5} fires
     * when the price falls 1.5 % below the highest price (for a long's stop). Required for a trailing
     * stop; more than 0, at most 10, with at most 2 decimals.
     *
     * @param callbackRatio the pullback in percent
     * @return this builder
     */
    public Builder callbackRatio(BigDecimal callbackRatio) {
      this.callbackRatio = Objects.requireNonNull(callbackRatio, "callbackRatio == null");
      return this;
    }

    /**
     * A trigger order in one-way mode: the direction of the trade it places; with
     * {@link #reduceOnly(boolean)} it may only reduce the position. Required for a trigger order
     * unless {@link #open} or {@link #close} is used.
     *
     * @param side buy or sell
     * @return this builder
     */
    public Builder side(Side side) {
      requireTrigger("side");
      this.side = Checks.known("side", Objects.requireNonNull(side, "side == null"));
      this.tradeSide = null;
      this.positionSide = null;
      return this;
    }

    /**
     * A one-way trigger order may only reduce the position.
     *
     * @param reduceOnly whether the order placed on triggering only reduces the position
     * @return this builder
     */
    public Builder reduceOnly(boolean reduceOnly) {
      requireTrigger("reduceOnly");
      this.reduceOnly = reduceOnly;
      return this;
    }

    /**
     * A trigger order in hedge mode opens (or adds to) the {@code LONG} or {@code SHORT} position.
     *
     * @param position the position to open
     * @return this builder
     */
    public Builder open(HoldSide position) {
      return hedge(position, TradeSide.OPEN);
    }

    /**
     * A trigger order in hedge mode closes (part of) the {@code LONG} or {@code SHORT} position,
     * trading against it (closing the long sells).
     *
     * @param position the position to close
     * @return this builder
     */
    public Builder close(HoldSide position) {
      return hedge(position, TradeSide.CLOSE);
    }

    private Builder hedge(HoldSide position, TradeSide trade) {
      requireTrigger(trade == TradeSide.OPEN ? "open" : "close");
      Objects.requireNonNull(position, "position == null");
      if (position != HoldSide.LONG && position != HoldSide.SHORT) {
        throw InvalidRequestException.of("position", "a hedge-mode trigger order opens or closes the LONG or"
            + " the SHORT position, not " + position);
      }
      boolean buys = (position == HoldSide.LONG) == (trade == TradeSide.OPEN);
      this.side = buys ? Side.BUY : Side.SELL;
      this.positionSide = position;
      this.tradeSide = trade;
      return this;
    }

    /**
     * The margin mode a classic account's trigger order is sent with; default isolated. Ignored for
     * the orders that protect a position (they take the position's) and on unified accounts.
     *
     * @param marginMode isolated or crossed
     * @return this builder
     */
    public Builder marginMode(MarginMode marginMode) {
      this.marginMode = Checks.known("marginMode", Objects.requireNonNull(marginMode, "marginMode == null"));
      return this;
    }

    /**
     * Sets the client order id, under the rules of {@link OrderRequest.Builder#clientOid}; generated
     * (valid on both account modes) when not set.
     *
     * @param clientOid the caller's id for this order
     * @return this builder
     */
    public Builder clientOid(String clientOid) {
      this.clientOid = Objects.requireNonNull(clientOid, "clientOid == null");
      return this;
    }

    private void requireTrigger(String field) {
      if (kind != ConditionalOrderKind.TRIGGER) {
        throw InvalidRequestException.of(field, "only a trigger order takes a " + field + "; a " + ConditionalChecks.describe(kind)
            + " closes the position it was created for");
      }
    }

    /**
     * Validates and builds the request, generating a client order id if none was set.
     *
     * @return the request
     * @throws InvalidRequestException naming the first invalid or missing field and the fix
     */
    public ConditionalOrderRequest build() {
      String what = ConditionalChecks.describe(kind);
      if (triggerPrice == null) {
        throw InvalidRequestException.of("triggerPrice", "a " + what + " needs the price that fires it; set "
            + (kind == ConditionalOrderKind.TRAILING_STOP ? "activationPrice(..)" : "triggerPrice(..)"));
      }
      Checks.positive("triggerPrice", triggerPrice);
      if (triggerPriceType == null) {
        throw InvalidRequestException.of("triggerPriceType", "say which price fires the " + what
            + ": triggerPriceType(TriggerPriceType.LAST) or triggerPriceType(TriggerPriceType.MARK)");
      }
      Checks.known("triggerPriceType", triggerPriceType);
      if (kind == ConditionalOrderKind.TRIGGER && side == null) {
        throw InvalidRequestException.of("side", "a trigger order needs the trade it places: side(Side.BUY) or"
            + " side(Side.SELL) in one-way mode, open(HoldSide) or close(HoldSide) in hedge mode");
      }
      if (tradeSide == TradeSide.OPEN && reduceOnly) {
        throw InvalidRequestException.of("reduceOnly", "an order that opens a position cannot be reduce-only");
      }
      checkSize(what);
      if (!executionSet) {
        throw InvalidRequestException.of("limitPrice", "say how the " + what + " executes once triggered:"
            + " market() or limit(price)");
      }
      if (limitPrice != null) {
        if (kind == ConditionalOrderKind.TRAILING_STOP) {
          throw InvalidRequestException.of("limitPrice", "a trailing stop executes at market; remove limit("
              + limitPrice.toPlainString() + ")");
        }
        Checks.positive("limitPrice", limitPrice);
      }
      checkCallbackRatio();
      String id = clientOid == null ? ClientOids.generate() : ClientOids.check("clientOid", clientOid);
      return new ConditionalOrderRequest(this, id);
    }

    private void checkSize(String what) {
      if (size != null) {
        Checks.positive("size", size);
        return;
      }
      if (!wholePosition) {
        throw InvalidRequestException.of("size", "say how much the " + what + " trades: size(amount)"
            + (kind == ConditionalOrderKind.TAKE_PROFIT || kind == ConditionalOrderKind.STOP_LOSS
                ? ", or wholePosition() to close the whole position" : ""));
      }
      if (kind == ConditionalOrderKind.TRIGGER || kind == ConditionalOrderKind.TRAILING_STOP) {
        throw InvalidRequestException.of("size", "a " + what + " needs a size on Bitget; wholePosition() is"
            + " for take-profit and stop-loss orders");
      }
    }

    private void checkCallbackRatio() {
      if (kind != ConditionalOrderKind.TRAILING_STOP) {
        if (callbackRatio != null) {
          throw InvalidRequestException.of("callbackRatio", "only a trailing stop has a callback ratio; a "
              + ConditionalChecks.describe(kind) + " fires at its trigger price");
        }
        return;
      }
      if (callbackRatio == null) {
        throw InvalidRequestException.of("callbackRatio", "a trailing stop needs the pullback that fires it, in"
            + " percent of the best price: callbackRatio(new BigDecimal(\"1.5\")) for 1.5 %");
      }
      Checks.positive("callbackRatio", callbackRatio);
      if (callbackRatio.compareTo(MAX_CALLBACK_RATIO) > 0) {
        throw InvalidRequestException.of("callbackRatio", callbackRatio.toPlainString() + " % is more than"
            + " Bitget's largest callback ratio, 10 %; the ratio is in percent (1.5 is 1.5 %)");
      }
      if (callbackRatio.stripTrailingZeros().scale() > CALLBACK_RATIO_SCALE) {
        throw InvalidRequestException.of("callbackRatio", callbackRatio.toPlainString() + " has more than "
            + CALLBACK_RATIO_SCALE + " decimals; Bitget takes the ratio in hundredths of a percent");
      }
    }
  }
}
