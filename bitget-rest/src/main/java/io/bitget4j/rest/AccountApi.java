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
   *
   * @param symbol the contract whose margin coin's account to read
   * @return equity, available and locked balances in the margin coin
   */
  public Account account(Symbol symbol) {
    Objects.requireNonNull(symbol, "symbol == null");
    return core.call(wire -> wire.account(symbol));
  }

  /**
   * {@link #account(Symbol)} on the client's executor.
   *
   * @param symbol the contract whose margin coin's account to read
   * @return completes with the account, or fails with what {@link #account(Symbol)} throws
   */
  public CompletableFuture<Account> accountAsync(Symbol symbol) {
    Objects.requireNonNull(symbol, "symbol == null");
    return core.async(() -> account(symbol));
  }

  /**
   * Every account (one per margin coin) of a product type; on a unified account, whose one wallet
   * margins every product, one account per coin of the wallet.
   *
   * @param productType the product line, such as {@link ProductType#UMCBL} for USDT-margined
   * @return one account per margin coin; empty when the product type holds none
   */
  public List<Account> accounts(ProductType productType) {
    Objects.requireNonNull(productType, "productType == null");
    return core.call(wire -> wire.accounts(productType));
  }

  /**
   * {@link #accounts(ProductType)} on the client's executor.
   *
   * @param productType the product line
   * @return completes with the accounts, or fails with what {@link #accounts(ProductType)} throws
   */
  public CompletableFuture<List<Account>> accountsAsync(ProductType productType) {
    Objects.requireNonNull(productType, "productType == null");
    return core.async(() -> accounts(productType));
  }

  /**
   * A unified account's one wallet: account-wide equity and margin, and each coin's balance.
   *
   * @return the wallet, with every coin it holds
   * @throws UnsupportedOperationException on a classic account, which has no such wallet (use
   *     {@link #accounts(ProductType)})
   */
  public Wallet wallet() {
    core.requireCredentials("account().wallet()");
    return core.call(wire -> wire.wallet());
  }

  /**
   * {@link #wallet()} on the client's executor.
   *
   * @return completes with the wallet, or fails with what {@link #wallet()} throws
   */
  public CompletableFuture<Wallet> walletAsync() {
    return core.async(this::wallet);
  }

  /**
   * A unified account's settings: its account mode, hold mode and each contract's margin mode and
   * leverage.
   *
   * @return the settings as the exchange holds them now
   * @throws UnsupportedOperationException on a classic account
   */
  public AccountSettings settings() {
    core.requireCredentials("account().settings()");
    return core.call(wire -> wire.settings());
  }

  /**
   * {@link #settings()} on the client's executor.
   *
   * @return completes with the settings, or fails with what {@link #settings()} throws
   */
  public CompletableFuture<AccountSettings> settingsAsync() {
    return core.async(this::settings);
  }

  /**
   * Sets the leverage of {@code symbol} for both sides (crossed, or isolated one-way).
   *
   * @param symbol the contract
   * @param leverage from 1 to 500; the contract's own maximum may be lower, and the exchange
   *     refuses more
   * @throws io.bitget4j.core.InvalidRequestException when {@code leverage} is outside 1 to 500,
   *     before any request
   */
  public void setLeverage(Symbol symbol, int leverage) {
    checkLeverage(symbol, leverage);
    core.call(wire -> wire.setLeverage(symbol, leverage, Optional.empty()));
  }

  /**
   * Sets the leverage of one side of an isolated position in hedge mode.
   *
   * @param symbol the contract
   * @param leverage from 1 to 500; the contract's own maximum may be lower
   * @param holdSide {@link HoldSide#LONG} or {@link HoldSide#SHORT}
   * @throws io.bitget4j.core.InvalidRequestException when {@code leverage} is outside 1 to 500 or
   *     {@code holdSide} is {@link HoldSide#UNKNOWN}, before any request
   */
  public void setLeverage(Symbol symbol, int leverage, HoldSide holdSide) {
    checkLeverage(symbol, leverage);
    Checks.known("holdSide", holdSide);
    core.call(wire -> wire.setLeverage(symbol, leverage, Optional.of(holdSide)));
  }

  /**
   * {@link #setLeverage(Symbol, int)} on the client's executor.
   *
   * @param symbol the contract
   * @param leverage from 1 to 500
   * @return completes when the exchange has accepted the leverage, or fails with what the blocking
   *     call throws
   * @throws io.bitget4j.core.InvalidRequestException when {@code leverage} is outside 1 to 500, at
   *     once
   */
  public CompletableFuture<Void> setLeverageAsync(Symbol symbol, int leverage) {
    checkLeverage(symbol, leverage);
    return core.async(() -> {
      setLeverage(symbol, leverage);
      return null;
    });
  }

  /**
   * {@link #setLeverage(Symbol, int, HoldSide)} on the client's executor.
   *
   * @param symbol the contract
   * @param leverage from 1 to 500
   * @param holdSide {@link HoldSide#LONG} or {@link HoldSide#SHORT}
   * @return completes when the exchange has accepted the leverage, or fails with what the blocking
   *     call throws
   * @throws io.bitget4j.core.InvalidRequestException when {@code leverage} is outside 1 to 500 or
   *     {@code holdSide} is {@link HoldSide#UNKNOWN}, at once
   */
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
   * @param symbol the contract
   * @param marginMode {@link MarginMode#ISOLATED} or {@link MarginMode#CROSSED}
   * @throws io.bitget4j.core.InvalidRequestException when {@code marginMode} is
   *     {@link MarginMode#UNKNOWN}
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

  /**
   * {@link #setMarginMode(Symbol, MarginMode)} on the client's executor.
   *
   * @param symbol the contract
   * @param marginMode {@link MarginMode#ISOLATED} or {@link MarginMode#CROSSED}
   * @return completes once the mode is set, or fails with what the blocking call throws
   * @throws io.bitget4j.core.InvalidRequestException when {@code marginMode} is
   *     {@link MarginMode#UNKNOWN}, at once
   */
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
   *
   * @param productType the product line to switch; a unified account switches all of them
   * @param positionMode {@link PositionMode#ONE_WAY} or {@link PositionMode#HEDGE}
   * @throws io.bitget4j.core.InvalidRequestException when {@code positionMode} is
   *     {@link PositionMode#UNKNOWN}
   */
  public void setPositionMode(ProductType productType, PositionMode positionMode) {
    Objects.requireNonNull(productType, "productType == null");
    Checks.known("positionMode", positionMode);
    core.call(wire -> wire.setPositionMode(productType, positionMode));
  }

  /**
   * {@link #setPositionMode(ProductType, PositionMode)} on the client's executor.
   *
   * @param productType the product line to switch
   * @param positionMode {@link PositionMode#ONE_WAY} or {@link PositionMode#HEDGE}
   * @return completes once the mode is set, or fails with what the blocking call throws
   * @throws io.bitget4j.core.InvalidRequestException when {@code positionMode} is
   *     {@link PositionMode#UNKNOWN}, at once
   */
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
