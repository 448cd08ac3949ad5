package io.bitget4j.examples.panel;

import io.bitget4j.core.AccountMode;
import io.bitget4j.core.Symbol;
import io.bitget4j.core.model.Account;
import io.bitget4j.core.model.Order;
import io.bitget4j.core.model.Position;
import io.bitget4j.core.model.Ticker;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Everything one frame of the panel shows, captured at one instant; {@code accountMode} is the REST
 * client's ({@code AUTO} until it knows).
 */
record PanelSnapshot(
    Instant now,
    PanelArgs.Environment environment,
    Symbol symbol,
    String connection,
    boolean tradingAllowed,
    Optional<Ticker> ticker,
    List<BigDecimal> priceHistory,
    List<PositionLine> positions,
    List<Order> openOrders,
    Optional<Account> account,
    String health,
    AccountMode accountMode) {

  PanelSnapshot {
    priceHistory = List.copyOf(priceHistory);
    positions = List.copyOf(positions);
    openOrders = List.copyOf(openOrders);
  }

  /** A position with its distance to liquidation, in percent of the mark price. */
  record PositionLine(Position position, Optional<BigDecimal> distanceToLiquidationPercent) {
  }
}
