package io.bitget4j.core.internal.json;

import io.bitget4j.core.ProductType;
import io.bitget4j.core.Symbol;
import io.bitget4j.core.model.AccountSettings;
import io.bitget4j.core.model.MarginMode;
import io.bitget4j.core.model.PositionMode;
import io.bitget4j.core.model.SymbolSetting;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a unified account's settings, V3 REST {@code account/settings}. Each entry of
 * {@code symbolConfigList} names its own {@code category}; entries of product lines this library
 * does not trade (spot, margin) or of unsupported symbols are skipped.
 */
final class SettingsReader implements RecordReader<AccountSettings> {
  private static final Fields FIELDS = new Fields(new String[] {
      "accountMode", "holdMode", "assetMode", "stpMode", "symbolConfigList"});
  private static final Fields SYMBOL_FIELDS = new Fields(new String[] {"category", "symbol", "marginMode", "leverage"});
  /** Just the {@code accountMode}, for telling the account modes apart without reading the rest. */
  static final RecordReader<String> ACCOUNT_MODE = (in, inList) -> {
    String mode = null;
    in.beginObject();
    for (int field; (field = in.nextField(FIELDS)) != JsonSource.END; ) {
      if (field == 0) {
        mode = in.nonEmptyString();
      } else {
        in.skipValue();
      }
    }
    if (mode == null) {
      throw Required.missing("account settings", "accountMode", null);
    }
    return mode;
  };

  private final Map<ProductType, SymbolResolver> resolvers;

  SettingsReader(Map<ProductType, SymbolResolver> resolvers) {
    this.resolvers = resolvers;
  }

  @Override
  public AccountSettings read(JsonSource in, boolean inList) throws IOException {
    String accountMode = null;
    PositionMode positionMode = null;
    String assetMode = null;
    String stpMode = null;
    List<SymbolSetting> symbols = List.of();
    in.beginObject();
    for (int field; (field = in.nextField(FIELDS)) != JsonSource.END; ) {
      switch (field) {
        case 0:
          accountMode = in.nonEmptyString();
          break;
        case 1:
          positionMode = in.wireEnum(WireEnum.POSITION_MODE);
          break;
        case 2:
          assetMode = in.nonEmptyString();
          break;
        case 3:
          stpMode = in.nonEmptyString();
          break;
        case 4:
          symbols = symbols(in);
          break;
        default:
          in.skipValue();
          break;
      }
    }
    if (accountMode == null) {
      throw Required.missing("account settings", "accountMode", null);
    }
    return new AccountSettings(accountMode, Optional.ofNullable(positionMode), Optional.ofNullable(assetMode),
        Optional.ofNullable(stpMode), symbols);
  }

  private List<SymbolSetting> symbols(JsonSource in) throws IOException {
    if (in.nextNull()) {
      return List.of();
    }
    List<SymbolSetting> settings = new ArrayList<>();
    in.beginArray();
    while (in.hasNextElement()) {
      SymbolSetting setting = symbol(in);
      if (setting != null) {
        settings.add(setting);
      }
    }
    return settings;
  }

  private SymbolSetting symbol(JsonSource in) throws IOException {
    String category = null;
    String symbolText = null;
    MarginMode marginMode = null;
    Integer leverage = null;
    in.beginObject();
    for (int field; (field = in.nextField(SYMBOL_FIELDS)) != JsonSource.END; ) {
      switch (field) {
        case 0:
          category = in.identifier();
          break;
        case 1:
          symbolText = in.nonEmptyString();
          break;
        case 2:
          marginMode = in.wireEnum(WireEnum.MARGIN_MODE);
          break;
        case 3:
          leverage = in.integer();
          break;
        default:
          in.skipValue();
          break;
      }
    }
    SymbolResolver resolver = resolver(category);
    Symbol symbol = resolver == null || symbolText == null ? null : resolver.resolveOrNull(symbolText);
    if (symbol == null || marginMode == null || leverage == null) {
      return null; // another product line, or an entry this library cannot use
    }
    return new SymbolSetting(symbol, marginMode, leverage);
  }

  private SymbolResolver resolver(String category) {
    if (category == null) {
      return null;
    }
    for (Map.Entry<ProductType, SymbolResolver> entry : resolvers.entrySet()) {
      if (entry.getValue().accepts(category)) {
        return entry.getValue();
      }
    }
    return null;
  }
}
