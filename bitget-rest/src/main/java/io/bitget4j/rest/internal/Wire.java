package io.bitget4j.rest.internal;

import io.bitget4j.core.AccountMode;
import io.bitget4j.core.ProductType;
import io.bitget4j.core.Symbol;
import io.bitget4j.core.model.Account;
import io.bitget4j.core.model.AccountSettings;
import io.bitget4j.core.model.BatchOrderResult;
import io.bitget4j.core.model.Candle;
import io.bitget4j.core.model.ClosedPositionPage;
import io.bitget4j.core.model.ConditionalOrderPage;
import io.bitget4j.core.model.Contract;
import io.bitget4j.core.model.FillPage;
import io.bitget4j.core.model.FundingRate;
import io.bitget4j.core.model.HoldSide;
import io.bitget4j.core.model.MarginMode;
import io.bitget4j.core.model.OpenInterest;
import io.bitget4j.core.model.Order;
import io.bitget4j.core.model.OrderAck;
import io.bitget4j.core.model.OrderBook;
import io.bitget4j.core.model.OrderPage;
import io.bitget4j.core.model.Position;
import io.bitget4j.core.model.PositionMode;
import io.bitget4j.core.model.SymbolPrice;
import io.bitget4j.core.model.Ticker;
import io.bitget4j.core.model.Trade;
import io.bitget4j.core.model.Wallet;
import io.bitget4j.core.BitgetApiException;
import io.bitget4j.rest.CandleRequest;
import io.bitget4j.rest.ConditionalOrderRequest;
import io.bitget4j.rest.ModifyOrderRequest;
import io.bitget4j.rest.OrderQuery;
import io.bitget4j.rest.OrderRef;
import io.bitget4j.rest.OrderRequest;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One API version's wire form: the one place that maps {@link Symbol}, {@link ProductType}, the
 * order intent and the paging into that version's endpoints, query parameters and bodies, and picks
 * the decoders. {@link V2Wire} speaks to classic accounts, {@link V3Wire} to unified ones; the public
 * API classes ask {@link ClientCore} for the wire of the account mode in use and never know which
 * version they speak.
 *
 * <p>Rendering does no I/O. Where a version cannot express a request (a unified account has no
 * candles by the week, say), the wire throws an {@code InvalidRequestException} naming the field and
 * the reason, before anything is sent.
 */
public interface Wire {
  /** The account mode this wire speaks for: {@code CLASSIC} (V2) or {@code UNIFIED} (V3). */
  AccountMode mode();

  /** Every contract of a product type. */
  RestCall<List<Contract>> contracts(ProductType productType);

  /** The contracts answer for one symbol (a list that should hold it). */
  RestCall<List<Contract>> contract(Symbol symbol);

  /** One symbol's ticker. */
  RestCall<Ticker> ticker(Symbol symbol);

  /** Every ticker of a product type. */
  RestCall<List<Ticker>> tickers(ProductType productType);

  /** The order book, {@code depth} levels a side, or the client's default of 100 when empty. */
  RestCall<OrderBook> orderBook(Symbol symbol, OptionalInt depth);

  /** The most recent public trades. */
  RestCall<List<Trade>> recentTrades(Symbol symbol, int limit);

  /** Candles. */
  RestCall<List<Candle>> candles(CandleRequest request);

  /** The current funding rate. */
  RestCall<FundingRate> fundingRate(Symbol symbol);

  /** The open interest. */
  RestCall<OpenInterest> openInterest(Symbol symbol);

  /** The last, mark and index prices. */
  RestCall<SymbolPrice> symbolPrice(Symbol symbol);

  /** The account (classic) or wallet coin (unified) that margins {@code symbol}. */
  RestCall<Account> account(Symbol symbol);

  /** The accounts of a product type (classic), or every coin of the wallet (unified). */
  RestCall<List<Account>> accounts(ProductType productType);

  /**
   * The unified wallet.
   *
   * @throws UnsupportedOperationException on a classic account, which has no such wallet
   */
  RestCall<Wallet> wallet();

  /**
   * The unified account's settings.
   *
   * @throws UnsupportedOperationException on a classic account
   */
  RestCall<AccountSettings> settings();

