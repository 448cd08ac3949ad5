package io.bitget4j.core.internal.json;

import io.bitget4j.core.model.Account;
import io.bitget4j.core.model.MarginMode;
import io.bitget4j.core.model.PositionMode;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Optional;

/** Reads an account from REST ({@code locked}, {@code accountEquity}) or WebSocket ({@code frozen}, {@code equity}). */
final class AccountReader implements RecordReader<Account> {
  static final AccountReader INSTANCE = new AccountReader();

  private static final Fields FIELDS = new Fields(new String[] {
      "marginCoin", "available", "locked", "frozen", "accountEquity", "equity", "usdtEquity", "unrealizedPL",
      "crossedRiskRate", "maxTransferOut", "marginMode", "posMode"});

  private AccountReader() {
  }

  @Override
  public Account read(JsonSource in, boolean inList) throws IOException {
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
    in.beginObject();
    for (int field; (field = in.nextField(FIELDS)) != JsonSource.END; ) {
      switch (field) {
        case 0:
          marginCoin = in.identifier();
          break;
        case 1:
          available = in.decimal();
          break;
        case 2:
        case 3:
          locked = in.decimal();
          break;
        case 4:
        case 5:
          equity = in.decimal();
          break;
        case 6:
          usdtEquity = in.decimal();
          break;
        case 7:
          unrealizedPnl = in.decimal();
          break;
        case 8:
          crossedRiskRate = in.decimal();
          break;
        case 9:
          maxTransferOut = in.decimal();
          break;
        case 10:
          marginMode = in.wireEnum(WireEnum.MARGIN_MODE);
          break;
        case 11:
          positionMode = in.wireEnum(WireEnum.POSITION_MODE);
          break;
        default:
          in.skipValue();
          break;
      }
    }
    if (marginCoin == null || available == null || locked == null || equity == null) {
      throw Required.missing("account", "marginCoin", marginCoin, "available", available, "locked", locked,
          "equity", equity);
    }
    return new Account(marginCoin, available, locked, equity, Optional.ofNullable(usdtEquity),
        Optional.ofNullable(unrealizedPnl), Optional.ofNullable(crossedRiskRate), Optional.ofNullable(maxTransferOut),
        Optional.ofNullable(marginMode), Optional.ofNullable(positionMode));
  }
}
