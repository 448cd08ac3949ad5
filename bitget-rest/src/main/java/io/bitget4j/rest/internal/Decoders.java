package io.bitget4j.rest.internal;

import io.bitget4j.core.BitgetApiException;
import io.bitget4j.core.BitgetDecodingException;
import io.bitget4j.core.ProductType;
import io.bitget4j.core.Symbol;
import io.bitget4j.core.internal.json.BitgetJson;
import io.bitget4j.core.internal.json.Envelope;
import io.bitget4j.core.internal.json.JsonDecoder;
import io.bitget4j.core.model.Account;
import io.bitget4j.core.model.AccountSettings;
import io.bitget4j.core.model.ClosedPositionPage;
import io.bitget4j.core.model.ConditionalOrderPage;
import io.bitget4j.core.model.Fill;
import io.bitget4j.core.model.Wallet;
import java.math.BigDecimal;
import java.util.ArrayList;
import io.bitget4j.core.model.BatchOrderFailure;
import io.bitget4j.core.model.BatchOrderResult;
import io.bitget4j.core.model.Candle;
import io.bitget4j.core.model.Contract;
import io.bitget4j.core.model.FillPage;
import io.bitget4j.core.model.FundingRate;
import io.bitget4j.core.model.OpenInterest;
import io.bitget4j.core.model.Order;
import io.bitget4j.core.model.OrderAck;
import io.bitget4j.core.model.OrderBook;
import io.bitget4j.core.model.OrderPage;
import io.bitget4j.core.model.Position;
import io.bitget4j.core.model.SymbolPrice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import io.bitget4j.core.model.Ticker;
import io.bitget4j.core.model.Trade;
import java.util.List;
import java.util.Optional;

/**
 * Adapts core's {@link BitgetJson} decoders to responses: reads the envelope, maps any code but
 * {@code 00000} with {@link BitgetApiException#of}, and requires {@code data} where an answer
 * needs one. Every unreadable body becomes a {@link BitgetDecodingException} naming the request.
 */
public final class Decoders {
  private static final Logger LOG = LoggerFactory.getLogger(Decoders.class);
  private static final BitgetJson JSON = BitgetJson.create();
  private static final JsonDecoder<Boolean> SKIP = reader -> {
    reader.skipValue();
    return Boolean.TRUE;
  };
  private static final int SNIPPET_LENGTH = 80;
  /** V3's per-item code for an order or position that was not there: nothing to cancel or close. */
  private static final String NOTHING_EXISTED = "24056";

  private Decoders() {}

  /** Requires {@code data}, decoded with {@code decoder}. */
  static <T> ResponseDecoder<T> required(JsonDecoder<T> decoder) {
    return (body, context) -> {
      Envelope<T> envelope = envelope(body, context, decoder);
      return envelope.data().orElseThrow(() -> new BitgetDecodingException(context.method() + " "
          + context.path() + " answered code 00000 without data"));
    };
  }

  /** Checks the envelope and ignores {@code data}. */
  public static ResponseDecoder<Void> ignored() {
    return (body, context) -> {
      envelope(body, context, SKIP);
      return null;
    };
  }

  /** Maps a non-2xx answer: the envelope's code and message when there is one, else the status. */
  public static RestExecutor.ErrorDecoder error() {
    return (body, context) -> {
      String code = Integer.toString(context.httpStatus());
      String message = "HTTP " + context.httpStatus() + " " + snippet(body);
      try {
        Envelope<Boolean> envelope = JSON.decodeEnvelope(body, SKIP);
        if (!envelope.isSuccess()) {
          code = envelope.code();
          message = envelope.msg();
        }
      } catch (BitgetDecodingException notAnEnvelope) {
        // a proxy's HTML page or an empty body: the status says it all
        LOG.debug("HTTP {} answer of {} {} is not a Bitget envelope", context.httpStatus(), context.method(),
            context.path());
      }
      return BitgetApiException.of(code, message, context.httpStatus(), context.method(), context.path(),
          context.retryAfter().orElse(null));
    };
  }

