package io.bitget4j.core.model;

import io.bitget4j.core.Symbol;
import java.util.Objects;

/**
 * One contract's settings on a unified account, from REST {@code account/settings}
 * ({@code symbolConfigList[]}).
 *
 * @param symbol the contract
 * @param marginMode isolated or crossed
 * @param leverage the leverage multiple, such as {@code 10} for 10x
 */
public record SymbolSetting(Symbol symbol, MarginMode marginMode, int leverage) {
  /**
   * Validates that no component is null.
   *
   * @param symbol the contract
   * @param marginMode isolated or crossed
   * @param leverage the leverage multiple, such as {@code 10} for 10x
   */
  public SymbolSetting {
    Objects.requireNonNull(symbol, "symbol == null");
    Objects.requireNonNull(marginMode, "marginMode == null");
  }
}
