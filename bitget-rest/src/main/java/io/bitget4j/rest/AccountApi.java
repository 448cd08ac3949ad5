package io.bitget4j.rest;

import io.bitget4j.core.ProductType;
import io.bitget4j.core.Symbol;
import io.bitget4j.core.model.Account;
import io.bitget4j.core.model.AccountSettings;
import io.bitget4j.core.model.HoldSide;
import io.bitget4j.core.model.MarginMode;
import io.bitget4j.core.model.PositionMode;
import io.bitget4j.core.model.Wallet;
import io.bitget4j.rest.internal.Checks;
import io.bitget4j.rest.internal.ClientCore;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The futures account: balances, and the leverage, margin mode and position mode settings.
 * Needs credentials. Setting a value is idempotent, so those calls are retried like reads.
 * Every call has an {@code ...Async} twin. Thread-safe.
 *
 * <p>A classic account keeps one {@link Account} per margin coin and product type. A unified
 * account has one {@link Wallet} with a balance per coin: {@link #account(Symbol)} and
 * {@link #accounts(ProductType)} answer with the same {@link Account} record built from the wallet's
 * coins, and {@link #wallet()} and {@link #settings()} give the unified account's own view.
 */
public final class AccountApi {
  private static final int MAX_LEVERAGE = 500;

  private final ClientCore core;

  AccountApi(ClientCore core) {
    this.core = core;
  }

  /**
   * The account that margins {@code symbol}: on a unified account the wallet's balance of the
   * symbol's margin coin (zeros when the wallet holds none).
   */
  public Account account(Symbol symbol) {
    Objects.requireNonNull(symbol, "symbol == null");
    return core.call(wire -> wire.account(symbol));
  }

  /** {@link #account(Symbol)} on the client's executor. */
  public CompletableFuture<Account> accountAsync(Symbol symbol) {
    Objects.requireNonNull(symbol, "symbol == null");
    return core.async(() -> account(symbol));
  }

  /**
   * Every account (one per margin coin) of a product type; on a unified account, whose one wallet
   * margins every product, one account per coin of the wallet.
   */
  public List<Account> accounts(ProductType productType) {
    Objects.requireNonNull(productType, "productType == null");
    return core.call(wire -> wire.accounts(productType));
  }

  /** {@link #accounts(ProductType)} on the client's executor. */
  public CompletableFuture<List<Account>> accountsAsync(ProductType productType) {
    Objects.requireNonNull(productType, "productType == null");
    return core.async(() -> accounts(productType));
  }

  /**
   * A unified account's one wallet: account-wide equity and margin, and each coin's balance.
   *
   * @throws UnsupportedOperationException on a classic account, which has no such wallet (use
   *     {@link #accounts(ProductType)})
   */
  public Wallet wallet() {
    core.requireCredentials("account().wallet()");
    return core.call(wire -> wire.wallet());
  }

  /** {@link #wallet()} on the client's executor. */
  public CompletableFuture<Wallet> walletAsync() {
    return core.async(this::wallet);
  }

  /**
   * A unified account's settings: its account mode, hold mode and each contract's margin mode and
   * leverage.
   *
   * @throws UnsupportedOperationException on a classic account
   */
  public AccountSettings settings() {
    core.requireCredentials("account().settings()");
    return core.call(wire -> wire.settings());
  }

  /** {@link #settings()} on the client's executor. */
  public CompletableFuture<AccountSettings> settingsAsync() {
    return core.async(this::settings);
  }

  /** Sets the leverage of {@code symbol} for both sides (crossed, or isolated one-way). */
  public void setLeverage(Symbol symbol, int leverage) {
    checkLeverage(symbol, leverage);
    core.call(wire -> wire.setLeverage(symbol, leverage, Optional.empty()));
  }

  /** Sets the leverage of one side of an isolated position in hedge mode. */
  public void setLeverage(Symbol symbol, int leverage, HoldSide holdSide) {
    checkLeverage(symbol, leverage);
    Checks.known("holdSide", holdSide);
    core.call(wire -> wire.setLeverage(symbol, leverage, Optional.of(holdSide)));
  }

  /** {@link #setLeverage(Symbol, int)} on the client's executor. */
  public CompletableFuture<Void> setLeverageAsync(Symbol symbol, int leverage) {
    checkLeverage(symbol, leverage);
    return core.async(() -> {
      setLeverage(symbol, leverage);
      return null;
    });
  }

  /** {@link #setLeverage(Symbol, int, HoldSide)} on the client's executor. */
  public CompletableFuture<Void> setLeverageAsync(Symbol symbol, int leverage, HoldSide holdSide) {
    checkLeverage(symbol, leverage);
    Checks.known("holdSide", holdSide);
    return core.async(() -> {
      setLeverage(symbol, leverage, holdSide);
      return null;
    });
  }

  /**
   * Switches {@code symbol} between isolated and crossed margin (only with no open position). A
   * unified account sets the margin mode together with the leverage: the client reads the symbol's
   * current leverage from the settings and sends it back with the new mode.
   *
   * @throws IllegalStateException on a unified account whose settings list no leverage for the
   *     symbol yet: call {@link #setLeverage(Symbol, int)} first
   */
  public void setMarginMode(Symbol symbol, MarginMode marginMode) {
    Objects.requireNonNull(symbol, "symbol == null");
    Checks.known("marginMode", marginMode);
    core.privately(wire -> {
      wire.setMarginMode(core.executor(), symbol, marginMode);
      return null;
    });
  }

  /** {@link #setMarginMode(Symbol, MarginMode)} on the client's executor. */
  public CompletableFuture<Void> setMarginModeAsync(Symbol symbol, MarginMode marginMode) {
    Objects.requireNonNull(symbol, "symbol == null");
    Checks.known("marginMode", marginMode);
    return core.async(() -> {
      setMarginMode(symbol, marginMode);
      return null;
    });
  }

  /**
   * Switches between one-way and hedge mode (only with no open position): per product type on a
   * classic account, for the whole account on a unified one.
   */
  public void setPositionMode(ProductType productType, PositionMode positionMode) {
    Objects.requireNonNull(productType, "productType == null");
    Checks.known("positionMode", positionMode);
    core.call(wire -> wire.setPositionMode(productType, positionMode));
  }

  /** {@link #setPositionMode(ProductType, PositionMode)} on the client's executor. */
  public CompletableFuture<Void> setPositionModeAsync(ProductType productType, PositionMode positionMode) {
    Objects.requireNonNull(productType, "productType == null");
    Checks.known("positionMode", positionMode);
    return core.async(() -> {
      setPositionMode(productType, positionMode);
      return null;
    });
  }

  private static void checkLeverage(Symbol symbol, int leverage) {
    Objects.requireNonNull(symbol, "symbol == null");
    Checks.between("leverage", leverage, 1, MAX_LEVERAGE);
  }
}