  private static <T> Envelope<T> envelope(String body, ResponseContext context, JsonDecoder<T> decoder) {
    Envelope<T> envelope;
    try {
      envelope = JSON.decodeEnvelope(body, decoder);
    } catch (BitgetDecodingException e) {
      throw new BitgetDecodingException(context.method() + " " + context.path() + ": " + e.getMessage(), e);
    }
    if (!envelope.isSuccess()) {
      throw BitgetApiException.of(envelope.code(), envelope.msg(), context.httpStatus(), context.method(),
          context.path(), context.retryAfter().orElse(null));
    }
    return envelope;
  }

  private static String snippet(String body) {
    String text = body.strip().replaceAll("\\s+", " ");
    return text.length() <= SNIPPET_LENGTH ? text : text.substring(0, SNIPPET_LENGTH) + "...";
  }

  public static ResponseDecoder<Long> serverTime() {
    ResponseDecoder<java.time.Instant> time = required(JSON.serverTime());
    return (body, context) -> time.decode(body, context).toEpochMilli();
  }

  public static ResponseDecoder<List<Contract>> contracts(ProductType productType) {
    return required(JSON.contracts(productType));
  }

  public static ResponseDecoder<Ticker> ticker(ProductType productType) {
    return required(JSON.ticker(productType));
  }

  public static ResponseDecoder<List<Ticker>> tickers(ProductType productType) {
    return required(JSON.tickers(productType));
  }

  public static ResponseDecoder<OrderBook> orderBook(Symbol symbol) {
    return required(JSON.orderBook(symbol));
  }

  public static ResponseDecoder<List<Trade>> trades(Symbol symbol) {
    return required(JSON.trades(symbol));
  }

  public static ResponseDecoder<List<Candle>> candles() {
    return required(JSON.candles());
  }

  public static ResponseDecoder<FundingRate> fundingRate(ProductType productType) {
    return required(JSON.fundingRate(productType));
  }

  public static ResponseDecoder<OpenInterest> openInterest(ProductType productType) {
    return required(JSON.openInterest(productType));
  }

  public static ResponseDecoder<SymbolPrice> symbolPrice(ProductType productType) {
    return required(JSON.symbolPrice(productType));
  }

  public static ResponseDecoder<Account> account() {
    return required(JSON.account());
  }

  public static ResponseDecoder<List<Account>> accounts() {
    return required(JSON.accounts());
  }

  /** Positions; {@code "data": null} (no position) is an empty list. */
  public static ResponseDecoder<List<Position>> positions(ProductType productType) {
    JsonDecoder<List<Position>> decoder = JSON.positions(productType);
    return (body, context) -> envelope(body, context, decoder).data().orElse(List.of());
  }

  public static ResponseDecoder<Order> order(ProductType productType) {
    return required(JSON.order(productType));
  }

  /** An order looked up for reconciliation: {@code "data": null} means the exchange has none. */
  public static ResponseDecoder<Optional<Order>> optionalOrder(ProductType productType) {
    JsonDecoder<Order> decoder = JSON.order(productType);
    return (body, context) -> envelope(body, context, decoder).data();
  }

  public static ResponseDecoder<OrderPage> orderPage(ProductType productType) {
    JsonDecoder<OrderPage> decoder = JSON.orders(productType);
    return (body, context) -> envelope(body, context, decoder).data()
        .orElse(new OrderPage(List.of(), Optional.empty()));
  }

  public static ResponseDecoder<FillPage> fillPage(ProductType productType) {
    JsonDecoder<FillPage> decoder = JSON.fills(productType);
    return (body, context) -> envelope(body, context, decoder).data()
        .orElse(new FillPage(List.of(), Optional.empty()));
  }

  public static ResponseDecoder<OrderAck> orderAck() {
    return required(JSON.orderAck());
  }

  /** V2 {@code place-pos-tpsl}: the first item's order id and client id. */
  public static ResponseDecoder<OrderAck> positionTpslAck() {
    return required(JSON.positionTpslAck());
  }

  /** Pending conditional orders (V2 plan orders, V3 strategy orders); {@code "data": null} is an empty page. */
  public static ResponseDecoder<ConditionalOrderPage> pendingConditional(ProductType productType) {
    JsonDecoder<ConditionalOrderPage> decoder = JSON.pendingConditionalOrders(productType);
    return (body, context) -> envelope(body, context, decoder).data()
        .orElse(new ConditionalOrderPage(List.of(), Optional.empty()));
  }

