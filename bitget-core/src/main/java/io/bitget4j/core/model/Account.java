package io.bitget4j.core.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A futures account in one margin coin, from REST {@code account/account(s)} or the WebSocket
 * {@code account} channel.
 *
 * @param locked REST {@code locked}, WebSocket {@code frozen}
 * @param equity REST {@code accountEquity}, WebSocket {@code equity}
 * @param unrealizedPnl wire {@code unrealizedPL}; empty when Bitget sends {@code ""}
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

  /** Validates that no component is null. */
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
