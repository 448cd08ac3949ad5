package io.bitget4j.rest;

import io.bitget4j.core.InvalidRequestException;
import io.bitget4j.core.ProductType;
import io.bitget4j.core.Symbol;
import io.bitget4j.rest.internal.Checks;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Filters for listing orders, fills and closed positions: a product type, optionally one symbol, a
 * time window, a page size and the cursor of the previous page.
 *
 * <pre>{@code
 * OrderPage open = client.orders().pending(OrderQuery.of(Symbol.BTCUSDT_UMCBL));
 * OrderPage older = client.orders().history(OrderQuery.builder(ProductType.UMCBL)
 *     .startTime(Instant.parse("2025-01-01T00:00:00Z")).limit(100).build());
 * OrderPage next = client.orders().history(OrderQuery.builder(ProductType.UMCBL)
 *     .cursor(older.endId().orElseThrow()).limit(100).build());
 * }</pre>
 *
 * <p>Paging is by cursor on both account modes: pass the previous page's {@code endId()} to
 * {@link Builder#cursor}. A classic account (V2) receives it as {@code idLessThan}, a unified one
 * (V3) as {@code cursor}. A unified account's fills cannot be filtered by symbol on the exchange:
 * the client filters the page, which may then hold fewer than {@code limit} fills.
 */
public final class OrderQuery {
  /** The largest page Bitget returns. */
  public static final int MAX_LIMIT = 100;

  private final ProductType productType;
  private final Symbol symbol;
  private final String orderId;
  private final Instant startTime;
  private final Instant endTime;
  private final Integer limit;
  private final String cursor;

  private OrderQuery(Builder b) {
    this.productType = b.productType;
    this.symbol = b.symbol;
    this.orderId = b.orderId;
    this.startTime = b.startTime;
    this.endTime = b.endTime;
    this.limit = b.limit;
    this.cursor = b.cursor;
  }

  /**
   * Everything of one symbol.
   *
   * @param symbol the contract; the query's product type is the symbol's
   * @return a query for the newest page of that symbol's records
   */
  public static OrderQuery of(Symbol symbol) {
    Objects.requireNonNull(symbol, "symbol == null");
    return builder(symbol.productType()).symbol(symbol).build();
  }

  /**
   * Everything of a product type.
   *
   * @param productType the product line, such as {@link ProductType#UMCBL}
   * @return a query for the newest page of that product type's records
   */
  public static OrderQuery of(ProductType productType) {
    return builder(productType).build();
  }

  /**
   * Starts a query over {@code productType}.
   *
   * @param productType the product line to list
   * @return a builder without further filters
   */
  public static Builder builder(ProductType productType) {
    return new Builder(Objects.requireNonNull(productType, "productType == null"));
  }

  /** {@return the product type listed} */
  public ProductType productType() {
    return productType;
  }

  /** {@return the one symbol listed; empty for every symbol of the product type} */
  public Optional<Symbol> symbol() {
    return Optional.ofNullable(symbol);
  }

  /** {@return the one order whose fills or history to list; empty for all orders} */
  public Optional<String> orderId() {
    return Optional.ofNullable(orderId);
  }

  /** {@return the start of the time window; empty for no lower bound} */
  public Optional<Instant> startTime() {
    return Optional.ofNullable(startTime);
  }

  /** {@return the end of the time window; empty for up to now} */
  public Optional<Instant> endTime() {
    return Optional.ofNullable(endTime);
  }

  /** {@return the page size, 1 to {@value #MAX_LIMIT}; empty for Bitget's default} */
  public OptionalInt limit() {
    return limit == null ? OptionalInt.empty() : OptionalInt.of(limit);
  }

  /**
   * The cursor: the previous page's {@code endId}, to read the next (older) page.
   *
   * @return the cursor; empty for the newest page
   */
  public Optional<String> cursor() {
    return Optional.ofNullable(cursor);
  }

  /**
   * The same as {@link #cursor()}, under the classic API's name.
   *
   * @return the cursor; empty for the newest page
   */
  public Optional<String> idLessThan() {
    return cursor();
  }

  /** The filters, for logs. */
  @Override
  public String toString() {
    return "OrderQuery{" + productType + (symbol == null ? "" : " " + symbol)
        + (orderId == null ? "" : " orderId=" + orderId)
        + (startTime == null ? "" : " from " + startTime) + (endTime == null ? "" : " to " + endTime)
        + (limit == null ? "" : " limit=" + limit) + (cursor == null ? "" : " cursor=" + cursor)
        + "}";
  }

  /** Collects the filters; {@link #build()} validates them. */
  public static final class Builder {
    private final ProductType productType;
    private Symbol symbol;
    private String orderId;
    private Instant startTime;
    private Instant endTime;
    private Integer limit;
    private String cursor;

    private Builder(ProductType productType) {
      this.productType = productType;
    }

    /**
     * Only this symbol, which must belong to the query's product type.
     *
     * @param symbol the contract
     * @return this builder
     */
    public Builder symbol(Symbol symbol) {
      this.symbol = Objects.requireNonNull(symbol, "symbol == null");
      return this;
    }

    /**
     * Only this order's records.
     *
     * @param orderId the exchange's order id; not blank. Closed positions cannot be filtered by it.
     * @return this builder
     * @throws InvalidRequestException when {@code orderId} is blank
     */
    public Builder orderId(String orderId) {
      this.orderId = Checks.text("orderId", orderId);
      return this;
    }

    /**
     * Only records from this time on.
     *
     * @param startTime the start of the window, inclusive
     * @return this builder
     */
    public Builder startTime(Instant startTime) {
      this.startTime = Objects.requireNonNull(startTime, "startTime == null");
      return this;
    }

    /**
     * Only records up to this time.
     *
     * @param endTime the end of the window; not before {@code startTime}
     * @return this builder
     */
    public Builder endTime(Instant endTime) {
      this.endTime = Objects.requireNonNull(endTime, "endTime == null");
      return this;
    }

    /**
     * Page size, 1 to 100; checked by {@link #build()}.
     *
     * @param limit the most records on one page
     * @return this builder
     */
    public Builder limit(int limit) {
      this.limit = limit;
      return this;
    }

    /**
     * The previous page's {@code endId}, to read the next (older) page.
     *
     * @param cursor the {@code endId} of the page before; not blank
     * @return this builder
     * @throws InvalidRequestException when {@code cursor} is blank
     */
    public Builder cursor(String cursor) {
      this.cursor = Checks.text("cursor", cursor);
      return this;
    }

    /**
     * The same as {@link #cursor(String)}, under the classic API's name.
     *
     * @param idLessThan the {@code endId} of the page before; not blank
     * @return this builder
     * @throws InvalidRequestException when {@code idLessThan} is blank
     */
    public Builder idLessThan(String idLessThan) {
      this.cursor = Checks.text("idLessThan", idLessThan);
      return this;
    }

    /**
     * Validates and builds the query.
     *
     * @return the immutable query
     * @throws InvalidRequestException naming the first invalid field
     */
    public OrderQuery build() {
      if (symbol != null && symbol.productType() != productType) {
        throw InvalidRequestException.of("symbol", symbol + " is a " + symbol.productType().v2Name()
            + " symbol, but the query is over " + productType.v2Name());
      }
      if (limit != null) {
        Checks.between("limit", limit, 1, MAX_LIMIT);
      }
      if (startTime != null && endTime != null && endTime.isBefore(startTime)) {
        throw InvalidRequestException.of("endTime", endTime + " is before startTime " + startTime);
      }
      return new OrderQuery(this);
    }
  }
}