  /** Finished conditional orders; {@code "data": null} is an empty page. */
  public static ResponseDecoder<ConditionalOrderPage> conditionalHistory(ProductType productType) {
    JsonDecoder<ConditionalOrderPage> decoder = JSON.conditionalOrderHistory(productType);
    return (body, context) -> envelope(body, context, decoder).data()
        .orElse(new ConditionalOrderPage(List.of(), Optional.empty()));
  }

  public static ResponseDecoder<BatchOrderResult> batchResult() {
    return required(JSON.batchOrderResult());
  }

  /**
   * The answer of a call that acts on whatever is open (cancel-all, close-positions), where finding
   * nothing to act on is not a failure: {@code "data": null} is an empty result, and so is V3's item
   * with code 24056 ({@code notExisted}), which Bitget sends inside a {@code 00000}
   * envelope for an order or position that was not there (the items are dropped; real failures stay).
   */
  public static ResponseDecoder<BatchOrderResult> batchResultOrEmpty() {
    JsonDecoder<BatchOrderResult> decoder = JSON.batchOrderResult();
    return (body, context) -> envelope(body, context, decoder).data()
        .map(Decoders::withoutNothingExisted)
        .orElse(new BatchOrderResult(List.of(), List.of()));
  }

  private static BatchOrderResult withoutNothingExisted(BatchOrderResult result) {
    List<BatchOrderFailure> failures = result.failures().stream()
        .filter(f -> !f.errorCode().filter(NOTHING_EXISTED::equals).isPresent())
        .toList();
    return failures.size() == result.failures().size() ? result : new BatchOrderResult(result.successes(), failures);
  }

  /** V3 current positions, {@code {"list":[..]}}; {@code "data": null} is an empty list. */
  public static ResponseDecoder<List<Position>> listedPositions(ProductType productType) {
    JsonDecoder<List<Position>> decoder = JSON.listedPositions(productType);
    return (body, context) -> envelope(body, context, decoder).data().orElse(List.of());
  }

  /** The position history (V2 and V3); {@code "data": null} is an empty page. */
  public static ResponseDecoder<ClosedPositionPage> closedPositions(ProductType productType) {
    JsonDecoder<ClosedPositionPage> decoder = JSON.closedPositions(productType);
    return (body, context) -> envelope(body, context, decoder).data()
        .orElse(new ClosedPositionPage(List.of(), Optional.empty()));
  }

  /** V3 fills, keeping only {@code symbol}'s when given: V3's fills endpoint takes no symbol. */
  public static ResponseDecoder<FillPage> fillPage(ProductType productType, Optional<Symbol> symbol) {
    ResponseDecoder<FillPage> all = fillPage(productType);
    if (symbol.isEmpty()) {
      return all;
    }
    return (body, context) -> {
      FillPage page = all.decode(body, context);
      List<Fill> kept = new ArrayList<>();
      for (Fill fill : page.fills()) {
        if (fill.symbol().equals(symbol.get())) {
          kept.add(fill);
        }
      }
      return new FillPage(kept, page.endId());
    };
  }

  /** V3 {@code account/assets}: the unified wallet. */
  public static ResponseDecoder<Wallet> wallet() {
    return required(JSON.wallet());
  }

  /** V3 {@code account/assets} as one {@link Account} per coin. */
  public static ResponseDecoder<List<Account>> walletAccounts() {
    return required(JSON.walletAccounts());
  }

  /**
   * V3 {@code account/assets} as the {@link Account} of one coin; a coin the wallet does not list
   * (Bitget lists coins with a balance) is an account of zeros.
   */
  public static ResponseDecoder<Account> walletAccount(String coin) {
    ResponseDecoder<List<Account>> accounts = walletAccounts();
    return (body, context) -> {
      for (Account account : accounts.decode(body, context)) {
        if (account.marginCoin().equals(coin)) {
          return account;
        }
      }
      return new Account(coin, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, Optional.empty(),
          Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    };
  }

  /** V3 {@code account/settings}. */
  public static ResponseDecoder<AccountSettings> accountSettings() {
    return required(JSON.accountSettings());
  }

  /** The {@code accountMode} of V3 {@code account/settings}, for telling the account modes apart. */
  public static ResponseDecoder<String> accountState() {
    return required(JSON.accountState());
  }
}
