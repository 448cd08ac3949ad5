package io.bitget4j.examples.panel;

import io.bitget4j.core.AccountMode;
import io.bitget4j.core.Symbol;
import io.bitget4j.core.model.Contract;
import io.bitget4j.core.model.Fill;
import io.bitget4j.core.model.FundingRate;
import io.bitget4j.core.model.OrderBook;
import io.bitget4j.core.model.Ticker;
import io.bitget4j.ws.ConnectionState;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything one frame of the panel shows, captured at one instant under one read of the model,
 * so that a frame never mixes two moments: the positions' and the account's uPnL are computed from
 * {@link #mark()}, the mark the price line shows.
 *
 * @param now when the frame was captured
 * @param environment where the panel is connected
 * @param accountMode the REST client's account mode ({@code AUTO} until it knows)
 * @param tradingBlocked why the trading keys are off; empty when they work
 * @param symbols every market of the session, in the order given
 * @param symbol the market on screen
 * @param contract the market's contract, once loaded
 * @param precision how the market's numbers are written
 * @param ticker the market's latest ticker
 * @param mark the mark price of the frame
 * @param priceHistory the recent last prices, oldest first
 * @param book the market's top levels
 * @param funding the funding rate with the next funding time, from REST
 * @param fills the account's latest fills in the market, newest first; empty until read once
 * @param positions the market's open positions with their figures at {@code mark}
 * @param positionsAge how long ago the positions were reported; empty before the first report
 * @param leverage the market's leverage, once known
 * @param orders the market's open orders, plain and conditional (TP/SL, trigger orders), newest first
 * @param ordersListed whether the open orders were listed once (before, an empty list means unknown)
 * @param selectedOrder the id of the order the cursor is on
 * @param account the account in the market's margin coin
 * @param stream the streams' health
 * @param status the latest message of the status line
 * @param prompt the lines of the confirmation prompt; empty when none is open
 * @param help whether the help overlay is open
 */
record PanelSnapshot(
    Instant now,
    PanelArgs.Environment environment,
    AccountMode accountMode,
    Optional<String> tradingBlocked,
    List<Symbol> symbols,
    Symbol symbol,
    Optional<Contract> contract,
    Precision precision,
    Optional<Ticker> ticker,
    Optional<BigDecimal> mark,
    List<BigDecimal> priceHistory,
    Optional<OrderBook> book,
    Optional<FundingRate> funding,
    Optional<List<Fill>> fills,
    List<PositionFigures> positions,
    Optional<Duration> positionsAge,
    Optional<Integer> leverage,
    List<OrderLine> orders,
    boolean ordersListed,
    Optional<String> selectedOrder,
    Optional<AccountFigures> account,
    StreamStatus stream,
    Optional<Status> status,
    List<String> prompt,
    boolean help) {

  PanelSnapshot {
    Objects.requireNonNull(now, "now == null");
    Objects.requireNonNull(environment, "environment == null");
    Objects.requireNonNull(accountMode, "accountMode == null");
    Objects.requireNonNull(tradingBlocked, "tradingBlocked == null");
    symbols = List.copyOf(symbols);
    Objects.requireNonNull(symbol, "symbol == null");
    Objects.requireNonNull(contract, "contract == null");
    Objects.requireNonNull(precision, "precision == null");
    Objects.requireNonNull(ticker, "ticker == null");
    Objects.requireNonNull(mark, "mark == null");
    priceHistory = List.copyOf(priceHistory);
    Objects.requireNonNull(book, "book == null");
    Objects.requireNonNull(funding, "funding == null");
    fills = fills.map(List::copyOf);
    positions = List.copyOf(positions);
    Objects.requireNonNull(positionsAge, "positionsAge == null");
    Objects.requireNonNull(leverage, "leverage == null");
    orders = List.copyOf(orders);
    Objects.requireNonNull(selectedOrder, "selectedOrder == null");
    Objects.requireNonNull(account, "account == null");
    Objects.requireNonNull(stream, "stream == null");
    Objects.requireNonNull(status, "status == null");
    prompt = List.copyOf(prompt);
  }

  /**
   * The streams' health for the health line.
   *
   * @param state the stream client's state
   * @param sinceLastMessage time since the last frame on any connection
   * @param reconnects how many times a connection came back
   * @param lastReconnect when a connection last came back
   * @param channels the channels subscribed
   * @param lastError the latest connection failure, in words
   */
  record StreamStatus(ConnectionState state, Optional<Duration> sinceLastMessage, long reconnects,
      Optional<Instant> lastReconnect, int channels, Optional<String> lastError) {
    StreamStatus {
      Objects.requireNonNull(state, "state == null");
      Objects.requireNonNull(sinceLastMessage, "sinceLastMessage == null");
      Objects.requireNonNull(lastReconnect, "lastReconnect == null");
      Objects.requireNonNull(lastError, "lastError == null");
    }
  }

  /**
   * One message of the status line.
   *
   * @param text the message
   * @param error whether it reports a failure
   * @param at when it was set
   */
  record Status(String text, boolean error, Instant at) {
    Status {
      Objects.requireNonNull(text, "text == null");
      Objects.requireNonNull(at, "at == null");
    }
  }
}
