package io.bitget4j.rest;

import io.bitget4j.core.InvalidRequestException;
import io.bitget4j.core.Symbol;
import io.bitget4j.core.model.HoldSide;
import io.bitget4j.core.model.MarginMode;
import io.bitget4j.core.model.OrderType;
import io.bitget4j.core.model.Side;
import io.bitget4j.core.model.TimeInForce;
import io.bitget4j.core.model.TradeSide;
import io.bitget4j.rest.internal.Checks;
import io.bitget4j.rest.internal.ClientOids;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One order to place: validated when built, before any I/O, with a message naming the field.
 *
 * <pre>{@code
 * OrderRequest buy = OrderRequest.limit(Symbol.BTCUSDT_UMCBL, Side.BUY, new BigDecimal("0.01"), new BigDecimal("30000"));
 * // one-way mode: sell to close a long
 * OrderRequest exit = OrderRequest.builder()
 *     .symbol(Symbol.BTCUSDT_UMCBL).side(Side.SELL).size(new BigDecimal("0.01")).market()
 *     .reduceOnly(true)
 *     .build();
 * // hedge mode: close the long position (sells)
 * OrderRequest closeLong = OrderRequest.builder()
 *     .symbol(Symbol.BTCUSDT_UMCBL).close(HoldSide.LONG).size(new BigDecimal("0.01")).market()
 *     .build();
 * }</pre>
 *
 * <p><b>Order intent.</b> In one-way mode an order is a {@link #side()} and, to only reduce the
 * position, {@link #reduceOnly()}. In hedge mode it opens or closes one of the two positions:
 * {@link Builder#open(HoldSide)} and {@link Builder#close(HoldSide)} say which. The client renders
 * the intent in the form of the account's API: a classic account (V2) closes a long with
 * {@code side=buy, tradeSide=close}, a unified account (V3) with {@code side=sell, posSide=long};
 * one-way V3 closes with {@code reduceOnly=yes}. The older form {@code side(..)} plus
 * {@code tradeSide(..)} means what it means on the classic API: {@code side} names the position
 * (buy for the long, sell for the short), {@code tradeSide} whether to open or close it.
 *
 * <p>Each request carries a client order id ({@code clientOid}), the caller's or one generated
 * when it is built (32 characters, valid on both account modes). A caller's id is checked against
 * the classic rule when the request is built and against the unified rule (at most 32 of
 * {@code A-Z a-z 0-9 _ : -}) when it is sent to a unified account, before anything is sent. It identifies one logical order: {@link OrderApi#place} uses it to find out
 * whether an attempt whose answer was lost reached the exchange, so one request never yields two
 * orders. Placing the same request object twice therefore returns the first order again; build
 * a new request (or call {@link #toBuilder()}, which drops the id) for another order.
 *
 * <p>The margin mode defaults to {@link MarginMode#ISOLATED}, the time in force of a limit order
 * to {@link TimeInForce#GTC}.
 */
public final class OrderRequest {
  private final Symbol symbol;
  private final Side side;
  private final BigDecimal size;
  private final OrderType orderType;
  private final BigDecimal price;
  private final TradeSide tradeSide;
  private final MarginMode marginMode;
  private final TimeInForce timeInForce;
  private final String clientOid;
  private final boolean reduceOnly;
  private final BigDecimal presetTakeProfitPrice;
  private final BigDecimal presetStopLossPrice;

  private OrderRequest(Builder b, String clientOid) {
    this.symbol = b.symbol;
    this.side = b.side;
    this.size = b.size;
    this.orderType = b.orderType;
    this.price = b.price;
    this.tradeSide = b.tradeSide;
    this.marginMode = b.marginMode;
    this.timeInForce = b.timeInForce;
    this.clientOid = clientOid;
    this.reduceOnly = b.reduceOnly;
    this.presetTakeProfitPrice = b.presetTakeProfitPrice;
    this.presetStopLossPrice = b.presetStopLossPrice;
  }

  /**
   * A good-till-cancelled limit order, isolated margin, with a generated client order id.
   *
   * @param symbol the contract to trade
   * @param side the direction of the trade (one-way mode)
   * @param size the size in base coin, positive
   * @param price the limit price, positive
   * @return the validated request
   * @throws InvalidRequestException naming the first invalid argument
   */
  public static OrderRequest limit(Symbol symbol, Side side, BigDecimal size, BigDecimal price) {
    return builder().symbol(symbol).side(side).size(size).limit(price).build();
  }

  /**
   * A market order, isolated margin, with a generated client order id.
   *
   * @param symbol the contract to trade
   * @param side the direction of the trade (one-way mode)
   * @param size the size in base coin, positive
   * @return the validated request
   * @throws InvalidRequestException naming the first invalid argument
   */
  public static OrderRequest market(Symbol symbol, Side side, BigDecimal size) {
    return builder().symbol(symbol).side(side).size(size).market().build();
  }

  /**
   * {@return an empty builder: set symbol, side, size and {@code limit(price)} or {@code market()}}
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder with this request's values except the client order id, for a new order.
   *
   * @return a builder whose {@link Builder#build()} generates a new client order id unless one is
   *     set
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.symbol = symbol;
    b.side = side;
    b.size = size;
    b.orderType = orderType;
    b.price = price;
    b.tradeSide = tradeSide;
    b.marginMode = marginMode;
    b.timeInForce = timeInForce;
    b.reduceOnly = reduceOnly;
    b.presetTakeProfitPrice = presetTakeProfitPrice;
    b.presetStopLossPrice = presetStopLossPrice;
    return b;
  }

  /** {@return the contract to trade} */
  public Symbol symbol() {
    return symbol;
  }

  /**
   * The side as given: in one-way mode the direction of the trade; with a {@link #tradeSide()}
   * (hedge mode) the position it opens or closes, {@code BUY} for the long and {@code SELL} for the
   * short, as Bitget's classic API writes it. See {@link #tradeDirection()} and
   * {@link #positionSide()}.
   *
   * @return {@code BUY} or {@code SELL}, in the classic API's sense
   */
  public Side side() {
    return side;
  }

  /**
   * The direction the order trades in: {@link #side()}, except when it closes a hedge-mode
   * position, which trades against it (closing the long sells).
   *
   * @return {@code BUY} when the order buys, {@code SELL} when it sells
   */
  public Side tradeDirection() {
    if (tradeSide != TradeSide.CLOSE) {
      return side;
    }
    return side == Side.BUY ? Side.SELL : Side.BUY;
  }

  /** {@return the hedge-mode position the order opens or closes; empty in one-way mode} */
  public Optional<HoldSide> positionSide() {
    if (tradeSide == null) {
      return Optional.empty();
    }
    return Optional.of(side == Side.BUY ? HoldSide.LONG : HoldSide.SHORT);
  }

  /** {@return the size in base coin (contracts), positive} */
  public BigDecimal size() {
    return size;
  }

  /** {@return {@code LIMIT} or {@code MARKET}} */
  public OrderType orderType() {
    return orderType;
  }

  /** {@return the limit price; empty for a market order} */
  public Optional<BigDecimal> price() {
    return Optional.ofNullable(price);
  }

  /** {@return {@code OPEN} or {@code CLOSE} for accounts in hedge mode; empty in one-way mode} */
  public Optional<TradeSide> tradeSide() {
    return Optional.ofNullable(tradeSide);
  }

  /**
   * The margin mode, sent with the order to a classic account. A unified account keeps the margin
   * mode per contract ({@link AccountApi#setMarginMode}) and takes none with the order.
   *
   * @return {@code ISOLATED} (the default) or {@code CROSSED}
   */
  public MarginMode marginMode() {
    return marginMode;
  }

  /** {@return the time in force, sent for limit orders only; {@code GTC} by default} */
  public TimeInForce timeInForce() {
    return timeInForce;
  }

  /**
   * The client order id: the caller's, or the one generated when this request was built.
   *
   * @return the id that identifies this one logical order across retries; never empty
   */
  public String clientOid() {
    return clientOid;
  }

  /** {@return whether the order may only reduce a position (one-way mode)} */
  public boolean reduceOnly() {
    return reduceOnly;
  }

  /** {@return the take-profit trigger price attached to the order; empty for none} */
  public Optional<BigDecimal> presetTakeProfitPrice() {
    return Optional.ofNullable(presetTakeProfitPrice);
  }

  /** {@return the stop-loss trigger price attached to the order; empty for none} */
  public Optional<BigDecimal> presetStopLossPrice() {
    return Optional.ofNullable(presetStopLossPrice);
  }

  /** The order's fields and client order id, for logs. */
  @Override
  public String toString() {
    return "OrderRequest{" + symbol + " " + side + " " + orderType + " size=" + size.toPlainString()
        + (price == null ? "" : " price=" + price.toPlainString())
        + (tradeSide == null ? "" : " tradeSide=" + tradeSide)
        + " " + marginMode + (orderType == OrderType.LIMIT ? " " + timeInForce : "")
        + (reduceOnly ? " reduceOnly" : "")
        + (presetTakeProfitPrice == null ? "" : " tp=" + presetTakeProfitPrice.toPlainString())
        + (presetStopLossPrice == null ? "" : " sl=" + presetStopLossPrice.toPlainString())
        + " clientOid=" + clientOid + "}";
  }

  /** Collects an order's fields; {@link #build()} validates them. */
  public static final class Builder {
    private Symbol symbol;
    private Side side;
    private BigDecimal size;
    private OrderType orderType;
    private BigDecimal price;
    private TradeSide tradeSide;
    private MarginMode marginMode = MarginMode.ISOLATED;
    private TimeInForce timeInForce = TimeInForce.GTC;
    private String clientOid;
    private boolean reduceOnly;
    private BigDecimal presetTakeProfitPrice;
    private BigDecimal presetStopLossPrice;

    private Builder() {}

    /**
     * The contract to trade; required.
     *
     * @param symbol the contract, such as {@code Symbol.BTCUSDT_UMCBL}
     * @return this builder
     */
    public Builder symbol(Symbol symbol) {
      this.symbol = Objects.requireNonNull(symbol, "symbol == null");
      return this;
    }

    /**
     * Buy or sell; required. In one-way mode the direction of the trade; with {@link #tradeSide}
     * the position, as on the classic API (prefer {@link #open(HoldSide)} and
     * {@link #close(HoldSide)}).
     *
     * @param side {@code BUY} or {@code SELL}
     * @return this builder
     */
    public Builder side(Side side) {
      this.side = Objects.requireNonNull(side, "side == null");
      return this;
    }

    /**
     * The size in base coin (contracts); must be positive.
     *
     * @param size such as {@code 0.01} for 0.01 BTC on {@code BTCUSDT}; a multiple of the
     *     contract's size step
     * @return this builder
     */
    public Builder size(BigDecimal size) {
      this.size = Objects.requireNonNull(size, "size == null");
      return this;
    }

    /**
     * Makes this a limit order at {@code price}.
     *
     * @param price the limit price in quote coin, positive; a multiple of the contract's price step
     * @return this builder
     */
    public Builder limit(BigDecimal price) {
      this.orderType = OrderType.LIMIT;
      this.price = Objects.requireNonNull(price, "price == null");
      return this;
    }

    /**
     * Makes this a market order, dropping any price set before.
     *
     * @return this builder
     */
    public Builder market() {
      this.orderType = OrderType.MARKET;
      this.price = null;
      return this;
    }

    /**
     * Sets the order type; a limit order also needs {@link #price}.
     *
     * @param orderType {@code LIMIT} or {@code MARKET}
     * @return this builder
     */
    public Builder orderType(OrderType orderType) {
      this.orderType = Objects.requireNonNull(orderType, "orderType == null");
      return this;
    }

    /**
     * Sets the limit price.
     *
     * @param price the limit price in quote coin, positive
     * @return this builder
     */
    public Builder price(BigDecimal price) {
      this.price = Objects.requireNonNull(price, "price == null");
      return this;
    }

    /**
     * Opens or closes a position, for accounts in hedge mode, with {@link #side} naming the
     * position as on Bitget's classic API ({@code BUY} for the long). {@link #open(HoldSide)} and
     * {@link #close(HoldSide)} say the same more plainly.
     *
     * @param tradeSide {@code OPEN} or {@code CLOSE}
     * @return this builder
     */
    public Builder tradeSide(TradeSide tradeSide) {
      this.tradeSide = Objects.requireNonNull(tradeSide, "tradeSide == null");
      return this;
    }

    /**
     * Hedge mode: opens (or adds to) the {@code LONG} or {@code SHORT} position; sets side and
     * trade side.
     *
     * @param position {@code LONG} or {@code SHORT}
     * @return this builder
     * @throws InvalidRequestException for {@code NET} or {@code UNKNOWN}
     */
    public Builder open(HoldSide position) {
      return hedge(position, TradeSide.OPEN);
    }

    /**
     * Hedge mode: closes (part of) the {@code LONG} or {@code SHORT} position, which trades against
     * it (closing the long sells); sets side and trade side.
     *
     * @param position {@code LONG} or {@code SHORT}
     * @return this builder
     * @throws InvalidRequestException for {@code NET} or {@code UNKNOWN}
     */
    public Builder close(HoldSide position) {
      return hedge(position, TradeSide.CLOSE);
    }

    private Builder hedge(HoldSide position, TradeSide trade) {
      Objects.requireNonNull(position, "position == null");
      if (position != HoldSide.LONG && position != HoldSide.SHORT) {
        throw InvalidRequestException.of("position", "a hedge-mode order opens or closes the LONG or the SHORT"
            + " position, not " + position);
      }
      this.side = position == HoldSide.LONG ? Side.BUY : Side.SELL;
      this.tradeSide = trade;
      return this;
    }

    /**
     * The margin mode for a classic account; default isolated. Not sent to a unified account.
     *
     * @param marginMode {@code ISOLATED} or {@code CROSSED}
     * @return this builder
     */
    public Builder marginMode(MarginMode marginMode) {
      this.marginMode = Objects.requireNonNull(marginMode, "marginMode == null");
      return this;
    }

    /**
     * How long a limit order rests; default {@link TimeInForce#GTC}.
     *
     * @param timeInForce {@code GTC}, {@code IOC}, {@code FOK} or {@code POST_ONLY}
     * @return this builder
     */
    public Builder timeInForce(TimeInForce timeInForce) {
      this.timeInForce = Objects.requireNonNull(timeInForce, "timeInForce == null");
      return this;
    }

    /**
     * Sets the client order id: at most 50 ASCII letters, digits, inner spaces or
     * {@code - _ . : / # @} on a classic account, at most 32 of {@code A-Z a-z 0-9 _ : -} on a
     * unified one (checked when the order is sent). Without it, {@link #build()} generates one that
     * fits both.
     *
     * @param clientOid the caller's id for this one logical order; never reuse it for another
     * @return this builder
     */
    public Builder clientOid(String clientOid) {
      this.clientOid = Objects.requireNonNull(clientOid, "clientOid == null");
      return this;
    }

    /**
     * One-way mode: the order may only reduce the position. A hedge-mode close needs no flag (the
     * unified API is not sent one); an order that opens a position cannot be reduce-only.
     *
     * @param reduceOnly true to only reduce the position; default false
     * @return this builder
     */
    public Builder reduceOnly(boolean reduceOnly) {
      this.reduceOnly = reduceOnly;
      return this;
    }

    /**
     * Attaches a take-profit trigger price.
     *
     * @param price the trigger price, positive; when reached, the position closes at market
     * @return this builder
     */
    public Builder presetTakeProfitPrice(BigDecimal price) {
      this.presetTakeProfitPrice = Objects.requireNonNull(price, "price == null");
      return this;
    }

    /**
     * Attaches a stop-loss trigger price.
     *
     * @param price the trigger price, positive; when reached, the position closes at market
     * @return this builder
     */
    public Builder presetStopLossPrice(BigDecimal price) {
      this.presetStopLossPrice = Objects.requireNonNull(price, "price == null");
      return this;
    }

    /**
     * Validates and builds the request, generating a client order id if none was set.
     *
     * @return the immutable request, its client order id fixed
     * @throws InvalidRequestException naming the first invalid field
     */
    public OrderRequest build() {
      Checks.required("symbol", symbol);
      Checks.known("side", side);
      Checks.positive("size", size);
      Checks.known("orderType", orderType);
      if (orderType == OrderType.LIMIT && price == null) {
        throw InvalidRequestException.of("price",
            "a limit order needs a price; use OrderRequest.market(..) for a market order");
      }
      if (orderType == OrderType.MARKET && price != null) {
        throw InvalidRequestException.of("price", "a market order takes no price but got "
            + price.toPlainString() + "; use limit(price) for a limit order");
      }
      if (price != null) {
        Checks.positive("price", price);
      }
      if (tradeSide != null) {
        Checks.known("tradeSide", tradeSide);
      }
      if (tradeSide == TradeSide.OPEN && reduceOnly) {
        throw InvalidRequestException.of("reduceOnly", "an order that opens a position cannot be reduce-only;"
            + " use close(HoldSide) to reduce a hedge-mode position");
      }
      Checks.known("marginMode", marginMode);
      Checks.known("timeInForce", timeInForce);
      if (presetTakeProfitPrice != null) {
        Checks.positive("presetTakeProfitPrice", presetTakeProfitPrice);
      }
      if (presetStopLossPrice != null) {
        Checks.positive("presetStopLossPrice", presetStopLossPrice);
      }
      String id = clientOid == null ? ClientOids.generate() : ClientOids.check("clientOid", clientOid);
      return new OrderRequest(this, id);
    }
  }
}
