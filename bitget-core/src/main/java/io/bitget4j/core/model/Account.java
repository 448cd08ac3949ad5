package io.bitget4j.core.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A futures account in one margin coin, from REST {@code account/account(s)} or the WebSocket
 * {@code account} channel.
 *
 * @param marginCoin the margin coin, such as {@code USDT}
 * @param available what can be used to open positions or transfer out
 * @param locked REST {@code locked}, WebSocket {@code frozen}
 * @param equity REST {@code accountEquity}, WebSocket {@code equity}
 * @param usdtEquity the equity valued in USDT, when Bitget sends it
 * @param unrealizedPnl wire {@code unrealizedPL}; empty when Bitget sends {@code ""}
 * @param crossedRiskRate the risk rate of the crossed-margin positions, when sent
 * @param maxTransferOut the most that can be transferred out now, when sent
 * @param marginMode the account's margin mode, when sent
 * @param positionMode wire {@code posMode}
 */
public record Account(
    String marginCoin,
    BigDecimal available,
    BigDecimal locked,
    BigDecimal equity,
    Optional<BigDecimal> usdtEquity,
    Optional<BigDecimal> unrealizedPnl,
    Optional<BigDecimal> crossedRiskRate,
    Optional<BigDecimal> maxTransferOut,
    Optional<MarginMode> marginMode,
    Optional<PositionMode> positionMode) {

  /**
   * Validates that no component is null.
   *
   * @param marginCoin the margin coin, such as {@code USDT}
   * @param available what can be used to open positions or transfer out
   * @param locked REST {@code locked}, WebSocket {@code frozen}
   * @param equity REST {@code accountEquity}, WebSocket {@code equity}
   * @param usdtEquity the equity valued in USDT, when Bitget sends it
   * @param unrealizedPnl wire {@code unrealizedPL}; empty when Bitget sends {@code ""}
   * @param crossedRiskRate the risk rate of the crossed-margin positions, when sent
   * @param maxTransferOut the most that can be transferred out now, when sent
   * @param marginMode the account's margin mode, when sent
   * @param positionMode wire {@code posMode}
   */
  public Account {
    Objects.requireNonNull(marginCoin, "marginCoin == null");
    Objects.requireNonNull(available, "available == null");
    Objects.requireNonNull(locked, "locked == null");
    Objects.requireNonNull(equity, "equity == null");
    Objects.requireNonNull(usdtEquity, "usdtEquity == null");
    Objects.requireNonNull(unrealizedPnl, "unrealizedPnl == null");
    Objects.requireNonNull(crossedRiskRate, "crossedRiskRate == null");
    Objects.requireNonNull(maxTransferOut, "maxTransferOut == null");
    Objects.requireNonNull(marginMode, "marginMode == null");
    Objects.requireNonNull(positionMode, "positionMode == null");
  }
}