  /** Sets the leverage of a symbol, or of one side of an isolated hedge-mode position. */
  RestCall<Void> setLeverage(Symbol symbol, int leverage, Optional<HoldSide> holdSide);

  /**
   * Switches a symbol's margin mode, sending what the version needs: one request on V2; on V3 (which
   * sets the margin mode with the leverage) the symbol's current leverage is read first.
   */
  void setMarginMode(RestExecutor executor, Symbol symbol, MarginMode marginMode);

  /** Switches between one-way and hedge mode (per product type on V2, account-wide on V3). */
  RestCall<Void> setPositionMode(ProductType productType, PositionMode positionMode);

  /** One symbol's positions. */
  RestCall<List<Position>> positions(Symbol symbol);

  /** Every open position of a product type. */
  RestCall<List<Position>> positions(ProductType productType);

  /** One page of closed positions. */
  RestCall<ClosedPositionPage> positionHistory(OrderQuery query);

  /** Places one order; a unified account's {@code clientOid} rule is checked here. */
  RestCall<OrderAck> place(OrderRequest request);

  /** Places orders of one symbol in one request. */
  RestCall<BatchOrderResult> placeBatch(List<OrderRequest> requests);

  /** Looks an order up by client id for reconciliation: empty data means the exchange has none. */
  RestCall<Optional<Order>> findOrder(Symbol symbol, String clientOid);

  /** One order's details. */
  RestCall<Order> detail(Symbol symbol, OrderRef order);

  /** Cancels one order. */
  RestCall<OrderAck> cancel(Symbol symbol, OrderRef order);

  /** Cancels several orders of one symbol. */
  RestCall<BatchOrderResult> cancelBatch(Symbol symbol, List<OrderRef> orders);

  /** Cancels every open order of a symbol. */
  RestCall<BatchOrderResult> cancelAll(Symbol symbol);

  /** Cancels every open order of a product type. */
  RestCall<BatchOrderResult> cancelAll(ProductType productType);

  /** Changes an open order. */
  RestCall<OrderAck> modify(ModifyOrderRequest request);

  /** One page of open orders. */
  RestCall<OrderPage> pending(OrderQuery query);

  /** One page of finished orders. */
  RestCall<OrderPage> history(OrderQuery query);

  /** One page of the account's fills. */
  RestCall<FillPage> fills(OrderQuery query);

  /** Closes a symbol's positions, or one side of them, at market. */
  RestCall<BatchOrderResult> closePositions(Symbol symbol, Optional<HoldSide> holdSide);

  // ---- conditional orders ----

  /**
   * Fails before any I/O when this version cannot place {@code request}: a kind it does not offer
   * (an {@link io.bitget4j.core.UnsupportedOnAccountModeException}), or a client order id it does not
   * take.
   */
  void checkConditional(ConditionalOrderRequest request);

  /**
   * Places a conditional order.
   *
   * @param positionMode the account's position mode, which V2 renders a position's side by
   * @param marginMode the margin mode a V2 plan order is sent with
   */
  RestCall<OrderAck> placeConditional(ConditionalOrderRequest request, PositionMode positionMode,
      MarginMode marginMode);

  /**
   * Looks a conditional order up by its client id among the pending and then the finished ones of
   * its kind, for reconciliation: empty when the exchange has none.
   */
  Optional<OrderAck> findConditional(RestExecutor executor, ConditionalOrderRequest request);

  /** Every pending conditional order of a product type, or of one symbol, newest first. */
  List<PendingConditional> pendingConditional(RestExecutor executor, ProductType productType, Optional<Symbol> symbol);

  /** One page of finished conditional orders of every kind, newest first. */
  ConditionalOrderPage conditionalHistory(RestExecutor executor, OrderQuery query);

  /** Changes a pending conditional order. */
  RestCall<OrderAck> modifyConditional(PendingConditional pending, ConditionalChecks.Change change);

  /** Cancels pending conditional orders of one symbol; a refusal is reported per order. */
  BatchOrderResult cancelConditional(RestExecutor executor, Symbol symbol, List<PendingConditional> orders);

  /** The exchange's answer for a conditional order that is not pending: an {@code OrderNotFoundException}. */
  BitgetApiException conditionalNotPending(Symbol symbol, OrderRef order);
}
