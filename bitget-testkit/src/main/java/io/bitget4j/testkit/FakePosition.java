package io.bitget4j.testkit;

import io.bitget4j.core.Symbol;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * An open position as {@link FakeBitget} holds it, for assertions: {@code holdSide} is
 * {@code long} or {@code short}, {@code marginMode} {@code isolated} or {@code crossed}, and the
 * amounts are those the fake reports over REST and WebSocket at the current mark price.
 */
public record FakePosition(
    Symbol symbol,
    String holdSide,
    String marginMode,
    int leverage,
    BigDecimal size,
    BigDecimal entryPrice,
    BigDecimal margin,
    BigDecimal unrealizedPnl,
    BigDecimal achievedProfits,
    BigDecimal liquidationPrice) {
  /** Checks that no component is null. */
  public FakePosition {
    Objects.requireNonNull(symbol, "symbol == null");
    Objects.requireNonNull(holdSide, "holdSide == null");
    Objects.requireNonNull(marginMode, "marginMode == null");
    Objects.requireNonNull(size, "size == null");
    Objects.requireNonNull(entryPrice, "entryPrice == null");
    Objects.requireNonNull(margin, "margin == null");
    Objects.requireNonNull(unrealizedPnl, "unrealizedPnl == null");
    Objects.requireNonNull(achievedProfits, "achievedProfits == null");
    Objects.requireNonNull(liquidationPrice, "liquidationPrice == null");
  }
}
