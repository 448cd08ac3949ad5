package io.bitget4j.core.json;

import static io.bitget4j.core.json.internal.JsonValues.decimal;

import com.squareup.moshi.JsonReader;
import io.bitget4j.core.json.internal.JsonValues;
import io.bitget4j.core.model.Account;
import io.bitget4j.core.model.MarginMode;
import io.bitget4j.core.model.PositionMode;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Optional;

/** Reads an account from REST ({@code locked}, {@code accountEquity}) or WebSocket ({@code frozen}, {@code equity}). */
final class AccountReader implements ItemReader<Account> {
  static final AccountReader INSTANCE = new AccountReader();

  private static final JsonReader.Options NAMES = JsonReader.Options.of(
      "marginCoin", "available", "locked", "frozen", "accountEquity", "equity", "usdtEquity", "unrealizedPL",
      "crossedRiskRate", "maxTransferOut", "marginMode", "posMode");

  private AccountReader() {
  }

  @Override
  public Account read(JsonReader reader, boolean inList) throws IOException {
    String marginCoin = null;
    BigDecimal available = null;
    BigDecimal locked = null;
    BigDecimal equity = null;
    BigDecimal usdtEquity = null;
    BigDecimal unrealizedPnl = null;
    BigDecimal crossedRiskRate = null;
    BigDecimal maxTransferOut = null;
    MarginMode marginMode = null;
    PositionMode positionMode = null;
    Shapes.beginObject(reader);
    while (reader.hasNext()) {
      switch (reader.selectName(NAMES)) {
        case 0:
          marginCoin = JsonValues.nonEmptyString(reader);
          break;
        case 1:
          available = decimal(reader);
          break;
        case 2:
        case 3:
          locked = decimal(reader);
          break;
        case 4:
        case 5:
          equity = decimal(reader);
          break;
        case 6:
          usdtEquity = decimal(reader);
          break;
        case 7:
          unrealizedPnl = decimal(reader);
          break;
        case 8:
          crossedRiskRate = decimal(reader);
          break;
        case 9:
          maxTransferOut = decimal(reader);
          break;
        case 10:
          marginMode = WireEnum.MARGIN_MODE.read(reader);
          break;
        case 11:
          positionMode = WireEnum.POSITION_MODE.read(reader);
          break;
        default:
          Shapes.skipField(reader);
          break;
      }
    }
    reader.endObject();
    if (marginCoin == null || available == null || locked == null || equity == null) {
      throw Required.missing("account", "marginCoin", marginCoin, "available", available, "locked", locked,
          "equity", equity);
    }
    return new Account(marginCoin, available, locked, equity, Optional.ofNullable(usdtEquity),
        Optional.ofNullable(unrealizedPnl), Optional.ofNullable(crossedRiskRate), Optional.ofNullable(maxTransferOut),
        Optional.ofNullable(marginMode), Optional.ofNullable(positionMode));
  }
}
