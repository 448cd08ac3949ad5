package io.bitget4j.rest;

import io.bitget4j.core.ProductType;
import io.bitget4j.core.internal.QueryParams;
import io.bitget4j.core.Symbol;
import io.bitget4j.core.model.Account;
import io.bitget4j.core.model.HoldSide;
import io.bitget4j.core.model.MarginMode;
import io.bitget4j.core.model.PositionMode;
import io.bitget4j.rest.internal.Checks;
import io.bitget4j.rest.internal.ClientCore;
import io.bitget4j.rest.internal.Decoders;
import io.bitget4j.rest.internal.Endpoints;
import io.bitget4j.rest.internal.JsonBody;
import io.bitget4j.rest.internal.RestCall;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * The futures account: balances, and the leverage, margin mode and position mode settings.
 * Needs credentials. Setting a value is idempotent, so those calls are retried like reads.
 * Every call has an {@code ...Async} twin. Thread-safe.
 */
public final class AccountApi {
  private final ClientCore core;

  AccountApi(ClientCore core) {
    this.core = core;
  }

  /** The account that margins {@code symbol}. */
  public Account account(Symbol symbol) {
    QueryParams query = MarketApi.symbolQuery(symbol).put("marginCoin", symbol.marginCoin()).build();
    return core.call(RestCall.get(Endpoints.ACCOUNT, query, Decoders.account()));
  }

  public CompletableFuture<Account> accountAsync(Symbol symbol) {
    Objects.requireNonNull(symbol, "symbol == null");
    return core.async(() -> account(symbol));
  }

  /** Every account (one per margin coin) of a product type. */
  public List<Account> accounts(ProductType productType) {
    Objects.requireNonNull(productType, "productType == null");
    QueryParams query = QueryParams.builder().put("productType", productType.v2Name()).build();
    return core.call(RestCall.get(Endpoints.ACCOUNTS, query, Decoders.accounts()));
  }

  public CompletableFuture<List<Account>> accountsAsync(ProductType productType) {
    Objects.requireNonNull(productType, "productType == null");
    return core.async(() -> accounts(productType));
  }

  /** Sets the leverage of {@code symbol} for both sides (crossed, or isolated one-way). */
  public void setLeverage(Symbol symbol, int leverage) {
    core.call(RestCall.post(Endpoints.SET_LEVERAGE, leverageBody(symbol, leverage, null), Decoders.ignored()));
  }

  /** Sets the leverage of one side of an isolated position in hedge mode. */
  public void setLeverage(Symbol symbol, int leverage, HoldSide holdSide) {
    Checks.known("holdSide", holdSide);
    core.call(RestCall.post(Endpoints.SET_LEVERAGE, leverageBody(symbol, leverage, holdSide),
        Decoders.ignored()));
  }

  public CompletableFuture<Void> setLeverageAsync(Symbol symbol, int leverage) {
    JsonBody body = leverageBody(symbol, leverage, null);
    return core.async(() -> {
      core.call(RestCall.post(Endpoints.SET_LEVERAGE, body, Decoders.ignored()));
      return null;
    });
  }

  public CompletableFuture<Void> setLeverageAsync(Symbol symbol, int leverage, HoldSide holdSide) {
    Checks.known("holdSide", holdSide);
    JsonBody body = leverageBody(symbol, leverage, holdSide);
    return core.async(() -> {
      core.call(RestCall.post(Endpoints.SET_LEVERAGE, body, Decoders.ignored()));
      return null;
    });
  }

  /** Switches {@code symbol} between isolated and crossed margin (only with no open position). */
  public void setMarginMode(Symbol symbol, MarginMode marginMode) {
    core.call(RestCall.post(Endpoints.SET_MARGIN_MODE, marginModeBody(symbol, marginMode), Decoders.ignored()));
  }

  public CompletableFuture<Void> setMarginModeAsync(Symbol symbol, MarginMode marginMode) {
    JsonBody body = marginModeBody(symbol, marginMode);
    return core.async(() -> {
      core.call(RestCall.post(Endpoints.SET_MARGIN_MODE, body, Decoders.ignored()));
      return null;
    });
  }

  /** Switches a product type between one-way and hedge mode (only with no open position). */
  public void setPositionMode(ProductType productType, PositionMode positionMode) {
    core.call(RestCall.post(Endpoints.SET_POSITION_MODE, positionModeBody(productType, positionMode),
        Decoders.ignored()));
  }

  public CompletableFuture<Void> setPositionModeAsync(ProductType productType, PositionMode positionMode) {
    JsonBody body = positionModeBody(productType, positionMode);
    return core.async(() -> {
      core.call(RestCall.post(Endpoints.SET_POSITION_MODE, body, Decoders.ignored()));
      return null;
    });
  }

  private static JsonBody leverageBody(Symbol symbol, int leverage, HoldSide holdSide) {
    Objects.requireNonNull(symbol, "symbol == null");
    Checks.between("leverage", leverage, 1, 500);
    return JsonBody.object()
        .put("symbol", symbol.v2Symbol())
        .put("productType", symbol.productType().v2Name())
        .put("marginCoin", symbol.marginCoin())
        .put("leverage", Integer.toString(leverage))
        .put("holdSide", holdSide == null ? null : holdSide.wireName());
  }

  private static JsonBody marginModeBody(Symbol symbol, MarginMode marginMode) {
    Objects.requireNonNull(symbol, "symbol == null");
    Checks.known("marginMode", marginMode);
    return JsonBody.object()
        .put("symbol", symbol.v2Symbol())
        .put("productType", symbol.productType().v2Name())
        .put("marginCoin", symbol.marginCoin())
        .put("marginMode", marginMode.wireName());
  }

  private static JsonBody positionModeBody(ProductType productType, PositionMode positionMode) {
    Objects.requireNonNull(productType, "productType == null");
    Checks.known("positionMode", positionMode);
    return JsonBody.object()
        .put("productType", productType.v2Name())
        .put("posMode", positionMode.wireName());
  }
}
