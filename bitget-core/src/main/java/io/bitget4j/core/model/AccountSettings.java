package io.bitget4j.core.model;

import io.bitget4j.core.Symbol;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A unified trading account's settings, from REST {@code account/settings} (V3). Bitget answers
 * this endpoint only for a unified key, which is how the clients tell the account modes apart.
 *
 * @param accountMode Bitget's {@code accountMode}: {@code unified}, {@code hybrid}, or, during a
 *     switch, {@code upgrading} (classic to unified) or {@code switching} (unified to classic)
 * @param positionMode one-way or hedge, account-wide on a unified account (wire {@code holdMode})
 * @param assetMode wire {@code assetMode}, such as {@code multi_assets}, when sent
 * @param stpMode the default self-trade prevention (wire {@code stpMode}), when sent
 * @param symbols the margin mode and leverage of each futures contract Bitget lists; contracts of
 *     other product lines (spot, margin) are left out
 */
public record AccountSettings(
    String accountMode,
    Optional<PositionMode> positionMode,
    Optional<String> assetMode,
    Optional<String> stpMode,
    List<SymbolSetting> symbols) {

  /**
   * Validates that no component is null and copies the list.
   *
   * @param accountMode Bitget's {@code accountMode}: {@code unified}, {@code hybrid}, {@code upgrading}
   *     or {@code switching}
   * @param positionMode one-way or hedge (wire {@code holdMode}), when sent
   * @param assetMode wire {@code assetMode}, when sent
   * @param stpMode the default self-trade prevention, when sent
   * @param symbols the margin mode and leverage of each futures contract
   */
  public AccountSettings {
    Objects.requireNonNull(accountMode, "accountMode == null");
    Objects.requireNonNull(positionMode, "positionMode == null");
    Objects.requireNonNull(assetMode, "assetMode == null");
    Objects.requireNonNull(stpMode, "stpMode == null");
    symbols = List.copyOf(Objects.requireNonNull(symbols, "symbols == null"));
  }

  /**
   * Whether the account is being switched between classic and unified ({@code upgrading}, {@code switching}).
   *
   * @return true while Bitget reports a switch; the API to speak is unknown until it completes
   */
  public boolean isSwitching() {
    return accountMode.equalsIgnoreCase("upgrading") || accountMode.equalsIgnoreCase("switching");
  }

  /**
   * The settings of {@code symbol}, or empty when Bitget lists none for it.
   *
   * @param symbol the contract
   * @return its margin mode and leverage; empty when Bitget lists none for it
   */
  public Optional<SymbolSetting> symbol(Symbol symbol) {
    Objects.requireNonNull(symbol, "symbol == null");
    for (SymbolSetting setting : symbols) {
      if (setting.symbol().equals(symbol)) {
        return Optional.of(setting);
      }
    }
    return Optional.empty();
  }
}
