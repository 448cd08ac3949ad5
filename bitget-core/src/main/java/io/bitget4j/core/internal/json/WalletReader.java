package io.bitget4j.core.internal.json;

import io.bitget4j.core.model.CoinBalance;
import io.bitget4j.core.model.Wallet;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a unified account's wallet, V3 REST {@code account/assets}: account-wide figures and the
 * {@code assets} array of coins. Bitget spells the unrealised profit {@code unrealisedPnl} and, in
 * the same object, {@code btcUnrealizedPnl}; both spellings are accepted for each figure. The V3
 * {@code account} push names the same figures {@code totalEquity} and {@code unrealisedPnL}, its
 * coins {@code coin} and their debt {@code debts}.
 */
final class WalletReader implements RecordReader<Wallet> {
  static final WalletReader INSTANCE = new WalletReader();

  private static final Fields FIELDS = new Fields(new String[] {
      "accountEquity", "usdtEquity", "btcEquity", "unrealisedPnl", "unrealizedPnl", "usdtUnrealisedPnl",
      "usdtUnrealizedPnl", "effEquity", "mmr", "imr", "mgnRatio", "assets", "totalEquity", "unrealisedPnL", "coin"});
  private static final Fields COIN_FIELDS = new Fields(new String[] {
      "coin", "equity", "usdValue", "balance", "available", "locked", "debt", "debts"});

  private WalletReader() {
  }

  @Override
  public Wallet read(JsonSource in, boolean inList) throws IOException {
    BigDecimal accountEquity = null;
    BigDecimal usdtEquity = null;
    BigDecimal btcEquity = null;
    BigDecimal unrealizedPnl = null;
    BigDecimal usdtUnrealizedPnl = null;
    BigDecimal effectiveEquity = null;
    BigDecimal maintenanceMargin = null;
    BigDecimal initialMargin = null;
    BigDecimal marginRatio = null;
    List<CoinBalance> coins = List.of();
    in.beginObject();
    for (int field; (field = in.nextField(FIELDS)) != JsonSource.END; ) {
      switch (field) {
        case 0:
        case 12:
          accountEquity = in.decimal();
          break;
        case 1:
          usdtEquity = in.decimal();
          break;
        case 2:
          btcEquity = in.decimal();
          break;
        case 3:
        case 4:
        case 13:
          unrealizedPnl = in.decimal();
          break;
        case 5:
        case 6:
          usdtUnrealizedPnl = in.decimal();
          break;
        case 7:
          effectiveEquity = in.decimal();
          break;
        case 8:
          maintenanceMargin = in.decimal();
          break;
        case 9:
          initialMargin = in.decimal();
          break;
        case 10:
          marginRatio = in.decimal();
          break;
        case 11:
        case 14:
          coins = coins(in);
          break;
        default:
          in.skipValue();
          break;
      }
    }
    if (accountEquity == null) {
      throw Required.missing("wallet", "accountEquity", null);
    }
    return new Wallet(accountEquity, Optional.ofNullable(usdtEquity), Optional.ofNullable(btcEquity),
        Optional.ofNullable(unrealizedPnl), Optional.ofNullable(usdtUnrealizedPnl),
        Optional.ofNullable(effectiveEquity), Optional.ofNullable(maintenanceMargin),
        Optional.ofNullable(initialMargin), Optional.ofNullable(marginRatio), coins);
  }

  private static List<CoinBalance> coins(JsonSource in) throws IOException {
    if (in.nextNull()) {
      return List.of();
    }
    List<CoinBalance> coins = new ArrayList<>();
    in.beginArray();
    while (in.hasNextElement()) {
      coins.add(coin(in));
    }
    return coins;
  }

  private static CoinBalance coin(JsonSource in) throws IOException {
    String coin = null;
    BigDecimal equity = null;
    BigDecimal usdValue = null;
    BigDecimal balance = null;
    BigDecimal available = null;
    BigDecimal locked = null;
    BigDecimal debt = null;
    in.beginObject();
    for (int field; (field = in.nextField(COIN_FIELDS)) != JsonSource.END; ) {
      switch (field) {
        case 0:
          coin = in.identifier();
          break;
        case 1:
          equity = in.decimal();
          break;
        case 2:
          usdValue = in.decimal();
          break;
        case 3:
          balance = in.decimal();
          break;
        case 4:
          available = in.decimal();
          break;
        case 5:
          locked = in.decimal();
          break;
        case 6:
        case 7:
          debt = in.decimal();
          break;
        default:
          in.skipValue();
          break;
      }
    }
    if (coin == null || equity == null || balance == null || available == null) {
      throw Required.missing("coin balance", "coin", coin, "equity", equity, "balance", balance,
          "available", available);
    }
    return new CoinBalance(coin, equity, Optional.ofNullable(usdValue), balance, available,
        locked == null ? BigDecimal.ZERO : locked, Optional.ofNullable(debt));
  }
}
