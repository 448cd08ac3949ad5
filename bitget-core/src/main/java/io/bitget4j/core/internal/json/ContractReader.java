package io.bitget4j.core.internal.json;

import static io.bitget4j.core.internal.json.JsonValues.decimal;
import static io.bitget4j.core.internal.json.JsonValues.integer;

import com.squareup.moshi.JsonReader;
import io.bitget4j.core.Symbol;
import io.bitget4j.core.internal.json.JsonValues;
import io.bitget4j.core.model.Contract;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one entry of REST {@code market/contracts} (V2) or {@code market/instruments} (V3:
 * {@code minOrderQty}, {@code pricePrecision}, {@code priceMultiplier}, {@code quantityMultiplier},
 * {@code minOrderAmount}, {@code status}, ...).
 */
final class ContractReader implements ItemReader<Contract> {
  private static final int PRICE_MULTIPLIER = 15;
  private static final int CATEGORY = 16;
  /** The slot each selected name fills: V3 names after index 16 fill the slot of their V2 twin. */
  private static final int[] SLOT = {
      0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, PRICE_MULTIPLIER, CATEGORY, 3, 5, 6, 7, 8, 9, 10, 13};
  private static final JsonReader.Options NAMES = JsonReader.Options.of(
      "symbol", "baseCoin", "quoteCoin", "minTradeNum", "priceEndStep", "pricePlace", "volumePlace",
      "sizeMultiplier", "minTradeUSDT", "minLever", "maxLever", "makerFeeRate", "takerFeeRate",
      "symbolStatus", "supportMarginCoins", "priceMultiplier", "category",
      "minOrderQty", "pricePrecision", "quantityPrecision", "quantityMultiplier", "minOrderAmount", "minLeverage",
      "maxLeverage", "status");

  private final SymbolResolver symbols;

  ContractReader(SymbolResolver symbols) {
    this.symbols = symbols;
  }

  @Override
  public Contract read(JsonReader reader, boolean inList) throws IOException {
    String symbolText = null;
    Symbol symbol = null;
    String baseCoin = null;
    String quoteCoin = null;
    BigDecimal minTradeNum = null;
    BigDecimal priceEndStep = null;
    Integer pricePlace = null;
    Integer volumePlace = null;
    BigDecimal sizeMultiplier = null;
    BigDecimal minTradeUsdt = null;
    Integer minLeverage = null;
    Integer maxLeverage = null;
    BigDecimal makerFeeRate = null;
    BigDecimal takerFeeRate = null;
    String status = null;
    List<String> marginCoins = List.of();
    BigDecimal priceMultiplier = null;
    String category = null;
    Shapes.beginObject(reader);
    while (reader.hasNext()) {
      switch (Fields.slot(SLOT, reader.selectName(NAMES))) {
        case 0:
          symbolText = JsonValues.nonEmptyString(reader);
          symbol = symbols.resolve(symbolText, reader, inList);
          break;
        case 1:
          baseCoin = JsonValues.nonEmptyString(reader);
          break;
        case 2:
          quoteCoin = JsonValues.nonEmptyString(reader);
          break;
        case 3:
          minTradeNum = decimal(reader);
          break;
        case 4:
          priceEndStep = decimal(reader);
          break;
        case 5:
          pricePlace = integer(reader);
          break;
        case 6:
          volumePlace = integer(reader);
          break;
        case 7:
          sizeMultiplier = decimal(reader);
          break;
        case 8:
          minTradeUsdt = decimal(reader);
          break;
        case 9:
          minLeverage = integer(reader);
          break;
        case 10:
          maxLeverage = integer(reader);
          break;
        case 11:
          makerFeeRate = decimal(reader);
          break;
        case 12:
          takerFeeRate = decimal(reader);
          break;
        case 13:
          status = JsonValues.nonEmptyString(reader);
          break;
        case 14:
          marginCoins = strings(reader);
          break;
        case PRICE_MULTIPLIER:
          priceMultiplier = decimal(reader);
          break;
        case CATEGORY:
          category = JsonValues.nonEmptyString(reader);
          break;
        default:
          Shapes.skipField(reader);
          break;
      }
    }
    reader.endObject();
    if (symbolText != null && symbol == null) {
      return symbols.skipped("contract", symbolText);
    }
    if (!symbols.accepts(category)) {
      return symbols.wrongCategory("contract", category, inList);
    }
    if (priceEndStep == null && priceMultiplier != null && pricePlace != null) {
      // V3 gives the tick itself (0.1); V2 gives it in units of the last decimal (1 at 1 decimal)
      priceEndStep = priceMultiplier.scaleByPowerOfTen(pricePlace);
    }
    if (symbol == null || baseCoin == null || quoteCoin == null || minTradeNum == null || priceEndStep == null
        || pricePlace == null || volumePlace == null || sizeMultiplier == null || minTradeUsdt == null
        || minLeverage == null || maxLeverage == null || makerFeeRate == null || takerFeeRate == null
        || status == null) {
      throw Required.missing("contract", "symbol", symbol, "baseCoin", baseCoin, "quoteCoin", quoteCoin,
          "minTradeNum", minTradeNum, "priceEndStep", priceEndStep, "pricePlace", pricePlace,
          "volumePlace", volumePlace, "sizeMultiplier", sizeMultiplier, "minTradeUsdt", minTradeUsdt,
          "minLeverage", minLeverage, "maxLeverage", maxLeverage, "makerFeeRate", makerFeeRate,
          "takerFeeRate", takerFeeRate, "status", status);
    }
    return new Contract(symbol, baseCoin, quoteCoin, minTradeNum, priceEndStep, pricePlace, volumePlace,
        sizeMultiplier, minTradeUsdt, minLeverage, maxLeverage, makerFeeRate, takerFeeRate, status, marginCoins);
  }

  private static List<String> strings(JsonReader reader) throws IOException {
    if (reader.peek() == JsonReader.Token.NULL) {
      reader.nextNull();
      return List.of();
    }
    Shapes.beginArray(reader);
    List<String> result = new ArrayList<>();
    while (reader.hasNext()) {
      String value = JsonValues.nonEmptyString(reader);
      if (value != null) {
        result.add(value);
      }
    }
    reader.endArray();
    return result;
  }
}
